"""Rendering the site's Markdown pages (generator.site), without MkDocs.

Golden files under tests/golden/site/ hold the expected pages for the fixture brief; run with
UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff.
"""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.catalog import Catalog, load_catalog
from generator.ingest import parse_report
from generator.knowledge import load_knowledge
from generator.site import build_pages, render_site
from generator.site.dates import parse_date
from generator.site.escape import escape_text, one_line
from generator.site.evidence import locate, mark_report
from generator.site.matching import mentions, term_pattern
from generator.site.paths import assign_slugs, evidence_anchor, relative_link, slugify
from generator.store import BriefError

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "briefings"
SEEDS = ROOT / "seeds"
TEMPLATES = ROOT / "templates"
GOLDEN = ROOT / "tests" / "golden" / "site"
BRIEF_ID = "2025-03-18-telefonat-trump-putin"
BRIEF_PAGE = f"briefe/2025/03/{BRIEF_ID}.md"
SOURCE_PAGE = "quellen/001_b7d16c56b0be5410.md"
TOPIC_PAGE = "themen/gefangenenaustausch.md"
EVENT_PAGE = f"ereignisse/{BRIEF_ID}.md"
# The Markdown extensions of mkdocs.yml.
EXTENSIONS = ["admonition", "attr_list", "def_list", "md_in_html", "tables", "toc"]


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(ROOT / "data")


@pytest.fixture(scope="module")
def fixture_site(knowledge):
    catalog = load_catalog(FIXTURES, SEEDS, knowledge)
    assert catalog.problems == []
    return render_site(catalog, knowledge, TEMPLATES)


def catalog_of(briefs: list[dict], reports: dict[str, str] | None = None, problems=()) -> Catalog:
    """A catalog built directly (as load_catalog would after validation), for edge cases."""
    catalog = Catalog(briefs=briefs, problems=list(problems))
    for name, text in (reports or {}).items():
        catalog.reports[name] = parse_report(name, text.encode("utf-8"))
    for brief in briefs:
        catalog.paths[brief["id"]] = Path(f"briefings/{brief['id']}.yaml")
    return catalog


def to_html(text: str) -> str:
    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    return markdown.markdown(body, extensions=EXTENSIONS)


# The start and party pages show the visuals too: timeline, counterparts, badges, feed link.
@pytest.mark.parametrize("page", [BRIEF_PAGE, SOURCE_PAGE, TOPIC_PAGE, EVENT_PAGE, "zeitleiste.md",
                                  "index.md", "akteure/donald-trump.md"])
def test_golden_pages(fixture_site, page):
    golden = GOLDEN / page
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(fixture_site[page], encoding="utf-8")
    assert golden.is_file(), f"{golden} missing: run with UPDATE_GOLDEN=1 to create it"
    assert fixture_site[page] == golden.read_text(encoding="utf-8")


def test_rendering_is_deterministic(knowledge, fixture_site):
    again = render_site(load_catalog(FIXTURES, SEEDS, knowledge), knowledge, TEMPLATES)
    assert list(again) == list(fixture_site) == sorted(fixture_site)
    assert again == fixture_site


def test_site_has_every_page_kind(fixture_site):
    expected = {"index.md", "zeitleiste.md", "themen/index.md", "akteure/index.md", "ereignisse/index.md",
                "quellen/index.md", "briefe/index.md", "briefe/2025/index.md", "briefe/2025/03/index.md",
                BRIEF_PAGE, SOURCE_PAGE, TOPIC_PAGE, "akteure/donald-trump.md",
                f"ereignisse/{BRIEF_ID}.md"}
    assert expected <= set(fixture_site)
    assert "probleme.md" not in fixture_site
    for name in os.listdir(SEEDS):
        assert f"quellen/{name[:-4]}.md" in fixture_site


def test_every_evidence_link_lands_on_a_mark(fixture_site):
    brief = fixture_site[BRIEF_PAGE]
    source = fixture_site[SOURCE_PAGE]
    anchors = re.findall(r"\]\(\.\./\.\./\.\./quellen/001_b7d16c56b0be5410\.md#(ev-[0-9a-f]{10})\)", brief)
    assert len(anchors) == 3
    for anchor in anchors:
        assert f'<mark class="beleg" id="{anchor}">' in source
    sentence = "Darüber hinaus wurde ein Gefangenenaustausch von jeweils 175 Kriegsgefangenen vereinbart."
    assert f'<mark class="beleg" id="{evidence_anchor(sentence)}">{sentence}</mark>' in source


def test_start_page_shows_outcome_and_open_issues(fixture_site):
    start = fixture_site["index.md"]
    assert "Eine Reaktion aus Kiew steht noch aus." in start
    assert "Ein Gefangenenaustausch von jeweils 175 Kriegsgefangenen wurde vereinbart." in start
    assert "](themen/waffenruhe.md)" in start


