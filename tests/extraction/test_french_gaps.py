"""French news forms the extractor used to misread, on invented articles.

Each test states one rule of French news language; names and places are made up or generic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_extraction_fr import names, view


def _person(got: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in got["persons"] if p["name"] == name)


def test_a_position_complement_without_commas_is_no_part_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre des Finances Moussa Keïtari a reçu mardi à Bamako le ministre des Armées Hervé Lansac.",
    )
    assert names(got["persons"]) == {"Moussa Keïtari", "Hervé Lansac"}
    assert [r["role"] for r in _person(got, "Moussa Keïtari")["roles"]] == ["ministre des Finances"]
    assert [r["role"] for r in _person(got, "Hervé Lansac")["roles"]] == ["ministre des Armées"]
    assert got["organisations"] == []
    assert len(got["meetings"]) == 1


def test_coordinated_complements_stay_one_position(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de l’Économie et des Finances Moussa Keïtari a reçu mardi le général Paul Mercadier.",
    )
    assert names(got["persons"]) == {"Moussa Keïtari", "Paul Mercadier"}
    roles = [r["role"] for r in _person(got, "Moussa Keïtari")["roles"]]
    assert roles == ["ministre de l’Économie et des Finances"]


def test_an_elided_capital_inside_a_name_is_a_surname(tmp_path: Path) -> None:
    got = view(tmp_path, "Le général Paul Mercadier a reçu mardi à Cotonou le colonel Aimé D’Almavio.")
    assert names(got["persons"]) == {"Paul Mercadier", "Aimé D’Almavio"}


def test_a_hand_wrapped_paragraph_keeps_its_sentences_whole(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier, chef d’état-major des armées, a reçu\n"
        "mardi à Niamey le colonel Jonas Brevik, commandant de la force\n"
        "conjointe. Les deux officiers ont évoqué la coopération entre\n"
        "leurs armées, puis le général Paul Mercadier s’est rendu jeudi à\n"
        "Zinder, où il a rencontré le ministre de la Défense, Omar Talbi.",
        published="2024-03-10",
    )
    meetings = {(m["date"], m["location"]) for m in got["meetings"]}
    assert ("2024-03-05", "Niamey") in meetings
    assert ("2024-03-07", "Zinder") in meetings


def test_a_site_named_after_a_lower_case_site_is_a_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a reçu jeudi au siège de l’état-major le général Jonas Brevik.",
        published="2024-03-10",
    )
    [meeting] = got["meetings"]
    assert meeting["location"] == "siège de l’état-major"


def test_a_site_named_after_a_town_is_in_the_town_s_country(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a reçu mardi à la base aérienne de Thiès le colonel Jonas Brevik. "
        "Le lendemain, le président Omar Talbi a reçu au palais présidentiel de Niamey "
        "le général Jonas Brevik.",
        published="2024-03-10",
    )
    places = {(m["location"], m["location_country"]) for m in got["meetings"]}
    assert places == {("base aérienne de Thiès", "SN"), ("palais présidentiel de Niamey", "NE")}


def test_a_region_in_the_topic_is_no_second_meeting_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Une réunion des experts de la CEDEAO et de l’Union africaine s’est tenue mardi à Abuja "
        "sur la situation sécuritaire au Sahel.",
        published="2024-03-10",
    )
    assert [(m["date"], m["location"]) for m in got["meetings"]] == [("2024-03-05", "Abuja")]


def test_a_meeting_announced_then_named_with_y_is_one_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La rencontre s’est tenue mardi au palais présidentiel de Niamey. "
        "Le président Omar Talbi y a reçu le général Jonas Brevik.",
        published="2024-03-10",
    )
    [meeting] = got["meetings"]
    assert (meeting["date"], meeting["location"]) == ("2024-03-05", "palais présidentiel de Niamey")
    assert set(meeting["participants"]) == {"Omar Talbi", "Jonas Brevik"}


def test_a_delegation_s_arrival_places_the_visit_s_meetings(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La délégation française est arrivée lundi à Niamey. "
        "Le général Jonas Brevik a été reçu mardi par le ministre de la Défense, Omar Talbi.",
        published="2024-03-10",
    )
    [meeting] = got["meetings"]
    assert (meeting["date"], meeting["location"]) == ("2024-03-05", "Niamey")


def test_a_military_school_is_a_meeting_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier effectue depuis lundi une visite officielle au Sénégal. "
        "Mercredi, il a visité les écoles militaires de Thiès, dont le commandant, le colonel Jonas Brevik, "
        "l’a accueilli.",
        published="2024-03-10",
    )
    places = {(m["location"], m["location_country"]) for m in got["meetings"]}
    assert ("écoles militaires de Thiès", "SN") in places


def test_an_announced_signing_comes_before_the_conference_it_was_held_beside(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La Valdavie et la Norlande ont signé mardi un traité naval en marge du Forum de Kestrel "
        "sur la sécurité maritime.\n\n"
        "Le traité a été signé par Paul Mercadier, ministre valdave de la Défense, et par Jonas Brevik, "
        "son homologue norlandais.\n\n"
        "Le Forum de Kestrel sur la sécurité maritime se tient du 3 au 5 mars.",
        published="2024-03-06",
    )
    assert [m["date"] for m in got["meetings"]] == ["2024-03-05", "2024-03-03"]


def test_a_ship_type_with_its_letters_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le bâtiment de projection et de commandement (BPC) Orvault a fait escale mardi à Lomé, où son "
        "commandant, le capitaine de vaisseau Paul Mercadier, a reçu le général Jonas Brevik.",
        published="2024-03-10",
    )
    assert [o["name"] for o in got["organisations"]] == []


def test_a_body_written_with_and_without_an_article_is_one_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La Brigade en Alerte d’Afrique du Nord a tenu mardi à Tunis un exercice de commandement. "
        "Le général Paul Mercadier a félicité la Brigade en Alerte de l’Afrique du Nord pour son travail.",
        published="2024-03-10",
    )
    assert len([o for o in got["organisations"] if "Brigade" in o["name"]]) == 1


def test_a_name_in_parentheses_after_a_body_is_another_name_of_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice est organisé par l’Agence maritime de Valdavie (Valdavian Maritime Agency, VMA) "
        "dans le nord du pays. Le général Paul Mercadier a reçu mardi le colonel Jonas Brevik.",
        published="2024-03-10",
    )
    [body] = got["organisations"]
    assert body["name"] == "Agence maritime de Valdavie"
    assert body["acronym"] == "VMA"
    assert "Valdavian Maritime Agency" in body["mentions"]


def test_an_exercise_told_in_the_compound_past_of_a_relative_clause_was_held(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les deux frégates ont quitté Lomé dans le cadre de l’exercice Trident Boréal, qui a réuni "
        "douze marines de la région pendant trois semaines.",
    )
    [exercise] = got["exercises"]
    assert exercise["status"] == "held"


def test_a_name_described_as_a_locality_is_a_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les soldats togolais s’entraînent aux côtés des soldats tchadiens, dans le cadre de manœuvres "
        "conjointes organisées à Kelina, localité du nord-ouest du pays proche de la frontière. Cet "
        "exercice, baptisé SABLE ROUGE, se déroule depuis le 20 mai 2024 au centre de formation des "
        "forces spéciales de Kelina.",
        published="2024-05-25",
        title="Sahel : des armées en manœuvres à Kelina",
    )
    assert got["persons"] == []
    [exercise] = got["exercises"]
    assert exercise["location"] == "Kelina"


def test_the_place_of_a_situation_discussed_is_not_where_they_met(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a rencontré mardi son homologue, le général Jonas Brevik, pour parler "
        "de la crise sécuritaire en Libye et au Tchad.",
        published="2024-03-10",
    )
    [meeting] = got["meetings"]
    assert meeting["location"] is None


def test_a_meeting_is_held_where_the_sentence_announcing_it_says(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre se rend au Portugal pour une visite de deux jours. Le premier jour de la visite se "
        "passe à Lisbonne avec un entretien bilatéral. Paul Mercadier rencontre son homologue, Jonas "
        "Brevik, pour parler de la crise en Libye.",
        published="2024-03-10",
    )
    [meeting] = got["meetings"]
    assert meeting["location"] == "Lisbonne"


def test_a_dated_past_encounter_after_a_planned_one_is_another_one(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le maréchal Paul Mercadier est arrivé mardi à Moscou. Il a été accueilli par le vice-ministre "
        "Jonas Brevik. Le maréchal doit s’entretenir avec de hauts responsables russes de la situation en "
        "Libye. Ce déplacement intervient une semaine après le passage de Brevik à Benghazi. Le 17 "
        "septembre, Jonas Brevik y avait rencontré Paul Mercadier.",
        published="2023-09-27",
    )
    assert [(m["location"], m["status"]) for m in got["meetings"]] == [
        ("Moscou", "held"),
        ("Moscou", "planned"),  # planned during the visit: where the visitor is
        ("Benghazi", "held"),
    ]


def test_a_country_that_receives_the_exercise_as_a_pronoun_hosts_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a ouvert lundi l’exercice Sable Rouge, huitième du nom.\n\n"
        "Des menaces pèsent sur toute la région, a-t-il rappelé devant les troupes.\n\n"
        "Les groupes armés multiplient les attaques depuis des mois.\n\n"
        "Cet exercice doit durer trois semaines. Le Tchad l’avait déjà accueilli lors de la 6e édition "
        "de 2019.",
        published="2024-03-10",
    )
    assert [e["location"] for e in got["exercises"]] == ["Tchad", "Tchad"]


def test_a_country_before_a_coordination_does_not_own_the_next_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Des officiers des unités du sud de la Norvège et de l’Armée populaire de Valdavie (APV) se sont "
        "retrouvés mardi à Oslo.",
        published="2024-03-10",
    )
    assert "Armée populaire de Valdavie" in [o["name"] for o in got["organisations"]]


def test_where_the_proceedings_are_held_places_the_meeting_more_precisely(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a reçu ce jeudi à Accra son homologue, le général Jonas Brevik. Les "
        "travaux se sont tenus au camp Kestrel, dans la capitale ghanéenne.",
        published="2024-03-14",
    )
    [meeting] = got["meetings"]
    assert meeting["location"] == "camp Kestrel"


def test_capitals_after_a_plural_article_are_a_body_even_when_a_town_bears_them(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le commandant des FAB, Paul Mercadier, a accueilli lundi le général Jonas Brevik au siège de "
        "l’état-major.",
        published="2024-03-10",
    )
    assert "FAB" in [o["name"] for o in got["organisations"]]


def test_a_qualifier_after_a_position_s_body_is_not_part_of_the_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le président Jean Valdo a reçu mardi une délégation militaire. Elle comprenait :\n"
        "le lieutenant-colonel Paul Mercadier : Chef d’état-major de l’Armée de l’Air Adjoint.",
        published="2024-03-10",
    )
    assert [o["name"] for o in got["organisations"]] == ["Armée de l’Air"]


def test_an_exercise_headline_after_a_place_and_a_colon_is_placed_there(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Plusieurs États de la région se sont lancés lundi dans la 5e édition de Trident Boréal, un "
        "exercice multinational. Le général Paul Mercadier a salué la mobilisation des équipages.",
        published="2024-03-05",
        title="Madagascar : coup d’envoi de la 5e édition de Trident Boréal",
    )
    [exercise] = got["exercises"]
    assert exercise["location"] == "Madagascar"


def test_a_month_without_year_takes_the_year_the_article_writes(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Deux navires valdaves font escale à Lomé du mardi 29 août au vendredi 1er septembre 2017.\n\n"
        "Le général Paul Mercadier a reçu mardi les commandants des deux navires.\n\n"
        "Les officiers ont évoqué la coopération entre les deux marines.\n\n"
        "L’escale comprend des entraînements avec la marine togolaise, en prélude à l’exercice TRIDENT "
        "BORÉAL prévu au cours du mois de septembre.",
    )
    [exercise] = got["exercises"]
    assert exercise["start"] == "2017-09"


def test_a_site_written_in_capitals_without_accents_is_a_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a accueilli lundi le général Jonas Brevik à l’Etat-Major Général des "
        "FAV, à Lomé.",
        published="2024-03-10",
    )
    [meeting] = got["meetings"]
    assert meeting["location"] == "Etat-Major Général des FAV"


def test_the_headline_visit_places_every_encounter_of_the_visitors(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Arrivé jeudi, le ministre valdave des Armées, M. Paul Mercadier, doit rester trois jours. Il a été "
        "reçu vendredi par le président, M. Jonas Brevik. Samedi, il s’est entretenu avec son homologue, "
        "le ministre de la Défense, M. Omar Talbi.",
        published="2024-03-10",
        title="Le ministre valdave des Armées en visite à Djibouti",
    )
    assert [m["location"] for m in got["meetings"]] == ["Djibouti"] * len(got["meetings"])
    assert len(got["meetings"]) == 2


def test_the_place_of_a_coup_is_not_where_a_call_took_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a multiplié les échanges depuis le coup d’État au Niger. Il a eu lundi "
        "des entretiens téléphoniques avec son homologue, le général Jonas Brevik.",
        published="2024-03-10",
    )
    assert [m["location"] for m in got["meetings"]] == [None]


def test_a_name_right_after_a_reporting_word_is_the_source(tmp_path: Path) -> None:
    # the position after the name (`, porte-parole …`), none at all, or the agent of a reporting noun
    # (`un communiqué diffusé par X`): the one who tells is no party
    for sentence in (
        "Le ministre Omar Talbi a reçu mardi à Rabat le général Tom Hart, a indiqué Jeanne Roux, "
        "porte-parole du ministère.",
        "Selon Jeanne Roux, le ministre Omar Talbi a reçu mardi à Rabat le général Tom Hart.",
        "Selon un communiqué diffusé par Jeanne Roux, porte-parole du ministère, le ministre Omar Talbi et "
        "le général Tom Hart ont discuté mardi à Rabat de la coopération militaire.",
    ):
        got = view(tmp_path, sentence)
        assert [set(m["participants"]) for m in got["meetings"]] == [{"Omar Talbi", "Tom Hart"}], sentence


def test_a_name_set_off_by_commas_before_a_pronoun_clause_is_the_object_of_the_first_verb(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, Paul Mercadier, est arrivé lundi à Vérone. Le ministre reçoit mardi "
        "l’ambassadeur du Portugal, Rui Fontelas, afin qu’ils s’entretiennent de la coopération navale.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Paul Mercadier", "Rui Fontelas"}]


def test_a_name_with_its_own_verb_after_the_comma_is_still_a_clause_of_its_own(tmp_path: Path) -> None:
    """The guard of the rule above: without a pronoun, the name after the comma is the next verb's subject."""
    got = view(
        tmp_path,
        "Paul Mercadier, reçu lui aussi lundi au ministère, c’est Rui Fontelas qui a été accueilli hier "
        "par le général Henri Lusset.",
    )
    found = [set(m["participants"]) for m in got["meetings"]]
    assert {"Rui Fontelas", "Henri Lusset"} in found
    assert {"Paul Mercadier", "Rui Fontelas", "Henri Lusset"} not in found


