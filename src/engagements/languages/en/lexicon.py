"""English news language about defence and diplomacy: words and verb forms, never names.

Press releases, wire copy and regional outlets: ranks as written (`Gen.`, `Rear Adm.`), positions
capitalised before names (`Defense Minister`), datelines in capitals. Verb forms are regexes over
lower-case text; the machinery adds word boundaries.
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset(
    {"the", "of", "and", "to", "in", "a", "for", "with", "on", "is", "was", "by", "at", "as", "that", "his",
     "her", "from", "has", "have", "were", "are", "he", "she", "their", "which", "will", "an", "this"}
)  # fmt: skip

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

RANKS = (
    "General", "Gen.", "Gen", "Lieutenant General", "Lt. Gen.", "Lt Gen", "Lt.-Gen.", "Major General",
    "Maj. Gen.", "Maj Gen", "Maj.-Gen.", "Brigadier General", "Brig. Gen.", "Brig Gen", "Brig.-Gen.",
    "Brigadier", "Brig.", "Colonel", "Col.", "Lieutenant Colonel", "Lt. Col.", "Lt Col", "Major", "Maj.",
    "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Adm.", "Vice Admiral",
    "Vice Adm.", "Rear Admiral", "Rear Adm.", "Commodore", "Cdre.", "Commander", "Cmdr.", "Cdr.",
    "Field Marshal", "Marshal", "Air Marshal", "Air Vice Marshal", "Air Chief Marshal", "Chief Master Sgt.",
    "Command Sgt. Maj.", "Sgt. Maj.", "Master Sgt.", "Staff Sgt.", "Petty Officer", "Ensign",
    "Colonel-General", "Colonel General", "Senior Colonel", "Senior Col.", "Lieutenant-General",
    "Major-General", "Army General", "General of the Army", "Gral.", "Cnel.", "Tte. Cnel.", "Tte.", "Alm.",
    "Lt-Col", "Lt Col.", "Maj-Gen", "Brig-Gen", "Lt-Gen", "Lt", "Col", "Gen", "Cpt.", "Cpl.", "Pvt.", "Spc.",
    "Sgt", "Adm", "RAdm", "VAdm", "Cmdr", "Cdr", "Brig", "Maj General", "Capt", "Air Cdre",
    "Lance Cpl.", "Lance Corporal", "Corporal", "Cpl", "Pfc.", "Private First Class", "Sgt. 1st Class",
    "Sgt. First Class", "Sergeant First Class", "Staff Sergeant", "Master Sergeant", "Tech. Sgt.",
    "Technical Sergeant", "Gunnery Sgt.", "Gunnery Sergeant", "Senior Master Sgt.", "Sergeant Major",
    "Command Sergeant Major", "1st Lt.", "2nd Lt.", "First Lieutenant", "Second Lieutenant",
    "Warrant Officer Class One", "Warrant Officer Class Two", "Warrant Officer Class 1",
    "Warrant Officer Class 2", "Warrant Officer", "Chief Warrant Officer", "Chief Petty Officer",
    "Senior Chief Petty Officer",
    "Master Chief Petty Officer", "Petty Officer 1st Class", "Petty Officer 2nd Class",
    "Petty Officer 3rd Class", "Lt. Cmdr.", "Lt. Cdr.", "Lieutenant Commander", "Flight Lieutenant", "Flt Lt",
    "Squadron Leader", "Sqn Ldr", "Wing Commander", "Wg Cdr", "Group Captain", "Gp Capt", "Air Commodore",
    "Air Vice-Marshal", "Senior Airman", "Airman 1st Class",
    "King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Sultan",
)  # fmt: skip
"""Ranks and honorific titles written before a name, as written (the ranks of armies, navies and
air forces that English-language news writes, officers' and enlisted alike)."""

COURTESY = ("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Hon.", "Hon", "H.E.",
            "His Excellency", "Her Excellency", "HE", "Sir", "Dame", "Messrs.", "Shri", "Smt.", "Smt",
            "Professor", "Bapak", "Datuk Seri", "Datuk", "Dato’ Sri", "Dato' Sri", "Dato’ Seri", "Dato' Seri",
            "Dato’", "Dato'", "Tan Sri", "Tun")  # fmt: skip

ROLE_HEADS = (
    "President", "president", "Vice President", "vice president", "Undersecretary", "undersecretary",
    "Under Secretary", "Under-Secretary", "under-secretary", "Prime Minister", "prime minister",
    "Defence Minister", "Defense Minister", "defence minister", "defense minister", "Foreign Minister",
    "foreign minister", "Minister", "minister", "Deputy Minister", "deputy minister", "Secretary of Defense",
    "Defense Secretary", "Secretary", "secretary", "Secretary-General", "Secretary General", "Chairman",
    "chairman", "Chairperson", "chairperson", "Chair", "Chief of Defence Staff", "Chief of Defense Staff",
    "Chief of Defence", "Chief of Defense", "Chief of Staff", "chief of staff", "Chief", "chief",
    "Commander", "commander", "Deputy Commander", "deputy commander", "General Officer Commanding",
    "Officer Commanding", "Air Officer Commanding", "Flag Officer Commanding", "Commandant", "Director",
    "director",
    "Ambassador Extraordinary and Plenipotentiary", "ambassador extraordinary and plenipotentiary",
    "Ambassador", "ambassador", "Chargé d’Affaires", "Envoy", "envoy", "Special Representative",
    "Representative", "Spokesperson", "spokesperson", "Spokesman", "spokesman", "Governor", "governor",
    "head", "Head", "leader", "Deputy", "deputy", "Officer", "officer", "Attaché", "attaché", "Adviser",
    "Advisor", "adviser", "advisor", "Counselor", "Senator", "Congressman", "Mayor", "Inspector General",
    "Commissioner", "commissioner", "Chief of Naval Staff", "Chief of Army Staff", "Chief of Air Staff",
    "Permanent Secretary", "Secretary of State", "Attorney General", "Speaker", "speaker", "Chancellor",
    "chancellor",
)  # fmt: skip

NAME_PARTICLES = frozenset(
    {"de", "du", "des", "la", "le", "von", "van", "der", "den", "dos", "da", "di", "del", "al", "el", "ben",
     "bin", "bint", "ould", "ag", "ibn", "abu", "mint"}
)  # fmt: skip

NOT_NAME_WORDS = frozenset(
    {"Instagram", "YouTube", "LinkedIn", "WhatsApp", "TikTok",
     "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "By", "For", "From", "With", "As",
     "After", "Before", "During", "Since", "Under", "Over", "Through", "Following", "According", "Despite",
     "Share", "Tags", "Related", "Posted", "Published", "Updated", "Read", "More", "Photo", "Video", "Image",
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "He", "She", "They", "It",
     "We", "His", "Her", "Their", "Its", "Our", "Both", "All", "Also", "But", "And", "Or", "While", "When",
     "Meanwhile", "However", "Minister", "President", "General", "Admiral", "Chief", "Commander", "Defence",
     "Defense", "Security", "Army", "Navy", "Air", "Force", "Forces", "Command", "Africa", "African",
     "Ministry", "Secretary", "Chairman", "Ambassador", "Director", "Deputy", "Vice", "Prime", "Staff",
     "Joint", "National", "Republic", "Kingdom", "United", "States", "Government", "Back", "Top",
     "Translated", "Edition", "Comments", "Leave", "Reply", "Email", "Facebook", "Twitter", "Continue",
     "Click", "Subscribe", "Sign", "Login", "Home", "News", "Mr", "Mrs", "Ms", "Dr", "Hon", "Excellency",
     "Shri", "Smt", "Mantri", "Representative", "Special", "Senior", "Officials",
     "Leaders", "Partners", "Exercise", "Operation", "PM", "DPM", "Election", "Elections", "Assembly",
     "Acting", "Former", "Late", "Then", "Interim", "Outgoing", "Incoming", "Terrorism", "Pentagon",
     "Parliament", "Congress", "Senate", "Speaker", "Affairs", "Presidential", "Foreign", "Interior",
     "Finance", "Justice", "Political", "Peace", "Federal", "Public", "City", "Town", "Province", "Region",
     "Cooperation", "Coast", "Guard", "Arabic", "English", "French"}
)  # fmt: skip

DETERMINERS = ("the ",)
REGION_WORDS = ("East", "West", "North", "South", "Central", "Eastern", "Western", "Northern", "Southern",
                "Southeast", "Southwest", "Northeast", "Northwest", "South-East", "South-West", "North-East",
                "North-West", "Horn of", "Sub-Saharan", "Greater", "Gulf of", "Lake", "Mount",
                "Cape")  # fmt: skip
"""Words that make a region of a place (`East Africa`, `Horn of Africa`): a place, not a body."""

LINK_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des"})

INSTITUTION_HEADS = (
    "ministry", "department", "army", "navy", "air force", "airforce", "forces", "force", "command",
    "embassy", "government", "presidency", "staff", "marines", "marine corps", "coast guard", "agency",
    "directorate",
    "institute", "union", "council", "commission", "committee", "community", "alliance", "coalition",
    "league", "organisation", "organization", "nations", "service", "center", "centre", "academy",
    "college", "school", "hospital", "university", "gendarmerie", "police", "guard", "fleet", "brigade",
    "division", "regiment", "battalion", "squadron", "unit", "group", "parliament", "assembly",
    "administration", "secretariat", "office", "bureau", "corps", "party", "movement", "front", "mission",
    "task force", "headquarters", "defence force", "defense force", "defence forces", "defense forces",
    "authority",
)  # fmt: skip
CAPITAL_ONLY_HEADS = frozenset(
    {"staff", "unit", "service", "center", "centre", "group", "office", "bureau", "corps", "mission",
     "front", "movement", "alliance", "guard", "division", "union", "organisation", "organization",
     "community", "school", "college", "academy", "hospital", "command", "force", "forces", "army", "navy",
     "council", "committee", "commission", "department", "ministry", "government", "agency", "headquarters",
     "authority"}
)  # fmt: skip

LOCATIVES = ("in", "at", "inside", "aboard", "on board", "off the coast of", "on board the", "aboard the")
PLACE_NOUNS = ("city", "town", "region", "province", "district", "capital", "island", "county", "state")
HOST_MARKERS = (
    "chaired by",
    "presided over by",
    "hosted by",
    "at the invitation of",
    "under the chairmanship of",
)
GATHERING_NOUNS = ("meeting", "meetings", "session", "sessions", "conference", "summit",
                   "planning conference",
                   "planning event", "workshop", "conclave")  # fmt: skip
PAIR_WORDS = ("two", "both")

FACILITIES = (
    "headquarters", "palace", "state house", "base", "air base", "naval base", "camp", "airport", "airfield",
    "barracks", "port", "conference center", "conference centre", "center", "centre", "residence", "hotel",
    "training center", "training centre",
)  # fmt: skip

HOST_VERB = r"(?:to|will|would|shall|can|could|may|might|must|should|did|does|do|also|jointly)\s+(?:co-)?host"
"""`host` is a verb after an auxiliary or `to` (`will host`); elsewhere a noun (`the former TV host`)."""
MEETING_VERBS = (
    r"met", r"meets?", r"meeting", r"met\s+with", r"received?", r"receives", r"receiving", r"hosts",
    HOST_VERB, r"hosted", r"hosting", r"welcomed?", r"welcomes", r"held\s+talks", r"holds?\s+talks",
    r"hold(?:s|ing)?\s+(?:a\s+)?(?:bilateral\s+)?(?:meeting|talks)", r"sat\s+down\s+with",
    r"(?:start(?:s|ed|ing)?|beg(?:an|in|ins|inning)|open(?:s|ed|ing)?|resum(?:e|es|ed|ing))"
    r"\s+(?:(?:official|formal|bilateral)\s+)?talks",
    r"spoke\s+with", r"spoke\s+to", r"speaks\s+with", r"talked\s+with", r"conferred\s+with",
    r"(?:talk|speak|confer)(?:ing)?\s+with",  # `will travel today to France to talk with X`
    # `talked yesterday in Paris with X`: a day and a place between the verb and its `with`
    r"(?:talked|spoke|conferred)(?:\s+(?:yesterday|today|again|also|later|separately|privately|briefly"
    r"|on\s+[A-Z][a-z]+day|(?:in|at)\s+(?-i:[A-Z])[\w’'-]+|by\s+(?:tele)?phone)){1,3}\s+with",
    r"discussed", r"discuss(?:es|ing)?",
    r"engaged\s+with", r"consulted\s+with", r"will\s+meet", r"to\s+meet", r"is\s+set\s+to\s+meet",
)  # fmt: skip
VISITING_VERBS = (r"called\s+on", r"calls\s+on", r"calling\s+on",
                  r"paid\s+(?:a\s+)?(?:courtesy\s+)?(?:call|visit)\s+(?:on|to)",
                  r"visited")  # fmt: skip
"""Verbs of calling on someone: the one visited receives."""
RECEIVING_VERBS = (r"received?", r"receives", r"receiving", r"hosts", HOST_VERB, r"hosted", r"hosting",
                   r"welcomed?", r"welcomes")  # fmt: skip
AGENT_MARKERS = ("by",)

MEETING_NOUNS = (
    "meeting", "meetings", "talks", "audience", "courtesy call", "discussion", "discussions",
    "consultations", "bilateral", "bilaterals", "session", "sessions", "working session", "dinner",
    "luncheon", "breakfast", "phone call", "video call", "videoconference",
    "video conference", "conversation", "engagement", "engagements", "dialogue",
)  # fmt: skip
CALL_WORDS = ("phone", "telephone", "video call", "videoconference", "video conference", "virtual meeting",
              "call with", "calls with", "call to")  # fmt: skip

VISIT_WORDS = (
    r"visit", r"visits", r"visited", r"visiting", r"trip", r"tour", r"toured", r"stop", r"travell?ed\s+to",
    r"travels\s+to", r"arrived\s+in",
    r"arrives\s+in", r"arrival", r"port\s+call", r"due\s+(?:at|in)",
    r"travel(?:l?ing)?(?:\s+(?:today|tomorrow|again|next\s+week))?\s+to",  # `will travel today to France`
)  # fmt: skip
SIGNING_WORDS = (r"sign(?:ed|s|ing)?", r"signature")
CONFERENCE_WORDS = (
    "conference", "summit", "forum", "symposium", "dialogue", "seminar", "workshop", "congress",
    "general assembly", "round table", "roundtable", "assembly",
)  # fmt: skip
SHOW_WORDS = ("show", "shows", "airshow", "exhibition", "expo", "fair")
SIDELINES = ("on the sidelines of", "on the margins of", "on the sidelines", "in the margins of")
PRESENCE_PHRASES = (
    "accompanied by", "in the presence of", "alongside", "joined by", "was joined by", "were joined by",
    "also attended", "attended by", "were present", "was present", "also present", "flanked by",
    "together with", "also took part", "took part", "in attendance", "those present",
)  # fmt: skip
NOT_MEETINGS = (
    "ceremony", "parade", "press conference", "press briefing", "media briefing", "decree", "appointment",
    "change of command", "funeral", "inauguration", "letter", "letters",
)  # fmt: skip
REPORTING_WORDS = ("according to", "said", "told", "quoted", "stated", "announced", "spokesperson",
                   "spokesman", "spokeswoman", "reported")  # fmt: skip
CHAIR_VERBS = (r"presided", r"presides", r"chaired", r"chairs", r"co-chaired", r"co-chairs",
               r"(?:co-)?chair(?=\s+the\b)", r"preside\s+over")  # fmt: skip
"""Verbs of presiding after the one who presides (`Gen. X presided`)."""
SPEECH_VERBS = (r"said", r"says", r"added", r"adds", r"told", r"noted", r"stated", r"explained", r"stressed",
                r"recalled", r"insisted", r"confirmed", r"tweeted", r"wrote", r"posted")  # fmt: skip
"""Verbs of saying after their speaker (`Col. X added that …`)."""
CITED_BEFORE = (
    "on behalf of", "behalf", "message from", "letter from", "late", "death", "successor", "condolences",
    "representing", "wife", "widow", "son of", "daughter of", "tribute", "memory", "orders of", "directive",
    "appointed by", "nominated by",
)  # fmt: skip
COUNTERPART_WORDS = (
    "counterpart", "counterparts", "delegation", "authorities", "officials", "leaders", "leadership",
    "representatives", "ministers", "chiefs", "ambassador", "officers", "commanders", "partners",
)  # fmt: skip
DEFINITE_BEFORE = ("the", "this", "that", "these", "those", "their", "his", "her", "during the", "at the")
NEW_EVENT_WORDS = ("then", "later", "afterwards", "subsequently", "earlier", "next")
PLANNED_MARKERS = (
    r"will", r"would", r"is\s+expected\s+to", r"are\s+expected\s+to", r"is\s+due", r"are\s+due", r"due\s+to",
    r"scheduled", r"planned", r"planning", r"plans?\s+(?:to|on)", r"set\s+to", r"upcoming", r"next",
    r"to\s+be\s+held",
    r"is\s+to", r"are\s+to", r"intends?\s+to", r"slated", r"agreed\s+to",
)  # fmt: skip
CANCELLED_MARKERS = (r"cancel\w*", r"call(?:ed|s)?\s+off", r"scrapped", r"called\s+off")
POSTPONED_MARKERS = (r"postpon\w*", r"delayed", r"deferred", r"rescheduled", r"pushed\s+back")
HELD_MARKERS = ("wrapped", "wraps up", "closed", "closes", "concluded", "concludes", "ended", "ends",
                "came to a close", "completed", "final", "was held", "took place", "culminated",
                "was being held", "were being held", "were held")  # fmt: skip
ONGOING_MARKERS = ("kicked off", "kicks off", "under way", "underway", "began", "begins", "is being held",
                   "opened", "opens", "launched", "commenced", "ongoing", "currently")  # fmt: skip
EXERCISE_WORDS = ("exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargame",
                  "edition", "iteration")  # fmt: skip
NAMING_WORDS = ("dubbed", "codenamed", "code-named", "named", "called", "known as", "code name",
                "under the name")  # fmt: skip
EARLIER_EDITION = ("last year’s edition", "previous edition", "last edition", "last year’s exercise",
                   "previous editions", "last year")  # fmt: skip
NEXT_EDITION = ("next edition", "next year’s edition", "next iteration", "following edition",
                "next year’s exercise")  # fmt: skip
END_MARKERS = (
    r"wrap(?:s|ped|ping)?(?:\s+up)?", r"clos(?:es|ed|ing)", r"close\s+of", r"conclu\w*", r"end(?:s|ed|ing)?",
    r"came\s+to\s+(?:a|an)\s+(?:close|end)", r"culminat\w*", r"finish\w*", r"complet(?:ed|es|ion)",
)  # fmt: skip
"""Verbs and nouns of an ending, any tense: a date after them is the end."""
PARTICIPATION_WORDS = (r"particip\w*", r"t(?:ook|ake|akes|aking)\s+part", r"join(?:ed|s|ing)?",
                       r"brought\s+together", r"bringing\s+together", r"involv\w+", r"included", r"deploy\w*",
                       r"dispatch\w*", r"from")  # fmt: skip
FORCES_WORDS = ("special forces", "naval forces", "armed forces", "forces", "troops", "soldiers", "sailors",
                "marines", "navies", "militaries", "personnel", "units", "contingents")  # fmt: skip
PRONOUNS = ("he", "she")
DESCRIPTION_OWNERS = ("the", "his", "her", "their")
REFERENCE_NOUNS = ("officer", "official", "visitor", "host", "guest", "counterpart", "chief")
VISITOR_NOUNS = ("visitor", "host", "guest")
TOPIC_PATTERNS = (
    r"(?:focused|focusing|centred|centered) on (?P<t>[^.;:]+)",
    r"to discuss (?P<t>[^.;:]+)",
    r"(?:discussed|addressed|reviewed|covered|explored) (?P<t>[^.;:]+)",
    r"(?:talks|discussions|meeting) (?:on|about) (?P<t>[^.;:]+)",
)  # fmt: skip
KINDS = (
    (r"\b(agency|press|news|radio|television|times|post|herald|tribune|standard|daily)\b", "media"),
    (r"\b(embassy|consulate)\b", "diplomatic"),
    (r"\b(african union|united nations|nato|ecowas|european union|commission|community|alliance|"
     r"nations|intergovernmental|inter-governmental)\b", "intergovernmental"),
    # `Council of Coastal States`: a body of several states
    (r"\bof\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?<!united )states\b", "intergovernmental"),
    (r"\b(army|navy|air force|forces?|command|staff|marines?|guard|gendarmerie|brigade|unit|regiment|"
     r"battalion|squadron|corps|fleet|task force|defen[cs]e force)\b", "military"),
    (r"\b(government|ministry|department|presidency|administration|council|office|parliament)\b",
     "government"),
    (r"\b(party|movement)\b", "political"),
    (r"\b(group|militia|al-|islamic state|isis|shabaab|qaeda)\b", "armed_group"),
    (r"\b(institute|center|centre|college|academy|hospital|university|school)\b", "other"),
)  # fmt: skip

DEMONYMS = {
    "american": "US", "u.s.": "US", "us": "US", "libyan": "LY", "algerian": "DZ", "tunisian": "TN",
    "moroccan": "MA", "egyptian": "EG", "mauritanian": "MR", "malian": "ML", "nigerien": "NE",
    "nigerian": "NG", "chadian": "TD", "senegalese": "SN", "gambian": "GM", "ivorian": "CI",
    "burkinabe": "BF", "beninese": "BJ", "togolese": "TG", "ghanaian": "GH", "cameroonian": "CM",
    "gabonese": "GA", "congolese": "CD", "rwandan": "RW", "kenyan": "KE", "somali": "SO", "ethiopian": "ET",
    "djiboutian": "DJ", "sudanese": "SD", "south sudanese": "SS", "seychellois": "SC", "comorian": "KM",
    "malagasy": "MG", "mauritian": "MU", "south african": "ZA", "angolan": "AO", "french": "FR",
    "german": "DE", "british": "GB", "italian": "IT", "spanish": "ES", "portuguese": "PT", "belgian": "BE",
    "dutch": "NL", "russian": "RU", "chinese": "CN", "turkish": "TR", "ukrainian": "UA", "polish": "PL",
    "greek": "GR", "saudi": "SA", "emirati": "AE", "qatari": "QA", "israeli": "IL", "iranian": "IR",
    "indian": "IN", "japanese": "JP", "canadian": "CA", "brazilian": "BR", "tanzanian": "TZ",
    "ugandan": "UG", "guinean": "GN", "sierra leonean": "SL", "liberian": "LR", "norwegian": "NO",
    "swedish": "SE", "danish": "DK", "finnish": "FI", "swiss": "CH", "austrian": "AT", "hungarian": "HU",
    "romanian": "RO", "bulgarian": "BG", "serbian": "RS", "croatian": "HR", "czech": "CZ", "slovak": "SK",
    "irish": "IE", "australian": "AU", "mexican": "MX", "argentine": "AR", "chilean": "CL",
    "colombian": "CO", "pakistani": "PK", "afghan": "AF", "iraqi": "IQ", "syrian": "SY", "lebanese": "LB",
    "jordanian": "JO", "yemeni": "YE", "omani": "OM", "kuwaiti": "KW", "bahraini": "BH", "eritrean": "ER",
    "burundian": "BI", "zambian": "ZM", "zimbabwean": "ZW", "mozambican": "MZ", "namibian": "NA",
    "botswanan": "BW", "malawian": "MW", "central african": "CF", "equatorial guinean": "GQ",
    "cape verdean": "CV", "korean": "KR", "south korean": "KR", "north korean": "KP", "vietnamese": "VN",
    "thai": "TH", "indonesian": "ID", "filipino": "PH", "new zealand": "NZ", "estonian": "EE",
    "latvian": "LV", "lithuanian": "LT", "azerbaijani": "AZ", "armenian": "AM", "georgian": "GE",
    "kazakh": "KZ", "uzbek": "UZ", "singaporean": "SG", "malaysian": "MY", "bangladeshi": "BD",
    "sri lankan": "LK", "nepalese": "NP", "palestinian": "PS", "cuban": "CU", "venezuelan": "VE",
    "peruvian": "PE", "somaliland": "SO", "sahrawi": "EH", "rwandese": "RW", "zanzibari": "TZ",
    "uruguayan": "UY", "paraguayan": "PY", "bolivian": "BO", "ecuadorian": "EC", "guatemalan": "GT",
    "honduran": "HN", "salvadoran": "SV", "nicaraguan": "NI", "costa rican": "CR", "panamanian": "PA",
    "dominican": "DO", "haitian": "HT", "jamaican": "JM", "argentinian": "AR", "slovenian": "SI",
    "bosnian": "BA", "albanian": "AL", "macedonian": "MK", "montenegrin": "ME", "moldovan": "MD",
    "belarusian": "BY", "icelandic": "IS", "maltese": "MT", "cypriot": "CY", "tajik": "TJ",
    "kyrgyz": "KG", "turkmen": "TM", "mongolian": "MN", "burmese": "MM", "cambodian": "KH",
    "laotian": "LA", "bruneian": "BN", "nepali": "NP", "bhutanese": "BT", "maldivian": "MV",
    "taiwanese": "TW", "new zealander": "NZ", "basotho": "LS", "swazi": "SZ", "trinidadian": "TT",
    "philippine": "PH", "fijian": "FJ", "tongan": "TO", "timorese": "TL", "hellenic": "GR",
}  # fmt: skip
"""Nationality adjectives (lower case) -> ISO 3166-1 alpha-2."""
