"""The event's date: exact where the text fixes the day, else the month; never invented.

Every date expression of the report is read first (day and month name, numeric, ISO, month and
year, weekday, "gestern"), each with the role its context gives it: the event itself, or
background (pluperfect, "seit", "zuvor", "im vergangenen Jahr"), an effective date ("zum 1. April",
"ab dem"), a deadline ("bis zum"), a plan ("soll … vorgelegt werden"), a quotation. Only event
mentions can become the date. An anchor, the publication day (header, dateline, or a line such as
"Diese Nachricht wurde am 23.10.2025 gesendet"), turns a weekday into a day and a day-month into
a full date; without one, a day-month takes the year in which its weekday agrees (never one in
which it disagrees), else the latest year the text names as past. Sources, strongest first: an explicit day in the lead, a lead weekday before the anchor
day, an explicit day in a sentence about the event, the anchor day, the header's month, the most
recent event month named in the text. A weekday without an anchor day only supports the month.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator, Mapping

from generator.extract.figures import NUMBER_WORDS
from generator.extract.text import (INTERVIEW_QUESTIONS, WEEKDAY_NAMES, WEEKDAY_NUMBERS, Analysed, body_start,
                                   is_question, is_ticker)
from generator.ingest import HeaderDate

MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "mär": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
MONTH_NAMES = ("", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember")
WEEKDAYS = WEEKDAY_NUMBERS

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
_PART_RE = "morgen|vormittag|mittag|nachmittag|abend|nacht"
_YEAR_RE = r"(?:19|20)\d\d"

# "20. Mai 2025", "23. Okt. 2025", "3.Februar"
_DAY_MONTH = re.compile(rf"(?<![\d.])(?P<day>[0-3]?\d)\.\s*(?P<month>{_MONTH_RE})\b\.?(?:\s*(?P<year>{_YEAR_RE})\b)?", re.I)
# "23.10.2025", "23.10.25", "23.10." (the closing dot is required without a year)
_NUMERIC = re.compile(r"(?<![\d.,])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?:(?P<year>(?:19|20)?\d\d)(?![\d.,]\d)|(?!\d))")
# "2025-10-23"
_ISO = re.compile(rf"(?<![\d-])(?P<year>{_YEAR_RE})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])")
# "im Juli 2025", "Ende März 2027", "Mai dieses Jahres"
_MONTH_YEAR = re.compile(
    rf"\b(?:(?:anfang|mitte|ende)\s+)?(?P<month>{_MONTH_RE})(?:session|sitzung|tagung)?\b\.?\s+"
    rf"(?:(?P<year>{_YEAR_RE})\b|(?P<this>dieses|diesen)\s+jahres\b)", re.I)  # "SEPTEMBERSESSION 2025"
# "am Dienstag", "am späten Montagnachmittag", "in der Nacht zum Sonntag", "seit Montag"
_WEEKDAY = re.compile(
    rf"\b(?P<prep>am|an\s+diesem|diesen|in\s+der\s+nacht\s+(?:zum|auf)|vom|seit|bis|ab)\s+"
    rf"(?:(?P<adj>frühen|späten|heutigen|vergangenen|letzten|vorigen|kommenden|nächsten)\s+)?"
    rf"(?P<weekday>{_WEEKDAY_RE})(?P<part>{_PART_RE})?\b"
    rf"(?P<last_week>\s+(?:der\s+)?(?:vergangene[nr]?|letzte[nr]?|vorige[nr]?)\s+woche\b)?", re.I)
# "Vergangene Woche Donnerstag", "letzte Woche am Dienstag": that weekday of the week before
_LAST_WEEK_WEEKDAY = re.compile(rf"\b(?:vergangene|letzte|vorige)\s+Woche\s+(?:am\s+)?(?P<weekday>{_WEEKDAY_RE})"
                                rf"(?:{_PART_RE})?\b", re.I)
# "(an diesem Mittwoch) im April": a month without year right after a weekday
_MONTH_AFTER_WEEKDAY = re.compile(rf"\s+im\s+(?P<month>{_MONTH_RE})\b(?!\s*\d)", re.I)
# A weekday set before a date: "Mittwoch, 15. Januar", "Dienstag, den 20. Mai", "Dienstag (20. Mai"
_WEEKDAY_BEFORE = re.compile(rf"\b(?P<weekday>{_WEEKDAY_RE})(?:{_PART_RE})?\s*(?:,\s*(?:de[nm]\s+)?|\(\s*)$", re.I)
_RELATIVE_DAY = re.compile(rf"\b(?P<word>vorgestern|gestern|heute|vorgestrig|gestrig|heutig)(?:{_PART_RE}|e[nmrs]?)?\b",
                           re.I)  # "am gestrigen Donnerstag"
# "bestätigt heute Dienstag": the day named beside "heute" is today's weekday
_WEEKDAY_AFTER_TODAY = re.compile(rf",?\s+(?P<weekday>{_WEEKDAY_RE})\b", re.I)
_RELATIVE_OFFSET = {"heute": 0, "gestern": 1, "vorgestern": 2, "heutig": 0, "gestrig": 1, "vorgestrig": 2}
# "Der Bundestag hat am Vortag das Gesetz verabschiedet" in a review dated the day after: the day
# before the report's own, as "gestern" (not "am Vortag der Abstimmung": the day before another)
_DAY_BEFORE = re.compile(r"\bam\s+(?:Vortag|Vorabend)\b(?!\s+(?:des|der|dem|von|seine[sr]?|ihre[sr]?)\b)")
_ANY_YEAR = re.compile(rf"(?<![\d.-])(?P<year>{_YEAR_RE})(?![\d-])")
# "rund 1900 Personen", "knapp 2000 Stellen": a count, not a year
_COUNT_BEFORE = re.compile(r"\b(?:rund|etwa|ca\.|circa|knapp|fast|gut|mehr als|weniger als|bis zu|insgesamt)\s+$", re.I)
_COUNTED_AFTER = re.compile(r"\s+(?:Personen|Menschen|Beschäftigte|Mitarbeite|Angestellte|Stellen|Arbeitsplätze|Jobs|"
                            r"Einwohner|Mitglieder|Haushalte|Wohnungen|Euro|Franken|Dollar|Tonnen|Kilometer|Meter)")
# "im Haushaltsentwurf 2026", "das Schuljahr 2026": the year a plan or period is named after, no past year
_BUDGET_WORDS = r"haushalt|haushaltsentwurf|haushaltsjahr|budget|etat|voranschlag|finanzplan"
_YEAR_AFTER = r"(?:e?s)?\s+(?:für\s+(?:das\s+(?:Jahr\s+)?)?)?$"  # "Budget 2026", "Voranschlag für 2026"
_PLAN_YEAR_BEFORE = re.compile(rf"(?:{_BUDGET_WORDS}|schuljahr|saison|spielzeit){_YEAR_AFTER}", re.I)
# a budget's year begins in January: the budget is decided before it ("Ende November den
# Voranschlag für 2026 beschlossen"); a season or school year begins later in its year
_BUDGET_YEAR_BEFORE = re.compile(rf"(?:{_BUDGET_WORDS}){_YEAR_AFTER}", re.I)
# "im kommenden Schuljahr 2025/26", "in der nächsten Saison 2026/27": a period still to come, named
# by the year it begins in (in its autumn); the report was written before it
_COMING_PERIOD = re.compile(r"\b(?:kommenden|nächsten)\s+(?:Schuljahr|Studienjahr|Kindergartenjahr|Saison|Spielzeit)"
                            r"(?:es)?\s+(?P<year>20\d\d)/(?:20)?\d\d\b", re.I)
_COMING_PERIOD_MONTH = 9
# a year and how far it lies from now: "vor sieben Jahren, im Herbst 2018", "2027, also in zwei
# Jahren", "seit 2010, also seit 15 Jahren", "vor einem Jahr (2024)": the report's own year, though
# the text never names it
_DISTANCE_WORDS = {"einem": 1} | {word: int(value) for word, value in NUMBER_WORDS.items() if value.isdigit()}
_COUNT = rf"(?P<count>\d{{1,2}}|{'|'.join(_DISTANCE_WORDS)})"
_DISTANCE = rf"{_COUNT}\s+Jahr(?:en)?"
_AGO_THEN_YEAR = re.compile(rf"\bvor\s+(?:gut\s+|knapp\s+|genau\s+|rund\s+)?{_DISTANCE}\s*[,(]?\s*"
                            rf"(?:(?:im|in|am|seit)\s+(?:\w+\s+){{0,2}}?)?(?P<year>{_YEAR_RE})\b", re.I)
# "Sechs Jahre nach dem Startschuss im Jahr 2019 ist die Reform beschlossen": news tells how long
# after an earlier step it happens now
_DISTANCE_AFTER_YEAR = re.compile(rf"\b{_COUNT}\s+Jahre\s+nach\s+(?:de[mnr]|einem|einer)\s+"
                                  rf"\w+\s+(?:(?:im|in|von|aus)\s+(?:Jahr\s+|\w+\s+)?)?(?P<year>{_YEAR_RE})\b", re.I)
_YEAR_THEN_DISTANCE = re.compile(rf"\b(?P<year>{_YEAR_RE})\s*\)?\s*,\s*(?:also\s+)?(?P<way>vor|seit|in)\s+"
                                 rf"(?:gut\s+|knapp\s+|genau\s+|rund\s+)?{_DISTANCE}\b", re.I)


# "auf den Tag genau 70 Jahre nach den Bonn-Kopenhagener Erklärungen vom 29. März 1955": the
# event falls on that day's anniversary
# (not "Auf den Tag genau 70 Jahre nach der Unterzeichnung … sind am Sonnabend, 29. März 2025, …": the
# event's own day, which the date reading finds)
# ("Am Montag, genau ein Jahr nachdem der Hotelier am 3. Februar 2024 seine erste Beschwerde eingebracht
# hatte": one year after a day the sentence states)
_ON_THE_DAY = re.compile(rf"\b(?:auf\s+den\s+Tag\s+)?genau\s+(?:{_COUNT}\s+Jahre|ein\s+Jahr)\s+nach(?:dem)?\b[^.;:]*?"
                         rf"\b(?:vom|am)\s+(?P<day>[0-3]?\d)\.\s*(?P<month>{_MONTH_RE})\s+(?P<year>{_YEAR_RE})\b", re.I)


def _anniversary(analysed: Analysed, header: HeaderDate | None, named: Mention | None) -> DateFinding | None:
    """The day a lead sentence says the event falls on, to the day some years after an earlier
    one; only where the header's month and the weekday the lead names agree with it."""
    for sentence in analysed.sentences[:OPENING]:
        m = _ON_THE_DAY.search(sentence.text)
        month = _month(m.group("month")) if m else None
        years = _distance(m.group("count")) if m and m.group("count") else 1
        day = _valid(int(m.group("year")) + years, month, int(m.group("day"))) if month else None
        if day is None:
            continue
        if header is not None and (header.year, header.month) != (day.year, day.month):
            continue
        if named is not None and named.weekday is not None and named.weekday != day.weekday():
            continue
        return DateFinding(day.isoformat(), "day", m.group(0), day.weekday())
    return None


# "am Montag, zwei Tage nach dem Weltwassertag am 22. März": the event's weekday counted from a day
# stated beside it; "am Freitag, 20. Juni 2025, zwei Tage nach der Einigung": a later day (the
# talk's) that the event is counted back from
_SPAN = (rf"(?:(?:genau|exakt|fast|knapp|gut|rund)\s+)?"
         rf"(?P<count>\d{{1,2}}|{'|'.join(_DISTANCE_WORDS)}|einen|einer|eine)\s+(?P<unit>Tag(?:en?)?|Wochen?)")
_APART = rf"{_SPAN}\s+(?P<way>nach|vor)\s+"
# "… am 22. März", "… vom Montag, den 3. März": the words up to a stated day's date
_TO_STATED_DAY = rf"\s+(?:am|vom)\s+(?:(?:{_WEEKDAY_RE}),?\s+(?:de[mn]\s+)?)?$"
# "zwei Tage nach dem Weltwassertag am": a span from an occasion, up to its stated day
# ("… vor dem 50. Jahrestag der Partnerschaft am 13. November": an ordinal's point ends no sentence)
_FROM_OCCASION = rf"{_APART}(?:de[mnr]|einem|einer)\s+(?:[^,;:.!?]|(?<=\d)\.){{1,90}}?{_TO_STATED_DAY}"
_APART_FROM_DAY_AFTER = re.compile(rf"\b(?P<weekday>{_WEEKDAY_RE})(?:{_PART_RE})?\s*[,–—(]\s*{_FROM_OCCASION}",
                                   re.I)
_APART_TO_EVENT_AFTER = re.compile(rf"\s*,\s*{_APART}(?:de[mnr])\s+[\w-]+\s*[,.;:]", re.I)
# "Die Entscheidung fiel genau eine Woche, nachdem die Familie am 16. Oktober ihren Rückzug angekündigt
# hatte": the event a span after a stated day, on the weekday the lead names
_SPAN_AFTER_DAY = re.compile(rf"\b{_SPAN}\s*,?\s+nachdem\s+[^,;:.!?]{{1,120}}?{_TO_STATED_DAY}", re.I)
# "Die Sitzung fand genau eine Woche nach der Einwohnerversammlung vom 30. September statt" beside
# "am Dienstagabend" in the lead: the same count, the weekday named elsewhere
_APART_FROM_DAY = re.compile(rf"\b{_FROM_OCCASION}", re.I)
# "beschloss am Dienstag …. Einen Tag zuvor, am Montag, 8. September, hatte die GdP …": a stated day
# a span before the event, whose weekday the lead names
_SPAN_EARLIER = re.compile(rf"\b{_SPAN}\s+(?:zuvor|vorher|davor|früher)\s*,?{_TO_STATED_DAY}", re.I)
# "Der Landtag hat heute, Mittwoch, … beschlossen. Die Frist war erst vor einer Woche, am 7. Mai, zu Ende
# gegangen": a stated day a span before the one the lead calls today
_SPAN_AGO = re.compile(rf"\bvor\s+{_SPAN}\s*,?{_TO_STATED_DAY}", re.I)


