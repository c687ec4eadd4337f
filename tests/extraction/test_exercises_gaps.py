"""Exercises: editions to come, participants, dates, places and status, on invented articles.

Every exercise, person and force here is made up; countries and cities are real. Each test states
one rule about how the news writes of exercises, in French or in English.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from articles import extract_article

from engagements.extraction.dates import find
from engagements.extraction.exercises import exercises
from engagements.extraction.extract import extract
from engagements.languages import LANGUAGES


def view(
    tmp_path: Path, body: str, published: str | None = None, title: str = "Défense : un exercice"
) -> Any:
    return extract_article(tmp_path, body, published, title)


def fields(exercise: dict[str, Any], *names: str) -> tuple[Any, ...]:
    return tuple(exercise[name] for name in names)


ENDED = "L’exercice Tempête des Dunes 2025 s’est achevé vendredi à Agadez."


# Words and mentions: dates, places, names, verbs of hosting


@pytest.mark.parametrize(
    ("language", "text", "value", "written"),
    [
        ("en", "will host the drill in Agadir next year", "2026", False),
        ("en", "after the one held in August last year", "2024-08", False),
        ("en", "later this year", "2025", False),
        ("fr", "la prochaine édition, l’an prochain à Dakar", "2026", False),
        ("fr", "tenue en juin de l’année dernière", "2024-06", False),
        ("fr", "achevé le 3 juin", "2025-06-03", False),
        ("fr", "achevé le 3 juin 2025", "2025-06-03", True),
        ("fr", "achevé vendredi", "2025-05-09", True),  # a weekday is exact: its year is no guess
    ],
)
def test_years_said_in_words_resolve_against_the_publication(
    language: str, text: str, value: str, written: bool
) -> None:
    [when] = find(text, 0, len(text), "2025-05-12", LANGUAGES[language])
    assert (when.value, when.year_written) == (value, written)


def test_years_said_in_words_need_a_publication_date() -> None:
    [when] = find("next year", 0, 9, None, LANGUAGES["en"])
    assert when.value is None


@pytest.mark.parametrize(
    ("language", "text", "places"),
    [
        ("fr", "Le ministre est arrivé à N’Djamena puis en Côte d’Ivoire.", ["N’Djamena", "Côte d’Ivoire"]),
        (
            "en",
            "Coral Tern 2025 closes in Dar es Salaam after two weeks of maritime drills\n\nIt ended.",
            ["Dar es Salaam"],
        ),
        ("en", "Savanna Gate 2020 is planned from March 9 to 20 in Togo and Benin.", ["Togo", "Benin"]),
        # an article written with a capital mid-sentence is the name's; opening a sentence, the sentence's
        ("fr", "Des soldats participent à un exercice dans l’île de La Réunion.", ["La Réunion"]),
        ("fr", "La Tunisie accueille depuis lundi l’exercice naval Sable Rouge.", ["Tunisie"]),
        (
            "fr",
            "Victoria, 27 février 2024 (SNA) – Les Seychelles accueillent l’exercice.",
            ["Victoria", "Seychelles"],
        ),
    ],
)
def test_a_place_is_its_name_alone(language: str, text: str, places: list[str]) -> None:
    assert [p.text for p in extract(text, LANGUAGES[language]).places] == places


@pytest.mark.parametrize(
    ("body", "published", "title"),
    [
        (
            "The Royal Moroccan Navy will host Exercise Tidewatch 26 in Agadir next year.",
            "2025-05-12",
            "Navy to host",
        ),
        (
            "Les Forces armées royales accueilleront la 5e édition de l’exercice Sable Doré à Agadir en "
            "juin prochain.",
            "2025-05-12",
            "Défense : un exercice",
        ),
    ],
)
def test_hosting_an_exercise_is_no_meeting(tmp_path: Path, body: str, published: str, title: str) -> None:
    got = view(tmp_path, body, published=published, title=title)
    assert got["meetings"] == []
    [exercise] = got["exercises"]
    assert (exercise["status"], exercise["location"]) == ("planned", "Agadir")


def test_a_kind_of_exercise_and_a_demonstrative_are_no_names(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Troops will conduct Exercise Amber Crane 19 from 3 to 17 March 2019 in Gulu, Uganda, along "
        "with a Field Hygiene Exercise (FHX) in Kampala. This exercise also covers convoy drills.",
        title="Amber Crane to start",
    )
    assert [e["name"] for e in got["exercises"]] == ["Amber Crane"]


def test_an_acronym_introduced_with_the_name_names_that_edition() -> None:
    text = (
        "Planners settled the final details of Exercise Copper Reef 2025 (CR25) in Nairobi, Kenya. "
        "Organizers expect a record turnout. "
        "CR25, a joint drill led by the army, is scheduled for Feb. 10-21."
    )
    [event] = exercises(extract(text, LANGUAGES["en"]), "2024-11-12")
    assert (event.name, event.edition) == ("Copper Reef", 2025)
    assert [m.text for m in event.mentions].count("CR25") == 2


def test_the_edition_year_may_stand_before_the_exercise_word(tmp_path: Path) -> None:
    got = view(tmp_path, "Le Sénégal et la France préparent l’édition 2027 de l’exercice Lion des Sables.")
    [exercise] = got["exercises"]
    assert (exercise["name"], exercise["edition"]) == ("Lion des Sables", "2027")


# French


@pytest.mark.parametrize(
    ("announced", "place"),
    [
        ("Les armées ont annoncé la prochaine édition en 2026 à N’Djamena.", "N’Djamena"),
        ("La prochaine édition est prévue en 2026 à N’Djamena.", "N’Djamena"),
        ("La prochaine édition, en 2026, se tiendra au Tchad.", "Tchad"),
    ],
)
def test_the_next_edition_announced_is_a_planned_exercise(tmp_path: Path, announced: str, place: str) -> None:
    got = view(tmp_path, f"{ENDED} {announced}", published="2025-05-12")
    current, coming = got["exercises"]
    assert fields(current, "name", "edition", "status", "start", "end", "location") == (
        "Tempête des Dunes",
        "2025",
        "held",
        None,
        "2025-05-09",
        "Agadez",
    )
    assert fields(coming, "name", "edition", "status", "location") == (
        "Tempête des Dunes",
        "2026",
        "planned",
        place,
    )
    assert coming["start"] == "2026"


def test_countries_that_deploy_troops_there_take_part(tmp_path: Path) -> None:
    got = view(
        tmp_path, f"{ENDED} Le Niger, le Tchad et le Burkina Faso y ont déployé des troupes.", "2025-05-12"
    )
    [exercise] = got["exercises"]
    assert set(exercise["participants"]) >= {"Niger", "Tchad", "Burkina Faso"}


def test_the_country_of_a_national_force_takes_part(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les forces armées du Niger et du Tchad ont achevé vendredi l’exercice Lion de la Savane, "
        "dont c’est la 3e édition.",
        published="2025-05-12",
    )
    [exercise] = got["exercises"]
    assert set(exercise["participants"]) == {"Niger", "Tchad"}


def test_a_verb_of_ending_dates_the_end_not_the_start(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les forces armées du Niger et du Tchad ont achevé vendredi l’exercice Lion de la Savane, "
        "dont c’est la 3e édition.",
        published="2025-05-12",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "start", "end", "status") == (None, "2025-05-09", "held")


def test_an_end_given_by_a_later_sentence_completes_the_start(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice naval Sable Rouge 24 a débuté lundi au large de Bizerte. "
        "Les manœuvres dureront jusqu’au 22 novembre.",
        published="2024-11-05",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "start", "end", "status") == ("2024-11-04", "2024-11-22", "ongoing")


def test_begun_before_publication_with_no_end_it_is_under_way(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Lundi, les garde-côtes de cinq pays ont lancé la 6e édition de Corail Vert, "
        "un exercice de sécurité maritime.",
        published="2024-02-27",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "name", "start", "status") == ("Corail Vert", "2024-02-26", "ongoing")


def test_a_date_of_another_year_belongs_to_the_meeting_that_prepared_the_exercise(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le Sénégal et la France préparent l’édition 2027 de l’exercice Lion des Sables. "
        "Réunis à Thiès le 12 novembre 2026, les planificateurs ont arrêté le calendrier de ces "
        "manœuvres, prévues au Sénégal en juin prochain.",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "edition", "start", "location", "status") == (
        "2027",
        "2027-06",
        "Sénégal",
        "planned",
    )


def test_the_sentence_before_the_name_places_the_exercise(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Au petit matin, des commandos prennent d’assaut un village de pêcheurs. La scène s’est répétée "
        "chaque jour : à Grand-Lahou, les assauts ont duré trois semaines. L’exercice Harpon Noir 2025 a "
        "commencé le 2 avril et s’est terminé le 24 avril.",
        published="2025-04-28",
        title="Harpon Noir 2025 : trois semaines d’entraînement",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "location", "start", "end") == ("Grand-Lahou", "2025-04-02", "2025-04-24")


def test_the_host_country_is_the_place_when_no_town_is_named(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice naval Trident Calme 22 a pris fin avec des résultats salués par l’état-major. "
        "Le Sénégal, pays hôte, a reçu cette huitième édition du 4 au 15 juillet 2022.",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "location", "start", "end") == ("Sénégal", "2022-07-04", "2022-07-15")


# English


@pytest.mark.parametrize(
    "body",
    [
        "Exercise Quiet Harbor will be held in Mombasa next year, the navy said.",
        "The Royal Moroccan Navy will host Exercise Tidewatch 26 in Agadir next year.",
    ],
)
def test_next_year_dates_an_exercise_to_the_year(tmp_path: Path, body: str) -> None:
    got = view(tmp_path, body, published="2025-05-12", title="Navy plans exercise")
    [exercise] = got["exercises"]
    assert fields(exercise, "start", "edition", "status") == ("2026", "2026", "planned")


def test_the_acronyms_sentence_dates_the_edition_in_its_year(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Planners met in Nairobi, Kenya, to agree the programme of Exercise Copper Reef 2025 (CR25). "
        "Organizers expect a record turnout. "
        "CR25, a joint drill led by the army, is scheduled for Feb. 10-21.",
        published="2024-11-12",
        title="Copper Reef planners meet",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "name", "edition", "start", "end", "status") == (
        "Copper Reef",
        "2025",
        "2025-02-10",
        "2025-02-21",
        "planned",
    )


def test_a_closing_dates_the_end(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Navies from eight countries attended the closing of Exercise Coral Tern 2023 in Tema, Ghana, "
        "Feb. 9, 2023.",
        published="2023-02-20",
        title="Coral Tern ends",
    )
    [exercise] = got["exercises"]
    # the closing's town hosts the ceremony; the exercise's host is its country (as annotated)
    assert fields(exercise, "start", "end", "status", "location") == (None, "2023-02-09", "held", "Ghana")


def test_a_range_beats_a_single_day_and_places_the_exercise(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Photo: Armoured vehicles unloaded at Tema, Ghana, on Feb. 27, 2020, for Savanna Gate 20. "
        "Savanna Gate 2020 is planned from March 9 to 20 in Togo and Benin.",
        published="2020-03-05",
        title="Savanna Gate exercise",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "start", "end", "location", "status") == (
        "2020-03-09",
        "2020-03-20",
        "Togo",
        "planned",
    )


def test_a_range_in_the_next_sentence_around_the_closing_day_is_the_period(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "A night assault on May 9 ended Exercise Granite Step 2024 in Kenya. "
        "From April 28 to May 9, some 900 soldiers trained together.",
        published="2024-05-14",
        title="Granite Step is over",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "start", "end", "status") == ("2024-04-28", "2024-05-09", "held")


def test_a_relative_clause_on_an_earlier_edition_tells_its_status(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercise Amber Crane 19 will be held from 3 to 17 March 2019 in Gulu, Uganda. "
        "Uganda last hosted the series with Amber Crane 18, which took place in Jinja in March last year.",
        title="Amber Crane to start",
    )
    current, earlier = got["exercises"]
    assert fields(current, "edition", "status") == ("2019", "planned")
    assert fields(earlier, "edition", "status", "start") == ("2018", "held", "2018-03")


def test_another_edition_is_named_by_a_mention_of_its_exercise(tmp_path: Path) -> None:
    from engagements.convert import convert_sources

    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "article.txt").write_text(
        f"Défense : un exercice\n\n{ENDED} La prochaine édition est prévue en 2026 à N’Djamena. "
        "L’édition précédente s’était tenue en 2024 à Niamey.\n",
        encoding="utf-8",
    )
    (sources / "article.meta.json").write_text(json.dumps({"published": "2025-05-12"}))
    result = convert_sources([sources], tmp_path / "package")  # an invalid package raises
    assert result.report.issues == []
    evidence = (tmp_path / "package" / "data" / "evidence.csv").read_text(encoding="utf-8")
    names = [line for line in evidence.splitlines() if ",name," in line]
    assert len(names) == 3 and all("Tempête des Dunes" in line for line in names)


def test_editions_named_by_one_mention_are_listed_in_the_order_the_article_gives_them(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        f"{ENDED} La prochaine édition est prévue en 2026 à N’Djamena. "
        "L’édition précédente s’était tenue en 2024 à Niamey.",
        published="2025-05-12",
    )
    assert [(e["edition"], e["status"], e["location"]) for e in got["exercises"]] == [
        ("2025", "held", "Agadez"),
        ("2026", "planned", "N’Djamena"),
        ("2024", "held", "Niamey"),
    ]


@pytest.mark.parametrize(
    ("body", "language_title"),
    [
        (
            "The boarding drills were linked to Exercise Iron Wadi, which was being held in Ghana at the "
            "same time.",
            "Navies train together",
        ),
        (
            "Les unités du Niger et du Tchad ont achevé l’exercice Lion de la Savane à Diffa.",
            "Défense : exercice",
        ),
    ],
)
def test_without_a_publication_date_the_tense_tells_it_was_held(
    tmp_path: Path, body: str, language_title: str
) -> None:
    got = view(tmp_path, body, title=language_title)
    [exercise] = got["exercises"]
    assert exercise["status"] == "held"


def test_of_the_places_listed_with_the_date_the_town_places_the_exercise(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercise Blue Heron 2024 concluded today, June 14, 2024, at the Lakeview Training Centre, in "
        "Kisumu, Kenya.",
        published="2024-06-14",
        title="Blue Heron ends",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "location", "end", "status") == ("Kisumu", "2024-06-14", "held")


def test_when_every_date_is_of_another_year_the_number_after_the_name_was_no_edition(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercise Sea Tern 12 navies gathered in Mombasa, Kenya, from March 3 to 14, 2025.",
        published="2025-03-20",
        title="Sea Tern",
    )
    [exercise] = got["exercises"]
    assert fields(exercise, "start", "end", "status") == ("2025-03-03", "2025-03-14", "held")


@pytest.mark.parametrize(
    ("body", "title", "expected"),
    [
        (
            "Le Gabon a lancé lundi la 9e édition de Vague Australe, un exercice naval multinational. "
            "La cérémonie d’ouverture s’est tenue à Libreville en présence du ministre Aimé Ndong. "
            "Au total, onze pays prennent part à l’exercice, parmi lesquels le Bénin, le Ghana et le Togo.",
            "Défense : un exercice",
            {"Gabon", "Bénin", "Ghana", "Togo"},
        ),
        (
            "Gabon on Monday launched the ninth edition of Southern Wave, a multinational naval exercise. "
            "The opening ceremony was held in Libreville with minister Aime Ndong. "
            "In all, eleven countries are taking part in the exercise, among them Benin, Ghana and Togo.",
            "Defense: an exercise",
            {"Gabon", "Benin", "Ghana", "Togo"},
        ),
    ],
)
def test_who_takes_part_in_the_only_exercise_may_be_said_further_down(
    body: str, title: str, expected: set[str], tmp_path: Path
) -> None:
    (exercise,) = view(tmp_path, body, "2024-03-05", title)["exercises"]
    assert expected <= set(exercise["participants"])


def test_an_article_before_a_name_with_a_two_digit_edition_is_not_the_names(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Golden Zembla 24 exercise is taking place in Ghana and Togo from May 13 through June 16, 2024.",
        "2024-06-01",
        "Defense: an exercise",
    )
    assert [(e["name"], e["edition"], e["start"], e["end"]) for e in got["exercises"]] == [
        ("Golden Zembla", "2024", "2024-05-13", "2024-06-16")
    ]


def test_the_only_exercise_described_before_it_is_named_takes_place_and_tense_from_there(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "Un exercice naval des marines de la région est en cours en Tanzanie. Douze nations y ont "
        "envoyé des navires. Ces manœuvres visent la sécurité des ports. L’entraînement « Vague Australe "
        "23 » doit se terminer le 24 février.",
        "2023-02-20",
    )
    (exercise,) = got["exercises"]
    assert (exercise["location"], exercise["end"], exercise["status"]) == (
        "Tanzanie",
        "2023-02-24",
        "ongoing",
    )


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "L’armée de l’air zemblane va mener la semaine prochaine son plus vaste exercice. L’exercice "
            "« Ciel Zemblan 23 » se déroulera sur dix jours à partir de lundi.",
            "Défense : un exercice",
        ),
        (
            "The Zemblan air force will hold its largest exercise next week. Exercise Zembla Sky 23 will run "
            "for ten days from Monday.",
            "Defense: an exercise",
        ),
    ],
)
def test_a_weekday_told_in_the_future_is_the_coming_one(body: str, title: str, tmp_path: Path) -> None:
    (exercise,) = view(tmp_path, body, "2023-06-07", title)["exercises"]
    assert (exercise["start"], exercise["status"]) == ("2023-06-12", "planned")


@pytest.mark.parametrize(
    ("title", "body", "name"),
    [
        (
            "Défense : un exercice",
            "Un exercice militaire conjoint « Rempart du Sahel » a débuté dimanche à Gao.",
            "Rempart du Sahel",
        ),
        (
            "Joint drills begin",
            'The biennial "Ocean Shield" drills kicked off on Monday in Mombasa with troops from Kenya.',
            "Ocean Shield",
        ),
    ],
    ids=["fr", "en"],
)
def test_a_quoted_name_beside_the_exercise_word_and_its_adjectives_is_its_name(
    tmp_path: Path, title: str, body: str, name: str
) -> None:
    # adjectives between the word and the quotes (`conjoint`) or before the word (`biennial`) do not
    # hide the name, and a heading's first word (`Joint`) describes the exercise, it names none
    got = view(tmp_path, body, "2025-03-16", title)
    assert [e["name"] for e in got["exercises"]] == [name]


@pytest.mark.parametrize(
    ("body", "name", "edition"),
    [
        ("L’exercice « Marbrelune2017 » s’est déroulé du 2 au 8 mai 2017 à Annaba.", "Marbrelune", "2017"),
        (
            'The exercise, code-named "Granite Heron \'96", began at Camp Lejeune in 1996.',
            "Granite Heron",
            "1996",
        ),
        (
            'The Indo-US joint training exercise "Ex Kestrel Shield 21" commenced in Alaska on Friday.',
            "Kestrel Shield",
            "2021",
        ),
    ],
)
def test_an_edition_written_against_the_name_and_the_exercise_word_quoted_with_it(
    body: str, name: str, edition: str, tmp_path: Path
) -> None:
    got = view(tmp_path, body, "2021-10-16", title="Un exercice" if "«" in body else "An exercise")
    assert [fields(e, "name", "edition") for e in got["exercises"]] == [(name, edition)]


def test_a_naval_exercise_carried_out_is_held(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les forces navales ont exécuté du 2 au 8 mai à Annaba l’exercice « Marbrelune 2017 », dans le "
        "cadre du programme de coopération militaire.",
    )
    assert [fields(e, "name", "status") for e in got["exercises"]] == [("Marbrelune", "held")]


def test_a_town_s_name_in_quotes_after_the_exercise_word_and_its_adjectives_is_the_name(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "La cérémonie marquant la fin de l’exercice militaire interarmées « Agadez 2015 » s’est tenue "
        "avant-hier au stade municipal de Niamey.",
        "2015-05-29",
    )
    assert [fields(e, "name", "edition") for e in got["exercises"]] == [("Agadez", "2015")]
    # unquoted after adjectives, the town is where it is held, not its name
    plain = view(tmp_path, "L’exercice militaire interarmées à Agadez s’est achevé hier.", "2015-05-29")
    assert plain["exercises"] == []


def test_a_name_with_its_edition_set_off_by_commas_after_the_exercise_word(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Plus tôt ce mois-ci, les marines grecque et tunisienne ont mené un exercice bilatéral, HEL-TUN 24, "
        "à Bizerte. S’étendant du 13 au 21 novembre, l’exercice naval s’est concentré sur la sécurité.",
        published="2024-11-30",
    )
    assert [fields(e, "name", "edition", "location", "status") for e in got["exercises"]] == [
        ("HEL-TUN", "2024", "Bizerte", "held")  # `ont mené un exercice`: the exercise was done
    ]


@pytest.mark.parametrize(
    "body",
    [
        "« Grand Lagon » s’est achevé jeudi à Cotonou. Grand Lagon est un exercice maritime annuel "
        "organisé par la marine béninoise.",
        "Grand Lagon ended on Thursday in Cotonou. Grand Lagon is an annual maritime exercise organised by "
        "the Benin navy.",
    ],
)
def test_a_name_said_to_be_an_exercise_by_a_copula(body: str, tmp_path: Path) -> None:
    got = view(tmp_path, body, published="2023-10-20")
    assert [e["name"] for e in got["exercises"]] == ["Grand Lagon"]


@pytest.mark.parametrize(
    "body",
    [
        "Divers exercices réalisés\n\nPlus de 300 militaires ont participé à l’exercice dans l’Arctique.",
        "Several exercises were conducted in the Arctic by 300 troops.",
    ],
)
def test_a_word_of_number_before_exercises_names_none(body: str, tmp_path: Path) -> None:
    assert view(tmp_path, body)["exercises"] == []


def test_the_initials_of_a_named_exercise_and_its_edition_name_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’Exercice SF24 se déroulera du 22 mai au 16 juin 2024 dans les régions de Dakhla et de Tiznit. "
        "La réunion de planification de l’exercice « Sahara Fox 2024 » s’est tenue à Agadir du 9 au 20 "
        "janvier 2024.",
        published="2024-01-22",
    )
    assert [fields(e, "name", "start") for e in got["exercises"]] == [("Sahara Fox", "2024-05-22")]


def test_the_sidelines_of_an_exercise_are_no_gathering(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La réunion de planification de l’exercice s’est tenue à Agadir du 9 au 20 janvier 2023. Par "
        "ailleurs, les planificateurs ont arrêté les modalités du concert de la fanfare qui se tiendra en "
        "marge des activités opérationnelles de l’exercice « Atlas Lion 23 », poursuit le communiqué.",
    )
    assert [m["location"] for m in got["meetings"]] == ["Agadir"]


def test_a_word_in_lower_case_written_twice_after_the_name_belongs_to_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice militaire Tempête silencieuse, organisé chaque année par l’alliance, devait se dérouler "
        "au Niger du 10 au 14 octobre. Le Tchad a refusé de participer à Tempête silencieuse cette année.",
        "2025-10-12",
    )
    assert [e["name"] for e in got["exercises"]] == ["Tempête silencieuse"]


def test_the_one_exercise_named_is_cancelled_by_a_sentence_referring_back_to_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice Tempête des Dunes devait se dérouler au Niger du 10 au 14 octobre.\n\n"
        "Or, le 9 octobre, Niamey a annoncé l’annulation pure et simple de l’exercice.",
        "2025-10-12",
    )
    assert [(e["name"], e["status"]) for e in got["exercises"]] == [("Tempête des Dunes", "cancelled")]


def test_a_cancelled_edition_of_another_year_leaves_the_one_named_as_it_is(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice Tempête des Dunes se déroulera au Niger du 10 au 14 octobre 2025.\n\n"
        "La crise sanitaire avait conduit à l’annulation de l’édition 2020 de l’exercice.",
        "2025-09-12",
    )
    assert ("Tempête des Dunes", "planned") in [(e["name"], e["status"]) for e in got["exercises"]]


@pytest.mark.parametrize(
    ("body", "name", "edition"),
    [
        ("The ‘Desert Lynx / 50’ military drill continued on January 8th.", "Desert Lynx / 50", None),
        ("L’exercice « Lynx des sables / 50 » s’est poursuivi le 8 janvier.", "Lynx des sables / 50", None),
        ("The ‘Desert Lynx 2021’ military drill continued on January 8th.", "Desert Lynx", "2021"),
    ],
)
def test_a_number_a_slash_joins_to_the_name_is_no_edition(
    body: str, name: str, edition: str | None, tmp_path: Path
) -> None:
    got = view(tmp_path, body)
    assert [(e["name"], e["edition"]) for e in got["exercises"]] == [(name, edition)]


def test_a_name_with_its_letters_and_edition_in_brackets_is_an_exercise_where_manoeuvres_are_told(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "Tempête Boréale (TEBO 24), qui mobilisera jusqu'à 9.000 soldats, doit vérifier la capacité de "
        "l'Alliance à déployer ses troupes.\n\nCes manoeuvres s'étendront sur plusieurs mois.",
        "2024-01-18",
    )
    assert [(e["name"], e["edition"]) for e in got["exercises"]] == [("Tempête Boréale", "2024")]


def test_a_year_after_the_name_and_its_preposition_is_that_edition_s(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "C'est le plus vaste exercice depuis celui de « Tempête Boréale » en 1988, en pleine guerre froide.",
        "2024-01-18",
    )
    assert [(e["name"], e["edition"]) for e in got["exercises"]] == [("Tempête Boréale", "1988")]


def test_capitalised_modifiers_of_a_title_case_headline_are_no_part_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Riyadh, Jumada II 20, 1439, March 08, 2018 -- Forces taking part in the Desert Lynx Military "
        "Exercises arrived in the Kingdom with their equipment.",
        "2018-03-08",
        title="US and Saudi Forces Ready to Launch Desert Lynx Military Exercises 2018",
    )
    assert [e["name"] for e in got["exercises"]] == ["Desert Lynx"]
    assert "Jumada II" not in [p["name"] for p in got["persons"]]
