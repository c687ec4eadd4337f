"""What the extractor needs to know about one language, as data.

The extraction machinery (`engagements.extraction`) never names a language: it reads the words
and patterns of the article's language from one `Language` object. Adding a language is a new
package beside `fr/` and `en/` that builds such an object, plus its tests; nothing in the
machinery changes. Every field is about how the news *talks* (ranks, verbs of meeting, date
words); none holds the name of a person, organisation, place or exercise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True, eq=False)
class DateWords:
    """The words a language writes dates with."""

    months: Mapping[str, int]
    """Month names and abbreviations (lower case) -> month number."""
    weekdays: Mapping[str, int]
    """Weekday names (lower case) -> Monday 0 ... Sunday 6."""
    yesterday: tuple[str, ...]
    day_before_yesterday: tuple[str, ...]
    today: tuple[str, ...]
    tomorrow: tuple[str, ...]
    previous_day: tuple[str, ...]
    """`la veille`: the day before the event reported before."""
    next_day: tuple[str, ...]
    """`le lendemain`: the day after the event reported before."""
    same_day: tuple[str, ...]
    past_markers: tuple[str, ...]
    """`dernier`, `last`: a weekday or month in the past."""
    future_markers: tuple[str, ...]
    """`prochain`, `next`: a weekday or month to come (not resolved against publication)."""
    vague: tuple[str, ...]
    """`la semaine dernière`, `cette semaine`: kept as written, never a date."""
    articles: tuple[str, ...]
    """Words before a date or weekday (`le`, `ce`, `on`, `this`)."""
    range_from: tuple[str, ...]
    """Words opening a range of days (`du`, `from`, `entre le`)."""
    range_to: tuple[str, ...]
    """Words closing a range of days (`au`, `to`, `through`, `et le`)."""
    month_qualifiers: tuple[str, ...]
    """Words before a month (`en`, `fin`, `début`, `in`, `early`, `late`)."""
    month_first: bool
    """Whether the month is written before the day (`Sept. 17, 2024`); day first is read too."""
    day_suffixes: tuple[str, ...]
    """Endings of a day number (`1er`, `1st`)."""
    year_preps: tuple[str, ...]
    """Words between a month and its year (`of`, `de`)."""
    times_of_day: tuple[str, ...]
    """`matin`, `morning`: part of a weekday expression."""
    last_year: tuple[str, ...]
    """`l’an dernier`, `last year`: the year before the publication's (alone, or after a month)."""
    this_year: tuple[str, ...]
    """`cette année`, `this year`: the publication's year."""
    next_year: tuple[str, ...]
    """`l’an prochain`, `next year`: the year after the publication's."""


SHIP_PREFIXES = (
    "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "RFS", "ROKS", "BNS", "TCG", "ESPS", "NRP", "HNLMS",
    "HDMS", "KRI", "BRP", "RSS", "PNS", "NNS", "GNS", "KNS", "HTMS", "HMPNGS", "SLNS", "HMBS", "HMJS", "BAP",
    "ROCS",
)  # fmt: skip
"""Navies' ship prefixes, written the same in every language."""

POSITION_ACRONYMS = (
    "CDS", "COAS", "VCOAS", "DCOAS", "CJCS", "CNO", "SecDef", "SECDEF", "CEMA", "CEMGA", "CEMAT", "CEMM",
    "CEMAA", "CEMAAE",
)  # fmt: skip
"""Letters of military positions, used as a title before a name (`COAS X`) in every language: a
position, never a body."""


