"""Topics from the editable topic list: every topic the report substantially covers.

A topic counts when its terms stand in an outcome or open issue, in the lead sentence, or in
at least `min_sentences` sentences; a single passing mention is not enough.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from generator.brief import Item
from generator.extract.text import Analysed
from generator.knowledge import Topic, TopicList


@lru_cache(maxsize=None)
def _term_pattern(term: str) -> re.Pattern[str]:
    # A term matches at the start of a word or of a compound's part ("Energie-Infrastruktur").
    return re.compile(rf"(?<![a-zäöüß]){re.escape(term)}", re.I)


def matches(topic: Topic, text: str) -> bool:
    return _matches_lowered(topic, text.lower())


@lru_cache(maxsize=None)
def _excluded_words(exclude: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-zäöüß])(?:{'|'.join(re.escape(word) for word in exclude)})[a-zäöüß]*")


def _matches_lowered(topic: Topic, lowered: str) -> bool:
    if topic.exclude:  # "Kriminalisierung" starts like "Krim" but is no Crimea
        lowered = _excluded_words(topic.exclude).sub(" ", lowered)
    # The substring test is cheap and rules out almost every term before the word-start test.
    return any(term in lowered and (len(term) >= 8 or _term_pattern(term).search(lowered)) for term in topic.terms)


def assign_topics(analysed: Analysed, items: Iterable[Item], topics: TopicList) -> tuple[str, ...]:
    """Topic ids, the most covered first (items weigh double, the lead sentence adds two)."""
    item_texts = [item.text.lower() for item in items]
    sentences = [s.text.lower() for s in analysed.sentences]
    lead = sentences[0] if sentences else ""
    scored = []
    for index, topic in enumerate(topics.topics):
        in_items = sum(1 for text in item_texts if _matches_lowered(topic, text))
        in_lead = _matches_lowered(topic, lead)
        sentence_count = sum(1 for text in sentences if _matches_lowered(topic, text))
        if in_items or in_lead or sentence_count >= topics.min_sentences:
            score = 2 * in_items + sentence_count + (2 if in_lead else 0)
            scored.append((-score, index, topic.id))
    return tuple(topic_id for _, _, topic_id in sorted(scored))