def test_a_position_no_one_holds_is_the_subject_whose_position_was_never_written(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Agenda de la semaine\nM. Paul Mercadier prononce lundi un discours à Vérone. "
        "Le ministre reçoit ensuite l’ambassadeur du Portugal, Rui Fontelas.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Paul Mercadier", "Rui Fontelas"}]


def test_a_position_no_one_holds_is_not_the_visitor_just_arrived(tmp_path: Path) -> None:
    """The guard of the rule above: who arrives is received, not the one receiving."""
    got = view(
        tmp_path, "Paul Mercadier est arrivé lundi à Dakar. Le ministre a reçu mardi l’amiral Rui Fontelas."
    )
    assert all("Paul Mercadier" not in m["participants"] for m in got["meetings"])


def test_a_position_is_not_given_to_someone_whose_rank_is_known(tmp_path: Path) -> None:
    """The guard: `le ministre` is not the general named before."""
    got = view(
        tmp_path,
        "Le général Paul Mercadier se rend à Vérone. Le ministre reçoit ensuite l’ambassadeur du Portugal, "
        "Rui Fontelas.",
    )
    assert all("Paul Mercadier" not in m["participants"] for m in got["meetings"])


def test_the_sidelines_of_a_trade_show_are_no_encounter_of_their_own(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre des Armées Paul Mercadier se rend au salon naval de Vérone. En marge du salon, "
        "le ministre s’entretient avec son homologue portugais, Rui Fontelas.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Paul Mercadier", "Rui Fontelas"}]


def test_a_position_ends_before_a_finite_verb(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier, chef d’état-major des armées togolaises a rendu visite lundi au général "
        "Rui Fontelas.",
    )
    roles = [r["role"] for r in _person(got, "Paul Mercadier")["roles"]]
    assert roles and all("rendu" not in role for role in roles)


