"""The descriptor credits publishers, and its size does not grow with the number of articles."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from engagements.models import Article, text_checksum
from engagements.package.credit import MAX_PUBLISHERS, credited_sources, publisher_of
from engagements.package.descriptor import MAX_DESCRIPTOR_BYTES
from engagements.package.schema import descriptor, dumps

TEXT = "Le ministre reçoit le général."


def article(number: int, publisher: str | None = None, url: str | None = None) -> Article:
    return Article(
        id=f"art-{number}",
        title=f"Article {number}",
        language="fr",
        publisher=publisher,
        url=url,
        checksum=text_checksum(TEXT),
        source_file=f"{number}.txt",
        text=TEXT,
    )


def test_the_publisher_is_named_else_the_host_of_the_url() -> None:
    assert publisher_of(article(1, "APA News", "https://www.apanews.net/a")) == "APA News"
    assert publisher_of(article(2, None, "https://www.Lemonde.fr/x?y=1")) == "lemonde.fr"
    assert publisher_of(article(3)) is None


def test_each_publisher_once_most_articles_first_then_where_all_articles_are_listed() -> None:
    articles = [
        article(1, "B agency"),
        article(2, None, "https://b.example.org/1"),
        article(3, "B agency"),
        article(4, "A agency"),
        article(5),
        article(6),
    ]
    sources = credited_sources(articles)
    assert sources == [
        {"title": "B agency"},
        {"title": "A agency"},
        {"title": "b.example.org"},
        {
            "title": "2 articles without a publisher or URL; every article's title, publisher and URL",
            "path": "data/articles.csv",
        },
    ]
    assert credited_sources([]) == []
    assert credited_sources([article(1)])[0]["title"].startswith("1 article without")


@given(st.lists(st.sampled_from(["A", "B", "C", None]), max_size=30), st.randoms())
def test_the_order_of_the_articles_does_not_change_the_sources(
    publishers: list[str | None], shuffle: random.Random
) -> None:
    articles = [article(i, p) for i, p in enumerate(publishers)]
    shuffled = list(articles)
    shuffle.shuffle(shuffled)
    assert credited_sources(shuffled) == credited_sources(articles)


def test_more_articles_of_the_same_publishers_leave_the_descriptor_as_it_is() -> None:
    few = [article(i, f"Publisher {i % 3}") for i in range(3)]
    many = [article(i, f"Publisher {i % 3}") for i in range(3000)]
    assert credited_sources(many) == credited_sources(few)


def test_the_descriptor_stays_under_the_validators_limit_with_the_longest_names() -> None:
    longest = [article(i, f"{i:05d}" + "𝔄" * 1995) for i in range(MAX_PUBLISHERS + 50)]
    sources = credited_sources(longest)
    assert len(sources) == MAX_PUBLISHERS + 1
    assert sources[-1]["title"].startswith("50 more publishers; ")
    assert len(dumps(descriptor(sources)).encode()) < MAX_DESCRIPTOR_BYTES
