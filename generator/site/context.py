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
    """A number that matters and what it counts."""

    value: str
    label: str


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
    """A brief on a topic with its items that name the topic. matched is False when no item
    names a topic term; outcome and open_issues then hold all of the brief's items."""

    brief: BriefView
    outcome: tuple[Item, ...]
    open_issues: tuple[Item, ...]
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
    """themen/<id>.md: every brief on the topic, oldest first."""

    topic: TopicRef
    description: str
    terms: tuple[str, ...]
    entries: tuple[TopicEntry, ...]


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
    """akteure/<name>.md: the briefs where the actor is a party, then where only mentioned;
    both oldest first. roles and countries are every value the briefs give."""

    name: str
    roles: tuple[str, ...]
    countries: tuple[str, ...]
    as_party: tuple[ActorEntry, ...]
    mentioned_in: tuple[ActorEntry, ...]


@dataclass(frozen=True)
class ActorsPage(Page):
    """akteure/index.md: parties (actors of at least one event) and actors only mentioned."""

    parties: tuple[ActorSummary, ...]
    mentioned_only: tuple[ActorSummary, ...]


@dataclass(frozen=True)
class EventItem:
    """An item on an event page with the brief it comes from."""

    item: Item
    brief: BriefView


@dataclass(frozen=True)
class EventPage(Page):
    """ereignisse/<key>.md: the briefs of one event (oldest first), their reports, and their
    outcomes and open issues combined (identical texts once)."""

    key: str
    date: DateView
    briefs: tuple[BriefView, ...]
    sources: tuple[SourceRef, ...]
    outcome: tuple[EventItem, ...]
    open_issues: tuple[EventItem, ...]


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
    """zeitleiste.md: all briefs by month, oldest first."""

    months: tuple[MonthGroup, ...]


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

