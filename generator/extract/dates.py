"""The event's date: exact where the text fixes the day, else the month; never invented.

Sources, strongest first: an explicit date in the text in a sentence about the event ("am 18.
März 2025", "18.03.2025", "2025-03-18"), a weekday ("am Dienstag") resolved against a header
that names the day, the header's day, the header's month. A weekday without such an anchor only
supports the month. Dates of background facts ("im Wahlkampf", "Mitte Februar") never win.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from generator.extract.text import Analysed
from generator.ingest import HeaderDate

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
MONTH_NAMES = ("", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember")
WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(rf"\b(?P<day>[0-3]?\d)\.\s*(?P<month>{_MONTH_RE})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b", re.I)
_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)?\d\d)\b")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_MONTH_YEAR = re.compile(rf"\b(?:im\s+|seit\s+|bis\s+)?(?P<month>{_MONTH_RE})\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_WEEKDAY = re.compile(
    r"\b(?:am|vom|seit|bis)\s+(?:(?:frühen|späten|vergangenen|letzten|kommenden|nächsten)\s+)?"
    r"(?P<weekday>montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"(?P<part>morgen|vormittag|mittag|nachmittag|abend|nacht)?\b", re.I)
_BACKGROUND_BEFORE = re.compile(r"(vergangenen|letzten|kommenden|nächsten|vorigen)\s*$", re.I)
# "ab dem 1. August", "bis zum 9. Juli", "seit dem 7. Oktober": a deadline, start or earlier
# event, not the day the report is about.
_DEADLINE_BEFORE = re.compile(r"\b(?:ab|bis|seit|spätestens|frühestens|vor|nach)(?:\s+(?:dem|zum|den))?\s*$", re.I)
_EVENT_WORDS = ("telefon", "gespräch", "treffen", "gipfel", "verhandl", "stattfand", "fand", "unterzeich", "sitzung", "besuch")


@dataclass(frozen=True)
class DateFinding:
    value: str  # YYYY-MM-DD or YYYY-MM
    precision: str  # "day" | "month"
    evidence: str  # the words it was read from, or how it was inferred
    weekday: int | None = None  # weekday the text names for the event (0 = Monday), if any


@dataclass(frozen=True)
class DateCandidate:
    date: dt.date
    text: str
    sentence: int
    about_event: bool


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return dt.date(year, month, day)
    return None


def _year(raw: str | None, fallback: int | None) -> int | None:
    if raw is None:
        return fallback
    year = int(raw)
    return year + 2000 if year < 100 else year


def _earlier_event(sentence_text: str) -> bool:
    """'Das Abkommen war am 28. Februar gescheitert', 'Am Montag hatte Trump … gedroht': a main
    clause in the pluperfect tells of something before the reported event."""
    from generator.extract.statements import pluperfect_main_clause  # the same test the items use
    return pluperfect_main_clause(sentence_text)


def explicit_dates(sentence_text: str, sentence_index: int, fallback_year: int | None) -> list[DateCandidate]:
    """Every explicit calendar day in one sentence (none in a sentence about an earlier event)."""
    found: list[DateCandidate] = []
    if _earlier_event(sentence_text):
        return found
    about_event = any(w in sentence_text.lower() for w in _EVENT_WORDS)
    for pattern in (_DAY_MONTH, _NUMERIC, _ISO):
        for match in pattern.finditer(sentence_text):
            month_raw = match.group("month")
            month = MONTHS.get(month_raw.lower()) if not month_raw.isdigit() else int(month_raw)
            year = _year(match.group("year"), fallback_year)
            if month is None or year is None:
                continue
            date = _valid(year, month, int(match.group("day")))
            if date and not _DEADLINE_BEFORE.search(sentence_text[:match.start()]):
                found.append(DateCandidate(date, match.group(0).strip(), sentence_index, about_event))
    return found


def _weekday_mentions(analysed: Analysed, lead: int = 4) -> list[tuple[int, str, int]]:
    """(weekday, words, sentence) for 'am Dienstag' in the lead sentences, background excluded."""
    found = []
    for sentence in analysed.sentences[:lead]:
        if _earlier_event(sentence.text):
            continue
        for match in _WEEKDAY.finditer(sentence.text):
            if re.search(r"(vergangenen|letzten|kommenden|nächsten)\s", match.group(0), re.I):
                continue
            found.append((WEEKDAYS[match.group("weekday").lower()], match.group(0), sentence.index))
    return found


def _year_in_text(analysed: Analysed) -> int | None:
    years = re.findall(r"\b(20\d\d|19\d\d)\b", analysed.text)
    return int(years[0]) if years else None


def extract_date(analysed: Analysed) -> DateFinding | None:
    header: HeaderDate | None = analysed.report.header
    fallback_year = header.year if header else _year_in_text(analysed)
    candidates = [
        c for s in analysed.sentences for c in explicit_dates(s.text, s.index, fallback_year)
        if not header or (c.date.year, c.date.month) == (header.year, header.month) or header.day
    ]
    if header and header.day:  # a report cannot tell of a day after its own date
        issued = dt.date(header.year, header.month, header.day)
        candidates = [c for c in candidates if c.date <= issued]
    weekdays = _weekday_mentions(analysed)
    weekday = weekdays[0][0] if weekdays else None
    event_dates = [c for c in candidates if c.about_event] or [c for c in candidates if c.sentence < 3]
    if event_dates:
        best = event_dates[0]
        return DateFinding(best.date.isoformat(), "day", best.text, best.date.weekday())
    if header and header.day:
        anchor = dt.date(header.year, header.month, header.day)
        if weekdays:
            days_back = (anchor.weekday() - weekday) % 7
            day = anchor - dt.timedelta(days=days_back)
            return DateFinding(day.isoformat(), "day",
                               f"„{weekdays[0][1]}“ vor dem Datum der Kopfzeile {header.text}", weekday)
        return DateFinding(header.text, "day", f"Kopfzeile: date {header.text}", None)
    if header:
        note = f"Kopfzeile: date {header.text}"
        if weekdays:
            note += f"; im Text nur ein Wochentag („{weekdays[0][1]}“), kein Tag"
        return DateFinding(header.text, "month", note, weekday)
    for sentence in analysed.sentences[:6]:
        match = _MONTH_YEAR.search(sentence.text)
        if match:
            month = MONTHS[match.group("month").lower()]
            return DateFinding(f"{int(match.group('year')):04d}-{month:02d}", "month", match.group(0).strip(), weekday)
    return None


def german_date(value: str, precision: str) -> str:
    """'2025-03-18' -> '18. März 2025'; '2025-03' -> 'März 2025'."""
    parts = value.split("-")
    year, month = int(parts[0]), int(parts[1])
    if precision == "day" and len(parts) == 3:
        return f"{int(parts[2])}. {MONTH_NAMES[month]} {year}"
    return f"{MONTH_NAMES[month]} {year}"
