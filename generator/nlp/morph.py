"""German part-of-speech and lemma per word from HanTa, cached in memory and on disk.

HanTa's model ships inside its wheel (LGPL-3.0+), so nothing is downloaded. Tagging whole
sentences costs ~150 ms per report; the extraction needs tags only for a few words (capitalised
name candidates, possible finite verbs), so words are analysed one at a time, context-free, and
the analyses are memoised: news vocabulary repeats, so most look-ups are free after a few reports.

Analyses are pure functions of the word and HanTa's model, so they can be kept across runs:
`load_cache` fills the memo from a JSON file (under `.briefing-cache/`), `save_cache` writes back
what was learnt. The model is loaded only when a word is not in the memo.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path

_MODEL = "morphmodel_ger.pgz"
# Memory bound: beyond this many words new analyses are computed but not remembered.
MAX_WORDS = 500_000

# word -> (lemma, tag); word -> whether any of HanTa's top readings is a verb; word -> (tag, score)
# of its best reading in isolation (how sure the tagger is that it knows the word).
_ANALYSES: dict[str, tuple[str, str]] = {}
_VERBISH: dict[str, bool] = {}
_READINGS: dict[str, tuple[str, float]] = {}
# Words learnt since the cache was loaded (or since `take_new` was last called).
_NEW_ANALYSES: dict[str, tuple[str, str]] = {}
_NEW_VERBISH: dict[str, bool] = {}
_NEW_READINGS: dict[str, tuple[str, float]] = {}


@lru_cache(maxsize=1)
def _tagger():
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger(_MODEL)


def model_version() -> str:
    """Names the analyses' source: a cache from another HanTa version, or from before the lexicon's
    spelling was tried ("-ss"), is not used."""
    try:
        return f"HanTa-{metadata.version('HanTa')}-{_MODEL}-ss"
    except metadata.PackageNotFoundError:
        return f"HanTa-unknown-{_MODEL}-ss"


# HanTa's lexicon comes from text in the spelling before 1996 ("Anschluß", "Einfluß"), which Swiss
# German never took up for "ß" ("Strasse"). HanTa maps many "ss" words itself ("Beschluss" reads as
# "Beschluß", 5 points below it), not all: "Anschluss" it can only guess, as a name.
_SPELLING_PENALTY = 5.0


@lru_cache(maxsize=100_000)
def _lexicon_spelling(word: str) -> str:
    """The word with one "ss" written "ß" where only that spelling is in the lexicon ('Anschluss'
    -> 'Anschluß', 'ausserhalb' -> 'außerhalb'); else the word as it is."""
    if "ss" not in word or not word.isalpha():
        return word
    own = _raw_readings(word)
    if own and own[0][1] >= _UNKNOWN_SCORE:
        return word
    start = word.find("ss")
    while start >= 0:
        variant = word[:start] + "ß" + word[start + 2:]
        readings = _raw_readings(variant)
        if readings and readings[0][1] >= _UNKNOWN_SCORE:
            return variant
        start = word.find("ss", start + 1)
    return word


@lru_cache(maxsize=100_000)
def _raw_readings(word: str) -> tuple[tuple[str, float], ...]:
    return tuple((str(t), float(score)) for t, score in _tagger().tag_word(word))


def _tag_word(word: str) -> tuple[tuple[str, float], ...]:
    """HanTa's readings of the word alone, best first, read in the lexicon's spelling where only that
    one is known (scored a little lower, as HanTa scores the spellings it maps itself)."""
    spelling = _lexicon_spelling(word)
    if spelling == word:
        return _raw_readings(word)
    return tuple((t, score - _SPELLING_PENALTY) for t, score in _raw_readings(spelling))


def analyze(word: str) -> tuple[str, str]:
    """(lemma, STTS-like tag) of one word, e.g. ('vereinbaren', 'VV(PP)'), ('Putin', 'NE')."""
    found = _ANALYSES.get(word)
    if found is not None:
        return found
    if not word or not any(ch.isalpha() for ch in word):
        found = (word, "XY")
    else:
        lemma, tag_ = _tagger().analyze(_lexicon_spelling(word))
        found = (str(lemma), str(tag_))
    if len(_ANALYSES) < MAX_WORDS:
        _ANALYSES[word] = _NEW_ANALYSES[word] = found
    return found


def tag(word: str) -> str:
    return analyze(word)[1]


def is_proper_noun(word: str) -> bool:
    return tag(word) == "NE"


def is_finite_verb(word: str) -> bool:
    """Finite verbs (VVFIN, VAFIN, VMFIN) in HanTa's tag set ('VV(FIN)', 'VA(FIN)', ...)."""
    return tag(word).endswith("(FIN)")


