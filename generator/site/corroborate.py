"""What the reports of one event say together: merged items and compared figures.

Near-identical items of several reports become one merged item that counts its reports and
keeps each report's wording and evidence ("30-tägigen Stopp der Angriffe auf die ukrainische
Energieinfrastruktur" and "30 Tage lang keine ukrainischen Energieanlagen" are one item).
Figures are compared by label ("Dauer", "Kriegsgefangene je Seite"): where reports give
different values for the same label, the event page shows them side by side.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from generator.site.context import (
    BriefView, EventSource, FigureCell, FigureComparison, Item, MergedItem, Mention,
)
from generator.site.outlook import next_step
from generator.terms import Terms, overlap, stem

# Items whose average term overlap with a group reaches this are merged into it.
MERGE_THRESHOLD = 0.5


@lru_cache(maxsize=65536)
def item_terms(text: str, ignore: frozenset[str]) -> Terms:
    return Terms.of(text, ignore)


def merged_terms(item: MergedItem, ignore: frozenset[str]) -> Terms:
    """The terms of every wording of a merged item together."""
    parts = [item_terms(m.item.text, ignore) for m in item.mentions]
    return Terms(frozenset().union(*(p.terms for p in parts)), frozenset().union(*(p.keys for p in parts)),
                 frozenset().union(*(p.numbers for p in parts)))


def event_sources(briefs: Sequence[BriefView]) -> tuple[EventSource, ...]:
    """One labelled source per brief: the outlet, else "Quelle <n>"; a repeated outlet gets " (<n>)"."""
    outlets = Counter(b.outlet for b in briefs if b.outlet)
    sources = []
    for n, brief in enumerate(briefs, 1):
        if not brief.outlet:
            label = f"Quelle {n}"
        else:
            label = brief.outlet if outlets[brief.outlet] == 1 else f"{brief.outlet} ({n})"
        sources.append(EventSource(label, brief))
    return tuple(sources)


@dataclass(frozen=True)
class _Entry:
    source: EventSource
    item: Item
    terms: Terms


def _score(entry: _Entry, group: list[_Entry]) -> float:
    if any(entry.item.text.casefold() == other.item.text.casefold() for other in group):
        return 1.0
    return sum(overlap(entry.terms, other.terms) for other in group) / len(group)


def merge_items(sources: Sequence[EventSource], field: str, ignore: frozenset[str]) -> tuple[MergedItem, ...]:
    """The event's `field` ("outcome" or "open_issues") items, near-identical ones merged; items
    given by more reports first, then in report order."""
    groups: list[list[_Entry]] = []
    for source in sources:
        for item in getattr(source.brief, field):
            entry = _Entry(source, item, item_terms(item.text, ignore))
            best, best_score = None, MERGE_THRESHOLD
            for group in groups:
                score = _score(entry, group)
                if score > best_score or (best is None and score >= best_score):
                    best, best_score = group, score
            if best is None:
                groups.append([entry])
            else:
                best.append(entry)
    open_issue = field == "open_issues"
    merged = []
    for group in groups:
        plans = [next_step(e.item.text, open_issue) for e in group]
        when = next((p.when for p in plans if p and p.when), "")
        merged.append(MergedItem(
            text=group[0].item.text,
            mentions=tuple(Mention(e.source, e.item) for e in group),
            sources=len({id(e.source) for e in group}),
            planned=any(plans),
            when=when,
        ))
    order = {id(item): n for n, item in enumerate(merged)}
    return tuple(sorted(merged, key=lambda m: (-m.sources, order[id(m)])))


def label_key(label: str) -> str:
    """'Kriegsgefangenen je Seite' and 'Kriegsgefangene je Seite' name the same thing."""
    return " ".join(stem(w) for w in re.findall(r"[\wäöüßÄÖÜ]+", label))


def value_key(value: str) -> str:
    """'1.000' and '1000', 'Knapp 2 Stunden' and 'knapp 2  Stunden' are the same value."""
    return " ".join(re.sub(r"(?<=\d)\.(?=\d{3}\b)", "", value).lower().split())


def compare_figures(sources: Sequence[EventSource]) -> tuple[FigureComparison, ...]:
    """Every figure label of the event with what each report gives for it.

    A report that gives several values for one label (two different "Tage") does not count
    towards a contradiction: which of its values is meant cannot be told.
    """
    labels: dict[str, str] = {}
    given: dict[str, dict[int, list]] = {}
    for n, source in enumerate(sources):
        for figure in source.brief.figures:
            if not figure.value:
                continue
            key = label_key(figure.label) or value_key(figure.value)
            labels.setdefault(key, figure.label)
            found = given.setdefault(key, {}).setdefault(n, [])
            if all(value_key(f.value) != value_key(figure.value) for f in found):
                found.append(figure)
    comparisons = []
    for key, by_source in given.items():
        values: dict[str, str] = {}
        cells = []
        for n, source in enumerate(sources):
            figures = by_source.get(n, [])
            if len(figures) == 1:
                values.setdefault(value_key(figures[0].value), figures[0].value)
            cells.append(FigureCell(source, " / ".join(f.value for f in figures),
                                    figures[0].evidence_path if len(figures) == 1 else None))
        comparisons.append(FigureComparison(labels[key], tuple(values.values()), tuple(cells), len(by_source)))
    return tuple(comparisons)


def names_of(briefs: Iterable[BriefView]) -> tuple[str, ...]:
    """Party names of some briefs, in first-seen order."""
    return tuple(dict.fromkeys(a.name for b in briefs for a in b.parties))
