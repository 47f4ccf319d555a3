"""Validation of one brief: JSON Schema plus semantic rules, every problem with file:line:col.

(Placeholder: the full schema and rules are being written; this accepts what has the required keys.)
"""

from __future__ import annotations

from typing import Any

from generator.ingest import Report
from generator.knowledge import Knowledge
from generator.store import BriefError, position

REQUIRED = ("id", "date", "date_precision", "source", "parties", "outcome", "open_issues")


def validate_brief(node: Any, path: str, knowledge: Knowledge, reports: dict[str, Report]) -> list[BriefError]:
    errors = []
    for key in REQUIRED:
        if key not in node:
            line, col = position(node)
            errors.append(BriefError(path, f"missing required field `{key}`", line, col))
    return errors
