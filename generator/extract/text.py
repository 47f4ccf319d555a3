"""The analysed report every extractor reads: the spaCy Doc and its statement sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from typing import Sequence

from spacy.tokens import Doc, Token

from generator.ingest import Report
from generator.nlp import morph
from generator.nlp.segment import Segment


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets in the report body
    end: int
    text: str  # exactly as in the report: usable as evidence
    tokens: tuple[Token, ...]  # the tokens covering it, made once: spaCy makes new ones per access


@dataclass(frozen=True)
class Analysed:
    report: Report
    doc: Doc
    sentences: tuple[Sentence, ...]  # statement sentences only (no headings, datelines, tags)
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        # The report body is the Doc's text verbatim; Doc.text would join every token per call.
        return self.report.body

    def segments_of(self, kind: str) -> list[Segment]:
        return [s for s in self.segments if s.kind == kind]


def analyse(report: Report, nlp) -> Analysed:
    doc = nlp(report.body)
    text = report.body  # the Doc's text, verbatim
    tokens = list(doc)
    segments = tuple(doc._.segments or ())
    sentences = []
    for seg in segments:
        if seg.kind != "sentence":
            continue
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentences.append(Sentence(len(sentences), seg.start, seg.end, text[seg.start:seg.end],
                                  tuple(tokens[span.start:span.end])))
    return Analysed(report, doc, tuple(sentences), segments)


INTERVIEW_QUESTIONS = 3  # questions that make a report an interview, whose answers give positions
# "Albers: …", "LEA SCHÜRMANN: …", "Dr. Meier: …", "REPORTERIN: …": a speaker's label before the words
SPEAKER_LABEL = re.compile(r"^(?:(?:[A-ZÄÖÜ][\w-]*,\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){0,2}[A-ZÄÖÜ][\w-]+:\s+)+"
                           r"(?=[A-ZÄÖÜ„\"»«])")  # (and "Moderation, Simon Keller: …")


# a live ticker's entry opens its line with the clock time ("13.12 Uhr – ", "17.20 Uhr: "); a text with a few is a ticker
TICKER_TIME = re.compile(r"^\d{1,2}[.:]\d{2}(?:\s*Uhr)?\s*[–—:-]\s*")
_TICKER_ENTRIES = 3


def is_ticker(text: str) -> bool:
    return sum(1 for line in text.splitlines() if TICKER_TIME.match(line.lstrip())) >= _TICKER_ENTRIES


def is_question(text: str) -> bool:
    return text.rstrip(" \"“”»«'").endswith("?")


def opening_byline_end(analysed: Analysed, within: int = 8) -> int | None:
    """Character offset where the first dateline or byline ends ('Bern/Doha (sda/afp) –', 'Von Adrian
    Stucki' under a title and a teaser), where the sentence after it is among the first `within`;
    None where the opening has neither."""
    end = next((seg.end for seg in analysed.segments if seg.kind in ("dateline", "byline")), None)
    if end is None:
        return None
    index = next((s.index for s in analysed.sentences if s.start >= end), None)
    return end if index is None or index < within else None


def body_start(analysed: Analysed, within: int = 8) -> int:
    """Index of the first sentence after a dateline or a byline among the first `within` sentences,
    else 0: what comes before is a teaser, which the body tells again with its particulars."""
    end = opening_byline_end(analysed, within)
    if end is None:
        return 0
    return next((s.index for s in analysed.sentences if s.start >= end), 0)


_FINITE_AUXILIARIES = frozenset("hat haben hatte hatten ist sind war waren wird werden wurde wurden soll sollen will "
                                "wollen muss müssen kann können".split())


def _listed_subject(tokens: Sequence[Token], comma: int, j: int, end: int) -> bool:
    """'haben das Land Rheinland-Pfalz, der Rhein-Hunsrück-Kreis und der Rhein-Lahn-Kreis die
    Vereinbarung unterzeichnet': an article and a noun after the comma, and 'und' before the
    clause's end, while the clause before the comma still waits for its verb: a list of actors
    in the middle of the sentence, not a relative clause."""
    if tokens[j].lower_ not in ("der", "die", "das", "den", "dem") or not tokens[j + 1].text[:1].isupper():
        return False
    if not any(t.lower_ in ("und", "sowie") for t in tokens[j + 2:end]):
        return False
    before = tokens[:comma]
    finite = next((k for k, t in enumerate(before) if t.lower_ in _FINITE_AUXILIARIES), None)
    return finite is not None and not any(t.text[:1].islower() and morph.can_be_verb(t.text)
                                          for k, t in enumerate(before) if k != finite)


# Monday first, as datetime counts them; dates.py reads weekdays by these names too.
WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
# every spelling a report may use, lower case, to its number; "Sonnabend" is Saturday in the north and east
WEEKDAY_NUMBERS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)} | {"sonnabend": 5}
_WEEKDAYS_LOWER = tuple(WEEKDAY_NUMBERS)
_PREPOSITIONS = frozenset("zu mit von auf in an für über bei aus nach unter um durch gegen vor hinter neben".split())
_RELATIVE = frozenset("der die das dem den deren dessen denen welcher welche welches welchem welchen".split())
_DEICTIC_DAYS = frozenset("heute gestern vorgestern morgen übermorgen".split())  # "gestern, Dienstag,"
# ", 16. Juli,", ", dem 16. Juli 2025,": a day set off by commas after its weekday
_DAY_APPOSITION = re.compile(r"^(?:dem |den )?\d{1,2}\. ?[A-ZÄÖÜ][a-zäöü]+\.?(?: \d{4})?$")


def _opening_comma(tokens: Sequence[Token], comma: int, most: int) -> int | None:
    """The comma within `most` tokens before the one at `comma` that opens the apposition it closes
    (not one at the sentence's start), or None."""
    opening = next((k for k in range(comma - 1, max(-1, comma - most - 1), -1) if tokens[k].text == ","), None)
    return opening or None


def _closes_day_apposition(tokens: Sequence[Token], comma: int) -> bool:
    """'hat am Mittwoch, 16. Juli, die Schließung … beschlossen', 'hat gestern, Dienstag, den
    Rückkauf … beschlossen', 'haben sich heute, am Donnerstag, mit dem Preisüberwacher … geeinigt':
    the comma after the day closes its apposition, and the article after it opens the main clause's
    object, no relative clause."""
    opening = _opening_comma(tokens, comma, 5)
    if opening is None:
        return False
    inner = tokens[opening + 1:comma]
    if tokens[opening - 1].lower_ in _DEICTIC_DAYS:  # "gestern, Dienstag,": the weekday names the day
        if inner and inner[0].lower_ == "am":  # "heute, am Donnerstag,", "heute, am Donnerstag, 3. Juli,"
            inner = inner[1:]
        return len(inner) == 1 and inner[0].text[:1].isupper() and inner[0].lower_.startswith(_WEEKDAYS_LOWER)
    if not tokens[opening - 1].lower_.startswith(_WEEKDAYS_LOWER):
        return False
    return bool(_DAY_APPOSITION.match(" ".join(t.text for t in inner).replace(" .", ".")))


def _closes_name_apposition(tokens: Sequence[Token], comma: int) -> bool:
    """'der Präsident des Stiftungsrates, Peter Moser, den Kaufvertrag …': the comma after a name of
    one to three words set off by commas closes that apposition."""
    opening = _opening_comma(tokens, comma, 4)
    inner = tokens[opening + 1:comma] if opening is not None else []
    return bool(inner) and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in inner)


def _article_of_noun(tokens: Sequence[Token], j: int) -> bool:
    """'den Kaufvertrag': 'der', 'die', 'das', 'dem' or 'den' right before a common noun is its
    article; a relative pronoun is followed by its clause's subject ('den der Rat …', 'dem sie …')."""
    following = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return (tokens[j].lower_ in ("der", "die", "das", "dem", "den") and following[:1].isupper()
            and following.isalpha() and morph.tag(following) == "NN")


def _main_clause_shape(tokens: Sequence[Token], comma: int, j: int, end: int) -> bool:
    """After an article and its noun at j, up to the part's end, what shows a main clause's part
    rather than a relative clause: the comma closes a name's apposition ('…, Peter Moser, den
    Kaufvertrag unterschrieben'), a finite verb follows the noun (', die Satzung ist beschlossen'), or
    the part ends in no word that can be finite (', mit dem Preisüberwacher auf tiefere Tarife
    geeinigt'); a relative clause ends in its finite verb (', die Anfang Dezember erstmals tagen soll')."""
    words = [t.text for t in tokens[j:end] if t.is_alpha]
    return (_closes_name_apposition(tokens, comma)
            or (j + 3 < end and tokens[j + 2].text[:1].islower() and morph.is_finite_verb(tokens[j + 2].text))
            or (bool(words) and not morph.can_be_finite_verb(words[-1])))


def _verb_second(tokens: Sequence[Token], j: int, k: int) -> bool:
    """', das ist beschlossen', ', dem hat der Rat zugestimmt': the pronoun at j is a main clause's
    subject or object, its finite verb right after it with more words to come; a relative clause
    ends with its finite verb (', das beschlossen ist')."""
    return (tokens[j].lower_ in ("das", "dem", "den", "der", "die") and j + 2 < k
            and morph.is_finite_verb(tokens[j + 1].text) and tokens[j + 1].text[:1].islower())


def relative_clause_tokens(tokens: Sequence[Token]) -> set[int]:
    """Doc indices of tokens inside relative clauses (", zu der sich … ,"): background, not actors."""
    inside: set[int] = set()
    # "Wer sich verpflichtet, dem wird … gezahlt": a clause opened by "wer" names whom a rule
    # concerns (its verb, "verpflichtet", is no one's act), and the pronoun after its comma opens
    # the main clause
    correlative = bool(tokens) and tokens[0].lower_ in ("wer", "was")
    i = 0
    while i < len(tokens):
        if tokens[i].text == "," and correlative:
            correlative = False
            inside.update(t.i for t in tokens[:i])
            i += 1
            continue
        if tokens[i].text == "," and i + 1 < len(tokens):
            j = i + 1
            if tokens[j].lower_ in _PREPOSITIONS and j + 1 < len(tokens):
                j += 1
            k = j
            while k < len(tokens) and tokens[k].text not in (",", ".", ";", ":", "–", "-"):
                k += 1
            if (tokens[j].lower_ in _RELATIVE and not _closes_day_apposition(tokens, i)
                    and not (_article_of_noun(tokens, j) and _main_clause_shape(tokens, i, j, k))):
                # a relative clause has its verb; ", die Präsidentin der VKA, Karin Welge" has none
                if (any(t.text[:1].islower() and morph.can_be_verb(t.text) for t in tokens[j + 1:k])
                        and not _listed_subject(tokens, i, j, k) and not _verb_second(tokens, j, k)):
                    inside.update(t.i for t in tokens[j:k])
                i = k
                continue
        i += 1
    return inside
