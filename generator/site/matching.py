"""Which outcome and open-issue items speak of a topic or name an actor.

A term matches a word that starts with it, case-insensitive ("waffenruhe" matches
"Waffenruhe-Vorschlag"); a term with a space matches that phrase, across any whitespace.
This mirrors the rule stated in data/topics.yaml.
"""

from __future__ import annotations

import re
from typing import Iterable


def term_pattern(terms: Iterable[str], whole_words: bool = False,
                 exclude: Iterable[str] = ()) -> re.Pattern[str] | None:
    """One regex for all terms (longest first), or None when there are no terms; a word that
    starts with one of `exclude` is no match ("Kriminalität" for the term "krim")."""
    cleaned = sorted({t.strip().lower() for t in terms if t and t.strip()}, key=lambda t: (-len(t), t))
    if not cleaned:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, t.split())) for t in cleaned)
    tail = r"(?!\w)" if whole_words else ""
    excluded = "|".join(re.escape(e.strip().lower()) for e in exclude if e and e.strip())
    guard = rf"(?!(?:{excluded}))" if excluded else ""
    return re.compile(rf"(?<!\w){guard}(?:{alternatives}){tail}", re.IGNORECASE)


def mentions(pattern: re.Pattern[str] | None, *texts: str) -> bool:
    if pattern is None:
        return False
    return any(pattern.search(text.lower()) for text in texts if text)
