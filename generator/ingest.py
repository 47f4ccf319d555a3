"""Reading report files: decoding, the optional date header, and problems worth reporting.

A report is plain text; its first line may start with ` date YYYY-MM` or ` date YYYY-MM-DD`,
the article continuing on the same line. The body keeps the report's characters exactly (line
endings normalised to LF), because evidence sentences must stand verbatim in it.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 5_000_000
# Sentences analysed per report; a news report has 20 to 60. Beyond the limit the rest is cut.
DEFAULT_MAX_SENTENCES = 1_000
# Characters analysed per report: spaCy's own limit (nlp.max_length), far above any report.
MAX_CHARS = 1_000_000

_HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<value>\S+)[ \t]?")
_HEADER_VALUE = re.compile(r"\A(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2}))?\Z")


@dataclass(frozen=True)
class HeaderDate:
    year: int
    month: int
    day: int | None = None

    @property
    def text(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class Report:
    """One decoded report. `body` is the article text without the header token."""

    file: str
    sha256: str
    body: str
    header: HeaderDate | None
    notes: tuple[str, ...] = ()


class ReportError(Exception):
    """The report cannot be used; the message says why and what to do."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 with a note; binary
    data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ("UTF-16 text (byte order mark): decoded as UTF-16",)
        except UnicodeDecodeError:
            raise ReportError("starts like UTF-16 text but is not: skipped") from None
    if b"\x00" in data[:4096]:
        raise ReportError("binary data, not a text report (NUL bytes): skipped")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        where = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ReportError(f"binary data or an unknown encoding (neither UTF-8 nor Windows-1252, "
                          f"byte {where}): skipped") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r")
    if controls > max(8, len(text) // 100):
        raise ReportError("binary data, not a text report: skipped")
    return text, (f"not UTF-8 (byte {where}): decoded as Windows-1252",)


def parse_header(text: str) -> tuple[HeaderDate | None, str, tuple[str, ...]]:
    """Split the optional date header from the body. A malformed header is reported, not fatal."""
    match = _HEADER.match(text)
    if not match:
        return None, text, ()
    value = match.group("value")
    body = text[match.end():]
    parsed = _HEADER_VALUE.match(value)
    if not parsed:
        return None, body, (f"line 1: malformed date header {value!r} (expected YYYY-MM or YYYY-MM-DD): ignored",)
    year, month = int(parsed.group("year")), int(parsed.group("month"))
    day = int(parsed.group("day")) if parsed.group("day") else None
    if not 1 <= month <= 12:
        return None, body, (f"line 1: date header {value!r} has no month {month}: ignored",)
    if day is not None:
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None, body, (f"line 1: date header {value!r} names no real day: ignored",)
    return HeaderDate(year, month, day), body, ()


def parse_report(name: str, data: bytes) -> Report:
    text, notes = decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReportError("empty report (no text): skipped")
    header, body, header_notes = parse_header(text)
    if not body.strip():
        raise ReportError("report has a header but no text: skipped")
    return Report(name, sha256_hex(data), body, header, notes + header_notes)


def _cut(text: str, end: int) -> int:
    """A cut at or before `end`, at whitespace when there is some in the last 1,000 characters."""
    space = max(text.rfind(" ", end - 1000, end), text.rfind("\n", end - 1000, end))
    return space if space > 0 else end


def limit_report(report: Report, max_sentences: int = DEFAULT_MAX_SENTENCES, max_chars: int = MAX_CHARS) -> Report:
    """The report with only its first `max_sentences` sentences (and `max_chars` characters), and a
    note saying so; the body stays a verbatim prefix of the report, so evidence still stands in it."""
    from generator.nlp.segment import segment

    body, notes = report.body, list(report.notes)
    capped = len(body) > max_chars
    if capped:
        body = body[:_cut(body, max_chars)]
    # Every sentence ends at a punctuation mark or a line end: a cheap upper bound first.
    bound = body.count(".") + body.count("!") + body.count("?") + body.count("\n") + 1
    sentences = [s for s in segment(body) if s.kind == "sentence"] if bound > max_sentences else []
    if len(sentences) > max_sentences:
        body = body[:sentences[max_sentences - 1].end]
        notes.append(f"{len(sentences):,}{'+' if capped else ''} sentences, over the limit of {max_sentences:,} "
                     f"(raise it with --max-sentences): only the first {max_sentences:,} were analysed")
    elif capped:
        notes.append(f"{len(report.body):,} characters, over the limit of {max_chars:,}: "
                     f"only the first {len(body):,} were analysed")
    if body is report.body:
        return report
    return Report(report.file, report.sha256, body, report.header, tuple(notes))


def read_report(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    size = path.stat().st_size
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if size > max_bytes:
        raise ReportError(
            f"{size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes): skipped"
        )
    return parse_report(path.name, data)


def list_reports(seeds_dir: Path) -> list[Path]:
    return sorted(p for p in seeds_dir.glob("*.txt") if p.is_file())
