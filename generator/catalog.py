"""Everything the site and `briefing check` read: briefs, their reports, the knowledge files.

The catalog is built once per run; briefs that fail validation are left out and reported as
problems (with file, line and column), so one bad file never hides the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.ingest import Report, ReportError, list_reports, read_report
from generator.knowledge import Knowledge
from generator.store import BriefError, plain, read_brief


@dataclass
class Catalog:
    briefs: list[dict[str, Any]] = field(default_factory=list)
    # Brief id -> path of its YAML file (for error messages and "edit this brief" links).
    paths: dict[str, Path] = field(default_factory=dict)
    # Report file name -> decoded report, for source pages and evidence checks.
    reports: dict[str, Report] = field(default_factory=dict)
    problems: list[BriefError] = field(default_factory=list)


def brief_files(briefings_dir: Path) -> list[Path]:
    return sorted(p for p in briefings_dir.glob("*.yaml") if p.is_file())


def load_reports(seeds_dir: Path) -> tuple[dict[str, Report], list[BriefError]]:
    reports: dict[str, Report] = {}
    problems: list[BriefError] = []
    if not seeds_dir.is_dir():
        return reports, problems
    for path in list_reports(seeds_dir):
        try:
            reports[path.name] = read_report(path)
        except ReportError as exc:
            problems.append(BriefError(str(path), str(exc)))
    return reports, problems


def load_catalog(briefings_dir: Path, seeds_dir: Path, knowledge: Knowledge) -> Catalog:
    """Read and validate every brief; sort by date (newest first), then id."""
    from generator.validate import validate_brief

    catalog = Catalog()
    catalog.reports, _ = load_reports(seeds_dir)
    for path in brief_files(briefings_dir):
        try:
            node = read_brief(path)
        except BriefError as exc:
            catalog.problems.append(exc)
            continue
        errors = validate_brief(node, str(path), knowledge, catalog.reports)
        if errors:
            catalog.problems.extend(errors)
            continue
        data = plain(node)
        if data["id"] in catalog.paths:
            catalog.problems.append(
                BriefError(str(path), f"id {data['id']!r} is also used by {catalog.paths[data['id']]}; ids must be unique", 1, 1)
            )
            continue
        catalog.paths[data["id"]] = path
        catalog.briefs.append(data)
    catalog.briefs.sort(key=lambda b: (str(b["date"]), b["id"]), reverse=True)
    catalog.problems.sort(key=lambda e: (e.path, e.line, e.col))
    return catalog
