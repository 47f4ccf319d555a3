"""Events on the site: merged items with counts, contradictions, outlook, status history.

Small synthetic briefs and reports of our own, rendered without MkDocs; then one real
`mkdocs build --strict` of the seed briefs, checking the 18 March event page.
"""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

import pytest

from generator.catalog import Catalog, load_catalog
from generator.ingest import parse_report, sha256_hex
from generator.knowledge import load_knowledge
from generator.mkdocs_plugin import build_site
from generator.site import render_site
from generator.site.context import BriefView, EventSource, Figure
from generator.site.corroborate import compare_figures, label_key, merge_items, value_key
from generator.site.dates import parse_date
from generator.site.outlook import next_step

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
BRIEFINGS = ROOT / "briefings"
SEEDS = ROOT / "seeds"

# Three outlets on one call; the duration differs, the prisoner count agrees.
REPORTS = {
    "a.txt": " date 2025-03-18 Berlin (dpa) - Das Telefonat dauerte knapp zwei Stunden. "
             "Russland setzt Angriffe auf die Energieinfrastruktur für 30 Tage aus. "
             "Je 175 Kriegsgefangene sollen ausgetauscht werden. Eine Reaktion aus Kiew steht noch aus.\n",
    "b.txt": " date 2025-03-18 Moskau (taz) - Das Gespräch dauerte zwei Stunden und 28 Minuten. "
             "Der Kreml sagte zu, 30 Tage lang keine Energieanlagen anzugreifen. "
             "Ein Gefangenenaustausch von 175 Kriegsgefangenen wurde vereinbart. "
             "Eishockeyspiele sind geplant.\n",
    "c.txt": " date 2025-03-18 Wien (APA) - Putin stoppte Angriffe auf die Energieinfrastruktur für 30 Tage. "
             "Das Telefonat dauerte fast zwei Stunden.\n",
}


def _sentence(file: str, start: str) -> str:
    body = REPORTS[file].split(" - ", 1)[1]
    return next(s.strip() + "." for s in body.split(".") if s.strip().startswith(start))


def _brief(bid: str, file: str, outlet: str, outcome, open_issues=(), figures=(), event="2025-03-18-telefonat",
           date="2025-03-18", topics=("waffenruhe", "gefangenenaustausch", "energieinfrastruktur")) -> dict:
    return {
        "id": bid, "title": f"Telefonat ({outlet})", "date": date, "date_precision": "day" if len(date) == 10 else "month",
        "source": {"file": file, "outlet": outlet, "sha256": sha256_hex(REPORTS[file].encode("utf-8"))},
        "event": event, "parties": [{"name": "Donald Trump"}, {"name": "Wladimir Putin"}],
        "outcome": [{"text": t, "evidence": _sentence(file, e)} for t, e in outcome],
        "open_issues": [{"text": t, "evidence": _sentence(file, e)} for t, e in open_issues],
        "topics": list(topics),
        "figures": [{"value": v, "label": lab, "evidence": _sentence(file, e)} for v, lab, e in figures],
    }


THREE = [
    _brief("b-a", "a.txt", "dpa",
           [("Russland setzt Angriffe auf die Energieinfrastruktur für 30 Tage aus.", "Russland setzt"),
            ("Je 175 Kriegsgefangene sollen ausgetauscht werden.", "Je 175")],
           [("Eine Reaktion aus Kiew steht noch aus.", "Eine Reaktion")],
           [("knapp 2 Stunden", "Dauer", "Das Telefonat"), ("175", "Kriegsgefangene je Seite", "Je 175")]),
    _brief("b-b", "b.txt", "taz",
           [("Der Kreml sagte zu, 30 Tage lang keine Energieanlagen anzugreifen.", "Der Kreml"),
            ("Ein Gefangenenaustausch von 175 Kriegsgefangenen wurde vereinbart.", "Ein Gefangenenaustausch"),
            ("Eishockeyspiele sind geplant.", "Eishockeyspiele")],
           figures=[("2 Stunden 28 Minuten", "Dauer", "Das Gespräch"),
                    ("175", "Kriegsgefangenen je Seite", "Ein Gefangenenaustausch")]),
    _brief("b-c", "c.txt", "APA",
           [("Putin stoppte Angriffe auf die Energieinfrastruktur für 30 Tage.", "Putin stoppte")],
           figures=[("fast 2 Stunden", "Dauer", "Das Telefonat")]),
]


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(ROOT / "data")


