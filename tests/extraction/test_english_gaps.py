"""English gaps on invented articles: each test states a rule of English news language.

Every person and place name here is made up or a well-known capital; none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extraction_en import names, person, view

from engagements.languages import detect


@pytest.mark.parametrize("rank", ["Gen.", "Lt. Gen.", "General"])
def test_a_rank_after_a_verb_introduces_the_object_of_the_meeting(rank: str, tmp_path: Path) -> None:
    got = view(tmp_path, f"Minister of Defense Halvard Quist received {rank} Ferris Oakhurst in Nairobi.")
    assert names(got["persons"]) == {"Halvard Quist", "Ferris Oakhurst"}
    assert person(got, "Ferris Oakhurst")["titles"] == [rank]
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Halvard Quist", "Ferris Oakhurst"}]


def test_a_position_apposed_to_the_subject_is_not_the_objects(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Rear Adm. Ingram Solberg, the commander of the Ghana Navy, received Col. Basil Ormerod in Accra.",
    )
    assert [r["role"] for r in person(got, "Ingram Solberg")["roles"]] == ["commander"]
    assert person(got, "Basil Ormerod")["roles"] == []


def test_the_dots_of_an_acronym_do_not_end_an_apposition(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Gen. Tobias Wrenfield, commander of U.S. Africa Command, said the partnership was strong."
    )
    assert person(got, "Tobias Wrenfield")["roles"] == [
        {"role": "commander", "organisation": "U.S. Africa Command"}
    ]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "The meeting between Gen. Tobias Wrenfield and Minister of Defense Halvard Quist in Nairobi "
            "has been postponed.",
            "postponed",
        ),
        (
            "Talks between Gen. Tobias Wrenfield and Minister of Defense Halvard Quist, planned for Thursday "
            "in Nairobi, were called off.",
            "cancelled",
        ),
    ],
)
def test_the_fate_of_a_meeting_named_as_subject_is_in_the_predicate(
    body: str, status: str, tmp_path: Path
) -> None:
    got = view(tmp_path, body, "2024-01-10")
    assert [m["status"] for m in got["meetings"]] == [status]


def test_the_day_of_a_cancellation_is_not_the_meetings(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "A planned meeting between Gen. Tobias Wrenfield and Minister of Defense Halvard Quist was "
        "cancelled on Friday.",
        "2024-01-10",
    )
    assert [(m["status"], m["date"]) for m in got["meetings"]] == [("cancelled", None)]


@pytest.mark.parametrize("dateline", ["NAIROBI —", "NAIROBI, Kenya —", "NAIROBI, March 2 (AP) —"])
def test_an_encounter_with_no_place_of_its_own_took_place_in_the_dateline_city(
    dateline: str, tmp_path: Path
) -> None:
    got = view(
        tmp_path,
        f"{dateline} Gen. Marlo Pettigrew met with Minister of Defense Halvard Quist on Thursday.",
        "2024-03-02",
    )
    assert [(m["location"], m["location_country"]) for m in got["meetings"]] == [("Nairobi", "KE")]


def test_a_call_is_not_placed_in_the_dateline_city(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "NAIROBI — Gen. Marlo Pettigrew held a phone call with Minister of Defense Halvard Quist "
        "on Thursday.",
        "2024-03-02",
    )
    assert [m["location"] for m in got["meetings"]] == [None]


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "Gen. Marlo Pettigrew held talks with Minister of Defense Halvard Quist in Dakar on Nov. 12.",
            "2023-11-12",
        ),
        (
            "Le général Marlo Pettigrew s’est entretenu avec le ministre de la Défense, Halvard Quist, "
            "le 12 novembre à Dakar.",
            "2023-11-12",
        ),
        (
            "Gen. Marlo Pettigrew will hold talks with Minister of Defense Halvard Quist in Dakar "
            "on Nov. 12.",
            "2024-11-12",
        ),
    ],
)
def test_a_day_reported_as_past_without_a_year_is_not_after_the_publication(
    body: str, date: str, tmp_path: Path
) -> None:
    got = view(tmp_path, body, "2024-01-10")
    assert [m["date"] for m in got["meetings"]] == [date]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Lt. Gen. Marlo Pettigrew will visit Nairobi next month to meet with Minister of Defense "
            "Halvard Quist.",
            "Nairobi",
        ),
        (
            "Gen. Marlo Pettigrew will travel to Nairobi on May 28 to hold talks with Minister of Defense "
            "Halvard Quist.",
            "Nairobi",
        ),
        (
            "Brig. Gen. Marlo Pettigrew visited Accra from May 13 to 15, 2024, meeting Minister of Defense "
            "Halvard Quist.",
            "Accra",
        ),
        (
            "Gen. Marlo Pettigrew, who is heading a delegation to Nairobi, met Minister of Defense "
            "Halvard Quist on Tuesday.",
            "Nairobi",
        ),
    ],
)
def test_the_destination_of_a_trip_is_where_its_encounters_take_place(
    body: str, place: str, tmp_path: Path
) -> None:
    got = view(tmp_path, body, "2024-01-10")
    assert [m["location"] for m in got["meetings"]] == [place]


FRENCH_QUOTE = (
    "Nous avons discuté de la coopération entre nos deux pays et de la sécurité dans la région, qui est "
    "une priorité pour nous et pour nos partenaires dans le cadre de la lutte contre le terrorisme"
)
ENGLISH_QUOTE = (
    "We discussed the cooperation between our two countries and the security of the region, which is "
    "a priority for us and for all of our partners in the fight against terrorism"
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            f"Gen. Marlo Pettigrew met the minister in Dakar on Monday. « {FRENCH_QUOTE} », "
            "the minister said.",
            "en",
        ),
        (
            f"Gen. Marlo Pettigrew met the minister in Dakar on Monday. “{FRENCH_QUOTE},” the minister said.",
            "en",
        ),
        (f"Le général a rencontré le ministre à Dakar lundi. “{ENGLISH_QUOTE},” a-t-il déclaré.", "fr"),
        (f"« {FRENCH_QUOTE} »", "fr"),
    ],
)
def test_a_quotation_does_not_decide_the_language_of_the_page(text: str, code: str) -> None:
    assert detect(text) == code


def test_a_hyphenated_rank_is_a_title_not_part_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Lieutenant-Colonel Marlo Pettigrew met Minister of Defense Halvard Quist in Nairobi."
    )
    assert names(got["persons"]) == {"Marlo Pettigrew", "Halvard Quist"}
    assert person(got, "Marlo Pettigrew")["titles"] == ["Lieutenant-Colonel"]


def test_the_head_noun_of_a_gathering_is_no_town(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "On the sidelines of the Kenya-Ghana Summit, Gen. Marlo Pettigrew met Minister of Defense "
        "Halvard Quist.",
    )
    assert got["meetings"] and all(m["location"] != "Summit" for m in got["meetings"])


def test_a_weekday_after_a_dated_stay_is_the_one_inside_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Marlo Pettigrew visited Kenya and Ghana from June 16-20. On Tuesday, Gen. Marlo Pettigrew met "
        "Minister of Defense Halvard Quist in Nairobi. On Wednesday, he met President Ferris Oakhurst "
        "in Accra.",
        "2024-06-28",
    )
    assert [m["date"] for m in got["meetings"]] == ["2024-06-18", "2024-06-19"]


def test_a_qualifier_before_the_rank_keeps_the_position_before_the_comma(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The commander of the Ghana Navy, acting Rear Adm. Ingram Solberg, received Col. Basil Ormerod "
        "in Accra.",
    )
    assert [r["role"] for r in person(got, "Ingram Solberg")["roles"]] == ["commander"]


def test_a_conference_word_inside_a_body_s_name_is_no_gathering(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Writing to Halvard Quist, the Speaker of the National Assembly, President Ferris Oakhurst said the "
        "troops would remain deployed until March.",
        "2024-01-10",
    )
    assert got["meetings"] == []


@pytest.mark.parametrize("thing", ["the report", "a letter of thanks", "the decision"])
def test_receiving_a_thing_is_no_encounter(thing: str, tmp_path: Path) -> None:
    got = view(
        tmp_path,
        f"President Ferris Oakhurst said Minister Halvard Quist would also receive {thing}, and he asked "
        "Quist to inform the cabinet.",
        "2024-01-10",
    )
    assert got["meetings"] == []


def test_receiving_someone_described_is_still_an_encounter(tmp_path: Path) -> None:
    got = view(tmp_path, "President Ferris Oakhurst received the visiting minister, Halvard Quist, in Accra.")
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Ferris Oakhurst", "Halvard Quist"}]


def test_a_trip_announced_with_its_purpose_is_no_encounter_of_its_own(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Marlo Pettigrew chose Ghana for his first trip abroad, spending this week in the region for "
        "talks with political and military leaders, meetings with embassy staff and visits to troops. "
        "In Accra, Pettigrew met Minister of Defense Halvard Quist.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Marlo Pettigrew", "Halvard Quist"}]


def test_a_spokesman_telling_of_the_meeting_is_no_party_to_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Marlo Pettigrew held his first meeting with Minister of Defense Halvard Quist in Accra on "
        "Monday. Col. Basil Ormerod added that Gen. Pettigrew had raised maritime security, and that he "
        "hoped to follow up the discussion soon.",
        "2024-01-10",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Marlo Pettigrew", "Halvard Quist"}]


def test_a_body_s_gathering_is_one_encounter_with_who_presides_and_a_courtesy_call_another(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "Naval chiefs of the Gulf of Valdar have closed the 12th Ordinary Meeting of the Valdar Maritime "
        "Commission (VMC) with a pledge to share intelligence. The VMC met in Accra, Ghana, from March 4 to "
        "6, 2024. Ghana's Chief of Naval Staff, Rear Adm. Ingram Solberg, presided as Chairman of the VMC "
        "and was supported by Basil Ormerod, the Commission's secretary. In the course of the meeting, the "
        "naval chiefs paid a courtesy call on the President of Ghana, Ferris Oakhurst, to brief him.",
        "2024-03-10",
    )
    meetings = [(set(m["participants"]), m["host"], m["date"]) for m in got["meetings"]]
    assert meetings == [
        ({"Ingram Solberg", "Basil Ormerod"}, "Ingram Solberg", "2024-03-04"),
        ({"Ferris Oakhurst"}, "Ferris Oakhurst", None),
    ]


def test_a_body_meeting_later_is_read_at_its_own_verb(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The budget of the force will be discussed when Valdar Maritime Commission ministers meet later "
        "this month.",
        "2024-03-10",
    )
    assert [(m["organisations"], m["status"]) for m in got["meetings"]] == [
        (["Valdar Maritime Commission"], "planned")
    ]


def test_a_body_meeting_read_is_not_announced_again_by_the_next_clause(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The budget will be discussed when Valdar Maritime Commission ministers meet later this month. "
        "In the course of the meeting, the naval chiefs paid a courtesy call on the President of Ghana, "
        "Ferris Oakhurst.",
        "2024-03-10",
    )
    assert [(m["participants"], m["organisations"]) for m in got["meetings"]] == [
        ([], ["Valdar Maritime Commission"]),
        (["Ferris Oakhurst"], []),
    ]


def test_a_call_paid_in_the_course_of_the_meeting_is_where_the_meeting_is(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Valdar Maritime Commission met in Accra, Ghana, from March 4 to 6, 2024. The budget will be "
        "discussed when Valdar Maritime Commission ministers meet later this month. In the course of the "
        "meeting, the naval chiefs paid a courtesy call on the President of Ghana, Ferris Oakhurst.",
        "2024-03-10",
    )
    assert [m["location"] for m in got["meetings"] if m["participants"]] == ["Accra"]


def test_a_host_as_a_noun_and_a_visit_to_a_country_are_no_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The former Valdar Radio host visited Ghana in 2018 on a tour organized by Basil Ormerod.",
        "2024-03-10",
    )
    assert got["meetings"] == []


def test_host_after_an_auxiliary_is_still_a_verb_of_receiving(tmp_path: Path) -> None:
    got = view(tmp_path, "President Ferris Oakhurst will host Minister Halvard Quist in Accra on Friday.")
    assert [(set(m["participants"]), m["host"]) for m in got["meetings"]] == [
        ({"Ferris Oakhurst", "Halvard Quist"}, "Ferris Oakhurst")
    ]


def test_a_body_s_name_is_no_gathering_wherever_it_is_written(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Writing in two letters to Halvard Quist, the Acting Speaker of the National Assembly, President "
        "Ferris Oakhurst said the troops would remain deployed until December 2024 in Ghana. He asked "
        "Quist to inform the National Assembly of their contents.",
        "2024-03-10",
    )
    assert got["meetings"] == []


def test_a_conference_is_where_a_later_sentence_naming_it_puts_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Marlo Pettigrew also met on the sidelines of the Valdar-Ghana Summit with Minister of Defense "
        "Halvard Quist. They discussed military education.\n\nValdar-Ghana Summit in Accra\n\nForty "
        "delegations attended the Valdar-Ghana Summit.",
        "2024-03-10",
    )
    assert [m["location"] for m in got["meetings"]] == ["Accra", "Accra"]


def test_a_name_ending_in_a_conference_word_is_an_event_not_a_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Marlo Pettigrew met on the sidelines of the Valdar-Ghana Summit with Minister Halvard Quist."
        "\n\nValdar-Ghana Summit in Accra\n\nForty delegations attended the summit.",
        "2024-03-10",
    )
    assert names(got["persons"]) == {"Marlo Pettigrew", "Halvard Quist"}


def test_a_kind_of_exercise_and_its_acronym_are_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Valdar Defence Force (VDF) will hold a Staff Planning Exercise (SPX) at the academy and an "
        "Engineering Readiness Exercise (ENGREX) near Accra in August.",
        "2024-03-10",
    )
    assert names(got["organisations"]) == {"Valdar Defence Force"}


def test_the_town_of_a_closing_ceremony_gives_the_exercise_its_host_country(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Naval forces of nine nations wrapped up Exercise Valdar Shield 2024 at a closing ceremony in "
        "Accra, Ghana, on March 6, 2024.",
        "2024-03-10",
    )
    assert [(e["name"], e["location"]) for e in got["exercises"]] == [("Valdar Shield", "Ghana")]


def test_coordinated_regions_are_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Valdar Maritime Commission (VMC) leads the largest maritime exercise in Western and Central "
        "Africa, its secretary said.",
        "2024-03-10",
    )
    assert names(got["organisations"]) == {"Valdar Maritime Commission"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The 6 participating countries are Belize, Brazil, Canada, Chile, Britain and the United States, "
        "according to the Valdar Defence Force (VDF).",
        "Iron Lotus is the biggest joint military exercise in Southeast Asia, hosted in Thailand every "
        "year by the Valdar Defence Force (VDF).",
    ],
)
def test_a_compass_region_and_britain_are_places_not_bodies(tmp_path: Path, sentence: str) -> None:
    got = view(tmp_path, sentence, "2024-03-10")
    assert names(got["organisations"]) == {"Valdar Defence Force"}


def test_an_authority_is_a_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Acting on a directive that the Valdar Authority of Heads of State issued last year, the chiefs "
        "approved a mission to Ghana.",
        "2024-03-10",
    )
    assert names(got["organisations"]) == {"Valdar Authority of Heads of State"}


def test_a_body_s_dated_summit_in_a_town_is_an_encounter_of_that_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Acting on a directive that the Valdar Authority of Heads of State and Government issued at its "
        "12th Ordinary Summit in Accra on Dec. 10, 2023, the chiefs approved a mission to Ghana.",
        "2024-03-10",
    )
    [meeting] = got["meetings"]
    assert (meeting["participants"], meeting["date"], meeting["location"]) == ([], "2023-12-10", "Accra")
    assert [o.startswith("Valdar Authority") for o in meeting["organisations"]] == [True]


def test_the_two_parties_ahead_of_a_meeting_on_another_day_meet_again(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Minister of Defence Halvard Quist received his counterpart, Ms Orla Brightwater, in Accra this "
        "Wednesday. The two ministers needed to agree on a position ahead of a meeting that the "
        "Secretary-General was to hold on Friday with ministers from the region.",
        "2020-09-04",
    )
    assert [(set(m["participants"]), m["date"]) for m in got["meetings"]] == [
        ({"Halvard Quist", "Orla Brightwater"}, "2020-09-02"),
        ({"Halvard Quist", "Orla Brightwater"}, "2020-09-04"),
    ]


def test_the_country_of_a_posting_is_no_first_name(tmp_path: Path) -> None:
    # `Ambassador to Djibouti Anna Berg`: the place after `to` completes the position
    got = view(tmp_path, "Gen. Ferris Oakhurst met with U.S. Ambassador to Djibouti Anna Berg on Tuesday.")
    assert names(got["persons"]) == {"Ferris Oakhurst", "Anna Berg"}
    assert [r["role"] for r in person(got, "Anna Berg")["roles"]] == ["Ambassador to Djibouti"]


def test_a_portfolio_of_several_words_is_the_positions_not_the_names(tmp_path: Path) -> None:
    # `Affairs` never starts a name: it goes on the complement, and the name after it is found
    got = view(
        tmp_path,
        "Defense Secretary Ferris Oakhurst met with Coordinating Minister for Maritime Affairs Budi Santoso "
        "at the Pentagon on Tuesday.",
    )
    assert names(got["persons"]) == {"Ferris Oakhurst", "Budi Santoso"}
    assert [r["role"] for r in person(got, "Budi Santoso")["roles"]] == ["Minister for Maritime Affairs"]
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Ferris Oakhurst", "Budi Santoso"}]


def test_the_pair_just_read_meeting_again_later_is_a_planned_encounter_of_theirs(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defense Secretary Ferris Oakhurst met his counterpart Halvard Quist on Tuesday in Oslo. "
        "The two defense leaders will meet again at the Northern Dialogue in Singapore next month.",
    )
    found = [(set(m["participants"]), m["location"], m["status"]) for m in got["meetings"]]
    assert found == [
        ({"Ferris Oakhurst", "Halvard Quist"}, "Oslo", "held"),
        ({"Ferris Oakhurst", "Halvard Quist"}, "Singapore", "planned"),
    ]


def test_a_name_set_off_by_commas_before_they_is_the_object_of_the_first_verb(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defense Secretary Ferris Oakhurst hosted the ambassador of Norway, Halvard Quist, so that they "
        "could discuss naval cooperation.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Ferris Oakhurst", "Halvard Quist"}]


def test_a_pair_that_discussed_the_next_meeting_is_not_said_to_attend_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defense Secretary Ferris Oakhurst met his counterpart Halvard Quist in Oslo on Monday. The two "
        "discussed the agenda of the next meeting of NATO defense ministers in Brussels.",
    )
    found = [(set(m["participants"]), m["location"], m["status"]) for m in got["meetings"]]
    assert found == [({"Ferris Oakhurst", "Halvard Quist"}, "Oslo", "held"), (set(), "Brussels", "planned")]


def test_a_ship_prefix_makes_a_ship_even_with_a_rank_in_its_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "In this exercise, the navy's Aircraft Carrier USS Harlan Voss took part. The frigate then carried "
        "out a drill with the Russian Navy's RFS Admiral Petrovan off Kochi.",
    )
    assert got["persons"] == []


def test_a_rank_after_a_verb_is_a_person_even_after_a_ship_noun(tmp_path: Path) -> None:
    """The guard of the rule above: the ship's name ends at the verb."""
    got = view(
        tmp_path, "The carrier hosted Admiral Ferris Oakhurst and Vice Admiral Halvard Quist on Monday."
    )
    assert names(got["persons"]) == {"Ferris Oakhurst", "Halvard Quist"}


