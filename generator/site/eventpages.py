"""Page contexts organised by event: event pages, the event index, the timeline, topic pages.

Lists about one subject run oldest first (a history); the event index runs newest first.
"""

from __future__ import annotations

from collections import defaultdict

from generator.site import paths
from generator.site.context import (
    EventMonth, EventPage, EventsPage, EventSummary, EventView, MergedItem, OutlookEntry, TimelinePage,
    TopicEntry, TopicPage,
)
from generator.site.dates import month_label
from generator.site.history import histories
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


def topic_pages(model: Model) -> list[TopicPage]:
    pages = []
    for topic in model.topics:
        ref = model.topic_refs[topic.id]
        pattern = term_pattern(topic.terms or (topic.name,))
        events = [e for e in model.events if any(t.id == topic.id for t in e.topics)]
        entries = []
        for event in events:
            outcome = tuple(i for i in event.outcome if _names(pattern, i))
            open_issues = tuple(i for i in event.open_issues if _names(pattern, i))
            matched = bool(outcome or open_issues)
            entries.append(TopicEntry(event, outcome if matched else event.outcome,
                                      open_issues if matched else event.open_issues, matched))
        history = histories(events, lambda item: _names(pattern, item), model.ignore)
        taken_up = {id(h.item): h.status for h in history if h.follow_ups}
        outlook = tuple(OutlookEntry(e, i, taken_up.get(id(i), "")) for e in events for i in e.outlook
                        if _names(pattern, i))
        pages.append(TopicPage(ref.path, topic.name, ref, topic.description, topic.terms, tuple(entries),
                               sum(len(e.briefs) for e in events), outlook, history))
    return pages
