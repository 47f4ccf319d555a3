"""Actor and topic pages stay bounded on large sites, and every brief stays reachable.

Synthetic sites: copies of the fixture brief, re-dated one a day over several years, each its own
event, so one actor and a few topics collect hundreds of briefs (as on a real archive).
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.catalog import Catalog
from generator.ingest import parse_report
from generator.site import build_pages
from generator.site.bounded import Limits, archive_parts, latest
from generator.site.context import EventView, FollowUp, IssueHistory
from generator.site.dates import parse_date
from generator.site.history import most_recent
from generator.site.paths import _relpath, relative_link

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "briefings" / "2025-03-18-telefonat-trump-putin.yaml"
REPORT = "001_b7d16c56b0be5410.txt"
TEMPLATES = ROOT / "templates"
LIMITS = Limits(latest=5, archive_size=40)
ACTOR = "akteure/wladimir-putin.md"
TOPIC = "themen/waffenruhe.md"
PARTIAL = "Gezeigt werden die zuletzt aufgegriffenen Punkte der neueren Ereignisse."
LINK = re.compile(r"\]\(([^)#]+)(?:#[^)]*)?\)")


def synthetic_catalog(count: int) -> Catalog:
    """`count` copies of the fixture brief, one a day backwards from the end of 2025."""
    base = YAML(typ="safe").load(FIXTURE.read_text(encoding="utf-8"))
    catalog = Catalog()
    catalog.reports[REPORT] = parse_report(REPORT, (ROOT / "seeds" / REPORT).read_bytes())
    for n in range(count):
        day = (dt.date(2025, 12, 31) - dt.timedelta(days=n)).isoformat()
        brief = dict(base, id=f"{day}-brief-{n:04d}", date=day, event=f"{day}-ereignis-{n:04d}")
        catalog.briefs.append(brief)
        catalog.paths[brief["id"]] = Path(f"briefings/{brief['id']}.yaml")
    return catalog


@pytest.fixture(scope="module")
def sites(knowledge):
    return {count: build_pages(synthetic_catalog(count), knowledge, TEMPLATES, LIMITS).files
            for count in (30, 400)}


def links_of(files: dict[str, str], page: str) -> set[str]:
    """Docs paths a page links to."""
    folder = posixpath.dirname(page)
    return {posixpath.normpath(posixpath.join(folder, target)) for target in LINK.findall(files[page])}


_TIMELINE_BLOCK = re.compile(r'<div class="bv-figure bv-figure--timeline".*?</details>\n', re.S)


def test_pages_stay_the_same_size_as_the_site_grows(sites):
    small, large = sites[30], sites[400]
    for page in (ACTOR, TOPIC):
        # The larger page only adds lines to its archive list (one per year part) ...
        assert len(_TIMELINE_BLOCK.sub("", large[page])) < 1.2 * len(_TIMELINE_BLOCK.sub("", small[page])), page
        # ... and its timeline covers twelve months at most, dense months as counted columns.
        timeline = _TIMELINE_BLOCK.search(large[page])
        assert timeline and len(timeline.group(0)) < 20_000, page
    assert large[ACTOR].count("\n### ") == LIMITS.latest
    for page in (ACTOR, TOPIC):
        assert large[page].count('\n- <span class="verlauf-status') <= LIMITS.history_shown
    assert large[TOPIC].count("\n### ") == LIMITS.latest
    subject_pages = [text for path, text in large.items() if path.startswith(("akteure/", "themen/"))]
    assert max(map(len, subject_pages)) < 3 * max(len(small[p]) for p in (ACTOR, TOPIC))


def test_archive_parts_are_bounded_and_link_every_brief(sites):
    files = sites[400]
    briefs = {p for p in files if p.startswith("briefe/2") and not p.endswith("index.md")}
    assert len(briefs) == 400
    for page, folder in ((ACTOR, "akteure/wladimir-putin/"), (TOPIC, "themen/waffenruhe/")):
        parts = sorted(p for p in files if p.startswith(folder))
        # 400 days from 27 Nov 2024: 35 in 2024, 365 in 2025 (10 parts of at most 40).
        assert parts == sorted([f"{folder}2024.md", f"{folder}2025.md",
                                *(f"{folder}2025-{n}.md" for n in range(2, 11))])
        assert links_of(files, page) >= set(parts)
        linked: set[str] = set()
        for part in parts:
            lines = [line for line in files[part].splitlines() if line.startswith("- ")]
            assert 0 < len(lines) <= LIMITS.archive_size
            assert "search:\n  exclude: true\n" in files[part]
            linked |= links_of(files, part) & briefs
        assert linked == briefs, page


def test_archive_pages_read_in_german_and_link_their_neighbours(sites):
    files = sites[400]
    part = files["akteure/wladimir-putin/2025-2.md"]
    assert part.startswith('---\ntitle: "Wladimir Putin: Briefe 2025, Teil 2"\n')
    assert "40 Briefe mit [Wladimir Putin](../wladimir-putin.md), vom ältesten zum neuesten." in part
    assert "Davor: [2025, Teil 1](2025.md) · Danach: [2025, Teil 3](2025-3.md)" in part
    assert "beteiligt (Präsident, Russland)" in part
    actor = files[ACTOR]
    assert "beteiligt an 400 Briefen" in actor
    assert "die neuesten 5 von 400 Briefen, vom ältesten zum neuesten; alle stehen im [Archiv](#archiv)." in actor
    assert "- [2024](wladimir-putin/2024.md): 35 Briefe" in actor
    assert PARTIAL in actor
    mentioned = files["akteure/steve-witkoff.md"]
    assert "Die neuesten 5 von 400 Briefen" in mentioned
    assert "steve-witkoff/2025-10.md" in mentioned
    topic = files[TOPIC]
    assert "400 Ereignisse aus 400 Berichten; hier die neuesten 5" in topic
    assert "[2025, Teil 10](waffenruhe/2025-10.md): 5 Ereignisse" in topic


def test_one_part_for_a_year_that_fits(sites):
    files = sites[30]
    assert [p for p in files if p.startswith(("akteure/wladimir-putin/", "themen/waffenruhe/"))] == [
        "akteure/wladimir-putin/2025.md", "themen/waffenruhe/2025.md"]
    assert "- [2025](waffenruhe/2025.md): 30 Ereignisse" in files[TOPIC]


def test_default_limits_keep_the_fixture_site_unchanged(knowledge):
    with pytest.raises(ValueError):
        Limits(latest=0)
    files = build_pages(synthetic_catalog(Limits().latest), knowledge, TEMPLATES).files
    assert "Archiv" not in files[ACTOR]
    files = build_pages(synthetic_catalog(Limits().latest + 1), knowledge, TEMPLATES).files
    assert "[2025](wladimir-putin/2025.md): 21 Briefe" in files[ACTOR]
    assert "Offene Punkte im Verlauf" in files[ACTOR] and PARTIAL not in files[ACTOR]


def test_archive_parts_by_year_then_size():
    dates = ["2024-05-01", "2024-06-01", "2025-01-01", "2025-02-01", "2025-03-01", "irgendwann"]
    parts = archive_parts("themen/x.md", dates, parse_date, 2)
    assert [(p.path, p.label, p.entries) for p in parts] == [
        ("themen/x/2024.md", "2024", ("2024-05-01", "2024-06-01")),
        ("themen/x/2025.md", "2025, Teil 1", ("2025-01-01", "2025-02-01")),
        ("themen/x/2025-2.md", "2025, Teil 2", ("2025-03-01",)),
        ("themen/x/ohne-datum.md", "Ohne Datum", ("irgendwann",)),
    ]
    assert latest([1, 2, 3], 2) == (2, 3) and latest([1], 5) == (1,)


def test_histories_shown_are_the_last_taken_up():
    def event(day):
        return EventView(day, None, day, parse_date(day), (), (), (), (), (), (), ())

    def entry(origin, *later):
        follow_ups = tuple(FollowUp(event(d), None, "erneut offen") for d in later)
        return IssueHistory(event(origin), None, "offen", follow_ups, "erneut offen" if later else "kein weiterer Bericht")

    old_but_active = entry("2024-01-01", "2025-06-01")
    entries = [old_but_active, entry("2024-02-01"), entry("2025-01-01"), entry("2025-03-01", "2025-04-01")]
    assert most_recent(entries, 2) == (old_but_active, entries[3])
    assert most_recent(entries, 9) == tuple(entries)


@pytest.mark.parametrize("source, target", [
    ("index.md", "briefe/2025/03/x.md"), ("briefe/2025/03/x.md", "quellen/a.md#ev-1"),
    ("akteure/a/2025.md", "akteure/a.md"), ("akteure/a.md", "akteure/a/2025.md"),
    ("themen/x.md", "themen/x.md#archiv"), ("briefe/2025/03/x.md", "briefe/2025/index.md"),
])
def test_relative_links_match_posixpath(source, target):
    path, _, anchor = target.partition("#")
    expected = posixpath.relpath(path, posixpath.dirname(source) or ".") + (f"#{anchor}" if anchor else "")
    assert relative_link(source, target) == expected


_PART = st.sampled_from(["a", "b", "akteure", "2025", "03", "x.md", "index.md"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PART, min_size=1, max_size=4), st.lists(_PART, max_size=4))
def test_fast_relpath_is_posixpath_relpath(target, folder):
    path = "/".join(target) + ("" if target[-1].endswith(".md") else ".md")
    base = "/".join(folder) or "."
    assert _relpath(path, base) == posixpath.relpath(path, base)