def test_a_clause_before_a_name_is_not_its_position(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre des Armées Paul Mercadier est arrivé à Vérone. Le ministre s’entretient avec son "
        "homologue, Rui Fontelas.",
    )
    assert _person(got, "Rui Fontelas")["roles"] == []
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Paul Mercadier", "Rui Fontelas"}]


def test_a_participle_stays_in_the_position(tmp_path: Path) -> None:
    """The guard of the two rules above: `chargé de …` is no finite verb."""
    got = view(
        tmp_path,
        "Le ministre délégué chargé des anciens combattants, Paul Mercadier, a reçu lundi le général "
        "Rui Fontelas.",
    )
    roles = [r["role"] for r in _person(got, "Paul Mercadier")["roles"]]
    assert roles == ["ministre délégué chargé des anciens combattants"]


def test_the_next_meeting_is_not_the_one_just_reported(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Paul Mercadier a rencontré lundi à Vérone son homologue Rui Fontelas. Les deux hommes "
        "ont évoqué les priorités de la prochaine réunion des ministres de la Défense de l’OTAN à Bruxelles.",
    )
    found = [(set(m["participants"]), m["location"], m["status"]) for m in got["meetings"]]
    assert found == [({"Paul Mercadier", "Rui Fontelas"}, "Vérone", "held"), (set(), "Bruxelles", "planned")]


def test_two_who_will_meet_again_meet_in_a_planned_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Paul Mercadier a rencontré lundi à Vérone son homologue Rui Fontelas. Les deux "
        "ministres se retrouveront le mois prochain à Bruxelles.",
    )
    found = [(set(m["participants"]), m["location"], m["status"]) for m in got["meetings"]]
    assert found == [
        ({"Paul Mercadier", "Rui Fontelas"}, "Vérone", "held"),
        ({"Paul Mercadier", "Rui Fontelas"}, "Bruxelles", "planned"),
    ]


def test_a_ship_named_after_its_type_and_acronym_is_no_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Du 3 au 7 mai 2024, l’exercice Brise 24 a réuni la Frégate de défense aérienne (FDA) Chevalier "
        "Martel et le Patrouilleur de haute-mer (PHM) Commandant Rivaud au large de Toulon.",
    )
    assert got["persons"] == []
    assert got["meetings"] == []


def test_a_ship_noun_inside_a_rank_still_introduces_a_person(tmp_path: Path) -> None:
    """The guard: `capitaine de frégate` is a rank, and a nationality may follow a ship's noun."""
    got = view(
        tmp_path,
        "Le capitaine de frégate Paul Mercadier a reçu lundi le commandant Rui Fontelas à bord du "
        "porte-avions français Amiral Duperré.",
    )
    assert names(got["persons"]) == {"Paul Mercadier", "Rui Fontelas"}


def test_devait_rencontrer_is_a_planned_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense Paul Mercadier devait rencontrer vendredi son homologue portugais "
        "Rui Fontelas à Vérone.",
    )
    assert [(set(m["participants"]), m["status"]) for m in got["meetings"]] == [
        ({"Paul Mercadier", "Rui Fontelas"}, "planned")
    ]


def test_a_gulf_is_the_exercise_place_and_not_a_participant(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les marines du Ghana et du Togo participent à l’exercice Obangame Express dans le golfe de Guinée.",
    )
    [exercise] = got["exercises"]
    assert exercise["location"] == "golfe de Guinée"
    assert "Guinée" not in exercise["participants"]


def test_two_visitors_who_talk_with_one_before_meeting_another_meet_each(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Paul Mercadier et son homologue espagnol Luis Ortegal vont échanger avec leur homologue "
        "sénégalais, Moussa Diallou, avant de rencontrer le président Amadou Fallou.",
    )
    found = [(set(m["participants"]), m["status"]) for m in got["meetings"]]
    assert found == [
        ({"Paul Mercadier", "Luis Ortegal", "Moussa Diallou"}, "planned"),
        ({"Paul Mercadier", "Luis Ortegal", "Amadou Fallou"}, "planned"),
    ]


def test_ils_opening_a_sentence_are_the_people_just_named(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Paul Mercadier et le général Luis Ortegal seront à Dakar le 24 octobre. Ils vont "
        "échanger avec le général Moussa Diallou.",
    )
    found = [set(m["participants"]) for m in got["meetings"]]
    assert found == [{"Paul Mercadier", "Luis Ortegal", "Moussa Diallou"}]


def test_a_verb_with_a_tense_of_its_own_keeps_it(tmp_path: Path) -> None:
    """The guard: the second verb is not made planned when it says it was held."""
    got = view(
        tmp_path,
        "Le ministre Paul Mercadier doit recevoir lundi le général Luis Ortegal, et a rencontré hier le "
        "président Amadou Fallou.",
    )
    found = [(set(m["participants"]), m["status"]) for m in got["meetings"]]
    assert found == [
        ({"Paul Mercadier", "Luis Ortegal"}, "planned"),
        ({"Paul Mercadier", "Amadou Fallou"}, "held"),
    ]


def test_a_country_of_two_words_in_a_position_is_no_part_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense du Burkina Faso Jean-Marc Ouédrago a reçu le général Paul Mercadier.",
    )
    assert names(got["persons"]) == {"Jean-Marc Ouédrago", "Paul Mercadier"}
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Jean-Marc Ouédrago", "Paul Mercadier"}]


def test_a_recognised_span_opening_with_a_country_starts_the_name_after_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Pour le président du Burkina Faso Jean-Marc Ouédrago, l’exercice est bienvenu, a constaté un "
        "journaliste.",
    )
    assert names(got["persons"]) == {"Jean-Marc Ouédrago"}


def test_a_name_written_surname_first_is_one_person_with_its_surname(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre chinois de la Défense Cao Gangzhu a rencontré mardi à Paris la ministre Michèle "
        "Alliot-Marion. M. Cao et Mme Alliot-Marion ont également évoqué la situation en Corée.",
    )
    assert names(got["persons"]) == {"Cao Gangzhu", "Michèle Alliot-Marion"}


def test_an_exercise_named_like_a_region_right_after_the_word_is_named_so(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les forces armées malgaches et françaises ont lancé lundi l’exercice Diana à Antsiranana.",
    )
    assert [(e["name"], e["location"]) for e in got["exercises"]] == [("Diana", "Antsiranana")]


def test_a_quoted_acronym_after_the_word_names_the_exercise(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le coup d’envoi de l’exercice « SKYEX » a été donné lundi sur la base aérienne de Mont-de-Marsan.",
    )
    assert [e["name"] for e in got["exercises"]] == ["SKYEX"]
    assert got["organisations"] == []


def test_limits_of_this_release_rules_in_french(tmp_path: Path) -> None:
    """Guards found by review: each rule added this release stays inside its reach."""
    got = view(
        tmp_path,
        "Le ministre de la Défense Paul Mercadier va au Niger, où il s’entretient ce lundi avec le général "
        "Rui Fontelas.",
    )
    assert [m["status"] for m in got["meetings"]] == ["held"]
    got = view(
        tmp_path, "Les ministres Paul Mercadier et Rui Fontelas se retrouvent en désaccord sur la question."
    )
    assert got["meetings"] == []
    got = view(
        tmp_path,
        "Le ministre Paul Mercadier s’est entretenu lundi avec le général Rui Fontelas en marge du Salon "
        "aéronautique de Dubaï.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Paul Mercadier", "Rui Fontelas"}]


def test_adjectives_after_a_body_s_head_are_its_name_not_a_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Karim Benslama, Chef d’Etat-Major de l’Armée Nationale Populaire, a reçu mardi à "
        "Alger le général Paul Mercadier. L’Armée Nationale Populaire a salué la visite.",
    )
    assert names(got["persons"]) == {"Karim Benslama", "Paul Mercadier"}
    assert names(got["organisations"]) == {"Armée Nationale Populaire"}
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Karim Benslama", "Paul Mercadier"]]


def test_a_lone_word_after_a_definite_article_is_no_person(tmp_path: Path) -> None:
    got = view(tmp_path, "Le général Paul Mercadier est le patron de l'Espace (@Armee_de_lair) depuis 2021.")
    assert names(got["persons"]) == {"Paul Mercadier"}
    got = view(tmp_path, "Le général Paul Mercadier a dîné avec la Merkel administration.")
    assert "Merkel" in names(got["persons"])  # a lower-case word after it: a modifier, maybe a person