def _days_apart(m: re.Match[str]) -> int:
    count = m.group("count").lower()
    number = 1 if count in ("einen", "einer", "eine") else _distance(count)
    return number * (7 if m.group("unit").lower().startswith("woche") else 1)


def _counted_from_stated_day(analysed: Analysed, anchor: Anchor | None, reading: _Reading,
                             named: Mention | None) -> DateFinding | None:
    """The event's day where the opening counts it in days from a stated day: "am Donnerstag, zwei
    Tage nach der Sondersitzung vom 4. März" (the weekday must fit), or "Das Gespräch führte … am
    Freitag, 20. Juni 2025, zwei Tage nach der Einigung" (where the weekday the lead names fits the
    day counted back and not the stated one: else the stated day is the event's, told beside an
    earlier one)."""
    for mention in reading.mentions:
        if mention.kind != "day" or mention.sentence >= OPENING:
            continue
        text = analysed.sentences[mention.sentence].text
        preceding = text[max(0, mention.start - _CLAUSE_REACH):mention.start]
        before = _APART_FROM_DAY_AFTER.search(preceding)
        span_after = None if before is not None else (
            _SPAN_AFTER_DAY.search(preceding) or _APART_FROM_DAY.search(preceding) or _SPAN_EARLIER.search(preceding)
            or _SPAN_AGO.search(preceding))
        after = _APART_TO_EVENT_AFTER.match(text, mention.start + len(mention.text))
        if before is None and span_after is None and after is None:
            continue
        full = _full(mention, anchor, reading)
        if before is not None:
            days = _days_apart(before) * (1 if before.group("way").lower() == "nach" else -1)
            weekday = WEEKDAYS[before.group("weekday").lower()]
            if mention.year is None:
                # the stated day's year is one in which the count lands on the weekday ("Am Donnerstagabend,
                # genau eine Woche nach der Versammlung vom 30. Oktober" beside a background "März 2023")
                own = Mention(**{**mention.__dict__, "weekday": (weekday - days) % 7})
                full = _full(own, anchor, reading) or full
        stated = _valid(full.year, full.month, full.day) if full is not None else None
        if stated is None:
            continue
        if before is not None:
            day = stated + dt.timedelta(days=days)
            phrase = before.group(0).rstrip() + " " + mention.text
        elif span_after is not None and (event_weekday := _other_weekday(named, mention, reading)) is not None:
            way = (span_after.groupdict().get("way") or "nach").lower()
            day = stated + dt.timedelta(days=_days_apart(span_after) * (1 if way == "nach" else -1))
            weekday = event_weekday
            phrase = span_after.group(0).rstrip() + " " + mention.text
        elif after is not None and named is not None and named.weekday is not None:
            sign = -1 if after.group("way").lower() == "nach" else 1
            day = stated + dt.timedelta(days=sign * _days_apart(after))
            weekday = named.weekday
            if stated.weekday() == weekday:
                continue
            phrase = mention.text + after.group(0).rstrip(",.;: ")
        else:
            continue
        if day.weekday() != weekday or not _within_anchor(day, anchor):
            continue
        evidence = f"„{phrase}“"
        if full.year_inferred and anchor:
            evidence += f"; Jahr aus dem Datum {anchor.text}"
        elif full.year_inferred:
            evidence += f"; Jahr {day.year}, in dem der Wochentag passt"
        return DateFinding(day.isoformat(), "day", evidence, day.weekday())
    return None


def _other_weekday(named: Mention | None, stated: Mention, reading: _Reading) -> int | None:
    """The weekday the lead names for the event, where the stated day a count starts from is not
    itself the one named ("Zwei Tage nachdem … am Montag, 3. November, … vorgelegt hatte, … stimmte
    … am Mittwochabend")."""
    if named is None or named.weekday is None:
        return None
    if (named.sentence, named.start) != (stated.sentence, stated.start):
        return named.weekday
    return next((m.weekday for m in reading.mentions if m.kind == "weekday" and m.weekday is not None
                 and m.sentence < OPENING and m.sentence >= stated.sentence), None)


def _within_anchor(day: dt.date, anchor: Anchor | None) -> bool:
    """A counted day a report can tell of: not after its own day, and in its header's month or the
    month before."""
    if anchor is not None and anchor.date is not None and (day - anchor.date).days > _HEADER_SLACK_DAYS:
        return False
    return anchor is None or anchor.day is not None or (day.year, day.month) in (
        (anchor.year, anchor.month), _month_before(anchor))


def easter_sunday(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus), from which the
    movable feasts are counted."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_correction = (century - (century + 8) // 25 + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon_correction + 15) % 30
    quarters, year_rest = divmod(of_century, 4)
    to_sunday = (32 + 2 * century_rest + 2 * quarters - epact - year_rest) % 7
    shift = (golden + 11 * epact + 22 * to_sunday) // 451
    month, day = divmod(epact + to_sunday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def feast_day(rule: int | tuple[int, int], year: int) -> dt.date | None:
    """A feast's day in a year: counted from Easter for the movable ones, else its fixed day."""
    if isinstance(rule, int):
        return easter_sunday(year) + dt.timedelta(days=rule)
    return _valid(year, *rule)


@lru_cache(maxsize=8)
def _feast_count_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """'am Freitagabend, zwei Tage nach dem Aschermittwoch', 'Samstag, am Tag vor dem Palmsonntag'."""
    listed = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?P<weekday>{_WEEKDAY_RE})(?:{_PART_RE})?\s*[,–—(]\s*(?:am\s+Tag|{_SPAN})\s+"
                      rf"(?P<way>nach|vor)\s+(?:dem|der)\s+(?P<feast>{listed})\b", re.I)


def _counted_from_feast(analysed: Analysed, anchor: Anchor | None, reading: _Reading,
                        cues: DateCues) -> DateFinding | None:
    """The event's day where the opening counts it from a feast: "Bei getrennten Versammlungen am
    Freitagabend, zwei Tage nach dem Aschermittwoch, stimmten beide Vereine zu". The year is the
    anchor's, else the one the report's other dates give a day of that season; the weekday must fit."""
    if not cues.feasts:
        return None
    rules = dict(cues.feasts)
    pattern = _feast_count_pattern(tuple(rules))
    for sentence in analysed.sentences[:OPENING]:
        for m in pattern.finditer(sentence.text):
            rule = rules[m.group("feast").lower()]
            days = _days_apart(m) if m.group("count") else 1
            days *= 1 if m.group("way").lower() == "nach" else -1
            weekday = WEEKDAYS[m.group("weekday").lower()]
            if anchor is not None:
                year = anchor.year
            else:  # the year the text's other dates give a day of this season (Easter moves by weeks only)
                season = feast_day(rule, 2025)
                own = Mention(kind="day", text=m.group("feast"), sentence=sentence.index, start=m.start("feast"),
                              role="event", year=None, month=season.month, day=season.day, weekday=None, offset=0,
                              year_inferred=False)
                full = _full(own, None, reading)
                if full is None:
                    continue
                year = full.year
            feast = feast_day(rule, year)
            day = feast + dt.timedelta(days=days) if feast is not None else None
            if day is None or day.weekday() != weekday or not _within_anchor(day, anchor):
                continue
            source = (f"Jahr aus dem Datum {anchor.text}" if anchor is not None
                      else f"Jahr {year} aus den übrigen Daten")
            return DateFinding(day.isoformat(), "day", f"„{m.group(0)}“ ({feast.strftime('%d.%m.%Y')}); {source}",
                               day.weekday())
    return None


def present_year(sentences: list[str]) -> tuple[int, str] | None:
    """The year a text is written in and the words that tell it, where it names a year with its
    distance from now; None where it names none or two disagree."""
    found: dict[int, str] = {}
    for text in sentences:
        for m in _AGO_THEN_YEAR.finditer(text):
            found.setdefault(int(m.group("year")) + _distance(m.group("count")), m.group(0))
        for m in _DISTANCE_AFTER_YEAR.finditer(text):
            found.setdefault(int(m.group("year")) + _distance(m.group("count")), m.group(0))
        for m in _YEAR_THEN_DISTANCE.finditer(text):
            count = _distance(m.group("count"))
            found.setdefault(int(m.group("year")) + (-count if m.group("way").lower() == "in" else count), m.group(0))
    return next(iter(found.items())) if len(found) == 1 else None


def _distance(count: str) -> int:
    return int(count) if count.isdigit() else _DISTANCE_WORDS[count.lower()]

# Words right before a date that make it something other than the event's day. Grammar, not
# domain vocabulary, so it stays in code; the domain lists live in data/cues.yaml (`dates`).
_PERIOD_OF_MONTH = re.compile(r"\b(?:anfang|mitte|ende)\s*$", re.I)  # "bis Ende 2027" reads as "bis 2027"
_NIGHT_BEFORE = re.compile(r"\bnacht\s+(?:zum|auf)\s*$", re.I)
# Austrian "mit 1. Jänner": from the first of the month ("die mit 3. März datierte" is no term)
_FROM_THE_FIRST = re.compile(r"\bmit\s*$", re.I)
_PREFIX_ROLES = (
    ("deadline", re.compile(r"\b(?:bis|bis\s+zum|bis\s+(?:spätestens|mindestens|längstens|höchstens)|spätestens(?:\s+(?:am|zum|bis))?|frühestens|"
                            r"binnen|vor\s+dem|nach\s+dem|vor|nach)\s*$", re.I)),
    # "ab dem Sommerflugplan 2026", "zum Schuljahr 2026/27", "ab dem Fahrplanwechsel im Dezember 2026",
    # Swiss "auf den 1. Juli 2026 in Kraft gesetzt": the term a change takes effect from
    ("effective", re.compile(r"\b(?:zum|ab|ab\s+dem|ab\s+den|auf\s+den|per|mit\s+wirkung\s+(?:zum|vom))\s*$"
                             r"|\b(?:zum|ab\s+dem|ab\s+der)\s+\w{4,}\s+(?:im\s+|am\s+)?$", re.I)),
    # "seit dem Amtsantritt von Merz im Mai": since an earlier fact
    ("background", re.compile(r"\b(?:seit|seit\s+dem|seit\s+den)\s*$"
                              r"|\bseit\s+(?:de[mnr]|seine[mnr]?|ihre[mnr]?)\s+\w+(?:\s+(?:von|des|der)\s+\w+)?"
                              r"\s+(?:im\s+|am\s+)?$",
                              re.I)),
    # "der für Freitag angekündigte Streik", "auf die nächste MPK im Juni 2026 vertagt": a plan
    ("future", re.compile(r"\bfür(?:\s+(?:den|kommenden|nächsten))?\s*$"
                          r"|\b(?:nächste|kommende)[nrsm]?\s+[\w-]+\s+(?:im|am)\s*$", re.I)),
    ("attribute", re.compile(r"\b(?:vom|von|aus\s+dem\s+jahr)\s*$", re.I)),
)
_ENTERS_INTO_FORCE = frozenset({"tritt", "treten"})
_PLUPERFECT_AUX = frozenset({"hatte", "hatten", "hattest", "hattet"})
_PAST_OF_SEIN = frozenset({"war", "waren", "warst", "wart"})
_PRESENT_OF_SEIN = frozenset({"ist", "sind", "sei", "seien"})
# A finite auxiliary before the date: a main clause ("…, die Flughafen GmbH und der Landkreis haben am
# Montag … unterzeichnet"), where a relative clause would put its verb last ("…, die am Montag … hat").
_FINITE_AUX = frozenset({"hat", "haben", "ist", "sind", "wird", "werden", "wurde", "wurden"})
_PARTICIPLE = re.compile(r"^(?:\w*ge\w{2,}(?:t|en)|(?:be|ent|er|ver|zer|emp|miss)\w{2,}(?:t|en)|\w{3,}iert|worden)$")
_CLAUSE_BREAK = re.compile(r"[;:–—()]|\s-\s|,")
_SHORT_ASIDE = re.compile(r"\([^(),;]{1,40}\)")
_RELATIVE_PREPOSITION = r"(?:(?:zu|mit|von|auf|in|an|für|über|bei|aus|nach|unter|um|durch|gegen|vor)\s+)?"
_RELATIVE_START = re.compile(rf"^\s*{_RELATIVE_PREPOSITION}(?:der|die|das|dem|den|deren|dessen|denen|wo)\s", re.I)
# a relative clause opened before a date: "…, mit den Eckpunkten, die die Ministerin am Mittwoch …"
_RELATIVE_OPENED = re.compile(rf",\s*{_RELATIVE_PREPOSITION}(?:der|die|das|dem|den|deren|dessen|denen)\s", re.I)
# "Darauf haben sich das Land, das Rote Kreuz (…) und die Gesundheitskasse am Montag geeinigt": the
# article of a name listed after a comma, not a relative pronoun
_LISTED_AFTER_COMMA = re.compile(r"^\s*(?:der|die|das|den|dem)\s+[A-ZÄÖÜ][^,]*?\bund\s+(?:der|die|das|den|dem)\s+[A-ZÄÖÜ]")
# "Berlin, 23.10.2025 (dpa) - …": the place and day the report was filed, not the event.
_DATELINE_BEFORE = re.compile(r"^\s*[^\W\d][\w/ .-]{0,40},\s*$")
# "Wien, 3. Mai (APA) -", "Bern, 24.9.2025 (sda) Der Bundesrat …": the agency's tag, then a dash or the text
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-–—]|^\s*\([^)]{1,40}\)\s+[A-ZÄÖÜ]")
# A day-month written in digits without a year ("23.10.") only counts after one of these words.
_SHORT_NUMERIC_BEFORE = re.compile(rf"\b(?:am|vom|zum|bis|ab|seit|den|dem|{_WEEKDAY_RE})\s*,?\s*$", re.I)
_WHOEVER = re.compile(r"^\s*(?:Wer|Wo|Wenn)\s")  # a clause of anyone, anywhere, any time ("Wer am Samstag …")
_QUOTES = re.compile(r"„[^“”\"]*[“”\"]|\"[^\"]*\"|«[^»]*»|»[^«]*«")

