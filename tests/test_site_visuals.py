"""The site's visuals: timeline SVG, parties graph, counterparts, status badges, Atom feed."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from generator.catalog import load_catalog
from generator.knowledge import load_knowledge
from generator.site import build_pages
from generator.site.context import BriefView, Item, SourceRef, TopicRef
from generator.site.dates import parse_date
from generator.site.feed import atom_feed, entry_date
from generator.site.model import build_model
from generator.site.party_graph import DEFAULT_KINDS, GraphParty, build_party_graph, contact_kind, event_kinds
from generator.site.svg_timeline import PER_MONTH, TimelineEvent, build_timeline
from generator.site.urls import html_link, page_url
from generator.site.visuals import Visuals

ROOT = Path(__file__).resolve().parents[1]
ATOM = "{http://www.w3.org/2005/Atom}"
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = 'Gipfel <script>alert(1)</script> & "Zitat" \'x\' ]]>'


def event(iso: str, title: str = "Telefonat", group: str = "Waffenruhe", precision: str = "day") -> TimelineEvent:
    return TimelineEvent(parse_date(iso, precision), title, f"ereignisse/{iso}.md", group)


def svg_tree(markup: str) -> ET.Element:
    """The SVG must be well-formed XML (it is inlined into HTML as is)."""
    return ET.fromstring(str(markup))


# --- links in raw HTML -----------------------------------------------------------------------

@pytest.mark.parametrize("from_path, to_path, expected", [
    ("index.md", "ereignisse/a.md", "ereignisse/a/"),
    ("themen/x.md", "ereignisse/a.md", "../../ereignisse/a/"),
    ("themen/index.md", "zeitleiste.md#m-2025-03", "../zeitleiste/#m-2025-03"),
    ("akteure/x.md", "index.md", "../../"),
    ("index.md", "index.md", "./"),
])
def test_html_links_are_final_urls(from_path, to_path, expected):
    assert html_link(from_path, to_path) == expected


def test_html_links_without_directory_urls():
    assert page_url("index.md", False) == "index.html"
    assert html_link("themen/x.md", "ereignisse/a.md", False) == "../ereignisse/a.html"


# --- timeline --------------------------------------------------------------------------------

def test_day_is_a_dot_and_month_a_hollow_span():
    graphic = build_timeline([event("2025-03-18"), event("2025-05", precision="month")], "index.md", "Zeitleiste")
    root = svg_tree(graphic.svg)
    assert root.get("role") == "img" and root.get("aria-labelledby") == "zl-title zl-desc"
    assert root.find(f"{SVG}title").text == "Zeitleiste" and "1 Ereignis" not in root.find(f"{SVG}desc").text
    links = root.findall(f"{SVG}a")
    assert [a.get("href") for a in links] == ["ereignisse/2025-03-18/", "ereignisse/2025-05/"]
    assert links[0].find(f"{SVG}circle") is not None and links[0].find(f"{SVG}rect") is None
    span = links[1].find(f"{SVG}rect")
    assert span is not None and "bv-span" in span.get("class")
    # The month bar covers the month's column; the dot stands inside March, at its 18th day.
    months = {t.text: float(t.get("x")) for t in root.iter(f"{SVG}text")}
    assert abs(float(span.get("x")) + float(span.get("width")) / 2 - months["Mai"]) < 1
    dot = float(links[0].find(f"{SVG}circle").get("cx"))
    assert months["Mär"] - 10 < dot < months["Mär"] + 10
    assert [e.date.text for e in graphic.entries] == ["Mai 2025", "18. März 2025"]
    assert graphic.window == "Juni 2024 bis Mai 2025"


def test_month_precision_never_gets_a_day():
    graphic = build_timeline([event("2025-03-18", precision="month")], "index.md", "Z")
    root = svg_tree(graphic.svg)
    assert root.find(f".//{SVG}circle") is None and root.find(f".//{SVG}rect") is not None
    assert graphic.entries[0].date.text == "März 2025"


def test_titles_are_escaped():
    graphic = build_timeline([event("2025-03-18", HOSTILE, group=HOSTILE)], "index.md", HOSTILE)
    assert "<script>" not in graphic.svg and "]]>" not in graphic.svg
    root = svg_tree(graphic.svg)  # still well-formed
    assert root.find(f"{SVG}title").text == HOSTILE
    assert HOSTILE in root.find(f"{SVG}a/{SVG}title").text


def test_bounded_with_many_events():
    many = [event(f"{2000 + n // 300:04d}-{n // 25 % 12 + 1:02d}-{n % 28 + 1:02d}", f"E{n}", f"T{n % 20}")
            for n in range(5000)]
    graphic = build_timeline(many, "index.md", "Zeitleiste")
    assert len(graphic.svg) < 20_000
    root = svg_tree(graphic.svg)
    assert len(root.findall(f"{SVG}a")) <= 12 * PER_MONTH
    assert graphic.clusters and all(c.count > PER_MONTH for c in graphic.clusters)
    assert all(c.target.startswith("zeitleiste.md#m-") for c in graphic.clusters)
    assert all(sum(n for _, n in c.groups) == c.count for c in graphic.clusters)
    bars = [r for r in root.iter(f"{SVG}rect") if "bv-bar" in r.get("class")]
    assert bars and max(float(r.get("height")) for r in bars) <= 3 * 22
    assert graphic.older + sum(c.count for c in graphic.clusters) + len(graphic.entries) == 5000
    assert len(graphic.legend) <= 8


def test_older_and_undated_events_are_counted_not_drawn():
    graphic = build_timeline([event("2023-01-05"), event("2025-03-18"), event("unbekannt", precision="day")],
                             "index.md", "Z")
    assert graphic.older == 1 and graphic.undated == 1 and len(graphic.entries) == 1
    assert build_timeline([event("unbekannt")], "index.md", "Z") is None


def test_colours_by_frequency_with_the_rest_grey():
    events = [event(f"2025-03-{d:02d}", group=f"G{d % 9}") for d in range(1, 28)]
    graphic = build_timeline(events, "index.md", "Z", per_month=100)
    classes = [e.css for e in graphic.legend]
    assert classes[:7] == [f"bv-c{i}" for i in range(1, 8)] and classes[-1] == "bv-c0"
    assert graphic.legend[-1].label == "weitere"


# --- parties graph ---------------------------------------------------------------------------

def test_party_graph_links_parties_and_names_the_contact():
    graph = build_party_graph([GraphParty("Donald Trump", "akteure/donald-trump.md"), GraphParty(HOSTILE, None)],
                              "Telefonat", "18. März 2025", 2, 1, "ereignisse/x.md")
    root = svg_tree(graph.svg)
    assert root.get("role") == "img" and root.find(f"{SVG}title").text == "Beteiligte: Telefonat"
    assert "Donald Trump" in root.find(f"{SVG}desc").text and HOSTILE in root.find(f"{SVG}desc").text
    assert [a.get("href") for a in root.findall(f"{SVG}a")] == ["../../akteure/donald-trump/"]
    assert all("bv-edge--vereinbart" in line.get("class") for line in root.findall(f"{SVG}line"))
    assert "<script>" not in graph.svg


def test_party_graph_without_agreement_is_dashed_and_bounded():
    parties = [GraphParty(f"Partei {n}", None) for n in range(30)]
    graph = build_party_graph(parties, "Treffen", "Mai 2025", 0, 3, "ereignisse/x.md")
    root = svg_tree(graph.svg)
    assert len(root.findall(f"{SVG}line")) == 8 and graph.more == 22
    assert all("bv-edge--ohne" in line.get("class") for line in root.findall(f"{SVG}line"))
    assert build_party_graph([], "Treffen", "Mai 2025", 0, 0, "ereignisse/x.md") is None


@pytest.mark.parametrize("topics, title, key, kind", [
    ([], "Einigung Trump–Xi: Zölle", "", "Einigung"),  # the kind the generator put first in the title
    ([], "Telefonat Putin–Trump: Treffen in Saudi-Arabien", "", "Telefonat"),
    ([], "Gipfel in Brüssel", "", "Gipfeltreffen"),
    ([], "Putin–Trump: Waffenruhe", "2025-03-18-telefonat-putin-trump", "Telefonat"),
    (["telefonat"], "Putin–Trump", "", "Telefonat"),
    ([], "Putin–Trump", "", "Ereignis"),
])
def test_contact_kind_from_the_cue_list(knowledge, topics, title, key, kind):
    assert contact_kind(topics, title, key, event_kinds(knowledge.cues)) == kind


def test_contact_kind_without_cues():
    assert event_kinds({}) == DEFAULT_KINDS
    assert contact_kind([], "Rohstoffabkommen unterzeichnet") == "Abkommen"


# --- pages: visuals and badges in the fixture site -------------------------------------------

@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(ROOT / "data")


@pytest.fixture(scope="module")
def seed_model(knowledge):
    return build_model(load_catalog(ROOT / "briefings", ROOT / "seeds", knowledge), knowledge)


def test_party_page_counterparts_and_event_sources(seed_model):
    visuals = Visuals(seed_model)
    trump = next(e for e in seed_model.events if "Donald Trump" in e.parties)
    from generator.site.pages import actor_pages
    page = next(p for p in actor_pages(seed_model) if p.name == "Donald Trump")
    shown = visuals.for_page(page)
    assert shown.timeline is not None
    names = [c.name for c in shown.counterparts.shown]
    assert "Wladimir Putin" in names and "Donald Trump" not in names
    putin = shown.counterparts.shown[names.index("Wladimir Putin")]
    assert putin.count >= 1 and putin.recent[0].kind == "Telefonat"
    assert visuals.sources_of(trump.briefs[0]) == len(trump.sources)


def test_pages_show_visuals_and_consistent_badges(knowledge):
    site = build_pages(load_catalog(ROOT / "briefings", ROOT / "seeds", knowledge), knowledge,
                       ROOT / "templates").files
    for path in ("index.md", "zeitleiste.md", "themen/gefangenenaustausch.md", "akteure/donald-trump.md"):
        assert 'class="bv-timeline"' in site[path], path
        assert 'class="bv-alt"' in site[path] or path == "zeitleiste.md", path
    assert "## Gegenüber" in site["akteure/donald-trump.md"]
    event_pages = [p for p in site if p.startswith("ereignisse/") and not p.endswith("index.md")]
    assert event_pages and all('class="bv-graph"' in site[p] for p in event_pages)
    badge = re.compile(r'brief-status--\w+".*bv-badge--quellen.*bv-badge--(offen|erledigt)')
    for path in ("index.md", "zeitleiste.md", event_pages[0]):
        assert badge.search(site[path]), path
    brief = next(p for p in site if p.startswith("briefe/2025/03/2025-03-18"))
    assert badge.search(site[brief]) and "3 Quellen" in site[brief]
    assert '<a href="feed.xml"' in site["index.md"]


# --- feed ------------------------------------------------------------------------------------

def brief(n: int, iso: str, precision: str = "day", **changes) -> BriefView:
    base = BriefView(
        id=f"b{n}", title=f"Brief {n}", path=f"briefe/x/b{n}.md", date=parse_date(iso, precision),
        date_evidence="", source=SourceRef("r.txt", "taz", "quellen/r.md"), event=None, summary=f"Summe {n}",
        parties=(), mentioned=(), outcome=(Item("vereinbart", "", None),), open_issues=(),
        topics=(TopicRef("waffenruhe", "Waffenruhe", "themen/waffenruhe.md"),), figures=(), reviewed=False,
        status="maschinell erstellt", file=f"b{n}.yaml")
    return replace(base, **changes)


def test_feed_is_atom_newest_first_with_brief_dates():
    briefs = [brief(1, "2025-03-18"), brief(2, "2025-05", "month"), brief(3, "2024-12-01"), brief(4, "kaputt")]
    root = ET.fromstring(atom_feed(briefs, "https://example.org/briefe-site/", "Briefings"))
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["Brief 2", "Brief 1", "Brief 3"]
    assert [e.find(f"{ATOM}updated").text for e in entries] == [
        "2025-05-01T00:00:00Z", "2025-03-18T00:00:00Z", "2024-12-01T00:00:00Z"]
    assert root.find(f"{ATOM}updated").text == "2025-05-01T00:00:00Z"
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link == "https://example.org/briefe-site/briefe/x/b2/"
    assert entries[0].find(f"{ATOM}summary").text.startswith("Summe 2")
    assert len({e.find(f"{ATOM}id").text for e in entries}) == 3
    assert entry_date(brief(5, "2025-02", "month")) == "2025-02-01T00:00:00Z"


def test_feed_is_stable_and_limited():
    briefs = [brief(n, f"2025-01-{n % 28 + 1:02d}") for n in range(80)]
    first = atom_feed(briefs, None, "Briefings")
    assert first == atom_feed(list(reversed(briefs)), None, "Briefings")
    assert len(ET.fromstring(first).findall(f"{ATOM}entry")) == 50


def test_feed_escapes_untrusted_text_and_works_without_site_url():
    hostile = brief(1, "2025-03-18", title=HOSTILE + "\x00\ufffe", summary="<b>fett</b> & mehr")
    data = atom_feed([hostile], None, 'Site "<x>"')
    assert b"<script>" not in data and b"<b>" not in data
    root = ET.fromstring(data)
    entry = root.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == HOSTILE
    assert entry.find(f"{ATOM}summary").text.startswith("<b>fett</b> & mehr")
    assert entry.find(f"{ATOM}link").get("href") == "briefe/x/b1/"
    assert root.find(f"{ATOM}title").text == 'Site "<x>": neueste Briefe'


def test_empty_feed_is_valid():
    root = ET.fromstring(atom_feed([], None, "Briefings"))
    assert root.findall(f"{ATOM}entry") == [] and root.find(f"{ATOM}updated").text


def test_topic_outlook_items_are_separate_lines(knowledge):
    site = build_pages(load_catalog(ROOT / "briefings", ROOT / "seeds", knowledge), knowledge,
                       ROOT / "templates").files
    outlook = site["themen/gefangenenaustausch.md"].split("## Ausblick", 1)[1].split("\n## ", 1)[0]
    bullets = [line for line in outlook.splitlines() if line.startswith("- **")]
    assert len(bullets) == 2 and all(line.count("- **") == 1 for line in bullets)
