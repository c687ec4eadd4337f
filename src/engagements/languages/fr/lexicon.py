"""French news language about defence and diplomacy: words and verb forms, never names.

Verb forms are regexes over lower-case text (conjugated forms of one verb in one pattern); the
machinery adds word boundaries. Apostrophes are written `’` and matched as either `’` or `'`.
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset(
    {"le", "la", "les", "de", "des", "du", "et", "à", "en", "un", "une", "pour", "avec", "au", "aux", "est",
     "sont", "dans", "sur", "qui", "que", "par", "ont", "été", "ce", "cette", "il", "elle", "ses", "son"}
)  # fmt: skip

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "fev": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "décembre": 12,
    "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}

RANKS = (
    "général de corps d’armée", "général de corps aérien", "général de division aérienne",
    "général de brigade aérienne", "général de division", "général de brigade", "général d’armée aérienne",
    "général d’armée", "lieutenant-général", "lieutenant général", "général-major", "général major",
    "major-général", "major général",
    "intendant-général de brigade", "intendant général de brigade", "intendant-général", "intendant général",
    "médecin-général", "commissaire général",
    "général", "médecin général", "maréchal", "feld-maréchal", "amiral", "vice-amiral d’escadre",
    "vice-amiral", "contre-amiral", "capitaine de vaisseau", "capitaine de frégate", "capitaine de corvette",
    "colonel-major", "lieutenant-colonel", "colonel", "commandant", "chef de bataillon", "chef d’escadron",
    "capitaine", "lieutenant", "sous-lieutenant", "adjudant-chef", "adjudant", "sergent-chef", "sergent",
    "brigadier-général", "brigadier général", "brigadier", "commissaire divisionnaire", "commissaire",
    "roi", "reine", "prince", "princesse", "cheikh", "cheik", "émir", "sultan", "imam",
    "Col", "Gal", "Gén",
)  # fmt: skip
"""Ranks and honorific titles written before a name (matched whatever the case of the first letter)."""

COURTESY = ("MM.", "M.", "Mme", "Mmes", "Mlle", "Monsieur", "Madame", "Messieurs", "Me", "Dr", "Docteur",
            "Pr", "Professeur", "Son Excellence", "S.E.", "SEM", "S.E.M.", "Ir", "Ir.")  # fmt: skip

ROLE_HEADS = (
    "président de la République", "présidente de la République", "président de la Transition",
    "président", "présidente", "vice-président", "vice-présidente", "Premier ministre", "premier ministre",
    "ministre d’État", "ministre délégué", "ministre déléguée", "ministre", "vice-ministre",
    "secrétaire d’État", "secrétaire général", "secrétaire générale", "secrétaire permanent",
    "secrétaire exécutif", "secrétaire", "sous-secrétaire",
    "chef de l’État", "chef d’État", "chef du gouvernement", "chef de la diplomatie",
    "chef d’état-major général des armées", "chef d’état-major général", "chef d’état-major des armées",
    "chef d’état-major particulier", "chef d’état-major", "chef d’Etat-major", "vice-chef", "sous-chef",
    "chef de la délégation", "chef de mission", "chef suprême", "chef",
    "commandant en chef", "commandant", "commandante",
    "directeur général", "directeur de cabinet", "directeur", "directrice", "conseiller", "conseillère",
    "ambassadeur", "ambassadrice", "chargé d’affaires", "chargée d’affaires", "attaché de défense",
    "attaché militaire", "attaché", "inspecteur général", "inspecteur", "porte-parole", "patron",
    "dirigeant", "gouverneur", "préfet", "maire", "délégué", "déléguée", "coordinateur", "coordonnateur",
    "adjoint", "adjointe", "envoyé spécial", "envoyée spéciale", "représentant spécial", "représentant",
    "haut représentant", "émissaire", "officier", "député", "sénateur", "commissaire", "chancelier",
    "chancelière",
)  # fmt: skip
"""Nouns that head a position (`ministre de la Défense`, `chef d’état-major`)."""

NAME_PARTICLES = frozenset(
    {"de", "du", "des", "d’", "d'", "la", "le", "von", "van", "der", "den", "dos", "da", "di", "del", "al",
     "el", "ben", "bin", "bint", "ould", "ag", "ibn", "abou", "abu", "mint", "wa"}
)  # fmt: skip

NOT_NAME_WORDS = frozenset(
    {"Twitter", "Facebook", "Instagram", "YouTube", "LinkedIn", "WhatsApp", "TikTok",
     "Selon", "Laisser", "Lire", "Partager", "Source", "Sources", "Tags", "Publié", "Publiée", "Mis", "Par",
     "Avec", "Cette", "Ces", "Ce", "Cet", "Le", "La", "Les", "Un", "Une", "Des", "Du", "De", "Au", "Aux",
     "Dans", "Pour", "Lors", "Après", "Avant", "Depuis", "Outre", "Sur", "Sous", "En", "Et", "Mais", "Ainsi",
     "Alors", "Face", "Grâce", "Comme", "Chaque", "Tout", "Tous", "Toute", "Il", "Elle", "Ils", "Elles",
     "Nous", "Vous", "On", "Son", "Sa", "Ses", "Leur", "Leurs", "Quant", "Lundi", "Mardi", "Mercredi",
     "Jeudi", "Vendredi", "Samedi", "Dimanche", "Accueil", "Actualités", "Politique", "International",
     "Défense", "Sécurité", "Coopération", "Afrique", "Etat", "État", "Etats", "États", "Armées", "Armée",
     "Forces", "Force", "République", "Royaume", "Gouvernement", "Ministère", "Ministre", "Président",
     "Présidente", "Chef", "Commandant", "Général", "Colonel", "Amiral", "Maréchal", "Excellence",
     "Nations", "Union", "Conseil", "Commission", "Monsieur", "Madame", "Image", "Vidéo", "Photo",
     "Crédit", "Copyright", "Dernière", "Etiquettes", "Étiquettes", "Invité", "Honneur", "Vice", "Haut",
     "Secrétaire", "Directeur", "Inspecteur", "Ambassadeur", "Premier", "Première", "Garde", "Marine"}
)  # fmt: skip
"""Capitalised words that never start a person's name (sentence openers, page labels, titles)."""