_CLAUSE_REACH = 300  # characters: no real clause is longer, and it bounds the work per date
LEAD = 3  # sentences that tell what happened
WEEKDAY_LEAD = 4  # sentences searched for the event's weekday
OPENING = 8  # sentences of title, teaser and lead: where a report without header states its day
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class DateCues:
    """Word lists from data/cues.yaml (`dates`): what marks a publication line, background,
    a plan, and a sentence about the event itself."""

    publication: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    future: tuple[str, ...] = ()
    event_words: tuple[str, ...] = ()
    press: tuple[str, ...] = ()
    commentary: tuple[str, ...] = ()
    rulings: tuple[str, ...] = ()
    sittings: tuple[str, ...] = ()
    # endings of participles that form their perfect with "sein" ("gescheitert", "zurückgetreten"):
    # "war am Montag gescheitert" is earlier, "war am Dienstagabend entschieden" the state then
    sein_participles: tuple[str, ...] = ()
    # feast name (lower case) -> days from Easter Sunday, or its (month, day)
    feasts: tuple[tuple[str, int | tuple[int, int]], ...] = ()


def feast_rule(value: Any) -> int | tuple[int, int] | None:
    """A feast's entry in the cue file: days from Easter Sunday (-46 for Ash Wednesday) or "12-24";
    None where it is neither."""
    if isinstance(value, int) and not isinstance(value, bool) and -100 <= value <= 100:
        return value
    m = re.fullmatch(r"(\d\d)-(\d\d)", str(value))
    if m and _valid(2024, int(m.group(1)), int(m.group(2))):  # a leap year: "02-29" is a day
        return int(m.group(1)), int(m.group(2))
    return None


def date_cues(raw: Mapping[str, Any] | None) -> DateCues:
    """DateCues from the `dates` section of the cue file (absent lists stay empty)."""
    raw = raw or {}

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in raw.get(key) or ())

    feasts = tuple((str(name).lower(), rule) for name, value in (raw.get("feasts") or {}).items()
                   if (rule := feast_rule(value)) is not None)
    return DateCues(words("publication"), words("background"), words("future"), words("event_words"), words("press"),
                    words("commentary"), words("rulings"), words("sittings"),
                    words("sein_participles"), feasts)


@dataclass(frozen=True)
class DateFinding:
    value: str  # YYYY-MM-DD or YYYY-MM
    precision: str  # "day" | "month"
    evidence: str  # the words it was read from, or how it was inferred
    weekday: int | None = None  # weekday the text names for the event (0 = Monday), if any


@dataclass(frozen=True)
class Mention:
    """One date expression, possibly partial (a day-month without year, a weekday)."""

    kind: str  # "day" | "month" | "weekday" | "relative"
    text: str
    sentence: int  # index in analysed.sentences, -1 for a line outside the sentences
    start: int  # character offset in its sentence
    role: str  # "event" | "background" | "effective" | "deadline" | "attribute" | "future" | "quote" | "dateline"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0  # days before the anchor for "gestern"; -1 for a weekday of the week before
    year_inferred: bool = False


@dataclass(frozen=True)
class Anchor:
    """The day (or month) the report was published: what 'am Donnerstag' counts back from."""

    year: int
    month: int
    day: int | None
    source: str  # "header" | "publication" | "rubric"
    text: str
    filed: bool = False  # from a dateline: the day the report was filed, where the news is that day's
    sitting: bool = False  # from a line naming a sitting ("Ratssitzung …, Donnerstag, 18. September 2025"): its day

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day else None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return dt.date(year, month, day)
    return None


def _year(raw: str | None) -> int | None:
    if raw is None:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _month(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else MONTHS.get(raw.lower().rstrip("."))


@lru_cache(maxsize=64)
def _layout(sentence: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, int], tuple[int, ...], tuple[int, ...]]:
    """Quotation spans and clause breaks of a sentence, found once however many dates it holds."""
    quotes = tuple((q.start(), q.end()) for q in _QUOTES.finditer(sentence))
    asides = [(a.start(), a.end()) for a in _SHORT_ASIDE.finditer(sentence)]
    # "hatte die Staatsanwaltschaft (WKStA) im Oktober eingebracht": a short name or date in
    # brackets does not end the clause
    breaks = [b for b in _CLAUSE_BREAK.finditer(sentence) if not any(a <= b.start() < e for a, e in asides)]
    return quotes, (0, len(sentence)), tuple(b.start() for b in breaks), tuple(b.end() for b in breaks)


def _in_quote(sentence: str, start: int) -> bool:
    return any(a <= start < b for a, b in _layout(sentence)[0])


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the clause around a date: from the last break before it to the first after it."""
    _, (first, last), starts, ends = _layout(sentence)
    i = bisect.bisect_right(ends, start)  # breaks ending at or before the date
    left = ends[i - 1] if i else first
    j = bisect.bisect_left(starts, end)
    right = starts[j] if j < len(starts) else last
    return max(left, start - _CLAUSE_REACH), min(right, end + _CLAUSE_REACH)


def _is_pluperfect(before: list[str], after: list[str], lead_in: list[str] = (),
                   sein_participles: tuple[str, ...] = ()) -> bool:
    """'hatte … angekündigt', 'war im April entstanden', 'nachdem sie im Mai gescheitert waren',
    'war … ausgelöst worden': an earlier fact. A 'war' needs the date inside the verbal bracket,
    so 'Die Stimmung am Dienstag war angespannt' stays the event's, and a participle of a verb
    whose perfect takes 'sein' (where the list gives them), so 'war am Dienstagabend entschieden'
    is the state on that day. `lead_in`: the words of the sentence before the clause, where the
    finite verb of a long main clause may stand."""
    words = before + after
    # "war … erzielt worden" is earlier; "ist am Mittwoch … erzielt worden" is the perfect, now,
    # also where an apposition stands between ("ist der frühere Bürgermeister, X, am Mittwoch …
    # verurteilt worden")
    perfect = _PRESENT_OF_SEIN.intersection(words) or (
        _PRESENT_OF_SEIN.intersection(lead_in) and not _PAST_OF_SEIN.intersection(lead_in))
    if _PLUPERFECT_AUX.intersection(words) or ("worden" in words and not perfect):
        return True
    if _PAST_OF_SEIN.intersection(before) and any(_takes_sein(w, sein_participles) for w in after):
        return True
    return any(_takes_sein(w, sein_participles) and nxt in _PAST_OF_SEIN for w, nxt in zip(after, after[1:]))


def _takes_sein(word: str, sein_participles: tuple[str, ...]) -> bool:
    """A participle that forms a perfect with 'sein': any, where no list is given."""
    return bool(_PARTICIPLE.match(word)) and (not sein_participles or word.endswith(sein_participles))


def _is_hearsay(words: list[str]) -> bool:
    """'soll sich am Dienstag geeinigt haben': a modal with a perfect infinitive reports the past."""
    return any(_PARTICIPLE.match(w) and nxt in ("haben", "sein") for w, nxt in zip(words, words[1:]))


def _has_cue(clause_lower: str, words: list[str], cues: tuple[str, ...]) -> str | None:
    for cue in cues:
        if (" " in cue and cue in clause_lower) or cue in words:
            return cue
    return None


def mention_role(sentence: str, start: int, end: int, cues: DateCues) -> str:
    """Why a date in this place is or is not the event's: by the words before it and its clause."""
    if _in_quote(sentence, start):
        return "quote"
    if start <= 60 and _DATELINE_BEFORE.match(sentence[:start]) and _DATELINE_AFTER.match(sentence[end:end + 60]):
        return "dateline"
    before = _PERIOD_OF_MONTH.sub("", sentence[max(0, start - 40):start])
    if not _NIGHT_BEFORE.search(before):
        for role, pattern in _PREFIX_ROLES:
            if pattern.search(before) and not (role == "attribute" and (_meeting_of_the_day(before, cues)
                                                                        or _ruling_the_clause_tells(before, cues))):
                return role
        if _FROM_THE_FIRST.search(before) and sentence.startswith("1.", start):
            return "effective"
    left, right = _clause(sentence, start, end)
    clause = sentence[left:right]
    lower = clause.lower()
    words = _WORD.findall(lower)
    before, after = _WORD.findall(sentence[left:start].lower()), _WORD.findall(sentence[end:right].lower())
    # the words before the clause matter only for a passive without its auxiliary (and reading
    # them for every date would make a sentence full of dates cost quadratic time)
    lead_in = _WORD.findall(sentence[max(0, left - _CLAUSE_REACH):left].lower()) if "worden" in after else []
    if _is_pluperfect(before, after, lead_in, cues.sein_participles):
        return "background"
    if _has_cue(lower, words, cues.background):
        return "background"
    if _has_cue(lower, words, cues.future) and not _is_hearsay(words):
        return "future"
    if "kraft" in words and _ENTERS_INTO_FORCE.intersection(words):
        return "effective"  # "Das Gesetz tritt am 1. Januar 2026 in Kraft": the term it takes effect from
    if (sentence[max(0, left - 5):left].rstrip().endswith(",") and _RELATIVE_START.match(clause)
            and not _has_cue(lower, words, cues.event_words) and not _FINITE_AUX.intersection(before)
            and not _LISTED_AFTER_COMMA.match(sentence[left:start])):
        return "attribute"  # ", der im September 2023 …": describes something else
    if _WHOEVER.match(clause):
        return "attribute"  # "Wer am Samstagmorgen über den Markt schlendert, findet …": whenever, not a day
    return "event"


def _ruling_the_clause_tells(before: str, cues: DateCues) -> bool:
    """'Mit Beschluss vom 2. September untersagte die Kammer …': the day of the ruling the clause
    reports, not that of one it refers to ('verwies auf ihren Beschluss vom 3. März')."""
    words = _WORD.findall(before.lower())
    return (len(words) >= 3 and words[-1] == "vom" and any(w in words[-2] for w in cues.rulings)
            and "mit" in words[-4:-2])


def _meeting_of_the_day(before: str, cues: DateCues) -> bool:
    """'an seiner Sitzung vom Freitag, 21. November, beschlossen': the day of the meeting the clause
    reports, not an attribute of a document ('der Bericht vom 5. November')."""
    words = _WORD.findall(before.lower())
    return len(words) >= 2 and words[-1] == "vom" and any(w in words[-2] for w in cues.event_words)


def sentence_mentions(sentence: str, index: int, cues: DateCues, bare_months: bool = False) -> list[Mention]:
    """Every date expression in one sentence, longest reading first, without overlaps.
    `bare_months`: also a month without a year ("Anfang November"), which dates an event only
    where nothing else does (the year then comes from the years the text names)."""
    return list(_sentence_mentions(sentence, index, cues, bare_months))


# "Anfang November", "im Mai": a month without a year or a day
_BARE_MONTH = re.compile(rf"\b(?:anfang|mitte|ende|im)\s+(?P<month>{_MONTH_RE})\b(?![ \t]*\.?[ \t]*\d)", re.I)


@lru_cache(maxsize=4096)  # the event's date and the earlier-dated sentences read the same sentences
def _sentence_mentions(sentence: str, index: int, cues: DateCues, bare_months: bool = False) -> tuple[Mention, ...]:
    found: list[Mention] = []

    covered: set[int] = set()

    def free(start: int, end: int) -> bool:
        return covered.isdisjoint(range(start, end))

    def add(mention: Mention, start: int, end: int) -> None:
        covered.update(range(start, end))
        found.append(mention)

    for pattern in (_ISO, _DAY_MONTH, _NUMERIC):
        for m in pattern.finditer(sentence):
            month = _month(m.group("month"))
            day = int(m.group("day"))
            year = _year(m.group("year"))
            if month is None or not free(m.start(), m.end()) or _valid(year or 2024, month, day) is None:
                continue
            if pattern is _NUMERIC and year is None and not _SHORT_NUMERIC_BEFORE.search(sentence[max(0, m.start() - 30):m.start()]):
                continue  # "Ziffer 5.3." is no date
            start = m.start()
            weekday = None
            window = max(0, start - 30)
            attached = _WEEKDAY_BEFORE.search(sentence[window:start])
            if attached:
                weekday = WEEKDAYS[attached.group("weekday").lower()]
                start = window + attached.start()
            end = m.end()
            if attached and "(" in attached.group(0):
                close = re.match(r"\s*\)", sentence[end:end + 5])
                end += close.end() if close else 0
            role = mention_role(sentence, start, end, cues)
            add(Mention("day", sentence[start:end].strip(" ,"), index, start, role, year, month, day, weekday),
                start, end)
    for m in _MONTH_YEAR.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        role = mention_role(sentence, m.start(), m.end(), cues)
        year = _year(m.group("year"))
        add(Mention("month", m.group(0).strip(), index, m.start(), role, year, _month(m.group("month")),
                    year_inferred=year is None), m.start(), m.end())
    for m in _LAST_WEEK_WEEKDAY.finditer(sentence):
        role = "event" if mention_role(sentence, m.start(), m.end(), cues) == "event" else "background"
        add(Mention("relative", m.group(0).strip(), index, m.start(), role,
                    weekday=WEEKDAYS[m.group("weekday").lower()], offset=-1), m.start(), m.end())
    for m in _WEEKDAY.finditer(sentence):
        if not free(m.start(), m.end()):
            continue
        prep, adj = m.group("prep").lower(), (m.group("adj") or "").lower()
        if adj in ("vergangenen", "letzten", "vorigen"):
            # "kamen am vergangenen Donnerstag in die Halle": the event, counted back from the report's
            # day; in a pluperfect or a future clause, what came before
            role = "event" if mention_role(sentence, m.start(), m.end(), cues) == "event" else "background"
        elif adj in ("kommenden", "nächsten"):
            role = "future"
        elif prep in ("seit", "vom"):
            role = "background"
        elif prep in ("bis", "ab"):
            role = "deadline"
        else:
            role = mention_role(sentence, m.start(), m.end(), cues)
        weekday = WEEKDAYS[m.group("weekday").lower()]
        if m.group("last_week"):  # "am Dienstag vergangener Woche": that day of the week before the anchor's
            add(Mention("relative", m.group(0).strip(), index, m.start(), role, weekday=weekday, offset=-1),
                m.start(), m.end())
        else:
            add(Mention("weekday", m.group(0).strip(), index, m.start(), role, weekday=weekday), m.start(), m.end())
            month_after = _MONTH_AFTER_WEEKDAY.match(sentence, m.end())
            if month_after:  # "an diesem Mittwoch im April": the month the weekday lies in, its year unknown
                add(Mention("month", month_after.group(0).strip(), index, month_after.start(), role,
                            month=_month(month_after.group("month")), year_inferred=True),
                    month_after.start(), month_after.end())
    for m in _BARE_MONTH.finditer(sentence) if bare_months else ():
        if free(m.start(), m.end()) and m.group("month")[:1].isupper():
            role = mention_role(sentence, m.start(), m.end(), cues)
            add(Mention("month", m.group(0).strip(), index, m.start(), role, month=_month(m.group("month")),
                        year_inferred=True), m.start(), m.end())
    for m in _RELATIVE_DAY.finditer(sentence):
        if free(m.start(), m.end()):
            role = mention_role(sentence, m.start(), m.end(), cues)
            named = _WEEKDAY_AFTER_TODAY.match(sentence, m.end()) if m.group("word").lower() == "heute" else None
            add(Mention("relative", m.group(0), index, m.start(), role,
                        weekday=WEEKDAYS[named.group("weekday").lower()] if named else None,
                        offset=_RELATIVE_OFFSET[m.group("word").lower()]), m.start(), m.end())
    for m in _DAY_BEFORE.finditer(sentence):
        if free(m.start(), m.end()):
            add(Mention("relative", m.group(0), index, m.start(), mention_role(sentence, m.start(), m.end(), cues),
                        offset=1), m.start(), m.end())
    return tuple(sorted(found, key=lambda x: x.start))