def test_a_body_s_second_complement_goes_on_its_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministère de l’Intérieur et des Anciens combattants a annoncé mardi que l’Armée de l’Air et "
        "de l’Espace prend part à l’exercice, avec les Forces armées du Mali et du Niger.",
    )
    orgs = names(got["organisations"])
    assert "Ministère de l’Intérieur et des Anciens combattants" in orgs
    assert "Armée de l’Air et de l’Espace" in orgs
    assert not any(o.endswith(("prend", "Niger")) for o in orgs)  # a verb, and a second state, end it


def test_a_participle_opening_a_sentence_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La cérémonie de clôture s’est déroulée hier à Kati sous la présidence du chef de l’Etat.\n"
        "Organisé pour la première fois en 2005, l’exercice militaire multinational « Sable Doré » est une "
        "initiative des forces américaines. Il a réuni les armées de dix pays et les ingénieurs "
        "d’Eurocopter.",
    )
    orgs = names(got["organisations"])
    assert "Organisé" not in orgs
    assert "Eurocopter" in orgs  # a name the parse reads as an infinitive stays one


def test_an_apostrophe_inside_double_quotes_is_part_of_the_exercise_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "L’exercice militaire « Sable d’Or » a débuté lundi à Kati. Les « Rempart d’Acier » manœuvres "
        "suivront. L'exercice \"Lion d'Afrique\" est prévu en 2027.",
    )
    assert {e["name"] for e in got["exercises"]} == {"Sable d’Or", "Rempart d’Acier", "Lion d'Afrique"}


def test_a_capitalised_adjective_of_a_second_complement_goes_on_the_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a rencontré mardi le secrétaire général du ministère de l’Europe et "
        "des Affaires Etrangères EMA à Paris.",
    )
    assert "Ministère de l’Europe et des Affaires Etrangères" in names(got["organisations"])


def test_a_purpose_verb_after_an_apposed_name_is_the_same_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a reçu dans son bureau à Tamba l’ambassadeur de Turquie, Murat Kaplan, "
        "pour discuter de la situation régionale.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Murat Kaplan", "Paul Mercadier"]]


def test_also_received_then_the_talks_is_another_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a reçu mardi à Tamba l’ambassadeur de Turquie, Murat Kaplan.\n"
        "Il a également reçu le commandant de l’armée italienne, le général Luca Ferri, et l’entretien a "
        "porté sur la coopération.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [
        ["Murat Kaplan", "Paul Mercadier"],
        ["Luca Ferri", "Paul Mercadier"],
    ]


def test_a_ship_noun_with_its_complements_names_a_ship(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les équipages de la frégate française Vautour et de la frégate de la marine royale Abou Tarik "
        "viennent de s’entraîner. Le bâtiment d’essais et de mesures Lamarque fait escale à Brest. Le "
        "bâtiment de soutien et d’assistance outre-mer Kerlan est de retour à La Réunion.",
    )
    assert got["persons"] == []
    assert got["meetings"] == []  # `La Réunion`: the island


def test_a_name_the_text_gives_a_ship_is_the_ship_s_elsewhere(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La frégate a mené un exercice avec le destroyer USS Harlan Briggs. « Nous avons appris », "
        "explique le Cmdr. Todd Hutchins, commandant du Harlan Briggs.",
    )
    assert names(got["persons"]) == {"Todd Hutchins"}


def test_a_word_between_a_and_the_verb_s_object_is_the_town(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a reçu dans son bureau à Yarzouna le député Tony Frangis, où ils ont "
        "discuté de la situation.",
    )
    assert names(got["persons"]) == {"Paul Mercadier", "Tony Frangis"}
    assert [(sorted(m["participants"]), m["location"]) for m in got["meetings"]] == [
        (["Paul Mercadier", "Tony Frangis"], "Yarzouna")
    ]
    got = view(tmp_path, "Le général Paul Mercadier a reçu dans son bureau à Marzeh le député Tony Frangis.")
    assert [m["location"] for m in got["meetings"]] == ["Marzeh"]


def test_portant_le_nom_de_names_the_exercise(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Les frégates française et marocaine ont mené au large de Toulon cet exercice militaire portant le "
        "nom de SABLEX 2012.",
    )
    assert [(e["name"], e["edition"]) for e in got["exercises"]] == [("SABLEX", "2012")]
    assert got["organisations"] == []


def test_the_parties_of_a_talk_between_two_people_exclude_its_reporter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "« Les deux pays ont mis à jour leur accord », a annoncé le porte-parole du ministère Paul Lenoir "
        "à l’issue d’un entretien entre le ministre de la Défense Jean Marcel et son homologue uruguayen "
        "Pedro Alvarez. La rencontre s’est tenue à Montevideo. « Cet accord permettra de moderniser la "
        "coopération » entre les deux pays, selon M. Lenoir.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Jean Marcel", "Pedro Alvarez"]]


def test_a_position_with_listed_complements_and_the_last_meeting_of_a_series(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre des Armées, des Anciens combattants et des Victimes de guerre, le général Paul "
        "Mercadier, a accordé jeudi une série d’audiences dans son bureau à Tamba.\n\n"
        "Le ministre a également accueilli le colonel Tibor Varga, nouvel attaché de défense de "
        "l’ambassade de Hongrie. La dernière rencontre a été consacrée à Pascal Saurel, directeur "
        "régional de la société Aerodyne.",
    )
    roles = [r["role"] for r in _person(got, "Paul Mercadier")["roles"]]
    assert roles == ["ministre des Armées, des Anciens combattants et des Victimes de guerre"]
    meetings = [sorted(m["participants"]) for m in got["meetings"]]
    assert meetings[0] == ["Paul Mercadier", "Tibor Varga"]  # the last meeting is another one
    assert len(meetings) == 2 and "Pascal Saurel" in meetings[1]


def test_limits_of_the_fourth_real_page_set_rules_in_french(tmp_path: Path) -> None:
    """Guards found by review of this release's rules: each stays inside its reach."""
    got = view(
        tmp_path,
        "Le ministre de la Défense Paul Mercadier a reçu lundi à Tamba le général Honoré Petit. Le "
        "ministre s’est dit honoré d’accueillir un officier venu d’un petit détachement.",
    )
    assert "Honoré Petit" in names(got["persons"])  # words written in lower case: only in headlines
    got = view(
        tmp_path,
        "Le ministre Paul Mercadier a reçu mardi à Dakar le président du Sénat, Amadou Sarr. Le budget "
        "des armées, que le sénat doit examiner en novembre, a été évoqué.",
    )
    assert "Sénat" in names(got["organisations"])  # written in lower case, but not a sentence's start
    got = view(
        tmp_path,
        "Le ministre de la Défense, Salif Mounkaïla, a présidé mardi à Niamey une réunion entre les chefs "
        "d’état-major, le général Moussa Bako et le général Oumar Dicko.",
    )
    assert "Salif Mounkaïla" in got["meetings"][0]["participants"]  # the chair is a party
    got = view(
        tmp_path,
        "Le ministre des Armées, Paul Mercadier, a rencontré lundi à Accra le chef d’état-major, le "
        "général Kofi Asamoah, alors que le président Kwame Ofori se rendra mardi à Kumasi pour "
        "rencontrer les chefs traditionnels.",
    )
    assert sorted(got["meetings"][0]["participants"]) == ["Kofi Asamoah", "Paul Mercadier"]
    got = view(
        tmp_path,
        "Le général Issa Garba a reçu lundi à Zinder le colonel Ali Mahamat. Le général a présenté à "
        "Mahamat le bilan des opérations aériennes.",
    )
    assert "Ali Mahamat" in names(got["persons"])  # `présenter à X`: a person, no town
    assert all(m["location"] != "Mahamat" for m in got["meetings"])


def test_later_audiences_of_a_series_share_a_town_the_gazetteer_lacks(tmp_path: Path) -> None:
    text = (
        "Le chef d’état-major, le général Paul Mercadier, a reçu dans son bureau à Kervanou le député "
        "Jean Lansac. Il a également reçu l’ambassadeur Hervé Tarrade, et ils ont discuté de la coopération."
    )
    got = view(tmp_path, text)
    assert [m["location"] for m in got["meetings"]] == ["Kervanou", "Kervanou"]
    # a venue of several words stays with its own encounter
    venue = text.replace("dans son bureau à Kervanou", "au Palais de la Nation")
    got = view(tmp_path, venue)
    assert [m["location"] for m in got["meetings"]] == ["Palais de la Nation", None]


