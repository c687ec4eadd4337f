"""The extractor's rules on invented English articles: names that appear in no corpus text.

Each test states one rule about English news language (press releases, wire copy, regional
outlets); the article around it is made up. Countries, cities and a few well-known bodies are
real; every person and every exercise is invented.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from articles import write_article

from engagements.convert import build_dataset, extract_view, parse_sources
from engagements.models.dataset import Dataset


def view(
    tmp_path: Path, body: str, published: str | None = None, title: str = "Defense cooperation: a visit"
) -> Any:
    return extract_view(write_article(tmp_path, body, published, title))


def dataset(
    tmp_path: Path, body: str, published: str | None = None, title: str = "Defense cooperation: a visit"
) -> Dataset:
    """The built records, for what the view leaves out (a meeting's mode, its participants' parts)."""
    articles, failures = parse_sources([write_article(tmp_path, body, published, title)])
    assert not failures
    return build_dataset(articles)[0]


def names(items: list[dict[str, Any]]) -> set[str]:
    return {item["name"] for item in items}


def person(got: Any, name: str) -> dict[str, Any]:
    return next(p for p in got["persons"] if p["name"] == name)


def organisation(got: Any, name: str) -> dict[str, Any]:
    return next(o for o in got["organisations"] if o["name"] == name)


def parts(data: Dataset) -> list[tuple[str, dict[str, str]]]:
    """Each meeting's mode, and each person present with the part played (host, visitor, participant)."""
    people = {p.id: p.name for p in data.persons}
    return [
        (m.mode, {people[x.person_id]: x.role for x in m.participants if x.person_id}) for m in data.meetings
    ]


# Persons


@pytest.mark.parametrize("rank", ["Gen.", "Lt. Gen.", "Maj. Gen.", "Rear Adm.", "Brig. Gen.", "Col."])
def test_a_rank_as_written_is_a_title_not_part_of_the_name(rank: str, tmp_path: Path) -> None:
    got = view(tmp_path, f"{rank} Marlo Pettigrew met with Minister of Defense Halvard Quist in Nairobi.")
    assert names(got["persons"]) == {"Marlo Pettigrew", "Halvard Quist"}
    assert person(got, "Marlo Pettigrew")["titles"] == [rank]


def test_a_surname_alone_is_the_ranked_person_named_before(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Lt. Gen. Marlo Pettigrew met with Minister of Defense Halvard Quist in Nairobi. "
        "Pettigrew later toured the port of Mombasa.",
    )
    assert person(got, "Marlo Pettigrew")["mentions"] == ["Marlo Pettigrew", "Pettigrew"]
    assert len(got["persons"]) == 2


def test_an_apposition_after_a_ranked_name_is_the_role(tmp_path: Path) -> None:
    got = view(tmp_path, "Col. Edwin Stroud, the commander of the Kenya Navy, said the drills had gone well.")
    stroud = person(got, "Edwin Stroud")
    assert stroud["titles"] == ["Col."]
    assert stroud["roles"] == [{"role": "commander", "organisation": "Kenya Navy"}]


def test_minister_of_defense_before_a_name_is_a_role_not_a_title(tmp_path: Path) -> None:
    got = view(tmp_path, "Minister of Defense Halvard Quist received Gen. Oren Vashti in Accra.")
    quist = person(got, "Halvard Quist")
    assert quist["titles"] == []
    assert quist["roles"] == [{"role": "Minister of Defense", "organisation": None}]


# Organisations


def test_an_acronym_in_brackets_is_the_body_introduced_with_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Lake Chad Riverine Patrol Force (LCRPF) hosted a planning session in N'Djamena. "
        "The LCRPF has patrolled the lake since 2019.",
    )
    [force] = got["organisations"]
    assert (force["name"], force["acronym"], force["kind"]) == (
        "Lake Chad Riverine Patrol Force",
        "LCRPF",
        "military",
    )
    assert force["mentions"] == ["Lake Chad Riverine Patrol Force", "LCRPF"]


def test_a_command_and_a_national_service_are_military_bodies(tmp_path: Path) -> None:
    got = view(tmp_path, "U.S. Africa Command and the Kenya Navy trained together off Lamu.")
    assert names(got["organisations"]) == {"U.S. Africa Command", "Kenya Navy"}
    command = organisation(got, "U.S. Africa Command")
    assert (command["kind"], command["country"]) == ("military", "US")
    assert organisation(got, "Kenya Navy")["kind"] == "military"


