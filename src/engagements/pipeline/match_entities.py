"""Persons and organisations that look like one across articles, and why.

Persons. Two full names match when the shorter one's words appear in the longer one, first
name with first name and surname with surname (`names.relate_full_names`). When every word
matches exactly (middle names, particles, word order differ) that is enough; when a word only
matches as a spelling or transliteration variant or an initial, the records must also share
something only the same person would: a name quoted identically in both, someone both met, or
the organisation of a role. A lone surname (`Ghazouani`) joins a full name only when exactly
one person has that surname and the same evidence links them. Namesakes never merge on a
surname alone: `Khalid Haftar` is not `Khalifa Haftar`. Two persons with different countries
never merge.

Organisations match by a name (folded, without a leading article) or by their acronym, when
kind and country do not disagree and neither is a part of the other (`Zone Sud des Forces
armées royales` is not the `Forces armées royales`, whatever acronym the extractor gave it); a
name or acronym shared by organisations that disagree (`ANP`, an army in Algeria and a news
agency in Niger; a `Ministère de la Défense nationale` in Tunisia and one in Algeria) links
none of them. A name under its owner's prefix, a state and its service (`U.S. Army Southern
European Task Force, Africa`), is that name (`Southern European Task Force, Africa`) when their
acronyms, if both have one, agree and the other's country, if known, is the owner's.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from ..extraction import gazetteer
from ..languages import LANGUAGES
from ..models import Organisation, Person
from .match import Candidate, Context, block_pairs, candidate
from .names import fold, organisation_key, relate_full_names, same_word, skeleton, tokens

# ---------------------------------------------------------------- persons


def person_candidates(persons: list[Person], context: Context) -> list[Candidate]:
    """Pairs of persons that are one human being, by name and the evidence around them."""
    by_id = {p.id: p for p in persons}
    keys: list[tuple[str, str]] = []
    for person in persons:
        words = tokens(person.name)
        if len(words) >= 2:
            keys.append((f"ends:{skeleton(words[0])[0]}{skeleton(words[-1])[0]}", person.id))
            keys.append(("words:" + " ".join(sorted(words)), person.id))
    found = []
    for a, b in block_pairs(keys):  # one at a time: a series or a name can pair thousands
        match = _relate_persons(by_id[a], by_id[b], context)
        if match:
            found.append(match)
    return found + _surname_candidates(persons, context)


def _relate_persons(a: Person, b: Person, context: Context) -> Candidate | None:
    if a.country and b.country and a.country != b.country:
        return None
    relation = relate_full_names(a.name, b.name)
    if relation is None or (not relation.exact and not _linked(a, b, context)):
        return None
    return candidate(a.id, b.id, relation.rule, relation.score, relation.reason)  # type: ignore[arg-type]


def _linked(a: Person, b: Person, context: Context) -> str | None:
    """What only the same person would share, in words, or None."""
    firsts = {tokens(p.name)[0] for p in (a, b) if len(tokens(p.name)) > 1}  # `Saddam` says little
    quoted = {q for q in context.quotes[a.id] & context.quotes[b.id] if q not in firsts}
    if quoted:
        return f"both quoted as {sorted(quoted)[0]!r}"
    met = context.partners[a.id] & context.partners[b.id]
    if met:
        return f"both met {sorted(met)[0]}"
    roles = {r.organisation_id for r in a.roles if r.organisation_id} & {
        r.organisation_id for r in b.roles if r.organisation_id
    }
    if roles:
        return f"both hold a role in {sorted(roles)[0]}"
    return None


def _surname_candidates(persons: list[Person], context: Context) -> list[Candidate]:
    """A person known by one word joins the one full name ending with it, never one of several."""
    full_by_letter: dict[str, list[Person]] = defaultdict(list)
    for person in persons:
        words = tokens(person.name)
        if len(words) >= 2:
            full_by_letter[skeleton(words[-1])[0]].append(person)
    found = []
    for single in persons:
        words = tokens(single.name)
        if len(words) != 1 or len(words[0]) < 3:
            continue
        word = words[0]
        matches = [
            full
            for full in full_by_letter[skeleton(word)[0]]
            if same_word(word, tokens(full.name)[-1]) in ("exact", "variant")
            and not (full.country and single.country and full.country != single.country)
        ]
        if len(matches) != 1:
            continue  # nobody, or namesakes: a surname alone does not say which
        linked = _linked(single, matches[0], context)
        if linked:
            reason = f"{single.name} is the surname of {matches[0].name}, the only one; {linked}"
            found.append(candidate(single.id, matches[0].id, "surname", 0.7, reason))
    return found


# ---------------------------------------------------------------- organisations


def organisation_candidates(organisations: list[Organisation], context: Context) -> list[Candidate]:
    """Pairs of organisations that are one body: the same name, or the same acronym."""
    by_id = {o.id: o for o in organisations}
    keys: list[tuple[str, str]] = []
    for org in organisations:
        keys += [("name:" + organisation_key(n), org.id) for n in (org.name, *org.names)]
        keys += [("name:" + organisation_key(rest), org.id) for n in _names(org) for _, rest in _owned(n)]
        keys += [("acronym:" + a, org.id) for a in _acronyms(org)]
    by_record: dict[str, list[Candidate]] = defaultdict(list)
    for a, b in block_pairs(keys):  # one at a time: a series or a name can pair thousands
        x, y = by_id[a], by_id[b]
        if _disagree(x, y) or _part_of(x, y) or _part_of(y, x):
            continue
        names_x = {organisation_key(n) for n in (x.name, *x.names)}
        shared = names_x & {organisation_key(n) for n in (y.name, *y.names)}
        owner = _owner_prefix(x, y, context) or _owner_prefix(y, x, context)
        acronyms = sorted(_acronyms(x) & _acronyms(y))
        if shared:
            match = candidate(
                a, b, "organisation_name", 0.95, f"{x.name} / {y.name}: both named {sorted(shared)[0]!r}"
            )
        elif owner:
            match = candidate(a, b, "owner_prefix", 0.9, f"{x.name} / {y.name}: {owner}")
        elif acronyms:
            match = candidate(a, b, "acronym", 0.85, f"{x.name} / {y.name}: both {acronyms[0].upper()}")
        else:
            continue  # `French Army X` and `U.S. Army X`: two owners' bodies
        by_record[a].append(match)
        by_record[b].append(match)
    ambiguous = set()  # a name shared by bodies that disagree with each other links none of them
    for record, matches in by_record.items():
        partners = [by_id[p] for p in sorted({m.left for m in matches} | {m.right for m in matches})]
        if any(_disagree(x, y) for i, x in enumerate(partners) for y in partners[i + 1 :]):
            ambiguous.add(record)
    return sorted({m for ms in by_record.values() for m in ms if not {m.left, m.right} & ambiguous})


def _part_of(a: Organisation, b: Organisation) -> bool:
    """`a` is a part of `b`: its parent, or its name is longer and ends with `b`'s (`Zone Sud des FAR`),
    not as a name under its owner's prefix (`U.S. Army Southern European Task Force`)."""
    key_a, key_b = organisation_key(a.name), organisation_key(b.name)
    if a.parent_id == b.id:
        return True
    owned = any(organisation_key(rest) == key_b for _, rest in _owned(a.name))
    return key_a != key_b and key_a.endswith(" " + key_b) and not owned