def test_a_series_of_audiences_dates_and_places_the_audiences_told_after(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, le général Paul Mercadier, a accordé une série d’audiences ce jeudi "
        "12 mars 2026 dans son bureau à Bouaké.\n\nIl a reçu l’ambassadeur Hervé Tarrade. Il a également "
        "reçu le colonel Jean Lansac, attaché de défense.",
    )
    assert [(m["date"], m["location"]) for m in got["meetings"]] == [("2026-03-12", "Bouaké")] * 2
    # one audience in the singular is an encounter of its own, not a series
    single = view(
        tmp_path,
        "Le ministre de la Défense, le général Paul Mercadier, a accordé une audience ce jeudi 12 mars 2026 "
        "à l’ambassadeur Hervé Tarrade.",
    )
    assert [(m["participants"], m["date"]) for m in single["meetings"]] == [
        (["Paul Mercadier", "Hervé Tarrade"], "2026-03-12")
    ]


def test_a_hyphen_or_a_space_between_surname_words_is_one_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Hélène Marchal Dumont a été reçue vendredi par le ministre Paul Mercadier. Hélène Marchal-Dumond "
        "a évoqué la coopération.",
    )
    assert len(got["persons"]) == 2
    assert "Hélène Marchal-Dumond" in _person(got, "Hélène Marchal Dumont")["mentions"]


def test_successivement_makes_one_audience_per_guest(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, le général Paul Mercadier, a reçu successivement à Bouaké l’ambassadeur "
        "Hervé Tarrade et le colonel Jean Lansac.",
    )
    assert [m["participants"] for m in got["meetings"]] == [
        ["Paul Mercadier", "Hervé Tarrade"],
        ["Paul Mercadier", "Jean Lansac"],
    ]
    assert [m["host"] for m in got["meetings"]] == ["Paul Mercadier"] * 2


def test_a_country_after_au_and_le_faso_are_no_persons(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le président du Faso Paul Kaboni a reçu ce matin l’ambassadeur de France au Burkina Faso, "
        "accompagné du directeur Afrique Jean Lansac.",
    )
    assert names(got["persons"]) == {"Paul Kaboni", "Jean Lansac"}
    assert [r["role"] for r in _person(got, "Paul Kaboni")["roles"]] == ["président du Faso"]


def test_the_seat_of_a_body_places_an_encounter_unless_a_town_is_named(tmp_path: Path) -> None:
    seat = (
        "Le ministre Paul Mercadier a reçu hier au siège du ministère de la Défense nationale le général "
        "Jean Lansac."
    )
    got = view(tmp_path, seat)
    assert [m["location"] for m in got["meetings"]] == ["siège du ministère de la Défense nationale"]
    town = seat.replace("Défense nationale le", "Défense nationale, à Bamako, le")
    assert [m["location"] for m in view(tmp_path, town)["meetings"]] == ["Bamako"]


@pytest.mark.parametrize(
    ("venue", "place"),
    [
        (
            "dans la salle des conférences de l’État-major de la Marine",
            "salle des conférences de l’État-major de la Marine",
        ),
        (
            "au siège de l’état-major de l’Armée nationale populaire",
            "siège de l’état-major de l’Armée nationale populaire",
        ),
    ],
)
def test_a_venue_runs_to_the_end_of_the_body_it_is_named_after(
    venue: str, place: str, tmp_path: Path
) -> None:
    got = view(tmp_path, f"Le général Paul Mercadier a reçu {venue} le colonel Jean Lansac.")
    assert [m["location"] for m in got["meetings"]] == [place]


@pytest.mark.parametrize("article", ["l'", "l’"])
def test_a_rank_after_an_elided_article_introduces_a_lone_surname(article: str, tmp_path: Path) -> None:
    got = view(tmp_path, f"Le ministre Paul Mercadier a rencontré {article}amiral Kervadec à Brest.")
    assert names(got["persons"]) == {"Paul Mercadier", "Kervadec"}


def test_limits_of_the_fifth_real_page_set_rules_in_french(tmp_path: Path) -> None:
    # a given name with a hyphen is another person than its first half
    got = view(
        tmp_path,
        "La ministre de la Défense, Marie-Claire Kervadec, a reçu lundi le général Marie Kervadec.",
    )
    assert names(got["persons"]) == {"Marie-Claire Kervadec", "Marie Kervadec"}
    assert len(got["meetings"]) == 1
    # a capitalised rank after the article names a ship
    ship = view(tmp_path, "Le porte-avions l’Amiral Kervadec a pris part à l’exercice « Sable Vert 2025 ».")
    assert names(ship["persons"]) == set()
    # a room names its town's place only when no town is said
    room = view(
        tmp_path,
        "Le général Paul Mercadier a reçu lundi le colonel Jean Lansac dans la salle de réunion de "
        "l’état-major général à Bamako.",
    )
    assert [m["location"] for m in room["meetings"]] == ["Bamako"]
    # patrols led ahead of an exercise do not tell it held
    patrols = view(
        tmp_path,
        "En prévision de l’exercice Sable Vert, la marine a mené lundi des patrouilles au large de Dakar.",
    )
    assert [e["status"] for e in patrols["exercises"]] == ["unknown"]


def test_a_title_case_position_gives_its_country_and_the_counterpart_is_resolved(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le Chef d’Etat Major Général des Armées (CEMGA) du Sénégal, le général de division aérienne Paul "
        "Ndour, effectue une visite en Mauritanie.\n\nLe chef d’état-major de Mauritanie, le général Ali "
        "Ould Tarek et son homologue sénégalais, ont tenu une réunion jeudi.",
    )
    assert _person(got, "Paul Ndour")["country"] == "SN"
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Ali Ould Tarek", "Paul Ndour"]]


def _met(got: dict[str, Any]) -> list[set[str]]:
    return [set(m["participants"]) for m in got["meetings"]]


def test_an_encounter_told_as_earlier_in_the_day_is_another_one(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le président malgache Andry Tovonala s’est entretenu samedi à Antsirabe avec le ministre belge "
        "Paul Verlinden. Le ministre malgache de la Défense, Hery Ralambo, a assisté à l’entretien. "
        "Hery Ralambo a rencontré Paul Verlinden plus tôt dans la journée.",
    )
    assert _met(got) == [
        {"Andry Tovonala", "Paul Verlinden", "Hery Ralambo"},
        {"Hery Ralambo", "Paul Verlinden"},
    ]


def test_a_spokesman_named_before_the_source_of_his_statement_is_no_party(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre malgache Hery Ralambo a rencontré mardi à Antsirabe le ministre belge Paul Verlinden. "
        "Les deux ministres ont discuté de la formation, a déclaré le porte-parole de l’armée Karim "
        "Soltane dans un communiqué.",
    )
    assert _met(got) == [{"Hery Ralambo", "Paul Verlinden"}]


def test_people_met_in_turn_are_met_one_by_one_by_the_visitor(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre belge de la Défense, Paul Verlinden, est arrivé jeudi à Lomé. Le membre du "
        "gouvernement belge devrait s’entretenir avec le ministre togolais de la Sécurité, Koffi Amégan, "
        "ainsi que le ministre des Affaires étrangères Yao Dossou et enfin le président Kossi Agbéyomé.",
    )
    assert _met(got) == [
        {"Paul Verlinden", "Koffi Amégan"},
        {"Paul Verlinden", "Yao Dossou"},
        {"Paul Verlinden", "Kossi Agbéyomé"},
    ]
    assert {m["status"] for m in got["meetings"]} == {"planned"}


def test_a_counterpart_holds_the_position_of_the_person_it_is_said_of(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre belge de la Défense, Paul Verlinden, est arrivé jeudi à Lomé. Il devrait s’entretenir "
        "avec le ministre togolais de la Sécurité, Koffi Amégan, et enfin le président Kossi Agbéyomé. "
        "D’après la présidence, le président Jean Lanvin et son homologue togolais se sont entretenus "
        "samedi au téléphone.",
    )
    assert {"Jean Lanvin", "Kossi Agbéyomé"} in _met(got)
    assert {"Jean Lanvin", "Koffi Amégan"} not in _met(got)


def test_a_surname_written_against_its_particle_is_a_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général de brigade Steven J. deMarco a rencontré lundi à Kinshasa le ministre congolais de la "
        "Défense, Michel Ilunga. Le général deMarco a salué la coopération.",
    )
    assert names(got["persons"]) == {"Steven deMarco", "Michel Ilunga"}
    assert _met(got) == [{"Steven deMarco", "Michel Ilunga"}]


