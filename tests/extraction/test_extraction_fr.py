"""The extractor's rules on invented articles: names that appear in no corpus text.

Each test states one rule about French news language; the article around it is made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import extract_article


def view(
    tmp_path: Path, body: str, published: str | None = None, title: str = "Coopération : une visite"
) -> Any:
    return extract_article(tmp_path, body, published, title)


def names(items: list[dict[str, Any]]) -> set[str]:
    return {item["name"] for item in items}


def test_places_months_and_verbs_are_never_persons(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a reçu mardi à Niamey le colonel Jonas Brevik. "
        "Washington multiplie les contacts avec Niamey depuis janvier.",
    )
    assert names(got["persons"]) == {"Paul Mercadier", "Jonas Brevik"}


def test_coordinated_first_names_take_the_shared_surname(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu le général Henrik Sande. "
        "Les fils du ministre, Nabil et Karim Talbi, ont également pris part à la rencontre.",
    )
    persons = names(got["persons"])
    assert {"Nabil Talbi", "Karim Talbi", "Omar Talbi"} <= persons
    nabil = next(p for p in got["persons"] if p["name"] == "Nabil Talbi")
    assert nabil["mentions"] == ["Nabil"]


def test_a_surname_alone_is_the_person_introduced_with_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Henrik Sande a rencontré le ministre Omar Talbi à Dakar. "
        "Selon Sande, la coopération progresse.",
    )
    sande = next(p for p in got["persons"] if p["name"] == "Henrik Sande")
    assert set(sande["mentions"]) == {"Henrik Sande", "Sande"}
    assert len(got["persons"]) == 2


def test_two_people_sharing_a_surname_stay_two(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Le ministre Omar Talbi a reçu Karim Talbi, son conseiller, et le général Henrik Sande."
    )
    assert {"Omar Talbi", "Karim Talbi"} <= names(got["persons"])


def test_ranks_are_titles_and_appositions_are_roles(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le chef des Forces armées zélandaises (FAZ), le général de brigade Tomas Ekberg, "
        "a reçu mardi le ministre Omar Talbi.",
    )
    ekberg = next(p for p in got["persons"] if p["name"] == "Tomas Ekberg")
    assert ekberg["titles"] == ["général de brigade"]
    assert {"role": "chef", "organisation": "Forces armées zélandaises"} in ekberg["roles"]


def test_an_acronym_is_the_body_introduced_with_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les Forces armées zélandaises (FAZ) ont accueilli la délégation. "
        "Les FAZ coopèrent depuis 2019 avec le ministère de la Défense nationale.",
    )
    faz = next(o for o in got["organisations"] if o["acronym"] == "FAZ")
    assert faz["name"] == "Forces armées zélandaises" and faz["kind"] == "military"
    assert faz["mentions"].count("FAZ") == 1 and "Ministère de la Défense nationale" in names(
        got["organisations"]
    )


def test_city_metonyms_are_not_organisations(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Washington et Moscou ont réagi. Le ministre Omar Talbi a reçu le général Henrik Sande."
    )
    assert not names(got["organisations"]) & {"Washington", "Moscou"}


def test_a_meeting_has_its_host_place_and_date(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, Omar Talbi, a reçu mardi à Niamey le général Henrik Sande, "
        "pour discuter de la lutte contre le terrorisme.",
        published="2023-11-16",
    )
    [meeting] = got["meetings"]
    assert set(meeting["participants"]) == {"Omar Talbi", "Henrik Sande"}
    assert meeting["host"] == "Omar Talbi"
    assert (meeting["location"], meeting["location_country"]) == ("Niamey", "NE")
    assert (meeting["date"], meeting["date_text"]) == ("2023-11-14", "mardi")
    assert "la lutte contre le terrorisme" in meeting["topics"]


def test_the_day_before_is_another_meeting_dated_from_the_first(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu le 14 mars 2024 à Dakar le général Henrik Sande. "
        "La veille, le général Sande s’était entretenu à Thiès avec le colonel Aliou Sarr.",
    )
    dated = {m["location"]: m["date"] for m in got["meetings"]}
    assert dated == {"Dakar": "2024-03-14", "Thiès": "2024-03-13"}


def test_a_passive_receiver_is_the_host(tmp_path: Path) -> None:
    got = view(tmp_path, "Le général Henrik Sande a été reçu jeudi à Dakar par le ministre Omar Talbi.")
    assert got["meetings"][0]["host"] == "Omar Talbi"


def test_ceremonies_are_not_meetings(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La cérémonie d’ouverture s’est déroulée en présence du ministre Omar Talbi "
        "et du général Henrik Sande.",
    )
    assert got["meetings"] == []


def test_a_planned_exercise_with_its_edition_place_and_month(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les deux armées prévoient d’organiser l’exercice Sirocco Bleu à Dakar en juin 2027.",
        published="2026-11-02",
    )
    [exercise] = got["exercises"]
    assert exercise["name"] == "Sirocco Bleu"
    assert (exercise["status"], exercise["start"], exercise["location"]) == ("planned", "2027-06", "Dakar")
    assert exercise["edition"] == "2027"


def test_an_exercise_held_before_publication(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice Harmattan Shield 2025 s’est déroulé du 3 au 14 mars 2025 à Thiès.",
        published="2025-04-01",
    )
    [exercise] = got["exercises"]
    assert (exercise["name"], exercise["edition"], exercise["status"]) == ("Harmattan Shield", "2025", "held")
    assert (exercise["start"], exercise["end"]) == ("2025-03-03", "2025-03-14")


@pytest.mark.parametrize(
    "body",
    [
        "Le président a reçu les lettres de créance de plusieurs ambassadeurs.",
        "La coopération militaire entre les deux pays se renforce, selon un communiqué.",
    ],
)
def test_no_names_no_entities(body: str, tmp_path: Path) -> None:
    got = view(tmp_path, body)
    assert got["persons"] == [] and got["meetings"] == []


def test_the_same_person_in_two_articles_is_one_record_with_both_sources(tmp_path: Path) -> None:
    from engagements.convert import build_dataset, parse_sources

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "Visite : un ministre à Dakar\n\nLe ministre de la Défense, Omar Talbi, a reçu mardi "
        "le général Henrik Sande.\n",
        encoding="utf-8",
    )
    second.write_text(
        "Défense : nouvel entretien\n\nLe chef d’état-major, Omar Talbi, s’est entretenu jeudi "
        "avec le colonel Aliou Sarr.\n",
        encoding="utf-8",
    )
    articles, failures = parse_sources([first, second])
    dataset, _ = build_dataset(articles)
    assert not failures and len(dataset.articles) == 2
    [talbi] = [p for p in dataset.persons if p.name == "Omar Talbi"]
    assert {r.article_id for r in talbi.roles} == {a.id for a in dataset.articles}
    assert len(dataset.meetings) == 2


def test_a_body_named_as_part_of_another_has_it_as_parent(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Selon l’État-Major général des Forces armées zélandaises (FAZ), le ministre Omar Talbi "
        "a reçu le général Henrik Sande.",
    )
    staff = next(o for o in got["organisations"] if o["name"].startswith("État-Major"))
    assert staff["parent"] == "Forces armées zélandaises"


def test_a_datelines_date_dates_the_article_not_the_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Bamako, 12 avril 2024 (AMAP) – Le ministre Omar Talbi a reçu mercredi à Bamako "
        "le général Henrik Sande.",
    )
    assert got["article"]["published"] == "2024-04-12" and got["article"]["dateline"] == "Bamako"
    assert (got["meetings"][0]["date"], got["meetings"][0]["date_text"]) == ("2024-04-10", "mercredi")


def test_the_officer_of_a_nationality_is_the_one_with_a_rank(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu jeudi à Bamako le général norvégien Henrik Sande, "
        "accompagné de l’ambassadeur de Norvège, Lars Holm. Le lendemain, l’officier norvégien "
        "a été reçu par le président Aliou Sarr.",
        published="2024-04-12",
    )
    second = got["meetings"][1]
    assert set(second["participants"]) == {"Henrik Sande", "Aliou Sarr"}
    assert (second["date"], second["location"]) == ("2024-04-12", "Bamako")


def test_an_earlier_edition_cited_is_an_exercise_too(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les marines participent depuis lundi à l’exercice Sirocco Bleu 2024, organisé au large "
        "de Dakar jusqu’au 20 mai. La Gambie, le Sénégal et la Mauritanie y déploient des navires. "
        "L’édition précédente s’était tenue en 2023 au large de Nouakchott.",
        published="2024-05-14",
    )
    current, earlier = got["exercises"]
    assert (current["edition"], current["status"], current["end"]) == ("2024", "ongoing", "2024-05-20")
    assert set(current["participants"]) >= {"Gambie", "Sénégal", "Mauritanie"}
    assert (earlier["name"], earlier["edition"], earlier["status"], earlier["location"]) == (
        "Sirocco Bleu",
        "2023",
        "held",
        "Nouakchott",
    )


def test_a_ranked_person_beside_the_word_exercice_is_a_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Selon le contre-amiral Joseph Mensah Addo, l’exercice vise à renforcer la lutte contre "
        "la piraterie.",
    )
    assert names(got["persons"]) == {"Joseph Mensah Addo"} and got["exercises"] == []


def test_a_spelling_variant_in_one_article_is_the_same_person(tmp_path: Path) -> None:
    """Transliterated names vary inside one article (`Belkacem`/`Belkasem`): a long word one or two
    letters apart, with the other words equal, is the same person; exact matching would make two."""
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu mardi le général Mohand Belkacemi. "
        "Le général Mohand Belkasemi a ensuite visité l’école militaire.",
    )
    assert [p["name"] for p in got["persons"] if "Mohand" in p["name"]] == ["Mohand Belkacemi"]
