"""Keeping actor and topic pages bounded: the latest entries on the page, the rest in archive parts.

An actor or topic page shows only its latest `Limits.latest` entries in full; every entry is
also listed, one line each, on an archive part: one part per year, and a year with more than
`Limits.archive_size` entries is cut into parts of that size, oldest first, so a part's
content never moves once its year is over. Page sizes then stay the same however many briefs
the site has, and every brief stays two clicks from its actor or topic page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Sequence, TypeVar

from generator.site import paths
from generator.site.context import PartLink
from generator.site.dates import DateView

T = TypeVar("T")
P = TypeVar("P")


@dataclass(frozen=True)
class Limits:
    """latest: entries an actor or topic page shows in full (and announced steps it lists);
    archive_size: lines per archive part. The open-issue history of a page looks at its latest
    `history_events` events, so its cost does not grow with the archive, and lists at most
    `history_shown` items (each with at most five follow-ups): old items nobody took up again
    are the first to go, so a small site shows all."""

    latest: int = 20
    archive_size: int = 100

    def __post_init__(self) -> None:
        if self.latest < 1 or self.archive_size < 1:
            raise ValueError("latest and archive_size must be 1 or more")

    @property
    def history_events(self) -> int:
        return 3 * self.latest

    @property
    def history_shown(self) -> int:
        return 3 * self.latest


@dataclass(frozen=True)
class Part(Generic[T]):
    """One archive part: its docs path, label ("2025", "2025, Teil 2") and entries, oldest first."""

    path: str
    label: str
    entries: tuple[T, ...]


def latest(entries: Sequence[T], count: int) -> tuple[T, ...]:
    """The last `count` entries of a list that runs oldest first, still oldest first."""
    return tuple(entries[-count:])


def archive_parts(page_path: str, entries: Sequence[T], date_of: Callable[[T], DateView],
                  size: int) -> tuple[Part[T], ...]:
    """Entries (oldest first) as archive parts of `page_path`, oldest year first, undated last.

    Parts live in a folder named after the page: themen/waffenruhe.md -> themen/waffenruhe/2025.md.
    """
    years: dict[int | None, list[T]] = {}
    for entry in entries:
        years.setdefault(date_of(entry).year, []).append(entry)
    folder = page_path.removesuffix(".md")
    parts: list[Part[T]] = []
    for year in [*sorted(y for y in years if y is not None), *([None] if None in years else [])]:
        members = years[year]
        chunks = [members[i:i + size] for i in range(0, len(members), size)]
        name = str(year) if year is not None else paths.UNDATED
        label = str(year) if year is not None else "Ohne Datum"
        for number, chunk in enumerate(chunks, 1):
            slug = name if number == 1 else f"{name}-{number}"
            shown = label if len(chunks) == 1 else f"{label}, Teil {number}"
            parts.append(Part(f"{folder}/{slug}.md", shown, tuple(chunk)))
    return tuple(parts)


def part_pages(parts: Sequence[Part[T]], make: Callable[[Part[T], PartLink | None, PartLink | None], P],
               ) -> tuple[tuple[PartLink, ...], list[P]]:
    """Links to every part (for the subject's page) and one page per part, made by `make` from
    the part and the links to the parts before and after it."""
    links = tuple(PartLink(part.path, part.label, len(part.entries)) for part in parts)
    pages = [make(part, links[n - 1] if n else None, links[n + 1] if n + 1 < len(links) else None)
             for n, part in enumerate(parts)]
    return links, pages
