"""Small helpers the extraction tests share: run the extraction on an invented text."""

from __future__ import annotations

from generator.extract.compose import extract_brief
from generator.extract.statements import extract_statements
from generator.ingest import parse_report


def texts(items) -> list[str]:
    return [i.text for i in items]


def classify(analyse_text, knowledge, text: str) -> tuple[list[str], list[str]]:
    """Outcome and open-issue texts of a report body."""
    outcome, open_issues = extract_statements(analyse_text(text), knowledge)
    return texts(outcome), texts(open_issues)


def brief_of(nlp, knowledge, text: str):
    """The brief of a whole report text (header line included, if any)."""
    return extract_brief(parse_report("probe.txt", text.encode("utf-8")), nlp, knowledge).brief