@dataclass(frozen=True, eq=False)
class Grammar:
    """Small words and endings the machinery reads sentences with (articles, auxiliaries, prepositions)."""

    complement_preps: tuple[str, ...]
    """Prepositions that open a complement (`de la`, `du`, `of the`)."""
    posting_preps: tuple[str, ...]
    """Prepositions of the place a position is held in (`ambassadeur au Niger`, `Ambassador to
    Jordan`): part of the position before the name, like a complement."""
    coordinators: tuple[str, ...]
    """Conjunctions between two clauses or two parties (`et`, `ainsi qu’`, `and`)."""
    with_words: tuple[str, ...]
    """`avec`, `with`: introduces the other party."""
    past_forms: tuple[str, ...]
    """Regexes of a verb that states its own past (`held`, `met`, `reçu`, `s’est entretenu`): a
    later verb of the same subject so written keeps its tense."""
    sequence_words: tuple[str, ...]
    """`avant de`, `before`: the next verb is the same subject's next encounter (`X et Y vont échanger
    avec Z, avant de rencontrer W`: two encounters of X and Y, not one of Z and W)."""
    plural_pronouns: tuple[str, ...]
    """Plural subject pronouns (`ils`, `they`): the parties already named, not new ones."""
    clause_breakers: tuple[str, ...]
    """Words that end a description before a name (`et`, `qui`, `has`): a verb or another party follows."""
    back_determiners: tuple[str, ...]
    """Possessives and demonstratives that refer back (`cette visite`, `his trip`)."""
    party_owners: tuple[str, ...]
    """Determiners before a described party (`son homologue`, `their counterparts`,
    `de hauts responsables`)."""
    passive_auxiliaries: tuple[str, ...]
    """Auxiliaries of a passive (`a été reçu`, `was received`)."""
    perfect_auxiliaries: tuple[str, ...]
    """Auxiliaries of a compound past, active (`a reçu`, `has received`)."""
    participle_endings: tuple[str, ...]
    """Endings of a past participle (`reçu`, `accueillie`, `received`)."""
    impersonal_after_pronoun: tuple[str, ...]
    """Regexes after a pronoun that make it refer to no one (`il s’agit`, `it is`)."""
    since_words: tuple[str, ...]
    """`depuis`, `since`: when a stay began, not when an encounter happened."""
    video_words: tuple[str, ...]
    """Words of a video call."""
    elided_articles: str
    """Regex of an elided article or pronoun at a word's start (`l’`, `d’`): not a name's start."""
    name_prefixes: tuple[str, ...]
    """Lower-case prefixes joined to a name by a hyphen (`al-Zerrouki`)."""
    ordinal_suffixes: tuple[str, ...]
    """`11ème`, `11th`: ordinals of an edition."""
    exercise_modifiers: tuple[str, ...]
    """Adjectives between a name and the word exercise (`the Obangame Express maritime exercise`)."""
    run_stops: tuple[str, ...]
    """Words that end an exercise name read after a naming word (prepositions, verbs)."""
    generic_body_words: tuple[str, ...]
    """Words that describe a kind of body (`Forces armées`, `armed forces`): no name on their own."""
    text_heads: tuple[str, ...]
    """Heads of events and documents (`forum`, `traité`, `strategy`): not bodies."""
    product_nouns: tuple[str, ...]
    """Nouns of equipment before a brand name (`des avions Rafale`): not a body or a person."""
    qualifiers: tuple[str, ...]
    """Words before a position (`acting`, `adjoint`): the position follows."""
    descriptive_heads: tuple[str, ...]
    """Heads that, lower-case with only a country after them, describe a state's body (`les armées de
    Côte d’Ivoire`) rather than name one."""
    always_named_heads: tuple[str, ...]
    """Heads that name a body even with a lower-case complement (`ministère de la défense`)."""
    body_stops: tuple[str, ...]
    """Prepositions a body's name does not run over (`à`, `in`)."""
    group_nouns: tuple[str, ...]
    """Nouns before a list of armed groups (`groupes`, `groups`)."""
    group_qualifiers: tuple[str, ...]
    """Adjectives of armed groups (`terroristes`, `armed`)."""
    list_openers: tuple[str, ...]
    """Words opening a list of examples (`comme`, `such as`)."""
    not_person_before: tuple[str, ...]
    """Nouns after which a capitalised word names a street, a base, an award, not a person."""
    water_nouns: tuple[str, ...]
    """Nouns of seas and gulfs (`golfe`, `Bay`): `golfe de Guinée`, `Bay of Bengal`, `Arabian Sea` are
    places, and the country named inside one is no party to what happens there."""
    site_heads: tuple[str, ...]
    """Nouns that end a site's name (`Golden Lotus Temple`, `Freedom Square`): a place, not a person."""
    ship_nouns: tuple[str, ...]
    """Nouns of ships (`frégate`, `patrol vessel`): the name after them, whatever its case, its type's
    acronym or complement in between, or a rank inside it (`le patrouilleur de haute mer (PHM)
    Commandant X`), is a ship's."""
    ship_prefixes: tuple[str, ...]
    """Ship prefixes (`USS`, `INS`): the words after them are a ship's name (`RFS Admiral X`)."""
    generic_places: tuple[str, ...]
    """Capitalised words that are no place on their own (`République`, `Republic`)."""
    site_adjectives: tuple[str, ...]
    """Adjectives that make a site a named place (`palais présidentiel`)."""
    aboard: tuple[str, ...]
    """`à bord du`, `aboard`: a ship's name follows, a place."""
    openers: tuple[str, ...]
    """Words that open a sentence before a name (`Selon`, `According`)."""
    purpose_words: tuple[str, ...]
    """`pour`, `for`: a body's name goes on past them only with a capitalised complement."""
    indefinite_articles: tuple[str, ...]
    """`un`, `a`: an apposition that describes what was just named (`Flintlock, un exercice …`)."""
    edition_words: tuple[str, ...]
    """`édition`, `edition`: an exercise's edition."""
    until_words: tuple[str, ...]
    """`jusqu’au`, `until`: the end of a period."""
    there_words: tuple[str, ...]
    """`y`, `there`: the place just named."""
    near_words: tuple[str, ...]
    """`près de`, `near`: a place beside the one where something happens."""
    destination_before: tuple[str, ...]
    """Regexes of what comes right before a trip's destination (`a visité`, `visit`, `travel to`):
    a place the encounters of that trip take place in."""
    site_bodies: tuple[str, ...]
    """Heads of bodies that are also sites (`école`, `hospital`): their name is a place too."""
    inserted_adverbs: tuple[str, ...]
    """Adverbs a phrase may have inside it (`étaient notamment conviés`, `were also present`)."""
    plain_call_words: tuple[str, ...]
    """`appel`, `call`: a call word that means a telephone call only in a call clause (`appel à …`)."""
    topic_ends: tuple[str, ...]
    """Words that end a topic phrase (`ainsi que`, `while`): what follows is context, not the topic."""
    definite_articles: tuple[str, ...]
    """`le`, `la`, `l’`, `the`."""
    owner_articles: tuple[str, ...]
    """Articles joined with `de`/`à` before a rank that belongs to someone else (`du général`, `of the`)."""
    facility_preps: tuple[str, ...]
    """Prepositions between a facility and the town it is in (`l’aéroport de`, `the port of`); plural and
    article forms (`état-major des FAR`) name an owner, not a place."""
    entity_leads: tuple[str, ...]
    """Articles a recognised entity may start with before a name (`le`, `du`, `the`)."""
    relatives: tuple[str, ...]
    """Relative pronouns that end an apposition (`qui`, `who`)."""
    role_body_preps: tuple[str, ...]
    """Prepositions between a position and its body (`de la`, `auprès du`, `of the`, `at`)."""
    country_preps: tuple[str, ...]
    """Prepositions before a country in a position or name (`des États-Unis`, `au Mali`, `of Kenya`)."""
    state_group_nouns: tuple[str, ...]
    """Plural nouns of states (`États`, `States`, `nations`): after a nationality adjective they name a
    region's states, not one country (`Council of Central African States`)."""
    name_complement_before: tuple[str, ...]
    """Prepositions and articles after which a capitalised word complements a position (`ministre des
    Finances`, `Minister of Finance`) rather than starts a name."""
    topic_preps: tuple[str, ...]
    """Prepositions that open what a meeting is about when an article follows (`sur la situation au
    Sahel`, `on the situation in the Sahel`): a place inside is the topic's, not where it met."""
    topic_nouns: tuple[str, ...]
    """Nouns of a state of affairs before the place it is in (`la crise en Libye`, `the crisis in
    Sudan`): that place is what a meeting is about, not where it is held."""
    venue_verbs: tuple[str, ...]
    """Regexes of verbs that say where something takes place (`les travaux se tiennent au camp X`,
    `talks are held at X`): a clause with one and no trigger places the encounter just read."""
    received_pronouns: tuple[str, ...]
    """Regexes of a verb of receiving, written `{verb}`, with an object pronoun (`le Niger l’accueillera`,
    `l’a accueilli`, `Kenya hosted it`): what is received is the thing just spoken of."""
    complementizers: tuple[str, ...] = ()
    """`that`, `que`: after a reporting verb, what follows is what is reported, not who reports it."""
    member_verbs: tuple[str, ...] = ()
    """Regexes of what a delegation is made of (`the delegation included`, `la délégation comprenait`):
    the persons listed after one are parties to the encounter just reported."""
    series_ends: tuple[str, ...] = ()
    """`dernière`, `last`: before a noun of meeting, the last of a series (`La dernière rencontre a été
    consacrée à X`), another encounter than the one just told, not a reference back to it."""
    housed_bodies: tuple[str, ...] = ()
    """`ministère`, `ministry`: a body whose seat a site noun names (`au siège du ministère de la
    Défense`, `les locaux du ministère`): the site is the place, the body no place alone."""
    room_nouns: tuple[str, ...] = ()
    """`salle`, `room`: a room of a building, a venue ranked after the town it is in."""
    appeal_leads: tuple[str, ...] = ()
    """Regexes after the names a call is on (`to` and a verb, `for`): `called on X to resign` is an
    appeal, no visit."""
    exercise_abbreviations: tuple[str, ...] = ()
    """`Ex`: the exercise word shortened before a name (`Ex Yudh Abhyas`), not part of it."""
    repeated_agents: tuple[str, ...] = ()
    """Regexes of a second agent of a passive (`ainsi que par`, `as well as by`): received by one,
    then by another, each on their own."""
    negations: tuple[str, ...] = ()
    """`pas`, `not`: words that deny what the verb beside them says."""
    negation_leads: tuple[str, ...] = ()
    """`ne`, `n’`: what opens a negation the verb then closes (`ne rencontrera pas`)."""
    contrast_words: tuple[str, ...] = ()
    """`mais`, `but`: after a denied verb, what the sentence sets against it (`did not meet in Accra,
    but in Abuja`): the encounter took place after all."""
    sent_things: tuple[str, ...] = ()
    """Things one party sends another (`lettre`, `message`): the party named as their complement sent
    them; the one who receives them met no one."""
    conditionals: tuple[str, ...] = ()
    """`si`, `if`: a sentence opening with one supposes the encounter its verb tells."""
    habitual_words: tuple[str, ...] = ()
    """Regexes of a habit (`régulièrement`, `deux fois par an`, `usually`): encounters that recur, none
    of them told."""
    refusals: tuple[str, ...] = ()
    """Regexes of a refusal right before a verb (`avaient refusé de`, `declined to`): the encounter
    the verb tells did not take place."""
    operation_words: tuple[str, ...] = ()
    """`opération`, `operation`: a name in capitals after one is an operation's, not a body's."""
    year_preps: tuple[str, ...] = ()
    """`in`, `en`: the preposition of a year (`Reforger en 1988`: that exercise's edition)."""
    townless_articles: tuple[str, ...] = ()
    """`the`: a whole-word article no town's name takes (`under the UN mandate`, `the CAF`), so a word
    in capitals after it that the gazetteer knows as a small town is a body's letters."""
    area_nouns: tuple[str, ...] = ()
    """`sector`, `plateau`: the area a town's name in capitals is written before (`the GAO sector`),
    beside the language's place nouns: after a townless article, a town's, not a body's letters."""
    subordinators: tuple[str, ...] = ()
    """`as`, `alors que`, `dont`: words that open a clause of their own; a year read after one is that
    clause's (`The exercise comes as spending rose last year`), not the exercise's."""
    founding_words: tuple[str, ...] = ()
    """`créé`, `established`: a year after one (`Créé en 2005, Flintlock …`) dates the exercise's
    creation, not an edition held."""
    outlet_leads: tuple[str, ...] = ()
    """Regexes before a cited source (`according to`, `selon`, `told`): a capitalised name right after
    one that is no person, place or known body is the outlet the news is taken from."""
    outlet_nouns: tuple[str, ...] = ()
    """`news agency`, `le quotidien`: what a cited outlet is, written before its name."""
    outlet_tails: tuple[str, ...] = ()
    """Regexes after a cited source (`reported`, `has learned`, `rapporte`): the name right before is
    the outlet's."""
    latter_words: tuple[str, ...] = ()
    """`ce dernier`, `the latter`: the person named last before, not the subject before."""
    together_words: tuple[str, ...] = ()
    """`conjointement`, `tripartite`, `joint`, `trilateral`: people met together, not one by one."""
    programme_nouns: tuple[str, ...] = ()
    """`partenariat`, `initiative`, `partnership`: right before a capitalised name, the name is the
    programme's (`le partenariat Sabre Haïti`), not a person's (not `l’initiative du général X`)."""
    sequence_preps: tuple[str, ...] = ()
    """`avant`, `après`, `before`, `after`: before an encounter's noun and `avec` / `with` after a verb
    of meeting, another encounter of the same subject, before or after the one the verb tells (`il a
    rencontré X, avant un entretien avec Y`: two encounters, as an audience and a separate session the
    same day are)."""
    fronted_encounter_words: tuple[str, ...] = ()
    """`après`, `lors de`, `after`, `following`: before an encounter's noun and `avec` / `with` and its
    party, opening the sentence (`Après son entretien avec X, le général Y a …`): the subject after
    the comma met that party, whatever else the sentence tells of the subject."""
    besides_words: tuple[str, ...] = ()
    """`en plus de`, `in addition to`: the gathering named after them is another encounter, set
    aside by the clause (`En plus de la réunion, il a rencontré X`: the clause reports X's)."""
    source_leads: tuple[str, ...] = ()
    """`dans un`, `in a`: before the document a reporter speaks in (`a déclaré le porte-parole X dans
    un communiqué`): the name closes the reporter's apposition."""
    residence_leads: tuple[str, ...] = ()
    """`avec résidence à`, `based in`: the place after one is where a person is posted, not where the
    encounter is (`l’attaché militaire, accrédité en Mauritanie avec résidence à Alger`)."""
    copulas: tuple[str, ...] = ()
    """`est`, `is`: between a name and `un exercice …` they say what the name is (`Grand African Nemo
    est un exercice important`), as a comma does in an apposition."""
    quantifiers: tuple[str, ...] = ()
    """`divers`, `plusieurs`, `several`: words of number before a noun, never the first word of a name
    (`Divers exercices réalisés`)."""
    cardinals: tuple[str, ...] = ()
    """`deux`, `two`: numbers written out; before a body's name, not part of it (`Two Indonesian Navy
    ships`), though one may open an exercise's (`Three Rivers`)."""
    distributive_words: tuple[str, ...] = ()
    """`séparément`, `successivement`, `separate`, `series of`: in a clause where one party meets
    several people, each of them is met on their own: one encounter each. A call on several people
    (`called on X and Y`) is read the same way."""
    listed_in_turn: tuple[str, ...] = ()
    """`puis`, `enfin`, `then`, `finally`: between the people met after a meeting word, they tell the
    encounters one after the other (`s’entretenir avec X, ainsi que Y et enfin Z`): one each."""
    between_words: tuple[str, ...] = ()
    """`entre`, `between`: after a noun of meeting, they name its parties (`un entretien entre X et Y`),
    and no one else in the clause is one (the spokesman who reports it)."""
    town_preps: tuple[str, ...] = ()
    """`à`, `in`, `at`: before a town's name (`a reçu à Yarzé le député X`)."""
    dating_participles: tuple[str, ...] = ()
    """Participles that date the exercise itself (`held`, `conducted`, `organisé`, `annulé`); any
    other participle right before a year, with no auxiliary of its own, dates the noun it follows
    (`le chemin tracé en 2010`)."""
    normative_heads: tuple[str, ...] = ()
    """Heads of a law, a treaty, an agreement, a strategy (`loi`, `traité`, `Act`, `Strategy`): the
    letters of such a text name no body (`Loi de programmation militaire (LPM)`); a programme's or a
    plan's may (`World Food Programme (WFP)`)."""
    other_event_nouns: tuple[str, ...] = ()
    """Heads of events that are no exercise (`Elections`, `Cup`, `Festival`, `Sommet`): a name they
    end is not an exercise's, however near the exercise's vocabulary (`Lok Sabha Elections 2019`)."""
    attendance_verbs: tuple[str, ...] = ()
    """Regexes of attending or chairing a gathering (`attend`, `co-chair`, `assister à`,
    `coprésider`), the gathering named right after: its encounter (and a visit made for it, `to`)."""
    chaired_by: tuple[str, ...] = ()
    """Regexes of a gathering chaired by someone (`chaired by`, `présidée par`), the gathering
    named before: the encounter of those it names."""
    destination_preps: tuple[str, ...] = ()
    """`to`, `vers`: before where one goes; a known place after one or a town preposition is no
    person, whatever apposition follows (`his departure to New Delhi, the Defence Minister …`)."""
    purpose_leads: tuple[str, ...] = ()
    """`pour`, `afin de`, `to`: a verb of meeting after one says what the first verb's encounter was
    for (`a reçu l’ambassadeur, X, pour discuter de …`): the same encounter, not a new subject's."""
    complement_coordinators: tuple[str, ...] = ()
    """A coordinator and the preposition of a body's second complement (`et de l’`, `et des`): the
    complement goes on the body's name (`Armée de l’Air et de l’Espace`, `ministère de l’Europe et des
    Affaires étrangères`)."""


