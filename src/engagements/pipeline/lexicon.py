"""Small curated lexicons of French (and some English) news language about defence and diplomacy.

Words about how the news talks — ranks, positions, meeting verbs, exercise vocabulary,
nationality adjectives — never names of the people or bodies in any article.
"""

from __future__ import annotations

RANKS = (
    # longest first: "général de corps d'armée" before "général"
    "général de corps d’armée",
    "général de corps aérien",
    "général de division",
    "général de brigade",
    "général d’armée",
    "général d’armée aérienne",
    "lieutenant-général",
    "général-major",
    "major-général",
    "général",
    "maréchal",
    "amiral",
    "vice-amiral d’escadre",
    "vice-amiral",
    "contre-amiral",
    "capitaine de vaisseau",
    "capitaine de frégate",
    "capitaine de corvette",
    "colonel-major",
    "lieutenant-colonel",
    "colonel",
    "commandant",
    "capitaine",
    "lieutenant",
    "sous-lieutenant",
    "adjudant",
    "sergent",
    "brigadier",
    "roi",
    "reine",
    "prince",
    "cheikh",
    "émir",
    "sultan",
    # English
    "Gen.",
    "Maj. Gen.",
    "Lt. Gen.",
    "Brig. Gen.",
    "Lt. Col.",
    "Col.",
    "Adm.",
    "Vice Adm.",
    "Rear Adm.",
    "Capt.",
    "Maj.",
    "Lt.",
    "Sgt.",
    "General",
    "Admiral",
    "Colonel",
    "Major",
)
"""Military ranks and honorifics that stand before a name."""

ROLE_HEADS = (
    "ministre délégué",
    "ministre d’État",
    "ministre",
    "vice-ministre",
    "secrétaire d’État",
    "secrétaire général",
    "secrétaire",
    "Premier ministre",
    "premier ministre",
    "président",
    "présidente",
    "vice-président",
    "chef d’état-major général des armées",
    "chef d’état-major général",
    "chef d’état-major des armées",
    "chef d’état-major",
    "chef suprême",
    "chef",
    "commandant en chef",
    "commandant",
    "directeur général",
    "directeur de cabinet",
    "directeur",
    "directrice",
    "conseiller",
    "conseillère",
    "ambassadeur",
    "ambassadrice",
    "chargé d’affaires",
    "attaché de défense",
    "attaché",
    "inspecteur général",
    "inspecteur",
    "porte-parole",
    "patron",
    "dirigeant",
    "gouverneur",
    "délégué",
    "coordinateur",
    "sous-secrétaire",
    "adjoint",
    "envoyé spécial",
    "émissaire",
    "officier",
    "Deputy Army Commander",
    "commander",
    "Commander",
    "minister",
    "Minister",
    "chief",
    "Chief",
    "ambassador",
    "Ambassador",
    "officer",
)
"""Nouns that head a position (`commandant du ...`, `ministre de la Défense`)."""

MEETING_VERBS = frozenset(
    {
        "recevoir",
        "rencontrer",
        "entretenir",
        "accueillir",
        "s’entretenir",
        "discuter",
        "échanger",
        "reçevoir",
        "meet",
        "receive",
        "host",
    }
)
"""Lemmas of verbs that report an encounter."""

MEETING_NOUNS = frozenset(
    {
        "rencontre",
        "entretien",
        "entretiens",
        "audience",
        "réunion",
        "visite",
        "séance",
        "tête-à-tête",
        "meeting",
        "talks",
        "visit",
    }
)
"""Nouns that report an encounter."""

PRESENCE_PHRASES = (
    "accompagné",
    "accompagnée",
    "accompagnés",
    "en présence",
    "ont assisté",
    "a assisté",
    "pris part",
    "prennent part",
    "aux côtés",
    "ont également",
    "étaient présents",
    "était présent",
    "entouré",
)
"""Phrases that add people to the encounter just reported."""

NOT_MEETINGS = frozenset({"cérémonie", "communiqué", "défilé", "conférence de presse", "parade"})
"""Events the annotation rules exclude from meetings."""

