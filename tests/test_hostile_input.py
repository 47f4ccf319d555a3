"""Hostile and broken reports (issue 6): one clear line each, the run goes on, nothing is damaged.

Every test runs the real `briefing` command on a temp seeds folder holding one good report and
the hostile one, and checks the line printed, the exit status, and that the neighbours (the good
report's brief, a brief the hostile report had before) are untouched.
"""

from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.store import parse_brief_text

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
GOOD = "001_b7d16c56b0be5410.txt"
GOOD_TEXT = (ROOT / "seeds" / GOOD).read_text(encoding="utf-8")
# A second report that yields a brief of its own (the first seed, with a day header).
OTHER_TEXT = " date 2025-03-18 " + (ROOT / "seeds" / "000_7cc455f44078e48b.txt").read_text(encoding="utf-8").split(" ", 3)[3]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the generator keeps its cache in the working folder


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / GOOD).write_text(GOOD_TEXT, encoding="utf-8")
    return folder


def generate(capsys, seeds: Path, *extra: str) -> tuple[int, list[str]]:
    status = main(["generate", "--seeds", str(seeds), "--briefings", "briefings", "--data", str(DATA), *extra])
    return status, capsys.readouterr().out.splitlines()


def briefs() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(Path("briefings").glob("*.yaml"))}


def line_for(lines: list[str], name: str) -> str:
    found = [line for line in lines if name in line and not line.startswith(("new ", "unchanged ", "updated "))]
    assert len(found) == 1, lines
    return found[0]


def assert_neighbours_untouched(before: dict[str, bytes], lines: list[str]) -> None:
    after = briefs()
    for name, data in before.items():
        assert after[name] == data, f"{name} changed"
    assert any(line.startswith("unchanged ") for line in lines), lines


def assert_no_traceback(capsys_err: str) -> None:
    assert "Traceback" not in capsys_err


@pytest.fixture
def baseline(capsys, seeds: Path) -> dict[str, bytes]:
    status, _ = generate(capsys, seeds)
    assert status == 0
    return briefs()


def test_empty_file(capsys, seeds, baseline):
    (seeds / "leer.txt").write_bytes(b"")
    status, lines = generate(capsys, seeds)
    assert status == 1
    assert line_for(lines, "leer.txt") == f"failed    {seeds / 'leer.txt'}: empty report (no text): skipped"
    assert lines[-1] == "2 reports: 0 new, 0 updated, 1 unchanged, 1 failed"
    assert_neighbours_untouched(baseline, lines)


def test_whitespace_only(capsys, seeds, baseline):
    (seeds / "leer.txt").write_text("  \n\t\r\n   \n", encoding="utf-8")
    status, lines = generate(capsys, seeds)
    assert status == 1
    assert line_for(lines, "leer.txt") == f"failed    {seeds / 'leer.txt'}: empty report (no text): skipped"
    assert_neighbours_untouched(baseline, lines)