@dataclass(frozen=True)
class PageWords:
    """Words of a web page's furniture around an article (credit lines are read before the article's
    language is known, so the words of every language are read together)."""

    furniture: tuple[str, ...]
    """Regexes of whole lines that are furniture, not a headline (`en direct`, `press release`)."""
    byline: tuple[str, ...]
    """`par`, `by`: opens a byline."""
    publisher_bylines: tuple[str, ...]
    """Regexes of a byline whose `value` group is the publisher (`By Defense Post Staff`)."""
    agency_with: tuple[str, ...]
    """`Avec AFP`: the word before an agency credited alone on a line."""
    agencies: tuple[str, ...]
    """`agences`, `agencies`: a credit that names no agency."""
    newsroom: tuple[str, ...]
    """`rédaction`: a byline of the newsroom, not of a publisher."""
    dateline_articles: tuple[str, ...]
    """`Bamako, le 3 mai`: an article between a dateline's city and its date."""
    date_line_words: tuple[str, ...]
    """Words of a line that holds only a publication date (`publié le`, `updated`, weekdays)."""
    not_outlets: tuple[str, ...]
    """Line openings that are page labels, never an outlet's name (`partager`, `tous droits`)."""
    name_joiners: tuple[str, ...]
    """Small words inside an outlet's name (`Stars and Stripes`, `Jeune de l’Afrique`)."""
    read_more: tuple[str, ...] = ()
    """`suite de l’article sur`, `read more at`: the outlet where the article is published follows."""
    written: tuple[str, ...] = ()
    """`écrit`, `written`: before a byline's word (`Écrit par : Horizons`)."""
    signing_outlet_words: tuple[str, ...] = ()
    """Last words of an outlet that signs under a dash (`— Arménie Info`): outlet words that are no
    one's surname (not `Daily`, `Press`)."""
    join_words: tuple[str, ...] = ()
    """`rejoignez`, `join`: before the site's address on a line that asks the reader to follow it
    (`Rejoignez LeSiteinfo.com et recevez nos newsletters`)."""
    desks: tuple[str, ...] = ()
    """`bureau`, `desk`: after an agency's acronym in a byline (`By NDT Bureau`), an outlet's desk."""
    outlet_words: tuple[str, ...] = ()
    """`news`, `presse`, `infos`: in an outlet's name alone on the article's last line (`The Express
    News`, `Gnetnews`), where the outlet signs what it published."""
    credit_labels: tuple[str, ...] = ()
    """Regexes of a credit's label before its colon (`Photo`, `Sources`, `Vidéo`, `Author`): the names
    listed after it are the outlets credited."""
    credit_fillers: tuple[str, ...] = ()
    """`courtesy`, `archives`, `capture`: a credit's first word that names no outlet."""