def test_topic_page_lists_items_naming_the_topic(fixture_site):
    topic = fixture_site[TOPIC_PAGE]
    assert f"[Telefonat Trump–Putin&#58;" not in topic  # ':' stays readable
    assert "Ein Gefangenenaustausch von jeweils 175 Kriegsgefangenen wurde vereinbart." in topic
    assert "Eine Reaktion aus Kiew" not in topic  # names no term of the topic
    assert "Kein Punkt dieses Ereignisses nennt das Thema" not in topic


def test_month_precision_is_shown_honestly():
    assert parse_date("2025-03", "month").text == "März 2025"
    assert parse_date("2025-03-18", "day").text == "18. März 2025"
    assert parse_date("2025-03-18", "month").text == "März 2025"
    assert parse_date("kaputt", "day").precision == "unknown"
    assert parse_date(None, None).text == "ohne Datum"


def minimal_brief(**extra) -> dict:
    brief = {"id": "2025-04-handnotiz", "date": "2025-04", "date_precision": "month",
             "parties": [{"name": "Wolodymyr Selenskyj"}], "outcome": [], "open_issues": []}
    brief.update(extra)
    return brief


def test_hand_written_brief_without_optional_fields(knowledge):
    site = render_site(catalog_of([minimal_brief()]), knowledge, TEMPLATES)
    page = site["briefe/2025/04/2025-04-handnotiz.md"]
    assert page.startswith('---\ntitle: "2025-04-handnotiz"\n---\n')
    assert "\n# 2025-04-handnotiz\n" in page
    assert "April 2025 (nur der Monat ist bekannt)" in page
    assert "von Hand geschrieben, ohne Bericht" in page
    assert "quellen/" not in page
    assert "_Der Bericht nennt keine Vereinbarung._" in page
    assert "Zusammenfassung" not in page and "## Zahlen" not in page
    assert "akteure/wolodymyr-selenskyj.md" in site


def test_odd_values_never_crash(knowledge):
    odd = minimal_brief(id="odd", date="irgendwann", title=None, summary=["keine", "Liste"],
                        parties=[{"name": "A"}, "kein Akteur", {"role": "ohne Namen"}],
                        outcome=["nur Text", {"evidence": "nur Beleg"}, {}], topics=["unbekannt", 3],
                        figures=[{"value": 5}], source={"file": "fehlt.txt"}, event="e-1", reviewed="ja")
    site = render_site(catalog_of([odd]), knowledge, TEMPLATES)
    page = site["briefe/ohne-datum/odd.md"]
    assert "- nur Text" in page and "- nur Beleg" in page
    assert "<code>fehlt.txt</code> (Bericht nicht im Ordner seeds gefunden)" in page
    assert "maschinell erstellt" in page
    assert "ereignisse/e-1.md" in site


def test_report_text_cannot_break_the_page(knowledge):
    report = (" date 2025-04 Berlin - Text mit <script>alert(1)</script>.\n# Überschrift\n---\n| a | b |\n"
              "!!! note\nEr schrieb [klick](javascript:alert(1)) und {{ 7*7 }}.\n    eingerückt\n</div>\n")
    evidence = "Er schrieb [klick](javascript:alert(1)) und {{ 7*7 }}."
    brief = minimal_brief(id="inj", title="<script>alert(1)</script> {{ 7*7 }}", source={"file": "r.txt"},
                          outcome=[{"text": "[klick](javascript:alert(1))", "evidence": evidence}])
    site = render_site(catalog_of([brief], {"r.txt": report}), knowledge, TEMPLATES)
    for path in ("quellen/r.md", "briefe/2025/04/inj.md", "index.md"):
        rendered = to_html(site[path])
        assert "<script" not in rendered
        assert 'href="javascript' not in rendered
        assert "<h1>Überschrift" not in rendered and "<hr" not in rendered
    source_html = to_html(site["quellen/r.md"])
    assert source_html.count("<div") == 1 and source_html.count("</div>") == 1
    text = html.unescape(re.sub(r"<[^>]+>", "", source_html))
    assert "# Überschrift" in text and "{{ 7*7 }}" in text and "</div>" in text and "!!! note" in text
    assert f'id="{evidence_anchor(evidence)}"' in source_html
    assert site["briefe/2025/04/inj.md"].startswith('---\ntitle: "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}"\n')


def test_topic_without_matching_items_says_so(knowledge):
    brief = minimal_brief(topics=["sanktionen"], outcome=[{"text": "Man traf sich.", "evidence": "x"}])
    page = render_site(catalog_of([brief]), knowledge, TEMPLATES)["themen/sanktionen.md"]
    assert "Kein Punkt dieses Ereignisses nennt das Thema ausdrücklich" in page
    assert "- Man traf sich." in page


