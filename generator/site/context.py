"""The template contract: what each page template receives.

Every template in templates/ is rendered with the fields of one page context below as its
variables (e.g. `brief`, `entries`), plus `path` (the page's own docs path) and `title`.
Text fields are plain text from briefs and reports: print them with `{{ value }}` and they are
escaped for Markdown and HTML. Fields named `path` are docs paths; turn them into links with the
`href` filter: `[{{ brief.title }}]({{ brief.path | href }})`. Fields typed Markup (source
paragraphs, `Paragraph.html`) are HTML built by the generator and printed as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.site.dates import DateView
from generator.site.evidence import Paragraph

# --- Values shared by several pages -------------------------------------------------------


@dataclass(frozen=True)
class TopicRef:
    """A topic named by a brief. path is None for an id missing from data/topics.yaml."""

    id: str
    name: str
    path: str | None


@dataclass(frozen=True)
class ActorRef:
    """A party or mentioned actor of one brief, with the role and country that brief gives."""

    name: str
    role: str
    country: str
    path: str

    @property
    def details(self) -> str:
        """Role and country joined ("US-Präsident, USA"), or ""."""
        return ", ".join(p for p in (self.role, self.country) if p)


@dataclass(frozen=True)
class Item:
    """An outcome or open issue. evidence_path is "quellen/<report>.md#ev-..." when the evidence
    sentence was found in the report, else None (hand-written brief, report missing)."""

    text: str
    evidence: str
    evidence_path: str | None


@dataclass(frozen=True)
class Figure:
    """A number that matters and what it counts; evidence as for Item (may be "" and None)."""

    value: str
    label: str
    evidence: str = ""
    evidence_path: str | None = None


@dataclass(frozen=True)
class SourceRef:
    """The report behind a brief. path is None when the report is not in the seeds folder;
    changed is True when the report's bytes no longer match the brief's sha256."""

    file: str
    outlet: str
    path: str | None
    changed: bool = False


@dataclass(frozen=True)
class EventRef:
    """The event a brief reports on; briefs of the same event share the key."""

    key: str
    path: str


@dataclass(frozen=True)
class BriefView:
    """One brief, normalised: every optional field has a value ("" or an empty tuple).

    title falls back to the id; status is "geprüft" or "maschinell erstellt"; file is the brief's
    YAML file name; source and event are None when the brief has none.
    """

    id: str
    title: str
    path: str
    date: DateView
    date_evidence: str
    source: SourceRef | None
    event: EventRef | None
    summary: str
    parties: tuple[ActorRef, ...]
    mentioned: tuple[ActorRef, ...]
    outcome: tuple[Item, ...]
    open_issues: tuple[Item, ...]
    topics: tuple[TopicRef, ...]
    figures: tuple[Figure, ...]
    reviewed: bool
    status: str
    file: str

    @property
    def outlet(self) -> str:
        """The outlet of the brief's report, or ""."""
        return self.source.outlet if self.source else ""


@dataclass(frozen=True)
class MonthGroup:
    """Briefs of one month (newest or oldest first, as the page says). anchor is an HTML id
    for in-page jumps; path is the month's archive page."""

    label: str
    anchor: str
    path: str
    briefs: tuple[BriefView, ...]


@dataclass(frozen=True)
class PartLink:
    """A part of an actor's or topic's archive, in lists: its page, label ("2025", "2025, Teil 2")
    and how many entries it lists."""

    path: str
    label: str
    count: int


# --- Events: several reports of one occasion ----------------------------------------------


@dataclass(frozen=True)
class EventSource:
    """A report of an event: its brief and the short label the event page uses for it (the
    outlet, else "Quelle 2" by position; an outlet named twice gets its position added)."""

    label: str
    brief: BriefView


@dataclass(frozen=True)
class Mention:
    """One report's wording of a merged item, with the label of that report on the event."""

    source: EventSource
    item: Item


@dataclass(frozen=True)
class MergedItem:
    """An outcome or open issue of an event: near-identical items of its reports as one.

    text is the first report's wording; mentions hold every report's wording with its evidence;
    sources counts the distinct reports. when is the time an announced next step names ("bald",
    "30 Tage", "" when none) and planned says whether the item is such a step.
    """

    text: str
    mentions: tuple[Mention, ...]
    sources: int
    planned: bool
    when: str


@dataclass(frozen=True)
class FigureCell:
    """What one report gives for a figure: the value (or "" when it gives none), with evidence."""

    source: EventSource
    value: str
    evidence_path: str | None


@dataclass(frozen=True)
class FigureComparison:
    """One figure (by its label) across an event's reports.

    values are the distinct values, in report order; cells hold one entry per report of the
    event, in the event's source order, so differing values stand side by side. differs is True
    when the reports give more than one value.
    """

    label: str
    values: tuple[str, ...]
    cells: tuple[FigureCell, ...]
    sources: int

    @property
    def differs(self) -> bool:
        return len(self.values) > 1

    @property
    def shown(self) -> str:
        """The values as one text ("30", "30 / 90" when a report gives several)."""
        return " / ".join(self.values) or " / ".join(dict.fromkeys(c.value for c in self.cells if c.value))


