"""Page contexts for every page kind, built from the model. Pure data: no templates here.

Order is fixed everywhere: lists about one subject (a topic, an actor, an event, the timeline)
run oldest first, so they read as a history; archives and indexes run newest first.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from generator.site import paths
from generator.site.bounded import Limits, archive_parts, latest, part_pages
from generator.site.context import (
    ActorArchivePage, ActorEntry, ActorPage, ActorsPage, ActorSummary, ArchivePage, BriefPage, BriefView,
    Item, MonthGroup, Page, ProblemsPage, SourcePage, SourcesPage, SourceSummary, StartPage, TopicsPage,
    TopicSummary,
)
from generator.site.dates import DateView, month_label, parse_date
from generator.site.evidence import mark_report
from generator.site.history import bounded_histories
from generator.site.matching import mentions, term_pattern
from generator.site.model import Model, chronological

LATEST_COUNT = 10


def month_groups(briefs: Iterable[BriefView], newest_first: bool) -> tuple[MonthGroup, ...]:
    """Briefs grouped by month; undated briefs last."""
    groups: dict[tuple[int, int] | None, list[BriefView]] = defaultdict(list)
    for brief in briefs:
        key = (brief.date.year, brief.date.month) if brief.date.month else None
        groups[key].append(brief)
    dated = sorted((k for k in groups if k), reverse=newest_first)
    result = []
    for key in [*dated, *([None] if None in groups else [])]:
        year, month = key if key else (None, None)
        members = sorted(groups[key], key=lambda b: (b.date.sort_key, b.id), reverse=newest_first)
        anchor = paths.month_anchor(year, month) if key else f"m-{paths.UNDATED}"
        result.append(MonthGroup(month_label(year, month), anchor, paths.month_path(year, month), tuple(members)))
    return tuple(result)


def _by_topic(model: Model) -> dict[str, list[BriefView]]:
    """Topic id -> its briefs, newest first."""
    grouped: dict[str, list[BriefView]] = defaultdict(list)
    for brief in model.briefs:
        for topic in brief.topics:
            grouped[topic.id].append(brief)
    return grouped


def topic_summaries(model: Model) -> tuple[TopicSummary, ...]:
    summaries = []
    by_topic = _by_topic(model)
    for topic in sorted(model.topics, key=lambda t: (paths.sort_key(t.name), t.id)):
        briefs = by_topic.get(topic.id, [])
        latest = briefs[0].date if briefs else None
        summaries.append(TopicSummary(model.topic_refs[topic.id], topic.description, len(briefs), latest))
    return tuple(summaries)


def start_page(model: Model) -> StartPage:
    used = tuple(s for s in topic_summaries(model) if s.count)
    counts = {
        "briefe": len(model.briefs),
        "themen": len(used),
        "akteure": len(model.actor_paths),
        "ereignisse": len(model.event_paths),
        "quellen": len(model.reports),
    }
    return StartPage(paths.START, "Start", model.briefs[:LATEST_COUNT], counts, used, model.problems,
                     model.problem_files, paths.PROBLEMS if model.problems else None)


def brief_pages(model: Model) -> list[BriefPage]:
    by_event: dict[str, list[BriefView]] = defaultdict(list)
    for brief in model.briefs:
        if brief.event:
            by_event[brief.event.key].append(brief)
    pages = []
    for brief in model.briefs:
        others = [b for b in by_event.get(brief.event.key, [])] if brief.event else []
        pages.append(BriefPage(brief.path, brief.title, brief, chronological(b for b in others if b is not brief)))
    return pages


def _source_date(model: Model, file: str, briefs: tuple[BriefView, ...]) -> DateView | None:
    if briefs:
        return briefs[0].date
    header = model.reports[file].header
    if header is None:
        return None
    return parse_date(header.text, "day" if header.day else "month")


def _by_source(model: Model) -> dict[str, tuple[BriefView, ...]]:
    grouped: dict[str, list[BriefView]] = defaultdict(list)
    for brief in model.briefs:
        if brief.source:
            grouped[brief.source.file].append(brief)
    return {file: chronological(grouped.get(file, ())) for file in model.reports}


def source_pages(model: Model) -> list[SourcePage]:
    pages = []
    by_source = _by_source(model)
    for file in sorted(model.reports):
        report = model.reports[file]
        briefs = by_source[file]
        evidences = [i.evidence for b in briefs for i in (*b.outcome, *b.open_issues, *b.figures) if i.evidence]
        paragraphs, missing = mark_report(report.body, evidences)
        outlet = next((b.source.outlet for b in briefs if b.source and b.source.outlet), "")
        date = _source_date(model, file, briefs)
        header = parse_date(report.header.text) if report.header else None
        title = f"Bericht: {outlet}, {date.text}" if outlet and date else f"Bericht {file}"
        marked = len(set(evidences)) - len(missing)
        pages.append(SourcePage(model.source_paths[file], title, file, outlet, header.text if header else "",
                                report.sha256, report.notes, briefs, paragraphs, marked, missing))
    return pages


def sources_page(model: Model) -> SourcesPage:
    groups: dict[tuple[int, int], list[SourceSummary]] = defaultdict(list)
    for file, briefs in _by_source(model).items():
        outlet = next((b.source.outlet for b in briefs if b.source and b.source.outlet), "")
        date = _source_date(model, file, briefs)
        key = (date.year or 0, date.month or 0) if date else (0, 0)
        groups[key].append(SourceSummary(file, model.source_paths[file], outlet, briefs))
    ordered = sorted(groups, reverse=True)
    return SourcesPage(paths.SOURCES_INDEX, "Quellen", tuple(
        (month_label(y or None, m or None), tuple(sorted(groups[(y, m)], key=lambda s: s.file)))
        for y, m in ordered
    ))


def _items_naming(items: tuple[Item, ...], pattern) -> tuple[Item, ...]:
    return tuple(i for i in items if mentions(pattern, i.text, i.evidence))


def topics_page(model: Model) -> TopicsPage:
    return TopicsPage(paths.TOPICS_INDEX, "Themen", topic_summaries(model))


def _actor_roles(model: Model) -> dict[str, dict[str, list[tuple[BriefView, str, bool]]]]:
    found: dict[str, dict[str, list[tuple[BriefView, str, bool]]]] = defaultdict(lambda: defaultdict(list))
    for brief in chronological(model.briefs):
        for kind, actors in (("party", brief.parties), ("mention", brief.mentioned)):
            for actor in actors:
                found[actor.name][kind].append((brief, actor.details, kind == "party"))
    return found


def actor_pages(model: Model, limits: Limits = Limits()) -> list[Page]:
    """Each actor's page with its latest briefs, and its archive parts when it has more."""
    pages: list[Page] = []
    events_of = model.events_by_party
    for name, kinds in sorted(_actor_roles(model).items()):
        path = model.actor_paths[name]
        pattern = term_pattern((name, *model.actor_aliases.get(name, ())), whole_words=True)
        party_briefs = {b.id for b, _, _ in kinds["party"]}
        as_party = [ActorEntry(b, role, b.outcome, b.open_issues) for b, role, _ in kinds["party"]]
        mentioned = [(b, role) for b, role, _ in kinds["mention"] if b.id not in party_briefs]
        mentioned_in = tuple(
            ActorEntry(b, role, _items_naming(b.outcome, pattern), _items_naming(b.open_issues, pattern), False)
            for b, role in latest(mentioned, limits.latest)
        )
        refs = [a for b, _, _ in (*kinds["party"], *kinds["mention"]) for a in (*b.parties, *b.mentioned)
                if a.name == name]
        roles = tuple(dict.fromkeys(a.role for a in refs if a.role))
        countries = tuple(dict.fromkeys(a.country for a in refs if a.country))
        _, history, partial = bounded_histories(events_of.get(name, ()), lambda item: True, model.ignore,
                                                limits.history_events, limits.history_shown)
        parts = ()
        if len(as_party) > limits.latest or len(mentioned) > limits.latest:
            every = sorted([*as_party, *(ActorEntry(b, role, (), (), False) for b, role in mentioned)],
                           key=lambda e: (e.brief.date.sort_key, e.brief.id))
            parts = archive_parts(path, every, lambda e: e.brief.date, limits.archive_size)
        links, archive = part_pages(parts, lambda part, previous, following: ActorArchivePage(
            part.path, f"{name}: Briefe {part.label}", name, path, part.label, part.entries, previous, following))
        pages.append(ActorPage(path, name, name, roles, countries, latest(as_party, limits.latest), mentioned_in,
                               history, len(as_party), len(mentioned), links, partial))
        pages += archive
    return pages