DETERMINERS = ("de la ", "de l’", "l’", "la ", "le ", "les ", "d’", "du ", "des ")
REGION_WORDS = ("Afrique de l’Ouest", "Afrique de l’Est", "Afrique du Nord", "Afrique australe",
                "Afrique centrale",
                "Corne de l’Afrique", "golfe de", "Golfe de", "bassin", "Sahel", "Maghreb", "Moyen-Orient",
                "Proche-Orient", "Sud", "Nord", "Est", "Ouest")  # fmt: skip

LINK_WORDS = frozenset({"de", "du", "des", "d’", "d'", "la", "l’", "l'", "le", "les", "pour", "en", "et"})

INSTITUTION_HEADS = (
    "ministère", "armée", "armées", "forces", "force", "commandement", "ambassade", "gouvernement",
    "présidence", "état-major", "marine", "garde-côtes", "agence", "direction", "institut", "union",
    "département", "conseil", "commission", "comité", "communauté", "confédération", "alliance",
    "coalition", "ligue", "organisation", "nations", "service", "centre", "académie", "école", "écoles",
    "collège", "hôpital", "université", "gendarmerie", "police", "garde", "flotte", "brigade", "division",
    "régiment", "bataillon", "escadron", "escadrille", "flottille", "unité", "zone", "groupe", "groupement",
    "parlement", "assemblée", "administration", "secrétariat", "inspection", "office", "bureau", "corps",
    "télévision", "radio", "parti", "mouvement", "front", "région", "cabinet", "mission",
)  # fmt: skip
CAPITAL_ONLY_HEADS = frozenset(
    {"état-major", "unité", "zone", "service", "centre", "groupe", "direction", "bureau", "office", "corps",
     "mission", "région", "cabinet", "front", "mouvement", "alliance", "inspection", "garde", "division",
     "union", "organisation", "communauté", "école", "écoles", "collège", "académie", "hôpital"}
)  # fmt: skip

LOCATIVES = ("à", "au", "aux", "en", "dans", "chez", "au large de", "au large du", "au large des",
             "au large d’", "au niveau de",
             "au niveau du", "au sein de", "au sein du", "à bord du", "à bord de", "à bord d’",
             "sur le site de")  # fmt: skip
PLACE_NOUNS = ("ville", "région", "province", "wilaya", "localité", "commune", "département", "préfecture",
               "capitale", "cité", "zone", "île", "base")  # fmt: skip
HOST_MARKERS = ("sous la présidence de", "sous la présidence du", "présidé par", "présidée par",
                "à l’invitation de",
                "à l’invitation du", "sur invitation de")  # fmt: skip
GATHERING_NOUNS = ("réunion", "réunions", "rencontre", "rencontres", "séance", "séances", "session",
                   "sessions", "assises",
                   "conférence", "sommet", "assemblée")  # fmt: skip