@dataclass(frozen=True)
class EventView:
    """One event: its briefs (oldest first), their reports, and what they say together.

    key is the briefs' `event` value ("" for a brief without one, which is then an event of its
    own); path is its event page (None without a key). outcome and open_issues are merged across
    the reports, the best corroborated first. figures compares every figure label; contradictions
    are the figures whose values differ; outlook holds the announced next steps.
    """

    key: str
    path: str | None
    title: str
    date: DateView
    briefs: tuple[BriefView, ...]
    sources: tuple[EventSource, ...]
    topics: tuple[TopicRef, ...]
    parties: tuple[str, ...]
    outcome: tuple[MergedItem, ...]
    open_issues: tuple[MergedItem, ...]
    figures: tuple[FigureComparison, ...]

    @property
    def contradictions(self) -> tuple[FigureComparison, ...]:
        return tuple(f for f in self.figures if f.differs)

    @property
    def outlook(self) -> tuple[MergedItem, ...]:
        return tuple(i for i in (*self.outcome, *self.open_issues) if i.planned)

    @property
    def link(self) -> str:
        """Where a link to the event goes: its event page, else its only brief."""
        return self.path or self.briefs[0].path


@dataclass(frozen=True)
class FollowUp:
    """A later event that takes up an earlier item: status is "umgesetzt" (a later outcome that
    is no longer only announced) or "erneut offen" (a later open issue or announcement)."""

    event: EventView
    item: MergedItem
    status: str


@dataclass(frozen=True)
class IssueHistory:
    """An open issue or announced step of an event, and what later events made of it.

    origin is "offen" or "angekündigt"; status is the latest follow-up's ("erledigt/umgesetzt",
    "erneut offen"), or "kein weiterer Bericht" when later events do not take it up.
    """

    event: EventView
    item: MergedItem
    origin: str
    follow_ups: tuple[FollowUp, ...]
    status: str

    @property
    def shown(self) -> tuple[FollowUp | None, ...]:
        """The follow-ups a page lists: all up to five; else the first, None (for the left-out
        ones, counted by `left_out`) and the last three."""
        if len(self.follow_ups) <= 5:
            return self.follow_ups
        return (self.follow_ups[0], None, *self.follow_ups[-3:])

    @property
    def left_out(self) -> int:
        return max(len(self.follow_ups) - 4, 0) if len(self.follow_ups) > 5 else 0


@dataclass(frozen=True)
class OutlookEntry:
    """An announced next step on a topic page, with the event that announced it; status is its
    history's status when later events took it up ("erledigt/umgesetzt", "erneut offen"), else ""."""

    event: EventView
    item: MergedItem
    status: str = ""


@dataclass(frozen=True)
class EventMonth:
    """Events of one month, oldest first; anchor is an HTML id for in-page jumps."""

    label: str
    anchor: str
    events: tuple[EventView, ...]


# --- One context per page kind -------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """Fields every page has: its docs path and its title (plain text)."""

    path: str
    title: str


@dataclass(frozen=True)
class StartPage(Page):
    """index.md: the latest briefs with what was agreed and what is open."""

    latest: tuple[BriefView, ...]
    counts: dict[str, int]
    topics: tuple["TopicSummary", ...]
    problems: tuple[str, ...]
    problem_files: int
    problems_path: str | None


@dataclass(frozen=True)
class BriefPage(Page):
    """briefe/<yyyy>/<mm>/<id>.md: every field of one brief; same_event lists the other briefs
    sharing its event key."""

    brief: BriefView
    same_event: tuple[BriefView, ...]


@dataclass(frozen=True)
class SourcePage(Page):
    """quellen/<report>.md: the report's text with its evidence sentences marked.

    date_text comes from the report's date header ("" without one); notes are decoding notes;
    missing lists evidence sentences of its briefs that do not stand in the text.
    """

    file: str
    outlet: str
    date_text: str
    sha256: str
    notes: tuple[str, ...]
    briefs: tuple[BriefView, ...]
    paragraphs: tuple[Paragraph, ...]
    marked: int
    missing: tuple[str, ...]


@dataclass(frozen=True)
class SourceSummary:
    """A report in the source index, with its briefs (possibly none)."""

    file: str
    path: str
    outlet: str
    briefs: tuple[BriefView, ...]


@dataclass(frozen=True)
class SourcesPage(Page):
    """quellen/index.md: all reports, grouped by month (label, sources), newest first."""

    groups: tuple[tuple[str, tuple[SourceSummary, ...]], ...]


@dataclass(frozen=True)
class TopicEntry:
    """An event on a topic with its merged items that name the topic. matched is False when no
    item names a topic term; outcome and open_issues then hold all of the event's items."""

    event: EventView
    outcome: tuple[MergedItem, ...]
    open_issues: tuple[MergedItem, ...]
    matched: bool