_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY_RE})\b", re.I)


_SHORT_WEEKDAY_BEFORE = re.compile(r"\b(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s*$", re.I)  # "APA0297 … Do, 12.Jun 2025", "MI, 23.Apr 2025"
_SEPARATOR_BEFORE = re.compile(r"[|·–—]\s*$")
_FIELD_AFTER = re.compile(r"\s*[|·]\s")
_EDITION_WORDS = re.compile(r"(?:\s*[^\W\d][\w-]*){1,2}(?:\s*[0-3]?\d\./)?\s*$")  # "Wochenendausgabe 1./"
# (or a broadcast's line of a few fields: "ORF Radio Oberösterreich, Journal um fünf, 27. Jänner 2025")
_BYLINE_BEFORE = re.compile(r"(?:\s*[^\W\d][^,.!?]{0,60}[,|·]\s*){1,3}")
_CLOCK_AFTER = re.compile(r"\s*[,|–-]?\s*(?:um\s+)?[0-2]?\d[:.][0-5]\d\s*Uhr\b")
_ISSUED_BEFORE = re.compile(r"\bvom\s*$", re.I)
# "Sondersitzung im Rathaus Traunau am 13.06.2025 – alle Entwicklungen im Überblick": a subline that
# names a sitting and its date in a few words before a dash
# (names and the small words between them, "und" too, an adjective after one: "Liveticker zur städtischen
# Abstimmung vom 28.09.2025 – …", or after an opening article: "Die ausserordentliche
# Gemeindeversammlung vom 26.11.2025 …"; "Stadtrat kippt den Beschluss vom …" tells a date)
_SETTING_BEFORE = re.compile(r"\s*(?:(?:Die|Der|Das)\s+[a-zäöüß]+e[mnrs]?\s+(?=[A-ZÄÖÜ]))?[^\W\d][\w-]*"
                             r"(?:\s+(?:(?:im|in|der|des|dem|zur|zum|auf|aus|von|bei|und)"
                             r"(?:\s+[a-zäöüß]+e[mnrs]?(?=\s+[A-ZÄÖÜ]))?"
                             r"|[^\W\d_a-zäöüß][\w-]*)){0,5}?"
                             rf"(?:\s+(?:am|vom)(?:\s+(?i:{_WEEKDAY_RE}),?)?|,)\s+")
# "… vom 02.07.2025 in der Mehrzweckhalle Rebacker – wir berichten laufend": the sitting's hall,
# or what it is about ("… am 18.09.2025 zur Stromkonzession – alle Entwicklungen im Überblick"),
# and where it is followed ("… in der Mehrzweckhalle Wilerbach im Liveticker")
_PLACE_AFTER = re.compile(r"(?:(?:\s+(?:in|im|auf|an|zur|zum|über)(?:\s+(?:der|dem|den|die|das))?(?:\s+[A-ZÄÖÜ][\w-]*){1,3}){1,2}"
                          r"(?=\s[–—]|\s*$))?")
# the subline's dash, its end, or a colon before the text it opens ("Live-Ticker aus dem Bundeshaus
# vom 11.06.2025: Der Nationalrat berät …")
_SETTING_END = re.compile(r"\s[–—]\s|\s*$|(?P<colon>:(?:\s|$))")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
# a preposition or article before a weekday: the date is told in a sentence, not stamped on the report
_TOLD_BEFORE = re.compile(r"\b(?:am|zum|bis|seit|ab|an|dem|den|für)\s*$", re.I)  # ("Liveticker vom …" stamps)


def _sentence_around(line: str, start: int, end: int) -> str:
    """The sentence of a paragraph line a date stands in ('… beschäftigt am Donnerstag die Zeitungen.
    Der Stadtrat hatte am Mittwoch, 3. September 2025, … unterzeichnet': the second)."""
    after = line.find(". ", end)
    return line[line.rfind(". ", 0, start) + 1:after if after >= 0 else len(line)]


def publication_anchor(text: str, cues: DateCues) -> Anchor | None:
    """The earliest full date that says when the report went out: on a line near its start or
    end with a publication word ("gesendet", "Stand:"), next to little else ("12.05.2025,
    14:03 Uhr"), with its clock time or its weekday, or in a dateline ("Berlin, 23.10.2025 -")."""
    lines = [line for line in text.splitlines() if line.strip()]
    edge = lines[:3] + lines[-3:] if len(lines) > 6 else lines
    # after title, teaser and byline only a line with the date alone: "14.11.2025, 18.30 Uhr"
    late = lines[3:5] if len(lines) > 8 else []
    best: Anchor | None = None
    for number, line in enumerate(edge + late):
        lower = line.lower()
        for pattern in (_ISO, _DAY_MONTH, _NUMERIC):
            for m in pattern.finditer(line):
                sentence = _sentence_around(lower, m.start(), m.end())
                # "Presseschau vom Mittwoch: … Die Versammlung hatte am Dienstag, 23. September 2025, …":
                # the publication word stamps the date of its own sentence only
                has_cue = number < len(edge) and any(cue in sentence for cue in cues.publication)
                dateline = number == 0 and _DATELINE_BEFORE.match(line[:m.start()]) and _DATELINE_AFTER.match(line[m.end():])
                rest = _WEEKDAY_WORD.sub("", line[:m.start()] + line[m.end():])  # "Montag, 28. Juli 2025"
                bare = len(re.findall(r"[^\W\d_]", rest)) <= 5  # "12.05.2025, 14:03 Uhr"
                # "11. Juni 2025, 21:48 Uhr Quelle: …", "LIVETICKER | … – Samstag, 22. November 2025":
                # a date with its clock time or its weekday stamps the report
                # (not "…, die Venezuela am Samstag, 16. August 2025, freigelassen hat": a date the text
                # tells; but "So kommentieren die Zeitungen am Mittwoch, 22. Oktober 2025" dates the papers)
                weekday = _WEEKDAY_BEFORE.search(line[max(0, m.start() - 30):m.start()])
                told = weekday is not None and _TOLD_BEFORE.search(
                    line[:max(0, m.start() - 30) + weekday.start()]) is not None and not any(
                    word in sentence for word in cues.press)
                stamped = _CLOCK_AFTER.match(line, m.end()) is not None or (
                    m.group("year") is not None and ((weekday and not told)
                                                     or _SHORT_WEEKDAY_BEFORE.search(line[:m.start()])))
                # "KURIER | Sport | 11.12.2025": a masthead line that ends in its date
                # "… · Wochenendausgabe 1./2. November 2025": a word or two after the last separator
                masthead = (number == 0 and not line[m.end():].strip()
                            and _SEPARATOR_BEFORE.search(_EDITION_WORDS.sub("", line[:m.start()])) is not None)
                # "Erlenbühler Nachrichten | 24.11.2025 | Ticker: Corinne Aebi": a masthead field of its own
                field = (number < 3 and m.group("year") is not None and _SEPARATOR_BEFORE.search(line[:m.start()])
                         is not None and _FIELD_AFTER.match(line, m.end()) is not None)
                # "… abschließen. (APA, AFP, red, 6.11.2025)": an agency code closing the text, with its date
                opening = line.rfind("(", 0, m.start())
                closing_code = (number >= len(edge) - 3 and opening >= 0 and line[m.end():].strip() == ")"
                                and "," in line[opening:m.start()])
                # "Interview: Mareike Sonnenfeld, 2. Dezember 2025", "Von Petra Lindinger | 15. Mai 2025": a
                # byline that ends in the full date
                byline = (m.group("year") is not None and not line[m.end():].strip()
                          and _BYLINE_BEFORE.fullmatch(line[:m.start()]) is not None)
                # "Parlamentskorrespondenz Nr. 1047 vom 12.11.2025": a release's first line (or the
                # first after its title), of its day
                issued = (number <= 1 and m.group("year") is not None and not line[m.end():].strip()
                          and _ISSUED_BEFORE.search(line[:m.start()]) is not None)
                setting_end = _SETTING_END.match(line, _PLACE_AFTER.match(line, m.end()).end())
                setting = (0 < number < 3 and m.group("year") is not None and setting_end is not None
                           and (setting_end.group("colon") is not None or not _SENTENCE_END.search(line))
                           and _SETTING_BEFORE.fullmatch(line[:m.start()]) is not None)
                if not (has_cue or dateline or bare or stamped or masthead or field or closing_code or byline
                        or issued or setting):
                    continue
                year, month = _year(m.group("year")), _month(m.group("month"))
                date = _valid(year, month, int(m.group("day"))) if year and month else None
                # "Ratssitzung der Stadt Altenbrück, Donnerstag, 18. September 2025 – Aula …": a line
                # under the title that names a sitting with its day dates what the report follows
                before_date = lower[lower.rfind(". ", 0, m.start()) + 1:m.start()]  # its own sentence's words
                sitting = (0 < number < 3 and m.group("year") is not None and (stamped or setting)
                           and any(word in before_date for word in cues.sittings))
                if date and (best is None or date < best.date):
                    best = Anchor(date.year, date.month, date.day, "publication", m.group(0).strip(), bool(dateline),
                                  sitting)
    return best


def _month_source(anchor: Anchor) -> str:
    """Where a month-only anchor comes from, for the brief's date evidence."""
    if anchor.source == "rubric":
        return f"Rubrikzeile: {anchor.text}"
    return f"Kopfzeile: date {anchor.text}"


def rubric_month(text: str) -> Anchor | None:
    """'KANTONSRAT · SEPTEMBERSESSION 2025': a month and year in a short rubric line that opens a
    report without header; it dates the report as the header's month would."""
    for line in [line for line in text.splitlines() if line.strip()][:2]:
        m = _MONTH_YEAR.search(line)
        if m and m.group("year") and len(line.split()) <= 8 and not line.rstrip().endswith((".", "!", "?")):
            month = _month(m.group("month"))
            if month:
                return Anchor(int(m.group("year")), month, None, "rubric", f"{m.group('year')}-{month:02d}")
    return None


# "Freitag, 14. November", "Wien, 4. Dezember": a line that holds a day, its weekday or its place and
# nothing else
_DATE_LINE = re.compile(rf"^\s*(?:(?!(?:{_WEEKDAY_RE})\b)[^\W\d][\w./ -]{{0,40}},\s*)?"
                        rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?P<day>[0-3]?\d)\.\s*(?P<month>{_MONTH_RE})\.?\s*$",
                        re.I)


_MASTHEAD_SEPARATOR = re.compile(r"\s[|·]\s")  # between the fields of a masthead line
_HEADING_DASH = re.compile(r"\s[–—]\s")
_DATE_LINE_REACH = 5  # lines: title, rubric, teaser, then the date line
_STAMP_DAY = rf"(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?:de[nm]\s+)?(?P<day>[0-3]?\d)\.\s*(?P<month>{_MONTH_RE})\b(?!\s*\d)"
# "…, Dienstag, 9. Dezember, 17.30 Uhr": a weekday, the day and the clock time stamp a broadcast
_CLOCK_STAMP = re.compile(rf"(?:^|,\s*){_STAMP_DAY}\s*[,|–-]\s*(?:um\s+)?[0-2]?\d[:.][0-5]\d\s*Uhr\b", re.I)
# "Ticker vom Mittwoch, 19. Februar – die neuesten Einträge stehen oben": a line that opens with
# what it is and the day it is of
_OF_DAY_LINE = re.compile(rf"^\s*[^\W\d][\w-]*\s+vom\s+(?:(?P<weekday>{_WEEKDAY_RE}),?\s+)?(?P<day>[0-3]?\d)\.\s*"
                          rf"(?P<month>{_MONTH_RE})\b(?!\s*\d)", re.I)


def _dateline_days(analysed: Analysed) -> Iterator[tuple[re.Match[str], int]]:
    """The day-months the datelines give ('Brüssel, 14. Nov (Reuters) -', 'ali. BAKU, 9. September.')."""
    for seg in analysed.segments:
        if seg.kind != "dateline":
            continue
        text = seg.text(analysed.text)
        m = _DAY_MONTH.search(text) or _NUMERIC.search(text)  # "Bern, 20.08.2025 (Keystone-SDA) -"
        month = _month(m.group("month")) if m else None
        if m and month is not None:
            yield m, month