def test_a_name_ending_in_a_site_noun_is_a_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defence Minister Ferris Oakhurst visited the Golden Lotus Temple (a Buddhist Temple) in Vientiane "
        "before talks with General Halvard Quist.",
    )
    assert names(got["persons"]) == {"Ferris Oakhurst", "Halvard Quist"}


def test_a_sentence_adverb_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Instead, the admiral spoke to reporters about the talks with General Halvard Quist."
    )
    assert got["organisations"] == []


def test_a_name_after_a_nationality_and_counterpart_is_the_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "On Friday, Defence Minister Ferris Oakhurst met his Japanese counterpart Kenji Satoru and the "
        "Defence Secretary of the Philippines, Ramon Cruzado, in Vientiane.",
    )
    assert names(got["persons"]) == {"Ferris Oakhurst", "Kenji Satoru", "Ramon Cruzado"}


def test_these_exercises_is_no_exercise_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Indian Navy took part in exercise Coral Wave in the Bay of Bengal. These exercises are "
        "conducted regularly to improve interoperability.",
    )
    assert [e["name"] for e in got["exercises"]] == ["Coral Wave"]


def test_a_gulf_is_the_place_and_the_country_it_is_named_after_takes_no_part(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The navies of Ghana and Togo took part in exercise Obangame Express in the Gulf of Guinea.",
    )
    [exercise] = got["exercises"]
    assert exercise["location"] == "Gulf of Guinea"
    assert sorted(exercise["participants"]) == ["Ghana", "Togo"]


