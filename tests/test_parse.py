"""Parsing real-world files: encodings, line ends, entities, furniture and credit lines."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engagements.errors import SourceError
from engagements.pipeline.build import article_of
from engagements.pipeline.parse import (
    MAX_SOURCE_BYTES,
    ParsedArticle,
    clean,
    describe,
    is_furniture,
    parse_file,
)
from engagements.pipeline.repeats import SeenArticles

ARTICLE = (
    "Tunis : le ministre reçoit une délégation\n\n0 9\n\n"
    "Le ministre de la Défense a reçu mardi une délégation de l’Armée nationale populaire (ANP).\n\n"
    "Lire aussi : Un autre sujet\n\nTags : Défense, Tunisie\n\n"
    "SOURCE : Agence Exemple/AB/cd/Tunis (Tunisie)\n\nLaisser un commentaire\n\n"
    "Votre adresse email ne sera pas publiée.\n"
)


def _write(tmp_path: Path, data: bytes, name: str = "a.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: s.encode("utf-8"),
        lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),  # BOM
        lambda s: s.replace("\n", "\r\n").encode("utf-8"),  # CRLF
        lambda s: s.replace("’", "&#8217;").replace("é", "&eacute;").encode("utf-8"),  # HTML entities
        lambda s: s.replace(" : ", "\u00a0: ").encode("utf-8"),  # no-break spaces
        lambda s: s.replace("’", "'").encode("cp1252"),  # legacy encoding
    ],
    ids=["utf8", "bom", "crlf", "entities", "nbsp", "cp1252"],
)
def test_variants_of_the_same_article_parse_to_clean_text(encode, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = parse_file(_write(tmp_path, encode(ARTICLE)))
    assert article.title == "Tunis : le ministre reçoit une délégation"
    assert "\r" not in article.text and "\u00a0" not in article.text and "&" not in article.text
    assert "Lire aussi" not in article.text and "commentaire" not in article.text
    assert "Tags" not in article.text and "0 9" not in article.text
    assert article.publisher == "Agence Exemple" and article.dateline == "Tunis"
    span = article.spans["publisher"]
    assert article.text[span.start : span.end] == "Agence Exemple"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"Laisser un commentaire\n", "nothing left"),
    ],
)
def test_unusable_files_are_rejected_with_the_reason(data: bytes, reason: str, tmp_path: Path) -> None:
    with pytest.raises(SourceError) as error:
        parse_file(_write(tmp_path, data))
    assert reason in str(error.value) and "a.txt" in str(error.value)


def test_a_list_of_sources_names_no_publisher(tmp_path: Path) -> None:
    text = "Titre\n\nLe ministre a reçu le général.\n\nSources : Site du ministère, Nova Press, Zembar, RF.\n"
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert (parsed.publisher, parsed.dateline) == (None, None)


@pytest.mark.parametrize(
    "first",
    [" date 2022-04-21 (@ValdarNews)\n\n", ">>Un autre article sur la défense\n", "Source: NATO\n"],
    ids=["a-handle", "a-related-link", "a-source-line"],
)
def test_a_handle_a_related_link_or_a_source_line_is_no_headline(first: str, tmp_path: Path) -> None:
    body = "Le ministre Omar Talbi a reçu mardi le général Tom Hart au ministère pour parler de sécurité.\n"
    parsed = parse_file(_write(tmp_path, (first + body).encode()))
    assert parsed.title is None


@pytest.mark.parametrize("name", ["=a.txt", "-a.txt", "@a.txt", "+a.txt"])
def test_a_file_name_a_spreadsheet_would_run_is_refused_with_its_code(name: str, tmp_path: Path) -> None:
    """The name is the article's `source_file`: once it stopped a whole conversion with a traceback."""
    path = tmp_path / name
    path.write_text("Titre\n\nLe ministre a reçu l’ambassadeur.", encoding="utf-8")
    with pytest.raises(SourceError) as error:
        parse_file(path)
    assert error.value.code == "bad_file_name" and name in str(error.value) and "rename" in str(error.value)


def test_oversized_files_are_rejected(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="limit"):
        parse_file(_write(tmp_path, b"Titre\n" + b"x" * MAX_SOURCE_BYTES))