def catalog_of(briefs: list[dict], reports: dict[str, str] = REPORTS) -> Catalog:
    catalog = Catalog(briefs=briefs)
    for name, text in reports.items():
        catalog.reports[name] = parse_report(name, text.encode("utf-8"))
    for brief in briefs:
        catalog.paths[brief["id"]] = Path(f"briefings/{brief['id']}.yaml")
    return catalog


@pytest.fixture(scope="module")
def three(knowledge):
    return render_site(catalog_of(THREE), knowledge, TEMPLATES)


def test_event_page_merges_items_and_counts_sources(three):
    page = three["ereignisse/2025-03-18-telefonat.md"]
    assert "3 Quellen" in page
    for outlet in ("dpa", "taz", "APA"):
        assert f"- **{outlet}** · 18&#46; März 2025 · [Telefonat ({outlet})]" in page
    lines = {line.split(" <span")[0][2:]: line for line in page.splitlines() if line.startswith("- ")}
    energy = lines["Russland setzt Angriffe auf die Energieinfrastruktur für 30 Tage aus."]
    assert '<span class="quellen-zahl">3 Quellen</span>' in energy
    assert energy.count("](../quellen/") == 3 and "[taz](../quellen/b.md#ev-" in energy
    prisoners = lines["Je 175 Kriegsgefangene sollen ausgetauscht werden."]
    assert '<span class="quellen-zahl">2 Quellen</span>' in prisoners
    hockey = lines["Eishockeyspiele sind geplant."]
    assert "nur in 1 Quelle" in hockey and hockey.count("](../quellen/") == 1
    assert "Der Kreml sagte zu" not in page  # merged into the first wording


def test_every_event_link_lands_on_a_marked_sentence(three):
    page = three["ereignisse/2025-03-18-telefonat.md"]
    links = re.findall(r"\]\(\.\./(quellen/[a-z]\.md)#(ev-[0-9a-f]{10})\)", page)
    assert len(links) >= 9
    for source, anchor in links:
        assert f'id="{anchor}"' in three[source], (source, anchor)


def test_duration_contradiction_side_by_side(three):
    page = three["ereignisse/2025-03-18-telefonat.md"]
    section = page.split("## Abweichende Angaben", 1)[1].split("\n## ", 1)[0]
    assert "| Angabe | dpa | taz | APA |" in section
    row = next(line for line in section.splitlines() if line.startswith("| **Dauer**"))
    cells = [c.strip() for c in row.strip("|").split(" | ")]
    assert cells[1].startswith("knapp 2 Stunden [Beleg](../quellen/a.md#ev-")
    assert cells[2].startswith("2 Stunden 28 Minuten [Beleg](../quellen/b.md#ev-")
    assert cells[3].startswith("fast 2 Stunden [Beleg](../quellen/c.md#ev-")
    assert "Kriegsgefangene" not in section  # 175 and 175 agree
    assert "| Kriegsgefangene je Seite | 175 | 2 |" in page


def test_outlook_on_event_and_topic_pages(three):
    event = three["ereignisse/2025-03-18-telefonat.md"].split("## Ausblick", 1)[1]
    assert "- **30 Tage**: Russland setzt Angriffe" in event
    assert "- **ohne Termin**: Eishockeyspiele sind geplant." in event
    topic = three["themen/energieinfrastruktur.md"].split("## Ausblick", 1)[1].split("\n## ", 1)[0]
    assert "**30 Tage**: Russland setzt Angriffe auf die Energieinfrastruktur" in topic
    assert "Eishockey" not in topic  # names no term of the topic


