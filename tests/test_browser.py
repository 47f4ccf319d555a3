"""A reader's path through the built site in a real headless Chromium (Debian's package).

Start page with its timeline -> site search for "Gefangenenaustausch" -> open a result -> a topic
page with its timeline and text alternative -> an event page with its parties graph -> an
outcome's evidence link -> the highlighted sentence on the source page; a party page with its
counterparts; the Atom feed. In light and dark mode, failing on any console error. Screenshots
of each step land in test-artifacts/browser/. Runs where Playwright and /usr/bin/chromium are
installed (`.ci/run` installs both); skipped elsewhere.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "browser"


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    from generator.generate import run_generate
    from generator.knowledge import load_knowledge
    from generator.mkdocs_plugin import build_site

    tmp = tmp_path_factory.mktemp("browser")
    briefs = tmp / "briefings"
    run_generate(ROOT / "seeds", briefs, load_knowledge(ROOT / "data"), cache_dir=tmp / "cache", say=lambda _: None)
    site = tmp / "site"
    assert build_site(ROOT / "mkdocs.yml", site, briefs, ROOT / "seeds", ROOT / "data", cache_dir=tmp / "pages")
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                  "--no-first-run", "--disable-component-update", "--disable-sync"],
        )
        yield chromium
        chromium.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_reader_path(browser, site_url, scheme):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def shot(step: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"{scheme}-{step}.png"), full_page=False)

    def assert_timeline() -> None:
        svg = page.locator(".md-content svg.bv-timeline").first
        assert svg.is_visible()
        assert svg.get_attribute("role") == "img"
        assert svg.locator("title").first.text_content().strip()
        assert svg.locator("desc").first.text_content().strip()
        assert svg.locator("a circle, a rect").count() >= 1
        box = svg.bounding_box()
        assert box and box["width"] > 300 and box["height"] > 20
        alternative = page.locator("details.bv-alt li")
        assert alternative.count() >= 1  # the text alternative lists the drawn events

    page.goto(site_url + "/")
    assert page.locator("html").get_attribute("lang") == "de"
    assert page.locator("h1").first.is_visible()
    assert_timeline()
    assert page.locator("head link[rel='alternate'][type='application/atom+xml']").count() == 1
    assert page.locator(".md-content a[href='feed.xml']").is_visible()
    shot("1-start")
    page.locator(".md-content svg.bv-timeline a").first.click()  # a mark is a link to its event
    page.wait_for_load_state("load")
    assert "/ereignisse/" in page.url and page.locator("svg.bv-graph").is_visible()
    page.goto(site_url + "/")

    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type("Gefangenenaustausch", delay=20)  # Material searches on key events
    result = page.locator(".md-search-result__item a").first
    result.wait_for(state="visible", timeout=10_000)
    shot("2-search")
    result.click()
    page.wait_for_load_state("load")
    assert "Gefangenenaustausch" in page.content()
    shot("3-search-result")

    page.goto(site_url + "/themen/gefangenenaustausch/")
    assert page.locator("h1").first.inner_text().strip().rstrip("#¶ ") == "Gefangenenaustausch"
    assert_timeline()
    page.locator("details.bv-alt summary").first.click()  # open the text alternative
    assert page.locator("details.bv-alt li a").first.is_visible()
    shot("4-topic")

    page.locator(".md-content h3 a[href*='ereignisse/']").first.click()
    page.wait_for_load_state("load")
    graph = page.locator(".md-content svg.bv-graph")
    assert graph.is_visible() and graph.get_attribute("role") == "img"
    assert graph.locator("title").first.text_content().strip().startswith("Beteiligte")
    assert graph.locator("a .bv-node").count() >= 2  # at least two parties, each linking to its page
    assert page.locator(".brief-badges .bv-badge--quellen").is_visible()
    shot("5-event")
    evidence_link = page.locator(".md-content a.beleg-link[href*='quellen/'][href*='#ev-']").first
    href = evidence_link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    evidence_link.click()
    page.wait_for_load_state("load")
    assert page.url.endswith("#" + anchor)
    target = page.locator(f"[id='{anchor}']")
    assert target.is_visible()
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent"), "the evidence sentence is not highlighted"
    shot("6-evidence")

    page.goto(site_url + "/zeitleiste/")
    timeline_svg = page.locator(".md-content svg.bv-timeline")
    assert timeline_svg.is_visible() and page.locator(".md-content .bv-badge--quellen").count() >= 1
    shot("7-timeline")

    page.goto(site_url + "/akteure/donald-trump/")
    assert_timeline()
    assert page.locator(".md-content a[href*='wladimir-putin']").first.is_visible()  # a counterpart
    page.locator("#gegenuber").scroll_into_view_if_needed()
    shot("8-party")

    response = page.request.get(site_url + "/feed.xml")
    assert response.ok
    feed = ET.fromstring(response.body())
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert entries and all(e.find("{http://www.w3.org/2005/Atom}link").get("href") for e in entries)
    assert errors == [], f"console errors: {errors}"