def test_problems_page_and_start_banner(knowledge):
    problems = [BriefError("briefings/a.yaml", "missing required field `date`", 3, 1),
                BriefError("briefings/a.yaml", "unknown topic 'x'", 9, 5)]
    site = render_site(catalog_of([], problems=problems), knowledge, TEMPLATES)
    assert "<code>briefings/a.yaml:3:1: missing required field &#96;date&#96;</code>" in site["probleme.md"]
    assert "1 Brief ist fehlerhaft (2 Meldungen)" in site["probleme.md"]
    assert '!!! danger "1 Brief ist fehlerhaft"' in site["index.md"]
    assert "Noch keine Briefe." in site["index.md"]


def test_navigation_is_shallow_with_german_months(knowledge):
    briefs = [minimal_brief(id=f"b{i}", date=f"2025-0{m}", outcome=[]) for i, m in enumerate((1, 3, 3))]
    nav = build_pages(catalog_of(briefs), knowledge, TEMPLATES).nav
    titles = [next(iter(entry)) for entry in nav]
    assert titles == ["Start", "Zeitleiste", "Themen", "Akteure", "Ereignisse", "Briefe", "Quellen"]
    briefe = nav[5]["Briefe"]
    assert briefe[0] == "briefe/index.md"
    year = briefe[1]["2025"]
    assert year[0] == "briefe/2025/index.md"
    assert [next(iter(m)) for m in year[1:]] == ["März", "Januar"]
    assert year[1]["März"] == ["briefe/2025/03/index.md", "briefe/2025/03/b2.md", "briefe/2025/03/b1.md"]
    assert nav[3] == {"Akteure": "akteure/index.md"}


def test_slugs_are_german_and_unique():
    assert slugify("Wolodymyr Selenskyj") == "wolodymyr-selenskyj"
    assert slugify("Außenminister Öztürk") == "aussenminister-oeztuerk"
    slugs = assign_slugs(["NATO", "Nato", "index", "???"])
    assert sorted(slugs.values()) == sorted({"nato", "nato-2", "index-2", slugs["???"]})
    assert slugs["???"].startswith("eintrag-")
    assert relative_link("briefe/2025/03/x.md", "quellen/a.md#ev-1") == "../../../quellen/a.md#ev-1"
    with pytest.raises(ValueError):
        relative_link("index.md", 'javascript:alert(1)')


def test_evidence_marks_tolerate_line_breaks_and_overlap():
    body = "Erster Satz.\nZweiter Satz geht\nweiter. Dritter Satz."
    assert locate(body, "Zweiter Satz geht weiter.") == (13, 38)
    paragraphs, missing = mark_report(body, ["Zweiter Satz geht weiter.", "Satz geht", "Fehlt hier."])
    assert missing == ("Fehlt hier.",)
    joined = "\n".join(p.html for p in paragraphs)
    assert f'id="{evidence_anchor("Zweiter Satz geht weiter.")}"' in joined
    assert f'id="{evidence_anchor("Satz geht")}"' in joined
    assert joined.count("<mark") == 3  # split at the nested start and at the line break


def test_topic_terms_match_word_prefixes_and_phrases():
    pattern = term_pattern(["waffenruhe", "schwarzes meer", "eu-"])
    assert mentions(pattern, "Der Waffenruhe-Vorschlag")
    assert mentions(pattern, "im Schwarzes\nMeer")
    assert mentions(pattern, "EU-Staaten")
    assert not mentions(pattern, "Teilwaffenruhe")  # a term matches at a word start only
    assert not mentions(None, "Waffenruhe")
    crimea = term_pattern(["krim", "annexion"], exclude=["kriminal"])
    assert mentions(crimea, "die Krim-Annexion") and mentions(crimea, "auf der Krim")
    assert not mentions(crimea, "Kriminalisierung statt Prävention")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp", "Co", "Cn")) | st.sampled_from(list("#*_`[]()<>&!|-+.:{}\\~^=$\"' \n1")), max_size=60))
def test_escaped_text_renders_literally(value):
    rendered = markdown.markdown("- " + escape_text(value), extensions=EXTENSIONS)
    inner = re.fullmatch(r"<ul>\n<li>(.*)</li>\n</ul>", rendered, re.S)
    expected = one_line(value)
    if not expected:
        return
    assert inner, rendered
    assert html.unescape(inner.group(1)) == expected


def test_a_topic_term_inside_an_excluded_word_assigns_no_topic(analyse_text, knowledge):
    from generator.extract.topics import assign_topics

    analysed = analyse_text("Die FPÖ befürchtet eine Kriminalisierung der Sportler. Die Kriminalität steigt.")
    assert "gebietsfragen" not in assign_topics(analysed, [], knowledge.topics)
    analysed = analyse_text("Russland hält die Krim besetzt. Die Krim bleibt ein Streitpunkt.")
    assert "gebietsfragen" in assign_topics(analysed, [], knowledge.topics)
