"""The extractor on the failure classes of issue 8, one rule per test, on invented French articles.

Every person and exercise name here is made up; countries, cities and regional bodies are real.
The classes: articles without a headline, long audiences and tours, names, dates and places,
exercises, organisations, and the host's side of a meeting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import extract_article

HEADLINE = "Coopération : une visite"


def view(tmp_path: Path, body: str, published: str | None = None, title: str | None = HEADLINE) -> Any:
    """The extraction of an article; `title=None` writes the body alone (no headline line)."""
    return extract_article(tmp_path, body, published, title)


def names(items: list[dict[str, Any]]) -> set[str]:
    return {item["name"] for item in items}


def person(got: dict[str, Any], name: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [p for p in got["persons"] if p["name"] == name]
    assert len(found) == 1, found
    return found[0]


# 1. Headlines


def test_an_article_without_a_headline_still_yields_its_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le président Abel Mvondo a reçu le général Tobias Kerlan à Yaoundé.\n\n"
        "Les deux hommes ont évoqué la sécurité dans le golfe de Guinée et la formation des officiers.",
        published="2024-03-14",
        title=None,
    )
    assert got["article"]["title"] is None
    [meeting] = got["meetings"]
    assert set(meeting["participants"]) == {"Abel Mvondo", "Tobias Kerlan"}
    assert (meeting["host"], meeting["location"], meeting["location_country"]) == (
        "Abel Mvondo",
        "Yaoundé",
        "CM",
    )


def test_a_headline_stating_a_meeting_the_body_does_not_restate_is_a_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les deux hommes ont évoqué la sécurité dans le golfe de Guinée et la formation des officiers.",
        published="2024-03-14",
        title="Yaoundé : Abel Mvondo reçoit le général Tobias Kerlan",
    )
    assert got["article"]["title"] == "Yaoundé : Abel Mvondo reçoit le général Tobias Kerlan"
    [meeting] = got["meetings"]
    assert set(meeting["participants"]) == {"Abel Mvondo", "Tobias Kerlan"}
    assert meeting["host"] == "Abel Mvondo"


# 2. Audiences, tours, signings, conferences, bodies


def test_an_audience_with_long_appositions_and_inserted_adverbials(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Joseph Ebanda Mvogo, ministre délégué à la Présidence chargé de la Défense, président du comité "
        "national de sécurité, a reçu en audience, jeudi 14 mars à Yaoundé, au siège du ministère de la "
        "Défense, le général de corps d’armée Tobias Kerlan, commandant des forces alliées en Afrique.",
        published="2024-03-16",
    )
    assert names(got["persons"]) == {"Joseph Ebanda Mvogo", "Tobias Kerlan"}
    [meeting] = got["meetings"]
    assert set(meeting["participants"]) == {"Joseph Ebanda Mvogo", "Tobias Kerlan"}
    assert meeting["host"] == "Joseph Ebanda Mvogo"
    assert (meeting["date"], meeting["location"]) == ("2024-03-14", "Yaoundé")
    assert person(got, "Tobias Kerlan")["titles"] == ["général de corps d’armée"]


def test_a_tour_is_one_meeting_per_city(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Tobias Kerlan a entamé lundi une tournée régionale. À Abidjan, il a été reçu par le "
        "ministre de la Défense, Ibrahim Kouadio. À Accra, il a échangé avec le chef d’état-major, le "
        "général Kwame Osei-Tutu.",
        published="2024-03-16",
    )
    met = {m["location"]: (set(m["participants"]), m["host"]) for m in got["meetings"]}
    assert met == {
        "Abidjan": ({"Tobias Kerlan", "Ibrahim Kouadio"}, "Ibrahim Kouadio"),
        "Accra": ({"Tobias Kerlan", "Kwame Osei-Tutu"}, "Kwame Osei-Tutu"),
    }


def test_the_named_signatories_of_an_agreement_meet(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, Ibrahim Kouadio, et l’ambassadeur de France, Pierre Delvaux, ont signé "
        "mardi à Abidjan un accord de coopération militaire.",
        published="2024-03-16",
    )
    [meeting] = got["meetings"]
    assert set(meeting["participants"]) == {"Ibrahim Kouadio", "Pierre Delvaux"}
    assert (meeting["date"], meeting["location"]) == ("2024-03-12", "Abidjan")


def test_a_meeting_on_the_sidelines_of_a_conference(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Ibrahim Kouadio s’est entretenu mardi avec le général Tobias Kerlan en marge de la "
        "conférence sur la sécurité maritime organisée à Dakar.",
        published="2024-03-16",
    )
    # the talks, then the conference itself as an encounter of the same people (meetings.py)
    talks, conference = got["meetings"]
    assert set(talks["participants"]) == {"Ibrahim Kouadio", "Tobias Kerlan"}
    assert (talks["date"], talks["location"]) == ("2024-03-12", "Dakar")
    assert set(conference["participants"]) == {"Ibrahim Kouadio", "Tobias Kerlan"}
    assert conference["location"] == "Dakar"


@pytest.mark.parametrize(
    ("body", "bodies"),
    [
        (
            "Une réunion des experts de la CEDEAO et de l’Union africaine s’est tenue mardi à Abuja.",
            {"CEDEAO", "Union africaine"},
        ),
        (
            "La Commission de la CEDEAO et l’Union africaine ont tenu mardi à Abuja une réunion consacrée "
            "à la lutte contre le terrorisme.",
            {"Commission de la CEDEAO", "Union africaine"},
        ),
    ],
)
def test_a_meeting_of_regional_bodies_with_no_one_named(body: str, bodies: set[str], tmp_path: Path) -> None:
    got = view(tmp_path, body, published="2024-03-16")
    assert got["persons"] == []
    [meeting] = got["meetings"]
    assert set(meeting["organisations"]) == bodies and meeting["participants"] == []
    assert (meeting["date"], meeting["location"], meeting["location_country"]) == (
        "2024-03-12",
        "Abuja",
        "NG",
    )


# 3. Names


def test_a_middle_initial_stays_inside_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Darren K. Holloway, commandant des forces américaines en Afrique, a rencontré jeudi à "
        "Nouakchott le ministre de la Défense, Sidi Ould Mahmoud.",
        published="2024-03-16",
    )
    # one person, mentioned as written; the canonical name drops the initial (names.py)
    assert names(got["persons"]) == {"Darren Holloway", "Sidi Ould Mahmoud"}
    assert person(got, "Darren Holloway")["mentions"] == ["Darren K. Holloway"]
    assert set(got["meetings"][0]["participants"]) == {"Darren Holloway", "Sidi Ould Mahmoud"}


def test_names_opened_by_an_elided_letter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, Kouamé N’Dri, a reçu mardi à Abidjan le général N’Golo Kassoum. "
        "Le colonel Yao N’Goran a assisté à l’entretien.",
        published="2024-03-16",
    )
    assert names(got["persons"]) == {"Kouamé N’Dri", "N’Golo Kassoum", "Yao N’Goran"}
    assert got["meetings"][0]["host"] == "Kouamé N’Dri"


def test_rank_words_alone_are_never_persons(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le Vice-Amiral Olivier Castagne a reçu le Général Moussa Traoré. Le Vice-Amiral a salué la "
        "coopération. Le Général a remercié son hôte. Le Commandant de la base a fait visiter les "
        "installations.",
    )
    assert names(got["persons"]) == {"Olivier Castagne", "Moussa Traoré"}
    assert person(got, "Olivier Castagne")["titles"] == ["Vice-Amiral"]
    assert person(got, "Moussa Traoré")["titles"] == ["Général"]


def test_surnames_in_capitals_in_agency_copy(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Jean DUPONTEL, chef d’état-major des armées, a reçu mardi à Dakar le colonel "
        "Mamadou FALL, attaché de défense.",
    )
    assert names(got["persons"]) == {"Jean Dupontel", "Mamadou Fall"}
    dupontel = person(got, "Jean Dupontel")
    assert dupontel["mentions"] == ["Jean DUPONTEL"] and dupontel["titles"] == ["général"]
    assert got["meetings"][0]["host"] == "Jean Dupontel"


# 4. Dates and places


@pytest.mark.parametrize(
    ("sentence", "date", "date_text"),
    [
        ("a reçu hier à Abidjan", "2024-03-15", "hier"),
        ("reçoit aujourd’hui à Abidjan", "2024-03-16", "aujourd’hui"),
    ],
)
def test_yesterday_and_today_count_from_the_publication_date(
    sentence: str, date: str, date_text: str, tmp_path: Path
) -> None:
    got = view(
        tmp_path,
        f"Le ministre de la Défense, Kouamé N’Dri, {sentence} le général Tobias Kerlan.",
        published="2024-03-16",
    )
    [meeting] = got["meetings"]
    assert (meeting["date"], meeting["date_text"]) == (date, date_text)


def test_a_range_of_days_dates_the_meeting_from_its_first_day(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Tobias Kerlan a rencontré à Abidjan, du 15 au 16 octobre, le ministre de la Défense, "
        "Kouamé N’Dri.",
        published="2024-10-20",
    )
    [meeting] = got["meetings"]
    assert (meeting["date"], meeting["date_text"]) == ("2024-10-15", "du 15 au 16 octobre")


def test_a_dateline_without_a_year_does_not_date_a_meeting_held_on_a_weekday(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "DAKAR, 12 mars (APS) - Le ministre des Forces armées, Babacar Ndiaye, a reçu mardi à Dakar le "
        "général Tobias Kerlan.",
        published="2025-03-12",  # a Wednesday
    )
    assert (got["article"]["dateline"], got["article"]["publisher"]) == ("DAKAR", "APS")
    [meeting] = got["meetings"]
    assert (meeting["date"], meeting["date_text"]) == ("2025-03-11", "mardi")


def test_an_air_base_is_the_meeting_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Tobias Kerlan a été reçu jeudi à la base aérienne de Thiès par le colonel "
        "Babacar Ndiaye.",
        published="2025-03-12",
    )
    [meeting] = got["meetings"]
    assert meeting["location"] == "base aérienne de Thiès"
    assert (meeting["host"], meeting["date"]) == ("Babacar Ndiaye", "2025-03-06")


def test_the_place_of_an_arrival_stated_before_is_the_meetings(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Tobias Kerlan est arrivé lundi à Niamey pour une visite de travail. Il a été reçu "
        "mardi par le ministre de la Défense, Salifou Mahaman.",
        published="2025-03-12",
    )
    [meeting] = got["meetings"]
    assert set(meeting["participants"]) == {"Tobias Kerlan", "Salifou Mahaman"}
    assert (meeting["host"], meeting["date"]) == ("Salifou Mahaman", "2025-03-11")
    assert (meeting["location"], meeting["location_country"]) == ("Niamey", "NE")


# 5. Exercises


@pytest.fixture(scope="module")
def river_shield(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return view(
        tmp_path_factory.mktemp("river_shield"),
        "L’exercice Bouclier du Fleuve 2025 s’est déroulé du lundi 3 au vendredi 14 mars 2025 à Kayes. "
        "Des unités du Mali, du Sénégal et de la Mauritanie y ont pris part.",
        published="2025-03-20",
    )


def test_an_exercise_name_with_lower_case_words_and_its_edition(river_shield: Any) -> None:
    [exercise] = river_shield["exercises"]
    assert (exercise["name"], exercise["edition"]) == ("Bouclier du Fleuve", "2025")
    assert (exercise["location"], exercise["location_country"], exercise["status"]) == ("Kayes", "ML", "held")


def test_an_exercise_range_written_with_weekdays(river_shield: Any) -> None:
    [exercise] = river_shield["exercises"]
    assert (exercise["start"], exercise["end"]) == ("2025-03-03", "2025-03-14")


def test_exercise_participants_in_the_next_sentence(river_shield: Any) -> None:
    [exercise] = river_shield["exercises"]
    assert set(exercise["participants"]) == {"Mali", "Sénégal", "Mauritanie"}


def test_an_ordinal_edition_is_no_part_of_the_name_and_no_year(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La 5e édition de l’exercice Tempête des Dunes s’est tenue du lundi 3 au vendredi 14 mars 2025 à "
        "Agadez. Le Niger, le Tchad et le Burkina Faso y ont pris part.",
        published="2025-03-20",
    )
    [exercise] = got["exercises"]
    # `edition` is a year (models/exercise.py): the ordinal `5e` never becomes one
    assert (exercise["name"], exercise["edition"]) == ("Tempête des Dunes", "2025")
    assert (exercise["start"], exercise["end"], exercise["location"]) == (
        "2025-03-03",
        "2025-03-14",
        "Agadez",
    )
    assert set(exercise["participants"]) == {"Niger", "Tchad", "Burkina Faso"}


# 6. Organisations


@pytest.mark.parametrize(
    ("body", "committee", "acronym", "place"),
    [
        (
            "Le Comité militaire de l’Union africaine s’est réuni mardi à Addis-Abeba.",
            "Comité militaire de l’Union africaine",
            None,
            "Addis-Abeba",
        ),
        (
            "Le Comité consultatif de défense (CCD) s’est réuni mardi à Lomé. Le CCD examinera la "
            "situation aux frontières.",
            "Comité consultatif de défense",
            "CCD",
            "Lomé",
        ),
    ],
)
def test_a_committee_is_a_body_that_meets(
    body: str, committee: str, acronym: str | None, place: str, tmp_path: Path
) -> None:
    got = view(tmp_path, body, published="2025-03-12")
    found = next(o for o in got["organisations"] if o["name"] == committee)
    assert found["acronym"] == acronym
    [meeting] = got["meetings"]
    assert meeting["organisations"] == [committee] and meeting["location"] == place


def test_the_general_staff_spelled_out_is_a_military_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Salifou Mahaman a présidé mardi une réunion à Niamey. L’État-major général des armées "
        "coordonne les opérations.",
        published="2025-03-20",
    )
    staff = next(o for o in got["organisations"] if o["name"] == "État-major général des armées")
    assert staff["kind"] == "military"


def test_an_armed_group_named_after_its_kind(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les soldats ont repoussé mardi une attaque du groupe jihadiste Ansar al-Tessit près de Ménaka.",
        published="2025-03-20",
    )
    [group] = got["organisations"]
    assert (group["name"], group["kind"]) == ("Ansar al-Tessit", "armed_group")
    assert got["persons"] == []


def test_the_plural_armees_alone_is_no_organisation(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les Armées ont renforcé leur présence dans la région. Le ministre Salifou Mahaman a reçu mardi "
        "à Niamey le général Tobias Kerlan.",
        published="2025-03-20",
    )
    assert got["organisations"] == []
    assert names(got["persons"]) == {"Salifou Mahaman", "Tobias Kerlan"}


# The host's side


def test_people_accompanying_the_host_take_part_but_the_host_is_the_host(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Tobias Kerlan a été reçu mardi à Niamey par le président Salifou Mahaman, en présence "
        "du ministre nigérien de la Défense, Issa Garba, et de Mariama Mahaman, épouse du chef de l’État.",
        published="2025-03-20",
    )
    [meeting] = got["meetings"]
    assert meeting["host"] == "Salifou Mahaman"
    assert set(meeting["participants"]) == {
        "Tobias Kerlan",
        "Salifou Mahaman",
        "Issa Garba",
        "Mariama Mahaman",
    }
    assert person(got, "Issa Garba")["country"] == "NE"


def test_an_encounter_restated_in_a_quoted_communique_is_one_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Omar Talbi a reçu ce mercredi 14 septembre l’ambassadrice de Zemblanie au Mali, "
        "Ada Mensah.\n\n« Le général Omar Talbi a reçu, aujourd’hui mercredi 14 septembre 2022, au siège "
        "de l’état-major, l’ambassadrice de Zemblanie, Ada Mensah », a indiqué le ministère.",
        published="2022-09-14",
    )
    (meeting,) = got["meetings"]
    assert set(meeting["participants"]) == {"Omar Talbi", "Ada Mensah"}
    assert meeting["location"] != "Mali"  # the place of her position, not of the encounter


def test_a_capitalised_nationality_after_a_position_is_no_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Nigérien de la Défense Alkassa Indatou a été reçu lundi à Ouagadougou par le président "
        "Omar Talbi.",
        published="2022-08-25",
    )
    (meeting,) = got["meetings"]
    assert set(meeting["participants"]) == {"Alkassa Indatou", "Omar Talbi"}