def test_a_capitalised_sea_word_without_complement_stays_in_an_exercise_name(tmp_path: Path) -> None:
    """The guard: `Sea Breeze` is an exercise; the place is the sea named with its adjective."""
    got = view(
        tmp_path,
        "The navies of Ukraine and Georgia took part in exercise Sea Breeze in the Black Sea last week.",
    )
    assert [(e["name"], e["location"]) for e in got["exercises"]] == [("Sea Breeze", "Black Sea")]


def test_before_meeting_opens_a_second_encounter_of_the_same_subject(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defense Secretary Ferris Oakhurst met his counterpart Halvard Quist in Oslo on Monday before "
        "meeting Prime Minister Jonas Bergmann.",
    )
    found = [set(m["participants"]) for m in got["meetings"]]
    assert found == [{"Ferris Oakhurst", "Halvard Quist"}, {"Ferris Oakhurst", "Jonas Bergmann"}]


def test_after_a_meeting_is_no_encounter_of_its_own(tmp_path: Path) -> None:
    """The guard: `after` opens a clause only before a verb."""
    got = view(
        tmp_path,
        "Defense Minister Ferris Oakhurst spoke to reporters after a 50-minute meeting with Halvard Quist at "
        "the Defense Ministry in Tokyo.",
    )
    assert [(set(m["participants"]), m["location"]) for m in got["meetings"]] == [
        ({"Ferris Oakhurst", "Halvard Quist"}, "Tokyo")
    ]