@dataclass(frozen=True)
class TopicSummary:
    """A topic in lists: how many briefs, and the date of the latest."""

    topic: TopicRef
    description: str
    count: int
    latest: DateView | None


@dataclass(frozen=True)
class TopicPage(Page):
    """themen/<id>.md: the latest events on the topic, oldest first, each with its reports; outlook
    holds the latest announced next steps naming the topic, history the open issues and announced
    steps of earlier events with what later events on the topic made of them (the most recently
    taken up). events and briefs count all of the topic; archive lists the parts that list every
    event when the page shows only the latest (else it is empty); history_partial is True when
    the history leaves out older events or items."""

    topic: TopicRef
    description: str
    terms: tuple[str, ...]
    entries: tuple[TopicEntry, ...]
    briefs: int
    outlook: tuple[OutlookEntry, ...]
    history: tuple[IssueHistory, ...]
    events: int = 0
    archive: tuple[PartLink, ...] = ()
    history_partial: bool = False


@dataclass(frozen=True)
class TopicArchivePage(Page):
    """themen/<id>/<yyyy>.md: one part of a topic's archive, every event of it in one line each
    with its reports, oldest first; previous and next are the neighbouring parts."""

    topic: TopicRef
    label: str
    events: tuple[EventView, ...]
    previous: PartLink | None
    next: PartLink | None


@dataclass(frozen=True)
class TopicsPage(Page):
    """themen/index.md: all topics of data/topics.yaml, alphabetical."""

    topics: tuple[TopicSummary, ...]


@dataclass(frozen=True)
class ActorEntry:
    """An actor in one brief: the role given there, and the brief's items (for a party: all
    outcome and open issues; for a mention: only items naming the actor)."""

    brief: BriefView
    role: str
    outcome: tuple[Item, ...]
    open_issues: tuple[Item, ...]
    party: bool = True


@dataclass(frozen=True)
class ActorSummary:
    """An actor in the actor index."""

    name: str
    path: str
    details: str
    party_count: int
    mention_count: int
    latest: DateView


@dataclass(frozen=True)
class ActorPage(Page):
    """akteure/<name>.md: the latest briefs where the actor is a party, then the latest where only
    mentioned; both oldest first. roles and countries are every value the briefs give. history:
    the open issues and announced steps of events with the actor as a party, and what later such
    events made of them (the most recently taken up). party_count and mention_count count all
    briefs; archive lists the parts that list every brief when the page shows only the latest;
    history_partial is True when the history leaves out older events or items."""

    name: str
    roles: tuple[str, ...]
    countries: tuple[str, ...]
    as_party: tuple[ActorEntry, ...]
    mentioned_in: tuple[ActorEntry, ...]
    history: tuple[IssueHistory, ...]
    party_count: int = 0
    mention_count: int = 0
    archive: tuple[PartLink, ...] = ()
    history_partial: bool = False


@dataclass(frozen=True)
class ActorArchivePage(Page):
    """akteure/<name>/<yyyy>.md: one part of an actor's archive, every brief naming the actor in
    one line each (party or mentioned), oldest first; previous and next are the neighbouring parts."""

    name: str
    actor_path: str
    label: str
    entries: tuple[ActorEntry, ...]
    previous: PartLink | None
    next: PartLink | None


@dataclass(frozen=True)
class ActorsPage(Page):
    """akteure/index.md: parties (actors of at least one event) and actors only mentioned."""

    parties: tuple[ActorSummary, ...]
    mentioned_only: tuple[ActorSummary, ...]


@dataclass(frozen=True)
class EventPage(Page):
    """ereignisse/<key>.md: one event with its reports, merged outcome and open issues (each
    with how many reports give it and a link to every report's sentence), the figures on which
    the reports differ, side by side, the announced next steps and all figures."""

    event: EventView


@dataclass(frozen=True)
class EventSummary:
    """An event in the event index."""

    key: str
    path: str
    title: str
    date: DateView
    count: int


@dataclass(frozen=True)
class EventsPage(Page):
    """ereignisse/index.md: events grouped by month (label, events), newest first."""

    groups: tuple[tuple[str, tuple[EventSummary, ...]], ...]


@dataclass(frozen=True)
class TimelinePage(Page):
    """zeitleiste.md: all events by month, oldest first, each with its reports."""

    months: tuple[EventMonth, ...]


@dataclass(frozen=True)
class ArchivePage(Page):
    """briefe/index.md, briefe/<yyyy>/index.md and briefe/<yyyy>/<mm>/index.md: the briefs of
    all time, a year or a month, by month, newest first. level is "all", "year" or "month"."""

    level: str
    months: tuple[MonthGroup, ...]


@dataclass(frozen=True)
class ProblemsPage(Page):
    """probleme.md: each problem as "file:line:col: message"; files counts the invalid briefs."""

    problems: tuple[str, ...]
    files: int

