"""French grammar words the extraction machinery reads sentences with."""

from __future__ import annotations

from ..base import Grammar

GRAMMAR = Grammar(
    complement_preps=("de la", "de l’", "du", "des", "de", "d’"),
    coordinators=("et", "puis", "ainsi qu’", "ainsi que"),
    with_words=("avec",),
    clause_breakers=("et", "avec", "qui", "a", "ont"),
    back_determiners=("cette", "ce", "cet", "ces", "sa", "son", "ses", "leur", "leurs"),
    party_owners=("le", "la", "l’", "les", "son", "sa", "ses", "leur", "leurs", "un", "une", "des", "de", "d’",
                  "plusieurs"),  # fmt: skip
    passive_auxiliaries=("été", "est", "sont", "sera", "seront", "serait", "soit"),
    perfect_auxiliaries=("a", "ont", "avait", "avaient", "aura", "auront"),
    participle_endings=("u", "ue", "us", "ues", "i", "ie", "is", "ies", "é", "ée", "és", "ées"),
    impersonal_after_pronoun=(r"s[’']agit", r"y\s", r"faut", r"est\s+(?:prévu|question|important)", r"semble"),
    since_words=("depuis", "dès"),
    video_words=("visio", "vidéo"),
    elided_articles=r"^(?:[LlDdJjSsTtCc]|Qu|qu|[Nn](?=[’'][a-zà-ÿ]))[’']",
    name_prefixes=("al", "el", "ul", "ad", "as", "ash", "at", "az"),
    ordinal_suffixes=("e", "ème", "eme", "ᵉ", "er", "re"),
    exercise_modifiers=("militaire", "naval", "conjoint", "annuel", "maritime", "multinational", "multilatéral"),
    run_stops=("à", "au", "aux", "en", "dans", "par", "avec", "sur", "pour", "entre", "vers", "qui", "que", "est",
               "a", "sera", "organisé", "organisée", "organisés", "organisées", "prévu", "prévue", "conjoint",
               "conjoints"),  # fmt: skip
    generic_body_words=("armé", "armée", "armées", "armés", "militaire", "militaires", "spéciales", "spéciaux",
                        "navales", "aériennes", "terrestres", "conjointes", "alliées", "alliés", "étrangères",
                        "locales", "régionales", "sécurité", "défense"),  # fmt: skip
    text_heads=("forum", "conférence", "sommet", "dialogue", "colloque", "symposium", "salon", "traité", "accord",
                "mémorandum", "protocole", "programme", "plan", "initiative", "exercice", "opération", "ordre",
                "prix", "loi", "décret", "stratégie", "coupe"),  # fmt: skip
    product_nouns=("avion", "avions", "hélicoptère", "hélicoptères", "missile", "missiles", "drone", "drones",
                   "char", "chars", "véhicule", "véhicules", "système", "systèmes", "frégate", "frégates", "navire",
                   "navires", "ravitailleurs", "ravitailleur", "fusil", "fusils", "munitions", "bateau", "bâtiment",
                   "aviso", "patrouilleur", "corvette", "bpc", "canon", "canons", "automoteurs"),  # fmt: skip
    qualifiers=("adjoint", "adjointe", "intérimaire", "ancien", "ancienne", "nouveau", "nouvelle", "vice"),
    descriptive_heads=("armée", "armées", "forces", "force", "marine", "gouvernement", "autorités", "troupes"),
    always_named_heads=("ministère", "ambassade", "consulat"),
    body_stops=("à", "au", "aux", "dans", "sur", "avec", "par", "contre", "vers", "chez", "entre", "sous"),
    group_nouns=("groupe", "groupes", "organisation", "organisations", "mouvement", "mouvements", "milice",
                 "milices"),  # fmt: skip
    group_qualifiers=("terroriste", "terroristes", "armé", "armés", "jihadiste", "jihadistes", "djihadiste",
                      "djihadistes", "islamiste", "islamistes", "rebelle", "rebelles"),  # fmt: skip
    list_openers=("comme", "tel que", "tels que", "dont"),
    not_person_before=("palais", "base", "camp", "aéroport", "rue", "avenue", "place", "boulevard",
                       "quartier général", "frégate", "aviso", "navire", "bâtiment", "porte-avions",
                       "porte-hélicoptères", "bpc", "opération", "exercice", "hôpital", "école", "lycée", "stade",
                       "salle", "hôtel", "fort", "mission", "force", "forces", "prix", "ordre", "groupe", "format",
                       "processus", "canons", "canon", "missiles", "chars", "avions", "hélicoptères", "drones"),  # fmt: skip
    generic_places=("République", "État", "Etat", "États", "Etats", "Royaume", "Afrique", "Europe", "Occident"),
    site_adjectives=("présidentiel", "présidentielle", "royal", "royale", "impérial", "national", "nationale"),
    aboard=("à bord du", "à bord de la", "à bord de l’", "à bord de"),
    openers=("selon", "après", "avant", "lors", "dans", "pour", "sur", "sous", "ainsi", "mais", "alors", "le", "la",
             "les", "un", "une", "ce", "cette", "il", "elle"),  # fmt: skip
    purpose_words=("pour", "contre"),
    indefinite_articles=("un", "une", "cet", "cette"),
    edition_words=("édition", "éditions"),
    until_words=("jusqu’au", "jusqu’aux", "jusqu’à"),
    there_words=("y",),
    near_words=("près de", "proche de", "non loin de"),
    destination_before=(r"visit(?:e|es|ent|é|ée|er|era|eront|ait|aient)",),
    site_bodies=("école", "écoles", "hôpital", "académie"),
    inserted_adverbs=("entre autres", "notamment", "également", "aussi", "ainsi", "donc", "en outre"),
    plain_call_words=("appel",),
    topic_ends=("avec un accent", "ainsi que", "dans un contexte", "alors que"),
    definite_articles=("le", "la", "les", "l’"),
    owner_articles=("du", "des", "au", "aux"),
    facility_preps=("de", "d’", "du"),
    entity_leads=("l’", "la", "le", "les", "d’", "du", "des"),
    relatives=("qui",),
    role_body_preps=("de la", "de l’", "du", "des", "de", "d’", "auprès du", "auprès de la", "auprès de l’"),
    country_preps=("des", "du", "de la", "de l’", "de", "d’", "en", "au", "aux"),
    state_group_nouns=("États", "Etats", "pays", "nations"),
    name_complement_before=("de", "des", "du", "la", "le", "les", "aux", "au", "à", "en"),
    topic_preps=("sur", "concernant", "au sujet de", "à propos de"),
)