def test_a_unit_is_named_by_its_head_noun(tmp_path: Path) -> None:
    got = view(tmp_path, "The Sahel Rapid Reaction Brigade trained with Nigerien troops near Agadez.")
    assert [(o["name"], o["kind"]) for o in got["organisations"]] == [
        ("Sahel Rapid Reaction Brigade", "military")
    ]


def test_a_ministry_introduced_with_its_acronym_is_a_government_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Ministry of Defence and Coastal Affairs (MODCA) announced the visit. "
        "MODCA officials said talks would continue.",
    )
    ministry = organisation(got, "Ministry of Defence and Coastal Affairs")
    assert (ministry["acronym"], ministry["kind"]) == ("MODCA", "government")


def test_regional_bodies_are_intergovernmental_and_of_no_one_country(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Southern African Development Community (SADC) and the African Union issued a joint statement "
        "on maritime security.",
    )
    assert {(o["name"], o["kind"], o["country"]) for o in got["organisations"]} == {
        ("Southern African Development Community", "intergovernmental", None),
        ("African Union", "intergovernmental", None),
    }


# Meetings


def test_met_with_is_a_meeting_of_equals_dated_from_the_publication(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Brig. Gen. Lucian Hollis met with Minister of Defense Halvard Quist in Nairobi on Tuesday "
        "to discuss border security.",
        published="2024-05-16",  # a Thursday
    )
    [meeting] = got["meetings"]
    assert meeting["participants"] == ["Lucian Hollis", "Halvard Quist"]
    assert (meeting["location"], meeting["location_country"]) == ("Nairobi", "KE")
    assert (meeting["date"], meeting["date_text"]) == ("2024-05-14", "on Tuesday")
    assert (meeting["host"], meeting["status"]) == (None, "held")
    assert meeting["topics"] == ["border security"]


def test_who_receives_is_the_host(tmp_path: Path) -> None:
    data = dataset(tmp_path, "Minister of Defense Halvard Quist received Lt. Gen. Oren Vashti in Dakar.")
    assert parts(data) == [("in_person", {"Halvard Quist": "host", "Oren Vashti": "visitor"})]


def test_who_hosts_is_the_host_on_the_stated_date(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Minister of Defense Halvard Quist hosted Rear Adm. Ingram Solberg in Accra, Ghana, "
        "on March 4, 2024.",
        published="2024-03-08",
    )
    [meeting] = got["meetings"]
    assert meeting["host"] == "Halvard Quist"
    assert (meeting["date"], meeting["location"], meeting["location_country"]) == (
        "2024-03-04",
        "Accra",
        "GH",
    )


def test_who_is_received_by_someone_is_the_visitor(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Col. Edwin Stroud was received by Minister of Defense Halvard Quist in Accra on Monday."
    )
    [meeting] = got["meetings"]
    assert meeting["host"] == "Halvard Quist"
    assert set(meeting["participants"]) == {"Edwin Stroud", "Halvard Quist"}


def test_held_talks_is_a_meeting_without_a_host(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Rear Adm. Ingram Solberg held talks with Minister of Defense Halvard Quist in Lomé on Nov. 5.",
        published="2024-11-08",
    )
    [meeting] = got["meetings"]
    assert (meeting["participants"], meeting["host"]) == (["Ingram Solberg", "Halvard Quist"], None)
    assert (meeting["location_country"], meeting["date"]) == ("TG", "2024-11-05")


def test_the_one_a_courtesy_call_is_paid_on_is_the_host(tmp_path: Path) -> None:
    data = dataset(
        tmp_path,
        "Brig. Gen. Caspian Delorme paid a courtesy call on Minister of Defense Halvard Quist in Dakar.",
    )
    assert parts(data) == [("in_person", {"Caspian Delorme": "visitor", "Halvard Quist": "host"})]


def test_on_the_sidelines_of_a_conference_is_a_talk_and_the_conference_itself(tmp_path: Path) -> None:
    data = dataset(
        tmp_path,
        "Gen. Oren Vashti met with Minister of Defense Halvard Quist on the sidelines of the "
        "Maritime Security Conference in Lisbon, Portugal.",
    )
    assert sorted(m.mode for m in data.meetings) == ["in_person", "multilateral"]
    for meeting in data.meetings:
        assert meeting.place is not None and (meeting.place.name, meeting.place.country) == ("Lisbon", "PT")
        assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        ("Minister of Defense Halvard Quist held a phone call with Gen. Oren Vashti on Monday.", "phone"),
        ("Gen. Oren Vashti spoke with Minister of Defense Halvard Quist by video call on Monday.", "video"),
    ],
)
def test_a_call_is_a_meeting_at_a_distance(sentence: str, mode: str, tmp_path: Path) -> None:
    data = dataset(tmp_path, sentence, published="2024-05-16")
    [meeting] = data.meetings
    assert (meeting.mode, meeting.status, meeting.date, meeting.place) == (mode, "held", "2024-05-13", None)


