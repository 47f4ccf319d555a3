"""Which visual each page shows: the timeline (start, timeline, topic and party pages), the
parties graph (event pages), counterparts (party pages), and the numbers behind status badges.

Events are indexed by topic and by party once per build, so each page costs only its own events
and the site build stays linear in the number of briefs.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.site import context as ctx
from generator.site.context import BriefView, EventView
from generator.site.counterparts import Counterparts, counterparts
from generator.site.model import Model
from generator.site.party_graph import DEFAULT_KINDS, GraphParty, PartyGraph, build_party_graph, contact_kind
from generator.site.svg_timeline import TimelineEvent, TimelineGraphic, build_timeline

OPEN, SETTLED = "mit offenen Punkten", "ohne offene Punkte"


@dataclass(frozen=True)
class PageVisuals:
    """What a page template receives as `visual`; every part may be None."""

    timeline: TimelineGraphic | None = None
    graph: PartyGraph | None = None
    counterparts: Counterparts | None = None
    full_timeline: bool = True  # link to the full timeline page under the picture
    alt_list: bool = True  # False where the page's own list already names every event


def _main_topic(event: EventView) -> str:
    return event.topics[0].name if event.topics else "ohne Thema"


def _status(event: EventView) -> str:
    return OPEN if event.open_issues else SETTLED


class Visuals:
    """Visuals per page of one model; `sources_of` feeds the status badges."""

    def __init__(self, model: Model, directory_urls: bool = True, kinds=DEFAULT_KINDS) -> None:
        self.model = model
        self.directory_urls = directory_urls
        self.kinds = tuple(kinds)
        self.by_brief: dict[str, EventView] = {}
        for event in model.events:
            for brief in event.briefs:
                self.by_brief[brief.id] = event

    def kind_of(self, event: EventView) -> str:
        """What kind of contact the event was, from its title (as the generator wrote it) or key."""
        return contact_kind([t.id for t in event.topics], event.title, event.key, self.kinds)

    def sources_of(self, brief: BriefView) -> int:
        """How many reports back the brief's event (the brief's own report included)."""
        event = self.by_brief.get(brief.id)
        return len(event.sources) if event else (1 if brief.source else 0)

    def _timeline(self, events, path: str, title: str, group) -> TimelineGraphic | None:
        marks = (TimelineEvent(e.date, e.title, e.link, group(e)) for e in events)
        return build_timeline(marks, path, title, id_prefix="zl", directory_urls=self.directory_urls)

    def for_page(self, page: ctx.Page) -> PageVisuals | None:
        model = self.model
        if isinstance(page, (ctx.StartPage, ctx.TimelinePage)):
            timeline = self._timeline(model.events, page.path, "Zeitleiste der Ereignisse, nach Thema gefärbt",
                                      _main_topic)
            start = isinstance(page, ctx.StartPage)
            return PageVisuals(timeline, full_timeline=start, alt_list=start)
        if isinstance(page, ctx.TopicPage):
            events = model.events_by_topic.get(page.topic.id, [])
            title = f"Zeitleiste: {page.topic.name}, nach offenen Punkten gefärbt"
            return PageVisuals(self._timeline(events, page.path, title, _status))
        if isinstance(page, ctx.ActorPage):
            events = model.events_by_party.get(page.name, [])
            title = f"Zeitleiste: {page.name} als Beteiligter, nach Thema gefärbt"
            return PageVisuals(self._timeline(events, page.path, title, _main_topic),
                               counterparts=counterparts(page.name, events, model.actor_paths, self.kind_of))
        if isinstance(page, ctx.EventPage):
            event = page.event
            parties = [GraphParty(name, model.actor_paths.get(name)) for name in event.parties]
            graph = build_party_graph(parties, self.kind_of(event), event.date.text, len(event.outcome),
                                      len(event.open_issues), page.path, directory_urls=self.directory_urls)
            return PageVisuals(graph=graph)
        return None
