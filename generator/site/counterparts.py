"""A party's counterparts over time: who else took part in the events where it was a party.

Bounded for large archives: the `LIMIT` counterparts with the most recent contact, each with its
`RECENT` latest events; the rest are counted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from generator.site.context import EventView

LIMIT = 10
RECENT = 3


@dataclass(frozen=True)
class Contact:
    """One event shared with a counterpart: its date text, title, link (docs path) and kind."""

    date: str
    title: str
    target: str
    kind: str


@dataclass(frozen=True)
class Counterpart:
    """A counterpart: name, party page (None when unknown), how many shared events, the latest ones."""

    name: str
    path: str | None
    count: int
    recent: tuple[Contact, ...]


@dataclass(frozen=True)
class Counterparts:
    shown: tuple[Counterpart, ...]
    more: int


def counterparts(name: str, events: Iterable[EventView], actor_paths: dict[str, str], kind_of,
                 *, limit: int = LIMIT, recent: int = RECENT) -> Counterparts:
    """Counterparts of `name` in `events` (oldest first), the most recently met first."""
    shared: dict[str, list[EventView]] = defaultdict(list)
    for event in events:
        if name not in event.parties:
            continue
        for other in event.parties:
            if other != name:
                shared[other].append(event)
    ranked = sorted(shared, key=lambda o: (tuple(-n for n in shared[o][-1].date.sort_key), -len(shared[o]), o))
    shown = tuple(
        Counterpart(other, actor_paths.get(other), len(shared[other]), tuple(
            Contact(e.date.text, e.title, e.link, kind_of(e)) for e in reversed(shared[other][-recent:])
        ))
        for other in ranked[:limit]
    )
    return Counterparts(shown, max(len(ranked) - limit, 0))