def _stamp_days(text: str, cues: DateCues) -> Iterator[re.Match[str]]:
    """Day-months without a year on the opening lines that stamp the report: a line or a masthead's
    field of its own ('Freitag, 14. November'), one that opens with what it is ('Ticker vom
    Mittwoch, 19. Februar'), one with a publication word ('…, Sendung vom 15. Oktober') or with the clock time
    ('Regionaljournal Zentralschweiz, Dienstag, 9. Dezember, 17.30 Uhr')."""
    published = _published_day(cues.publication) if cues.publication else None
    for line in [line for line in text.splitlines() if line.strip()][:_DATE_LINE_REACH]:
        m = _DATE_LINE.match(line) or _OF_DAY_LINE.match(line) or (published and published.search(line))
        if m is None:
            m = _CLOCK_STAMP.search(line)
        if m is None:  # "Traunfelder Rundschau | Donnerstag, 13. November | laufend aktualisiert"
            m = next(filter(None, map(_DATE_LINE.match, _MASTHEAD_SEPARATOR.split(line))), None)
        if m is None and not line.rstrip().endswith((".", "!", "?")):
            # "Liveticker: Bürgerentscheid über den Gasthof zur Post – Sonntag, 19. Oktober": a heading
            # that ends in the day with its weekday
            last = _HEADING_DASH.split(line)[-1]
            m = _DATE_LINE.match(last) if last != line else None
            m = m if m is not None and m.group("weekday") else None
        if m is None:
            # "Gemeinderatssitzung im Rathaus Kremsfeld, Dienstag, 14. Oktober – die neuesten Einträge
            # stehen oben": a sitting and its day with the weekday, before a dash
            first = _HEADING_DASH.split(line)[0]
            m = _DATE_LINE.match(first) if first != line else None
            m = m if m is not None and m.group("weekday") else None
        if m is not None:
            yield m


@lru_cache(maxsize=8)
def _published_day(publication: tuple[str, ...]) -> re.Pattern[str]:
    """A publication word right before a day-month: 'Sendung vom 15. Oktober'."""
    return re.compile(rf"(?:{'|'.join(map(re.escape, publication))})\s*(?:am\s+)?{_STAMP_DAY}", re.I)


def _stamp_weekday_agrees(m: re.Match[str], date: dt.date) -> bool:
    return m.group("weekday") is None or WEEKDAYS[m.group("weekday").lower()] == date.weekday()


def dateline_anchor(analysed: Analysed, header: HeaderDate | None, cues: DateCues | None = None) -> Anchor | None:
    """'Brüssel, 14. Nov (Reuters) -', or a line of its own 'Freitag, 14. November' under a
    broadcast's title (see _stamp_days): the day a dateline gives without a year, in the header's
    year where the header's month agrees (and a weekday given with it agrees too)."""
    if header is None or header.day:
        return None
    for m in _stamp_days(analysed.text, cues or DateCues()):
        month = _month(m.group("month"))
        date = _valid(header.year, month, int(m.group("day"))) if month == header.month else None
        if date and _stamp_weekday_agrees(m, date):
            return Anchor(date.year, date.month, date.day, "publication", m.group(0).strip())
    for m, month in _dateline_days(analysed):
        date = _valid(header.year, month, int(m.group("day"))) if month == header.month else None
        if date:
            return Anchor(date.year, date.month, date.day, "publication", m.group(0).strip(), True)
    for m in _TODAY.finditer(analysed.text):  # "Guten Morgen aus Bern! Heute, Mittwoch, 17. September, …"
        month = _month(m.group("month"))
        date = _valid(header.year, month, int(m.group("day"))) if month == header.month else None
        if date and (m.group("weekday") is None or WEEKDAYS[m.group("weekday").lower()] == date.weekday()):
            return Anchor(date.year, date.month, date.day, "publication", m.group(0).strip(), True)
    return None


# the day a text says it is written on, anywhere in it (a ticker opens its oldest entry with it)
_TODAY = re.compile(rf"\b[Hh]eute\s*,?\s+(?:(?:am|den|dem)\s+)?(?:(?P<weekday>{_WEEKDAY_RE})\s*,?\s+(?:(?:den|dem)\s+)?)?"
                    rf"(?P<day>[0-3]?\d)\.\s*(?P<month>{_MONTH_RE})\b", re.I)


def _dateline_day_without_header(analysed: Analysed, reading: _Reading, weekday: int | None) -> Anchor | None:
    """The day of a dateline in a report without header ('Brüssel, 26. Juni 2025 (Reuters) -');
    without its year ('ali. BAKU, 9. September.') in the year the text's own years give (see
    resolve_year); None where no year fits."""
    for m, month in _dateline_days(analysed):
        year = _year(m.group("year")) if m.group("year") else resolve_year(
            month, int(m.group("day")), weekday, None, reading.past_years, reading.all_years)
        date = _valid(year, month, int(m.group("day"))) if year else None
        if date:
            return Anchor(date.year, date.month, date.day, "publication", m.group(0).strip(), True)
    return None


def _stamp_day_without_header(analysed: Analysed, reading: _Reading, cues: DateCues) -> Anchor | None:
    """'Regionaljournal Zentralschweiz, Dienstag, 9. Dezember, 17.30 Uhr' and no header: the
    stamp's day in the year the text's own years give with its weekday (see resolve_year); only a
    stamp that names its weekday, which rules out the wrong years."""
    for m in _stamp_days(analysed.text, cues):
        if m.group("weekday") is None:
            continue
        month, day = _month(m.group("month")), int(m.group("day"))
        year = resolve_year(month, day, WEEKDAYS[m.group("weekday").lower()], None, reading.past_years,
                            reading.all_years) if month else None
        date = _valid(year, month, day) if year else None
        if date:
            return Anchor(date.year, date.month, date.day, "publication", m.group(0).strip(" ,"))
    # "Heute, am 8. Juli, hat Fidexa informiert" beside "bestätigt heute Dienstag": the day the
    # text calls today, in the year its weekday fits
    today = next((m.weekday for m in reading.mentions if m.kind == "relative" and m.offset == 0
                  and m.weekday is not None), None)
    for m in reading.mentions:
        if (m.kind != "day" or m.month is None or m.day is None
                or not _TODAY_BEFORE.search(analysed.sentences[m.sentence].text[:m.start])):
            continue
        weekday = m.weekday if m.weekday is not None else today
        year = m.year or (resolve_year(m.month, m.day, weekday, None, reading.past_years, reading.all_years)
                          if weekday is not None else None)
        date = _valid(year, m.month, m.day) if year else None
        if date:
            return Anchor(date.year, date.month, date.day, "publication", f"{m.text} {date.year}")
    return None


_TODAY_BEFORE = re.compile(r"\bheute\s*,?\s*(?:am\s+|den\s+)?$", re.I)


def _anchor(header: HeaderDate | None, published: Anchor | None) -> Anchor | None:
    if header and header.day:
        return Anchor(header.year, header.month, header.day, "header", header.text)
    if published and (header is None or (published.year, published.month) == (header.year, header.month)):
        return published
    if header:
        return Anchor(header.year, header.month, None, "header", header.text)
    return None


# A day-month up to this many days after the report's date is this year's (a plan, or a header a
# day behind the text); further on it is last year's.
_LATER_DAYS = 60


def resolve_year(month: int, day: int, weekday: int | None, anchor: Anchor | None,
                 past_years: list[int], all_years: list[int]) -> int | None:
    """Year of a day-month written without one. With an anchor, its year (the year before when
    the day would lie more than two months after it). Else the latest year the text names as
    past; with a weekday, the first year in which that weekday falls on the day among the years the
    text names from the year before that latest past one on (nearest it first), then the years after
    it up to the earliest planned year. Where the text names years only for plans, the earliest of them or the year
    before it, if the weekday agrees. Never a year in which the weekday disagrees."""
    def agrees(year: int) -> bool:
        date = _valid(year, month, day)
        return date is not None and (weekday is None or date.weekday() == weekday)

    if anchor:
        year = anchor.year
        reference = _valid(anchor.year, anchor.month, anchor.day or calendar.monthrange(anchor.year, anchor.month)[1])
        same_year = _valid(year, month, day)
        if reference and same_year and (same_year - reference).days > _LATER_DAYS:
            year -= 1  # "am 20. Dezember" in a report of March: last year's December
        return year if agrees(year) else None
    if not past_years:
        # only plans and deadlines name a year ("ab Oktober 2026"): a weekday that agrees with the
        # earliest of them, or with the year before it (plans lie ahead of the report: "ab dem 1.
        # Januar 2026" beside "am Donnerstag, dem 4. Dezember"), fixes it; without one it stays unknown
        earliest = min(all_years, default=None)
        if weekday is None or earliest is None:
            return None
        return next((y for y in (earliest, earliest - 1) if agrees(y)), None)
    latest = max(past_years)
    if weekday is None:
        return latest if agrees(latest) else None
    later = [y for y in all_years if y > latest]
    last = min(min(later, default=latest + 6), latest + 6)  # a week of weekdays over the next years
    # years the text names come first, nearest the latest past one ("Herbst 2025", "Frühjahrstagung
    # 2026": a Saturday 22 November is 2025, not 2031)
    # ("Seit 2019 überprüft die Bibliothek …" beside a "1941" of the background: the event is not
    # older than the latest past year, so a year before it is no candidate)
    candidates = {y for y in set(past_years) | set(all_years) if y >= latest - 1}
    named = sorted(candidates, key=lambda y: (abs(y - latest), -y))
    # then the year just before the latest past one, which may be a period funded ahead ("in den
    # Jahren 2026 und 2027 … beizusteuern" beside "am Montag, dem 3. November" of 2025)
    ordered = named + list(range(latest, last + 1)) + [latest - 1]
    found = next((y for y in ordered if agrees(y)), None)
    if found is None:
        # "am Montag, 16. Juni" beside "Sommer 2021" and a background "bis 2023": where no year up to
        # the first later one fits, the one year of the six after the latest past one that does
        fitting = [y for y in range(latest + 1, latest + 7) if agrees(y)]
        found = fitting[0] if len(fitting) == 1 else None
    return found


# words right before a year that make it the current one, even in a plan
_THIS_YEAR = re.compile(r"(?:\bnoch\s+(?:im|in|bis)\s+(?:\w+\s+){0,2}|\blaufenden\s+Jahr(?:es)?\s+)$", re.I)


@dataclass
class _Reading:
    mentions: list[Mention] = field(default_factory=list)
    past_years: list[int] = field(default_factory=list)
    all_years: list[int] = field(default_factory=list)
    past_by_sentence: dict[int, list[int]] = field(default_factory=dict)  # sentence index -> its past years
    plan: tuple[int, int] | None = None  # the earliest month the text plans or sets a term from
    next_step: tuple[int, int] | None = None  # the earliest month of a step still to come (no term)
    present: int | None = None  # the year the text is written in, from "vor sieben Jahren, im Herbst 2018"
    present_text: str = ""


def _read(analysed: Analysed, cues: DateCues) -> _Reading:
    reading = _Reading()
    budget_years: list[int] = []
    for sentence in analysed.sentences:
        mentions = sentence_mentions(sentence.text, sentence.index, cues, bare_months=True)
        reading.mentions.extend(mentions)
        for m in _ANY_YEAR.finditer(sentence.text):
            if _COUNT_BEFORE.search(sentence.text[:m.start()]) or _COUNTED_AFTER.match(sentence.text, m.end()):
                continue
            year = int(m.group("year"))
            reading.all_years.append(year)
            before = sentence.text[max(0, m.start() - 30):m.start()]
            if _PLAN_YEAR_BEFORE.search(before):
                if _BUDGET_YEAR_BEFORE.search(before):
                    budget_years.append(year)
                continue  # "im Haushaltsentwurf 2026": the plan's year
            within = next((x for x in mentions if x.start <= m.start() < x.start + len(x.text)), None)
            role = within.role if within else mention_role(sentence.text, m.start(), m.end(), cues)
            if role not in ("future", "effective", "deadline") or _THIS_YEAR.search(sentence.text[:m.start()]):
                reading.past_years.append(year)  # "noch im Sommer 2025", "im laufenden Jahr 2025": now
                if within is None or within.kind != "day":
                    # "am Mittwoch, 2. Juli, … 27 Jahre nach dem Gesetz vom 3. Juli 1998": a year that
                    # completes another day's date is that day's, not one for its sentence's other days
                    reading.past_by_sentence.setdefault(sentence.index, []).append(year)
    # a bare year later than every year the text dates a day or month with is a target, not the past
    # ("das Ziel der Klimaneutralität 2035" beside "seit der Kommunalwahl im September 2025")
    dated = [m.year for m in reading.mentions if m.year is not None and m.kind in ("day", "month")
             and m.role not in ("future", "effective", "deadline")]
    if dated:
        reading.past_years = [year for year in reading.past_years if year <= max(dated)]
    # nor is a year after a day or month the text plans or sets a term from ("ab dem 1. Jänner 2026,
    # also in knapp zehn Monaten" beside "die Evaluierung 2030"): the past lies before every plan
    stated_months = [m for m in reading.mentions if m.year is not None and m.month is not None
                     and m.kind in ("day", "month") and not m.year_inferred]
    planned = [(m.year, m.month) for m in stated_months if m.role in ("future", "effective", "deadline")]
    coming = [(int(m.group("year")), _COMING_PERIOD_MONTH) for sentence in analysed.sentences
              for m in _COMING_PERIOD.finditer(sentence.text)]
    reading.next_step = min([(m.year, m.month) for m in stated_months if m.role == "future"] + coming, default=None)
    planned += [(year, 1) for year in budget_years]
    if planned:
        reading.plan = min(planned)
        reading.past_years = [year for year in reading.past_years if year <= reading.plan[0]]
    present = present_year([sentence.text for sentence in analysed.sentences])
    if present is not None:  # the text's own year is the latest past one; later years lie ahead
        reading.present, reading.present_text = present
        reading.past_years = [year for year in reading.past_years if year < reading.present] + [reading.present]
    return reading


def _past_long_before_plans(reading: _Reading) -> bool:
    return bool(reading.plan and reading.past_years and max(reading.past_years) < reading.plan[0] - 1
                and reading.present is None)


