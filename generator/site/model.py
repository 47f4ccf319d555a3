"""From the catalog (plain brief dicts, reports, knowledge) to normalised views with their paths.

Briefs reach the site as validated dicts, but a hand-written brief may lack optional fields, so
every field is read defensively: a missing or odd value becomes "" or an empty tuple, never an
exception. Slugs are assigned here once, so every page links to the same paths.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator.catalog import Catalog
from generator.ingest import Report
from generator.knowledge import Knowledge, Topic
from generator.site import paths
from generator.site.context import (
    ActorRef, BriefView, EventRef, EventView, Figure, Item, SourceRef, TopicRef,
)
from generator.site.corroborate import compare_figures, event_sources, merge_items, names_of
from generator.site.dates import DateView, parse_date
from generator.site.escape import one_line
from generator.site.evidence import locate
from generator.terms import name_stems


@dataclass(frozen=True)
class Model:
    """Everything the page builders need. briefs are newest first (date, then id); events are
    oldest first (date, then key); ignore holds the stems of every actor name and country, left
    out when items are compared."""

    briefs: tuple[BriefView, ...]
    events: tuple[EventView, ...]
    ignore: frozenset[str]
    topics: tuple[Topic, ...]
    topic_refs: dict[str, TopicRef]
    reports: dict[str, Report]
    source_paths: dict[str, str]
    actor_paths: dict[str, str]
    actor_aliases: dict[str, tuple[str, ...]]
    event_paths: dict[str, str]
    problems: tuple[str, ...]

    @cached_property
    def events_by_topic(self) -> dict[str, list[EventView]]:
        """Topic id -> its events, oldest first: one pass, shared by topic pages and their visuals."""
        found: dict[str, list[EventView]] = {}
        for event in self.events:
            for topic_id in dict.fromkeys(t.id for t in event.topics):
                found.setdefault(topic_id, []).append(event)
        return found

    @cached_property
    def events_by_party(self) -> dict[str, list[EventView]]:
        """Actor name -> the events it is a party of, oldest first."""
        found: dict[str, list[EventView]] = {}
        for event in self.events:
            for name in dict.fromkeys(event.parties):
                found.setdefault(name, []).append(event)
        return found
    problem_files: int


def text(value: Any) -> str:
    """A scalar as one line of text; None, mappings and lists give ""."""
    if value is None or isinstance(value, (dict, list, tuple, bool)):
        return ""
    return one_line(value)


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _actor_names(brief: dict[str, Any]) -> list[str]:
    return [text(_dict(a).get("name")) for key in ("parties", "mentioned") for a in _list(brief.get(key))]


def build_model(catalog: Catalog, knowledge: Knowledge) -> Model:
    raw = [b for b in catalog.briefs if text(b.get("id"))]
    topics = knowledge.topics.topics
    topic_slugs = paths.assign_slugs((t.id for t in topics), fallback="thema")
    topic_refs = {t.id: TopicRef(t.id, t.name, paths.topic_path(topic_slugs[t.id])) for t in topics}
    source_slugs = paths.assign_slugs(catalog.reports, make=paths.safe_stem, fallback="bericht")
    source_paths = {f: paths.source_path(s) for f, s in source_slugs.items()}
    actor_slugs = paths.assign_slugs((n for b in raw for n in _actor_names(b) if n), fallback="akteur")
    actor_paths = {n: paths.actor_path(s) for n, s in actor_slugs.items()}
    event_slugs = paths.assign_slugs((text(b.get("event")) for b in raw if text(b.get("event"))),
                                     fallback="ereignis")
    event_paths = {k: paths.event_path(s) for k, s in event_slugs.items()}
    brief_slugs = paths.assign_slugs((text(b["id"]) for b in raw), fallback="brief")

    builder = _BriefBuilder(knowledge, topic_refs, catalog.reports, source_paths, actor_paths, event_paths)
    views = [builder.build(b, brief_slugs[text(b["id"])], catalog.paths.get(b["id"])) for b in raw]
    views.sort(key=lambda v: (v.date.sort_key, v.id), reverse=True)

    aliases: dict[str, tuple[str, ...]] = {}
    actors = knowledge.actors
    for entry in (*actors.people, *actors.states, *actors.organisations):
        aliases[entry.name] = tuple(entry.aliases)
    named = [a for v in views for a in (*v.parties, *v.mentioned)]
    ignore = name_stems([a.name for a in named] + [a.country for a in named if a.country])
    events = build_events(views, event_paths, ignore)
    return Model(tuple(views), events, ignore, topics, topic_refs, dict(catalog.reports), source_paths, actor_paths,
                 aliases, event_paths, tuple(str(p) for p in catalog.problems),
                 len({p.path for p in catalog.problems}))


class _BriefBuilder:
    def __init__(self, knowledge: Knowledge, topic_refs: dict[str, TopicRef], reports: dict[str, Report],
                 source_paths: dict[str, str], actor_paths: dict[str, str], event_paths: dict[str, str]):
        self.knowledge = knowledge
        self.topic_refs = topic_refs
        self.reports = reports
        self.source_paths = source_paths
        self.actor_paths = actor_paths
        self.event_paths = event_paths

    def build(self, brief: dict[str, Any], slug: str, file: Any) -> BriefView:
        brief_id = text(brief["id"])
        date = parse_date(brief.get("date"), brief.get("date_precision", "day"))
        source = self._source(_dict(brief.get("source")))
        report = self.reports.get(source.file) if source else None
        event = text(brief.get("event"))
        reviewed = brief.get("reviewed") is True
        return BriefView(
            id=brief_id,
            title=text(brief.get("title")) or brief_id,
            path=paths.brief_path(date.year, date.month, slug),
            date=date,
            date_evidence=text(brief.get("date_evidence")),
            source=source,
            event=EventRef(event, self.event_paths[event]) if event else None,
            summary=text(brief.get("summary")),
            parties=self._actors(brief.get("parties")),
            mentioned=self._actors(brief.get("mentioned")),
            outcome=self._items(brief.get("outcome"), source, report),
            open_issues=self._items(brief.get("open_issues"), source, report),
            topics=self._topics(brief.get("topics")),
            figures=tuple(
                Figure(text(f.get("value")), text(f.get("label")), text(f.get("evidence")),
                       self._evidence_path(text(f.get("evidence")), source, report))
                for f in map(_dict, _list(brief.get("figures")))
                if text(f.get("value")) or text(f.get("label"))
            ),
            reviewed=reviewed,
            status="geprüft" if reviewed else "maschinell erstellt",
            file=getattr(file, "name", "") or f"{brief_id}.yaml",
        )

    def _source(self, source: dict[str, Any]) -> SourceRef | None:
        file = text(source.get("file"))
        if not file:
            return None
        report = self.reports.get(file)
        sha = text(source.get("sha256"))
        changed = bool(report and sha and sha != report.sha256)
        return SourceRef(file, text(source.get("outlet")), self.source_paths.get(file), changed)

    def _actors(self, value: Any) -> tuple[ActorRef, ...]:
        actors, seen = [], set()
        for entry in map(_dict, _list(value)):
            name = text(entry.get("name"))
            if name and name not in seen:
                seen.add(name)
                actors.append(ActorRef(name, text(entry.get("role")), text(entry.get("country")),
                                       self.actor_paths[name]))
        return tuple(actors)

    def _items(self, value: Any, source: SourceRef | None, report: Report | None) -> tuple[Item, ...]:
        items = []
        for entry in _list(value):
            entry = entry if isinstance(entry, dict) else {"text": entry}
            evidence = text(entry.get("evidence"))
            item_text = text(entry.get("text")) or evidence
            if not item_text:
                continue
            items.append(Item(item_text, evidence, self._evidence_path(evidence, source, report)))
        return tuple(items)

    @staticmethod
    def _evidence_path(evidence: str, source: SourceRef | None, report: Report | None) -> str | None:
        """The evidence sentence's mark on the source page, when it stands in the report."""
        if evidence and report is not None and source is not None and source.path:
            if locate(report.body, evidence) is not None:
                return f"{source.path}#{paths.evidence_anchor(evidence)}"
        return None

    def _topics(self, value: Any) -> tuple[TopicRef, ...]:
        refs, seen = [], set()
        for label in map(text, _list(value)):
            topic_id = self.knowledge.topics.resolve(label) if label else None
            ref = self.topic_refs.get(topic_id or "") or (TopicRef(label, label, None) if label else None)
            if ref and ref.id not in seen:
                seen.add(ref.id)
                refs.append(ref)
        return tuple(refs)


