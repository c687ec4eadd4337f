"""Classes of failure found in the thirteenth and fourteenth sets of real pages.

Each case is invented text of the same class (every name is made up) and fails on the code before
the rule it tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import titled as view


def meetings(got: Any) -> list[tuple[list[str], str | None]]:
    return [(sorted(m["participants"]), m["location"]) for m in got["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "L’ambassadeur de Russie au Mali a été reçu mardi à Bamako par le ministre de la Défense, le "
        "colonel Sidi Traoré.",
        "L'attaché de défense de l'ambassade de Chine a été reçu lundi à Niamey par le chef d'état-major, "
        "le général Moussa Abdou.",
    ],
)
def test_a_described_visitor_received_by_a_named_host_is_a_meeting(body: str, tmp_path: Path) -> None:
    got = view(tmp_path, "Coopération militaire", body)
    assert len(got["meetings"]) == 1
    assert len(got["meetings"][0]["participants"]) == 1


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Le chef d'état-major de l'armée française a été reçu hier en audience par le président de la "
            "République à Libreville. Les échanges ont porté sur la coopération militaire.",
            "Libreville",
        ),
        ("Les chefs d'état-major de la région se sont réunis mardi à Lomé.", "Lomé"),
        ("The defence ministers of the two countries met on Monday in Hanoi.", "Hanoi"),
    ],
)
def test_an_encounter_of_parties_described_without_names_is_a_meeting(
    body: str, place: str, tmp_path: Path
) -> None:
    got = view(tmp_path, "Coopération", body)
    assert meetings(got) == [([], place)]


@pytest.mark.parametrize(
    "body",
    [
        "Les soldats se sont entraînés mardi à Kati.",
        "Le ministre de la Défense a présenté mardi à Dakar le budget des armées.",
    ],
)
def test_no_encounter_without_a_verb_of_meeting_between_parties(body: str, tmp_path: Path) -> None:
    assert view(tmp_path, "Défense", body)["meetings"] == []


def test_described_parties_named_in_the_next_sentence_are_one_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Coopération",
        "Le ministre ivoirien de la Défense a signé mardi à Abidjan un accord avec son homologue "
        "ghanéen. Le texte a été paraphé par Koffi Yao et par Kwame Mensah.",
    )
    assert [len(m["participants"]) for m in got["meetings"]] == [2]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("Levan Kapanadze received the delegation on Monday.", ["Levan Kapanadze"]),
        (
            "Irakli Beridze and Levan Kapanadze met in Batumi on Friday.",
            ["Irakli Beridze", "Levan Kapanadze"],
        ),
        (
            "Levan Tsiklauri et Irakli Beridze ont discuté mardi de la sécurité.",
            ["Irakli Beridze", "Levan Tsiklauri"],
        ),
        ("Mardi, Irakli Beridze a reçu une délégation arménienne.", ["Irakli Beridze"]),
    ],
)
def test_the_subject_of_a_verb_of_meeting_is_a_person(body: str, names: list[str], tmp_path: Path) -> None:
    """The recogniser (a French model) misses names it never saw; the verb tells they are parties."""
    got = view(tmp_path, "Defence talks", body)
    assert sorted(p["name"] for p in got["persons"]) == names


@pytest.mark.parametrize(
    "body",
    [
        "Defence Minister Office received the delegation on Monday.",
        "United Kingdom met its obligations.",
    ],
)
def test_a_subject_with_a_title_a_place_or_a_body_word_is_no_person(body: str, tmp_path: Path) -> None:
    names = [p["name"] for p in view(tmp_path, "Defence talks", body)["persons"]]
    assert "Defence Minister Office" not in names and "United Kingdom" not in names


def test_an_opening_word_before_a_name_and_its_year_is_not_the_name_s(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercice",
        "Après KOMBAX 2023 au Laos, ce troisième exercice de maintien de la paix se déroulera en "
        "novembre à Vientiane.",
    )
    assert [e["name"] for e in got["exercises"]] == ["KOMBAX"]


def test_a_lower_case_complement_written_twice_is_part_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercice",
        "Le Laos et la Thaïlande ont démarré le 3 mai à Paksé leur exercice militaire conjoint Tigre "
        "d’argent 2021. Il s’agit de la 2e édition de l’exercice Tigre d’argent.",
    )
    assert [(e["name"], e["edition"]) for e in got["exercises"]] == [("Tigre d’argent", "2021")]


def test_a_lower_case_complement_of_a_date_is_not_part_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercice",
        "L’exercice Tigre de mars 2021 s’est achevé à Paksé. L’exercice Tigre de mars 2022 suivra.",
    )
    assert {e["name"] for e in got["exercises"]} == {"Tigre"}


def test_a_capitalised_position_after_a_name_is_that_person_s(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Visite",
        "Lucien Varnier Conseiller Présidentiel de Transition, Jean-Marc Lafleur le Ministre de la Défense "
        "et le Commandant en Chef ont accueilli les soldats.",
    )
    roles = {p["name"]: [r["role"] for r in p["roles"]] for p in got["persons"]}
    assert roles == {
        "Lucien Varnier": ["Conseiller Présidentiel de Transition"],
        "Jean-Marc Lafleur": ["Ministre de la Défense"],
    }


@pytest.mark.parametrize(
    "body",
    [
        "Le général de division aérienne, Koffi N’Dri Marcel, s’est réjoui de cette rencontre.",
        "Il a rencontré le chef d’état-major de l’armée de l’air, le général de division aérienne, Koffi "
        "N’Dri Marcel.",
    ],
)
def test_a_name_with_an_elided_prefix_is_read_whole(body: str, tmp_path: Path) -> None:
    assert [p["name"] for p in view(tmp_path, "Visite", body)["persons"]] == ["Koffi N’Dri Marcel"]


def test_a_lone_capitalised_word_after_a_town_preposition_is_no_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Visite",
        "Le 15 juin 2016, le général Paul Durand a rencontré à Vauban son homologue ivoirien, le général "
        "Amadou Koné.",
    )
    assert sorted(p["name"] for p in got["persons"]) == ["Amadou Koné", "Paul Durand"]


@pytest.mark.parametrize(
    "body",
    [
        "The jets will be delivered in 2026, Xinhua news agency quoted Anand Rao as saying on Monday.",
        "The jets will be delivered in 2026, the Xinhua news agency reported.",
    ],
)
def test_an_outlet_named_with_its_noun_before_a_verb_of_reporting_is_a_body(
    body: str, tmp_path: Path
) -> None:
    """`Xinhua` is also a county's name: the outlet's noun beside it tells which it is."""
    got = view(tmp_path, "Defence deal", body)
    assert [(o["name"], o["kind"]) for o in got["organisations"]] == [("Xinhua", "media")]


def test_a_place_cited_alone_is_no_outlet(tmp_path: Path) -> None:
    assert view(tmp_path, "Talks", "According to Moscow, the talks failed.")["organisations"] == []


def test_an_outlet_signing_under_a_dash_is_the_publisher(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Visite du ministre",
        "Le ministre arménien de la Défense a rencontré mardi à Erevan son homologue géorgien.\n"
        "Les deux hommes ont évoqué la sécurité.\nIls ont signé un accord.\nLe texte sera publié.\n"
        "— Caucase Info",
    )
    assert got["article"]["publisher"] == "Caucase Info"


def test_an_outlet_town_and_numeric_day_line_gives_all_three(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Tonga hosts defence chiefs",
        "Radio Pacifica, Nuku’alofa, 29/01/2020\n\n"
        "The chiefs of defence of Australia and New Zealand met in Nuku’alofa on Monday.",
    )
    article = got["article"]
    assert (article["publisher"], article["dateline"], article["published"]) == (
        "Radio Pacifica",
        "Nuku’alofa",
        "2020-01-29",
    )


@pytest.mark.parametrize("credit", ["Photo: AFP/Getty", "Photo : MINDEF", "— Jean Dupont"])
def test_a_photo_credit_or_a_signature_names_no_publisher(credit: str, tmp_path: Path) -> None:
    """The agency that took a photo is not the one that published the article."""
    got = view(
        tmp_path,
        "Exercice conjoint",
        f"{credit}\n\nLe Vietnam et l’Inde organisent un exercice de maintien de la paix.\nIl durera deux "
        "semaines.",
    )
    assert got["article"]["publisher"] is None


# Limits, from a review of 142 invented probes against the rules above: each case misfired on them and
# is bounded back (the guards pass before and after).


@pytest.mark.parametrize(
    "body",
    [
        "Une lettre du président français a été reçue lundi à Libreville par le chef de l’État, "
        "Mamadou Touré.",
        "Les félicitations de l’ambassadeur de France ont été reçues mardi à Niamey par le ministre de la "
        "Défense, le général Issa Bagoro.",
    ],
)
def test_a_thing_received_from_a_described_party_is_no_meeting(body: str, tmp_path: Path) -> None:
    assert view(tmp_path, "Diplomatie", body)["meetings"] == []


@pytest.mark.parametrize(
    "body",
    [
        "L’ambassadeur de France n’a pas été reçu par le ministre de la Défense, le général Issa Bagoro, "
        "malgré plusieurs demandes.",
        "Le ministre Issa Bagoro ne rencontrera pas son homologue mardi à Niamey.",
        "Les ministres des deux pays ne se sont pas rencontrés à Genève mardi.",
        "The defence ministers of the two countries did not meet in Hanoi on Monday.",
        "The commanders of the two fleets have never met in person, according to an official in Manila.",
    ],
)
def test_a_denied_encounter_is_no_meeting(body: str, tmp_path: Path) -> None:
    assert view(tmp_path, "Diplomatie", body)["meetings"] == []


@pytest.mark.parametrize(
    "body",
    [
        "L’ambassadeur de France est régulièrement reçu à Niamey par le ministre de la Défense, le général "
        "Issa Bagoro.",
        "Les ministres de la Défense de l’Alliance se réunissent généralement deux fois par an à Bruxelles.",
        "Si les chefs d’état-major se réunissent à Lomé la semaine prochaine, une force commune pourrait "
        "voir le jour.",
        "If the defence ministers of the two countries meet in Paris next week, a deal could follow.",
    ],
)
def test_a_habit_or_a_supposed_encounter_is_no_meeting(body: str, tmp_path: Path) -> None:
    assert view(tmp_path, "Diplomatie", body)["meetings"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Le ministre de la Défense, le général Issa Bagoro, a reçu mardi à Niamey la visite de "
        "l’ambassadeur de Chine.",
        "The minister not only met General Issa Bagoro in Niamey on Monday but also visited the troops.",
    ],
)
def test_a_visit_s_complement_and_not_only_still_tell_a_meeting(body: str, tmp_path: Path) -> None:
    assert meetings(view(tmp_path, "Diplomatie", body)) == [(["Issa Bagoro"], "Niamey")]


def test_a_street_receiving_someone_is_no_person(tmp_path: Path) -> None:
    body = "Rue Royale accueille depuis lundi une délégation de parlementaires européens."
    assert view(tmp_path, "Défense", body)["persons"] == []


@pytest.mark.parametrize(
    "body",
    [
        "L’exercice Flintlock de cette année se déroulera en Côte d’Ivoire. Flintlock de cette année "
        "réunira 1 300 soldats.",
        "L’exercice Flintlock d’ici la fin de l’année est en préparation. Flintlock d’ici 2025 devrait "
        "réunir davantage de pays.",
    ],
)
def test_a_time_complement_written_twice_is_not_part_of_the_name(body: str, tmp_path: Path) -> None:
    assert {e["name"] for e in view(tmp_path, "Exercice", body)["exercises"]} == {"Flintlock"}


def test_a_town_after_its_preposition_is_not_the_first_name_of_who_follows(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Visite", "Le général Paul Durand a rencontré à Bamako Ousmane Keïta, le ministre malien."
    )
    assert sorted(p["name"] for p in got["persons"]) == ["Ousmane Keïta", "Paul Durand"]


@pytest.mark.parametrize(
    "body",
    [
        "Après Flintlock 2024, les forces se sont retirées.",
        "Lors d’Obangame Express 2023, les marines ont saisi un navire.",
    ],
)
def test_a_name_with_an_edition_s_year_is_no_person(body: str, tmp_path: Path) -> None:
    assert view(tmp_path, "Brèves de défense", body)["persons"] == []


def test_those_in_attendance_after_initials_take_part_in_the_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Minister receives service chiefs",
        "The Minister of Defence, Musa Danjuma Bello, on Monday received the newly appointed Chief of "
        "Defence Staff and the three Service Chiefs in Abuja.\n\nThose in attendance included the Chief of "
        "Defence Staff, Lt Gen O.O. Adeyemi; Chief of Army Staff, Maj Gen W. Tanko; and Chief of Air Staff, "
        "Air Vice Marshal S.K. Okafor.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [
        ["Musa Danjuma Bello", "O.O. Adeyemi", "S.K. Okafor", "W. Tanko"]
    ]


def test_a_thing_received_is_still_no_visitor(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Report",
        "The minister Musa Danjuma Bello received the annual report from the board on Monday.",
    )
    assert got["meetings"] == []


def test_a_rank_s_section_in_brackets_still_introduces_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Visite",
        "Le général (2S) Birame Ndiaye a été accueilli par son homologue le général (2S) Hanana Sidi Sidi.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Birame Ndiaye", "Hanana Sidi Sidi"]]


# Limits, from a second review (144 probes) of the rules above and their first bounds.


@pytest.mark.parametrize(
    "body",
    [
        "Le ministre Yaya Konaté n’a pas tardé à recevoir lundi à Bamako le général Kevin Brooks.",
        "The minister Hamid Rahimi did not hesitate to meet General Scott Miller in Kabul on Monday.",
        "Le ministre Paul Ekra ne cache pas sa joie d’avoir rencontré lundi à Abidjan le général "
        "Lassina Doumbia.",
        "Le général Hassan Djama qui n’avait jamais visité Djibouti a rencontré lundi le colonel Omar Ali.",
        "S’il a reçu lundi à Niamey le général Salifou Mody, le ministre Ahmed Tchiani n’a fait aucune "
        "déclaration.",
        "Minister Ivan Petrov met the rarely seen General Kim Song in Pyongyang on Tuesday.",
        "General Ali Musa and General Kofi Mensah did not meet in Accra, as planned, but in Abuja on Monday.",
    ],
)
def test_a_negation_habit_or_condition_of_something_else_leaves_the_meeting(
    body: str, tmp_path: Path
) -> None:
    assert len(view(tmp_path, "Diplomatie", body)["meetings"]) == 1


@pytest.mark.parametrize(
    "body",
    [
        "Le fils du président tchadien a été reçu jeudi à N’Djamena par le général Abakar Abdelkerim Daoud.",
        "L’épouse du président ivoirien a été reçue lundi à Dakar par la ministre Sophie Gladima Sow.",
    ],
)
def test_a_person_described_by_kin_is_still_a_party(body: str, tmp_path: Path) -> None:
    assert len(view(tmp_path, "Diplomatie", body)["meetings"]) == 1


def test_a_thing_described_before_its_capitalised_name_is_still_received(tmp_path: Path) -> None:
    body = "Minister Jonas Lindqvist received the newly drafted Defence Plan from General Micael Byden."
    assert view(tmp_path, "Defence", body)["meetings"] == []


def test_three_initials_still_end_a_sentence(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Navy",
        "The navy signed a deal with the U.A.E. On Monday, Admiral Ravi Kumar met Commodore Saeed "
        "Al Mansoori in Mumbai.",
    )
    assert [m["date_text"] for m in got["meetings"]] == ["On Monday"]


@pytest.mark.parametrize("signature", ["— Tom Daily", "— Anne Press"])
def test_a_person_signing_under_a_dash_is_no_publisher(signature: str, tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Talks in Manama",
        "Minister Ali Hamid met General John Reed in Manama on Monday.\nThey discussed maritime security.\n"
        f"A joint statement followed.\nNo date was set for the next round.\n{signature}",
    )
    assert got["article"]["publisher"] is None


def test_a_negated_meeting_noun_in_a_headline_is_no_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Pas de rencontre à Lomé",
        "Le général Koffi Agbéyomé ne rencontrera pas son homologue ghanéen, le général Kwame Asante, "
        "jeudi à Lomé, selon l’état-major.",
    )
    assert got["meetings"] == []


@pytest.mark.parametrize(
    ("title", "body", "site"),
    [
        (
            "Le ministre reçoit l’ambassadeur de Chine. - kibaru.com",
            "Le ministre de la Défense, Sadio Camara, a reçu mardi à Bamako l’ambassadeur de Chine.",
            "kibaru.com",
        ),
        (
            "Visite",
            "Le ministre de la Défense, Sadio Camara, a reçu mardi à Bamako l’ambassadeur de Chine.\nIls ont "
            "parlé.\nRejoignez MaliInfos.net et recevez nos newsletters",
            "MaliInfos.net",
        ),
    ],
)
def test_a_site_named_by_its_address_is_the_publisher(
    title: str, body: str, site: str, tmp_path: Path
) -> None:
    assert view(tmp_path, title, body)["article"]["publisher"] == site


def test_an_address_inside_a_url_or_an_e_mail_is_no_publisher(tmp_path: Path) -> None:
    body = "Le ministre a reçu mardi à Bamako l’ambassadeur de Chine. Voir https://www.site.com/page."
    assert view(tmp_path, "Visite", body)["article"]["publisher"] is None


def test_a_photo_credit_s_agencies_are_media_bodies(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercice conjoint",
        "Photo: VNA/CVN\n\nLe Vietnam et l’Inde organisent un exercice de maintien de la paix.",
    )
    assert {(o["name"], o["kind"]) for o in got["organisations"]} >= {("VNA", "media"), ("CVN", "media")}


@pytest.mark.parametrize(
    "body",
    [
        "Minister Jan Dvorak met General Petr Pavel in Prague on Monday.",
        "Le ministre Jan Dvorak a rencontré lundi à Prague le général Petr Pavel.",
    ],
)
def test_a_month_s_name_after_a_title_is_a_first_name(body: str, tmp_path: Path) -> None:
    got = view(tmp_path, "Talks in Prague", body)
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Jan Dvorak", "Petr Pavel"]]
    assert all(m["date_text"] != "Jan" for m in got["meetings"])


def test_a_meeting_between_described_parties_restates_the_one_just_told(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Talks in Tbilisi",
        "On Monday, Levan Kapanadze received an Armenian delegation headed by the Defense Minister. The "
        "parties discussed security issues.\n\nA meeting between the Georgian Prime Minister and the "
        "Armenian Defense Minister took place in Tbilisi.\n\nLevan Kapanadze and Aram Vardanyan discussed "
        "regional security.",
    )
    assert [(sorted(m["participants"]), m["location"]) for m in got["meetings"]] == [
        (["Aram Vardanyan", "Levan Kapanadze"], "Tbilisi")
    ]


def test_a_gathering_of_a_body_after_an_audience_is_another_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Coopération",
        "Le ministre Amadou Diallo a reçu lundi à Dakar l’ambassadeur de France. Une réunion de la "
        "commission mixte s’est ensuite tenue à Thiès.",
    )
    assert len(got["meetings"]) == 2


# Limits, from a third review (66 probes) of the site, photo-credit, first-name and contrast rules.


@pytest.mark.parametrize(
    "last",
    [
        "Source : lemonde.fr",
        "Selon maliweb.net",
        "John Smith is a fellow at Chathamhouse.org",
        "Suivez-nous sur Facebook.com et Twitter.com",
        "Fin de la visite à Gao.de retour mercredi",
    ],
)
def test_a_site_cited_or_a_typo_is_no_publisher(last: str, tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le Mali et le Niger renforcent leur coopération",
        "Le ministre Salifou Mody a rencontré mardi à Bamako le ministre Sadio Camara.\nIls ont parlé de "
        f"sécurité.\nUn accord a été signé.\n{last}",
    )
    assert got["article"]["publisher"] is None


@pytest.mark.parametrize("credit", ["Photo: DR", "Photo: JPD", "Photo : MINDEF"])
def test_a_single_credit_or_rights_reserved_names_no_outlet(credit: str, tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Coopération",
        f"{credit}\n\nLe ministre Salifou Mody a rencontré mardi à Bamako le ministre Sadio Camara.",
    )
    assert not [o for o in got["organisations"] if o["kind"] == "media"]


def test_a_month_s_name_in_a_title_case_headline_is_no_first_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Army Chief May Meet Russian Counterpart In Moscow",
        "Nigeria’s Chief of Army Staff, Lt Gen Taoreed Lagbaja, is expected to travel to Moscow next week.",
    )
    assert [p["name"] for p in got["persons"]] == ["Taoreed Lagbaja"]


@pytest.mark.parametrize(
    "body",
    [
        "Salifou Mody n’a pas rencontré Sadio Camara, mais en revanche il a visité le camp de Tillabéri.",
        "Salifou Mody n’a pas rencontré Sadio Camara, mais dans un communiqué il a salué la coopération.",
    ],
)
def test_a_contrast_that_tells_no_other_place_or_day_keeps_the_denial(body: str, tmp_path: Path) -> None:
    assert view(tmp_path, "Actualité de la défense", body)["meetings"] == []