def test_a_counterpart_named_after_the_noun_is_a_person_and_a_nationality_description_refers_back(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "The visiting army chief Ravi Kumaran arrived on Wednesday at the invitation of his counterpart "
        "Hari Shresthan. Shresthan and the Indian army chief started official talks after that.",
    )
    assert names(got["persons"]) == {"Ravi Kumaran", "Hari Shresthan"}
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Ravi Kumaran", "Hari Shresthan"}]


def test_a_surname_after_a_position_acronym_is_the_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "General Ravi Kumaran arrived in Kathmandu at the invitation of Chief of the Army Staff (CoAS) "
        "Purna Chandra Thapan. CoAS Thapan and General Kumaran held talks on Thursday.",
    )
    thapan = person(got, "Purna Chandra Thapan")
    assert "Thapan" in thapan["mentions"]
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Ravi Kumaran", "Purna Chandra Thapan"}]


def test_a_position_acronym_is_a_title_not_a_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "COAS Prabhuram Sharman met National Security Adviser Ajit Dovalan in New Delhi on Monday. "
        "General Ravi Kumaran called on the CDS and discussed cooperation.",
    )
    assert names(got["persons"]) >= {"Prabhuram Sharman", "Ajit Dovalan"}
    assert "Coas Prabhuram Sharman" not in names(got["persons"])
    assert got["organisations"] == []


def test_a_place_after_a_preposition_or_an_acronym_opening_a_quote_names_no_exercise(tmp_path: Path) -> None:
    """The guard of the two French rules: `off Fla.` is where; `"NATO exercises` quotes a sentence."""
    got = view(
        tmp_path,
        'Twelve navies launch warfare exercises off Fla. "NATO exercises are not directed against anyone," '
        "the spokesman said.",
    )
    assert got["exercises"] == []


def test_a_bodys_acronym_in_a_conference_name_is_no_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defence Minister Ferris Oakhurst held a bilateral meeting with his counterpart General Halvard "
        "Quist on the sidelines of the Shanghai Cooperation Organisation (SCO) Defence Ministers' Meet "
        "on Monday. "
        "He will attend the SCO ministerial meeting later on Monday.",
    )
    assert got["meetings"]
    assert all(m["location"] != "SCO" for m in got["meetings"])


def test_limits_of_this_release_rules_in_english(tmp_path: Path) -> None:
    """Guards found by review: each rule added this release stays inside its reach."""
    got = view(tmp_path, "Defence Minister Ferris Oakhurst met his counterpart in New Delhi on Monday.")
    assert names(got["persons"]) == {"Ferris Oakhurst"}
    got = view(
        tmp_path,
        "Defense Secretary Ferris Oakhurst met his counterpart Halvard Quist in Oslo on Monday. The two "
        "agreed to meet again in Brussels next month.",
    )
    assert [(m["location"], m["status"]) for m in got["meetings"]] == [
        ("Oslo", "held"),
        ("Brussels", "planned"),
    ]
    got = view(
        tmp_path,
        "Defense Secretary Ferris Oakhurst will meet General Paul Martel in Paris on Friday, and held talks "
        "with Admiral Peter Jonas on Monday.",
    )
    assert [m["status"] for m in got["meetings"]] == ["planned", "held"]
    got = view(tmp_path, "The destroyer welcomed Halvard Quist, the US envoy, on Tuesday in the port.")
    assert names(got["persons"]) == {"Halvard Quist"}
    got = view(
        tmp_path,
        "The navies took part in exercise Varuna in the Arabian Sea. The ships arrived by sea Monday, the "
        "Fox News Channel said. The navy praised the exercise Mombasa hosted in March.",
    )
    assert [(e["name"], e["location"]) for e in got["exercises"]] == [("Varuna", "Arabian Sea")]


def test_a_word_the_text_also_writes_in_lower_case_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The exercise Silver Arrow ended on Friday at the Adazi base.Soldiers conducted sniper and combat "
        "boat training. For two weeks, nearly 1,500 soldiers from Latvia, Canada, Germany, Lithuania and "
        "the U.S. trained together. Observers came from the U.K. and Norway.",
    )
    assert names(got["organisations"]) == set()  # a common noun, and states written with dots


def test_a_capitalised_name_never_written_in_lower_case_stays_a_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Lt. Gen. Ferris Oakhurst met Brig. Gen. Basil Ormerod in Nairobi on Monday. Oakhurst visited the "
        "Kenya Defence Forces and later Frontex officials. Frontex trains coast guards.",
    )
    assert {"Kenya Defence Forces", "Frontex"} <= names(got["organisations"])


def test_a_site_in_capitals_with_its_country_opening_the_body_is_the_dateline(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "TAPAVA MILITARY BASE, ESTONIA - Five national flags blew in the breeze as the exercise Silver "
        "Arrow ended. Col. Ferris Oakhurst, land force commander, thanked the troops.",
    )
    assert got["article"]["dateline"] == "TAPAVA MILITARY BASE"
    assert names(got["organisations"]) == set()
    assert names(got["persons"]) == {"Ferris Oakhurst"}


def test_a_purpose_verb_after_an_apposed_name_is_the_same_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "General Paul Mercer received the Turkish ambassador, Murat Kaplan, to discuss the situation in "
        "the region.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Murat Kaplan", "Paul Mercer"]]


def test_initials_without_full_stops_open_a_name_after_a_rank(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Minister of Defence, Hon Halvard Quist Obi, on Tuesday received the new service chiefs. In "
        "attendance were the Chief of Army Staff, Maj Gen W Okafor; the Chief of Naval Staff, Rear Admiral "
        "I Bello; and the Chief of Air Staff, Air Vice Marshal SK Danjuma. Brig S Kalra, commander, Pune "
        "Military Station, also attended.",
    )
    # a first initial opens the name as written (a middle one does not: `Michael E. Langley`)
    assert {"Halvard Quist Obi", "W Okafor", "I Bello", "S Kalra", "SK Danjuma"} <= names(got["persons"])
    assert not any("Station" in n for n in names(got["persons"]))
    assert not any(o.startswith(("And ", "and ")) for o in names(got["organisations"]))


def test_a_headline_s_words_the_text_writes_in_lower_case_are_no_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defence Minister Receives Newly Appointed Service Chiefs\n\nThe defence minister on Tuesday "
        "received the newly appointed service chiefs, led by Gen. Ferris Oakhurst, in Abuja.",
    )
    assert names(got["persons"]) == {"Ferris Oakhurst"}


def test_a_name_in_brackets_after_the_exercise_word_names_it_with_its_year(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The 14-day joint military exercise (Harbour Shield -2023) culminated on Tuesday near Nairobi, "
        "with valuable lessons for the troops.",
    )
    assert [(e["name"], e["edition"]) for e in got["exercises"]] == [("Harbour Shield", "2023")]


def test_a_conference_s_letters_and_its_leading_place_word_are_no_body_or_place(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "GUATEMALA CITY - Gen. Ferris Oakhurst met President Halvard Quist on April 17 while taking part in "
        "the Central American Security Conference 2024 (CASEC). Oakhurst later joined leaders for CASEC "
        "2024.\n\nPH, Australia to hold defense ministers' meeting in Canberra.",
    )
    assert names(got["organisations"]) == set()
    assert all(m["location"] != "Central" for m in got["meetings"])


