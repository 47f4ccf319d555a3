"""A timeline as inline SVG: events on a month axis, built at build time (no JavaScript).

Dates are drawn as honestly as the briefs know them: a day-precision event is a dot on its day,
a month-precision event a hollow bar over its whole month. The picture stays bounded however
large the archive grows: it shows only a window of `MONTHS` months ending with the newest
event, and a month with more than `PER_MONTH` events becomes one counted bar (stacked by colour,
its height relative to the densest month) linking to that month on the full timeline. Colours come from CSS classes (docs/stylesheets/briefing.css), so
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
    """The events of one dense month, drawn as one counted bar; groups: (legend label, count)."""

    label: str
    count: int
    target: str
    groups: tuple[tuple[str, int], ...] = ()


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
    has_days: bool = False
    has_months: bool = False


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
    colours = _colours(window)
    rank = {css: n for n, css in enumerate(dict.fromkeys(colours.values()))}
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
    lane_count = max([*(lane + 1 for lane in lanes), 3 if dense else 1])
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
    described = f"{count} einzeln von {window_text}. Punkt: Tag bekannt; hohler Balken: nur der Monat ist bekannt"
    if dense:
        described += (f"; {len(window) - len(shown)} weitere Ereignisse in {len(dense)} dichten Monaten als "
                      "gezählte Säulen, nach Farbe gestapelt")
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
    peak = max((len(by_month[i]) for i in dense), default=1)
    room = lane_count * LANE - 14
    for index in sorted(dense):
        year, month = divmod(index, 12)
        members = by_month[index]
        per_colour = Counter(colours[e.group] for e in members)
        names = {css: ("weitere" if css == "bv-c0" else g) for g, css in colours.items()}
        groups = tuple((names[css], n) for css, n in sorted(per_colour.items(), key=lambda c: rank[c[0]]))
        cluster = Cluster(month_label(year, month + 1), len(members),
                          f"{timeline_path}#{paths.month_anchor(year, month + 1)}", groups)
        clusters.append(cluster)
        x = col_x(index)
        detail = ", ".join(f"{n} {label}" for label, n in groups)
        tip = escape(f"{cluster.label}: {len(members)} Ereignisse ({detail})")
        parts.append(f'<a href="{escape(link(cluster.target))}"><title>{tip}</title>')
        total = max(6.0, room * len(members) / peak)
        y = axis - 1.0
        for css, n in sorted(per_colour.items(), key=lambda c: rank[c[0]]):
            h = total * n / len(members)
            y -= h
            parts.append(f'<rect class="bv-bar {css}" x="{x + 8:.1f}" y="{y:.1f}" width="{column - 16:.1f}" '
                         f'height="{h:.1f}"/>')
        parts.append(f'<text class="bv-count" x="{x + column / 2:.1f}" y="{y - 3:.1f}">{len(members)}</text></a>')
    parts.append("</svg>")

    legend = tuple(dict.fromkeys(
        LegendEntry(g if colours[g] != "bv-c0" else "weitere", colours[g]) for g in colours
    ))
    kinds = {e.date.precision for e in shown}
    return TimelineGraphic(
        svg=Markup("".join(parts)),
        window=window_text,
        entries=tuple(reversed(shown)),
        clusters=tuple(reversed(clusters)),
        legend=legend,
        older=len(dated) - len(window),
        undated=len(events) - len(dated),
        has_days="day" in kinds,
        has_months="month" in kinds,
    )