@dataclass(frozen=True, eq=False)
class Language:
    """Lexicons and patterns of one language, read by the language-free extraction machinery."""

    code: str
    """ISO 639-1 code."""
    page: PageWords
    """Words of page furniture and credit lines."""
    models: tuple[str, ...]
    """spaCy pipelines to use when installed, best first."""
    fallback_model: str
    """The pinned pipeline used when none of `models` is installed (its NER proposes names)."""
    parser_reliable: bool
    """Whether the fallback pipeline's tags and parse can be trusted on this language."""
    function_words: frozenset[str]
    """Frequent short words, to tell the language of a text."""
    dates: DateWords
    ranks: tuple[str, ...]
    """Military ranks and honorific titles written before a name (`général`, `Maj. Gen.`)."""
    courtesy: tuple[str, ...]
    """Courtesy words before a name that are not titles (`M.`, `Mme`, `Mr`)."""
    role_heads: tuple[str, ...]
    """Nouns that head a position (`ministre`, `chef d’état-major`, `commander`)."""
    name_particles: frozenset[str]
    """Lower-case words inside names (`de`, `von`, `ould`, `bin`)."""
    not_name_words: frozenset[str]
    """Capitalised words that never start or belong to a person's name in this language."""
    determiners: tuple[str, ...]
    """Determiners and contracted prepositions stripped before names (`l’`, `la`, `the`)."""
    region_words: tuple[str, ...]
    """Words that make a region of a place (`Afrique de l’Ouest`, `East Africa`): a place, not a body."""
    link_words: frozenset[str]
    """Small words inside organisation names (`de`, `des`, `of`, `the`)."""
    institution_heads: tuple[str, ...]
    """Head nouns of organisation names (`ministère`, `forces`, `command`)."""
    capital_only_heads: frozenset[str]
    """Heads that name a body only when capitalised (`Zone Sud`, not `la zone de Kolda`)."""
    locatives: tuple[str, ...]
    """Prepositions that put a place after them (`à`, `au`, `in`, `at`)."""
    place_nouns: tuple[str, ...]
    """Nouns before a place name after a locative (`dans la ville de`, `in the city of`)."""
    host_markers: tuple[str, ...]
    """Phrases before the person who hosts (`sous la présidence de`, `chaired by`)."""
    facilities: tuple[str, ...]
    """Nouns of named buildings and sites that are meeting places (`palais`, `base aérienne`)."""
    demonyms: Mapping[str, str]
    """Nationality adjectives (masculine singular, lower case) -> ISO 3166-1 alpha-2."""
    meeting_verbs: tuple[str, ...]
    """Regexes of verb forms that report an encounter (`reç(?:oit|u)`, `met(?: with)?`)."""
    visiting_verbs: tuple[str, ...]
    """Regexes of calling on someone (`rend visite à`, `called on`): the one after it receives."""
    receiving_verbs: tuple[str, ...]
    """Regexes of verb forms whose subject receives (`reçoit`, `hosted`)."""
    agent_markers: tuple[str, ...]
    """Words that introduce the agent of a passive (`par`, `by`)."""
    meeting_nouns: tuple[str, ...]
    """Nouns that report an encounter (`entretien`, `audience`, `talks`)."""
    call_words: tuple[str, ...]
    """Words of a phone or video call."""
    visit_words: tuple[str, ...]
    """Regexes of a visit or arrival (`visite`, `se rend`, `arrived in`)."""
    signing_words: tuple[str, ...]
    """Regexes of a signing (`signé`, `signed`): signatories meet."""
    conference_words: tuple[str, ...]
    """Nouns of multilateral events (`conférence`, `sommet`, `summit`)."""
    show_words: tuple[str, ...]
    """Trade shows (`salon`, `exhibition`): an event, not an encounter of the people who attend it."""
    sidelines: tuple[str, ...]
    """`en marge de`, `on the sidelines of`: a meeting inside a conference."""
    gathering_nouns: tuple[str, ...]
    """Nouns of a gathering that is an encounter even with nobody named (`une réunion … à Tindouf`)."""
    pair_words: tuple[str, ...]
    """`les deux` + noun, `the two` + noun: the parties of the encounter just reported."""
    presence_phrases: tuple[str, ...]
    """Phrases that add people to the encounter just reported (`en présence de`, `accompanied by`)."""
    not_meetings: tuple[str, ...]
    """Events the annotation rules exclude from meetings (ceremonies, parades, press points)."""
    cited_before: tuple[str, ...]
    """Words just before a name that cite a person who is not present (`au nom de`, `on behalf of`)."""
    cited_parenthetical: tuple[str, ...]
    """Cited words that also open a parenthesis (`au nom du préfet, M. X`): they cite no one past a comma."""
    reporting_words: tuple[str, ...]
    """`selon`, `a indiqué`, `according to`: the person after them reports the news."""
    counterpart_words: tuple[str, ...]
    """Descriptions of an unnamed other party (`son homologue`, `counterpart`, `une délégation`)."""
    delegation_words: tuple[str, ...]
    """Nouns of a delegation: the visiting party when no one is named (`la délégation d’Africom`)."""
    definite_before: tuple[str, ...]
    """Words before a meeting noun that refer back to an encounter already reported (`cette`, `the`)."""
    also_words: tuple[str, ...]
    """`also`, `également`: with a verb of meeting, another encounter (`He also held talks with X`)."""
    new_event_words: tuple[str, ...]
    """Words that start another event (`ensuite`, `later`)."""
    planned_markers: tuple[str, ...]
    """Regexes of a planned event (future tense, `doit`, `will`, `is expected to`)."""
    cancelled_markers: tuple[str, ...]
    postponed_markers: tuple[str, ...]
    held_markers: tuple[str, ...]
    ongoing_markers: tuple[str, ...]
    exercise_words: tuple[str, ...]
    """Words that mark an exercise name nearby (`exercice`, `manœuvres`, `drill`)."""
    naming_words: tuple[str, ...]
    """Words that introduce a name (`baptisé`, `nom de code`, `dubbed`, `codenamed`)."""
    earlier_edition: tuple[str, ...]
    """Phrases of an earlier edition (`l’édition précédente`, `last year’s edition`)."""
    next_edition: tuple[str, ...]
    """Phrases of the edition to come (`la prochaine édition`, `next year’s edition`)."""
    host_nouns: tuple[str, ...]
    """`pays hôte`, `host nation`: the country named with one hosts the exercise spoken of."""
    end_markers: tuple[str, ...]
    """Regexes of an ending (`s’est achevé`, `prendra fin`, `wrapped up`, `the closing of`): a date
    after one ends the event it speaks of, not starts it."""
    participation_words: tuple[str, ...]
    """Regexes of taking part (`participent`, `took part`), for exercise participants."""
    forces_words: tuple[str, ...]
    """Nouns of forces written with a nationality (`forces`, `troops`)."""
    pronouns: tuple[str, ...]
    """Subject pronouns that refer back to a person (`il`, `elle`, `he`, `she`)."""
    description_owners: tuple[str, ...]
    """Determiners of a description that refers back to a person (`le`, `son`, `the`, `his`)."""
    reference_nouns: tuple[str, ...]
    """Nouns of descriptions beside ranks and roles (`visiteur`, `hôte`, `visitor`)."""
    role_synonyms: tuple[tuple[str, ...], ...]
    """Positions named in several ways (`président` / `chef de l’État`): a description of one refers
    to the holder of another."""
    officer_nouns: tuple[str, ...]
    """`l’officier norvégien`, `the officer`: a description of someone with a rank."""
    visitor_nouns: tuple[str, ...]
    """Nouns that refer to the visitor or the host of the visit being reported."""
    topic_patterns: tuple[str, ...]
    """Regexes with a group `t` holding what was discussed."""
    grammar: Grammar
    kinds: tuple[tuple[str, str], ...] = field(default=())
    """(regex, organisation kind) pairs, first match wins."""
    state_bodies: tuple[str, ...] = field(default=())
    """Heads of the bodies every state has (`ministère`, `présidence`, `government`, `general staff`):
    named without their state, they belong to the one the article says."""
    chair_verbs: tuple[str, ...] = field(default=())
    """Regexes of presiding written after the one who presides (`presided`, `a présidé`): the one
    who chairs a gathering already reported hosts it, and those named beside them attend."""
    speech_verbs: tuple[str, ...] = field(default=())
    """Regexes of verbs of saying written after their speaker (`said`, `added`): someone who tells of
    an encounter already reported is its source, not one more party to it."""

    @cached_property
    def title_words(self) -> frozenset[str]:
        """Lower-case words of ranks, courtesy words and positions: never a person's name."""
        words = set()
        for title in (*self.ranks, *self.courtesy, *self.role_heads):
            for word in re.split(r"[\s’']+", title.lower()):
                word = word.strip(".")
                if (
                    len(word) > 2
                    and word not in self.name_particles
                    and word not in self.link_words
                    and word not in self.institution_words
                ):
                    words.add(word)
        return frozenset(words)

    @cached_property
    def peer_nouns(self) -> tuple[str, ...]:
        """The counterpart nouns that also refer back to a person (`homologue`, `counterpart`), in
        a fixed order: `his counterpart X`, `son homologue`."""
        return tuple(sorted(set(self.reference_nouns) & set(self.counterpart_words)))

    @cached_property
    def institution_words(self) -> frozenset[str]:
        """Lower-case institution head nouns: never a person's name."""
        return frozenset(h.lower() for h in self.institution_heads)

    @cached_property
    def rank_pattern(self) -> str:
        """Ranks as a regex; words of a rank may be joined by a space or a hyphen (`Lieutenant-Colonel`)."""
        return alternation(self.ranks).replace("\\ ", "[ -]").replace("\\-", "[ -]")

    @cached_property
    def role_pattern(self) -> str:
        return alternation(self.role_heads)

    def demonym_country(self, word: str) -> str | None:
        """Country of a nationality adjective in any gender and number (`libyenne`, `américains`)."""
        return self._demonym_forms.get(word.lower())

    @cached_property
    def _demonym_forms(self) -> dict[str, str]:
        forms: dict[str, str] = {}
        for stem, country in self.demonyms.items():
            for form in _inflections(stem):
                forms.setdefault(form, country)
        return forms


def _inflections(stem: str) -> set[str]:
    """Gender and number forms of an adjective: libyen, libyenne, libyens, libyennes."""
    forms = {stem, stem + "s", stem + "e", stem + "es"}
    if stem.endswith("n"):
        forms |= {stem + "ne", stem + "nes"}
    return forms
