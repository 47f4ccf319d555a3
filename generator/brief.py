"""The brief: the project's data contract (see BRIEF-SCHEMA.md), as typed values.

Briefs travel as plain dicts between the YAML store and the renderers; these dataclasses are
what the generator builds, so a brief it writes always has every field in contract order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

# Contract order of top-level keys; the writer emits them in this order.
FIELD_ORDER = (
    "schema_version",
    "id",
    "title",
    "date",
    "date_precision",
    "date_evidence",
    "source",
    "event",
    "summary",
    "parties",
    "mentioned",
    "outcome",
    "open_issues",
    "topics",
    "figures",
    "reviewed",
)


@dataclass(frozen=True)
class Actor:
    name: str
    role: str = ""
    country: str = ""

    def to_dict(self) -> dict[str, str]:
        out = {"name": self.name}
        if self.role:
            out["role"] = self.role
        if self.country:
            out["country"] = self.country
        return out


@dataclass(frozen=True)
class Item:
    """An outcome or open issue: a clean German sentence and the verbatim sentence behind it."""

    text: str
    evidence: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "evidence": self.evidence}


@dataclass(frozen=True)
class Figure:
    value: str
    label: str
    evidence: str = ""

    def to_dict(self) -> dict[str, str]:
        out = {"value": self.value, "label": self.label}
        if self.evidence:
            out["evidence"] = self.evidence
        return out


@dataclass(frozen=True)
class Source:
    file: str
    sha256: str
    outlet: str = ""

    def to_dict(self) -> dict[str, str]:
        out = {"file": self.file}
        if self.outlet:
            out["outlet"] = self.outlet
        out["sha256"] = self.sha256
        return out


@dataclass(frozen=True)
class Brief:
    id: str
    title: str
    date: str
    date_precision: str
    date_evidence: str
    source: Source
    event: str
    summary: str
    parties: tuple[Actor, ...] = ()
    mentioned: tuple[Actor, ...] = ()
    outcome: tuple[Item, ...] = ()
    open_issues: tuple[Item, ...] = ()
    topics: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    reviewed: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_evidence": self.date_evidence,
            "source": self.source.to_dict(),
            "event": self.event,
            "summary": self.summary,
            "parties": [a.to_dict() for a in self.parties],
            "mentioned": [a.to_dict() for a in self.mentioned],
            "outcome": [i.to_dict() for i in self.outcome],
            "open_issues": [i.to_dict() for i in self.open_issues],
            "topics": list(self.topics),
            "figures": [f.to_dict() for f in self.figures],
            "reviewed": self.reviewed,
        }