def test_sidecar_supplies_what_the_text_lacks_and_is_checked(tmp_path: Path) -> None:
    path = _write(tmp_path, b"Titre\n\nCorps du texte.")
    (tmp_path / "a.meta.json").write_text('{"url": "https://example.org/a", "published": "2025-01-02"}')
    article = parse_file(path)
    assert (article.url, article.published) == ("https://example.org/a", "2025-01-02")
    (tmp_path / "a.meta.json").write_text('{"colour": "blue"}')
    with pytest.raises(SourceError, match="unknown key 'colour'"):
        parse_file(path)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("0 9", True),
        ("12 partages", True),
        ("Partager sur Facebook | Partager sur X", True),
        ("#Bénin #Marine", True),
        ("Lire aussi : autre chose", True),
        ("Votre adresse e-mail ne sera pas publiée.", True),
        ("Le ministre a partagé ses vues sur la coopération régionale.", False),
        (
            "Commentaires du ministre sur la visite, jugée fructueuse par les deux parties, "
            "selon le communiqué "
            "officiel publié à l’issue des entretiens qui se sont tenus mardi.",
            False,
        ),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


def test_clean_never_leaves_a_formula_start() -> None:
    assert not clean("=Titre\n\nCorps").startswith("=")


_LINES = [" date 2019-09-07 -", "-", "=", "+1", "@ ", "", " ", "—", "Titre", "\t", "©", "Source : -",
          "Par =X", "Le ministre a reçu l’ambassadeur à Tunis.", "TUNIS, 3 mai 2024 (TAP) -",
          "Publié le -"]  # fmt: skip


@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=8))
def test_whatever_the_lines_the_article_read_is_one_the_models_accept(lines: list[str]) -> None:
    """A headline `-` after a crawl stamp once stopped a whole real page with a traceback."""
    text = clean("\n".join(lines))
    if not text:
        return  # `parse_file` refuses it with `no_text`
    article_of(describe("a.txt", text, {}))  # the models refuse it with a ValidationError


def test_repeats_are_found_without_keeping_the_texts() -> None:
    """A conversion parses every source first: 100,000 texts kept whole were about 400 MiB."""
    seen = SeenArticles()
    tracemalloc.start()
    try:
        for number in range(1000):
            article = ParsedArticle(f"a{number}.txt", f"Texte {number}\n\n" + "x" * 10_000, None, "fr")
            assert seen.repeat(article, article.source_file) is None
        del article
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 1_000_000  # the texts: 10 MB
    again = ParsedArticle("b.txt", "Texte 7\n\n" + "x" * 10_000, None, "fr")
    assert seen.repeat(again, "b.txt") == ("duplicate_text", "same text as a7.txt; remove one")


@pytest.mark.parametrize(
    ("lines", "published", "dateline"),
    [
        ("Défense : une visite\nExemple Info | 2022-05-14 à 02:42\n\n", "2022-05-14", None),
        ("A visit\nLast Updated: 2018-10-11\n\n", "2018-10-11", None),
        ("A visit\n\nOSLO, June 8, 2017 — ", "2017-06-08", "OSLO"),
        ("A visit\n\nST. ANN’S, Trinidad and Tobago, June 5, 2014 – ", "2014-06-05", "ST. ANN’S"),
        ("date 2014-06-01 A visit\nPublié le samedi 21 fevrier 2015 | Exemple Info\n\n", "2015-02-21", None),
    ],
    ids=["iso-after-outlet", "iso-updated", "capital-dateline", "abbreviated-town", "page-date-over-stamp"],
)
def test_a_header_date_in_iso_form_or_in_a_capital_dateline_dates_the_article(
    lines: str, published: str, dateline: str | None, tmp_path: Path
) -> None:
    body = "The minister met the general on Friday at the ministry to discuss maritime security.\n"
    path = _write(tmp_path, (lines + body).encode())
    parsed = parse_file(path)
    assert (parsed.published, parsed.dateline) == (published, dateline)