def test_a_scheduled_meeting_is_planned_for_its_date(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Oren Vashti is scheduled to meet Minister of Defense Halvard Quist in Nairobi on May 28.",
        published="2024-05-16",
    )
    [meeting] = got["meetings"]
    assert (meeting["status"], meeting["date"], meeting["location"]) == ("planned", "2024-05-28", "Nairobi")


def test_a_visit_announced_to_meet_someone_is_planned_and_the_one_visited_hosts(tmp_path: Path) -> None:
    data = dataset(
        tmp_path,
        "Lt. Gen. Marlo Pettigrew will visit Nairobi next month to meet with "
        "Minister of Defense Halvard Quist.",
        published="2024-05-16",
    )
    [meeting] = data.meetings
    assert meeting.status == "planned"
    assert parts(data) == [("visit", {"Marlo Pettigrew": "visitor", "Halvard Quist": "host"})]


def test_the_local_official_met_during_a_visit_to_a_country_hosts(tmp_path: Path) -> None:
    data = dataset(
        tmp_path,
        "During a three-day visit to Ghana, Brig. Gen. Caspian Delorme met with Minister of Defense "
        "Halvard Quist in Accra.",
    )
    assert parts(data) == [("visit", {"Caspian Delorme": "visitor", "Halvard Quist": "host"})]


@pytest.mark.parametrize("verb", ["postponed", "cancelled"])
def test_a_postponed_or_cancelled_meeting_says_so(verb: str, tmp_path: Path) -> None:
    got = view(
        tmp_path, f"Minister of Defense Halvard Quist {verb} his meeting with Gen. Oren Vashti in Nairobi."
    )
    [meeting] = got["meetings"]
    assert (meeting["status"], meeting["location"]) == (verb, "Nairobi")


# Exercises


def test_a_two_digit_suffix_is_the_edition_and_a_day_range_shares_its_month(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercise Sea Falcon 25 was held from June 3 to 14, 2025, in Mombasa, Kenya, with forces from "
        "Kenya, Tanzania and France taking part.",
        published="2025-06-20",
    )
    [exercise] = got["exercises"]
    assert (exercise["name"], exercise["edition"], exercise["status"]) == ("Sea Falcon", "2025", "held")
    assert (exercise["start"], exercise["end"]) == ("2025-06-03", "2025-06-14")
    assert (exercise["location"], exercise["location_country"]) == ("Mombasa", "KE")
    assert exercise["participants"] == ["Kenya", "Tanzania", "France"]


def test_a_range_across_two_months_takes_the_year_written_at_its_end(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercise Dune Lantern 2022 took place Jan. 31 – Feb. 3, 2022, in Agadir, Morocco.",
        "2022-02-10",
    )
    [exercise] = got["exercises"]
    assert (exercise["name"], exercise["edition"]) == ("Dune Lantern", "2022")
    assert (exercise["start"], exercise["end"], exercise["status"]) == ("2022-01-31", "2022-02-03", "held")


def test_a_scheduled_exercise_is_planned_with_its_host_and_nations(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercise Copper Heron 2026, hosted by Ghana, is scheduled to take place in Accra in August 2026 "
        "with troops from Ghana, Nigeria and Senegal.",
        published="2026-03-02",
    )
    [exercise] = got["exercises"]
    assert (exercise["status"], exercise["start"], exercise["end"]) == ("planned", "2026-08", None)
    assert (exercise["location"], exercise["location_country"]) == ("Accra", "GH")
    assert exercise["participants"] == ["Ghana", "Nigeria", "Senegal"]


def test_an_exercise_that_concluded_on_a_weekday_ended_that_day(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Exercise Iron Savanna 24 concluded on Friday in Arusha, Tanzania, after two weeks of training "
        "involving soldiers from Tanzania, Uganda and the United States.",
        published="2024-07-22",  # a Monday
    )
    [exercise] = got["exercises"]
    assert (exercise["name"], exercise["edition"], exercise["status"]) == ("Iron Savanna", "2024", "held")
    assert (exercise["start"], exercise["end"]) == (None, "2024-07-19")
    assert exercise["participants"] == ["Tanzania", "Uganda", "United States"]


# Article metadata


