"""English words of page furniture and credit lines."""

from __future__ import annotations

from ..base import PageWords

PAGE = PageWords(
    furniture=("live", r"breaking(?: news)?", "press release", r"credits?\b.*", r"home\b.*[›>»/].*"),
    byline=("by",),
    publisher_bylines=(r"by (?P<value>.+?)(?: staff)?",),
    agency_with=(),
    agencies=("agencies",),
    newsroom=(),
    dateline_articles=(),
    date_line_words=(
        "on",
        "at",
        "published",
        "posted",
        "updated",
        "am",
        "pm",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "minutes",
        "minute",
        "min",
        "read",
    ),
    not_outlets=(
        "all",
        "copyright",
        "share",
        "print",
        "comments",
        "comment",
        "tags",
        "tag",
        "staff",
        "admin",
        "credit",
    ),
    name_joiners=("and", "of", "the"),
    read_more=("read more at", "read more on", "continue reading at", "continue reading on"),
    written=("written", "posted"),
    desks=("bureau", "desk", "team"),
)
