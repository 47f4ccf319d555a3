"""The default German pipeline: spaCy's tokenizer and lookup lemmatizer plus our components.

No trained German model is needed. `make_pipeline()` builds it once per process; a user who
has a trained pipeline installed may pass its name instead (its tagger/parser are then
available, our components are added on top).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, LEMMA, LENGTH, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.lookups import load_lookups
from spacy.tokens import Doc

from generator.nlp import PipelineError
from generator.nlp.segment import Segment, segment

# Split glued sentences ("mitteilte.Die", 'zusammenarbeiten."Im') so that sentence starts fall
# on token boundaries.
_EXTRA_INFIXES = (
    r"(?<=[a-zäöüß)])\.(?=[A-ZÄÖÜ])",
    r"(?<=[.!?])[\"“”„'’»«](?=[A-ZÄÖÜ„\"])",
)

# the full stop after a name that ends in a capital after a small letter ("von der AfD.", "die
# KfW.", "SpaceX.", "Muster GmbH."): spaCy splits it only after two capitals or a small letter
_EXTRA_SUFFIXES = (r"(?<=[a-zäöüß][A-ZÄÖÜ])\.",)

# legal forms written with full stops or a slash, one token each, so that a company's name reads on
# to its form ("Varhany Dvořák s.r.o.", "Fabbri Robotica S.p.A.", "Nordvang A/S")
DOTTED_LEGAL_FORMS = ("s.r.o.", "S.p.A.", "S.r.l.", "S.A.", "N.V.", "B.V.", "a.s.", "d.o.o.", "A/S")

if not Doc.has_extension("segments"):
    Doc.set_extension("segments", default=None)


@Language.factory("briefing_segmenter", default_config={})
def make_segmenter(nlp: Language, name: str) -> "SegmenterComponent":
    return SegmenterComponent()


def doc_text(doc: Doc) -> str:
    """The Doc's text, from its arrays: `Doc.text` makes a Token object per token on every call."""
    strings = doc.vocab.strings
    return "".join(strings[orth] + " " if space else strings[orth]
                   for orth, space in doc.to_array([ORTH, SPACY]).tolist())


class SegmenterComponent:
    """Sets sentence starts from the character-level segmenter and keeps the segments on the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self.set_annotations(doc, self.match(text), text)
        return doc

    @staticmethod
    def match(text: str) -> list[Segment]:
        return segment(text)

    @staticmethod
    def set_annotations(doc: Doc, segments: list[Segment], text: str) -> None:
        doc._.segments = segments
        starts = {s.start for s in segments}
        # Arrays in, one array write out: the Token.is_sent_start setter scans the whole Doc on
        # every call, and Token objects are costly to make.
        values, after_break = [], True
        for idx, length in doc.to_array([IDX, LENGTH]).tolist():
            values.append(1 if after_break or idx in starts else -1)
            after_break = "\n" in text[idx:idx + length]
        if values:
            doc.from_array([SENT_START], numpy.array(values, dtype="int64").astype("uint64"))


@Language.factory("briefing_lemmatizer", default_config={})
def make_lemmatizer(nlp: Language, name: str) -> "LookupLemmatizer":
    return LookupLemmatizer(nlp)


class LookupLemmatizer:
    """spaCy's German lookup lemmas (spacy-lookups-data), the same as its `lemmatizer` in lookup
    mode, but read and written as arrays and remembered per word form: spaCy's own component
    makes a Token object per token and looks each one up again."""

    def __init__(self, nlp: Language):
        self.strings = nlp.vocab.strings
        self.table = None
        self.lemma_of: dict[int, int] = {}  # word form hash -> lemma hash

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        self.table = load_lookups("de", ["lemma_lookup"]).get_table("lemma_lookup")
        self.lemma_of.clear()

    def __call__(self, doc: Doc) -> Doc:
        lemma_of, table, strings = self.lemma_of, self.table, self.strings
        lemmas = []
        for orth in doc.to_array([ORTH]).tolist():
            lemma = lemma_of.get(orth)
            if lemma is None:
                lemma = lemma_of[orth] = strings.add(table.get(orth, strings[orth]))
            lemmas.append(lemma)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


def _extend_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes) + list(_EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    suffixes = list(nlp.Defaults.suffixes) + list(_EXTRA_SUFFIXES)
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    for form in DOTTED_LEGAL_FORMS:
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        if not form.endswith("."):  # "mit der Nordvang A/S.": the sentence's full stop
            nlp.tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])


class LineCachedTokenizer:
    """spaCy's tokenizer, fed each line on its own first.

    The tokenizer memoises how it splits each space-separated chunk, but stops saving to that
    memo for the rest of a text once it meets a special case, and a line break is one. A report
    of several paragraphs thus got almost no memo hits (≈9 ms per report instead of ≈1 ms).
    Tokenizing the lines first fills the memo; the tokens are the same either way."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if "\n" in text:
            for line in text.split("\n"):
                if line:
                    self.tokenizer(line)
        return self.tokenizer(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=4)
def make_pipeline(model: str = "") -> Language:
    """The pipeline used for every report; `model` names an installed trained pipeline, if any."""
    try:
        if model:
            nlp = spacy.load(model, exclude=["senter", "sentencizer"])
        else:
            nlp = spacy.blank("de")
            nlp.add_pipe("briefing_lemmatizer")
            nlp.initialize()
    except (OSError, ValueError, ImportError) as exc:
        hint = f"the spaCy pipeline {model!r} is not installed" if model else (
            "spaCy's German lemma table is missing: install the project with `pip install -e .` "
            "(it brings spacy-lookups-data)")
        raise PipelineError(f"{hint} ({exc.__class__.__name__})") from None
    _extend_tokenizer(nlp)
    nlp.tokenizer = LineCachedTokenizer(nlp.tokenizer)
    first = nlp.pipe_names[0] if nlp.pipe_names else None
    if first:
        nlp.add_pipe("briefing_segmenter", before=first)
    else:
        nlp.add_pipe("briefing_segmenter")
    return nlp