def test_dateline_byline_and_posted_date_are_the_article_s_credits(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "By Horizon Defense Staff\n\nPosted on May 16, 2024\n\n"
        "NAIROBI, Kenya — Minister of Defense Halvard Quist received Gen. Oren Vashti on Tuesday.",
    )
    assert got["article"] == {
        "title": "Defense cooperation: a visit",
        "publisher": "Horizon Defense",
        "dateline": "NAIROBI",
        "published": "2024-05-16",
    }
    assert got["meetings"][0]["date"] == "2024-05-14"
    assert names(got["persons"]) == {"Halvard Quist", "Oren Vashti"}


# Dates


def test_last_week_is_kept_as_written_and_never_dated(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Minister of Defense Halvard Quist received Gen. Oren Vashti last week in Nairobi.",
        published="2024-05-16",
    )
    [meeting] = got["meetings"]
    assert (meeting["date"], meeting["date_text"]) == (None, "last week")


def test_a_month_and_day_take_the_publication_s_year(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Brig. Gen. Caspian Delorme paid a courtesy call on Minister of Defense Halvard Quist "
        "in Dakar on Nov. 12.",
        published="2023-11-20",
    )
    [meeting] = got["meetings"]
    assert (meeting["date"], meeting["date_text"]) == ("2023-11-12", "on Nov. 12")


# Language


def test_an_english_page_quoting_french_is_english(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Oren Vashti met with Minister of Defense Halvard Quist in Dakar on Tuesday to discuss the "
        "training of naval officers. The two men also reviewed a coastal surveillance program. Speaking to "
        "reporters after the meeting, Quist said in French that « la coopération entre nos deux armées "
        "est solide ».",
        published="2024-05-16",
        title="Senegal and partners discuss naval training",
    )
    assert got["language"] == "en"
    assert names(got["persons"]) == {"Oren Vashti", "Halvard Quist"}
    assert got["meetings"][0]["location"] == "Dakar"


def test_an_acronym_covers_a_name_written_with_a_comma_and_a_country_of_several_words(tmp_path: Path) -> None:
    """`Task Force, Sahel (WCTF-S)`: the letters cover the words on both sides of the comma;
    `United States Naval Command (USNC)`: a country of two words gives letters too."""
    got = view(
        tmp_path,
        "The drill is run every year by the United States Naval Command (USNC) together with the "
        "Western Coastal Task Force, Sahel (WCTF-S), officials said on Monday.",
    )
    bodies = {o["name"]: o["acronym"] for o in got["organisations"]}
    assert bodies.get("Western Coastal Task Force, Sahel") == "WCTF-S"
    assert bodies.get("United States Naval Command") == "USNC"


@pytest.mark.parametrize(
    "body",
    [
        "President Arlo Venn received Gen. Tomas Brekke in Kivu on Monday. "
        "The president's sons, Dario Venn and Pavel Venn, also took part in the meeting.",
        "Le président Arlo Venn a reçu lundi à Kivu le général Tomas Brekke. "
        "Les fils du président, Dario Venn et Pavel Venn, ont également pris part à la rencontre.",
    ],
)
def test_the_hosts_family_receives_with_the_host(body: str, tmp_path: Path) -> None:
    got = parts(dataset(tmp_path, body, "2024-03-06"))
    assert got[0][1] == {
        "Arlo Venn": "host",
        "Tomas Brekke": "visitor",
        "Dario Venn": "host",
        "Pavel Venn": "host",
    }


@pytest.mark.parametrize(
    "body",
    [
        "On Monday Gen. Tomas Brekke travelled to Kivu for talks with President Arlo Venn, as well as "
        "with several senior officers, among them the chief of staff, Gen. Oskar Dahl.",
        "Lundi, le général Tomas Brekke s’est rendu à Kivu pour s’entretenir avec le président Arlo Venn, "
        "ainsi qu’avec plusieurs hauts responsables, dont le chef d’état-major, le général Oskar Dahl.",
    ],
)
def test_those_named_with_the_host_after_the_verb_receive_with_the_host(body: str, tmp_path: Path) -> None:
    got = parts(dataset(tmp_path, body, "2024-03-06"))
    assert got[0][1] == {"Arlo Venn": "host", "Oskar Dahl": "host", "Tomas Brekke": "visitor"}


def test_those_named_after_a_host_who_receives_are_the_visitors(tmp_path: Path) -> None:
    got = parts(
        dataset(
            tmp_path,
            "President Arlo Venn received Gen. Tomas Brekke and Col. Oskar Dahl in Kivu on Monday.",
            "2024-03-06",
        )
    )
    assert got[0][1] == {"Arlo Venn": "host", "Tomas Brekke": "visitor", "Oskar Dahl": "visitor"}