PAIR_WORDS = ("deux", "les deux")
"""`les deux responsables`: the two parties of the encounter just reported."""

FACILITIES = (
    "quartier général", "quartier-général", "palais présidentiel", "palais royal", "palais", "siège",
    "base aérienne", "base navale", "base militaire", "base", "camp militaire", "camp", "aéroport militaire",
    "aéroport", "caserne", "port", "résidence", "état-major général", "état-major", "wilaya", "hôtel",
    "centre de conférences", "centre international de conférences", "école militaire", "écoles militaires",
    "académie militaire", "locaux", "salle des conférences", "salle de conférence", "salle de conférences",
    "salle de réunion", "salle d’honneur",
)  # fmt: skip
"""Named buildings and sites where an encounter takes place."""

MEETING_VERBS = (
    r"re[çc]oi(?:t|vent|s)", r"re[çc]u(?:e|s|es)?", r"recevr(?:a|ont|ait|aient)",
    r"recev(?:ait|aient|ant|oir)",
    r"accueill\w*", r"rencontr(?:e|ent|é|ée|és|ées|er|era|eront|erait|ait|aient|ant)",
    r"entreten(?:u|ue|us|ues|ir|ait|aient|ant)", r"entretien(?:t|nent|dra|dront|drait)",
    r"échang(?:é|és|e|ent|eront|era|ait|aient|er)", r"discut(?:é|e|ent|er|era|eront|ait|aient)",
    r"réuni(?:e|s|es|ra|ront|ssent|t|ssait|ssaient)?", r"conf[ée]r(?:é|er|e)", r"consult(?:é|és|er)",
    r"s[’']est\s+entretenue?s?", r"se\s+sont\s+entretenu(?:e|s|es)?",
    # `les deux ministres se retrouveront à Bruxelles`: only the plural (`il se retrouve` is `finds himself`)
    r"se\s+retrouv(?:ent|eront|aient|er)(?!\s+(?:en|dans|face|sans|confronté|seuls?))",
    r"se\s+sont\s+retrouvée?s(?!\s+(?:en|dans|face|sans|confronté|seuls?))",
)  # fmt: skip
VISITING_VERBS = (
    r"rend(?:u|ue|us|ra|ront|re|ait|aient)?\s+visite",
    r"rend(?:u|ue|us|ra|ront|re)?\s+une\s+visite\s+de\s+courtoisie",
)
"""Verbs of calling on someone: the one visited receives."""
RECEIVING_VERBS = (r"re[çc]oi(?:t|vent)", r"re[çc]u(?:e|s|es)?", r"recevr(?:a|ont|ait|aient)",
                   r"recev(?:ait|aient|ant)", r"accueill\w*")  # fmt: skip
AGENT_MARKERS = ("par",)

MEETING_NOUNS = (
    "rencontre", "rencontres", "entretien", "entretiens", "audience", "audiences", "réunion", "réunions",
    "séance de travail", "séances de travail", "tête-à-tête", "tête à tête", "entrevue", "échange",
    "échanges", "consultations", "pourparlers", "discussions", "concertation", "concertations",
    "assises", "repas officiel", "dîner officiel", "déjeuner de travail", "dîner de travail", "conversation",
    "visite de courtoisie", "séance", "vidéoconférence", "visioconférence", "appel",
)  # fmt: skip
CALL_WORDS = ("téléphon", "visioconférence", "vidéoconférence", "visio-conférence", "par vidéo", "appel")

