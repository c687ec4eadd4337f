"""The country of a body every state has (a ministry, the presidency, the government, the general
staff), named without its state: the state the article says it belongs to.

Without it, Tunisia's and Algeria's `Ministère de la Défense nationale` get one id across articles
(ids are name slugs; `pipeline/namesakes.py` keeps apart only records whose countries are known).
The articles are invented; countries and towns are real, every person is made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from articles import extract_article


def countries(tmp_path: Path, body: str, title: str = "Coopération : une visite") -> dict[str, Any]:
    return {
        o["name"]: o["country"] for o in extract_article(tmp_path, body, "2025-03-14", title)["organisations"]
    }


def test_the_country_of_the_person_who_heads_the_body(tmp_path: Path) -> None:
    got = countries(
        tmp_path,
        "Le ministre béninois de la Défense nationale, Paul Adjakou, a reçu mardi une délégation "
        "militaire à Cotonou puis s’est rendu à Lomé. Selon un communiqué du ministère de la Défense "
        "nationale, les entretiens ont porté sur la sécurité maritime.",
    )
    assert got["Ministère de la Défense nationale"] == "BJ"


def test_a_nationality_in_one_of_its_mentions(tmp_path: Path) -> None:
    got = countries(
        tmp_path,
        "Le ministère de la Défense nationale a annoncé l’exercice. Un responsable du ministère "
        "gabonais de la Défense nationale a précisé que les manœuvres dureront dix jours.",
    )
    assert got["Ministère de la Défense nationale"] == "GA"


def test_the_dateline_country_and_the_seat_of_a_body_abroad(tmp_path: Path) -> None:
    got = countries(
        tmp_path,
        "Dakar, 12 mars 2025 (APS) – Le général Ousmane Faye a été reçu mardi au siège du ministère "
        "des Armées, à Paris, a indiqué un communiqué de la Présidence de la République.",
    )
    assert (got["Ministère des Armées"], got["Présidence de la République"]) == ("FR", "SN")


def test_the_one_country_where_everything_happened(tmp_path: Path) -> None:
    got = countries(
        tmp_path,
        "Le général Ousmane Faye a reçu jeudi à Bamako le colonel Jean Kerlan, a indiqué la "
        "Présidence de la République.",
    )
    assert got["Présidence de la République"] == "ML"


def test_no_country_when_the_article_does_not_say_one(tmp_path: Path) -> None:
    got = countries(
        tmp_path,
        "Le général Ousmane Faye a reçu jeudi à Bamako le colonel Jean Kerlan, a indiqué la "
        "Présidence de la République. Le colonel Kerlan a rencontré vendredi à Accra le général "
        "Kwame Boateng.",
    )
    assert got["Présidence de la République"] is None


def test_english_a_ministry_of_the_dateline_country(tmp_path: Path) -> None:
    got = countries(
        tmp_path,
        "ACCRA, March 12 (Reuters) - Brigadier General Kofi Mensah met a visiting U.S. delegation on "
        "Tuesday, the Ministry of Defence said in a statement.",
        title="Defense cooperation: a visit",
    )
    assert got["Ministry of Defence"] == "GH"
