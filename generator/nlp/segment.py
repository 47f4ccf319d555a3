"""Splitting a German news report into sentences, headings and agency tags.

Works on characters, not tokens, so every sentence is an exact slice of the report: evidence
quoted from it stands verbatim in the source. Handles ordinals and dates ("am 18. März"),
abbreviations, initials, quotation marks of every common style, sentences glued together by
copy-paste ("mitteilte.Die"), headings without a full stop, datelines ("WASHINGTON (dpa-AFX) -",
"Moskau taz |"), bylines ("Von: APA/Reuters/dpa") and trailing editor codes ("/nau/DP/stw").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from generator.nlp import morph

SegmentKind = Literal["sentence", "heading", "dateline", "byline", "tag"]

# Abbreviations after which a full stop does not end a sentence (lowercased, without the dot).
ABBREVIATIONS = frozenset(
    """z.b u.a d.h bzw ca vgl usw etc dr prof st nr mio mrd jan feb febr apr aug sept sep okt nov
    dez jh jhd s. u.s sog ggf inkl evtl zzgl abs art bzw. o.ä u.ä z.t i.d.r insb gen mr mrs
    ms hr fr str tel min max mind rd v.a a.d v.chr n.chr""".split()
)
_CLOSERS = "\"'”“’‘»«)]"
_OPENERS = "\"'„“‚‘»«([–-"
_MONTHS = (
    "januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
)
_ORDINAL_FOLLOWER = re.compile(rf"\s*(?:{_MONTHS}|jahrhundert|jh|mal|platz|stock|runde|lesung)\b", re.I)
# words no ordinal stands before, which open a new sentence after a number ("… stimmten 72. Der Abbau …")
_NO_ORDINAL_AFTER = frozenset("Der Die Das Den Dem Des Ein Eine Einen Er Sie Es Wir Ich Man Auch Doch Aber Damit "
                              "Dann Dabei Zudem Außerdem Dies Diese Dieser Dieses".split())
_DATELINE = re.compile(
    r"\A(?!(?:Die|Der|Das|Den|Dem|Des|Ein|Eine)\s)"  # "Die TAGESZEITUNG – taz – kritisiert": a subject
    r"(?P<place>(?:[A-ZÄÖÜ][\wÄÖÜäöüß.'-]*)(?:[ /](?:[a-z]{1,3}-)?[A-ZÄÖÜ][\wÄÖÜäöüß.'-]*){0,3}"
    r"(?:\s(?:am|im|ob|bei|an\sder|in\sder)\s[A-ZÄÖÜ][\wäöüßÄÖÜ-]+)?)"  # "Rabenstein an der Mur (APA) -"
    r"(?P<date>,\s*\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zäöü]{2,9}\.?(?:\s+\d{4})?|[01]?\d\.(?:\d{4}|\d\d)?))?"
    # "Brüssel, 14. Nov (Reuters) -", "Bern, 20.08.2025 (Keystone-SDA) -"
    r"(?:\s*\((?P<paren>[^()\n]{1,40})\)|\s+(?P<bare>[a-zäöü][\w-]{1,20}))?"
    r"\s*(?:-|–|—|\|)\s+"
)
# "Madrid. Mehr als …", "Berlin (epd). Im Streit …": a one-word place closed by a full stop
_DATELINE_DOT = re.compile(
    r"\A(?:[a-zäöü]{2,4}\.\s+)?"  # "mkr. ERFURT, 26. November.": an author's code first
    # "Hildesheim, 7. Oktober 2025. Die Stadt …": the day may carry its year
    # "ST. PÖLTEN/ZWETTL."
    r"(?P<place>(?:(?:St|ST|Bad|BAD)\.?\s)?[A-ZÄÖÜ][\wäöüßÄÖÜ-]+(?:/[A-ZÄÖÜ][\wäöüßÄÖÜ-]+)?"
    # "WALDEGG AN DER FEISTRITZ.", "Kirchdorf am Wimbach."
    r"(?:\s(?:AM|IM|OB|BEI|AN\sDER|IN\sDER|am|im|ob|bei|an\sder|in\sder)\s[A-ZÄÖÜ][\wäöüßÄÖÜ-]+)?)"
    r"(?P<date>,\s*\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]{2,9}(?:\s+\d{4})?)?"
    r"(?:\s*\((?P<paren>[^()\n]{1,20})\))?\.\s+(?=[A-ZÄÖÜ„\"])")
# "(Bloomberg) -- Äthiopien hat …": the agency alone, without a place
_AGENCY_TAG = re.compile(r"\A(?P<place>)\((?P<paren>[A-Z][\w./ -]{1,30})\)\s*(?:--|–|—|-)\s+")
_DATELINE_LINES = 8  # a dateline may follow a headline, a teaser and a byline
_BYLINE = re.compile(r"\A(?:Von|Quelle|Autor|Autorin)\s*:\s*\S.{0,120}\Z")
# "Von Anna Kessler, Karlsruhe", "Von Tom Bauer und Lea Roth", "Interview: Mareike Sonnenfeld, 2. Dezember
# 2025", "Das Gespräch führte Jan Roth": the author below a teaser
_NAMED_BYLINE = re.compile(r"\A(?:[Vv]on|Interview:?|Interview von|Das Gespräch führten?)\s+[A-ZÄÖÜ][\w.-]+"
                           r"(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w.-]+){1,5}\.?(?:,\s*[A-ZÄÖÜ\d][\w ./-]{1,40})?\Z")
_EDITOR_CODES = re.compile(r"(?:/[A-Za-z]{1,6}){2,}\s*\Z")
_HEADING_MAX_WORDS = 14


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: SegmentKind

    def text(self, source: str) -> str:
        return source[self.start:self.end]


_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")  # I to XXXIX
_DETERMINERS = frozenset("der die das des dem den im am vom zum zur beim".split())


def _before_word(text: str, start: int) -> str:
    """The word before position `start` on the same line."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:end]