def test_a_position_s_letters_after_the_stand_for_the_person_holding_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "RAWALPINDI: Minister for Defence Khalid Rana called on Chief of Army Staff (COAS) General Tariq "
        "Mehmood here on Tuesday.\n\nAlso, Chief of Naval Staff Admiral Faisal Qureshi on Tuesday visited "
        "the headquarters and called on the COAS. Matters of professional interest were discussed.",
    )
    assert [r["role"] for r in person(got, "Tariq Mehmood")["roles"]] == ["Chief of Army Staff"]
    assert [sorted(m["participants"]) for m in got["meetings"]] == [
        ["Khalid Rana", "Tariq Mehmood"],
        ["Faisal Qureshi", "Tariq Mehmood"],
    ]


def test_a_nationality_before_counterpart_still_introduces_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "“The two countries updated their agreement,” Pentagon spokesman Paul Lenoir said after a meeting "
        "between Defense Secretary Jean Marcel and his Uruguayan counterpart Pedro Alvarez in Montevideo on "
        "Monday.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Jean Marcel", "Pedro Alvarez"]]


def test_a_name_headed_by_an_event_noun_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Ferris Oakhurst attended the Regional Army Chiefs Conclave in Dhaka and the Gulf Defence "
        "Ministers' Meeting in Muscat, where the National Assembly of Oman was represented.",
    )
    orgs = names(got["organisations"])
    assert not any(o.endswith(("Conclave", "Meeting")) for o in orgs)
    assert "National Assembly of Oman" in orgs


def test_a_guard_of_honour_is_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "On arrival at the headquarters, Gen. Ferris Oakhurst was presented a Guard of Honour by a "
        "contingent of the Kenya Defence Forces before he met Lt. Gen. Basil Ormerod.",
    )
    assert names(got["organisations"]) == {"Kenya Defence Forces"}


def test_limits_of_the_fourth_real_page_set_rules_in_english(tmp_path: Path) -> None:
    """Guards found by review of this release's rules: each stays inside its reach."""
    got = view(
        tmp_path,
        "The Chief of Army Staff, Major General Mark Young, received a delegation in Abuja on Monday. The "
        "visit was meant to mark ten years of cooperation, and young officers attended.",
    )
    assert "Mark Young" in names(got["persons"])
    got = view(
        tmp_path,
        "The Canadian defence attache, Colonel John Garrison, met Major General Ibrahim Sule in Kaduna on "
        "Tuesday.",
    )
    assert "John Garrison" in names(got["persons"])  # a site's noun as a surname after a rank
    got = view(
        tmp_path,
        "Officials of the Ministry of Defence and of the United Nations met on Thursday in Nairobi. Gen. "
        "Peter Otieno later met the Secretary General of the Pacific Islands Forum (PIF), Tevita Lolo, "
        "in Canberra.",
    )
    assert {"United Nations", "Pacific Islands Forum"} <= names(got["organisations"])
    got = view(
        tmp_path,
        "The Chief of Defence Staff (CDS), General Musa Danjuma, received the envoy in Abuja on Monday. On "
        "Tuesday, the CDS of Ghana, Vice Admiral Kwesi Appiah, met Vice Admiral Emeka Obi in Lagos.",
    )
    assert all("Musa Danjuma" not in m["participants"] for m in got["meetings"][1:])
    got = view(
        tmp_path,
        "The navies held a two-day exercise (Phase One) off Lome on Monday to test their boarding drills.",
    )
    assert got["exercises"] == []  # brackets without a year nor a second mention name no exercise


def test_the_meeting_held_with_someone_is_the_followed_person_s_own(tmp_path: Path) -> None:
    text = (
        "Chief of Defence Force Major General Halvard Quist has met with military leaders from three "
        "countries in Nairobi.\n\nAt the meeting held with Chief of Army of Norland, General Ferris "
        "Oakhurst, discussions were made on training.\n\nAdditionally, at the meeting held with Vice Chief "
        "of Navy of Sudria, Rear Admiral Tobin Marsh, discussions were made on maritime security.\n\n"
        "At the meeting held with the Chief of Air Staff of Ostland, Air Marshal Kieran Dole, discussions "
        "were made on equipment."
    )
    got = view(tmp_path, text)
    pairs = [m["participants"] for m in got["meetings"] if len(m["participants"]) > 1]
    assert pairs == [
        ["Halvard Quist", "Ferris Oakhurst"],
        ["Halvard Quist", "Tobin Marsh"],
        ["Halvard Quist", "Kieran Dole"],
    ]
    # a clause that names both parties needs nobody implied
    both = view(tmp_path, "General Ferris Oakhurst held a meeting with Rear Admiral Tobin Marsh in Nairobi.")
    assert [m["participants"] for m in both["meetings"]] == [["Ferris Oakhurst", "Tobin Marsh"]]


def test_calling_on_officials_during_a_visit_is_the_visitor_s_call(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Chief of Defence Force Major General Halvard Quist is on a three-day visit to Nairobi starting "
        "today. It was followed by calling on Defence Minister Shri Ferris Oakhurst.",
    )
    assert names(got["persons"]) == {"Halvard Quist", "Ferris Oakhurst"}
    assert [m["participants"] for m in got["meetings"]] == [["Halvard Quist", "Ferris Oakhurst"]]


def test_separate_meetings_or_calls_on_several_people_are_one_encounter_each(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Chief of Army Staff General Halvard Quist held separate meetings with Defence Minister Ferris "
        "Oakhurst and Foreign Minister Tobin Marsh in Nairobi.",
    )
    assert [m["participants"] for m in got["meetings"]] == [
        ["Halvard Quist", "Ferris Oakhurst"],
        ["Halvard Quist", "Tobin Marsh"],
    ]
    assert {m["location"] for m in got["meetings"]} == {"Nairobi"}
    calls = view(
        tmp_path,
        "General Halvard Quist called on Defence Minister Ferris Oakhurst and Foreign Minister Tobin Marsh.",
    )
    assert len(calls["meetings"]) == 2
    # without a word that separates them, the people met are met together
    together = view(
        tmp_path,
        "General Halvard Quist held talks with Defence Minister Ferris Oakhurst and Foreign Minister Tobin "
        "Marsh in Nairobi.",
    )
    assert [m["participants"] for m in together["meetings"]] == [
        ["Halvard Quist", "Ferris Oakhurst", "Tobin Marsh"]
    ]


def test_a_known_place_after_to_is_no_person_whatever_follows(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Defence Minister Halvard Quist arrived on Monday. Prior to his departure to Addis Ababa, the "
        "Defence Minister also visited the Kilima Temple in Mombasa.",
    )
    assert names(got["persons"]) == {"Halvard Quist"}


def test_a_position_head_after_a_name_ends_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The officials called on by General Halvard Quist included Lieutenant General Ferris R. Oakhurst "
        "Commander Kenya Army, and Major General Tobin Marsh, Commander Kenya Air Force.",
    )
    assert names(got["persons"]) == {"Halvard Quist", "Ferris Oakhurst", "Tobin Marsh"}


def test_a_name_wholly_in_quotes_is_a_title_not_a_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        'The anthems, "Kora Vela Nanda" and "The Star-Spangled Banner", were played as General Halvard '
        "Quist arrived in Nairobi.",
    )
    assert names(got["persons"]) == {"Halvard Quist"}


