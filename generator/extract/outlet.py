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
        if seg.kind == "byline":
            value = seg.text(analysed.text).split(":", 1)[1].strip()
            return value
    return ""


def outlet_names(outlet: str) -> list[str]:
    """'APA/Reuters/dpa/TASS' -> the single agencies, to keep them out of `mentioned`."""
    return [part.strip() for part in outlet.replace(",", "/").split("/") if part.strip()]