def _is_boundary(text: str, dot: int) -> int | None:
    """If the punctuation at `dot` ends a sentence, return where the next sentence starts."""
    mark = text[dot]
    end = dot + 1
    while end < len(text) and text[end] in _CLOSERS:
        end += 1
    # Position of the next non-space character on the same paragraph.
    nxt = end
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    if nxt >= len(text) or text[nxt] == "\n":
        return nxt
    following = text[nxt]
    glued = nxt == end
    if glued and not (following.isupper() or following in "„\""):
        return None  # "radioenneperuhr.de", "3.5", "z.B."
    if glued and following.isalpha() and text[nxt + 1:nxt + 2] == ".":
        return None  # "Fabbri Robotica S.p.A.", "U.S.A.": letters with their dots
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return None
    if mark == ".":
        word_start = dot
        while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in _OPENERS:
            word_start -= 1
        word = text[word_start:dot]
        if word.isdigit() and len(word) <= 3 and end == dot + 1:
            # "am 18. März", "der 2. Weltkrieg": an ordinal, unless the text clearly moves on.
            next_word = text[nxt:].split(None, 1)[0] if text[nxt:].strip() else ""
            if _ORDINAL_FOLLOWER.match(text, end) or (following.isupper() and next_word not in _NO_ORDINAL_AFTER):
                return None
        if word.lower().rstrip(".") in ABBREVIATIONS:
            return None
        if word == "Co" and text[max(0, word_start - 2):word_start] == "& ":
            return None  # "Müller Bau GmbH & Co. KG"
        before = _before_word(text, word_start)
        if _ROMAN.match(word) and (before.lower() in _DETERMINERS or (before.isalpha() and before.islower())):
            # "des VIII. Zivilsenats", "der zuständige XII. Zivilsenat": an ordinal ("Papst Leo XIV." may end one)
            return None
        if len(word) == 1 and word.isalpha() and word.isupper():
            return None  # initials: "J. D. Vance"
    if mark == ":":
        return None
    return nxt


def _split_line(text: str, start: int, end: int) -> list[Segment]:
    """Sentences of one line (paragraph), as slices of `text`."""
    segments: list[Segment] = []
    cursor = start
    i = start
    while i < end:
        if text[i] in ".!?":
            nxt = _is_boundary(text, i)
            if nxt is not None and nxt <= end:
                stop = i + 1
                while stop < end and text[stop] in _CLOSERS:
                    stop += 1
                if text[cursor:stop].strip():
                    segments.append(Segment(cursor, stop, "sentence"))
                cursor = nxt
                i = nxt
                continue
        i += 1
    if cursor < end and text[cursor:end].strip():
        segments.append(Segment(cursor, end, "sentence"))
    return [_strip(text, s) for s in segments]


def _strip(text: str, seg: Segment) -> Segment:
    start, end = seg.start, seg.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(start, end, seg.kind)


_SUBTITLE = ("Utl.:", "Utl:")