def test_ad_interim_written_short_ends_no_sentence(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier s’est entretenu mardi à Kinshasa avec le ministre de la défense a.i. "
        "Michel Ilunga et le chef d’état-major des FARDC le général Jean Mbuyi.",
    )
    assert _met(got) == [{"Paul Mercadier", "Michel Ilunga", "Jean Mbuyi"}]


def test_a_country_in_capitals_before_a_name_is_not_part_of_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier, accompagné par l’ambassadeur des USA en RDC Mike Hamon, a rencontré "
        "lundi le président Jean Mbuyi.",
    )
    assert names(got["persons"]) == {"Paul Mercadier", "Mike Hamon", "Jean Mbuyi"}


def test_a_position_after_a_comma_that_runs_into_a_name_is_that_persons(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Accompagné du chef d’état-major des armées Thierry Vautrin, le ministre français des Armées "
        "Sébastien Lormont a entamé sa visite par un entretien avec son homologue Yao Dossou.",
    )
    assert [r["role"] for r in _person(got, "Sébastien Lormont")["roles"]] == ["ministre français des Armées"]
    assert [r["role"] for r in _person(got, "Thierry Vautrin")["roles"]] == ["chef d’état-major des armées"]


def test_a_position_listed_before_another_person_ends_at_the_coordinator(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Étaient présents l’amiral Djakaria Konan, chef d’état-major de la marine et monsieur Abou Fofié, "
        "secrétaire permanent du comité.",
    )
    assert [r["role"] for r in _person(got, "Djakaria Konan")["roles"]] == ["chef d’état-major de la marine"]


def test_an_encounter_dated_after_the_publication_is_planned(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Hery Ralambo a reçu mardi à Antsirabe le ministre belge Paul Verlinden. Les deux "
        "ministres ont décidé d’institutionnaliser ces réunions et Hery Ralambo a donné son accord pour se "
        "rendre à Bruxelles l’an prochain.",
        published="2024-10-20",
    )
    assert [(m["date"], m["status"]) for m in got["meetings"]] == [
        ("2024-10-15", "held"),
        ("2025", "planned"),
    ]


def test_this_morning_is_the_day_of_publication(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le président Omar Talbi a eu une séance de travail ce matin avec l’ambassadeur de France, Tom Hart.",
        published="2021-12-13",
    )
    assert [m["date"] for m in got["meetings"]] == ["2021-12-13"]


def test_a_venue_and_its_town_are_one_place_of_a_gathering(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "La réunion de planification principale s’est tenue au niveau de l’État-Major de la Zone Sud à "
        "Agadir, du 9 au 20 janvier 2023, avec les représentants des Forces armées royales.",
    )
    assert len(got["meetings"]) == 1


def test_encounters_planned_during_a_visit_are_where_the_visitor_is(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre belge de la Défense, Paul Verlinden, est arrivé jeudi à Lomé. Il devrait s’entretenir "
        "avec le ministre togolais de la Sécurité, Koffi Amégan. D’après la présidence, le président Jean "
        "Lanvin et le président Kossi Agbéyomé se sont entretenus samedi au téléphone.",
    )
    assert [(sorted(m["participants"]), m["location"]) for m in got["meetings"]] == [
        (["Koffi Amégan", "Paul Verlinden"], "Lomé"),
        (["Jean Lanvin", "Kossi Agbéyomé"], None),
    ]


def test_an_intendant_general_is_a_rank_before_a_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Moussa Keïtari a reçu en audience le colonel Ivan Petrov. L’audience s’est déroulée en "
        "présence de l’intendant-général de brigade Sidi ould Ahmed, secrétaire général du ministère.",
    )
    assert _met(got) == [{"Moussa Keïtari", "Ivan Petrov", "Sidi ould Ahmed"}]
    assert _person(got, "Sidi ould Ahmed")["titles"] == ["intendant-général de brigade"]


def test_where_a_person_is_posted_is_not_where_they_are_received(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Moussa Keïtari a reçu en audience dans son bureau le 28 mars 2018 le colonel Ivan "
        "Petrov, attaché militaire de la Russie, accrédité en Mauritanie avec résidence à Alger.",
    )
    assert [m["location"] for m in got["meetings"]] == [None]


def test_a_country_named_with_words_in_lower_case_is_one_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Paul Mercadier a effectué une visite du 18 au 19 juin en République démocratique du "
        "Congo. Il a rencontré le président Jean Mbuyi.",
    )
    assert [(sorted(m["participants"]), m["location"]) for m in got["meetings"]] == [
        (["Jean Mbuyi", "Paul Mercadier"], "République démocratique du Congo")
    ]


def test_limits_of_the_sixth_real_page_set_rules_in_french(tmp_path: Path) -> None:
    """Guards found by review of this stop's rules: each stays inside its reach."""
    got = view(
        tmp_path,
        "« Nous avons parlé des frontières », a déclaré le ministre sénégalais Paul Kessé à l’issue de son "
        "entretien avec le général Omar Diallo à Bamako.",
    )
    assert _met(got) == [{"Paul Kessé", "Omar Diallo"}]  # a reporter before `à l’issue de` is a party
    got = view(
        tmp_path, "Le général Omar Ba a reçu mardi le colonel Ali Diop au siège de la force basée à Niamey."
    )
    assert [m["location"] for m in got["meetings"]] == ["Niamey"]  # `basée à`: where a body is, not a posting
    got = view(tmp_path, "Le colonel Patrick JORDAN a reçu mardi à Dakar le général Ali Traoré.")
    assert names(got["persons"]) == {
        "Patrick Jordan",
        "Ali Traoré",
    }  # a surname in capitals, even a country's
    got = view(
        tmp_path,
        "Le ministre Karim Bessaoud a été reçu mardi à Niamey par le président Ousmane Talaki. La rencontre, "
        "qui a commencé plus tôt que prévu, a porté sur la sécurité au Sahel.",
    )
    assert len(got["meetings"]) == 1  # `plus tôt que prévu`: the same encounter
    got = view(
        tmp_path,
        "Ali Diop, conseiller spécial du président Macky Faye, a reçu mardi à Bamako le général Omar Ba.",
    )
    roles = [r["role"] for r in _person(got, "Ali Diop")["roles"]]
    assert roles == ["conseiller spécial du président Macky Faye"]  # a name in a position's complement
    got = view(
        tmp_path,
        "Le ministre français Luc Andrin a été reçu mardi à Niamey par le président Ousmane Talaki. Ce "
        "dernier avait eu la veille un entretien avec le général Ali Diop et le colonel Omar Ba.",
    )
    assert {"Ousmane Talaki", "Ali Diop", "Omar Ba"} in _met(got)  # `ce dernier`: the one named last


@pytest.mark.parametrize(
    ("opening", "parties"),
    [
        ("En exécution des instructions royales, ", {"Hamid Berradi", "Paul Verlaine"}),
        ("Sur instructions du président Omar Keïtari, ", {"Hamid Berradi", "Paul Verlaine"}),
    ],
)
def test_a_word_that_cites_someone_absent_cites_no_subject_after_its_comma(
    opening: str, parties: set[str], tmp_path: Path
) -> None:
    got = view(
        tmp_path,
        f"{opening}Hamid Berradi, ministre délégué chargé de la défense, a reçu jeudi à Rabat le général "
        "Paul Verlaine.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [parties]


def test_counterparts_met_besides_a_gathering_are_met_one_by_one(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "En plus de la réunion de l'Alliance, le ministre Paul Verlaine a rencontré plusieurs de ses "
        "homologues, comme le ministre de la Défense du Pérou, Hamid Berradi, et le secrétaire à la Défense "
        "du Chili, Omar Keïtari.",
    )
    pairs = [set(m["participants"]) for m in got["meetings"]]
    assert {"Paul Verlaine", "Hamid Berradi"} in pairs
    assert {"Paul Verlaine", "Omar Keïtari"} in pairs
    assert {"Paul Verlaine", "Hamid Berradi", "Omar Keïtari"} not in pairs


@pytest.mark.parametrize("title", ["Me", "Dr"])
def test_a_courtesy_word_after_a_position_is_no_part_of_the_name(title: str, tmp_path: Path) -> None:
    got = view(
        tmp_path,
        f"Le ministre des Armées Hervé Lansac a reçu le ministre des Finances {title} Moussa Keïtari "
        "à Dakar.",
    )
    assert names(got["persons"]) == {"Hervé Lansac", "Moussa Keïtari"}


def test_a_platform_named_in_a_photo_credit_is_no_first_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Hervé Lansac a reçu son homologue à Dakar (crédit-photo Twitter Moussa Keïtari).",
    )
    assert "Twitter Moussa Keïtari" not in names(got["persons"])


