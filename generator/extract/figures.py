"""Numbers that matter, with what they count: '175 Kriegsgefangene je Seite', '30 Tage'."""

from __future__ import annotations

import re
from typing import Iterable

from generator.brief import Figure

NUMBER_WORDS = {  # amounts written as words: statements read them as figures too
    "eineinhalb": "1,5", "anderthalb": "1,5", "zwei": "2", "drei": "3", "vier": "4", "fünf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9", "zehn": "10", "elf": "11", "zwölf": "12",
    "zwanzig": "20", "dreißig": "30", "hundert": "100", "tausend": "1.000",
}
# ordinals written as words ("der Erste Senat", "die zweite Kammer"), as their stems
ORDINAL_WORDS = ("erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte",
                 "elfte", "zwölfte")
_QUALIFIER = r"(?:(?P<qual>knapp|fast|etwa|rund|mehr als|über|mindestens|bis zu|jeweils|je|weniger als|nahezu|gut)\s+)?"
# thousands set apart by a dot, or by an apostrophe as Swiss texts write them ("485'000 Franken"); never
# a number's tail ("000" of "485'000")
_NUMBER = r"(?<![\d'’.,])(?P<num>\d{1,3}(?:[.'’]\d{3})+|\d+(?:,\d+)?|" + "|".join(NUMBER_WORDS) + r")"
_DURATION = re.compile(
    _QUALIFIER + _NUMBER + r"(?:-tägige[nrms]?|\s+(?P<unit>Stunden?|Minuten?|Tage|Tagen|Wochen?|Monate[n]?|Jahre[n]?))"
    r"(?:\s+und\s+(?P<num2>\d+)\s+(?P<unit2>Minuten|Stunden))?", re.I)
# a vote's count: "mit 27 zu 24 Stimmen", "388 Ja zu 141 Nein" is one figure, not "24 Stimmen" (and
# the council whose vote it counts decided: actors.add_deciding_bodies)
VOTE_TALLY = re.compile(r"(?<![\d'’.,])(?P<yes>\d+)\s*(?:zu|:)\s*(?P<no>\d+)\s+(?P<unit>Stimmen)\b"
                    r"|(?<![\d'’.,])(?P<ja>\d+)\s+Ja(?:-Stimmen)?\s*(?:zu|,|gegen)\s*(?P<nein>\d+)\s+Nein\b")
_HOURS_ADJ = re.compile(_QUALIFIER + r"(?P<num>ein|zwei|drei|vier|fünf|sechs|\d+)(?:-)?stündige[nrms]?\b", re.I)
_COUNT = re.compile(
    _QUALIFIER + _NUMBER + r"\s+(?P<adjs>(?:[a-zäöüß]+(?:e|en|er)\s+){0,2})(?P<noun>[A-ZÄÖÜ][a-zäöüß-]{3,})")
_SKIP_NOUNS = {"Uhr", "Prozent", "Mal", "Jahren", "Jahre", "Jahr", "März", "Januar", "Februar", "April", "Mai",
               "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", "Stunden", "Minuten",
               "Tage", "Tagen", "Wochen", "Monate", "Monaten"}


def _value(num: str) -> str:
    return NUMBER_WORDS.get(num.lower(), num)


def extract_figures(sentences: Iterable[str], limit: int = 8) -> tuple[Figure, ...]:
    """Figures from the given sentences (the report's statements and lead), first occurrence wins."""
    figures: list[Figure] = []
    seen: set[tuple[str, str]] = set()

    def add(value: str, label: str, evidence: str) -> None:
        key = (value, label.lower())
        if key not in seen and len(figures) < limit:
            seen.add(key)
            figures.append(Figure(value, label, evidence))

    for sentence in sentences:
        tallies = list(VOTE_TALLY.finditer(sentence))
        for match in tallies:
            if match.group("yes"):
                add(f"{match.group('yes')} zu {match.group('no')}", "Stimmen", sentence)
            else:
                add(f"{match.group('ja')} Ja zu {match.group('nein')} Nein", "Stimmen", sentence)
        for match in _DURATION.finditer(sentence):
            value = _value(match.group("num"))
            unit = match.group("unit") or "Tage"
            if match.group("num2"):
                value = f"{value} {unit} {match.group('num2')} {match.group('unit2')}"
                label = "Dauer"
            else:
                label = unit if unit.lower().startswith(("tag", "woch", "monat", "jahr")) else "Dauer"
                value = f"{value} {unit}" if label == "Dauer" else value
            qualifier = match.group("qual")
            if qualifier and qualifier.lower() not in ("je", "jeweils"):
                value = f"{qualifier} {value}"
            add(value, label, sentence)
        for match in _HOURS_ADJ.finditer(sentence):
            number = {"ein": "1"}.get(match.group("num").lower(), _value(match.group("num")))
            qualifier = f"{match.group('qual')} " if match.group("qual") else ""
            add(f"{qualifier}{number} Stunden", "Dauer", sentence)
        for match in _COUNT.finditer(sentence):
            noun = match.group("noun")
            if noun in _SKIP_NOUNS or not match.group("num")[:1].isdigit() or any(
                    t.start() <= match.start("num") < t.end() for t in tallies):
                continue
            label = (match.group("adjs") + noun).strip()
            if match.group("qual") and match.group("qual").lower() in ("je", "jeweils"):
                label += " je Seite"
            value = _value(match.group("num"))
            if match.group("qual") and match.group("qual").lower() not in ("je", "jeweils"):
                value = f"{match.group('qual')} {value}"
            add(value, label, sentence)
    return tuple(figures)
