"""Organisation names on invented articles: where a body's name starts and ends, its kind, country
and parent.

Each test states one rule about how the news names bodies; the articles are made up. Countries and
towns are real (the rules are about them); every person, unit and armed group is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import extract_article


def view(tmp_path: Path, body: str, title: str = "Coopération : une visite") -> Any:
    return extract_article(tmp_path, body, "2025-03-14", title)


def view_en(tmp_path: Path, body: str) -> Any:
    return view(tmp_path, body, title="Defense cooperation: a visit")


def orgs(got: Any) -> dict[str, dict[str, Any]]:
    return {o["name"]: o for o in got["organisations"]}


# ---------------------------------------------------------------- English


def test_a_ministry_named_by_its_domain_is_a_body(tmp_path: Path) -> None:
    for sentence, name in (
        ("The Ministry of Defense announced the visit.", "Ministry of Defense"),
        ("The Department of Defense announced the visit.", "Department of Defense"),
        ("He met officials of the Ministry of National Defense on Tuesday.", "Ministry of National Defense"),
        ("The Kenyan Ministry of Defence announced the visit.", "Kenyan Ministry of Defence"),
    ):
        got = orgs(view_en(tmp_path, sentence))
        assert set(got) == {name}, sentence
        assert got[name]["kind"] == "government"


def test_a_ministry_introduces_its_acronym(tmp_path: Path) -> None:
    got = orgs(
        view_en(
            tmp_path, "The Ministry of Defence (MoD) announced the visit. The MoD said the talks went well."
        )
    )
    assert set(got) == {"Ministry of Defence"}
    assert got["Ministry of Defence"]["acronym"] == "MoD"


def test_a_position_after_a_body_is_no_part_of_it(tmp_path: Path) -> None:
    got = orgs(
        view_en(tmp_path, "The Ministry of Defence Permanent Secretary, Anna Velt, met the delegation.")
    )
    assert set(got) == {"Ministry of Defence"}


def test_a_position_before_a_body_is_the_persons_role(tmp_path: Path) -> None:
    got = view_en(
        tmp_path,
        "The Chief of Defence Staff of the Malawi Coastal Forces (MCF), Lt. Gen. Tobias Renk, met the "
        "delegation in Lilongwe. The MCF said the talks went well.",
    )
    assert set(orgs(got)) == {"Malawi Coastal Forces"}
    assert orgs(got)["Malawi Coastal Forces"]["acronym"] == "MCF"
    renk = next(p for p in got["persons"] if p["name"] == "Tobias Renk")
    assert renk["roles"] == [{"role": "Chief of Defence Staff", "organisation": "Malawi Coastal Forces"}]


def test_an_acronym_names_the_body_it_follows_not_the_people_before_it(tmp_path: Path) -> None:
    got = orgs(
        view_en(
            tmp_path,
            "Officials of the Ministry of Defence and the Malawi Coastal Forces (MCF) welcomed the "
            "delegation.",
        )
    )
    assert set(got) == {"Ministry of Defence", "Malawi Coastal Forces"}
    assert got["Malawi Coastal Forces"]["acronym"] == "MCF"


def test_an_acronym_with_its_owners_initials_is_the_body(tmp_path: Path) -> None:
    got = orgs(
        view_en(
            tmp_path,
            "Gen. Tobias Renk, Commander of United States Tamarind Command (U.S. TAMCOM), met the "
            "delegation.",
        )
    )
    assert set(got) == {"United States Tamarind Command"}


def test_a_name_stops_before_the_town_or_the_day_but_keeps_its_state(tmp_path: Path) -> None:
    got = orgs(
        view_en(
            tmp_path,
            "Sailors of the U.S. Naval Forces Meridian in Mombasa met the AU Stabilisation Mission in "
            "Somalia on Monday.",
        )
    )
    assert set(got) == {"U.S. Naval Forces Meridian", "AU Stabilisation Mission in Somalia"}


# ---------------------------------------------------------------- French


def test_a_ministry_is_government_whatever_it_runs(tmp_path: Path) -> None:
    got = orgs(view(tmp_path, "Le ministère des Armées a annoncé la visite du général Paul Mercadier."))
    assert got["Ministère des Armées"]["kind"] == "government"


def test_a_states_possessive_is_the_bodys_country_not_its_name(tmp_path: Path) -> None:
    got = orgs(view_en(tmp_path, "Malawi's Ministry of Defence announced the visit of Gen. Tobias Renk."))
    assert set(got) == {"Ministry of Defence"}
    assert got["Ministry of Defence"]["country"] == "MW"


def test_a_units_number_is_part_of_its_name(tmp_path: Path) -> None:
    got = orgs(
        view_en(
            tmp_path,
            "Gen. Tobias Renk met the commander of the 14th Engineer Brigade and troops of the 31st "
            "Tamarind Expeditionary Unit at the 42nd Ordinary Meeting of the Velmar Committee of Chiefs.",
        )
    )
    assert {"14th Engineer Brigade", "31st Tamarind Expeditionary Unit"} <= set(got)
    assert not any("Meeting" in name for name in got)


def test_a_units_number_names_it_even_in_lower_case(tmp_path: Path) -> None:
    got = orgs(
        view(
            tmp_path,
            "Le général Paul Mercadier a rencontré les soldats du 7e bataillon des tirailleurs côtiers et "
            "du 2e Régiment d’infanterie de marine.",
        )
    )
    assert {"7e bataillon des tirailleurs côtiers", "2e Régiment d’infanterie de marine"} <= set(got)


def test_two_coordinated_bodies_are_two_and_a_leading_state_is_their_country(tmp_path: Path) -> None:
    got = orgs(
        view_en(tmp_path, "The Malawi Navy and the Lesotho Coastal Forces trained with Gen. Tobias Renk.")
    )
    assert set(got) == {"Malawi Navy", "Lesotho Coastal Forces"}
    assert (got["Malawi Navy"]["country"], got["Lesotho Coastal Forces"]["country"]) == ("MW", "LS")


def test_a_body_of_a_regions_states_is_intergovernmental_with_no_country(tmp_path: Path) -> None:
    got = orgs(
        view_en(
            tmp_path,
            "The Maritime Council of Central African States (MCCAS) and the Intergovernmental Authority on "
            "Fisheries (IGAF) met in Libreville.",
        )
    )
    council = got["Maritime Council of Central African States"]
    assert (council["kind"], council["country"]) == ("intergovernmental", None)
    assert got["Intergovernmental Authority on Fisheries"]["kind"] == "intergovernmental"


def test_a_committee_named_with_common_nouns_runs_to_its_owner(tmp_path: Path) -> None:
    got = view(tmp_path, "Le Comité des chefs d’état-major de la LCO s’est réuni mardi à Abuja.")
    committee = orgs(got)["Comité des chefs d’état-major de la LCO"]
    assert committee["parent"] == "LCO"
    assert [m["location"] for m in got["meetings"]] == ["Abuja"]


def test_chiefs_of_staff_of_a_body_meet_in_a_town_not_at_a_staff(tmp_path: Path) -> None:
    got = view(tmp_path, "Les chefs d’état-major de la LCO se sont réunis mardi à Abuja.")
    assert set(orgs(got)) == {"LCO"}
    assert [m["location"] for m in got["meetings"]] == ["Abuja"]


def test_a_name_holds_two_complements_joined_by_et(tmp_path: Path) -> None:
    for sentence, name in (
        ("Le Comité de défense et de sécurité de la LCO s’est réuni mardi à Libreville.",
         "Comité de défense et de sécurité de la LCO"),
        ("Le Conseil de paix et de sécurité de l’Union des Grands Lacs s’est réuni mardi à Kigali.",
         "Conseil de paix et de sécurité de l’Union des Grands Lacs"),
    ):  # fmt: skip
        assert name in orgs(view(tmp_path, sentence)), sentence


def test_et_before_another_body_or_a_determiner_ends_a_name(tmp_path: Path) -> None:
    got = orgs(
        view(
            tmp_path,
            "Le général Paul Mercadier a visité l’Institut de défense du Tamarin et de plusieurs centres "
            "d’entraînement, puis le ministère de la Défense et l’État-major de la Marine tamarine.",
        )
    )
    assert "Institut de défense du Tamarin" in got
    assert not any(" et " in name for name in got)


def test_the_body_a_position_heads_is_named_in_lower_case(tmp_path: Path) -> None:
    got = orgs(view(tmp_path, "L’état-major général des armées a accueilli jeudi une délégation française."))
    assert set(got) == {"État-major général des armées"}
    assert got["État-major général des armées"]["kind"] == "military"


def test_a_body_inside_a_position_is_no_body_but_its_owner_is(tmp_path: Path) -> None:
    got = orgs(
        view(
            tmp_path,
            "Les Chefs d’État-major généraux des armées des pays membres de la LCO ont été reçus par le "
            "général Paul Mercadier, chef d’état-major des Forces tamarines.",
        )
    )
    assert "Forces tamarines" in got
    assert not any(name.lower().startswith("état-major") for name in got)


def test_groups_listed_as_terrorist_are_armed_groups(tmp_path: Path) -> None:
    got = orgs(
        view(
            tmp_path,
            "Des groupes terroristes comme la Katiba Dorvalle et le Front de libération du Velmar ont "
            "attaqué. Des groupes jihadistes comme l’État islamique au Grand Velmar et le Groupe de soutien "
            "à la cause et aux fidèles se sont affrontés.",
        )
    )
    for name in (
        "Katiba Dorvalle",
        "Front de libération du Velmar",
        "État islamique au Grand Velmar",
        "Groupe de soutien à la cause et aux fidèles",
    ):
        assert got[name]["kind"] == "armed_group", name


def test_an_apposition_says_a_body_is_an_armed_group_and_its_acronym_is_the_whole_name(
    tmp_path: Path,
) -> None:
    got = orgs(
        view(tmp_path, "Une attaque du Front de défense du Velmar (FDV), un groupe armé, a fait trois morts.")
    )
    assert set(got) == {"Front de défense du Velmar"}
    assert (got["Front de défense du Velmar"]["acronym"], got["Front de défense du Velmar"]["kind"]) == (
        "FDV",
        "armed_group",
    )


def test_groups_listed_as_armed_in_english_are_armed_groups(tmp_path: Path) -> None:
    got = orgs(
        view_en(
            tmp_path,
            "Armed groups such as Katiba Dorvalle and the Velmar Liberation Front attacked the town. "
            "Terrorist groups, including the Dorvalle Brigades, were also active.",
        )
    )
    for name in ("Katiba Dorvalle", "Velmar Liberation Front", "Dorvalle Brigades"):
        assert got[name]["kind"] == "armed_group", name


def test_letters_that_abbreviate_a_position_name_no_body(tmp_path: Path) -> None:
    got = view_en(
        tmp_path,
        "The Chief of Defence Staff (CDS), Gen. Aldo Kamsa, received Gen. Tom Hart in Dodoma. "
        "The CDS pledged to deepen the partnership.",
    )
    assert "CDS" not in orgs(got) and not any(o["acronym"] == "CDS" for o in orgs(got).values())
    got = view_en(
        tmp_path,
        "Gen. Tom Hart called on Chairman Joint Chiefs of Staff Committee (CJCSC), Gen. Aldo Kamsa, "
        "in Dodoma.",
    )
    assert set(orgs(got)) == {"Joint Chiefs of Staff Committee"}
    got = view(
        tmp_path,
        "Le chef d’état-major général des armées (CEMGA), le général Aldo Kamsa, a reçu le général Tom "
        "Hart. Le CEMGA a salué la coopération.",
    )
    assert not any("CEMGA" in (name, o["acronym"]) for name, o in orgs(got).items())


def test_a_body_keeps_its_letters_after_the_position_of_its_head(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Le commandant du Commandement central des Zemblas (CENTZEM) a reçu le général Tom Hart."
    )
    assert orgs(got)["Commandement central des Zemblas"]["acronym"] == "CENTZEM"


def test_the_body_inside_an_abbreviated_position_is_kept(tmp_path: Path) -> None:
    got = view_en(
        tmp_path,
        "Gen. Tom Hart held talks with Ada Mensah, the Special Representative of the Chairperson of the "
        "Zembla Union Commission (SRCZ) for Kivu.",
    )
    assert "Zembla Union Commission" in orgs(got)
    assert not any(o["acronym"] == "SRCZ" for o in orgs(got).values())


def test_letters_go_to_the_body_whose_every_word_they_cover(tmp_path: Path) -> None:
    got = view_en(
        tmp_path,
        "U.S. Zembla Command\n\nGen. Tom Hart met leaders of the Zemblan Union Commission in Kivu. "
        "ZEMCOM will keep supporting the mission.",
    )
    command = orgs(got)["U.S. Zembla Command"]
    assert "ZEMCOM" in [*command["mentions"], command["acronym"]]


def test_a_web_address_and_a_credit_label_are_no_bodies(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu mardi à Bamako le général Tom Hart.\n"
        "Posté par : presse-mali\nEcrit par : Agence Zemblane de Presse\nSource : www.azp.zm",
    )
    assert {"Posté", "www.azp.zm"}.isdisjoint(orgs(got)) and "Agence Zemblane de Presse" in orgs(got)
    assert got["article"]["publisher"] != "www.azp.zm"


def test_a_body_named_across_a_locative_keeps_its_letters_and_a_place_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a rendu visite aux Forces zemblanes basées à Djibouti (FZDJ). "
        "Il assistera ensuite à la relève de la mission européenne au Mali (MEZM).",
    )
    assert orgs(got)["Forces zemblanes basées à Djibouti"]["acronym"] == "FZDJ"
    assert "Djibouti" not in orgs(got) and "Mali" not in orgs(got)


def test_letters_after_two_coordinated_bodies_name_the_second(tmp_path: Path) -> None:
    got = view_en(
        tmp_path,
        "They discussed cooperation between ZDF and US Zembla Command (USZEMCOM) during the visit.",
    )
    assert orgs(got)["US Zembla Command"]["acronym"] == "USZEMCOM"


def test_two_regions_sharing_their_place_are_no_body(tmp_path: Path) -> None:
    got = view_en(
        tmp_path,
        "Partners celebrated the conclusion of exercise Zembla Express 2023, the largest multinational "
        "maritime exercise in Western and Central Africa, at a closing ceremony in Lagos.",
    )
    assert "Western and Central Africa" not in orgs(got)


def test_letters_after_a_name_with_lower_case_words_name_the_whole(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu mardi le général Tom Hart, indique la Direction de l’information "
        "et des relations publiques des armées (DIRPA).",
    )
    assert orgs(got)["Direction de l’information et des relations publiques des armées"]["acronym"] == "DIRPA"


def test_letters_a_town_shares_are_a_body_after_an_elided_article(tmp_path: Path) -> None:
    # `OTAN` and `AMI` are also the names of towns of 15,000 people in the gazetteer; no town takes `l’`
    for sentence, letters in (
        ("Le ministre Omar Talbi était mardi à la réunion des ministres de l’OTAN à Bruxelles.", "OTAN"),
        ("Le ministre Omar Talbi a reçu mardi le général Tom Hart, rapporte l’AMI dans sa dépêche.", "AMI"),
    ):
        assert letters in orgs(view(tmp_path, sentence)), sentence


def test_letters_a_town_shares_stay_a_town_without_the_article(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu mardi le général Tom Hart. Les deux hommes ont évoqué la Syrie, la "
        "Libye, le FNI ou encore la Centrafrique.",
    )
    assert "FNI" not in orgs(got)


def test_letters_after_a_full_stop_sign_the_text_off_they_name_no_body(tmp_path: Path) -> None:
    got = orgs(
        view(
            tmp_path,
            "Le ministre Omar Talbi a reçu mardi le commandant des Forces navales de la Zemblanie. (APS)",
        )
    )
    assert all(o["acronym"] != "APS" for o in got.values())


def test_the_letters_of_a_state_name_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu mardi le général Tom Hart. Les deux hommes ont évoqué la situation "
        "en RCA et au Sahel.",
    )
    assert "RCA" not in orgs(got)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Gen. Tom Hart met Ken Sato in Tokyo on Tuesday, according to the Defense Ministry.",
            "Defense Ministry",
        ),
        (
            "Defense Department officials said Gen. Tom Hart met Ken Sato in Tokyo on Tuesday.",
            "Defense Department",
        ),
    ],
    ids=["ministry", "department"],
)
def test_a_domain_before_a_ministrys_head_names_the_ministry(
    tmp_path: Path, sentence: str, name: str
) -> None:
    # English puts the head last: `Defense` opens `Defense Minister` (a position) but not `Defense Ministry`
    got = orgs(view_en(tmp_path, sentence))
    assert got[name]["kind"] == "government"


def test_a_position_of_a_domain_is_still_no_body(tmp_path: Path) -> None:
    got = view_en(
        tmp_path, "Gen. Tom Hart, Chief of Defence Staff, met Defense Minister Ken Sato on Tuesday."
    )
    assert orgs(got) == {}


def test_a_body_before_a_rank_ends_where_the_rank_starts(tmp_path: Path) -> None:
    got = orgs(view_en(tmp_path, "Zemblan Navy Rear Adm. Tom Hart met Ken Sato in Lagos on Tuesday."))
    assert "Zemblan Navy" in got


def test_bodies_of_two_states_named_alike_stay_two(tmp_path: Path) -> None:
    # the nationality is left out to compare names (`force française Tamarin`), not across states
    got = orgs(
        view_en(
            tmp_path,
            "U.S. Navy Rear Adm. Tom Hart met Nigerian Navy chief Vice Adm. Ken Sato in Lagos on Tuesday.",
        )
    )
    assert {"Nigerian Navy", "U.S. Navy"} <= set(got)
    assert (got["Nigerian Navy"]["country"], got["U.S. Navy"]["country"]) == ("NG", "US")


def test_the_town_between_a_and_the_object_of_a_reception_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le commandant en chef de l’armée, le général Paul Mercadier, a reçu dans son bureau à Yarzé le "
        "conseiller militaire, le général Jean Lansac.",
    )
    assert "Yarzé" not in orgs(got)
    assert [m["location"] for m in got["meetings"]] == ["Yarzé"]


def test_a_name_in_capitals_after_the_word_operation_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’opération KORVAK menée par les Forces armées canadiennes s’est tenue du 1er au 17 mars à "
        "Resolute Bay. Avant 2018, plusieurs exercices ont eu lieu dans le Nord, notamment l’opération "
        "KORVAK.",
    )
    assert "KORVAK" not in {o["name"] for o in got["organisations"]}


@pytest.mark.parametrize(
    ("sentence", "body", "letters"),
    [
        (
            "Le général Marc Obert, commandant supérieur des forces armées dans la zone Nord de l’océan "
            "Atlantique (FAZNOA), s’est rendu à Dakar.",
            "forces armées dans la zone Nord de l’océan Atlantique",
            "FAZNOA",
        ),
        (
            "Un bâtiment des forces armées aux Caraïbes (FAC) a fait escale à Dakar.",
            "forces armées aux Caraïbes",
            "FAC",
        ),
    ],
)
def test_a_body_whose_letters_cover_its_lower_case_head_and_a_place_s_preposition(
    tmp_path: Path, sentence: str, body: str, letters: str
) -> None:
    got = view(tmp_path, sentence)
    assert (body[0].upper() + body[1:], letters) in {(o["name"], o["acronym"]) for o in got["organisations"]}


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("M. Valdemar Orsini (PLV) a hérité du portefeuille de la Défense.", {"PLV"}),
        ("Selon le journaliste Jens Maartens (RTZ), un accord a été trouvé.", {"RTZ"}),
        ("Le président Armand Kossi Tembo (AKT) a reçu le ministre.", set()),
    ],
)
def test_letters_after_a_person_name_their_party_or_outlet_or_are_their_initials(
    tmp_path: Path, sentence: str, bodies: set[str]
) -> None:
    got = view(tmp_path, sentence)
    assert {o["name"] for o in got["organisations"]} == bodies


def test_letters_after_a_country_are_its_own_or_an_agency_s(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Des forces venues d’Égypte et des Émirats arabes unis (EAU) participent.\n\nLomé, Togo (NOVA) - Le "
        "comité s’est réuni.",
    )
    assert {o["name"] for o in got["organisations"]} == {"NOVA"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("La brigade a rejoint l’Alliance [l’OTAN] en 2024.", "Alliance"),
        ("Après la démission des ministres du Parti Valdarien - PV - le gouvernement a changé.", None),
    ],
)
def test_a_gloss_in_square_brackets_or_a_closing_dash_is_no_part_of_a_body(
    tmp_path: Path, sentence: str, body: str | None
) -> None:
    got = view(tmp_path, sentence)
    assert not any(o["name"].endswith(("-", "]")) or "[" in o["name"] for o in got["organisations"])


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("The drills went on near the border, according to the Korvala Times on Monday.", "Korvala Times"),
        ("The drills went on near the border, Korvapress has learned from the ministry.", "Korvapress"),
        ("The drills went on near the border, spokesman Halvard Quist told Korvag news agency.", "Korvag"),
        ("The drills went on near the border, Korvala News reported.", "Korvala News"),
        ("Les manœuvres se poursuivent à la frontière, selon Korvapress.", "Korvapress"),
        ("Les manœuvres se poursuivent à la frontière, selon le quotidien Korvag.", "Korvag"),
    ],
)
def test_an_outlet_cited_as_the_source_of_the_news_is_a_body(body: str, outlet: str, tmp_path: Path) -> None:
    got = view(tmp_path, body)
    assert [(o["name"], o["kind"]) for o in got["organisations"]] == [(outlet, "media")]


@pytest.mark.parametrize(
    "body",
    [
        "The drills went on near the border, according to Halvard Quist on Monday.",
        "Gen. Halvard Quist met Gen. Ferris Oakhurst. According to Quist, the drills went on.",
        "The drills went on near the border, according to the Pentagon on Monday.",
        "Les manœuvres se poursuivent à la frontière, selon Moscou.",
        "Les manœuvres se poursuivent à la frontière, selon le général Halvard Quist.",
    ],
)
def test_a_person_a_place_or_a_seat_of_power_cited_as_a_source_is_no_outlet(
    body: str, tmp_path: Path
) -> None:
    assert view(tmp_path, body)["organisations"] == []