@lru_cache(maxsize=100_000)
def can_be_finite_verb(word: str) -> bool:
    """Whether HanTa reads the word as finite at all: 'genehmigt' is a participle first, and the
    present tense of 'genehmigen' too ('Die Gemeindeversammlung genehmigt den Kredit')."""
    return word.isalpha() and any(t.endswith("(FIN)") for t, _ in _tag_word(word)[:3])


def can_be_verb(word: str) -> bool:
    """Whether any of HanTa's readings of the word is a verb ('vereinbarten' is ADJ or VVFIN)."""
    found = _VERBISH.get(word)
    if found is not None:
        return found
    found = word.isalpha() and any(t.startswith("V") for t, _ in _tag_word(word)[:3])
    if len(_VERBISH) < MAX_WORDS:
        _VERBISH[word] = _NEW_VERBISH[word] = found
    return found


# HanTa scores a word its lexicon knows far above one it can only guess from its ending: "Beton"
# -11.5, "Südwest" -19.8, but "Medvalon" -31.7 and "Halvorsen" -29.7.
_UNKNOWN_SCORE = -25.0


def _best_reading(word: str) -> tuple[str, float]:
    """HanTa's best tag for the word alone and its score (memoised, kept in the cache file)."""
    found = _READINGS.get(word)
    if found is not None:
        return found
    readings = _tag_word(word)
    found = readings[0] if readings else ("", 0.0)
    if len(_READINGS) < MAX_WORDS:
        _READINGS[word] = _NEW_READINGS[word] = found
    return found


def is_unknown(word: str) -> bool:
    """Whether the tagger knows no reading of the word and guessed its tag: a capitalised such
    word after 'der Generikahersteller' is a name ("Medvalon"), not a noun."""
    return word.isalpha() and _best_reading(word)[1] < _UNKNOWN_SCORE


# Below this the tagger knows the word at most as a rare compound: "Eurogate" -23.6, "Zapfwerk" -21.3,
# where "Cockpit" scores -13.6 and "Wasserversorgung" -12.6.
_RARE_SCORE = -20.0


def is_rare(word: str) -> bool:
    """Whether the tagger hardly knows the word: after 'der Terminalbetreiber' such a noun is the
    company's name ("Eurogate"), where a word it knows well names one only with its noun
    ("Vereinigung Cockpit")."""
    return word.isalpha() and _best_reading(word)[1] < _RARE_SCORE


# HanTa's best score for a common noun its lexicon knows well: "Geld" -8.4, "Mitte" -8.9, "Krieg" -9.1;
# towns read as nouns score lower ("Zug" -10.4, "Sitten" -11.9, "Unterland" -14.7, "Neumünster" -28.9).
_EVERYDAY_NOUN_SCORE = -10.0


def everyday_noun(word: str) -> bool:
    """A common noun the tagger knows well ("Geld"), never a town's name after "Stadt"."""
    return _noun_scoring(word, _EVERYDAY_NOUN_SCORE)


# Above this a noun is one the lexicon knows as such ("Beschwerde" -10.5, "Rekurs" -13.3), not a compound
# it reads as a noun for want of a better reading ("Brandkopf" -19.5, "Steiermark" -33.4).
_KNOWN_NOUN_SCORE = -15.0


def known_noun(word: str) -> bool:
    """A common noun the lexicon knows, everyday or not: 'Beschwerde', 'Rekurs', not 'Inselwirt'."""
    return _noun_scoring(word, _KNOWN_NOUN_SCORE)


def _noun_scoring(word: str, floor: float) -> bool:
    """The tagger's best reading of the word is a common noun with at least this score."""
    tag_, score = _best_reading(word)
    return tag_ == "NN" and score >= floor


@lru_cache(maxsize=100_000)
def also_common_noun(word: str, margin: float = 1.0) -> bool:
    """Whether the tagger reads the word as a common noun nearly as readily as a name: "Halle"
    (NE -11.2, NN -11.6) is a hall after "die", "Lufthansa" has no such reading."""
    readings = _tag_word(word)[:4]
    if not readings:
        return False
    best = readings[0][1]
    return any(t == "NN" and score >= best - margin for t, score in readings)