def _view(bid: str, outlet: str, figures=(), outcome=()) -> EventSource:
    from generator.site.context import Item

    brief = BriefView(bid, bid, f"briefe/{bid}.md", parse_date("2025-03-18"), "", None, None, "", (), (),
                      tuple(Item(t, t, None) for t in outcome), (), (), tuple(figures), False, "", "")
    return EventSource(outlet, brief)


def test_contradiction_detection_by_label():
    sources = [
        _view("a", "A", [Figure("knapp 2 Stunden", "Dauer"), Figure("175", "Kriegsgefangenen je Seite"),
                         Figure("30", "Tage"), Figure("90", "Tage")]),
        _view("b", "B", [Figure("2 Stunden 28 Minuten", "Dauer"), Figure("175", "Kriegsgefangene je Seite"),
                         Figure("45", "Tage")]),
        _view("c", "C", [Figure("1.000", "Soldaten")]),
        _view("d", "D", [Figure("1000", "Soldaten")]),
    ]
    found = {f.label: f for f in compare_figures(sources)}
    assert found["Dauer"].differs and found["Dauer"].values == ("knapp 2 Stunden", "2 Stunden 28 Minuten")
    assert [c.value for c in found["Dauer"].cells] == ["knapp 2 Stunden", "2 Stunden 28 Minuten", "", ""]
    assert not found["Kriegsgefangenen je Seite"].differs and found["Kriegsgefangenen je Seite"].sources == 2
    assert not found["Soldaten"].differs  # 1.000 and 1000 are one value
    assert not found["Tage"].differs  # A gives two values for "Tage": which one B contradicts is unknown
    assert found["Tage"].cells[0].value == "30 / 90"
    assert label_key("Kriegsgefangenen je Seite") == label_key("Kriegsgefangene je Seite")
    assert value_key("Knapp 2  Stunden") == value_key("knapp 2 Stunden")


def test_merging_counts_distinct_reports():
    sources = [
        _view("a", "A", outcome=["Russland setzt Angriffe auf Energieanlagen für 30 Tage aus.",
                                 "Russland stoppt für 30 Tage Angriffe auf die Energieinfrastruktur."]),
        _view("b", "B", outcome=["Je 175 Kriegsgefangene werden ausgetauscht.",
                                 "Angriffe auf Energieanlagen ruhen 30 Tage."]),
        _view("c", "C", outcome=["Je 1.000 Kriegsgefangene werden ausgetauscht."]),
    ]
    merged = merge_items(sources, "outcome", frozenset({"russland"}))
    assert [(m.text, m.sources, len(m.mentions)) for m in merged] == [
        ("Russland setzt Angriffe auf Energieanlagen für 30 Tage aus.", 2, 3),
        ("Je 175 Kriegsgefangene werden ausgetauscht.", 1, 1),
        ("Je 1.000 Kriegsgefangene werden ausgetauscht.", 1, 1),
    ]


@pytest.mark.parametrize("text, open_issue, when", [
    ("Die Gespräche sollen im Nahen Osten stattfinden.", False, ""),
    ("Diese Gruppen sollen sich bald im Nahen Osten treffen.", False, "bald"),
    ("Russland setzt Angriffe für 30 Tage aus.", False, "30 Tage"),
    ("Putin ordnete einen 30-tägigen Stopp der Angriffe an.", False, "30 Tage"),
    ("Die Minister treffen sich in der kommenden Woche in Berlin.", False, "in der kommenden Woche"),
    ("Die Experten sollen am 24. März in Riad beginnen.", False, "am 24. März"),
    ("Die beiden Präsidenten hätten ein Treffen vereinbart.", False, ""),
    ("Ein Vertrag soll in dieser Woche abgeschlossen werden, hofft Kiew.", True, "in dieser Woche"),
])
def test_next_steps_with_their_time(text, open_issue, when):
    plan = next_step(text, open_issue)
    assert plan is not None and plan.when == when


