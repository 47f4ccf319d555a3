"""German part-of-speech and lemma per word from HanTa, cached.

HanTa's model ships inside its wheel (LGPL-3.0+), so nothing is downloaded. Tagging whole
sentences costs ~150 ms per report; the extraction needs tags only for a few words (capitalised
name candidates, possible finite verbs), so words are analysed one at a time, context-free, and
the analyses are memoised: news vocabulary repeats, so most look-ups are free after a few reports.
"""

from __future__ import annotations

from functools import lru_cache

_MODEL = "morphmodel_ger.pgz"


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(_MODEL)


@lru_cache(maxsize=200_000)
def analyze(word: str) -> tuple[str, str]:
    """(lemma, STTS-like tag) of one word, e.g. ('vereinbaren', 'VV(PP)'), ('Putin', 'NE')."""
    if not word or not any(ch.isalpha() for ch in word):
        return word, "XY"
    lemma, tag = _tagger().analyze(word)
    return str(lemma), str(tag)


def tag(word: str) -> str:
    return analyze(word)[1]


def is_proper_noun(word: str) -> bool:
    return tag(word) == "NE"


def is_finite_verb(word: str) -> bool:
    """Finite verbs (VVFIN, VAFIN, VMFIN) in HanTa's tag set ('VV(FIN)', 'VA(FIN)', ...)."""
    return tag(word).endswith("(FIN)")


@lru_cache(maxsize=200_000)
def can_be_verb(word: str) -> bool:
    """Whether any of HanTa's readings of the word is a verb ('vereinbarten' is ADJ or VVFIN)."""
    if not word.isalpha():
        return False
    return any(str(tag).startswith("V") for tag, _ in _tagger().tag_word(word)[:3])


def weak_verb_lemmas(word: str) -> set[str]:
    """Infinitives a weak-verb form may come from: 'vereinbarten' -> 'vereinbaren'."""
    out = set()
    for suffix in ("ten", "test", "tet", "te", "t"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            out.add(stem + "en")
            if stem.endswith(("er", "el")):
                out.add(stem + "n")  # forderte -> fordern
            break
    return out
