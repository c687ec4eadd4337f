"""The HTML report: one self-contained file with a timeline, a who-met-whom network, a map of places
and, for every fact, its quote in its sentence with the source.

Nothing is fetched at view time: the template, CSS and drawing script (`assets/`) are inlined, the data
travels as JSON in the page, and a Content-Security-Policy allows only those two inline blocks
(by hash), so the file works offline and cannot load anything else. Text reaches the page
escaped (`html.escape` here, `textContent` in the script). The same package gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from importlib.resources import files
from string import Template
from typing import Any

import polars as pl

from .load import Data

KINDS = {"mtg": "meeting", "exe": "exercise", "per": "person", "org": "organisation", "art": "article"}
ORDER = ("mtg", "exe", "per", "org", "art")
COUNTED = ("meetings", "exercises", "persons", "organisations", "articles", "evidence")
"""Tables whose row counts the page shows (`data-count`); the browser test compares them."""


def _asset(name: str) -> str:
    return files("engagements.consume").joinpath("assets", name).read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _meeting_label(row: dict[str, Any]) -> str:
    who = row["hosts"] or row["participants"][:1]
    place = row["place_name"] or "place unknown"
    return f"{place}: {', '.join(who)}" if who else place


def picture_data(data: Data) -> dict[str, Any]:
    """What the script draws: events, the network's nodes and edges, the places with coordinates."""
    meetings = data.view("meetings").to_dicts()
    exercises = data.view("exercises").unique("id", keep="first", maintain_order=True).to_dicts()
    people = data.view("participation").unique("participant_id", keep="first", maintain_order=True)
    pairs = data.view("pairs").group_by("a_id", "b_id").agg(pl.len().alias("weight")).sort("a_id", "b_id")
    places: dict[tuple[str, float, float], dict[str, Any]] = {}
    for kind, rows in (("meeting", meetings), ("exercise", exercises)):
        for row in rows:
            if row["latitude"] is None or row["longitude"] is None:
                continue
            place = places.setdefault(
                (row["place_name"], row["latitude"], row["longitude"]),
                {
                    "name": row["place_name"],
                    "country": row["place_country"],
                    "lat": row["latitude"],
                    "lon": row["longitude"],
                    "kinds": [],
                    "records": [],
                },
            )
            place["kinds"] = sorted({*place["kinds"], kind})
            place["records"].append(row["id"])
    return {
        "meetings": [
            {
                "id": m["id"],
                "label": _meeting_label(m),
                "date": m["date"],
                "date_text": m["date_text"],
                "status": m["status"],
            }
            for m in meetings
        ],
        "exercises": [
            {
                "id": e["id"],
                "label": f"{e['name']} {e['edition'] or ''}".strip(),
                "start": e["start"],
                "end": e["end"],
                "start_text": "–".join(d for d in (e["start"], e["end"]) if d) or None,
                "status": e["status"],
            }
            for e in exercises
        ],
        "nodes": [
            {"id": p["participant_id"], "name": p["name"], "kind": p["kind"], "country": p["country"]}
            for p in people.sort("participant_id").to_dicts()
        ],
        "edges": [{"a": a, "b": b, "weight": w} for a, b, w in pairs.iter_rows()],
        "places": sorted(places.values(), key=lambda p: (p["name"], p["lat"], p["lon"])),
    }


def _unplaced(data: Data) -> list[str]:
    rows = [*data.view("meetings").to_dicts(), *data.view("exercises").unique("id").to_dicts()]
    return sorted(
        {
            f"{r['place_name']} ({r['place_country'] or '?'})"
            for r in rows
            if r["place_name"] and r["latitude"] is None
        }
    )


def _fact(row: dict[str, Any]) -> str:
    offset = row["start"] - row["sentence_start"]
    sentence, quote = row["sentence"], row["quote"]
    marked = (
        escape(sentence[:offset])
        + "<mark>"
        + escape(quote)
        + "</mark>"
        + escape(sentence[offset + len(quote) :])
    )
    source = " · ".join(
        escape(str(v)) for v in (row["article_title"], row["publisher"], row["published"]) if v
    )
    if row["url"]:
        source += f' · <a href="{escape(row["url"])}" rel="noreferrer">source</a>'
    if row["provenance"] == "reviewed":
        by = f": {escape(row['correction_id'])}" if row["correction_id"] else ""
        source += f' · <span class="reviewed">reviewed{by}</span>'
    field = escape(row["field"])
    return (
        f'<li class="fact" data-field="{field}"><span class="field">{field}</span>'
        f"<div><q>{marked}</q><cite>{source}</cite></div></li>"
    )


def _evidence(data: Data, names: dict[str, str]) -> str:
    frame = data.view("evidence").with_columns(pl.col("subject_id").str.slice(0, 3).alias("prefix"))
    parts = []
    for prefix in ORDER:
        rows = frame.filter(pl.col("prefix") == prefix).sort("subject_id", "field", "start", "id").to_dicts()
        by_subject: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_subject.setdefault(row["subject_id"], []).append(row)
        for subject, facts in by_subject.items():
            title = names.get(subject) or facts[0]["subject_name"] or subject
            parts.append(
                f'<article class="record" id="{escape(subject)}">'
                f'<h3><span class="kind">{KINDS[prefix]}</span>{escape(title)}'
                f"<small>{escape(subject)}</small></h3>"
                f'<ul class="facts">{"".join(_fact(f) for f in facts)}</ul></article>'
            )
    return "\n".join(parts)


def render_report(data: Data) -> str:
    """The whole page as text."""
    pictures = picture_data(data)
    css, script = _asset("report.css"), _asset("report.js")
    payload = json.dumps(pictures, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    counts = {name: data.tables[name].height for name in COUNTED}
    names = {m["id"]: m["label"] for m in pictures["meetings"]} | {
        e["id"]: e["label"] for e in pictures["exercises"]
    }
    unplaced = _unplaced(data)
    policy = (
        f"default-src 'none'; style-src '{_digest(css)}'; script-src '{_digest(script)}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return Template(_asset("report.html")).substitute(
        policy=policy,
        css=css,
        script=script,
        payload=payload,
        articles=counts["articles"],
        counts="".join(f'<li><b data-count="{k}">{v}</b>{k}</li>' for k, v in counts.items()),
        unplaced="Without coordinates: " + escape(", ".join(unplaced)) if unplaced else "",
        evidence=_evidence(data, names),
    )