def test_binary_data_with_txt_name_leaves_the_earlier_brief_alone(capsys, seeds, baseline):
    (seeds / "bild.txt").write_text(OTHER_TEXT, encoding="utf-8")
    assert generate(capsys, seeds)[0] == 0
    before = briefs()
    (seeds / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (seeds / "zufall.txt").write_bytes(bytes(range(1, 256)) * 8)  # no NUL byte, still not text
    status, lines = generate(capsys, seeds)
    assert status == 1
    assert line_for(lines, "bild.txt") == f"failed    {seeds / 'bild.txt'}: binary data, not a text report (NUL bytes): skipped"
    assert line_for(lines, "zufall.txt") == (
        f"failed    {seeds / 'zufall.txt'}: binary data or an unknown encoding (neither UTF-8 nor Windows-1252, "
        f"byte 127): skipped")
    assert briefs() == before  # the brief bild.txt had before is kept as it was


def test_windows_1252_text_is_decoded_with_a_note(capsys, seeds, baseline):
    text = " date 2025-03-19 " + GOOD_TEXT.replace("„", '"').replace("“", '"').replace("–", "-")
    (seeds / "ansi.txt").write_bytes(text.encode("cp1252"))
    status, lines = generate(capsys, seeds)
    assert status == 0
    assert line_for(lines, "ansi.txt").startswith(f"note      {seeds / 'ansi.txt'}: not UTF-8 (byte ")
    assert line_for(lines, "ansi.txt").endswith("): decoded as Windows-1252")
    new = set(briefs()) - set(baseline)
    assert len(new) == 1
    assert "Präsident" in Path("briefings", new.pop()).read_text(encoding="utf-8")  # umlauts decoded right
    assert_neighbours_untouched(baseline, lines)


def test_utf8_with_bom_and_crlf(capsys, seeds, baseline):
    text = " date 2025-03-19 " + GOOD_TEXT
    (seeds / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    status, lines = generate(capsys, seeds)
    assert status == 0
    assert not [line for line in lines if "bom.txt" in line]  # nothing to report: read as plain UTF-8
    new = set(briefs()) - set(baseline)
    assert len(new) == 1
    text = Path("briefings", new.pop()).read_text(encoding="utf-8")
    data = parse_brief_text(text, "x")
    assert data["date"] == "2025-03-18"  # the text's own date; the header was read, not kept as text
    assert "\ufeff" not in text and "\r" not in text and "date 2025" not in data["summary"]
    assert [i["evidence"] for i in data["outcome"]]
    assert_neighbours_untouched(baseline, lines)


@pytest.mark.parametrize("header, message", [
    (" date 2025-13 ", "line 1: date header '2025-13' has no month 13: ignored"),
    (" date 25-3 ", "line 1: malformed date header '25-3' (expected YYYY-MM or YYYY-MM-DD): ignored"),
])
def test_malformed_date_header(capsys, seeds, baseline, header, message):
    (seeds / "kopf.txt").write_text(header + GOOD_TEXT.lstrip(), encoding="utf-8")
    status, lines = generate(capsys, seeds)
    assert status == 0  # the date comes from the text ("am 18. März 2025") instead
    assert line_for(lines, "kopf.txt") == f"note      {seeds / 'kopf.txt'}: {message}"
    assert_neighbours_untouched(baseline, lines)


def test_very_large_file_is_cut_at_the_sentence_limit(capsys, seeds, baseline):
    big = seeds / "gross.txt"
    paragraph = OTHER_TEXT.split(" ", 3)[3]
    big.write_text(" date 2025-03-18 " + "\n".join([paragraph] * 1200), encoding="utf-8")
    assert big.stat().st_size > 2_500_000
    status, lines = generate(capsys, seeds, "--max-sentences", "300")
    assert status == 0
    line = line_for(lines, "gross.txt")
    assert line.startswith(f"note      {big}: ")
    assert line.endswith("sentences, over the limit of 300 (raise it with --max-sentences): only the first 300 were analysed")
    new = set(briefs()) - set(baseline)
    assert len(new) == 1
    assert main(["check", "--briefings", "briefings", "--seeds", str(seeds), "--data", str(DATA)]) == 0
    assert_neighbours_untouched(baseline, lines)


def test_file_over_the_byte_limit_is_skipped(capsys, seeds, baseline):
    big = seeds / "riesig.txt"
    big.write_bytes(b" date 2025-03-18 " + b"Ein Satz. " * 700_000)
    status, lines = generate(capsys, seeds)
    assert status == 1
    assert line_for(lines, "riesig.txt") == (
        f"failed    {big}: 7,000,017 bytes, over the limit of 5,000,000 (raise it with --max-bytes): skipped")
    assert_neighbours_untouched(baseline, lines)


def test_two_identical_files(capsys, seeds, baseline):
    shutil.copy(seeds / GOOD, seeds / "kopie.txt")
    status, lines = generate(capsys, seeds)
    assert status == 0
    assert line_for(lines, "kopie.txt") == f"skipped   {seeds / 'kopie.txt'}: same text as {GOOD}: treated as duplicate"
    assert briefs() == baseline  # no second brief
    assert_neighbours_untouched(baseline, lines)


def test_file_names_with_spaces_umlauts_and_shell_characters(capsys, seeds, baseline, tmp_path):
    names = ["Bericht über Öl & Gas (1).txt", "a;b $(rm -rf ~) `x` 'q'.txt", "..txt", "-n.txt"]
    for n, name in enumerate(names):
        (seeds / name).write_text(f" date 2025-0{n + 4}-0{n + 1} " + OTHER_TEXT.split(" ", 3)[3], encoding="utf-8")
    status, lines = generate(capsys, seeds)
    assert status == 0
    created = set(briefs()) - set(baseline)
    assert len(created) == len(names)
    for name in created:  # ids are slugs: nothing else in a file name, nothing outside briefings/
        assert re.fullmatch(r"[a-z0-9-]+\.yaml", name)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".briefing-cache", "briefings", "seeds"]
    sources = {yaml.safe_load(Path("briefings", n).read_text(encoding="utf-8"))["source"]["file"] for n in created}
    assert sources == set(names)
    assert_neighbours_untouched(baseline, lines)


INJECTION = (
    " date 2025-03-20 # Überschrift aus dem Bericht\n"
    "Berlin - <script>alert(1)</script> US-Präsident Donald Trump hat mit Wladimir Putin telefoniert und "
    "vereinbart, dass <img src=x onerror=alert(2)> die Gespräche weitergehen.\n"
    "Beide haben [klick](javascript:alert(1)) und ![bild](javascript:alert(3)) vereinbart, sagte ein Sprecher.\n"
    "{{ 7*7 }} Die beiden Präsidenten einigten sich auf {% raw %}ein Treffen{% endraw %} in Riad.\n"
    "parties: [hacked]\n"
    "---\n"
    "| a | b |\n"
    "!!! warning \"Achtung\"\n"
    "# Keine Überschrift\n"
    "Offen bleibt, ob die Ukraine dem Plan zustimmt, sagte Selenskyj.\n"
)


class Page(HTMLParser):
    """Scripts, event-handler attributes and link targets of a page, and its visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}={value}")
            if name in ("href", "src", "action", "formaction") and value:
                self.urls.append(value)
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        else:
            self.text.append(data)


def _config(tmp_path: Path) -> Path:
    """The repository's mkdocs.yml with absolute folders, so the build writes only under tmp."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(ROOT / "docs")
    config["theme"]["custom_dir"] = str(ROOT / "templates" / "theme")
    config["watch"] = [str(ROOT / w) for w in config.get("watch", [])]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "briefing" in plugin:
            plugin["briefing"].update(templates_dir=str(ROOT / "templates"), data_dir=str(DATA),
                                      cache_dir=str(tmp_path / "page-cache"))
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def test_injection_is_shown_as_text_and_build_exits_1_after_building(capsys, seeds, baseline, tmp_path):
    (seeds / "injektion.txt").write_text(INJECTION, encoding="utf-8")
    (seeds / "kaputt.txt").write_bytes(b"\x00\x01binary")
    site = tmp_path / "site"
    status = main(["build", "--seeds", str(seeds), "--briefings", "briefings", "--data", str(DATA),
                   "--site-dir", str(site), "--config", str(_config(tmp_path))])
    captured = capsys.readouterr()
    assert_no_traceback(captured.err)
    assert status == 1  # kaputt.txt failed ...
    assert f"failed    {seeds / 'kaputt.txt'}: binary data, not a text report (NUL bytes): skipped" in captured.out
    assert (site / "index.html").is_file()  # ... and the site was built from every good brief
    injected = [p for p in Path("briefings").glob("*.yaml") if "injektion.txt" in p.read_text(encoding="utf-8")]
    assert len(injected) == 1
    brief = yaml.safe_load(injected[0].read_text(encoding="utf-8"))
    assert brief["parties"] != ["hacked"] and "hacked" not in str(brief["parties"])
    pages = [p for p in site.rglob("*.html")]
    shown: list[str] = []
    for path in pages:
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        assert not [s for s in page.scripts if "alert" in s], path
        assert not page.handlers, (path, page.handlers)
        assert not [u for u in page.urls if u.strip().lower().startswith(("javascript:", "data:", "vbscript:"))], path
        shown.append(html.unescape("".join(page.text)))
    source = next(t for p, t in zip(pages, shown) if "quellen" in p.parts and "injektion" in str(p))
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "[klick](javascript:alert(1))",
                    "{{ 7*7 }}", "{% raw %}", "parties: [hacked]", "| a | b |", '!!! warning "Achtung"',
                    "# Keine Überschrift"):
        assert literal in source, literal
    assert not re.search(r"\b49\b", source)  # the template syntax was never evaluated