def _full(mention: Mention, anchor: Anchor | None, reading: _Reading) -> Mention | None:
    """The mention with its year filled in, or None where the year cannot be known."""
    if mention.year is not None:
        return mention
    if mention.kind == "month" and anchor:
        return Mention(**{**mention.__dict__, "year": anchor.year})
    if mention.kind == "month" and reading.past_years:  # "an diesem Mittwoch im April": the latest past year
        year = max(reading.past_years)
        if _past_long_before_plans(reading):
            # "führt den Verein seit 2019" beside "hat Anfang November beschlossen, … zum 31. Dezember
            # 2025 zu schließen": a past year long before every plan is background; the month is the
            # last of its name before the earliest plan
            year = reading.plan[0] - (mention.month > reading.plan[1])
        elif reading.plan and (year, mention.month) > reading.plan:
            # "hat Ende November den Voranschlag für 2026 beschlossen": the plans lie ahead, so does
            # no month the report tells of
            year = reading.plan[0] - 1
        elif mention.role == "event" and any(
                m.role == "background" and m.year == year and not m.year_inferred and (m.month or 0) > mention.month
                for m in reading.mentions):
            # "Im Juli unterzeichneten …" after "nachdem sich der Landkreis im Oktober 2024 … zurückgezogen
            # hatte": the event follows what came before it, so its July is the next year's
            year += 1
        return Mention(**{**mention.__dict__, "year": year, "year_inferred": True})
    if mention.kind == "month" and len(set(reading.all_years)) == 1:
        # "Mitte Juli, wenige Wochen vor dem Anpfiff" beside only "ab der Saison 2025/26": the one year named
        return Mention(**{**mention.__dict__, "year": reading.all_years[0], "year_inferred": True})
    if mention.kind == "month" and not reading.past_years and reading.next_step:
        # "Anfang Juli hat der Ministerrat beschlossen" beside "Im kommenden Schuljahr 2025/26 testen
        # wir": the last such month before the step still to come
        year = reading.next_step[0] - (mention.month > reading.next_step[1])
        return Mention(**{**mention.__dict__, "year": year, "year_inferred": True})
    if mention.kind != "day":
        return None
    past_years, all_years = reading.past_years, reading.all_years
    if not anchor and mention.sentence in reading.past_by_sentence:
        # "am 2. Dezember in der Wintersession 2025": the year the sentence itself names
        past_years = all_years = reading.past_by_sentence[mention.sentence]
    elif not anchor and _past_long_before_plans(reading):
        # "Seit 2001 seien … verloren gegangen" beside "ab März 2026": background long before every
        # plan; the day is dated from the plans, as in a text that names no past year
        past_years, all_years = [], [year for year in all_years if reading.plan and year >= reading.plan[0]]
    year = resolve_year(mention.month, mention.day, mention.weekday, anchor, past_years, all_years)
    if year is None and not anchor and not past_years and mention.weekday is None and reading.next_step:
        # "hat am 11. März … vorgestellt" beside only "wird … in der Junisession 2025 beraten": the next
        # step lies ahead, so the day is the last of its date before it (a term, "gilt ab dem 1. Januar
        # 2027", may lie years ahead and dates nothing)
        year = reading.next_step[0] - (mention.month > reading.next_step[1])
    if year is None:
        return None
    return Mention(**{**mention.__dict__, "year": year, "year_inferred": True})


def _full_by_a_later_weekday(mention: Mention, anchor: Anchor | None, weekday: int | None,
                             events: list[Mention], reading: _Reading) -> Mention | None:
    """A day the text gives no year for, dated by the one weekday the text names for the event
    after its lead ("am 22. Oktober" beside plans for "2025 bis 2027", then "blieb am Mittwoch
    offen": only 2025 makes it a Wednesday). Only where nothing else dates the day; a weekday
    that fits none of the named years leaves it undated."""
    if anchor is not None or weekday is not None or mention.weekday is not None:
        return None
    named = {m.weekday for m in events if m.kind == "weekday" and m.weekday is not None}
    if len(named) != 1:
        return None
    full = _full(Mention(**{**mention.__dict__, "weekday": named.pop()}), None, reading)
    return Mention(**{**full.__dict__, "weekday": None}) if full is not None else None


def _year_of_its_sentence(m: Mention, reading: _Reading) -> bool:
    """'am 2. Dezember in der Wintersession 2025': the day's year is one its own sentence names."""
    return m.year in reading.past_by_sentence.get(m.sentence, ())


def _day_of(m: Mention) -> dt.date:
    return dt.date(m.year, m.month, m.day)


def _is_publication_note(mention: Mention, analysed: Analysed, cues: DateCues) -> bool:
    """'Veröffentlicht am 12.03.2025' read as a sentence, or 'heute' where the press comments: when the
    report went out, not the event."""
    sentence = analysed.sentences[mention.sentence].text.lower()
    if mention.kind == "relative" and mention.offset == 0 and any(word in sentence for word in cues.press):
        return True  # "Die Kommentatoren beschäftigen sich heute mit …": the review's own day
    if mention.kind in ("weekday", "day") and any(word in sentence for word in cues.commentary):
        # "… beschäftigen am Donnerstag die Kommentatoren", "Die Kommentatoren befassen sich am
        # Donnerstag, 10. Juli 2025, mit der Novelle": the review's day, not the event's (but a day
        # in a relative clause is the event's: "…, die die Ministerin am Mittwoch, 8. Oktober, vorgestellt hat")
        if mention.kind == "weekday" or not _RELATIVE_OPENED.search(sentence[:mention.start]):
            return True
    return mention.year is not None and any(cue in sentence for cue in cues.publication) and (
        mention.sentence < 2 or mention.sentence >= len(analysed.sentences) - 2)


def _counted_back(mention: Mention, anchor: Anchor, today: dt.date) -> DateFinding:
    """The day a weekday or a relative day ('gestern') names, counted back from the anchor's day
    (`today`): the last such weekday on or before it, or the one of the week before ('am vergangenen
    Dienstag')."""
    if mention.offset < 0:
        day = today - dt.timedelta(days=today.weekday() + 7 - (mention.weekday or 0))
    elif mention.kind == "relative":
        day = today - dt.timedelta(days=mention.offset)
    else:
        day = today - dt.timedelta(days=(today.weekday() - (mention.weekday or 0)) % 7)
    return DateFinding(day.isoformat(), "day", _weekday_evidence(mention, anchor), day.weekday())


def _weekday_evidence(mention: Mention, anchor: Anchor) -> str:
    on = "am" if mention.kind == "relative" and mention.offset == 0 else "vor dem"  # "heute" is the day itself
    if anchor.source == "header":
        return f"„{mention.text}“ {on} Datum der Kopfzeile {anchor.text}"
    return f"„{mention.text}“ {on} Veröffentlichungsdatum {anchor.text}"


# "vom Wochenende", "am vergangenen Wochenende" (not "am kommenden Wochenende")
_WEEKEND = re.compile(r"\b(?:am|vom|übers|über\s+das)\s+(?:(?:vergangenen|letzten|zurückliegenden)\s+)?Wochenende\b")
# "Vergangene Woche haben sich … verständigt": some day of the week before the report
_LAST_WEEK = re.compile(r"\b(?:(?:in\s+der\s+)?(?:vergangenen|letzten)\s+Woche|(?:vergangene|letzte)\s+Woche|"
                        r"in\s+der\s+Vorwoche)\b", re.I)
# A day the text states as past may lie this many days after the header's day: a header dated the
# evening before ("wurde am 14. Mai unterzeichnet" under "date 2025-05-13") is wrong, not the text.
_HEADER_SLACK_DAYS = 2
_TOLD_AFTER_WEEKDAY = 2  # sentences after a lead's weekday in which a pluperfect may give its day
_ON_DAY_BEFORE = re.compile(r"\b[Aa]m\s+$")
_ABOUT_EVENT_DAYS = 31
_DECISION_WEEK = 7


def extract_date(analysed: Analysed, cues: DateCues | None = None) -> DateFinding | None:
    """The event's date, or None where the report gives not even a month (see the module doc)."""
    cues = cues or DateCues()
    header: HeaderDate | None = analysed.report.header
    published = publication_anchor(analysed.text, cues) or dateline_anchor(analysed, header, cues)
    finding = _date_from(analysed, cues, header, _anchor(header, published))
    if (finding is not None and finding.precision == "month" and header is not None and header.day is None
            and published is not None and published.day is not None
            and _month_before(published) == (header.year, header.month)):
        # "Ö1 Mittagsjournal, Mittwoch, 3. Dezember 2025" under a header of November: the broadcast's
        # day counts a weekday back ("Vergangene Woche Donnerstag"), to a day of the header's month
        counted = _date_from(analysed, cues, header, published)
        if counted is not None and counted.precision == "day" and counted.value[:7] == finding.value:
            return counted
    return finding


