"""Evidence sentences in a report: where they stand, and the report text with them marked.

A brief's evidence stands verbatim in its report; line breaks and doubled spaces are tolerated
when looking it up. The source page shows the report paragraph by paragraph, each evidence
sentence wrapped in `<mark class="beleg" id="ev-...">`, so a brief's link lands on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from markupsafe import Markup

from generator.site.escape import escape_text, one_line
from generator.site.paths import evidence_anchor

_SENTENCE_END = ".!?:;…\"'“”«»)]"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a report. html: escaped text with evidence marks; heading: a short line
    without closing punctuation, shown as an intermediate heading."""

    html: Markup
    heading: bool = False


def locate(body: str, evidence: str) -> tuple[int, int] | None:
    """Character span of `evidence` in `body`, or None when it does not stand there."""
    words = one_line(evidence).split(" ")
    if not words or not words[0]:
        return None
    start = body.find(" ".join(words))
    if start >= 0:
        return (start, start + len(" ".join(words)))
    match = re.search(r"\s+".join(map(re.escape, words)), body)
    return (match.start(), match.end()) if match else None


def mark_report(body: str, evidences: Iterable[str]) -> tuple[tuple[Paragraph, ...], tuple[str, ...]]:
    """The report's paragraphs with evidence marked, and the evidences not found in it."""
    spans: dict[str, tuple[int, int]] = {}
    missing: list[str] = []
    for evidence in sorted(set(filter(None, (one_line(e) for e in evidences)))):
        span = locate(body, evidence)
        if span is None:
            missing.append(evidence)
        else:
            spans.setdefault(evidence_anchor(evidence), span)
    covered = _merge(sorted(spans.values()))
    starts: dict[int, list[str]] = {}
    for anchor, (start, _) in sorted(spans.items(), key=lambda kv: (kv[1], kv[0])):
        starts.setdefault(start, []).append(anchor)

    paragraphs = []
    offset = 0
    for line in body.split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        if not line.strip():
            continue
        html = _render_line(body, line_start, line_end, covered, starts)
        paragraphs.append(Paragraph(Markup(html), _is_heading(line) and "<mark" not in html))
    return tuple(paragraphs), tuple(missing)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _render_line(body: str, start: int, end: int, covered: list[tuple[int, int]],
                 starts: dict[int, list[str]]) -> str:
    cuts = {start, end}
    for a, b in covered:
        cuts.update(p for p in (a, b) if start < p < end)
    cuts.update(p for p in starts if start < p < end)
    points = sorted(cuts)
    parts = []
    for a, b in zip(points, points[1:]):
        piece = _escape_piece(body[a:b])
        anchors = starts.get(a, [])
        extra = "".join(f'<span class="beleg-anker" id="{x}"></span>' for x in anchors[1:])
        if any(s <= a < e for s, e in covered):
            ident = f' id="{anchors[0]}"' if anchors else ""
            parts.append(f'{extra}<mark class="beleg"{ident}>{piece}</mark>')
        else:
            parts.append(extra + "".join(f'<span class="beleg-anker" id="{x}"></span>' for x in anchors[:1]) + piece)
    return "".join(parts).strip()


def _escape_piece(text: str) -> str:
    """Escape a piece of a line, keeping the single spaces at its edges (pieces are joined)."""
    core = escape_text(text)
    lead = " " if text[:1].isspace() and core else ""
    trail = " " if text[-1:].isspace() and core else ""
    return lead + core + trail if core else (" " if text and text.isspace() else "")


def _is_heading(line: str) -> bool:
    text = line.strip()
    return (len(text) <= 80 and len(text.split()) <= 10 and text[-1] not in _SENTENCE_END
            and text[0].isupper() and ":" not in text)
