"""Who a pronoun or a bare common noun in an item stands for, so an item says who without its report.

The evidence keeps the report's wording; only the item text names the referent, and only where
one reading is clear (German news puts the subject first and names an organisation before it
calls it "der Verband").
"""

from __future__ import annotations

import re


def resolve_pronoun(text: str, previous_people: list[str]) -> str:
    """'Er verlangt Garantien' -> 'Orbán verlangt Garantien': the first person the sentence before
    names (German news puts the subject first); the evidence keeps the original wording."""
    if text.startswith("Er ") and previous_people:
        # "Er und Trump hätten …" where Trump led the sentence before: 'er' is someone else, so
        # the pronoun stays rather than naming the wrong person
        first = previous_people[0].split()[-1]
        if first not in text:
            return first + text[2:]
    return text


# "Der Verband fordert …": a common noun with its article, followed by no name or genitive of its own
_GENERIC_NOUN = re.compile(r"\b([Dd](?:er|ie|as)) ([A-ZÄÖÜ][a-zäöüß]{3,})\b"
                           r"(?!\s*[(\-„\"«]|\s+[A-ZÄÖÜ]|\s+(?:der|des|für|von|vom|zur|zum)\s)")
_NOMINATIVE_ARTICLE = {"der": "masculine", "die": "feminine", "das": "neuter"}


def name_generic_noun(text: str, earlier_organisations: list[str], genders: tuple[tuple[str, str], ...],
                      listed: frozenset[str] = frozenset()) -> str:
    """'Der Verband fordert …' -> 'Der Sozialverband VdK fordert …': an organisation named before
    whose name (before any genitive) has a word ending in that noun, so the item says who without
    its report. The article must fit the noun's gender (`genders` of the role list), which keeps
    plurals ('die Kassen') and other cases out; a noun that is a listed name (`listed`: 'Union') stays. Of several, the one named most often (the report's
    bank, not 'einer Schweizer Privatbank' it talks to), then the latest; `earlier_organisations`
    holds every mention before, in order, as read after an article."""
    match = _GENERIC_NOUN.search(text)
    if not match:
        return text
    noun = match.group(2).lower()
    gender = next((g for ending, g in genders if noun.endswith(ending)), None)
    if gender is None or _NOMINATIVE_ARTICLE[match.group(1).lower()] != gender or noun in listed:
        return text
    counts: dict[str, int] = {}
    for name in earlier_organisations:
        words = re.split(r"[\s-]+", name.split(" (")[0])
        head = next((words[:i] for i, w in enumerate(words) if w[:1].islower()), words)
        if head and head[0] not in ("Der", "Die", "Das") and name.lower() != noun and any(
                w.lower().endswith(noun) for w in head):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return text
    latest = {name: index for index, name in enumerate(earlier_organisations)}
    chosen = max(counts, key=lambda name: (counts[name], latest[name]))
    if chosen in text:
        return text
    return text[:match.start(2)] + chosen + text[match.end(2):]