def _date_from(analysed: Analysed, cues: DateCues, header: HeaderDate | None,
               anchor: Anchor | None) -> DateFinding | None:
    if anchor is None:
        anchor = rubric_month(analysed.text)
    reading = _read(analysed, cues)
    events = [m for m in reading.mentions if m.role == "event" and not _is_publication_note(m, analysed, cues)]
    body = body_start(analysed, OPENING)  # title and teaser before a dateline are no lead
    lead_weekdays = [m for m in events if (m.sentence < WEEKDAY_LEAD or body <= m.sentence < body + WEEKDAY_LEAD)
                     and (m.kind in ("weekday", "relative") or m.weekday is not None)
                     and not _announced_after_day(m, events, analysed)]
    named = next((m for m in lead_weekdays if m.weekday is not None), None)  # the weekday the text names
    weekday = named.weekday if named else None
    if anchor is None:  # "ali. BAKU, 9. September." and no header: the dateline's day, its year from the text
        anchor = _dateline_day_without_header(analysed, reading, weekday) or _stamp_day_without_header(
            analysed, reading, cues)

    anniversary = _anniversary(analysed, header, named)
    if anniversary is not None and (anchor is None or anchor.day is None):
        return anniversary  # "auf den Tag genau 70 Jahre nach den Erklärungen vom 29. März 1955"
    counted = _counted_from_stated_day(analysed, anchor, reading, named) or _counted_from_feast(
        analysed, anchor, reading, cues)
    if counted is not None:
        return counted
    interview = sum(1 for s in analysed.sentences if is_question(s.text)) >= INTERVIEW_QUESTIONS
    if anchor is None and interview:
        # "Das Gespräch wurde Ende Oktober geführt": an interview that says when it was held is of then
        held = next((m for m in reading.mentions if m.kind in ("day", "month")
                     and _INTERVIEW_HELD.search(analysed.sentences[m.sentence].text)), None)
        full = _full(held, None, reading) if held is not None else None
        if full is not None and full.year is not None:
            if full.kind == "day" and _valid(full.year, full.month, full.day):
                held_on = _day_of(full)
                if named is not None and named.weekday != held_on.weekday():
                    # "Am Dienstag hat die Kommission … verabschiedet. Das Gespräch wurde am Mittwoch,
                    # 29. Oktober, geführt": the event is the weekday the lead names before the talk
                    event = held_on - dt.timedelta(days=(held_on.weekday() - named.weekday) % 7)
                    return DateFinding(event.isoformat(), "day", f"{named.text} vor dem Gespräch vom {full.text}",
                                       event.weekday())
                return DateFinding(held_on.isoformat(), "day", f"{full.text} (Zeitpunkt des Gesprächs)",
                                   held_on.weekday())
            if full.kind == "month":
                return DateFinding(f"{full.year:04d}-{full.month:02d}", "month",
                                   f"{full.text} (Zeitpunkt des Gesprächs); Jahr {full.year}", None)

    days = []
    month_before: list[Mention] = []
    for mention in events:
        if mention.kind != "day":
            continue
        full = _full(mention, anchor, reading) or _full_by_a_later_weekday(mention, anchor, weekday, events, reading)
        if full is None or _valid(full.year, full.month, full.day) is None:
            continue
        date = _day_of(full)
        if anchor and anchor.day is None and (date.year, date.month) != (anchor.year, anchor.month):
            # the header's month is the event's; another month's day is background, unless the lead
            # dates the event in the month before ("am 27. November" in an interview of December)
            if (_month_before(anchor) == (date.year, date.month) and mention.role == "event"
                    and (mention.sentence < LEAD or body <= mention.sentence < body + LEAD)):
                month_before.append(full)
            continue
        if header and header.day is None and (header.year * 12 + header.month) - (date.year * 12 + date.month) > 1:
            continue  # "Seit Inkrafttreten am 1. Jänner 2022" under a header of October 2025: background
        if anchor and anchor.date and (date - anchor.date).days > _HEADER_SLACK_DAYS:
            continue  # a report cannot tell of a day after its own date
        if anchor and anchor.date and full.year_inferred and (anchor.date - date).days > _ABOUT_EVENT_DAYS:
            continue  # "erst am 17. Januar" in a report of 22 November: a plan, or long past; not the event
        in_header_month = anchor is not None and anchor.day is None and (date.year, date.month) == (anchor.year, anchor.month)
        if weekday is not None and full.weekday is None and date.weekday() != weekday and full.year_inferred and not (
                in_header_month and mention.sentence < LEAD):
            # a weekday that disagrees rules out a year guessed for a day, not a day in the header's
            # month that the lead states ("sei am 17. August in Maskat eingetroffen" before "Am
            # Montagabend landete der Mann in Zürich")
            continue
        days.append(full)

    if anchor is None:
        # without an anchor, a day before the month the lead states with its year ("Ende August 2025
        # hat der Bundesrat beschlossen … unterzeichnete am 19. September 2022") is background
        lead_months = [(m.year, m.month) for m in events if m.kind == "month" and m.year and not m.year_inferred
                       and (m.sentence < LEAD or body <= m.sentence < body + LEAD)]
        if lead_months:
            # (and "Das entscheidet der Gemeinderat an seiner Sitzung vom 15. Dezember" far below a lead
            # of "im November 2025" is a step still to come: a later month's day, its year inferred)
            days = [m for m in days if (m.year, m.month) >= max(lead_months) and not (
                m.year_inferred and m.sentence >= OPENING and (m.year, m.month) > max(lead_months))]

    def finding(m: Mention) -> DateFinding:
        date = _day_of(m)
        evidence = m.text
        if m.year_inferred and anchor:
            evidence += f"; Jahr aus dem Datum {anchor.text}"
        elif m.year_inferred:
            if _year_of_its_sentence(m, reading):
                how = "das im selben Satz genannte Jahr"
            elif m.year == reading.present:
                how = f"das Jahr, in dem der Text geschrieben ist („{reading.present_text}“)"
            elif not reading.past_years or _past_long_before_plans(reading):
                how = ("das Jahr der frühesten genannten Planung oder das davor, in dem der Wochentag stimmt"
                       if m.weekday is not None else "das letzte Jahr, in dem der Tag vor dem nächsten genannten Schritt liegt")
            elif m.weekday is not None:
                how = "das erste Jahr nahe dem jüngsten genannten vergangenen, in dem der Wochentag stimmt"
            else:
                how = "das jüngste genannte vergangene Jahr"
            evidence += f"; Jahr {m.year}: {how}"
        return DateFinding(date.isoformat(), "day", evidence, date.weekday())

    if anchor is not None and anchor.sitting and anchor.date:
        # the sitting the line under the title names is what the report follows; days the text
        # tells ("der Bauausschuss hat am 2. September … empfohlen") came before it
        return DateFinding(anchor.date.isoformat(), "day", f"{anchor.text} (Tag der Sitzung)", anchor.date.weekday())
    lead_days = [m for m in days if m.sentence < LEAD]
    agreeing = [m for m in lead_days if weekday is None or _day_of(m).weekday() == weekday]
    if anchor and anchor.date and any(m.kind != "day" for m in lead_weekdays):
        # "am Dienstag" alone means the last Tuesday: a lead day weeks before it is background
        agreeing = [m for m in agreeing if m.weekday is not None or (anchor.date - _day_of(m)).days < 7]
    if anchor is None and agreeing:
        later = _weekday_after_stated_day(agreeing[0], events)
        if later is not None:
            return later
    if agreeing:
        return finding(agreeing[0])
    reviewed = _reviewed_day(analysed, anchor, reading, cues)
    if reviewed is not None:
        return finding(reviewed)
    # "am Montag, 1. Dezember" in a ticker of 16 November names its own day, a step still to come:
    # there is no weekday to count back
    counted_weekdays = [m for m in lead_weekdays if not (
        anchor and anchor.date and m.kind == "day" and (full := _full(m, anchor, reading)) is not None
        and _valid(full.year, full.month, full.day) and _day_of(full) > anchor.date)]
    if anchor and anchor.date and counted_weekdays:
        first = counted_weekdays[0]
        if anchor.source == "publication" and not anchor.filed:
            # "Die Richter hatten vorgestern … abgewiesen. Gestern kündigte das Ministerium an, …" in a
            # press review: the day its pluperfect tells first is the event, the later one a reaction
            told = next((m for m in reading.mentions if m.kind == "relative" and m.role == "background"
                         and m.offset > 0 and m.sentence < first.sentence), None)
            first = told or first
        return _counted_back(first, anchor, anchor.date)
    lead_part = _lead_part_of_month(events, body)
    about_event = [m for m in days if any(w in analysed.sentences[m.sentence].text.lower() for w in cues.event_words)
                   and (weekday is None or _day_of(m).weekday() == weekday)
                   and not (lead_part and _outside_part(m, lead_part))
                   # below the lead, a day months before the report's own day is background
                   and not (anchor and anchor.date and (anchor.date - _day_of(m)).days > _ABOUT_EVENT_DAYS)]
    if about_event:
        return finding(about_event[0])
    # "billigte … am Dienstag, 16. September, die Vereinbarung" below a title and a teaser: a day
    # stated with its weekday, the two agreeing, is the event's wherever the opening states it
    weekday_stated = [m for m in days if m.sentence < OPENING and m.weekday is not None
                      and _day_of(m).weekday() == m.weekday and (weekday is None or m.weekday == weekday)]
    if weekday_stated:
        return finding(weekday_stated[0])
    if lead_days and not (anchor and anchor.date):  # the weekday disagrees, but a stated day outweighs a month
        return finding(lead_days[0])
    if anchor is None or (anchor.source == "publication" and anchor.date):
        # a teaser pushed the lead down: the first day the opening states ("haben am 23. September
        # 2025 … angenommen", "Als A und B am 13. März … unterzeichneten") is the event's, rather
        # than the day the report went out; without an anchor only a day stated in full counts
        # (or its year in the same sentence: "am 2. Dezember in der Wintersession 2025", or where
        # only plans name years, from them: the month would have no other year)
        stated = [m for m in days if (anchor is not None or not m.year_inferred or _year_of_its_sentence(m, reading)
                                      or not reading.past_years)
                  and m.sentence < OPENING
                  and (weekday is None or _day_of(m).weekday() == weekday)
                  # "Seit Inkrafttreten des Gesetzes am 1. Jänner 2022" in a review of 16 October 2025
                  and not (anchor and (anchor.date - _day_of(m)).days > _ABOUT_EVENT_DAYS)]
        if stated:
            return finding(stated[0])
        # "an seiner Sitzung vom 2. September 2025 beschlossen … gab am Dienstagabend bekannt": a
        # full date of the event's setting, on the weekday the lead names
        opening_weekdays = {m.weekday for m in events if m.kind == "weekday" and m.sentence < OPENING}
        if anchor is None and opening_weekdays:
            setting = [m for m in reading.mentions if m.kind == "day" and m.role == "attribute" and m.year
                       and m.sentence < OPENING and _valid(m.year, m.month, m.day)
                       and _day_of(m).weekday() in opening_weekdays]
            if setting:
                return finding(setting[0])
        if anchor is None:
            # "…, die Venezuela am Samstag, 16. August 2025, freigelassen hat" in the lead: a day
            # stated in full with its own weekday, the two agreeing, even in a relative clause
            # ("Seit Montag, 8. September 2025, ist der Entwurf in Begutachtung": the day it started;
            # in a ticker the day it follows: "müssen sich am Dienstag, 4. November 2025, … verantworten")
            ticker = is_ticker(analysed.text)
            own_weekday = [m for m in reading.mentions if m.kind == "day" and m.year
                           and (m.role == "attribute" or (m.role == "future" and ticker)
                                or (m.role == "background" and _SINCE_BEFORE.search(
                                    analysed.sentences[m.sentence].text[:m.start])))
                           and not m.year_inferred and m.weekday is not None and m.sentence < LEAD
                           and _valid(m.year, m.month, m.day) and _day_of(m).weekday() == m.weekday]
            if own_weekday:
                return finding(own_weekday[0])
            # "Der Rat hatte am 16.10.2025 mit 31 zu 27 Stimmen beschlossen" opening a press review
            # without a date of its own: the day the lead tells in full, in the pluperfect, is the
            # event's (the days further down are next steps and deadlines)
            told = [m for m in reading.mentions if m.kind == "day" and m.role == "background" and m.year
                    and not m.year_inferred and m.sentence < LEAD and _in_pluperfect_sentence(m, analysed)
                    and _valid(m.year, m.month, m.day)]
            if told:
                return finding(told[0])
    if anchor and anchor.date:
        earlier = _earlier_lead_month(events, anchor, body)
        if earlier:
            return earlier
        if anchor.source == "publication":
            # "Der Senat hatte mit seinem Urteil vom 13. November …" in a press review of the 14th:
            # the decision's own day, stated in the opening, within the week before the review
            for m in reading.mentions:
                full = _full(m, anchor, reading) if m.kind == "day" and m.role in ("attribute", "background") else None
                if (full and m.sentence < OPENING and _valid(full.year, full.month, full.day)
                        and 0 < (anchor.date - _day_of(full)).days <= _DECISION_WEEK):
                    return finding(full)
        weekend = _in_lead(analysed, body, _WEEKEND)
        last_week = _in_lead(analysed, body, _LAST_WEEK)
        if last_week is not None and weekend is None and not lead_weekdays:
            # "Vergangene Woche haben sich … verständigt" in an interview of 27 June: a day of the
            # week before, to the month of its Monday (the text does not say which day)
            monday = anchor.date - dt.timedelta(days=anchor.date.weekday() + 7)
            return DateFinding(f"{monday.year:04d}-{monday.month:02d}", "month",
                               f"„{last_week.group(0)}“ vor dem Datum {anchor.text}; kein Tag")
        if weekend is not None:
            # "an ihrer Delegiertenversammlung vom Wochenende" in a review of Monday 1 December: the
            # Saturday and Sunday before, to the month (the text does not say which of the two days)
            saturday = anchor.date - dt.timedelta(days=(anchor.date.weekday() - 5) % 7)
            return DateFinding(f"{saturday.year:04d}-{saturday.month:02d}", "month",
                               f"„{weekend.group(0)}“ vor dem Datum {anchor.text}; Samstag oder Sonntag, kein Tag")
        # "Das Wort, das am Mittwoch … niemand aussprechen wollte", "hatten am Mittwoch … unterzeichnet"
        # in a press review: a weekday the lead states only in a relative clause or the pluperfect
        # still tells the event's day better than the report's own day does
        # (a dateline's own day is the news's, and a pluperfect under it tells what came before)
        aside_roles = ("attribute",) if anchor.filed else ("attribute", "background")
        # ("tagt seit Dienstag" tells when a meeting began, not the day of what the ticker reports)
        aside = next((m for m in reading.mentions if m.kind in ("weekday", "relative") and m.role in aside_roles
                      and m.offset >= 0 and not m.text.lower().startswith("seit")
                      and (m.sentence < WEEKDAY_LEAD or body <= m.sentence < body + WEEKDAY_LEAD)), None)
        if aside is not None:  # "vom gestrigen Donnerstag", "hatten am Mittwoch … unterzeichnet"
            return _counted_back(aside, anchor, anchor.date)
        # "Der Stadtrat hat gestern die Baubewilligung erteilt" below a teaser of three sentences:
        # a day before the dated issue, stated in the opening, is the event's
        before = next((m for m in events if m.kind == "relative" and m.offset > 0 and m.sentence < OPENING), None)
        if before is None and anchor.source == "publication" and not any(
                m.kind == "relative" and m.offset == 0 for m in reading.mentions):
            # a feature opens with a scene ("Die Zweizimmerwohnung … sah perfekt aus") and tells the news
            # further down ("hat die Arbeiterkammer gestern … vorgestellt"): the paper's day is not the
            # event's, unless the text tells of its own day ("Auf dem Programm heute" in a ticker)
            before = next((m for m in events if m.kind == "relative" and m.offset > 0), None)
        if before is not None:
            return _counted_back(before, anchor, anchor.date)
        if anchor.source == "header":
            return DateFinding(anchor.text, "day", f"Kopfzeile: date {anchor.text}", None)
        return DateFinding(anchor.date.isoformat(), "day", f"Veröffentlichungsdatum {anchor.text}", None)
    if anchor and anchor.day is None and named is not None:
        # "am Donnerstagabend" in the lead and "Die Sitzung vom 22. Mai" further down, in the
        # header's month: the one day of that month on that weekday the text names is the event's
        same = {_valid(anchor.year, m.month, m.day): m for m in reading.mentions
                if m.kind == "day" and m.role in ("event", "attribute") and m.month == anchor.month
                and m.year in (None, anchor.year)
                # not "Der Rechnungshof hatte in einem Bericht vom 5. November bemängelt": before
                and not _in_pluperfect_sentence(m, analysed)
                # nor "mit den Verbrauchsdaten vom 28. August bis 12. September": a span's first day
                and not _SPAN_AFTER.match(analysed.sentences[m.sentence].text, m.start + len(m.text))}
        fitting = [(day, m) for day, m in same.items() if day is not None and day.weekday() == weekday]
        if not fitting:
            # "war Dorit Kaden am Dienstagvormittag unterwegs. … Die Vermessungsingenieurin hatte die Grenzen
            # am 17. Juni 2025 … wiederhergestellt": the weekday's own day, told in the pluperfect right after it
            fitting = [(day, m) for m in reading.mentions
                       if m.kind == "day" and m.month == anchor.month and m.year in (None, anchor.year)
                       and 0 <= m.sentence - named.sentence <= _TOLD_AFTER_WEEKDAY
                       and _in_pluperfect_sentence(m, analysed)
                       # "am 17. Juni", not "in einem Bericht vom 5. November": the day something was done
                       and _ON_DAY_BEFORE.search(analysed.sentences[m.sentence].text[:m.start]) is not None
                       and not _SPAN_AFTER.match(analysed.sentences[m.sentence].text, m.start + len(m.text))
                       and (day := _valid(anchor.year, m.month, m.day)) is not None and day.weekday() == weekday]
        if len(fitting) == 1:
            day, m = fitting[0]
            return DateFinding(day.isoformat(), "day", f"„{named.text}“ und „{m.text}“ im Monat {anchor.text} "
                               f"({_month_source(anchor)})", day.weekday())
        counted_on = _counted_on_from_earlier_day(named, anchor, reading, analysed)
        if counted_on is not None:
            return counted_on
    if anchor and anchor.source == "rubric":  # "Ausgabe Oktober 2025" over "Ende September hat … bewilligt"
        earlier = _earlier_lead_month(events, anchor, body)
        if earlier:
            return earlier
    if anchor and anchor.day is None and month_before and not any(
            m.sentence < LEAD and (m.sentence, m.start) != (month_before[0].sentence, month_before[0].start)
            for m in lead_weekdays):  # a weekday the day itself carries ("Montagabend, 30. Juni") agrees
        return finding(month_before[0])
    if anchor and anchor.source == "header" and not lead_weekdays:
        # "Ende Juni stimmten die Delegierten …" under a July header: the lead's month before the header's
        earlier = _earlier_lead_month(events, anchor, body)
        if earlier and (int(earlier.value[:4]), int(earlier.value[5:7])) == _month_before(anchor):
            return earlier
    if anchor and anchor.day is None and named is None:
        # "Das Bundeskabinett hatte am Mittwoch, 16. Juli, … beschlossen" in the lead of a press review
        # under a July header, and no weekday of the event's own: a day the lead tells in the pluperfect
        # with its own weekday, in the header's month
        # (or "Das Gericht in Leipzig hatte am 15. Oktober 2025 entschieden", its year in place of the
        # weekday, where the lead says that commentators write)
        review = any(word in s.text.lower() for s in analysed.sentences[:LEAD] for word in cues.commentary)
        told = [m for m in reading.mentions if m.kind == "day" and m.role == "background"
                and m.sentence < LEAD and m.month == anchor.month and m.year in (None, anchor.year)
                and (day := _valid(anchor.year, m.month, m.day)) is not None
                and (day.weekday() == m.weekday if m.weekday is not None else review and m.year == anchor.year)]
        if told:
            return finding(Mention(**{**told[0].__dict__, "year": anchor.year, "year_inferred": told[0].year is None}))
    if anchor:
        note = _month_source(anchor)
        if named is not None:
            note += f"; im Text nur ein Wochentag („{named.text}“), kein Tag"
        return DateFinding(anchor.text, "month", note, weekday)
    months = [full for m in events if m.kind == "month" and (full := _full(m, anchor, reading)) is not None]
    lead_months = [(m.year, m.month) for m in months if m.sentence < LEAD or body <= m.sentence < body + LEAD]
    if lead_months:
        # "Im September hat der Nationalrat … empfohlen" and further down "Der Ständerat berät das
        # Geschäft im Dezember erneut": a later month whose year is only inferred is a next step
        months = [m for m in months if not (m.year_inferred and (m.year, m.month) > max(lead_months))]
    found = _latest_event_month(months, days, weekday)
    if found is None:
        # the last resort before no date at all: a month that dates the event's own subject in a
        # relative clause ("die Weltklimakonferenz, die im November 2025 … tagte, ging zu Ende")
        attributes = [m for m in reading.mentions if m.kind == "month" and m.role == "attribute" and m.year]
        found = _latest_event_month(attributes, [], weekday)
    return found


