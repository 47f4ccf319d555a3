"""Real `mkdocs build --strict` runs with the repository's mkdocs.yml; assertions on the HTML."""

from __future__ import annotations

import html
import json
import logging
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.ingest import sha256_hex
from generator.mkdocs_plugin import build_site

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "mkdocs.yml"
FIXTURES = ROOT / "tests" / "fixtures" / "briefings"
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
BRIEF_ID = "2025-03-18-telefonat-trump-putin"


class Marks(HTMLParser):
    """Collects every <mark id=...> with its text, and every link's href."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: dict[str, tuple[str, str]] = {}
        self.hrefs: list[str] = []
        self._open: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark" and attrs.get("id"):
            self._open = attrs["id"]
            self.marks[self._open] = (attrs.get("class") or "", "")
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open = None

    def handle_data(self, data):
        if self._open:
            cls, text = self.marks[self._open]
            self.marks[self._open] = (cls, text + data)


def parse(path: Path) -> Marks:
    parser = Marks()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def visible_text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def build(tmp: Path, briefings: Path, seeds: Path = SEEDS) -> tuple[bool, Path]:
    site = tmp / "site"
    ok = build_site(CONFIG, site, briefings, seeds, DATA, cache_dir=tmp / "cache")
    return ok, site


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    docs_before = sorted(p.relative_to(ROOT) for p in (ROOT / "docs").rglob("*"))
    tmp = tmp_path_factory.mktemp("fixture-build")
    ok, site = build(tmp, FIXTURES)
    assert ok
    assert sorted(p.relative_to(ROOT) for p in (ROOT / "docs").rglob("*")) == docs_before
    return site


def test_german_site_with_search_index(fixture_site):
    index = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de"' in index
    search = fixture_site / "search" / "search_index.json"
    assert search.is_file() and '"lang":["de"]' in search.read_text(encoding="utf-8").replace(" ", "")
    assert "Aktuelle Briefings" in index and "Eine Reaktion aus Kiew steht noch aus." in index


def test_search_index_holds_briefs_not_report_texts(fixture_site):
    """Report texts stay out of the search index (their evidence sentences are on the briefs):
    the index grows with the briefs, not with the reports' length."""
    docs = json.loads((fixture_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    locations = {d["location"].split("#")[0] for d in docs}
    assert not any(loc.startswith("quellen/") and loc != "quellen/" for loc in locations)
    assert (fixture_site / "quellen" / "001_b7d16c56b0be5410" / "index.html").is_file()
    found = {d["location"].split("#")[0] for d in docs if "Gefangenenaustausch" in d["text"] + d["title"]}
    assert f"briefe/2025/03/{BRIEF_ID}/" in found and "themen/gefangenenaustausch/" in found


def test_topic_page_lists_its_brief(fixture_site):
    topic = fixture_site / "themen" / "waffenruhe" / "index.html"
    hrefs = parse(topic).hrefs
    assert f"../../briefe/2025/03/{BRIEF_ID}/" in hrefs
    other = parse(fixture_site / "themen" / "sanktionen" / "index.html").hrefs
    assert f"../../briefe/2025/03/{BRIEF_ID}/" not in other


def test_evidence_links_land_on_highlighted_sentences(fixture_site):
    brief_dir = fixture_site / "briefe" / "2025" / "03" / BRIEF_ID
    data = YAML(typ="safe").load((FIXTURES / f"{BRIEF_ID}.yaml").read_text(encoding="utf-8"))
    evidences = [item["evidence"] for item in data["outcome"] + data["open_issues"]]
    links = [h for h in parse(brief_dir / "index.html").hrefs if "#ev-" in h]
    assert len(links) == len(evidences)
    for href, evidence in zip(links, evidences):
        target, anchor = href.split("#")
        page = Path(posixpath.normpath(posixpath.join(str(brief_dir), target))) / "index.html"
        assert page.is_file(), href
        marks = parse(page).marks
        assert anchor in marks, f"{href}: no <mark id={anchor}>"
        css_class, text = marks[anchor]
        assert "beleg" in css_class
        assert text == evidence


def test_pages_not_written_into_watched_folders(fixture_site):
    for folder in ("docs", "briefings", "templates", "data", "seeds"):
        assert not list((ROOT / folder).rglob("*.md")), folder
    assert (fixture_site.parent / "cache" / "pages" / "briefe" / "2025" / "03" / f"{BRIEF_ID}.md").is_file()


INJECTED_REPORT = (
    " date 2025-04 Berlin - Ein Bericht mit <script>alert(1)</script> im Text.\n"
    "# Überschrift\n"
    "---\n"
    "| a | b |\n"
    "!!! note \"x\"\n"
    "Er schrieb [klick](javascript:alert(1)) und {{ 7*7 }} dazu.\n"
    "<img src=x onerror=alert(1)>\n"
    "Die Seiten vereinbarten eine Waffenruhe für <b>30 Tage</b>.\n"
)


def test_injected_text_stays_text(tmp_path):
    seeds, briefings = tmp_path / "seeds", tmp_path / "briefings"
    seeds.mkdir()
    briefings.mkdir()
    (seeds / "inj.txt").write_text(INJECTED_REPORT, encoding="utf-8")
    sha = sha256_hex((seeds / "inj.txt").read_bytes())
    (briefings / "inj-test.yaml").write_text(f"""schema_version: 1
id: inj-test
title: "Test </title><script>alert(1)</script> {{{{ 7*7 }}}}"
date: "2025-04"
date_precision: month
source: {{file: inj.txt, outlet: "<b>taz</b>", sha256: "{sha}"}}
event: inj-event
summary: "Siehe [klick](javascript:alert(1)) und <script>alert(1)</script>."
parties:
  - {{name: "<script>alert(1)</script>", role: "# Überschrift"}}
outcome:
  - text: "Eine Waffenruhe; {{{{ 7*7 }}}}"
    evidence: "Die Seiten vereinbarten eine Waffenruhe für <b>30 Tage</b>."
open_issues:
  - text: "[klick](javascript:alert(1))"
    evidence: "Er schrieb [klick](javascript:alert(1)) und {{{{ 7*7 }}}} dazu."
topics: [waffenruhe]
""", encoding="utf-8")
    ok, site = build(tmp_path, briefings, seeds)
    assert ok
    pages = list(site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<script>alert" not in text, page
        assert 'href="javascript:' not in text, page
        assert "<b>taz</b>" not in text and "<img src=x" not in text, page
    brief = (site / "briefe" / "2025" / "04" / "inj-test" / "index.html").read_text(encoding="utf-8")
    assert "{{ 7*7 }}" in visible_text(brief) and "49" not in visible_text(brief)
    source = (site / "quellen" / "inj" / "index.html").read_text(encoding="utf-8")
    shown = visible_text(source)
    assert "# Überschrift" in shown and "{{ 7*7 }}" in shown and "[klick](javascript:alert(1))" in shown
    assert "<h1" not in source.split('class="bericht"')[1] and "<hr" not in source.split('class="bericht"')[1]


def test_invalid_brief_fails_strict_and_shows_problems(tmp_path, caplog, capsys):
    briefings = tmp_path / "briefings"
    briefings.mkdir()
    shutil.copy(FIXTURES / f"{BRIEF_ID}.yaml", briefings)
    (briefings / "kaputt.yaml").write_text("schema_version: 1\nid: kaputt\ntitle: [offen\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        ok, _ = build(tmp_path / "strict", briefings)
    assert not ok
    warnings = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefing"]
    assert len(warnings) == 1 and re.search(r"kaputt\.yaml:\d+:\d+: YAML error", warnings[0])
    error = capsys.readouterr().err.strip().splitlines()[-1]
    assert re.match(r"briefing build: error: \S*kaputt\.yaml:\d+:\d+: YAML error", error)

    site = build_non_strict(tmp_path / "serve", briefings)
    problems = (site / "probleme" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"kaputt\.yaml:\d+:\d+: YAML error", problems)
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "briefing-banner" in index and 'href="probleme/"' in index
    assert (site / "briefe" / "2025" / "03" / BRIEF_ID / "index.html").is_file()


def build_non_strict(tmp: Path, briefings: Path) -> Path:
    """What `mkdocs serve` does: a build that logs the warnings but does not abort."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    config = load_config(str(CONFIG), site_dir=str(tmp / "site"), strict=False)
    plugin = config.plugins["briefing"]
    plugin.config.briefings_dir = str(briefings)
    plugin.config.seeds_dir = str(SEEDS)
    plugin.config.cache_dir = str(tmp / "cache")
    mkdocs_build(config)
    return tmp / "site"


def test_missing_folder_is_one_clear_line(tmp_path, capsys):
    ok, _ = build(tmp_path, tmp_path / "gibt-es-nicht")
    assert not ok
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("briefing build: error: --briefings ")
    assert "no such folder" in err[-1] and "Traceback" not in "\n".join(err)


def test_feed_written_into_site_only_and_linked(fixture_site):
    from xml.etree import ElementTree as ET

    feed = ET.parse(fixture_site / "feed.xml").getroot()
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 1
    href = entries[0].find("{http://www.w3.org/2005/Atom}link").get("href")
    assert (fixture_site / href / "index.html").is_file()  # relative to the site root without site_url
    assert not (ROOT / "docs" / "feed.xml").exists()
    index = (fixture_site / "index.html").read_text(encoding="utf-8")
    assert '<link rel="alternate" type="application/atom+xml"' in index and 'href="feed.xml"' in index
    topic = (fixture_site / "themen" / "waffenruhe" / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml" title="Briefings: neueste Briefe" href="../../feed.xml"' in topic


def test_links_inside_svgs_land_on_pages(fixture_site):
    checked = 0
    for page in fixture_site.rglob("index.html"):
        text = page.read_text(encoding="utf-8")
        for svg in re.findall(r"<svg class=\"bv-(?:timeline|graph)\".*?</svg>", text, re.S):
            for href in re.findall(r'<a href="([^"]+)"', svg):
                target = href.split("#")[0]
                resolved = Path(posixpath.normpath(posixpath.join(str(page.parent), target)))
                assert (resolved / "index.html").is_file(), f"{page}: {href}"
                checked += 1
    assert checked >= 4


def test_injected_text_stays_text_inside_svgs(tmp_path):
    """The same hostile brief as above: its title and party name reach the timeline and the graph."""
    test_injected_text_stays_text(tmp_path)
    site = tmp_path / "site"
    event = (site / "ereignisse" / "inj-event" / "index.html").read_text(encoding="utf-8")
    graph = re.search(r'<svg class="bv-graph".*?</svg>', event, re.S).group(0)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in graph and "<script>" not in graph
    start = (site / "index.html").read_text(encoding="utf-8")
    timeline = re.search(r'<svg class="bv-timeline".*?</svg>', start, re.S).group(0)
    assert "&lt;/title&gt;&lt;script&gt;" in timeline and timeline.count("</title>") == timeline.count("<title")
