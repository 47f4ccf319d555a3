"""Announced next steps: which items speak of something still to come, and when.

An outcome is a next step when it plans, announces or sets a deadline: a modal of intention
("soll stattfinden", "will entlassen", "wird beschießen"), a plan word ("bald", "geplant",
"unverzüglich", "in der kommenden Woche") or a duration that runs from now ("für 30 Tage",
"30-tägigen"). Hearsay about the past ("soll … gegeben haben") is no plan. An open issue counts
only with a plan word or a date and without negation: most open issues are demands.

`when` is the most specific time the item gives: a date, then a relative time, then a duration;
"" when it gives none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
_WEEKDAYS = r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
_DATE = re.compile(
    rf"\b(?:(?:am|bis zum|bis|ab dem|ab|vom|zum)\s+)?\d{{1,2}}\.\s*{_MONTHS}(?:\s+\d{{4}})?"
    rf"|\b(?:Anfang|Mitte|Ende)\s+(?:{_MONTHS}|der Woche|des Monats|des Jahres)"
    rf"|\b(?:im|bis|ab)\s+{_MONTHS}\b"
    rf"|\b(?:am\s+)?(?:kommenden|nächsten)\s+{_WEEKDAYS}"
    rf"|\b(?:bis|ab)\s+{_WEEKDAYS}")
_RELATIVE = re.compile(
    r"\b(?:in der kommenden Woche|kommende Woche|in der nächsten Woche|nächste Woche|in dieser Woche"
    r"|in einer Woche|in zwei Wochen|in den kommenden (?:Tagen|Wochen|Monaten)|im kommenden (?:Monat|Jahr)"
    r"|am Wochenende|bald|baldigen?|demnächst|in Kürze|in Zukunft|künftig|unverzüglich|sofort)\b", re.I)
_DEADLINE = re.compile(
    r"\b(?:(?:binnen|innerhalb von|für|weitere)\s+)?(\d+)"
    r"(?:-tägig\w*|\s+(?:Tage|Tagen|Wochen|Monate|Monaten)\b(?:\s+lang)?)",
    re.I)
_MODAL = re.compile(r"\b(?:soll|sollen|sollte|sollten|will|wollen|wird|werden(?!\s+(?:müss|könn|dürf)))\b", re.I)
_PLAN = re.compile(
    r"\b(?:geplant|planen|plant|vorbereitet|vorbereiten|stattfinden|beginnen|aufnehmen|fortgesetzt"
    r"|angekündigt|kündigte\w*|Frist|Termin|folgen)\b", re.I)
_MEETING = re.compile(r"\b(?:Treffen|Besuch|Gipfel|Gespräche|Verhandlungen|Runde)\b")
_ARRANGED = re.compile(r"\b(?:vereinbart|vereinbarten|verabredet|verabredeten|zu planen)\b")
_HEARSAY_PAST = re.compile(r"\b(?:haben|gewesen sein|worden sein)\W*$")
_NEGATION = re.compile(r"\b(?:kein|keine|keinen|keiner|nicht|nie|ohne)\b", re.I)


@dataclass(frozen=True)
class Plan:
    """An item read as a next step; when is the time it names ("bald", "30 Tage", "")."""

    when: str


def _when(text: str) -> str:
    for pattern in (_DATE, _RELATIVE):
        match = pattern.search(text)
        if match:
            found = match.group(0)
            return "bald" if found.lower().startswith("baldig") else found
    deadline = _DEADLINE.search(text)
    if deadline:
        unit = re.search(r"Tage|Tagen|Wochen|Monate|Monaten|tägig", deadline.group(0), re.I)
        word = {"tägig": "Tage", "tagen": "Tage", "monaten": "Monate"}.get(unit.group(0).lower(), unit.group(0))
        return f"{deadline.group(1)} {word}"
    return ""


def _hearsay_past(text: str) -> bool:
    """'Putin soll das Kommando gegeben haben': reported past, not a plan."""
    return bool(_HEARSAY_PAST.search(text.rstrip(".!?“”\"' ")))


def next_step(text: str, open_issue: bool = False) -> Plan | None:
    """The item as a next step with its time, or None when it plans nothing."""
    body = text.strip()
    if open_issue:
        if _NEGATION.search(body) or not (_PLAN.search(body) or _DATE.search(body) or _RELATIVE.search(body)):
            return None
        return Plan(_when(body))
    if _hearsay_past(body):
        return None
    planned = (_MODAL.search(body) or _PLAN.search(body) or _RELATIVE.search(body) or _DEADLINE.search(body)
               or (_MEETING.search(body) and _ARRANGED.search(body)))
    return Plan(_when(body)) if planned else None