@pytest.mark.parametrize(
    "body",
    [
        "According to the presidency, President Arlo Venn and Gen. Tomas Brekke met in Kivu on Monday.",
        "Selon la présidence, le président Arlo Venn et le général Tomas Brekke se sont rencontrés lundi "
        "à Kivu.",
        "D’après l’état-major, le président Arlo Venn et le général Tomas Brekke se sont rencontrés "
        "lundi à Kivu.",
    ],
)
def test_a_body_reporting_an_encounter_leaves_its_parties_to_it(body: str, tmp_path: Path) -> None:
    (meeting,) = view(tmp_path, body, "2024-03-06")["meetings"]
    assert set(meeting["participants"]) == {"Arlo Venn", "Tomas Brekke"}


def test_a_spokesman_named_after_the_reporting_word_is_the_source(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Le ministre Omar Talbi a reçu lundi le général Tom Hart, selon le porte-parole de l’état-major, "
        "le colonel Ali Sow.",
        "2024-03-06",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Omar Talbi", "Tom Hart"}]


def test_a_spokesman_who_says_what_a_report_tells_is_the_source(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Tomas Brekke met President Arlo Venn in Kivu on Monday. According to a news report, "
        "ministry spokesman Col. Ali Sow said the two had discussed border security.",
        "2024-03-06",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Tomas Brekke", "Arlo Venn"}]


def test_a_name_that_opens_a_clause_after_a_reporting_position_is_a_party(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Selon le ministre de l’Information, le général Tomas Brekke a reçu lundi à Kivu le président "
        "Arlo Venn.",
        "2024-03-06",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Tomas Brekke", "Arlo Venn"}]


def test_a_ceremony_hosted_in_a_hall_with_its_speakers_is_no_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The ceremony, hosted in the Zemblan Navy’s Admiralty Conference Center, included remarks by "
        "Lt. Gen. Kirk Sand, deputy commander at U.S. Zembla Command, and Vice Adm. Awa Gombe, Chief of "
        "Naval Staff.",
        "2023-03-02",
    )
    assert got["meetings"] == []


def test_a_middle_initial_without_its_full_stop_is_no_end_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "A delegation headed by Mr Tomas K Brekke, Counselor at the Zemblan foreign ministry, called on "
        "Gen. Arlo Venn in Kivu on Thursday.",
        "2024-03-08",
    )
    assert {p["name"] for p in got["persons"]} == {"Tomas Brekke", "Arlo Venn"}


def test_letters_of_a_position_may_count_its_small_words(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Ambassador Tomas Brekke called on Chief of the Army Staff (COAS) Gen. Arlo Venn in Kivu on "
        "Thursday.",
        "2024-03-08",
    )
    assert not any(
        "COAS" in (o["name"], o["acronym"]) or o["name"] == "Army Staff" for o in got["organisations"]
    )


@pytest.mark.parametrize(
    "body",
    [
        "Gen. Arlo Venn met with a visiting delegation from Zembla at Camp Kivu on Monday. A release said "
        "that the delegation included Deputy Secretary Tomas Brekke; Ambassador Ada Mensah; and Col. "
        "Ali Sow.",
        "Le général Arlo Venn a reçu lundi au camp Kivu une délégation zemblane. Selon un communiqué, la "
        "délégation comprenait le secrétaire adjoint Tomas Brekke, l’ambassadrice Ada Mensah et le colonel "
        "Ali Sow.",
    ],
)
def test_the_members_listed_for_a_delegation_are_parties(body: str, tmp_path: Path) -> None:
    (meeting,) = view(tmp_path, body, "2024-03-06")["meetings"]
    assert set(meeting["participants"]) == {"Arlo Venn", "Tomas Brekke", "Ada Mensah", "Ali Sow"}


def test_a_positions_letters_before_a_surname_are_a_title(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Chief of Army Staff (COAS) Gen. Arlo Venn was greeted by Gen. Tomas Brekke in Kivu on Monday. "
        "Brekke later received COAS Venn at the ministry.",
        "2024-03-06",
    )
    assert {p["name"] for p in got["persons"]} == {"Arlo Venn", "Tomas Brekke"}


def test_a_word_of_a_bodys_name_in_a_summit_is_no_town(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "President Arlo Venn met his Zemblan counterpart Tomas Brekke on the sidelines of the 5th Summit "
        "of the Common Market for Eastern and Southern Africa (COMESA).",
        "2024-03-06",
    )
    assert all(m["location"] != "Market" for m in got["meetings"])