VISIT_WORDS = (
    r"visite", r"visites", r"déplacement", r"tournée", r"séjour", r"escale",
    r"s[’'](?:est|était|étaient)\s+rendue?s?", r"se\s+sont\s+rendue?s?", r"attendue?s?",
    r"se\s+rend(?:ent|ra|ront|ait|aient|rait|raient)?", r"s[’']y\s+rend\w*",
    r"arriv(?:é|ée|és|ées|e|ent|era|eront)", r"atterri\w*", r"débarqu\w*",
)  # fmt: skip
SIGNING_WORDS = (r"sign(?:é|ée|és|ées|ent|ont|era|eront|aient|ait|ature|er)", r"paraph\w+")
CONFERENCE_WORDS = (  # not `salon`: a trade show (SHOW_WORDS) is no encounter
    "conférence", "sommet", "forum", "colloque", "symposium", "dialogue", "session",
    "assemblée générale", "table ronde", "séminaire", "congrès",
)  # fmt: skip
SHOW_WORDS = ("salon", "salons", "exposition", "foire")
SIDELINES = ("en marge de", "en marge du", "en marge des", "en marge d’")
PRESENCE_PHRASES = (
    "en présence de", "en présence du", "en présence des", "en présence d’", "accompagné", "accompagnée",
    "accompagnés", "accompagnées", "entouré", "entourée", "aux côtés de", "aux côtés du", "ont pris part",
    "a pris part", "ont assisté", "a assisté", "étaient présents", "était présent", "étaient présentes",
    "étaient conviés", "étaient également", "ont participé", "a participé",
    "prenaient part", "ont également", "était également", "assistaient",
)  # fmt: skip
NOT_MEETINGS = (
    "cérémonie", "défilé", "parade", "conférence de presse", "point de presse", "décret", "nomination",
    "mise à l’eau", "discours", "investiture", "funérailles", "obsèques", "inauguration",
)  # fmt: skip
CHAIR_VERBS = (r"a\s+(?:co)?présidé", r"(?:co)?présid(?:e|ait|er)")
"""Verbs of presiding after the one who presides (`le général X a présidé`)."""
SPEECH_VERBS = (
    r"a\s+(?:ajouté|déclaré|indiqué|précisé|souligné|affirmé|expliqué|rappelé|confirmé)\s+qu[e’']",
    r"(?:ajoute|déclare|indique|précise|souligne|affirme|explique|rappelle|confirme)\s+qu[e’']",
)
"""Verbs of saying after their speaker, with what is told of others (`le colonel X a ajouté que …`;
not `X a indiqué avoir évoqué …`, what the speaker did)."""
CITED_BEFORE = (
    "instructions", "au nom", "de la part", "message", "lettre", "mort", "décès", "successeur",
    "condoléances", "représentant", "représentante", "sous l’égide", "envoyé par", "veuve", "hommage",
    "mémoire", "portrait", "directives", "ordre",
)  # fmt: skip
REPORTING_WORDS = (
    "selon", "d’après", "a indiqué", "a déclaré", "a précisé", "a annoncé", "a ajouté", "a rapporté",
    "indique", "précise", "rapporte", "a souligné", "souligne", "a affirmé", "affirme", "a expliqué",
)  # fmt: skip
"""Words after which a person is the source of the news, not a party to it."""
COUNTERPART_WORDS = (
    "homologue", "homologues", "délégation", "autorités", "responsables", "officiels", "dirigeants",
    "représentants", "ministres", "chefs", "ambassadeur", "ambassadrice", "officiers", "commandants",
)  # fmt: skip
DEFINITE_BEFORE = ("ce", "cette", "cet", "ces", "la", "l’", "les", "leur", "leurs", "ses", "sa", "son",
                   "au cours de", "lors de", "à l’issue de", "durant", "pendant")  # fmt: skip
NEW_EVENT_WORDS = (
    "ensuite",
    "puis",
    "plus tard",
    "plus tôt dans",
    "un peu plus tôt",
    "par la suite",
    "auparavant",
    "avant cela",
)
PLANNED_MARKERS = (
    r"prévu\w*", r"prévoi\w*", r"devrai(?:t|ent)", r"devai(?:t|ent)", r"devront", r"doit", r"doivent",
    # `vont échanger`, `va ensuite rencontrer`; not `va au Niger`
    r"(?:va|vont)\s+(?:(?!(?:au|aux|à|en|dans|chez)\s)\w+\s+)?(?-i:[a-zà-ÿ]+(?:er|ir|re))",
    r"convenu\w*\s+de",  # `sont convenus de se retrouver`
    r"aura lieu",
    r"auront lieu", r"se tiendr\w*", r"projet\w*", r"envisag\w*", r"programmée?s?", r"au\s+programme",
    r"attendue?s?",
    r"annoncé\w* pour", r"prochaine?s?", r"\w+(?:era|eront|ira|iront|dra|dront|vra|vront)",
)  # fmt: skip
CANCELLED_MARKERS = (r"annul\w*",)
POSTPONED_MARKERS = (r"report(?:é|ée|és|ées|er|e)", r"ajourn\w*", r"différé\w*", r"renvoy\w*")
HELD_MARKERS = (
    "s’est déroulé", "s’est déroulée", "se sont déroulés", "s’est achevé", "s’est achevée", "a pris fin",
    "clôtur", "s’est tenu", "s’est tenue", "a eu lieu", "s’est terminé", "conclu", "rideau", "achevé",
    "terminé", "se sont achevé", "ont pris fin", "a exécuté", "ont exécuté", "a été exécuté",
    "a été mené", "a été menée", "ont été menés", "ont été menées",
    # a verb of doing with the exercise as its object (`ont mené un exercice bilatéral`); `a mené` alone
    # leads a delegation or talks as well
    "a mené un exercice", "ont mené un exercice", "a effectué un exercice", "ont effectué un exercice",
    "a conduit un exercice", "ont conduit un exercice", "a réalisé un exercice", "ont réalisé un exercice",
)  # fmt: skip
ONGOING_MARKERS = (
    "coup d’envoi", "lancé", "lancée", "se déroule", "se poursui", "en cours", "a débuté", "ont débuté",
    "débute", "depuis", "ouvert", "ouverte", "bat son plein",
)  # fmt: skip
EXERCISE_WORDS = (
    "exercice", "exercices", "manœuvre", "manœuvres", "manoeuvre", "manoeuvres", "édition", "éditions",
    "entraînement", "entraînements",
)  # fmt: skip
NAMING_WORDS = (
    "baptisé", "baptisée", "baptisés", "baptisées", "dénommé", "dénommée", "nom de code", "intitulé",
    "intitulée", "appelé", "appelée", "appelés", "appelées", "appellation", "appellations", "appelations",
    "sous le nom", "nommé", "nommée", "de code", "code", "portant le nom", "porte le nom", "ayant pour nom",
)  # fmt: skip
EARLIER_EDITION = ("édition précédente", "précédente édition", "dernière édition", "édition de l’an dernier",
                   "édition de l’année dernière", "précédentes éditions")  # fmt: skip