def test_the_two_generals_are_the_last_two_generals_named(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "« Nous allons renforcer la formation », a déclaré le général Paul Verlaine, qui accompagne le "
        "général Hamid Berradi en visite aux Comores. Les deux généraux ont été reçus en fin de journée "
        "par le président Omar Keïtari au palais présidentiel.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [
        {"Paul Verlaine", "Hamid Berradi", "Omar Keïtari"}
    ]


def test_a_season_between_the_exercise_word_and_its_name_and_an_instalment_after_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le navire restera à Douala pour le début de l’exercice « Grand Tarpon 18.5 ». La marine participera "
        "à l’exercice Grand Tarpon, comme à l’exercice américain de printemps Obangame Express.",
    )
    assert sorted(e["name"] for e in got["exercises"]) == ["Grand Tarpon", "Obangame Express"]


def test_letters_after_a_time_of_day_name_a_time_zone_not_a_body(tmp_path: Path) -> None:
    got = view(tmp_path, "23 oct. 2013 14h00 HE\n\nLe ministre Hervé Lansac a reçu son homologue à Ottawa.")
    assert "HE" not in {o["name"] for o in got["organisations"]}


def test_a_quoted_name_right_after_the_exercise_word_may_hold_a_body_s_word(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Six militaires participent à l’exercice multinational « Steel Front 25 », qui se déroule "
        "en Finlande.",
    )
    assert [e["name"] for e in got["exercises"]] == ["Steel Front"]
    assert got["organisations"] == []


@pytest.mark.parametrize(("written", "country"), [("Timor Leste", "TL"), ("Timor-Leste", "TL")])
def test_a_hyphenated_country_written_without_its_hyphen_is_still_that_country(
    written: str, country: str
) -> None:
    from engagements.extraction import gazetteer

    assert gazetteer.country_of_name(written) == country


@pytest.mark.parametrize(
    ("written", "country"), [("La Réunion", "RE"), ("Réunion", "RE"), ("la Tunisie", None)]
)
def test_a_country_may_write_its_article_with_a_capital(written: str, country: str | None) -> None:
    from engagements.extraction import gazetteer

    assert gazetteer.country_of_name(written) == country


@pytest.mark.parametrize("word", ["La", "Le", "Les", "LA", "The"])
def test_an_article_alone_is_no_town_whatever_alternate_names_a_city_has(word: str) -> None:
    from engagements.extraction import gazetteer

    assert not gazetteer.is_place(word)
    assert gazetteer.place_country(word) is None


def test_a_hyphenated_town_written_without_its_hyphen_is_still_a_place() -> None:
    from engagements.extraction import gazetteer

    assert gazetteer.is_place("Diego Suarez")


def test_limits_of_the_seventh_and_eighth_real_page_sets_fr(tmp_path: Path) -> None:
    """Bounds from a review of the rules these sets brought: each probe misfired before its bound."""
    summit = view(
        tmp_path,
        "Lors du sommet tripartite de Niamey, le ministre Paul Verlaine a rencontré ses homologues Hamid "
        "Berradi et Omar Keïtari.",
    )
    assert [set(m["participants"]) for m in summit["meetings"]] == [
        {"Paul Verlaine", "Hamid Berradi", "Omar Keïtari"}
    ]
    outre = view(
        tmp_path,
        "Outre son entretien avec le ministre Hamid Berradi, le général Paul Verlaine a visité la base de "
        "Ouakam.",
    )
    assert [set(m["participants"]) for m in outre["meetings"]] == [{"Hamid Berradi", "Paul Verlaine"}]


def test_the_two_ministers_are_the_last_two_ministers_named_and_go_on_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre des Armées Hervé Lansac a reçu sa visiteuse. « J’ai eu le plaisir de recevoir Mme "
        "Karin Hollander, ministre de la Défense des Pays-Bas. » Auparavant, les deux ministres ont été "
        "reçus par le président Omar Keïtari au palais présidentiel.",
    )
    assert {"Hervé Lansac", "Karin Hollander", "Omar Keïtari"} in [
        set(m["participants"]) for m in got["meetings"]
    ]
    again = view(
        tmp_path,
        "Le général Paul Verlaine a été accueilli à Dakar par son homologue, le général Hamid Berradi. "
        "Les deux chefs militaires ont ensuite tenu une séance de travail sur la coopération.",
    )
    assert [set(m["participants"]) for m in again["meetings"]] == [{"Paul Verlaine", "Hamid Berradi"}]


def test_a_series_of_audiences_told_as_a_list_is_one_encounter_per_item(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le 12 mars 2025, le ministre de la Défense, le général Armand Kossi, a tenu une série d’audiences "
        "à Niamey, accueillant plusieurs délégations.\nParmi les personnalités reçues figuraient :\n"
        "- Le colonel Ivo Brant, attaché de défense de l’ambassade de Zembie.\n"
        "- Nora Lind, chargée d’affaires de l’ambassade du Norland.\n"
        "Les audiences ont porté sur la coopération.",
        "2025-03-13",
    )
    meetings = sorted((m["participants"], m["host"], m["date"]) for m in got["meetings"])
    assert meetings == [
        (["Armand Kossi", "Ivo Brant"], "Armand Kossi", "2025-03-12"),
        (["Armand Kossi", "Nora Lind"], "Armand Kossi", "2025-03-12"),
    ]


def test_a_list_after_an_encounter_of_two_named_people_adds_no_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, le général Armand Kossi, a reçu le colonel Ivo Brant à Niamey.\n"
        "- Nora Lind, chargée d’affaires, a rappelé les projets en cours.",
        "2025-03-13",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]][:1] == [["Armand Kossi", "Ivo Brant"]]
    assert not any(m["participants"] == ["Armand Kossi", "Nora Lind"] for m in got["meetings"])


def test_a_person_with_their_party_s_letters_is_still_the_person_referred_to_next(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le nouveau ministre de la Défense, Valdemar Orsini, s’est prononcé vendredi pour une approche "
        "intégrée.\n\nM. Orsini (PLV) a hérité du portefeuille dimanche dernier, succédant à Sander "
        "Vlok, qui n’aura occupé la fonction que trois semaines. Il a été accueilli à Evere par le chef "
        "de la Défense, le général Marc Tembo.",
        "2018-12-10",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Marc Tembo", "Valdemar Orsini"]]


def test_audiences_given_respectively_are_one_encounter_each(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, Ir Armand Kossi Tembo, a respectivement reçu en audience Monsieur Ivo "
        "Brant, ambassadeur de Zembie, et Monsieur Nora Lind, ambassadeur du Norland.",
        "2024-05-10",
    )
    assert sorted(sorted(m["participants"]) for m in got["meetings"]) == [
        ["Armand Kossi Tembo", "Ivo Brant"],
        ["Armand Kossi Tembo", "Nora Lind"],
    ]


def test_a_glued_initial_stays_inside_the_name(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, Armand Kossi Tembo, a reçu à Gitega l’ambassadeur Ivo Brant, accompagné "
        "du lieutenant-colonel Nils C.Rienks, attaché de défense basé à Nairobi.",
        "2024-05-10",
    )
    assert "Nils Rienks" in names(got["persons"])
    assert [m["location"] for m in got["meetings"]] == ["Gitega"]


def test_a_country_after_a_particle_is_where_the_person_comes_from_not_their_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le comité a nommé le général de brigade, Armand Kossi Tembo du Liberia, à la tête de la force, "
        "succédant au général Ivo Brant du Sénégal.",
        "2024-05-10",
    )
    assert names(got["persons"]) == {"Armand Kossi Tembo", "Ivo Brant"}


def test_a_counterpart_named_in_a_closed_apposition_is_that_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le général Ivo Brant a été reçu ce matin à Niamey par le président du Niger, Armand Kossi Tembo.\n"
        "A l’issue d’une séance de travail avec son homologue nigérien, le Général Omar Diallo, le Général "
        "Brant a salué l’engagement du Niger.",
        "2024-05-10",
    )
    assert sorted(sorted(m["participants"]) for m in got["meetings"]) == [
        ["Armand Kossi Tembo", "Ivo Brant"],
        ["Ivo Brant", "Omar Diallo"],
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Les présidents Armand Kossi et Ivo Brant, qui avaient refusé de signer l’accord, étaient "
            "absents.",
        ),
        (
            "en",
            "Defence Minister Tovan Rashed declined to meet General Orin Maddox in Valdar City on Monday.",
        ),
    ],
)
def test_an_encounter_refused_did_not_take_place(tmp_path: Path, language: str, text: str) -> None:
    got = view(tmp_path, text, "2024-05-10", title="Défense" if language == "fr" else "Defence")
    assert got["meetings"] == []


