"""Extract: clean text -> mentions with spans. Minimal for now: organisations that the text
introduces with an acronym (`Armée nationale libyenne (ANL)`) and the later uses of that acronym.

The full extractor (persons, roles, meetings, exercises with spaCy) replaces this step; the
mention types below are what later steps consume.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_STOP = {
    "le",
    "la",
    "les",
    "l",
    "du",
    "de",
    "des",
    "d",
    "et",
    "en",
    "au",
    "aux",
    "à",
    "pour",
    "sur",
    "the",
    "of",
    "for",
    "and",
    "on",
    "in",
}
_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)")
_MAX_NAME_TOKENS = 8


@dataclass(frozen=True)
class Mention:
    """A surface form at [start, end) of the article text."""

    text: str
    start: int
    end: int


@dataclass
class OrganisationMention:
    """An organisation named in full with its acronym, and every later use of the acronym."""

    name: Mention
    acronym: Mention
    uses: list[Mention] = field(default_factory=list)


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _strip_elision(word: str) -> str:
    return re.sub(r"^(?:[ldjnmst]|qu)[’']", "", word, flags=re.IGNORECASE)


def _name_start(tokens: list[tuple[str, int, int]], acronym: str) -> int | None:
    """Offset where the full name before `(ACRONYM)` starts, or None."""
    window: list[tuple[str, int, int]] = []
    for token in reversed(tokens):
        if not re.match(r"[\w’']", token[0]) or len(window) >= _MAX_NAME_TOKENS:
            break
        window.insert(0, token)
    content = [(w, s, e) for w, s, e in window if _strip_elision(w).lower() not in _STOP]
    letters = acronym.upper()
    if len(letters) <= len(content):  # initials of the last content words spell the acronym
        tail = content[-len(letters) :]
        if "".join(_strip_elision(w)[0].upper() for w, _, _ in tail) == letters:
            word, start, _ = tail[0]
            return start + (len(word) - len(_strip_elision(word)))
    capitalised = [
        (w, s)
        for w, s, _ in window
        if _strip_elision(w)[:1].isupper() and _strip_elision(w).lower() not in _STOP
    ]
    if not capitalised:
        return None
    word, start = capitalised[0]
    return start + (len(word) - len(_strip_elision(word)))


def organisations(text: str) -> list[OrganisationMention]:
    """Organisations introduced as `Full Name (ACRONYM)`, first introduction per acronym."""
    found: dict[str, OrganisationMention] = {}
    for match in _ACRONYM.finditer(text):
        acronym = match["acronym"]
        if acronym in found:
            continue
        sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        before = text[sentence_start : match.start()].rstrip()
        start = _name_start(_words(before), acronym)
        if start is None:
            continue
        start += sentence_start
        end = sentence_start + len(before)
        name = Mention(text[start:end], start, end)
        found[acronym] = OrganisationMention(
            name, Mention(acronym, match.start("acronym"), match.end("acronym"))
        )
    for acronym, org in found.items():
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            if use.start() != org.acronym.start:
                org.uses.append(Mention(acronym, use.start(), use.end()))
    # A one-capital "acronym" (`Africom`) is only trusted when the text uses it again:
    # a lone `(Egypte)` after a city is a gloss, not an acronym.
    kept = [o for o in found.values() if sum(c.isupper() for c in o.acronym.text) > 1 or o.uses]
    return sorted(kept, key=lambda o: o.name.start)