def test_limits_of_the_fifth_real_page_set_rules_in_english(tmp_path: Path) -> None:
    def meetings(text: str) -> list[list[str]]:
        return [m["participants"] for m in view(tmp_path, text)["meetings"]]

    # a distributive word in a relative clause of its own does not split a joint meeting
    assert meetings(
        "Defence Minister Halvard Quist met General Ferris Oakhurst and Colonel Tobin Marsh, who had "
        "travelled separately from Mombasa, at the ministry in Nairobi on Monday."
    ) == [["Halvard Quist", "Ferris Oakhurst", "Tobin Marsh"]]
    # a call on someone to do something is an appeal, no visit
    assert (
        meetings(
            "Speaking in Nairobi on Monday, opposition leader Grace Wanjiru, calling on Defence Minister "
            "Ferris Oakhurst to resign, said the army lacked equipment."
        )
        == []
    )
    # the party of a sentence that names its own subject is that subject, not the visitor
    found = meetings(
        "President Halvard Quist received Defence Minister Ferris Oakhurst at State House on Monday. At "
        "the meeting with envoy Tobin Marsh on Sunday, President Kieran Dole had discussed trade."
    )
    assert not any({"Ferris Oakhurst", "Tobin Marsh"} <= set(m) for m in found)
    # a position's head inside a name stays in it unless a country follows
    got = view(tmp_path, "Defence Minister Luis Mayor Ortega met his counterpart Ahmed Benali in Rabat.")
    assert names(got["persons"]) == {"Luis Mayor Ortega", "Ahmed Benali"}


def test_a_title_word_after_a_particle_is_part_of_the_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "MUSCAT: Faisal bin Hamad al Harthy, Minister of Defence, received yesterday Vice Admiral "
        "Khalid bin Sultan al Sultan, Commander of the Navy, who is visiting the country.",
    )
    assert names(got["persons"]) == {"Faisal bin Hamad al Harthy", "Khalid bin Sultan al Sultan"}
    assert [set(m["participants"]) for m in got["meetings"]] == [
        {"Faisal bin Hamad al Harthy", "Khalid bin Sultan al Sultan"}
    ]


def test_a_month_and_a_day_after_a_name_are_no_part_of_it(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Defence Attaché, Lieutenant Colonel Travis Brandt, had a meeting with the Commander of the "
        "Army, Lieutenant General Ravi Perera August (7) at the Army Headquarters.",
    )
    assert names(got["persons"]) == {"Travis Brandt", "Ravi Perera"}


def test_pm_is_a_position_not_a_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Deputy Prime Minister Richard Marlow is touring the Pacific. Deputy PM Marlow will then travel to "
        "Suva, where he is expected to meet with Minister of Defence Inia Lautoka.",
    )
    assert names(got["persons"]) == {"Richard Marlow", "Inia Lautoka"}
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Richard Marlow", "Inia Lautoka"}]


def test_a_number_of_holders_of_a_position_is_an_unnamed_party(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The Chief of Army Staff, Lieutenant General Tunde Okafor has received 27 accredited Defence "
        "Attachés to Nigeria at the Army Headquarters in Abuja.\n\nThe Attachés were led by Major "
        "General Bello Adamu, Chief of Defence Intelligence, for an interactive session with the Chief of "
        "Army Staff.",
    )
    assert [(set(m["participants"]), m["location"]) for m in got["meetings"]] == [
        ({"Tunde Okafor", "Bello Adamu"}, "Army Headquarters")
    ]


def test_limits_of_the_sixth_real_page_set_rules_in_english(tmp_path: Path) -> None:
    """Guards found by review of this stop's rules: each stays inside its reach."""
    got = view(
        tmp_path,
        "British Defence Secretary John Harwell met President Daniel Kiprop and the then Defence Cabinet "
        "Secretary Mary Wanjiru together at State House in Nairobi on Tuesday.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [
        {"John Harwell", "Daniel Kiprop", "Mary Wanjiru"}
    ]
    got = view(tmp_path, "Dealing with Russia is an exercise in patience, said Senator Paul Harlan.")
    assert got["exercises"] == []  # an idiom
    got = view(tmp_path, "Troops from Ghana took part in Exercise Three Rivers 2024 in Accra.")
    assert [e["name"] for e in got["exercises"]] == ["Three Rivers"]  # a number word may open a name
    got = view(tmp_path, "General Ahmed Sayyid met Colonel Omar Haddad in Cairo on Monday.")
    assert names(got["persons"]) == {"Ahmed Sayyid", "Omar Haddad"}


def test_the_other_items_of_a_list_that_holds_a_name_are_names(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Deputy Defense Minister Halvard Quist held talks on Thursday with the defense ministers of Chad, "
        "Peru and Kenya - Gen. Ibrahim Tanko Dembo and Hassan Ali Mahad. Minister Halvard Quist received "
        "the envoys of Chad and Peru, Gen. Osric Lale and Tiago Kerif Sa, on Monday.",
    )
    assert {"Ibrahim Tanko Dembo", "Hassan Ali Mahad", "Osric Lale", "Tiago Kerif Sa"} <= names(
        got["persons"]
    )


def test_a_place_listed_with_a_name_is_no_person(tmp_path: Path) -> None:
    got = view(
        tmp_path, "Gen. Ferris Oakhurst and New Zealand signed the accord with Costa Rica, Peru and Chile."
    )
    assert names(got["persons"]) == {"Ferris Oakhurst"}


@pytest.mark.parametrize(
    ("sentence", "rank", "body"),
    [
        (
            "Kenya Defence Forces Lance Cpl. Orrin Vask said the drill went well.",
            "Lance Cpl.",
            "Kenya Defence Forces",
        ),
        (
            "Royal Navy Petty Officer 1st Class Tiago Kerif led the team.",
            "Petty Officer 1st Class",
            "Royal Navy",
        ),
    ],
)
def test_an_enlisted_rank_ends_the_body_before_it_and_titles_the_name(
    sentence: str, rank: str, body: str, tmp_path: Path
) -> None:
    got = view(tmp_path, sentence)
    assert [p["titles"] for p in got["persons"]] == [[rank]]
    assert [o["name"] for o in got["organisations"]] == [body]


def test_ministers_of_several_countries_are_met_one_by_one(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Deputy Defense Minister Halvard Quist held talks on Thursday with the defense ministers of Chad "
        "and Peru - Gen. Ibrahim Tanko Dembo and Hassan Ali Mahad.",
    )
    assert sorted(sorted(m["participants"]) for m in got["meetings"]) == [
        ["Halvard Quist", "Hassan Ali Mahad"],
        ["Halvard Quist", "Ibrahim Tanko Dembo"],
    ]


def test_counterparts_met_at_a_meeting_named_after_the_verb_meet_together(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Minister Halvard Quist met his counterparts Gen. Ferris Oakhurst and Gen. Basil Kimani at a "
        "trilateral meeting in Nairobi.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [
        {"Halvard Quist", "Ferris Oakhurst", "Basil Kimani"}
    ]


def test_a_common_word_the_headline_capitalises_makes_no_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Quist, Peruvian Defense Minister Discuss Partnership\n\nDefense Minister Halvard Quist met his "
        "Peruvian counterpart Ferris Oakhurst on Monday to discuss their partnership.",
    )
    assert names(got["persons"]) == {"Halvard Quist", "Ferris Oakhurst"}
    assert all("Partnership" not in o["name"] for o in got["organisations"])


