"""Limits on what is analysed, decoding corner cases, the progress bar, and the new CLI options."""

from __future__ import annotations

import io

import pytest

from generator.cli import main
from generator.ingest import ReportError, decode, limit_report, parse_report
from generator.progress import Progress, wanted

TEXT = "Putin und Trump telefonierten am Dienstag. Die Ukraine wartet auf ein Ergebnis.\n"


def test_small_report_is_left_as_it_is():
    report = parse_report("a.txt", TEXT.encode("utf-8"))
    assert limit_report(report, max_sentences=5) is report


def test_sentence_limit_keeps_a_verbatim_prefix_and_says_so():
    report = parse_report("a.txt", (TEXT * 10).encode("utf-8"))
    limited = limit_report(report, max_sentences=3)
    assert report.body.startswith(limited.body)
    assert limited.body.endswith("telefonierten am Dienstag.")
    assert limited.notes == ("20 sentences, over the limit of 3 (raise it with --max-sentences): "
                             "only the first 3 were analysed",)
    assert limited.sha256 == report.sha256  # still the file's own hash


def test_character_limit_cuts_at_a_space():
    report = parse_report("a.txt", ("Wort " * 3000).encode("utf-8"))
    limited = limit_report(report, max_sentences=10_000, max_chars=1000)
    assert len(limited.body) <= 1000 and limited.body.endswith("Wort")
    assert limited.notes == ("15,000 characters, over the limit of 1,000: only the first 999 were analysed",)


def test_utf16_with_byte_order_mark_is_decoded():
    text, notes = decode(TEXT.encode("utf-16"))
    assert text == TEXT and notes == ("UTF-16 text (byte order mark): decoded as UTF-16",)
    with pytest.raises(ReportError, match="starts like UTF-16 text but is not"):
        decode(b"\xff\xfe\x00")


def test_progress_draws_on_a_terminal_only():
    stream = io.StringIO()
    assert not wanted(stream)
    with Progress(3, "analysing", stream=stream, enabled=True) as bar:
        for _ in range(3):
            bar.advance()
    out = stream.getvalue()
    assert "\ranalysing [" in out and "3/3" in out and out.endswith("\r\x1b[2K")
    quiet = io.StringIO()
    with Progress(3, "analysing", stream=quiet) as bar:
        bar.advance(3)
    assert quiet.getvalue() == ""


@pytest.mark.parametrize("option, value, message", [
    ("--max-sentences", "0", "too small"), ("--max-bytes", "zehn", "not a whole number"), ("--jobs", "-1", "negative"),
])
def test_bad_limits_are_usage_errors(tmp_path, capsys, option, value, message):
    with pytest.raises(SystemExit) as exc:
        main(["generate", "--seeds", str(tmp_path), option, value])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err
