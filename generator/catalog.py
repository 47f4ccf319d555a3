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
from generator.store import BriefError, parse_brief_text, plain, read_brief_text


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


def read_valid_brief(path: Path, knowledge: Knowledge, reports: dict[str, Report]) -> tuple[dict[str, Any] | None, list[BriefError]]:
    """(brief data, []) for a valid brief, (None, problems) otherwise; raises BriefError when the
    file cannot be read as YAML.

    Fast path: libyaml reads the file (generator.fastyaml) and the brief is validated as plain
    data. Only a brief that needs the round-trip reader to be read the same way, or that has
    problems (whose lines and columns only the round-trip reader knows), is read again by ruamel.
    """
    from generator.fastyaml import load_plain
    from generator.validate import validate_brief

    text = read_brief_text(path)
    fast = load_plain(text)
    if fast is not None and not validate_brief(fast, str(path), knowledge, reports):
        return fast, []
    node = parse_brief_text(text, str(path))
    errors = validate_brief(node, str(path), knowledge, reports)
    return (None, errors) if errors else (plain(node), [])


def load_catalog(briefings_dir: Path, seeds_dir: Path, knowledge: Knowledge) -> Catalog:
    """Read and validate every brief; sort by date (newest first), then id."""
    catalog = Catalog()
    catalog.reports, _ = load_reports(seeds_dir)
    for path in brief_files(briefings_dir):
        try:
            data, errors = read_valid_brief(path, knowledge, catalog.reports)
        except BriefError as exc:
            catalog.problems.append(exc)
            continue
        if data is None:
            catalog.problems.extend(errors)
            continue
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
