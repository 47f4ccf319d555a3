"""Open issues over time: what later events made of an earlier event's open issue or plan.

An open issue or announced step of an event is followed through the later events of the same
page (a topic, or a party): in each later event, the item that says the same thing most
closely (term overlap, as for merging) is its follow-up. A later outcome that is no longer only
announced means "umgesetzt"; a later open issue or a new announcement means "erneut offen".
The history's status is its last follow-up's, or "kein weiterer Bericht" when later events on
the page do not take the item up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from generator.site.context import EventView, FollowUp, IssueHistory, MergedItem
from generator.site.corroborate import MERGE_THRESHOLD, item_terms, merged_terms
from generator.terms import Terms, overlap

DONE = "erledigt/umgesetzt"
AGAIN = "erneut offen"
SILENT = "kein weiterer Bericht"
# A match key shared by more items than this is too common to propose a follow-up on its own.
COMMON_KEY = 100


def _tracked(event: EventView, keep: Callable[[MergedItem], bool]) -> list[tuple[MergedItem, str]]:
    return ([(i, "offen") for i in event.open_issues if keep(i)]
            + [(i, "angekündigt") for i in event.outcome if i.planned and keep(i)])


def _wordings(item: MergedItem, ignore: frozenset[str]) -> tuple[Terms, ...]:
    return tuple(item_terms(m.item.text, ignore) for m in item.mentions)


# The same pairs of wordings (and of items) meet on every topic and party page: compare each once.
_overlap = lru_cache(maxsize=1 << 18)(overlap)


@lru_cache(maxsize=1 << 18)
def _similarity(a: tuple[Terms, ...], b: tuple[Terms, ...]) -> float:
    """The closest pair of wordings decides: a follow-up must say what one report said."""
    return max((_overlap(x, y) for x in a for y in b), default=0.0)


@dataclass(frozen=True)
class _Candidate:
    item: MergedItem
    keys: frozenset[str]
    wordings: tuple[Terms, ...]
    outcome: bool


def _candidates(event: EventView, keep: Callable[[MergedItem], bool], ignore: frozenset[str]) -> list[_Candidate]:
    return [_Candidate(i, merged_terms(i, ignore).keys, _wordings(i, ignore), outcome)
            for items, outcome in ((event.outcome, True), (event.open_issues, False)) for i in items if keep(i)]


def _follow_up(wordings: tuple[Terms, ...], event: EventView, candidates: list[_Candidate]) -> FollowUp | None:
    """The later event's item closest to the earlier item, when close enough."""
    best, best_score = None, MERGE_THRESHOLD
    for candidate in candidates:
        score = _similarity(wordings, candidate.wordings)
        if score > best_score or (best is None and score >= best_score):
            best, best_score = candidate, score
    if best is None:
        return None
    done = best.outcome and not best.item.planned
    return FollowUp(event, best.item, "umgesetzt" if done else "erneut offen")


def histories(events: Sequence[EventView], keep: Callable[[MergedItem], bool],
              ignore: frozenset[str]) -> tuple[IssueHistory, ...]:
    """Histories of the open issues and announced steps of every event that has later events.

    events: the page's events; keep: which items the page is about (those naming the topic,
    say); ignore: name stems left out of the term comparison. Oldest events first.

    Candidates come from an index of match keys; a key that more than COMMON_KEY items share
    ("waffenruh" on a big topic) proposes no candidates by itself, which keeps large pages
    near-linear. Small sites are unaffected.
    """
    ordered = sorted(events, key=lambda e: (e.date.sort_key, e.key))
    entries: list[tuple[int, _Candidate]] = []
    index: dict[str, list[int]] = {}
    for position, event in enumerate(ordered):
        for candidate in _candidates(event, keep, ignore):
            for key in candidate.keys:
                index.setdefault(key, []).append(len(entries))
            entries.append((position, candidate))
    result = []
    for n, event in enumerate(ordered):
        first_later = next((m for m in range(n + 1, len(ordered))
                            if ordered[m].date.sort_key > event.date.sort_key), len(ordered))
        if first_later == len(ordered):
            continue
        for item, origin in _tracked(event, keep):
            found: set[int] = set()
            for key in merged_terms(item, ignore).keys:
                posting = index.get(key, ())
                if len(posting) <= COMMON_KEY:
                    found.update(posting)
            by_event: dict[int, list[_Candidate]] = {}
            for number in sorted(found):
                position, candidate = entries[number]
                if position >= first_later:
                    by_event.setdefault(position, []).append(candidate)
            wordings = _wordings(item, ignore)
            found_ups = (_follow_up(wordings, ordered[p], c) for p, c in sorted(by_event.items()))
            follow_ups = tuple(f for f in found_ups if f)
            status = (DONE if follow_ups[-1].status == "umgesetzt" else AGAIN) if follow_ups else SILENT
            result.append(IssueHistory(event, item, origin, follow_ups, status))
    return tuple(result)


def _last_taken_up(entry: IssueHistory) -> tuple[int, int, int]:
    return (entry.follow_ups[-1].event if entry.follow_ups else entry.event).date.sort_key


def most_recent(entries: Sequence[IssueHistory], count: int) -> tuple[IssueHistory, ...]:
    """The `count` histories last taken up (by their latest follow-up, else their origin), in
    their order: a bounded page shows what is still moving, not the oldest items."""
    if len(entries) <= count:
        return tuple(entries)
    ranked = sorted(range(len(entries)), key=lambda n: (_last_taken_up(entries[n]), n))[-count:]
    return tuple(entries[n] for n in sorted(ranked))


def bounded_histories(events: Sequence[EventView], keep: Callable[[MergedItem], bool], ignore: frozenset[str],
                      tracked_events: int, shown: int) -> tuple[tuple[IssueHistory, ...], tuple[IssueHistory, ...], bool]:
    """A page's histories within its limits: those of its latest `tracked_events` events, the
    `shown` last taken up, and whether that leaves part of the page's events or items out."""
    recent = events[-tracked_events:]
    tracked = histories(recent, keep, ignore)
    history = most_recent(tracked, shown)
    return tracked, history, len(recent) < len(events) or len(history) < len(tracked)