@pytest.mark.parametrize("title", ["Professor", "Bapak", "Undersecretary"])
def test_an_honorific_or_a_position_before_a_name_is_no_first_name(title: str, tmp_path: Path) -> None:
    got = view(tmp_path, f"Defense Minister Halvard Quist met {title} Ferris Oakhurst in Jakarta on Monday.")
    assert names(got["persons"]) == {"Halvard Quist", "Ferris Oakhurst"}


def test_a_title_case_headline_word_the_body_never_writes_names_no_exercise(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "NATO Announces Exercise with Army of Peru | Daily Briefing\n\n"
        "NATO said on Monday that it would hold an exercise with the army of Peru in May.",
    )
    assert got["exercises"] == []


def test_a_title_case_headline_keeps_its_small_words_in_lower_case(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Quist Meets Peruvian Defense Minister Discuss Partnership with Peru\n\n"
        "Defense Minister Halvard Quist met his Peruvian counterpart Ferris Oakhurst on Monday to discuss "
        "their partnership.",
    )
    assert names(got["persons"]) == {"Halvard Quist", "Ferris Oakhurst"}


def test_an_exercise_name_that_ends_a_longer_one_is_that_exercise_written_short(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The army is preparing for the Super Kestrel Shield joint exercise that will be held in August 2024. "
        "Later we will tell you the plan for the Kestrel Shield exercise, the spokesman said.",
    )
    assert [e["name"] for e in got["exercises"]] == ["Super Kestrel Shield"]


def test_the_two_generals_are_the_last_two_generals_named(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Gen. Ferris Oakhurst, who travels with Gen. Basil Kimani, said the visit was useful. "
        "The two generals were received on Monday by President Halvard Quist at the presidential palace.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [
        {"Ferris Oakhurst", "Basil Kimani", "Halvard Quist"}
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Several members of the Royal Bahamas Defence Force attended.",
        "Equipment included 32 ships and 297 aircraft.",
    ],
)
def test_a_word_only_written_at_a_sentence_s_start_names_no_body(sentence: str, tmp_path: Path) -> None:
    got = view(tmp_path, f"Defense Minister Halvard Quist opened the exercise on Monday. {sentence}")
    assert sentence.split()[0] not in {o["name"] for o in got["organisations"]}


def test_a_name_written_right_after_a_body_s_name_is_a_person_not_part_of_the_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Accompanied by the head of the U.S. Southern Command Orrin Vask Delmare, Minister Halvard Quist "
        "launched the naval exercise in Cartagena.",
    )
    assert "Orrin Vask Delmare" in names(got["persons"])
    assert "U.S. Southern Command" in {o["name"] for o in got["organisations"]}


def test_a_capitalised_meeting_noun_inside_a_body_s_name_reports_no_encounter(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "A key feature of this year’s exercise was the Tactical Engagement Simulation (TES) used by Gen. "
        "Ferris Oakhurst and Brigadier Basil Kimani.",
    )
    assert got["meetings"] == []


def test_limits_of_the_seventh_and_eighth_real_page_sets_en(tmp_path: Path) -> None:
    """Bounds from a review of the rules these sets brought: each probe misfired before its bound."""
    joint = view(
        tmp_path,
        "Defence Minister Halvard Quist held joint talks with the defence ministers of Chad and Peru, "
        "Gen. Ferris Oakhurst and Basil Ormerod Kimani, in Abuja.",
    )
    assert len(joint["meetings"]) == 1
    besides = view(
        tmp_path,
        "Besides talks with Defence Minister Halvard Quist, Gen. Ferris Oakhurst toured the naval base.",
    )
    assert [set(m["participants"]) for m in besides["meetings"]] == [{"Halvard Quist", "Ferris Oakhurst"}]
    owned = view(
        tmp_path,
        "Gen. Ferris Oakhurst met Gen. Basil Kimani in Lima. President Halvard Quist later received the two "
        "generals of the Peruvian air force.",
    )
    assert {"Halvard Quist", "Ferris Oakhurst"} not in [set(m["participants"]) for m in owned["meetings"]]
    camp = view(
        tmp_path, "The troops trained at the Marine Corps Base Camp Lejeune with Gen. Ferris Oakhurst."
    )
    assert names(camp["persons"]) == {"Ferris Oakhurst"}
    trimmed = view(
        tmp_path,
        "Exercise Desert Kestrel Kicks Off in Amman With Troops From Five Nations\n\n"
        "Desert Kestrel is held every year, Gen. Ferris Oakhurst said on Monday.",
    )
    assert [e["name"] for e in trimmed["exercises"]] == ["Desert Kestrel"]
    body = view(
        tmp_path,
        "Interpol hosted police chiefs in Lyon. Interpol Secretary General Halvard Quist met them on Monday.",
    )
    assert any(o["name"].startswith("Interpol") for o in body["organisations"])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Defence Minister Datuk Seri Ahmad Razali met Gen. Ferris Oakhurst in Kuala Lumpur.",
            "Ahmad Razali",
        ),
        ("Warrant Officer Class One Peter Mwangiru met Gen. Ferris Oakhurst in Nairobi.", "Peter Mwangiru"),
        ("Vice Marshal Pak Jong Chol met Gen. Ferris Oakhurst in Pyongyang.", "Pak Jong Chol"),
    ],
)
def test_a_title_of_several_words_is_no_part_of_the_name_and_pak_may_be_a_surname(
    sentence: str, name: str, tmp_path: Path
) -> None:
    got = view(tmp_path, sentence)
    assert names(got["persons"]) == {name, "Ferris Oakhurst"}


def test_a_surname_after_a_position_and_a_first_initial_is_a_person(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        '"The drills matter," Valdarian Defence Minister J. Orvikko said. According to Minister of '
        "National Defence of Zembia R. Tamberlis, the summit will assess the measures.",
        "2024-03-10",
    )
    assert names(got["persons"]) == {"J. Orvikko", "R. Tamberlis"}


def test_a_service_word_before_a_position_s_noun_refers_to_who_holds_that_position(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Chief of Naval Staff, Admiral Tovan Rashed, returned home on Sunday after visiting Valdaria.\n\n"
        "During his visit, the navy chief paid a courtesy call on General Orin Maddox, chief of the "
        "Valdarian Defence Forces.\n\nHe also paid a courtesy call on Defence Minister Ilse Varga.",
        "2024-03-10",
    )
    pairs = {frozenset(m["participants"]) for m in got["meetings"]}
    assert pairs == {frozenset({"Tovan Rashed", "Orin Maddox"}), frozenset({"Tovan Rashed", "Ilse Varga"})}


def test_a_trip_s_destination_after_its_article_is_where_the_calls_were_paid(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "During his visit to the Maldives, Admiral Tovan Rashed paid a courtesy call on Defence Minister "
        "Ilse Varga.",
        "2024-03-10",
    )
    assert [m["location"] for m in got["meetings"]] == ["Maldives"]


def test_a_ship_in_single_quotes_and_a_command_s_area_are_no_persons(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Valdar Navy ship ‘Samudra Vijay’ arrived at the port of Colombo on a goodwill visit. Its commanding "
        "officer, Commander Tovan Rashed, called on the Commander Northern Naval Area, Rear Admiral Orin "
        "Maddox, at the command headquarters.",
        "2024-03-10",
    )
    assert names(got["persons"]) == {"Tovan Rashed", "Orin Maddox"}
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Orin Maddox", "Tovan Rashed"]]


def test_regions_of_america_are_places_not_bodies(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Planners from the Caribbean, Central America, North America and Europe joined the Valdar "
        "Defence Force (VDF) in Belmopan.",
        "2024-03-10",
    )
    assert names(got["organisations"]) == {"Valdar Defence Force"}