def _names(org: Organisation) -> tuple[str, ...]:
    return (org.name, *org.names)


@cache
def _owned(name: str) -> tuple[tuple[str, str], ...]:
    """(the owner's country, the name) for each way to read `name` as a name under its owner's
    prefix: a state, by its name or nationality (`U.S.`, `French`), then maybe its service, a body
    noun (`Army`, `Air Force`): `U.S. Army Southern European Task Force` -> (`US`, `Army Southern
    European Task Force`), (`US`, `Southern European Task Force`)."""
    words = name.split()
    for size in (3, 2, 1):
        state = " ".join(words[:size])
        country = gazetteer.country_of_name(state) or next(
            (c for language in LANGUAGES.values() if size == 1 and (c := language.demonym_country(state))),
            None,
        )
        if country:
            return tuple(
                (country, " ".join(words[end:]))
                for end in range(size, min(size + 3, len(words) - 1))
                if (end == size or " ".join(words[size:end]) in _services())
                and words[end][:1].isupper()
                and len(organisation_key(" ".join(words[end:])).split()) >= 2
            )
    return ()


@cache
def _services() -> frozenset[str]:
    """Body nouns of every language, capitalised as a service after its state (`Army`, `Air Force`)."""
    return frozenset(
        " ".join(w[:1].upper() + w[1:] for w in head.split())
        for language in LANGUAGES.values()
        for head in language.institution_heads
    )


def _owner_prefix(a: Organisation, b: Organisation, context: Context) -> str | None:
    """Why `a` is `b` under its owner's prefix, in words, or None: one of `a`'s names is a name of `b`
    after a state and its service, `b`'s country is unknown or that state's, and their acronyms,
    if both have one, agree (one is quoted for the other)."""
    if a.acronym and b.acronym:
        folded_a, folded_b = fold(a.acronym), fold(b.acronym)
        if (
            folded_a != folded_b
            and folded_a not in context.quotes[b.id]
            and folded_b not in context.quotes[a.id]
        ):
            return None
    keys_b = {organisation_key(n) for n in _names(b)}
    for name in _names(a):
        for country, rest in _owned(name):
            if (
                organisation_key(rest) in keys_b
                and a.country in (None, country)
                and b.country in (None, country)
            ):
                return f"{name!r} is {rest!r} under its owner's prefix"
    return None


def _acronyms(org: Organisation) -> set[str]:
    """The acronym, the name when it is one (`AFRICOM`), and an acronym the name starts with
    (`APA News`), folded."""
    found = {fold(org.acronym).replace(" ", "")} if org.acronym else set()
    first = org.name.split()[0]
    if first.isupper() and len(first) >= 2 and (" " not in org.name or org.kind == "media"):
        found.add(fold(first))
    return {a for a in found if a}


def _disagree(a: Organisation, b: Organisation) -> bool:
    kinds = {a.kind, b.kind} - {"other"}
    return bool(a.country and b.country and a.country != b.country) or len(kinds) > 1