@pytest.mark.parametrize(
    ("first", "publisher", "dateline"),
    [
        ("date 2023-08 NOVAPRESS (Nouakchott) - ", "NOVAPRESS", "Nouakchott"),
        ("date 2023-08 DAKAR, 12 mai (APS) - ", "APS", "DAKAR"),
        ("OSLO, Oct. 29 (Nordpress) -- ", "Nordpress", "OSLO"),
        ("Dakar, 12 August 1996 (NP/RD) -- ", "NP/RD", "Dakar"),
        ("LIMA, (PNA/Xinhua) — ", "Xinhua", "LIMA"),
        ("OSLO, NORVÈGE--(Marketwired - 23 oct. 2013) - ", "Marketwired", "OSLO"),
        ("date 2016-11-03 OSLO Nov 3 ", None, "OSLO"),
        ("New Delhi [India], October 21 (ANI): ", "ANI", "New Delhi"),
        ("KERVANOU (Kazakhstan), 16 octobre - Nova Press. ", "Nova Press", "KERVANOU"),
        ("CHISINAU, 21 juillet. /NOVA/. ", "NOVA", "CHISINAU"),
        ("RIYADH, 15 January 2022, (NP): ", "NP", "RIYADH"),
        ("Lomé,Togo (NOVA) - ", "NOVA", "Lomé"),
        (" date 2018-02 Dakar — ", None, "Dakar"),
    ],
    ids=[
        "agency-then-town-after-a-stamp",
        "town-then-agency-after-a-stamp",
        "capital-dateline-agency",
        "agencies-joined-by-a-slash",
        "agencies-the-last-credited",
        "a-wire-release",
        "a-wire-without-punctuation",
        "country-in-square-brackets",
        "country-in-brackets-agency-after-the-day",
        "slashed-agency-after-a-french-day",
        "capital-town-day-agency-colon",
        "town-and-country-then-agency",
        "stamp-then-town-and-long-dash",
    ],
)
def test_an_agency_dateline_gives_the_town_and_the_agency(
    first: str, publisher: str, dateline: str, tmp_path: Path
) -> None:
    # a crawl stamp before the line does not hide it; the town is the gazetteer's, whichever comes first
    body = "Le ministre Omar Talbi a reçu mardi le général Tom Hart au ministère pour parler de sécurité.\n"
    parsed = parse_file(_write(tmp_path, (first + body).encode()))
    assert (parsed.publisher, parsed.dateline) == (publisher, dateline)


def test_an_agency_signing_off_the_last_paragraph_is_the_publisher(tmp_path: Path) -> None:
    text = "Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart. (APS)\n"
    assert parse_file(_write(tmp_path, text.encode())).publisher == "APS"


def test_a_related_articles_list_goes_with_its_label_up_to_the_body() -> None:
    text = (
        "Titre de l’article\n"
        "Le général Paul Mercadier a reçu lundi à Vérone son homologue Rui Fontelas.\n"
        "Voir aussi\n\n"
        "Le chef d’état-major Idriss Balland effectue une visite de travail au Ghana\n\n"
        "Autres articles\n-\n"
        "KOLDA : Jean Diouma répond à Paul Fayet (député)\n"
        "Les derniers articles par Rédaction (tout voir)\n"
        "- La ministre en visite en Russie - 29 octobre 2024\n"
        "Lire aussi\n"
        "Un autre titre (…)\n"
        "Le ministre a ensuite rencontré les autorités locales, a-t-il indiqué."
    )
    assert clean(text).split("\n") == [
        "Titre de l’article",
        "Le général Paul Mercadier a reçu lundi à Vérone son homologue Rui Fontelas.",
        "Le ministre a ensuite rencontré les autorités locales, a-t-il indiqué.",
    ]


def test_a_short_sentence_after_a_label_is_body_text() -> None:
    """The guard: a line that ends like a sentence ends the list."""
    text = "Titre\nLire aussi\nLe ministre a rencontré son homologue.\nIl a ensuite quitté Vérone."
    assert clean(text).split("\n") == [
        "Titre",
        "Le ministre a rencontré son homologue.",
        "Il a ensuite quitté Vérone.",
    ]