def test_ids_from_content_or_hand_edits_cannot_leave_their_folders(capsys, seeds, baseline, tmp_path):
    target = next(iter(baseline))
    brief = Path("briefings", target)
    brief.write_text(brief.read_text(encoding="utf-8").replace(f"id: {target[:-5]}", "id: ../../../escaped"),
                     encoding="utf-8")
    site = tmp_path / "site"
    status = main(["build", "--seeds", str(seeds), "--briefings", "briefings", "--data", str(DATA),
                   "--site-dir", str(site), "--config", str(_config(tmp_path))])
    captured = capsys.readouterr()
    assert status == 1
    assert f"briefings/{target}:3:1: id '../../../escaped' may contain only lowercase letters" in captured.err
    outside = [p for p in tmp_path.parent.rglob("*escaped*")]
    assert outside == []


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # a first signal may land in a gc hook
def test_a_report_whose_analysis_runs_too_long_is_given_up_not_waited_for(nlp, knowledge):
    """A rule that loops on one text must cost that report, not the run."""
    from generator.ingest import parse_report
    from generator.workers import extract_one
    report = parse_report("lang.txt", (" date 2025-03 " + "Die Stadt und der Verein haben sich geeinigt. " * 400).encode())
    outcome = extract_one(report, nlp, knowledge, seconds=0.001)
    assert outcome.extraction is None
    assert "took longer than" in outcome.error
    assert extract_one(report, nlp, knowledge).extraction is not None  # with the normal limit it goes through