@pytest.mark.parametrize("text, open_issue", [
    ("Putin soll seiner Armee bereits das Kommando dazu gegeben haben.", False),
    ("Trump stimme mit Putin überein, dass der Krieg beendet werden müsse.", False),
    ("Viele Elemente eines Abkommens seien bereits vereinbart worden.", False),
    ("Der Westen soll keine weiteren Waffen liefern.", True),
    ("Ein genauer Zeitpunkt wurde nicht genannt.", True),
])
def test_no_next_step(text, open_issue):
    assert next_step(text, open_issue) is None


HISTORY_REPORTS = {
    "m.txt": " date 2025-03-18 Berlin - Ein Austausch von je 175 Kriegsgefangenen soll bald stattfinden. "
             "Die Ukraine fordert eine Waffenruhe für 30 Tage. Über die Krim gibt es keine Einigung.\n",
    "a.txt": " date 2025-04-20 Berlin - Je 175 Kriegsgefangene wurden am Sonntag ausgetauscht. "
             "Selenskyj fordert erneut eine Waffenruhe für 30 Tage.\n",
    "j.txt": " date 2025-06-02 Berlin - Kiew verlangt weiter eine Waffenruhe von 30 Tagen.\n",
}


def _history_brief(bid, file, date, outcome=(), open_issues=(), topics=("waffenruhe", "gefangenenaustausch")):
    sentences = [s.strip() + "." for s in HISTORY_REPORTS[file].split(" - ", 1)[1].split(".") if s.strip()]
    pick = {s.split()[0] + s.split()[1]: s for s in sentences}
    return {"id": bid, "title": bid, "date": date, "date_precision": "day", "event": bid,
            "source": {"file": file, "sha256": sha256_hex(HISTORY_REPORTS[file].encode("utf-8"))},
            "parties": [{"name": "Wolodymyr Selenskyj"}, {"name": "Wladimir Putin"}],
            "outcome": [{"text": pick[k], "evidence": pick[k]} for k in outcome],
            "open_issues": [{"text": pick[k], "evidence": pick[k]} for k in open_issues],
            "topics": list(topics)}


@pytest.fixture(scope="module")
def history_site(knowledge):
    briefs = [
        _history_brief("maerz", "m.txt", "2025-03-18", ["EinAustausch"], ["DieUkraine", "Überdie"],
                       topics=("waffenruhe", "gefangenenaustausch", "gebietsfragen")),
        _history_brief("april", "a.txt", "2025-04-20", ["Je175"], ["Selenskyjfordert"]),
        _history_brief("juni", "j.txt", "2025-06-02", [], ["Kiewverlangt"]),
    ]
    return render_site(catalog_of(briefs, HISTORY_REPORTS), knowledge, TEMPLATES)


def _history(page: str) -> list[str]:
    """The entries of the page's status history, each with its follow-up lines."""
    return page.split("## Offene Punkte im Verlauf", 1)[1].split("\n## ", 1)[0].split("\n- ")[1:]


def test_status_history_done_repeated_and_silent(history_site):
    outlook = history_site["themen/gefangenenaustausch.md"].split("## Ausblick", 1)[1].split("\n## ", 1)[0]
    assert "- **bald**: Ein Austausch von je 175 Kriegsgefangenen soll bald stattfinden." in outlook
    assert outlook.rstrip().endswith('">erledigt/umgesetzt</span>')
    first = _history(history_site["themen/gefangenenaustausch.md"])[0]
    assert first.startswith('<span class="verlauf-status verlauf-status--erledigt-umgesetzt">erledigt/umgesetzt</span> '
                            "Ein Austausch von je 175 Kriegsgefangenen soll bald stattfinden.")
    assert "(angekündigt seit [18&#46; März 2025](../ereignisse/maerz.md))" in first
    assert "    - 20&#46; April 2025, [april](../ereignisse/april.md): umgesetzt – „Je 175 Kriegsgefangene wurden" in first

    ceasefire = _history(history_site["themen/waffenruhe.md"])
    demand = next(e for e in ceasefire if "Die Ukraine fordert eine Waffenruhe" in e)
    assert demand.startswith('<span class="verlauf-status verlauf-status--erneut-offen">erneut offen</span>')
    assert demand.count("    - ") == 2 and "[april]" in demand and "[juni]" in demand
    again = next(e for e in ceasefire if e.split("</span> ")[1].startswith("Selenskyj fordert"))
    assert "erneut offen" in again and "[juni]" in again  # the April demand, taken up in June

    crimea = _history(history_site["akteure/wladimir-putin.md"])
    entry = next(e for e in crimea if "Krim" in e)
    assert entry.startswith('<span class="verlauf-status verlauf-status--kein-weiterer-bericht">kein weiterer Bericht')
    assert "    - " not in entry
    assert not any("Kiew verlangt" in e.split("\n")[0] for e in crimea)  # the latest event has nothing later