def test_a_menu_label_or_initials_among_menu_items_is_no_publisher(tmp_path: Path) -> None:
    text = (
        "MENU\nCLOSE\n\nDéfense\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n\n"
        "Photos\n\nFAG\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).publisher is None


def test_an_agency_alone_under_the_body_is_still_the_publisher(tmp_path: Path) -> None:
    """The guard: a lone agency line after a paragraph credits the article."""
    text = "Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\nAPS\n"
    assert parse_file(_write(tmp_path, text.encode())).publisher == "APS"


def test_a_known_town_and_a_colon_opening_the_body_is_the_dateline(tmp_path: Path) -> None:
    text = (
        " date 2019-04-29 Bishkek: Defence Minister Omar Talbi held a bilateral meeting with his Chinese "
        "counterpart General Tom Hart on the sidelines of the ministers' meeting on Monday.\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).dateline == "Bishkek"


def test_a_label_and_a_colon_is_no_dateline(tmp_path: Path) -> None:
    """The guard: a section's label before a colon is not a town."""
    text = (
        "Une visite\n\nDéfense: le ministre Omar Talbi a reçu mardi le général Tom Hart pour évoquer la "
        "coopération entre les deux armées.\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).dateline is None


def test_limits_of_this_release_page_rules(tmp_path: Path) -> None:
    """Guards found by review: a country's label is no dateline; a byline is no menu; a section's
    label above the headline keeps it; an agency's sign-off is no listed headline."""
    text = (
        "Mali: le ministre Omar Talbi a reçu mardi le général Tom Hart pour évoquer la coopération entre "
        "les deux armées.\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).dateline is None
    text = (
        "Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\nPaul Martel\nKMA\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).publisher == "KMA"
    text = (
        "Latest News\nMinister Omar Talbi hosts General Tom Hart\nMinister Omar Talbi hosted General Tom "
        "Hart in Algiers on Tuesday to discuss cooperation between the two armies.\nRelated\n"
        "Another headline here\nThe talks ended, he added. (APS)"
    )
    assert clean(text).split("\n")[0] == "Minister Omar Talbi hosts General Tom Hart"
    assert clean(text).endswith("(APS)")


def test_a_line_of_publication_and_update_dates_dates_the_article_and_is_no_title(tmp_path: Path) -> None:
    text = (
        "Publié le 23 octobre 2023 à 11h08 - Dernière mise à jour le 26 octobre 2023 à 8h30\n"
        "Le ministre Omar Talbi a reçu lundi à Alger le général Tom Hart pour évoquer la coopération.\n"
    )
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert (parsed.published, parsed.title) == ("2023-10-23", None)


@pytest.mark.parametrize(
    ("lead", "publisher", "dateline"),
    [("ANI", "ANI", None), ("OSLO", None, "OSLO"), ("MALI", None, "MALI"), ("KOLDA", None, "KOLDA")],
)
def test_an_agency_s_signature_before_the_dash_is_no_dateline(
    lead: str, publisher: str | None, dateline: str | None, tmp_path: Path
) -> None:
    """`ANI - Le commandant …`: a press agency's signature before the dash; a town's name, known to
    the gazetteer or not (`KOLDA`), is the dateline."""
    text = f"{lead} - Le commandant en chef de l'armée a reçu mardi l'ambassadeur de Turquie au Liban.\n"
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert (parsed.publisher, parsed.dateline) == (publisher, dateline)


def test_a_country_s_name_alone_above_the_headline_is_no_agency(tmp_path: Path) -> None:
    """`TCHAD` over the headline labels the section; `APS` alone signs the agency (the guard)."""
    body = "Le ministre des Armées a reçu jeudi à Bamako plusieurs délégations en audience officielle.\n"
    parsed = parse_file(_write(tmp_path, f"MALI\n\nLe ministre reçoit des délégations\n\n{body}".encode()))
    assert parsed.publisher != "MALI"
    parsed = parse_file(_write(tmp_path, f"APS\n\nLe ministre reçoit des délégations\n\n{body}".encode()))
    assert parsed.publisher == "APS"


def test_a_press_release_s_date_in_brackets_after_the_town_dates_the_article(tmp_path: Path) -> None:
    text = (
        "KORVALA (April 18, 2024) — Gen. Ferris Oakhurst visited the region April 15-18, meeting with "
        "President Halvard Quist and senior defense leaders.\n"
    )
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert (parsed.dateline, parsed.published, parsed.publisher) == ("KORVALA", "2024-04-18", None)


@pytest.mark.parametrize(
    ("text", "publisher", "dateline", "published"),
    [
        ("(Belga) Les États-Unis ont ouvert des négociations avec le Pérou, a annoncé dimanche le "
         "Pentagone.\n",
         "Belga", None, None),
        ("(KORPRESS) - Le partenariat entre les deux armées est bénéfique, a dit le ministre Omar Talbi.\n",
         "KORPRESS", None, None),
        ("Hanoï (VNA) – Le général Tom Hart a reçu mardi à Hanoï le colonel Omar Talbi pour évoquer la "
         "coopération.\n", "VNA", "Hanoï", None),
        ("MOSCOW, October 24. /TASS/. Deputy Defense Minister Tom Hart held talks on Thursday with Omar "
         "Talbi.\n", "TASS", "MOSCOW", None),
        ("(Ouagadougou, 13 décembre 2021) le président Omar Talbi a eu une séance de travail avec "
         "l’ambassadeur Tom Hart.\n", None, "Ouagadougou", "2021-12-13"),
        ("Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n\n"
         "Sources : État-major des armées\n", "État-major des armées", None, None),
        ("Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n\nEcrit par : "
         "Horizons\n", "Horizons", None, None),
        ("A visit\n\nMinister Omar Talbi received General Tom Hart in Algiers on Tuesday.\n\nBy KDT Bureau\n",
         "KDT Bureau", None, None),
        ("Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n\n"
         "Korpress/VNA/CVN\n",
         "Korpress", None, None),
        ("Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n\n… suite de "
         "l’article sur L’Écho\n", "L’Écho", None, None),
        ("Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger, a dit le "
         "porte-parole. (Belga)\n", "Belga", None, None),
        ("A visit\n\nMinister Omar Talbi received General Tom Hart in Algiers on Tuesday. — ONA\n",
         "ONA", None, None),
    ],
)  # fmt: skip
def test_more_credit_lines_of_agencies_and_outlets(
    text: str, publisher: str | None, dateline: str | None, published: str | None, tmp_path: Path
) -> None:
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert (parsed.publisher, parsed.dateline, parsed.published) == (publisher, dateline, published)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2004/10/20", "2004-10-20"),
        ("07-29-2016 09:28", "2016-07-29"),
        ("Updated: 21-08-2021, 09:20", "2021-08-21"),
    ],
)
def test_numeric_date_lines_with_slashes_or_dashes(line: str, published: str, tmp_path: Path) -> None:
    text = f"Une visite\n{line}\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n"
    assert parse_file(_write(tmp_path, text.encode())).published == published


def test_limits_of_the_sixth_real_page_set_credit_rules(tmp_path: Path) -> None:
    """Guards: a photo label in brackets is no agency; a person's byline is no outlet's; initials and
    an agency keep the agency (`SL/ac/APA`)."""
    text = "(Photo) Le ministre Omar Talbi a reçu mardi le général Tom Hart à Alger pour la coopération.\n"
    assert parse_file(_write(tmp_path, text.encode())).publisher is None
    text = (
        "Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n\n"
        "Ecrit par : Jean Dupont\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).publisher is None
    text = "Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger.\n\nSL/ac/Sf/APA\n"
    assert parse_file(_write(tmp_path, text.encode())).publisher == "APA"


@pytest.mark.parametrize(
    "text",
    [
        "Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart à Alger, a-t-on appris. "
        "(Fin)\n",
        "(Update) President Omar Talbi received General Tom Hart in Algiers on Tuesday for talks.\n",
        "A visit\n\nMinister Omar Talbi received General Tom Hart in Algiers on Tuesday.\n\nAir/Sea/Land\n",
        "A visit\n\nMinister Omar Talbi received General Tom Hart in Algiers on Tuesday.\n\nMali/Niger\n",
    ],
)
def test_limits_of_the_sixth_real_page_set_credit_lines(text: str, tmp_path: Path) -> None:
    """Guards found by review: an end or update mark is no agency; a line of words joined by slashes
    credits an agency only when one is written as an acronym."""
    assert parse_file(_write(tmp_path, text.encode())).publisher is None


def test_a_numeric_date_with_dashes_either_way_round_is_no_date(tmp_path: Path) -> None:
    text = "A visit\nPosted 07-03-2021\n\nMinister Omar Talbi received General Tom Hart in Algiers.\n"
    assert parse_file(_write(tmp_path, text.encode())).published is None


def test_a_shortcode_left_in_the_page_is_furniture(tmp_path: Path) -> None:
    text = (
        "[player_button voice= »French Female » label= »Écouter l’article »]\n"
        "Le ministre Omar Talbi a reçu mardi à Alger le général Tom Hart pour évoquer la coopération.\n"
    )
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert parsed.title is None and "French Female" not in parsed.text


def test_a_titled_person_s_byline_credits_the_unit_on_the_line_below(tmp_path: Path) -> None:
    text = (
        "Drills begin in the Caribbean\n\nBy Army Sgt. Jane Orlow\n122nd Public Affairs Operations Center\n\n"
        "The minister met the general on Friday at the ministry to discuss maritime security.\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).publisher == "122nd Public Affairs Operations Center"


def test_lines_cut_at_a_fixed_width_are_joined_back_into_paragraphs() -> None:
    text = (
        "Un exercice au large\n"
        "Le 31 octobre, le bâtiment\n"
        "de projection « Tonnerre » a accosté à Douala pour le début\n"
        "de l’exercice « Grand African\n"
        "Nemo 18.5 ». Il devrait y rester jusqu’au 3 novembre avec les marines de\n"
        "nombreux pays riverains du golfe, selon le commandant du navire qui\n"
        "a tenu une conférence à bord avec ses homologues de la région et\n"
        "les officiers de liaison venus de Lomé.\n"
    )
    assert clean(text).split("\n") == [
        "Un exercice au large",
        "Le 31 octobre, le bâtiment de projection « Tonnerre » a accosté à Douala pour le début de "
        "l’exercice « Grand African Nemo 18.5 ». Il devrait y rester jusqu’au 3 novembre avec les marines "
        "de nombreux pays riverains du golfe, selon le commandant du navire qui a tenu une conférence à "
        "bord avec ses homologues de la région et les officiers de liaison venus de Lomé.",
    ]


def test_a_date_line_or_a_byline_under_a_headline_is_not_joined_to_it() -> None:
    text = "Point de presse du ministère\njeudi 18 octobre 2012\n\nExemple Info | Monde\nby Staff reporter\n"
    assert clean(text).split("\n") == [
        "Point de presse du ministère",
        "jeudi 18 octobre 2012",
        "",
        "Exemple Info | Monde",
        "by Staff reporter",
    ]


@pytest.mark.parametrize("tags", ["#Niger #Nigeria #coopération", "# Niger # Nigeria # coopération"])
def test_a_line_of_hashtags_is_furniture(tags: str) -> None:
    assert clean(f"{tags}\n\nÀ Niamey, une réunion des chefs d'état-major a eu lieu\n\nTexte.") == (
        "À Niamey, une réunion des chefs d'état-major a eu lieu\n\nTexte."
    )


def test_a_list_of_ranked_names_and_a_dateline_stay_on_their_lines_in_a_wrapped_text() -> None:
    wrapped = "\n".join(
        [
            "Les marines du golfe se retrouvent",
            "Le 31 octobre, le bâtiment de projection et de commandement a accosté",
            "à Douala pour le début de l’exercice, selon le commandant du navire qui",
            "a tenu une conférence à bord avec ses homologues de la région et les",
            "officiers de liaison venus de Lomé et de Cotonou pour la circonstance avec",
            "les chefs d’état-major présents ce jour-là, dont ceux de trois marines :",
            "Contre-amiral Paul Verlaine",
            "Capitaine de vaisseau Hamid Berradi",
            "LOMÉ, 3 mars (APS) - Le ministre a reçu",
        ]
    )
    lines = clean(wrapped).split("\n")
    assert "Contre-amiral Paul Verlaine" in lines
    assert "Capitaine de vaisseau Hamid Berradi" in lines
    assert any(line.startswith("LOMÉ, 3 mars (APS)") for line in lines)


@pytest.mark.parametrize("byline", ["By Prince Media Group", "By Daily Observer"])
def test_an_outlet_s_byline_stays_the_publisher(byline: str, tmp_path: Path) -> None:
    text = (
        f"Drills begin in the Caribbean\n\n{byline}\n\n"
        "The minister met the general on Friday at the ministry to discuss maritime security.\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).publisher == byline.removeprefix("By ")


@pytest.mark.parametrize(
    ("last", "publisher"),
    [
        ("The Lagos Express News", "The Lagos Express News"),
        ("Exemplenews", "Exemplenews"),
        ("Paul Mercadier", None),
    ],
)
def test_an_outlet_s_name_alone_on_the_last_line_is_the_publisher(
    last: str, publisher: str | None, tmp_path: Path
) -> None:
    text = (
        "Une visite\n\nLe ministre Omar Talbi a reçu mardi le général Tom Hart au ministère.\n\n"
        "Ils ont parlé de sécurité maritime et de formation.\n\nLa visite a duré deux jours.\n\n"
        f"{last}\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).publisher == publisher


def test_letters_and_a_number_in_brackets_opening_the_body_are_the_agency(tmp_path: Path) -> None:
    text = "(B2 – exclusif) L’adoption d’un nouveau cadre d’action européen n’est pas encore acquise.\n"
    assert parse_file(_write(tmp_path, text.encode())).publisher == "B2"


def test_an_outlet_then_the_office_that_runs_it_under_the_headline_is_the_publisher(tmp_path: Path) -> None:
    text = (
        "Tuesday, October 14, 2014\n\nQuist, Peruvian Minister Discuss Partnership\n\n"
        "Army News, Defense Media Office\n\n"
        "The minister met the general on Friday at the ministry to discuss maritime security.\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).publisher == "Army News"


@pytest.mark.parametrize(
    ("text", "publisher", "dateline"),
    [
        ("A visit\n\nASTANA. KORPRESS – Defense Minister Omar Talbi held talks with Gen. Tom Hart.\n",
         "KORPRESS", "ASTANA"),
        ("Une visite\n\nDAKAR. KORPRESS – Le ministre Omar Talbi a reçu mardi le général Tom Hart.\n",
         "KORPRESS", "DAKAR"),
        ("A visit\n\nKORVALA. KORPRESS – Defense Minister Omar Talbi held talks with Gen. Tom Hart.\n",
         None, None),
    ],
)  # fmt: skip
def test_a_known_town_in_capitals_a_stop_then_an_agency_and_a_dash_open_the_body(
    text: str, publisher: str | None, dateline: str | None, tmp_path: Path
) -> None:
    """`ASTANA. KAZINFORM – …`; a town the gazetteer does not know is not taken for one."""
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert (parsed.publisher, parsed.dateline) == (publisher, dateline)


@pytest.mark.parametrize(
    "furniture", ["Go to the main site", "Skip to content", "Aller au contenu", "Retour à l’accueil"]
)
def test_a_navigation_link_above_the_headline_is_no_headline(furniture: str, tmp_path: Path) -> None:
    text = (
        f"{furniture}\n\nDefence ministers discuss cooperation\n\n"
        "Minister Omar Talbi received General Tom Hart in Algiers on Tuesday.\n"
    )
    assert parse_file(_write(tmp_path, text.encode())).title == "Defence ministers discuss cooperation"


def test_an_outlet_its_day_and_hour_and_its_town_on_a_line_credit_the_article(tmp_path: Path) -> None:
    """`Agenda.ge, 02 Sep 2024 - 12:56, Tbilisi,Georgia`; a town the gazetteer does not know is none."""
    text = (
        "Ministers review cooperation\n\nKorpress.ge, 02 Sep 2024 - 12:56, Tbilisi,Georgia\n\n"
        "Minister Omar Talbi received General Tom Hart on Monday.\n"
    )
    parsed = parse_file(_write(tmp_path, text.encode()))
    assert (parsed.publisher, parsed.dateline, parsed.published) == ("Korpress.ge", "Tbilisi", "2024-09-02")
    unknown = text.replace("Tbilisi,Georgia", "Korvala,Korvalia")
    parsed = parse_file(_write(tmp_path, unknown.encode()))
    assert parsed.dateline is None
