"""Content terms of German item texts, for telling near-identical statements apart from others.

Reports of the same event word the same fact differently ("30-tägigen Stopp der Angriffe auf die
ukrainische Energieinfrastruktur" vs "30 Tage lang keine ukrainischen Energieanlagen"), so two
items are compared by their content terms: capitalised words that are not function words, and
numbers. Terms are lower-cased, hyphens dropped, one inflection ending cut ("Kriegsgefangenen" ->
"kriegsgefangen"). Two terms match when equal or when they share a compound part: the first or
last 7 or 8 letters of a long term ("energieanlag" ~ "energieinfrastruktur" by "energie",
"kriegsgefangen" ~ "gefangenenaustausch" by "gefangen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

# Capitalised words that carry no content: sentence-initial function words, connectives, and
# nouns too general to tell two statements apart (Gespräch, Seite, Rahmen).
FUNCTION_WORDS = frozenset("""
die der das den dem des ein eine einen einem einer eines es er sie wir ihr ich man
dies diese dieser dieses diesem diesen jene jener sein seine seiner ihre ihrem ihren
im in am an auf aus bei mit nach seit von vom vor zu zur zum über unter für gegen ohne um durch bis
auch außerdem zudem doch aber und oder wie wenn dass ob hier da dort nun so selbst trotz während
beide beiden je jeweils alle viele mehrere einzig einziges noch nicht kein keine keinen
stattdessen darüber zugleich hinsichtlich laut als weil damit dabei dann jetzt heute gestern
bereits schon erst etwa rund knapp fast mehr weniger demnach ebenfalls zuvor danach
zwei drei vier fünf sechs sieben acht neun zehn
gespräch gespräche gesprächen rahmen seite seiten ziel zeit teil fall frage angaben ende anfang
montag dienstag mittwoch donnerstag freitag samstag sonntag
januar jänner februar feber märz april mai juni juli august september oktober november dezember
""".split())
_ENDINGS = ("en", "er", "es", "e", "n", "s")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-zÄÖÜäöüß]+(?:-[A-Za-zÄÖÜäöüß]+)*")
_DAYS_ADJ = re.compile(r"(\d+)-?tägig\w*", re.I)
_HOURS_ADJ = re.compile(r"(\d+)-?stündig\w*", re.I)
_AFFIXES = (7, 8)
# Dates are not content: "am 18. März 2025" says when, not what.
_DATES = re.compile(r"\b\d{1,2}\.\s*(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|"
                    r"November|Dezember)(?:\s+\d{4})?|\b(?:19|20)\d{2}\b")


def stem(word: str) -> str:
    """Lower case, no hyphens, one inflection ending cut when at least three letters remain."""
    word = word.lower().replace("-", "")
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def number(token: str) -> str:
    """'1.000' and '1000' are the same number; '2,5' keeps its comma."""
    return re.sub(r"\.(?=\d{3}\b)", "", token)


def content_terms(text: str, ignore: frozenset[str] = frozenset()) -> frozenset[str]:
    """Content terms of a text; `ignore` holds stems to leave out (e.g. the event's actor names)."""
    text = _HOURS_ADJ.sub(r"\1 Stunden", _DAYS_ADJ.sub(r"\1 Tage", _DATES.sub(" ", text)))
    terms = set()
    for token in _WORD.findall(text):
        if token[0].isdigit():
            terms.add(number(token))
            continue
        if not token[0].isupper() or token.lower() in FUNCTION_WORDS:
            continue
        term = stem(token)
        # Nationality adjectives at a sentence start ("Russische", "Ukrainische") say little.
        if term in ignore or (term.endswith("isch") and len(term) >= 6):
            continue
        terms.add(term)
    return frozenset(terms)


def name_stems(names: Iterable[str]) -> frozenset[str]:
    """Stems of every word of some names ("Wladimir Putin", "USA") for `content_terms(ignore=...)`."""
    return frozenset(stem(w) for name in names for w in _WORD.findall(name) if not w[0].isdigit())


@lru_cache(maxsize=1 << 16)
def keys(term: str) -> frozenset[str]:
    """What a term can match on: itself, and for long terms its first and last 7 and 8 letters."""
    found = {term}
    if not term[0].isdigit():
        for size in _AFFIXES:
            if len(term) > size:
                found.add(f"{term[:size]}<")
                found.add(f"{term[-size:]}<")
    return frozenset(found)


@dataclass(frozen=True)
class Terms:
    """An item's content terms, their match keys, and its numbers."""

    terms: frozenset[str]
    keys: frozenset[str]
    numbers: frozenset[str]

    @classmethod
    def of(cls, text: str, ignore: frozenset[str] = frozenset()) -> "Terms":
        terms = content_terms(text, ignore)
        return cls(terms, frozenset(k for t in terms for k in keys(t)),
                   frozenset(t for t in terms if t[0].isdigit()))


def _matches(a: Terms, b: Terms) -> float:
    """Terms of `a` found in `b`: 1 for the same term, 0.5 for a shared compound part only."""
    return sum(1.0 if t in b.terms else 0.5 if keys(t) & b.keys else 0.0 for t in a.terms)


def overlap(a: Terms, b: Terms) -> float:
    """How far two items say the same thing, 0..1, relative to the shorter item.

    Items that both give numbers but share none are about different things (175 vs 1.000
    prisoners). A shared compound part counts half ("Bereitschaft" ~ "Bereitstellung" is no
    match on its own). Less than two shared terms count only when the shorter item has a single
    term and it is the same specific word ("Gefangenenaustausch", not "Kiew"): otherwise the
    score is at most 0.25.
    """
    if not a.terms or not b.terms:
        return 0.0
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return 0.0
    shared = min(_matches(a, b), _matches(b, a))
    if shared == 0:
        return 0.0
    smaller = min(len(a.terms), len(b.terms))
    score = shared / smaller
    if shared < 2 and not (smaller == 1 and any(len(t) >= 8 for t in a.terms & b.terms)):
        return min(score, 0.5) / 2
    return min(score, 1.0)