def test_hand_set_event_key_groups_the_site(knowledge):
    split = [dict(b, event=f"eigen-{b['id']}") for b in THREE]
    site = render_site(catalog_of(split), knowledge, TEMPLATES)
    assert {p for p in site if p.startswith("ereignisse/") and p != "ereignisse/index.md"} == {
        "ereignisse/eigen-b-a.md", "ereignisse/eigen-b-b.md", "ereignisse/eigen-b-c.md"}
    joined = [dict(THREE[0], event="mein-ereignis"), dict(THREE[1], event="mein-ereignis"), THREE[2]]
    site = render_site(catalog_of(joined), knowledge, TEMPLATES)
    assert "2 Quellen" in site["ereignisse/mein-ereignis.md"]
    assert "1 Quelle" in site["ereignisse/2025-03-18-telefonat.md"]


def test_timeline_lists_events_with_their_sources(three, knowledge):
    timeline = three["zeitleiste.md"]
    assert timeline.count("](ereignisse/2025-03-18-telefonat.md)") == 1
    entry = timeline.split("- **18&#46; März 2025** · ", 1)[1]
    assert all(f"](briefe/2025/03/b-{x}.md) · {o}" in entry for x, o in (("a", "dpa"), ("b", "taz"), ("c", "APA")))
    lone = render_site(catalog_of([{k: v for k, v in THREE[0].items() if k != "event"}]), knowledge, TEMPLATES)
    assert "- **18&#46; März 2025** · [Telefonat (dpa)](briefe/2025/03/b-a.md)" in lone["zeitleiste.md"]


# --- The seeds, built for real ---------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory, knowledge):
    tmp = tmp_path_factory.mktemp("seed-build")
    assert build_site(ROOT / "mkdocs.yml", tmp / "site", BRIEFINGS, SEEDS, ROOT / "data", cache_dir=tmp / "cache")
    catalog = load_catalog(BRIEFINGS, SEEDS, knowledge)
    key = next(b["event"] for b in catalog.briefs if b["source"]["file"].startswith("001_"))
    return tmp / "site", key


def test_seed_event_of_18_march(seed_site):
    site, key = seed_site
    page = (site / "ereignisse" / key / "index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    assert "18. März 2025 · 3 Quellen" in text
    assert len(re.findall(r'href="\.\./\.\./quellen/00[014]_[0-9a-f]+/"', page)) == 3
    assert re.search(r"Gefangenenaustausch geben\. 3 Quellen", text)
    assert re.search(r"30-tägigen Stopp der Angriffe auf die ukrainische Energieinfrastruktur an\. 3 Quellen", text)
    assert "nur in 1 Quelle" in text
    table = page.split('id="abweichende-angaben"', 1)[1].split("</table>", 1)[0]
    assert "<strong>Dauer</strong>" in table
    assert "knapp 2 Stunden" in table and "2 Stunden 28 Minuten" in table
    for href in re.findall(r'href="([^"]+#ev-[0-9a-f]{10})"', page):
        target, anchor = href.split("#")
        source = Path(posixpath.normpath(posixpath.join(str(site / "ereignisse" / key), target))) / "index.html"
        assert f'id="{anchor}"' in source.read_text(encoding="utf-8"), href
