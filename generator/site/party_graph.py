"""Who dealt with whom at one event, as a small inline SVG: the event in the middle, its parties
around it, each linked to its party page.

What connected them is read from the briefs, never invented: the kind of contact is the event
kind the generator put first in the title ("Telefonat Putin–Trump: ..."), using the event kinds
of data/cues.yaml (`event_types`), else a kind whose terms stand in the title or event key,
else the event's topics; whether anything was agreed comes from its merged outcome (solid
lines: something agreed; dashed: nothing agreed). At most `MAX_PARTIES`
parties are drawn; the rest are counted.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from markupsafe import Markup, escape

from generator.site.urls import html_link

MAX_PARTIES = 8
NAME_CHARS = 24

# Event kinds (name, terms) when data/cues.yaml gives none; the same shape as its `event_types`.
DEFAULT_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Telefonat", ("telefon",)),
    ("Gipfeltreffen", ("gipfel",)),
    ("Treffen", ("treffen", "besuch")),
    ("Verhandlungen", ("verhandl", "gespräche")),
    ("Abkommen", ("abkommen", "vertrag")),
)
_KIND_BY_TOPIC = (("telefonat", "Telefonat"), ("gipfeltreffen", "Gipfeltreffen"))


@dataclass(frozen=True)
class GraphParty:
    name: str
    target: str | None


@dataclass(frozen=True)
class PartyGraph:
    """The SVG and the facts it shows, for the text alternative under it."""

    svg: Markup
    kind: str
    parties: tuple[GraphParty, ...]
    more: int
    agreed: int
    open: int


def event_kinds(cues: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The `event_types` of data/cues.yaml as (name, terms); DEFAULT_KINDS when it has none."""
    raw = cues.get("event_types") if isinstance(cues, dict) else None
    kinds = tuple((str(e["name"]), tuple(str(t).lower() for t in e.get("terms") or ()))
                  for e in raw or () if isinstance(e, dict) and e.get("name"))
    return kinds or DEFAULT_KINDS


def contact_kind(topic_ids: Sequence[str], title: str, key: str = "",
                 kinds: Sequence[tuple[str, tuple[str, ...]]] = DEFAULT_KINDS) -> str:
    """The event's kind ("Telefonat", "Gipfeltreffen", ...), or "Ereignis" when nothing says."""
    first = re.split(r"[\s:,–-]+", title.strip(), maxsplit=1)[0].lower()
    for name, _ in kinds:
        if first == name.lower():
            return name
    text = f"{title} {key.replace('-', ' ')}".lower()
    for name, terms in kinds:
        if any(term in text for term in terms):
            return name
    for topic, name in _KIND_BY_TOPIC:
        if topic in topic_ids:
            return name
    return "Ereignis"


def _short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1].rstrip() + "…"


def build_party_graph(parties: Sequence[GraphParty], kind: str, date_text: str, agreed: int, open_count: int,
                      from_path: str, *, id_prefix: str = "pg", directory_urls: bool = True) -> PartyGraph | None:
    """The parties around their event, as seen from the page `from_path`; None without parties."""
    if not parties:
        return None
    shown = tuple(parties[:MAX_PARTIES])
    more = len(parties) - len(shown)
    width, height = 640, 120 if len(shown) <= 2 else 260
    cx, cy = width / 2, height / 2
    if len(shown) <= 2:
        spots = [(110.0, cy), (width - 110.0, cy)][: len(shown)]
    else:
        spots = [(cx + 235 * math.cos(a), cy + 95 * math.sin(a))
                 for a in (math.pi + 2 * math.pi * i / len(shown) for i in range(len(shown)))]
    edge = "bv-edge bv-edge--vereinbart" if agreed else "bv-edge bv-edge--ohne"
    names = ", ".join(p.name for p in parties)
    what = f"{agreed} Punkte vereinbart" if agreed else "nichts vereinbart"
    desc = f"{kind} am {date_text} zwischen {names}; {what}, {open_count} offen."
    parts = [
        f'<svg class="bv-graph" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{id_prefix}-title">{escape(f"Beteiligte: {kind}")}</title>',
        f'<desc id="{id_prefix}-desc">{escape(desc)}</desc>',
    ]
    boxes = [max(90.0, 7.2 * len(_short(p.name)) + 24) for p in shown]
    spots = [(min(max(x, box / 2 + 4), width - box / 2 - 4), y) for (x, y), box in zip(spots, boxes)]
    for x, y in spots:
        parts.append(f'<line class="{edge}" x1="{x:.1f}" y1="{y:.1f}" x2="{cx:.1f}" y2="{cy:.1f}"/>')
    parts.append(f'<rect class="bv-hub" x="{cx - 80:.1f}" y="{cy - 24:.1f}" width="160" height="48" rx="24"/>'
                 f'<text class="bv-hub-kind" x="{cx:.1f}" y="{cy - 4:.1f}">{escape(kind)}</text>'
                 f'<text class="bv-hub-info" x="{cx:.1f}" y="{cy + 13:.1f}">{escape(date_text)}</text>')
    for party, (x, y), box in zip(shown, spots, boxes):
        label = _short(party.name)
        node = (f'<rect class="bv-node" x="{x - box / 2:.1f}" y="{y - 15:.1f}" width="{box:.1f}" height="30" rx="15"/>'
                f'<text class="bv-node-name" x="{x:.1f}" y="{y + 5:.1f}">{escape(label)}</text>')
        if party.target:
            href = escape(str(html_link(from_path, party.target, directory_urls)))
            node = f'<a href="{href}"><title>{escape(party.name)}</title>{node}</a>'
        parts.append(node)
    label = what + (f" · {open_count} offen" if open_count else "")
    parts.append(f'<text class="bv-edge-label" x="{cx:.1f}" y="{cy + 42:.1f}">{escape(label)}</text>')
    if more:
        rest = escape(f"und {more} weitere")
        parts.append(f'<text class="bv-edge-label" x="{cx:.1f}" y="{height - 4}">{rest}</text>')
    parts.append("</svg>")
    return PartyGraph(Markup("".join(parts)), kind, shown, more, agreed, open_count)