# "…, wie sie am Donnerstag mitteilte": the weekday of a reporting clause after the event's day
_REPORTING_CLAUSE_BEFORE = re.compile(r",\s*wie\s+(?:[\w-]+\s+){0,4}$", re.I)


def _reviewed_day(analysed: Analysed, anchor: Anchor | None, reading: _Reading, cues: DateCues) -> Mention | None:
    """'Das Urteil des Obersten Gerichtshofs (OGH) vom 6.11.2025 beschäftigt die Kommentatoren' under
    a header of the month: the day, stated in full, of what the lead's commentators discuss is the
    event's (the review's own day is later; a dated report has its own rule, see _DECISION_WEEK)."""
    if anchor is not None and anchor.day is not None:
        return None
    for m in reading.mentions:
        if m.sentence >= LEAD or m.kind != "day" or m.role != "attribute" or not m.year or m.year_inferred:
            continue
        sentence = analysed.sentences[m.sentence].text
        if (_ISSUED_BEFORE.search(sentence[:m.start]) and any(w in sentence.lower() for w in cues.commentary)
                and _valid(m.year, m.month, m.day)
                and (anchor is None or (m.year, m.month) == (anchor.year, anchor.month))):
            return m
    return None


def _in_pluperfect_sentence(m: Mention, analysed: Analysed) -> bool:
    """Whether the mention's sentence has a pluperfect auxiliary ("hatte … bemängelt")."""
    return bool(_PLUPERFECT_AUX.intersection(_WORD.findall(analysed.sentences[m.sentence].text.lower())))


def _counted_on_from_earlier_day(named: Mention, anchor: Anchor, reading: _Reading,
                                 analysed: Analysed) -> DateFinding | None:
    """'verabschiedete am Mittwoch zum Abschluss seiner Jahrestagung … Die Tagung hatte am Sonntag, 9.
    November, … begonnen': the lead tells in the pluperfect of a day before the event, with its
    weekday; the event's weekday is the first such day after it, in the header's month. Below the
    lead, a day whose sentence is in the pluperfect counts too ("Erst am vergangenen Donnerstag, dem
    18. September, hatte Verdi … aufgerufen" after "Der Durchbruch sei am Dienstag … gelungen")."""
    for m in reading.mentions:
        if not (m.kind == "day" and m.weekday is not None and m.month == anchor.month and m.year in (None, anchor.year)
                and ((m.role == "background" and m.sentence < LEAD)
                     or (m.sentence < OPENING and _in_pluperfect_sentence(m, analysed)))):
            continue
        start = _valid(anchor.year, m.month, m.day)
        if start is None or start.weekday() != m.weekday:
            continue
        day = start + dt.timedelta(days=(named.weekday - start.weekday()) % 7 or 7)
        if (day.year, day.month) == (anchor.year, anchor.month):
            return DateFinding(day.isoformat(), "day", f"„{named.text}“ nach „{m.text}“ im Monat {anchor.text} "
                               f"({_month_source(anchor)})", day.weekday())
    return None


def _weekday_after_stated_day(stated: Mention, events: list[Mention]) -> DateFinding | None:
    """'Am Sonntag, 20. Juli 2025, ist das Open Air zu Ende gegangen. Am Montag hat das OK …
    beschlossen': a report without a date of its own whose lead states a day with its weekday and,
    in a later lead sentence, another weekday tells of the news: the first such day after it."""
    if stated.weekday is None or stated.year is None:
        return None
    later = next((m for m in events if m.kind == "weekday" and m.weekday is not None and m.weekday != stated.weekday
                  and stated.sentence < m.sentence < LEAD), None)
    if later is None:
        return None
    day = _day_of(stated) + dt.timedelta(days=(later.weekday - stated.weekday) % 7)
    return DateFinding(day.isoformat(), "day", f"„{later.text}“ nach „{stated.text}“", day.weekday())


def _announced_after_day(mention: Mention, events: list[Mention], analysed: Analysed) -> bool:
    """'hat die Änderung am 2. Juli verabschiedet, wie sie am Donnerstag mitteilte': the weekday
    tells when the news came out, not the day the sentence dates the event on."""
    if mention.kind != "weekday":
        return False
    text = analysed.sentences[mention.sentence].text
    return bool(_REPORTING_CLAUSE_BEFORE.search(text[:mention.start])) and any(
        m.kind == "day" and m.sentence == mention.sentence and m.start < mention.start for m in events)


def _in_lead(analysed: Analysed, body: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of a phrase ('vom Wochenende', 'Vergangene Woche') in the sentences searched
    for the event's weekday: the opening's and those of the body after a teaser."""
    return next((m for s in analysed.sentences[:OPENING]
                 if (s.index < WEEKDAY_LEAD or body <= s.index < body + WEEKDAY_LEAD) and (m := pattern.search(s.text))),
                None)


_SINCE_BEFORE = re.compile(r"\bseit\s*$", re.I)  # "Seit Montag, 8. September 2025, ist …"
# "vom 28. August bis 12. September": a day that opens a span
_SPAN_AFTER = re.compile(r"\s*(?:bis|–|-)\s*(?:zum\s+)?\d")
_INTERVIEW_HELD = re.compile(r"^\s*(?:Das|Dieses)\s+(?:Gespräch|Interview)\s+(?:wurde|fand)\b.*\b(?:geführt|statt)\b")


def _month_before(anchor: Anchor) -> tuple[int, int]:
    return (anchor.year, anchor.month - 1) if anchor.month > 1 else (anchor.year - 1, 12)


_PARTS_OF_MONTH = {"anfang": range(1, 11), "mitte": range(11, 21), "ende": range(21, 32)}


def _lead_part_of_month(events: list[Mention], body: int) -> Mention | None:
    """'Ende Jänner haben … unterschrieben': the lead dates the event to a part of a month."""
    return next((m for m in events if m.kind == "month" and m.role == "event"
                 and m.text.split()[0].lower() in _PARTS_OF_MONTH
                 and (m.sentence < LEAD or body <= m.sentence < body + LEAD)), None)


def _outside_part(day: Mention, part: Mention) -> bool:
    """A day of the lead's month that is not the lead's event: outside the part the lead names
    ('am 11. Jänner' beside 'Ende Jänner'), or told far below the opening ('in seiner Sitzung vom
    25. Februar' in the fifth paragraph, under 'Ende Februar hat … zugesperrt')."""
    if day.month != part.month or (part.year is not None and day.year != part.year):
        return False
    return day.day not in _PARTS_OF_MONTH[part.text.split()[0].lower()] or day.sentence >= OPENING


def _earlier_lead_month(events: list[Mention], anchor: Anchor, body: int) -> DateFinding | None:
    """'Ende Oktober hat die Gläubigerversammlung … zugestimmt' in a paper of 1 November: a month
    before the publication's that the lead names for the event is the event's, to the month."""
    for m in events:
        if m.kind != "month" or m.month is None or not (m.sentence < LEAD or body <= m.sentence < body + LEAD):
            continue
        year = m.year if m.year is not None else anchor.year - (m.month > anchor.month)
        if (year, m.month) < (anchor.year, anchor.month):
            evidence = m.text if m.year is not None else f"{m.text}; Jahr aus dem Datum {anchor.text}"
            return DateFinding(f"{year:04d}-{m.month:02d}", "month", evidence, None)
    return None


def _latest_event_month(months: list[Mention], days: list[Mention], weekday: int | None) -> DateFinding | None:
    """Without an anchor, the most recent month the text names for something that happened
    now (`months`, their years filled in where the text allows): background, plans and deadlines
    are already left out."""
    months = [m for m in months if m.year is not None] + days
    if not months:
        return None
    # a month stated with its year in the opening outweighs one whose year is only inferred
    # ("Ende Oktober 2025 hat … vorgelegt" over "entscheidet der Landtag im Dezember")
    stated = [m for m in months if not m.year_inferred and m.sentence < OPENING]
    best = max(stated or months, key=lambda m: (m.year, m.month, -m.sentence))
    note = best.text
    if best.year_inferred and best.kind == "month":
        note += f"; Jahr {best.year} aus den im Text genannten Jahren"
    if weekday is not None:
        note += f"; im Text nur ein Wochentag ({WEEKDAY_NAMES[weekday]}), kein Tag"
    return DateFinding(f"{best.year:04d}-{best.month:02d}", "month", note, weekday)


def german_date(value: str, precision: str) -> str:
    """'2025-03-18' -> '18. März 2025'; '2025-03' -> 'März 2025'."""
    parts = value.split("-")
    year, month = int(parts[0]), int(parts[1])
    if precision == "day" and len(parts) == 3:
        return f"{int(parts[2])}. {MONTH_NAMES[month]} {year}"
    return f"{MONTH_NAMES[month]} {year}"


_MONTH_WORD = re.compile(rf"\b(?:{_MONTH_RE})\b|\d\.\d", re.I)


# The comma that ends a clause (not the decimal comma of "17,5 Prozent")
_CLAUSE_COMMA = re.compile(r",(?!\d)")
# A bare year that dates its clause: after a verb or an adverb ("hat 2024 … beschlossen", "wurde 2022
# eingestellt", "bereits 2020 verboten") or opening the sentence ("2023 beschloss der Senat"); not
# one that names a thing ("des Vereinsgesetzes 2002", "die 2008 erklärte Unabhängigkeit"), a
# preposition's ("seit 2004", "gegenüber 1990") or a number ("rund 1900 Lernende").
_YEAR_OF_CLAUSE = re.compile(
    r"(?:^|(?<=\s)(?!(?:von|vom|seit|ab|bis|nach|vor|aus|zum|zur|zu|für|im|in|um|gegenüber|wie|als|und|oder|"
    r"zwischen|der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|rund|etwa|knapp|über|fast|mehr|"
    r"jahr|jahre|jahren)\s)[a-zäöüß]+\s+)(?P<year>(?:19|20)\d\d)\b(?![.,]?\d)")


def earlier_sentences(analysed: Analysed, event: DateFinding, cues: DateCues | None = None) -> frozenset[int]:
    """Sentences whose main clause is dated before the event's month ("Erst am 10. Mai einigten
    sich beide Seiten …" in a report on June): background, so they report no outcome of it."""
    year, month = int(event.value[:4]), int(event.value[5:7])
    out = set()
    for sentence in analysed.sentences:
        head = _CLAUSE_COMMA.split(sentence.text, 1)[0]
        if any(int(m.group("year")) < year for m in _YEAR_OF_CLAUSE.finditer(head)):
            out.add(sentence.index)  # "Die EU hat 2024 eine Richtlinie beschlossen" in a report of 2025
            continue
        if not _MONTH_WORD.search(head):
            continue  # most sentences name no month: skip the full date reading
        for m in sentence_mentions(sentence.text, sentence.index, cues or DateCues()):
            if m.kind not in ("day", "month") or m.month is None or m.start >= len(head):
                continue
            if m.year is None and m.role in ("effective", "deadline", "future"):
                continue  # "steigen mit 1. Jänner", "bis Ende März": the next such day, not a past one
            if _ISSUED_BEFORE.search(head, 0, m.start):
                continue  # "wies die Revision gegen ein Urteil vom Juni 2024 zurück": the date of a thing named
            if ((m.year or year), m.month) < (year, month):
                out.add(sentence.index)
    return frozenset(out)


def later_sentences(analysed: Analysed, event: DateFinding, cues: DateCues | None = None) -> frozenset[int]:
    """Sentences that name a day or month after the event's ("Der Grosse Rat berät die Vorlage am
    22. Oktober" in a report of 15 October): what they tell of is still to come. A month named
    without its year counts where it is not the event's (a present tense names no past month);
    a day of the event's month only where the event's day is known and lies before it."""
    parts = [int(p) for p in event.value.split("-")]
    out = set()
    for sentence in analysed.sentences:
        if not _MONTH_WORD.search(sentence.text):
            continue
        for m in sentence_mentions(sentence.text, sentence.index, cues or DateCues(), bare_months=True):
            if m.kind not in ("day", "month") or m.month is None:
                continue
            if m.year is not None:
                named = (m.year, m.month) + ((m.day,) if m.kind == "day" and len(parts) == 3 else ())
                ahead = named > tuple(parts[:len(named)])
            elif m.month != parts[1]:
                ahead = True
            else:
                ahead = m.kind == "day" and len(parts) == 3 and m.day is not None and m.day > parts[2]
            if ahead:
                out.add(sentence.index)
                break
    return frozenset(out)


def event_day_sentences(analysed: Analysed, event: DateFinding, cues: DateCues | None = None) -> frozenset[int]:
    """Sentences that name the event's own day ("Russland hatte den USA am Dienstag zudem …
    angeboten", "hatte gestern … entschieden"): even in the pluperfect they tell the event, not
    what came before it. Where only the month is known, any weekday of it may be the event's."""
    parts = [int(p) for p in event.value.split("-")]
    day = dt.date(*parts) if len(parts) == 3 else None
    weekday = day.weekday() if day else event.weekday
    out = set()
    for sentence in analysed.sentences:
        for m in sentence_mentions(sentence.text, sentence.index, cues or DateCues()):
            if m.kind == "weekday" and (weekday is None or m.weekday == weekday):
                out.add(sentence.index)
            elif m.kind == "relative" and m.offset > 0 and m.role in ("event", "background"):  # "hatte gestern"
                out.add(sentence.index)
            elif m.kind == "day" and day is not None and (m.month, m.day) == (day.month, day.day):
                out.add(sentence.index)
    return frozenset(out)
