"""The report's outlet (agency or paper), where the text names one in its dateline or byline."""

from __future__ import annotations

from generator.extract.text import Analysed
from generator.nlp.segment import dateline_parts


def extract_outlet(analysed: Analysed) -> str:
    for seg in analysed.segments:
        if seg.kind == "dateline":
            _, outlet = dateline_parts(analysed.text, seg)
            if outlet:
                return outlet
        if seg.kind == "byline" and ":" in seg.text(analysed.text):  # "Von: APA/dpa", not an author's name
            return seg.text(analysed.text).split(":", 1)[1].strip()
    return ""