def chronological(briefs) -> tuple[BriefView, ...]:
    return tuple(sorted(briefs, key=lambda b: (b.date.sort_key, b.id)))


def event_date(briefs: tuple[BriefView, ...]) -> DateView:
    """The earliest day any report of the event states; else the earliest date."""
    days = [b.date for b in briefs if b.date.precision == "day"]
    return days[0] if days else briefs[0].date


def build_events(views: list[BriefView], event_paths: dict[str, str], ignore: frozenset[str]) -> tuple[EventView, ...]:
    """Briefs grouped by their `event` key (a brief without one is an event of its own)."""
    grouped: dict[str, list[BriefView]] = {}
    for view in views:
        grouped.setdefault(view.event.key if view.event else f"\0{view.id}", []).append(view)
    events = []
    for key, members in grouped.items():
        briefs = chronological(members)
        sources = event_sources(briefs)
        keyed = not key.startswith("\0")
        topics = tuple({t.id: t for b in briefs for t in b.topics}.values())
        events.append(EventView(
            key=key if keyed else "",
            path=event_paths[key] if keyed else None,
            title=briefs[0].title,
            date=event_date(briefs),
            briefs=briefs,
            sources=sources,
            topics=topics,
            parties=names_of(briefs),
            outcome=merge_items(sources, "outcome", ignore),
            open_issues=merge_items(sources, "open_issues", ignore),
            figures=compare_figures(sources),
        ))
    return tuple(sorted(events, key=lambda e: (e.date.sort_key, e.key, e.briefs[0].id)))