EXERCISE_WORDS = frozenset(
    {
        "exercice",
        "exercices",
        "manœuvre",
        "manœuvres",
        "manoeuvres",
        "édition",
        "exercise",
        "exercises",
        "drill",
        "drills",
        "entraînement",
    }
)
"""Words that mark an exercise name nearby."""

FUTURE_MARKERS = (
    "prévoi",
    "prévu",
    "devrait",
    "devront",
    "doit ",
    "doivent",
    "aura lieu",
    "se tiendra",
    "projet",
    "envisag",
    "programm",
    "organisera",
    "accueillera",
    "planned",
    "will ",
)
"""Stems that mark a planned (future) event."""

HELD_MARKERS = (
    "s’est déroulé",
    "s’est achevé",
    "a pris fin",
    "clôtur",
    "s’est tenu",
    "a eu lieu",
    "wrapped",
    "closed",
    "concluded",
    "ended",
    "final",
)
ONGOING_MARKERS = (
    "coup d’envoi",
    "lancé",
    "se déroule",
    "se poursui",
    "en cours",
    "a débuté",
    "débute",
    "kicked off",
    "under way",
    "underway",
    "began",
)

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

DEMONYMS: dict[str, str] = {
    # stem (masculine singular, lower-case) -> ISO 3166-1 alpha-2; feminine and plural forms derive
    "américain": "US",
    "états-unien": "US",
    "libyen": "LY",
    "algérien": "DZ",
    "tunisien": "TN",
    "marocain": "MA",
    "égyptien": "EG",
    "mauritanien": "MR",
    "malien": "ML",
    "nigérien": "NE",
    "nigérian": "NG",
    "tchadien": "TD",
    "sénégalais": "SN",
    "gambien": "GM",
    "ivoirien": "CI",
    "burkinabè": "BF",
    "béninois": "BJ",
    "togolais": "TG",
    "ghanéen": "GH",
    "camerounais": "CM",
    "gabonais": "GA",
    "congolais": "CG",
    "rwandais": "RW",
    "kényan": "KE",
    "kenyan": "KE",
    "somalien": "SO",
    "éthiopien": "ET",
    "djiboutien": "DJ",
    "soudanais": "SD",
    "seychellois": "SC",
    "comorien": "KM",
    "malgache": "MG",
    "mauricien": "MU",
    "sud-africain": "ZA",
    "angolais": "AO",
    "français": "FR",
    "allemand": "DE",
    "britannique": "GB",
    "italien": "IT",
    "espagnol": "ES",
    "portugais": "PT",
    "belge": "BE",
    "néerlandais": "NL",
    "russe": "RU",
    "chinois": "CN",
    "turc": "TR",
    "ukrainien": "UA",
    "polonais": "PL",
    "grec": "GR",
    "saoudien": "SA",
    "émirati": "AE",
    "qatari": "QA",
    "israélien": "IL",
    "iranien": "IR",
    "indien": "IN",
    "japonais": "JP",
    "canadien": "CA",
    "brésilien": "BR",
    "tanzanien": "TZ",
    "ougandais": "UG",
    "guinéen": "GN",
    "sierra-léonais": "SL",
    "libérien": "LR",
    "american": "US",
    "somali": "SO",
    "british": "GB",
    "french": "FR",
}
"""Nationality adjectives -> country."""


def _forms(stem: str) -> set[str]:
    """Gender and number forms of an adjective: libyen, libyenne, libyens, libyennes."""
    forms = {stem, stem + "s", stem + "e", stem + "es"}
    if stem.endswith("n"):
        forms |= {stem + "ne", stem + "nes"}
    if stem.endswith(("s", "e")):
        forms |= {stem, stem + "s"} if stem.endswith("e") else {stem + "e", stem + "es"}
    return forms


_DEMONYM_FORMS = {form: country for stem, country in DEMONYMS.items() for form in _forms(stem)}


def demonym_country(word: str) -> str | None:
    """Country of a nationality adjective in any gender and number (`libyenne`, `américains`)."""
    return _DEMONYM_FORMS.get(word.lower())