@lru_cache(maxsize=100_000)
def unknown_compound(word: str, min_tail: int = 5) -> bool:
    """An unknown word that ends in a common noun the tagger knows ('Zusammenschluss' on
    'Schluss', in a spelling its lexicon lacks): a compound noun, not a name ('Medvalon')."""
    if not is_unknown(word):
        return False
    for cut in range(3, len(word) - min_tail + 1):
        tag_, score = _best_reading(word[cut:].capitalize())
        if tag_ == "NN" and score >= _UNKNOWN_SCORE:
            return True
    return False


@lru_cache(maxsize=100_000)
def everyday_compound(word: str, min_tail: int = 6) -> bool:
    """A word the lexicon knows that ends in an everyday noun ('Pflegepersonal' on 'Personal'): a
    compound common noun ('Unterland', 'Wiesengrund', 'Neumünster' are no such compounds)."""
    if is_unknown(word):
        return False
    return any(everyday_noun(word[cut:].capitalize()) for cut in range(3, len(word) - min_tail + 1))


@lru_cache(maxsize=100_000)
def known_compound(word: str, min_tail: int = 5) -> bool:
    """A word that ends in a noun the lexicon knows, whether it knows the whole or not
    ('Außenwerbung' on 'Werbung', 'Solarwirtschaft' on 'Wirtschaft'; not 'Swissmem')."""
    return any(known_noun(word[cut:].capitalize()) for cut in range(3, len(word) - min_tail + 1))


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


# --- the memo as data: on disk, and between processes ------------------------------------------

def _pair(value: object) -> tuple[str, str] | None:
    return (str(value[0]), str(value[1])) if isinstance(value, (list, tuple)) and len(value) == 2 else None


def _flag(value: object) -> bool:
    return bool(value)


def _scored(value: object) -> tuple[str, float] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and isinstance(value[1], (int, float)):
        return (str(value[0]), float(value[1]))
    return None


# name in the cache file -> (memo, words learnt since loading, reader of a stored value); the
# first two are required in a cache file, "readings" came later and may be missing
_MEMOS = {
    "analyses": (_ANALYSES, _NEW_ANALYSES, _pair),
    "verbish": (_VERBISH, _NEW_VERBISH, _flag),
    "readings": (_READINGS, _NEW_READINGS, _scored),
}
_REQUIRED = ("analyses", "verbish")


def take_new() -> dict[str, dict]:
    """The analyses learnt since the last call (to send from a worker to the parent process)."""
    delta = {name: dict(new) for name, (_, new, _) in _MEMOS.items()}
    for _, new, _ in _MEMOS.values():
        new.clear()
    return delta


def add_known(delta: dict[str, dict]) -> None:
    """Adopt analyses learnt elsewhere (a worker's `take_new`); they will be saved too."""
    for name, (memo, new, read) in _MEMOS.items():
        for word, value in (delta.get(name) or {}).items():
            if word not in memo and (found := read(value)) is not None:
                memo[word] = new[word] = found


def cache_file(cache_dir: Path) -> Path:
    return Path(cache_dir) / "morph.json"


def load_cache(cache_dir: Path) -> int:
    """Fill the memo from the cache file; a missing, damaged or foreign file is ignored.
    Returns the number of words loaded."""
    try:
        raw = json.loads(cache_file(cache_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    if not isinstance(raw, dict) or raw.get("model") != model_version():
        return 0
    if not all(isinstance(raw.get(name), dict) for name in _REQUIRED):
        return 0
    for name, (memo, _, read) in _MEMOS.items():
        stored = raw.get(name)
        for word, value in (stored.items() if isinstance(stored, dict) else ()):
            if (found := read(value)) is not None:
                memo.setdefault(word, found)
    return len(raw["analyses"])


def save_cache(cache_dir: Path) -> None:
    """Write the whole memo when it learnt words since loading (temp file and rename)."""
    if not any(new for _, new, _ in _MEMOS.values()):
        return
    path = cache_file(cache_dir)
    data: dict[str, object] = {"model": model_version()}
    for name, (memo, _, _) in _MEMOS.items():
        data[name] = {w: list(v) if isinstance(v, tuple) else v for w, v in sorted(memo.items())}
    from generator.runcache import write_cache_file  # the project's atomic writer (loads ruamel: only here)

    write_cache_file(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    for _, new, _ in _MEMOS.values():
        new.clear()