NEXT_EDITION = ("prochaine édition", "édition suivante", "prochaines éditions", "édition de l’an prochain",
                "édition de l’année prochaine")  # fmt: skip
END_MARKERS = (
    r"ach[eè]v\w*", r"termin\w*", r"clôtur\w*", r"conclu\w*", r"rideau",
    r"(?:pris|prend|prendra|prendront|prennent|prenait|prendre)\s+fin",
)  # fmt: skip
"""Verbs and nouns of an ending, any tense: a date after them is the end."""
PARTICIPATION_WORDS = (
    r"particip\w*", r"pr(?:is|ise|ises|end|ennent|endra|endront|enait|enaient|enant|endre)\s+part",
    r"déplo[iy]\w*", r"dépêch\w*", r"réunit", r"réunira", r"rassembl\w*", r"mobilis\w*",
)  # fmt: skip
"""Taking part in any tense (`prennent part`, `ont pris part`), sending forces (`déploie`, `ont déployé`)."""
FORCES_WORDS = ("forces spéciales", "forces navales", "forces armées", "forces", "armées", "marines",
                "troupes", "homologues", "militaires", "unités", "soldats", "contingents",
                "rangers")  # fmt: skip
PRONOUNS = ("il", "elle")
DESCRIPTION_OWNERS = ("le", "la", "l’", "son", "sa", "leur")
REFERENCE_NOUNS = ("officier", "responsable", "visiteur", "hôte", "invité", "homologue", "chef")
VISITOR_NOUNS = ("visiteur", "hôte", "invité")
TOPIC_PATTERNS = (
    r"(?:a porté|ont porté|portant|axée?s?|centrée?s?|porteront) sur (?P<t>[^.;:]+)",
    r"pour (?:discuter|parler|débattre|évoquer) (?:de |d’|des |du |la |le )?(?P<t>[^.;:]+)",
    r"(?:évoqué|abordé|examiné|passé en revue)(?: avec [^.;:,]+)? (?P<t>[^.;:]+)",
)  # fmt: skip
KINDS = (
    (r"\b(agence|presse|press|news|radio|télévision|journal)\b", "media"),
    (r"\b(ambassade|consulat)\b", "diplomatic"),
    (r"\b(union africaine|nations unies|otan|cedeao|union européenne|commission|communauté|"
     r"confédération|alliance|intergouvernementale?)\b", "intergovernmental"),
    (r"\bdes\s+[ée]tats\b(?![\s-]+unis)", "intergovernmental"),  # `Conseil des États côtiers`
    (r"\b(armée|armées|forces?|commandement|état-major|marine|garde|gendarmerie|brigade|zone|unité|"
     r"régiment|bataillon|escadron|corps|région militaire)\b", "military"),
    (r"\b(gouvernement|ministère|présidence|administration|département|conseil|direction)\b", "government"),
    (r"\b(parti|mouvement)\b", "political"),
    (r"\b(groupe|milice|al-|état islamique|shabaab)\b", "armed_group"),
    (r"\b(institut|centre|école|collège|académie|hôpital)\b", "other"),
)  # fmt: skip
