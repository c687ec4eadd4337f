"""Build: parsed articles and their mentions -> validated models, every value with its evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Article, Dataset, Evidence, Organisation, text_checksum
from ..models.organisation import OrganisationKind
from .extract import Mention, OrganisationMention, organisations
from .parse import ParsedArticle
from .resolve import entity_id, record_id

_KINDS: list[tuple[str, OrganisationKind]] = [
    (r"\b(agence|presse|press|news|service|radio|télévision|journal)\b", "media"),
    (r"\b(ambassade|embassy|consulat)\b", "diplomatic"),
    (
        r"\b(union africaine|nations unies|united nations|otan|nato|cedeao|ecowas|communauté)\b",
        "intergovernmental",
    ),
    (
        r"\b(armée|armed|army|forces?|commandement|command|état-major|marine|navy|garde|gendarmerie)\b",
        "military",
    ),
    (r"\b(gouvernement|government|ministère|ministry|présidence|conseil)\b", "government"),
    (r"\b(parti|party|mouvement)\b", "political"),
]


def organisation_kind(name: str) -> OrganisationKind:
    """A first guess of an organisation's kind from the head words of its name."""
    for pattern, kind in _KINDS:
        if re.search(pattern, name, re.IGNORECASE):
            return kind
    return "other"


@dataclass
class ArticleRecords:
    """Everything one article contributes, before records from several articles are merged."""

    article: Article
    organisations: list[Organisation] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def _evidence(article: Article, subject: str, field_path: str, mention: Mention) -> Evidence:
    return Evidence(
        id=record_id("evidence", subject, field_path, article.id, mention.start, mention.end),
        subject_id=subject,
        field=field_path,
        article_id=article.id,
        start=mention.start,
        end=mention.end,
        quote=article.text[mention.start : mention.end],
    )


def build_article(parsed: ParsedArticle) -> ArticleRecords:
    """Models for one parsed article."""
    checksum = text_checksum(parsed.text)
    article = Article(
        id=f"art-{checksum[:12]}",
        title=parsed.title,
        publisher=parsed.publisher,
        dateline=parsed.dateline,
        published=parsed.published,
        language=parsed.language,
        url=parsed.url,
        checksum=checksum,
        source_file=parsed.source_file,
        text=parsed.text,
    )
    records = ArticleRecords(article)
    for key, span in sorted(parsed.spans.items()):
        mention = Mention(parsed.text[span.start : span.end], span.start, span.end)
        records.evidence.append(_evidence(article, article.id, key, mention))
    for found in organisations(parsed.text):
        _add_organisation(records, found)
    if parsed.publisher:
        _add_publisher(records, parsed)
    return records


def _add_organisation(records: ArticleRecords, found: OrganisationMention) -> None:
    article = records.article
    org_id = entity_id("organisations", found.name.text)
    records.organisations.append(
        Organisation(
            id=org_id,
            name=found.name.text,
            acronym=found.acronym.text,
            kind=organisation_kind(found.name.text),
        )
    )
    records.evidence.append(_evidence(article, org_id, "name", found.name))
    for mention in [found.acronym, *found.uses]:
        records.evidence.append(_evidence(article, org_id, "acronym", mention))


def _add_publisher(records: ArticleRecords, parsed: ParsedArticle) -> None:
    assert parsed.publisher is not None
    org_id = entity_id("organisations", parsed.publisher)
    if any(o.id == org_id for o in records.organisations):
        return
    records.organisations.append(Organisation(id=org_id, name=parsed.publisher, kind="media"))
    span = parsed.spans.get("publisher")
    if span:
        mention = Mention(parsed.text[span.start : span.end], span.start, span.end)
        records.evidence.append(_evidence(records.article, org_id, "name", mention))


def merge(parts: Iterable[ArticleRecords]) -> Dataset:
    """One dataset from many articles: same id, one record (other names and acronyms kept)."""
    articles: dict[str, Article] = {}
    orgs: dict[str, Organisation] = {}
    evidence: dict[str, Evidence] = {}
    for part in parts:
        articles.setdefault(part.article.id, part.article)
        for org in part.organisations:
            known = orgs.get(org.id)
            if known is None:
                orgs[org.id] = org
                continue
            names = sorted({*known.names, *org.names} - {known.name})
            orgs[org.id] = Organisation.model_validate(
                {**known.model_dump(), "acronym": known.acronym or org.acronym, "names": names}
            )
        for item in part.evidence:
            evidence.setdefault(item.id, item)
    return Dataset(
        articles=list(articles.values()), organisations=list(orgs.values()), evidence=list(evidence.values())
    ).sorted()
