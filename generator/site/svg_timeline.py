"""A timeline as inline SVG: events on a month axis, built at build time (no JavaScript).

Dates are drawn as honestly as the briefs know them: a day-precision event is a dot on its day,
a month-precision event a hollow bar over its whole month. The picture stays bounded however
large the archive grows: it shows only a window of `MONTHS` months ending with the newest
event, and a month with more than `PER_MONTH` events becomes one counted bar linking to that
month on the full timeline. Colours come from CSS classes (docs/stylesheets/briefing.css), so
the picture follows Material's light and dark schemes.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from markupsafe import Markup, escape

from generator.site import paths
from generator.site.dates import DateView, month_label
from generator.site.urls import html_link

MONTHS = 12
PER_MONTH = 4
PALETTE = 7  # colour classes bv-c1 .. bv-c7; bv-c0 is "weitere"
SHORT_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")

WIDTH = 720
LEFT, RIGHT = 10, 10
LANE = 22
TOP = 6
DOT = 7


@dataclass(frozen=True)
class TimelineEvent:
    """What the timeline needs of an event: when, what, where it links (docs path), its colour group."""

    date: DateView
    title: str
    target: str
    group: str


@dataclass(frozen=True)
class Cluster:
    """The events of one dense month, drawn as one counted bar."""

    label: str
    count: int
    target: str


@dataclass(frozen=True)
class LegendEntry:
    label: str
    css: str


@dataclass(frozen=True)
class TimelineGraphic:
    """The SVG and its text alternative: shown events newest first, dense months as clusters,
    how many events are older than the window or have no month."""

    svg: Markup
    window: str
    entries: tuple[TimelineEvent, ...]
    clusters: tuple[Cluster, ...]
    legend: tuple[LegendEntry, ...]
    older: int
    undated: int
    total: int


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _colours(events: Iterable[TimelineEvent]) -> dict[str, str]:
    """The most frequent groups get their own colour, in order of frequency then name."""
    counts = Counter(e.group for e in events)
    ranked = sorted(counts, key=lambda g: (-counts[g], g))
    return {g: f"bv-c{i + 1}" if i < PALETTE else "bv-c0" for i, g in enumerate(ranked)}


def _pack(spans: list[tuple[float, float]]) -> list[int]:
    """Greedy lanes: each span goes to the first lane whose last span ended before it starts."""
    ends: list[float] = []
    lanes = []
    for start, end in spans:
        for lane, last in enumerate(ends):
            if last + 2 <= start:
                ends[lane] = end
                lanes.append(lane)
                break
        else:
            ends.append(end)
            lanes.append(len(ends) - 1)
    return lanes


def build_timeline(events: Iterable[TimelineEvent], from_path: str, title: str, *, months: int = MONTHS,
                   per_month: int = PER_MONTH, id_prefix: str = "zl", timeline_path: str = paths.TIMELINE,
                   directory_urls: bool = True) -> TimelineGraphic | None:
    """The timeline of `events` as seen from the page `from_path`; None when no event has a month."""
    events = list(events)
    dated = [e for e in events if e.date.year and e.date.month]
    if not dated:
        return None
    last = max(_month_index(e.date.year, e.date.month) for e in dated)
    first = last - months + 1
    window = [e for e in dated if _month_index(e.date.year, e.date.month) >= first]
    by_month: dict[int, list[TimelineEvent]] = defaultdict(list)
    for event in window:
        by_month[_month_index(event.date.year, event.date.month)].append(event)

    dense = {m for m, members in by_month.items() if len(members) > per_month}
    shown = sorted((e for e in window if _month_index(e.date.year, e.date.month) not in dense),
                   key=lambda e: (e.date.sort_key, e.title))
    colours = _colours(shown)
    column = (WIDTH - LEFT - RIGHT) / months

    def col_x(index: int) -> float:
        return LEFT + (index - first) * column

    spans = []
    for event in shown:
        x = col_x(_month_index(event.date.year, event.date.month))
        if event.date.precision == "day":
            days = calendar.monthrange(event.date.year, event.date.month)[1]
            centre = x + (event.date.day - 0.5) / days * column
            spans.append((centre - DOT, centre + DOT))
        else:
            spans.append((x + 2, x + column - 2))
    lanes = _pack(spans)
    lane_count = max([*(lane + 1 for lane in lanes), 2 if dense else 1])
    axis = TOP + lane_count * LANE + 4
    height = axis + 24

    def link(target: str) -> str:
        return str(html_link(from_path, target, directory_urls))

    parts = [
        f'<svg class="bv-timeline" viewBox="0 0 {WIDTH} {height}" width="100%" role="img" '
        f'aria-labelledby="{id_prefix}-title {id_prefix}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{id_prefix}-title">{escape(title)}</title>',
    ]
    window_text = f"{month_label(first // 12, first % 12 + 1)} bis {month_label(last // 12, last % 12 + 1)}"
    count = "1 Ereignis" if len(shown) == 1 else f"{len(shown)} Ereignisse"
    described = f"{count} von {window_text}. Punkt: Tag bekannt; Balken: nur der Monat ist bekannt"
    if dense:
        described += "; Zahl: Ereignisse eines dichten Monats, zusammengefasst"
    parts.append(f'<desc id="{id_prefix}-desc">{escape(described)}.</desc>')
    parts.append(f'<line class="bv-axis" x1="{LEFT}" y1="{axis}" x2="{WIDTH - RIGHT}" y2="{axis}"/>')
    for index in range(first, last + 1):
        year, month = divmod(index, 12)
        x = col_x(index)
        parts.append(f'<line class="bv-tick" x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{axis + 4}"/>')
        label = SHORT_MONTHS[month] + (f" {year % 100:02d}" if month == 0 or index == first else "")
        parts.append(f'<text class="bv-month" x="{x + column / 2:.1f}" y="{axis + 17}">{escape(label)}</text>')

    for event, lane in zip(shown, lanes):
        x = col_x(_month_index(event.date.year, event.date.month))
        y = TOP + lane * LANE + LANE / 2
        tip = escape(f"{event.date.text}: {event.title} ({event.group})")
        parts.append(f'<a href="{escape(link(event.target))}"><title>{tip}</title>')
        if event.date.precision == "day":
            days = calendar.monthrange(event.date.year, event.date.month)[1]
            centre = x + (event.date.day - 0.5) / days * column
            parts.append(f'<circle class="bv-dot {colours[event.group]}" cx="{centre:.1f}" cy="{y:.1f}" r="{DOT}"/>')
        else:
            parts.append(f'<rect class="bv-span {colours[event.group]}" x="{x + 3:.1f}" y="{y - 6:.1f}" '
                         f'width="{column - 6:.1f}" height="12" rx="6"/>')
        parts.append("</a>")

    clusters = []
    for index in sorted(dense):
        year, month = divmod(index, 12)
        size = len(by_month[index])
        cluster = Cluster(month_label(year, month + 1), size,
                          f"{timeline_path}#{paths.month_anchor(year, month + 1)}")
        clusters.append(cluster)
        x = col_x(index)
        tip = escape(f"{cluster.label}: {size} Ereignisse")
        parts.append(f'<a href="{escape(link(cluster.target))}"><title>{tip}</title>'
                     f'<rect class="bv-cluster" x="{x + 2:.1f}" y="{TOP:.1f}" width="{column - 4:.1f}" '
                     f'height="{lane_count * LANE:.1f}" rx="4"/>'
                     f'<text class="bv-count" x="{x + column / 2:.1f}" y="{TOP + lane_count * LANE / 2 + 5:.1f}">'
                     f'{size}</text></a>')
    parts.append("</svg>")

    legend = tuple(dict.fromkeys(
        LegendEntry(g if colours[g] != "bv-c0" else "weitere", colours[g]) for g in colours
    ))
    return TimelineGraphic(
        svg=Markup("".join(parts)),
        window=window_text,
        entries=tuple(reversed(shown)),
        clusters=tuple(reversed(clusters)),
        legend=legend,
        older=len(dated) - len(window),
        undated=len(events) - len(dated),
        total=len(events),
    )