def test_a_ship_after_its_type_and_its_prefix_is_no_person_and_the_prefix_no_body(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "The drill, held from October 21 to 24 in Papua New Guinea waters, involved VDF’s Guardian-class "
        "patrol boat HMPNGS Ted Orvik and ZDF’s HMAS Albany.",
        "2024-03-10",
    )
    assert got["persons"] == []
    assert not any(o["name"].startswith(("HMPNGS", "HMAS")) for o in got["organisations"])


def test_a_position_after_a_nationality_an_adjective_and_a_nationality_and_an_election_are_no_names(
    tmp_path: Path,
) -> None:
    got = view(
        tmp_path,
        "Rear-Admiral Tovan Rashed was welcomed in Canberra by the Australian Chief of the Defence Force Air "
        "Chief Marshal Orin Maddox on Monday.\n\nSuccessive Australian governments have isolated Fiji. But "
        "after the 2014 General Election, Australia reached out.",
        "2024-03-10",
    )
    assert names(got["persons"]) == {"Tovan Rashed", "Orin Maddox"}
    assert names(got["organisations"]) == set()


def test_limits_of_the_ninth_and_tenth_real_page_set_rules_in_english(tmp_path: Path) -> None:
    """Guards found by review of this stop's rules: each stays inside its reach."""
    got = view(
        tmp_path,
        "Indian Defence Minister Rajiv Sen toured the Paris Air Show, then met French Armed Forces Minister "
        "Claire Roussel in Lyon on Tuesday.",
    )
    assert [m["location"] for m in got["meetings"]] == ["Lyon"]  # a show's town takes no article
    got = view(
        tmp_path,
        "Dr. Ali Musa (PhD), Director of the Defence College, met Colonel James Hunt in Abuja on Monday.",
    )
    assert "PhD" not in names(got["organisations"])  # a degree is no party
    got = view(
        tmp_path,
        "Colonel Ahmed Saleh, Chief of International Cooperation, received US Colonel John Reed in Amman on "
        "Monday. The intelligence chief later met British Colonel James Hunt in Aqaba.",
    )
    assert not any({"Ahmed Saleh", "James Hunt"} <= set(m["participants"]) for m in got["meetings"])
    got = view(
        tmp_path,
        "General Kofi Mensah held several meetings in Washington this week. His delegation included:\n- "
        "Brigadier General Ama Owusu, Chief of Staff\n- Colonel Yaw Boateng, Defence Attaché",
    )
    assert not any({"Kofi Mensah", "Yaw Boateng"} <= set(m["participants"]) for m in got["meetings"])
    got = view(
        tmp_path,
        "General Ali Musa and General Kofi Mensah did not meet in Accra, as planned, but in Abuja on Monday.",
    )
    assert [sorted(m["participants"]) for m in got["meetings"]] == [["Ali Musa", "Kofi Mensah"]]
    got = view(
        tmp_path,
        "Exercise Flintlock began on Monday in Ghana. Flintlock began in 2005 and Flintlock began as a small "
        "drill.",
        "2024-03-05",
    )
    assert "Flintlock began" not in [e["name"] for e in got["exercises"]]
    got = view(
        tmp_path,
        "Exercise Sea Shield began in Mombasa on Monday. The minister cancelled his visit to the exercise "
        "because of the storm.",
        "2024-03-05",
    )
    assert "cancelled" not in [e["status"] for e in got["exercises"]]


def test_a_short_title_case_headline_s_verb_is_no_exercise_name(tmp_path: Path) -> None:
    """`Tradewinds Exercise Kicks Off`: a headline of three capitalised words is title case too, so the
    words after `Exercise` that the body never writes are its verb, not an exercise's name."""
    page = view(
        tmp_path,
        "Stormgate Exercise Kicks Off\n\n"
        "KINGSTOWN, June 5, 2019 – Troops of nine nations joined Gen. Ferris Oakhurst to kick off Phase I "
        "of Stormgate 2019. The Stormgate exercise will last through June 10.",
    )
    assert [e["name"] for e in page["exercises"]] == ["Stormgate"]
    sentence = view(
        tmp_path,
        "Troops of nine nations began the exercise Stone Falcon.\n\n"
        "Stone Falcon will last through June 10, Gen. Ferris Oakhurst said.",
    )
    assert [e["name"] for e in sentence["exercises"]] == ["Stone Falcon"]


def test_an_ambassador_extraordinary_and_plenipotentiary_is_named_after_the_title(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Defense Minister Halvard Quist held talks with Peru’s Ambassador Extraordinary and Plenipotentiary "
        "Ferris Oakhurst in the capital.",
    )
    assert [set(m["participants"]) for m in got["meetings"]] == [{"Halvard Quist", "Ferris Oakhurst"}]


def test_positions_in_the_plural_are_no_person_s_name(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Pakistani Delegation Visits Defence Minister, Chief of Defence Staff, Services Chiefs\n\n"
        "Gen. Ferris Oakhurst met Defence Minister Halvard Quist in Abuja on Monday.",
    )
    assert names(got["persons"]) == {"Ferris Oakhurst", "Halvard Quist"}


def test_a_body_hosting_an_exercise_named_before_the_verb_holds_no_meeting(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Stone Falcon is a regularly scheduled, multinational exercise co-sponsored by U.S. Pacific Command "
        "and hosted annually by the Korvalan Armed Forces.",
    )
    assert got["meetings"] == []
    assert [e["name"] for e in got["exercises"]] == ["Stone Falcon"]


def test_a_day_and_a_place_between_talked_and_with_keep_the_talks(tmp_path: Path) -> None:
    got = view(
        tmp_path,
        "Deputy Minister Halvard Quist talked yesterday in Paris with Gen. Ferris Oakhurst about the border.",
    )
    assert [(set(m["participants"]), m["location"]) for m in got["meetings"]] == [
        ({"Halvard Quist", "Ferris Oakhurst"}, "Paris")
    ]


@pytest.mark.parametrize(
    ("sentence", "body", "person"),
    [
        ("Minister Halvard Quist met the Deputy Director-General of Political Affairs at the Ministry of "
         "Foreign Affairs Gerrard Areaux.", "Ministry of Foreign Affairs", "Gerrard Areaux"),
        ("Minister Halvard Quist met the head of the Directorate for Continental Europe of the French "
         "Ministry of Foreign Affairs Jacque Foro.",
         "Directorate for Continental Europe of the French Ministry of Foreign Affairs", "Jacque Foro"),
    ],
)  # fmt: skip
def test_the_holder_named_after_a_position_s_body_is_no_part_of_the_body(
    sentence: str, body: str, person: str, tmp_path: Path
) -> None:
    got = view(tmp_path, sentence)
    assert body in names(got["organisations"])
    assert person in names(got["persons"])


def test_a_body_after_a_position_keeps_its_last_words_when_they_are_a_body_s(tmp_path: Path) -> None:
    got = view(tmp_path, "Minister Halvard Quist met the head of the Ministry of Foreign Affairs on Monday.")
    assert "Ministry of Foreign Affairs" in names(got["organisations"])
    assert names(got["persons"]) == {"Halvard Quist"}


def test_a_nationality_before_a_noun_is_no_place(tmp_path: Path) -> None:
    """`in the Kazakh capital`: geonames knows a town `Kazakh`, but the word is the capital's nationality."""
    got = view(
        tmp_path,
        "Defense Minister Halvard Quist held talks with Gen. Ferris Oakhurst in the Kazakh capital.",
    )
    assert [m["location"] for m in got["meetings"]] == [None]