def actors_page(model: Model) -> ActorsPage:
    parties, others = [], []
    for name, kinds in _actor_roles(model).items():
        entries = [*kinds["party"], *kinds["mention"]]
        latest = max(entries, key=lambda e: (e[0].date.sort_key, e[0].id))
        details = next((d for _, d, _ in sorted(entries, key=lambda e: (e[0].date.sort_key, e[0].id),
                                                 reverse=True) if d), "")
        summary = ActorSummary(name, model.actor_paths[name], details, len(kinds["party"]),
                               len({b.id for b, _, _ in kinds["mention"]} - {b.id for b, _, _ in kinds["party"]}),
                               latest[0].date)
        (parties if kinds["party"] else others).append(summary)
    key = lambda s: (paths.sort_key(s.name), s.name)  # noqa: E731
    return ActorsPage(paths.ACTORS_INDEX, "Akteure", tuple(sorted(parties, key=key)), tuple(sorted(others, key=key)))


def archive_pages(model: Model) -> list[ArchivePage]:
    months = month_groups(model.briefs, newest_first=True)
    pages = [ArchivePage(paths.BRIEFS_INDEX, "Alle Briefe", "all", months)]
    years = sorted({b.date.year for b in model.briefs if b.date.month}, reverse=True)
    for year in years:
        members = tuple(g for g in months if g.briefs[0].date.year == year and g.briefs[0].date.month)
        pages.append(ArchivePage(paths.year_path(year), f"Briefe {year}", "year", members))
    for group in months:
        pages.append(ArchivePage(group.path, f"Briefe {group.label}" if group.briefs[0].date.month
                                 else "Briefe ohne Datum", "month", (group,)))
    return pages


def problems_page(model: Model) -> ProblemsPage | None:
    if not model.problems:
        return None
    return ProblemsPage(paths.PROBLEMS, "Probleme", model.problems, model.problem_files)
