"""Fuzzing ingest, extraction, the brief writer and page rendering with random report text.

Whatever the text, the run never crashes: a report is refused with a ReportError or NoDateError,
or it yields a brief that the writer writes, the round-trip reader reads back unchanged, and the
validator accepts; and every page rendered from it, turned into HTML as MkDocs would, holds no
script, no event handler and no javascript: link, and shows the report's markup as text.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.catalog import Catalog
from generator.extract.compose import NoDateError, extract_brief
from generator.ingest import ReportError, limit_report, parse_report
from generator.site import build_pages
from generator.store import dump_new_brief, parse_brief_text, plain
from generator.validate import validate_brief

ROOT = Path(__file__).resolve().parents[1]
EXTENSIONS = ["admonition", "attr_list", "def_list", "tables", "toc"]  # as in mkdocs.yml
SENTENCES = [s.strip() + "." for s in (ROOT / "seeds" / "001_b7d16c56b0be5410.txt").read_text(encoding="utf-8")
             .replace("\n", " ").split(". ") if len(s.split()) > 4][:12]
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[klick](javascript:alert(1))",
    "![b](javascript:alert(3))", "<a href='javascript:alert(4)'>x</a>", "{{ 7*7 }}", "{% raw %}", "{#", "}}",
    "parties: [hacked]", "---", "| a | b |", "!!! warning", "# Titel", "    code", "> Zitat", "* Punkt",
    "1. Liste", "{: .klasse onclick=alert(5) }", "&amp;", "&#60;script&#62;", "\\", "`", "*", "_", "~~",
    "\u202e", "\u2028", "\x85", "\ufeff", "\x00", "\x1b[31m", "😀", "e\u0301", "'", '"', "„", "“", ":", "- ",
    "am 18. März 2025", "Trump und Putin vereinbarten", "Offen bleibt, ob", "vereinbart.", "Putin", "Kiew",
]
TEXT = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HOSTILE), st.text(max_size=12)),
                min_size=1, max_size=25).flatmap(
    lambda parts: st.lists(st.sampled_from([" ", "\n", "\r\n", "", "\t", "  \n\n"]), min_size=len(parts),
                           max_size=len(parts)).map(lambda seps: "".join(p + s for p, s in zip(parts, seps))))


class Unsafe(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.problems: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "style"):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}")
            if name in ("href", "src") and value and re.match(r"\s*(javascript|vbscript|data):", value, re.I):
                self.problems.append(f"{tag} {name}={value}")

    def handle_data(self, data):
        self.text.append(data)


def check_page(path: str, text: str) -> str:
    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    parser = Unsafe()
    parser.feed(markdown.markdown(body, extensions=EXTENSIONS))
    assert not parser.problems, (path, parser.problems)
    return html.unescape("".join(parser.text))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=TEXT, header=st.sampled_from(["", " date 2025-03-18 ", " date 2025-03 ", " date 2025-13 "]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_random_text_never_crashes_nor_yields_an_invalid_brief_or_unsafe_page(nlp, knowledge, body, header, encoding):
    try:
        data = (header + body).encode(encoding)
    except UnicodeEncodeError:
        data = (header + body).encode("utf-8")
    try:
        report = limit_report(parse_report("zufall.txt", data), max_sentences=40)
        extraction = extract_brief(report, nlp, knowledge)
    except (ReportError, NoDateError):
        return
    brief = extraction.brief.to_dict()
    text = dump_new_brief(brief)
    node = parse_brief_text(text, f"{brief['id']}.yaml")
    assert plain(node) == brief
    full = parse_report("zufall.txt", data)  # the site and the checker see the whole report
    assert validate_brief(node, f"briefings/{brief['id']}.yaml", knowledge, {"zufall.txt": full}) == []

    catalog = Catalog(briefs=[brief], paths={brief["id"]: Path(f"{brief['id']}.yaml")}, reports={"zufall.txt": full})
    pages = build_pages(catalog, knowledge, ROOT / "templates").files
    shown = {path: check_page(path, page) for path, page in pages.items()}
    source = next(t for p, t in shown.items() if p.startswith("quellen/") and p != "quellen/index.md")
    for hostile in ("<script>alert(1)</script>", "{{ 7*7 }}", "[klick](javascript:alert(1))"):
        if hostile in " ".join(full.body.split()):
            assert hostile in " ".join(source.split()), hostile
