"""Page contexts organised by event: event pages, the event index, the timeline, topic pages.

Lists about one subject run oldest first (a history); the event index runs newest first.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Sequence

from generator.site import paths
from generator.site.bounded import Limits, archive_parts, latest, part_pages
from generator.site.context import (
    EventMonth, EventPage, EventsPage, EventSummary, EventView, MergedItem, OutlookEntry, Page, TimelinePage,
    TopicArchivePage, TopicEntry, TopicPage,
)
from generator.site.dates import month_label
from generator.site.history import bounded_histories
from generator.site.matching import mentions, term_pattern
from generator.site.model import Model


def event_pages(model: Model) -> list[EventPage]:
    return [EventPage(e.path, f"Ereignis: {e.title}", e) for e in model.events if e.path]


def events_page(model: Model) -> EventsPage:
    groups: dict[tuple[int, int], list[EventSummary]] = defaultdict(list)
    for event in model.events:
        if event.path:
            groups[(event.date.year or 0, event.date.month or 0)].append(
                EventSummary(event.key, event.path, event.title, event.date, len(event.briefs)))
    return EventsPage(paths.EVENTS_INDEX, "Ereignisse", tuple(
        (month_label(y or None, m or None),
         tuple(sorted(groups[(y, m)], key=lambda e: (e.date.sort_key, e.key), reverse=True)))
        for y, m in sorted(groups, reverse=True)
    ))


def timeline_page(model: Model) -> TimelinePage:
    months: dict[tuple[int, int] | None, list[EventView]] = defaultdict(list)
    for event in model.events:
        months[(event.date.year, event.date.month) if event.date.month else None].append(event)
    keys = [*sorted(k for k in months if k), *([None] if None in months else [])]
    return TimelinePage(paths.TIMELINE, "Zeitleiste", tuple(
        EventMonth(month_label(*key) if key else month_label(None, None),
                   paths.month_anchor(*key) if key else f"m-{paths.UNDATED}", tuple(months[key]))
        for key in keys
    ))


def _names(pattern, item: MergedItem) -> bool:
    return any(mentions(pattern, m.item.text, m.item.evidence) for m in item.mentions)


def _naming(pattern) -> Callable[[MergedItem], bool]:
    """Whether an item names the topic, asked once per item: the entries, the outlook and the
    history of a topic page ask about the same items."""
    known: dict[int, bool] = {}

    def keep(item: MergedItem) -> bool:
        if id(item) not in known:
            known[id(item)] = _names(pattern, item)
        return known[id(item)]
    return keep


def _latest_outlook(events: Sequence[EventView], keep: Callable[[MergedItem], bool],
                    count: int) -> list[tuple[EventView, MergedItem]]:
    """The last `count` announced steps naming the topic, oldest first, reading from the newest event."""
    found: list[tuple[EventView, MergedItem]] = []
    for event in reversed(events):
        for item in reversed(event.outlook):
            if len(found) < count and keep(item):
                found.append((event, item))
        if len(found) >= count:
            break
    return found[::-1]


def topic_pages(model: Model, limits: Limits = Limits()) -> list[Page]:
    """Each topic's page with its latest events, and its archive parts when it has more."""
    pages: list[Page] = []
    by_topic = model.events_by_topic
    for topic in model.topics:
        ref = model.topic_refs[topic.id]
        keep = _naming(term_pattern(topic.terms or (topic.name,), exclude=topic.exclude))
        events = by_topic.get(topic.id, [])
        entries = []
        for event in latest(events, limits.latest):
            outcome = tuple(i for i in event.outcome if keep(i))
            open_issues = tuple(i for i in event.open_issues if keep(i))
            matched = bool(outcome or open_issues)
            entries.append(TopicEntry(event, outcome if matched else event.outcome,
                                      open_issues if matched else event.open_issues, matched))
        tracked, history, partial = bounded_histories(events, keep, model.ignore, limits.history_events,
                                                      limits.history_shown)
        taken_up = {id(h.item): h.status for h in tracked if h.follow_ups}
        outlook = tuple(OutlookEntry(e, i, taken_up.get(id(i), ""))
                        for e, i in _latest_outlook(events, keep, limits.latest))
        parts = archive_parts(ref.path, events, lambda e: e.date, limits.archive_size) \
            if len(events) > limits.latest else ()
        links, archive = part_pages(parts, lambda part, previous, following: TopicArchivePage(
            part.path, f"{topic.name}: Ereignisse {part.label}", ref, part.label, part.entries, previous, following))
        pages.append(TopicPage(ref.path, topic.name, ref, topic.description, topic.terms, tuple(entries),
                               sum(len(e.briefs) for e in events), outlook, history, len(events), links,
                               partial))
        pages += archive
    return pages
