"""English grammar words the extraction machinery reads sentences with."""

from __future__ import annotations

from ..base import Grammar

GRAMMAR = Grammar(
    complement_preps=("of the", "of", "for"),
    coordinators=("and", "as well as", "then"),
    with_words=("with",),
    clause_breakers=("and", "with", "who", "has", "have"),
    back_determiners=("this", "that", "his", "her", "their", "its"),
    party_owners=("the", "his", "her", "their", "its", "a", "an", "top", "senior", "several"),
    passive_auxiliaries=("was", "were", "been", "being", "is", "are", "be"),
    perfect_auxiliaries=("has", "have", "had"),
    participle_endings=("ed",),
    impersonal_after_pronoun=(r"is\s+(?:expected|important|planned|understood)",),
    since_words=("since",),
    video_words=("video",),
    elided_articles=r"^(?!)",
    name_prefixes=("al", "el", "ul", "ad", "as", "ash", "at", "az"),
    ordinal_suffixes=("th", "st", "nd", "rd"),
    exercise_modifiers=("military", "naval", "joint", "multinational", "annual", "maritime", "field", "training"),
    run_stops=("in", "at", "by", "with", "on", "to", "from", "for", "is", "was", "will", "has", "which", "that"),
    generic_body_words=("armed", "special", "naval", "military", "joint", "allied", "foreign", "local", "regional",
                        "security", "defence", "defense"),  # fmt: skip
    text_heads=("forum", "dialogue", "symposium", "conference", "summit", "treaty", "agreement", "memorandum",
                "protocol", "programme", "program", "plan", "initiative", "exercise", "operation", "order", "award",
                "prize", "law", "decree", "strategy", "cup"),  # fmt: skip
    product_nouns=("aircraft", "helicopter", "helicopters", "jets", "jet", "tanks", "tank", "vehicles", "vehicle",
                   "system", "systems", "frigate", "ship", "ships", "rifles", "munitions", "missile", "missiles",
                   "drone", "drones", "howitzers", "guns"),  # fmt: skip
    qualifiers=("acting", "deputy", "former", "interim", "vice", "outgoing", "incoming", "late", "then"),
    descriptive_heads=("army", "navy", "government", "authorities", "troops", "forces"),
    always_named_heads=("ministry", "department", "embassy", "consulate"),
    body_stops=("in", "at", "with", "by", "from", "to", "on", "against", "after", "before", "since"),
    group_nouns=("group", "groups", "organisation", "organisations", "organization", "organizations", "militia",
                 "militias"),  # fmt: skip
    group_qualifiers=("terrorist", "armed", "jihadist", "islamist", "rebel", "extremist"),
    list_openers=("such as", "like", "including"),
    not_person_before=("ship", "vessel", "frigate", "uss", "hms", "its", "operation", "exercise", "street",
                       "avenue", "hospital", "school", "stadium", "hotel", "airport", "mission", "force", "forces",
                       "barracks", "prize", "award", "order", "camp", "base", "palace", "format", "group"),  # fmt: skip
    generic_places=("Africa", "Republic", "State", "States", "Kingdom", "West", "East", "North", "South"),
    site_adjectives=("presidential", "royal", "national"),
    aboard=("aboard the", "aboard", "on board the", "on board"),
    openers=("a", "an", "the", "with", "as", "also", "but", "when", "while", "after", "before", "during", "since",
             "according", "he", "she", "it", "this", "that"),  # fmt: skip
    purpose_words=("for", "against"),
    indefinite_articles=("a", "an", "this"),
    edition_words=("edition", "iteration"),
    until_words=("until", "through", "till"),
    there_words=("there",),
    near_words=("near", "close to", "outside"),
    destination_before=(
        r"visit(?:s|ed|ing)?",
        r"tour(?:s|ed|ing)?",
        r"(?:travel|fly|flew|head)\w*\s+to",
        r"(?:trip|visit|delegation|mission)\s+to",
        r"arriv\w+\s+in",
    ),
    site_bodies=("school", "hospital", "academy", "college"),
    inserted_adverbs=("also", "notably", "among others", "too", "as well"),
    plain_call_words=("call",),
    topic_ends=("as well as", "while"),
    definite_articles=("the",),
    owner_articles=("of the",),
    facility_preps=("of",),
    entity_leads=("the",),
    relatives=("who", "which", "that"),
    role_body_preps=("of the", "of", "at the", "at"),
    country_preps=("of the", "of", "in"),
    state_group_nouns=("States", "nations", "countries"),
    name_complement_before=("of", "the", "for", "in"),
    topic_preps=("on", "about", "regarding", "concerning"),
)