def _introduces_quote(line: str) -> bool:
    """A line that ends in a colon and has a finite verb is a sentence introducing what follows
    (also a verb the tagger reads first as a participle: "Das „Tageblatt“ begrüßt den Beschluss:")."""
    words = line.rstrip(":").split()
    return len(words) >= 3 and any(w.isalpha() and w.islower() and morph.can_be_finite_verb(w) for w in words[1:])


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    if stripped.startswith(_SUBTITLE) or stripped.endswith(" ="):
        return True  # "Utl.: Basisabgeltung steigt … - Volksoper streicht zwei Premieren =": an agency's subtitle
    if not stripped or stripped[-1] in ".!?;,":
        return False
    if stripped.endswith(":") and _introduces_quote(stripped):
        return False  # "Der RHEIN-RUHR-ANZEIGER aus Essen sieht das Ruhrgebiet als Verlierer:" over a quote
    if stripped[-1] in _CLOSERS and len(stripped) > 1 and stripped[-2] in ".!?":
        return False
    # "Schwarz-Rot einigt sich auf Pflegepaket / Kommunen verlangen Garantie / VdK: …": a line of
    # headlines, each short
    return all(len(part.split()) <= _HEADING_MAX_WORDS for part in stripped.split(" / "))


def segment(text: str) -> list[Segment]:
    """All segments of a report body in order; only `sentence` segments carry statements."""
    segments: list[Segment] = []
    first_line = True
    dated = False
    pos = 0
    line_number = -1
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        line_number += 1
        seg_start = line_start + (len(line) - len(line.lstrip()))
        body = text[seg_start:line_end]
        opening = first_line
        if first_line:
            first_line = False
            byline = _BYLINE.match(body.rstrip())
            if byline:  # the dateline may open the next line: "Von: … /dpa" then "Brüssel - …"
                segments.append(_strip(text, Segment(seg_start, line_end, "byline")))
                first_line = True
                continue
        if not dated and line_number < _DATELINE_LINES:
            # the opening line's agency dateline needs less text after it than one further down
            # (after a headline or teaser), where "Madrid. …" style datelines count too
            dateline, room = (_DATELINE.match(body) if opening else None), 20
            if not (dateline and len(body) > dateline.end() + room):
                dateline, room = _DATELINE_DOT.match(body) or _DATELINE.match(body) or _AGENCY_TAG.match(body), 40
            if dateline and len(body) > dateline.end() + room:
                if _looks_like_heading(body[dateline.end():]):
                    # "Parlamentskorrespondenz – Novelle … angenommen", "LIVETICKER | Verbandstag … – Samstag,
                    # 22. November 2025": a kicker and its subtitle, one heading
                    segments.append(_strip(text, Segment(seg_start, line_end, "heading")))
                    continue
                segments.append(_strip(text, Segment(seg_start, seg_start + dateline.end(), "dateline")))
                seg_start += dateline.end()
                dated = True
        if line_number < _DATELINE_LINES and _NAMED_BYLINE.match(text[seg_start:line_end].rstrip()):
            segments.append(_strip(text, Segment(seg_start, line_end, "byline")))
            continue
        if _looks_like_heading(text[seg_start:line_end]) and not _EDITOR_CODES.search(text[seg_start:line_end]):
            segments.append(_strip(text, Segment(seg_start, line_end, "heading")))
            continue
        segments.extend(_split_line(text, seg_start, line_end))
    return _split_editor_codes(text, segments)


def _split_editor_codes(text: str, segments: list[Segment]) -> list[Segment]:
    """Detach trailing editor codes ("…reden./nau/DP/stw") from the last sentence."""
    if not segments:
        return segments
    last = segments[-1]
    match = _EDITOR_CODES.search(text, last.start, last.end)
    if not match or match.start() == last.start:
        return segments
    return segments[:-1] + [
        _strip(text, Segment(last.start, match.start(), last.kind)),
        Segment(match.start(), last.end, "tag"),
    ]


def dateline_parts(text: str, seg: Segment) -> tuple[str, str]:
    """(place, outlet) of a dateline segment; outlet is '' when none is named."""
    match = (_DATELINE.match(text[seg.start:seg.end] + " ") or _DATELINE_DOT.match(text[seg.start:seg.end] + " A")
             or _AGENCY_TAG.match(text[seg.start:seg.end] + " "))
    if not match:
        return text[seg.start:seg.end].strip(" -–—|"), ""
    outlet = match.group("paren") or match.groupdict().get("bare") or ""
    return match.group("place"), outlet.strip()