def test_a_weapon_of_a_type_is_no_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre de la Défense, Armand Kossi, a annoncé l’achat de nouvelles pièces d’artillerie du type "
        "César et de missiles.",
        "2024-05-10",
    )
    assert names(got["persons"]) == {"Armand Kossi"}


def test_limits_of_the_ninth_and_tenth_real_page_set_rules_in_french(tmp_path: Path) -> None:
    """Guards found by review of this stop's rules: each stays inside its reach."""
    got = view(
        tmp_path,
        "Le Caire accueille depuis lundi une réunion des chefs d’état-major. Le général égyptien Karim "
        "Farouk y a reçu son homologue soudanais, le général Osman Bashir.",
    )
    assert [m["location"] for m in got["meetings"]] == ["Le Caire"]  # a town's own article stays
    got = view(
        tmp_path,
        "La mission EUTM, basée à Bamako, a accueilli lundi le général malien Assimi Diarra, reçu par le "
        "général belge Marc Peeters.",
    )
    assert [m["location"] for m in got["meetings"]] == ["Bamako"]  # where a body is based
    got = view(tmp_path, "Le ministre M. Diallo a reçu mardi à Conakry l’ambassadeur de France, Marc Vidal.")
    assert "M. Diallo" not in names(got["persons"])  # a courtesy word is no initial
    got = view(
        tmp_path,
        "Le ministre Ibrahim Koné a eu plusieurs entretiens lundi à Abidjan. Nominations :\n- le général "
        "Lassina Doumbia est nommé chef d’état-major\n- le colonel Yao Kouassi devient attaché de défense à "
        "Paris",
    )
    assert got["meetings"] == []  # a list of appointments is no list of audiences
    got = view(
        tmp_path,
        "L’exercice Tigre Blanc a débuté lundi à Thiès. En raison de la pluie, le saut en parachute prévu "
        "pendant l’exercice a été annulé.",
        "2024-05-14",
    )
    assert [e["status"] for e in got["exercises"]] == ["ongoing"]  # what was cancelled is the jump
    got = view(
        tmp_path,
        "Les États-Unis (USA) ont livré des véhicules. Le général Abdou Faye a reçu l’attaché américain, "
        "le colonel John Reed, lundi à Dakar.",
    )
    assert "USA" not in names(got["organisations"])  # a country's own letters


def test_two_named_just_after_a_gathering_read_with_no_one_named_are_its_parties(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Du 28 au 31 janvier 2013, une réunion régionale entre les commandements des forces armées du "
        "Zembar (FAZ) et des forces armées du Norland (FAN) a eu lieu à Cayenne.\n\nLe général Armand "
        "Kossi, commandant des FAZ, et le colonel Ivo Brant se sont entretenus sur la coopération.",
        "2013-02-02",
    )
    assert [(sorted(m["participants"]), m["location"]) for m in got["meetings"]] == [
        (["Armand Kossi", "Ivo Brant"], "Cayenne")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Le général Ivo Brant s’est rendu à Victoria du 3 au 7 novembre 2014. Accompagné de "
            "l’ambassadeur Nora Lind, le général Brant a été reçu par le président Armand Kossi Tembo, "
            "ainsi que par M. Omar Diallo, ministre de l’Intérieur, et le colonel Paul Kessé.",
        ),
        (
            "en",
            "General Ivo Brant visited Victoria from 3 to 7 November 2014. Accompanied by Ambassador "
            "Nora Lind, General Brant was received by President Armand Kossi Tembo, as well as by "
            "Interior Minister Omar Diallo and Colonel Paul Kessé.",
        ),
    ],
)
def test_a_second_agent_of_a_reception_is_an_audience_of_its_own(
    tmp_path: Path, language: str, text: str
) -> None:
    got = view(tmp_path, text, "2014-11-10", title="Visite" if language == "fr" else "Visit")
    met = sorted(sorted(set(m["participants"]) - {"Ivo Brant", "Nora Lind"}) for m in got["meetings"])
    assert met == [["Armand Kossi Tembo"], ["Omar Diallo"], ["Paul Kessé"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "La première session s’est déroulée le 29 janvier 2020 à Rabat.",
        "La deuxième session s’est tenue le 29 janvier 2020 à Rabat.",
    ],
)
def test_a_session_told_as_subject_with_its_day_and_town_was_held_there(
    sentence: str, tmp_path: Path
) -> None:
    """A gathering whose parties the text named before (a joint commission) is reported by its day and
    town alone: the noun heads the subject, the verb says it took place."""
    got = view(
        tmp_path,
        "Une commission militaire mixte a été créée en 2006 par les deux pays voisins. " + sentence,
    )
    assert [(m["date"], m["location"]) for m in got["meetings"]] == [("2020-01-29", "Rabat")]


def test_a_session_spoken_of_in_a_clause_that_it_does_not_open_is_no_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le budget voté pendant la session s’est déroulé le 29 janvier 2020 à Rabat sans incident.",
    )
    assert got["meetings"] == []


@pytest.mark.parametrize(
    ("sentence", "body", "town"),
    [
        ("Nous avons rendu compte des préparatifs du Sommet du G5 Sahel qui va se dérouler dans quelques "
         "jours à N'Djamena, a souligné le ministre.", "G5 Sahel", "N'Djamena"),
        ("Nous avons évoqué le sommet de l’Union africaine qui se tiendra bientôt à Addis-Abeba, a dit le "
         "ministre.", "Union africaine", "Addis-Abeba"),
    ],
)  # fmt: skip
def test_a_body_s_summit_told_with_its_town_and_its_time_is_a_meeting_of_that_body(
    sentence: str, body: str, town: str, tmp_path: Path
) -> None:
    """The body is the noun's complement (`Sommet du G5 Sahel`); nobody is named, the body is the party."""
    got = view(tmp_path, sentence)
    assert [(m["location"], m["organisations"], m["status"]) for m in got["meetings"]] == [
        (town, [body], "planned")
    ]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Les chefs d’état-major du G5 Sahel se sont réunis à Niamey.", "G5 Sahel"),
        ("Le G7 a salué l’accord signé à Niamey.", "G7"),
        ("The G20 Summit will open in Rome.", "G20"),
    ],
)
def test_a_group_of_states_named_by_its_number_is_a_body(sentence: str, body: str, tmp_path: Path) -> None:
    assert body in names(view(tmp_path, sentence)["organisations"])


def test_a_capitalised_rank_after_an_elided_article_introduces_a_person_not_after_a_ship_s_noun(
    tmp_path: Path,
) -> None:
    person = view(tmp_path, "Le président a reçu jeudi l'Amiral Pierre Valmont au palais.")
    assert names(person["persons"]) == {"Pierre Valmont"}
    ship = view(tmp_path, "Le porte-avions l’Amiral Valmont a fait escale à Tartous.")
    assert names(ship["persons"]) == set()


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("L'audience s'est déroulée en présence du Ministre de la Défense Nationale M. Karim Talbi.",
         "Karim Talbi", "Ministre de la Défense Nationale"),
        ("Une délégation conduite par l’Ambassadeur de la Chine au Mali M. Li XIANG a été reçue.",
         "Li Xiang", "Ambassadeur de la Chine au Mali"),
    ],
)  # fmt: skip
def test_a_courtesy_word_between_a_position_and_a_name_opens_the_name(
    sentence: str, name: str, role: str, tmp_path: Path
) -> None:
    got = view(tmp_path, sentence)
    assert [(p["name"], [r["role"] for r in p["roles"]]) for p in got["persons"]] == [(name, [role])]


def test_the_holder_named_after_a_rank_s_body_is_no_part_of_the_body(tmp_path: Path) -> None:
    got = view(tmp_path, "Le colonel de l’Armée de l’Air Djiboutienne Wahib Moussa a assisté à l’entrevue.")
    assert names(got["organisations"]) == {"Armée de l’Air Djiboutienne"}
    assert names(got["persons"]) == {"Wahib Moussa"}
