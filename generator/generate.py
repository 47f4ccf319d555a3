"""`briefing generate`: one brief per report, written safely, hand edits kept.

For every report the generator extracts a fresh brief and merges it field by field into the
existing file: a field the person did not change since the last generation takes the new
machine value, a changed field keeps the person's value. What the generator last wrote is
remembered in a git-ignored cache (`.briefing-cache/`), never in the brief itself. Without that
record (a fresh clone) an existing brief is kept as it is, since no edit may be lost.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from generator.brief import FIELD_ORDER
from generator.events import EventMember, propagate_days
from generator.extract.compose import Extraction, NoDateError, extract_brief
from generator.ingest import ReportError, list_reports, read_report
from generator.knowledge import Knowledge
from generator.merge import item_key, merge_brief
from generator.store import BriefError, _commented_value, dump_brief, plain, read_brief, to_commented, write_text_atomic

DEFAULT_CACHE_DIR = Path(".briefing-cache")


@dataclass
class GenerateResult:
    counts: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0, "failed": 0})

    @property
    def failed(self) -> int:
        return self.counts["failed"]


@dataclass
class ExistingBrief:
    path: Path
    node: Any
    data: dict[str, Any]


_SOURCE_LINE = re.compile(r"^\s+file:\s*['\"]?([^'\"\n#]+?)['\"]?\s*$", re.M)


def _index_existing(briefings_dir: Path, say: Callable[[str], None]) -> tuple[dict[str, ExistingBrief], dict[str, Path], set[str]]:
    """Existing briefs by report file name; unreadable briefs are reported and never overwritten.

    For an unreadable brief the report it belongs to is guessed from its `file:` line, so that
    report is skipped instead of getting a second brief.
    """
    by_source: dict[str, ExistingBrief] = {}
    broken: dict[str, Path] = {}
    ids: set[str] = set()
    for path in sorted(briefings_dir.glob("*.yaml")):
        ids.add(path.stem)
        try:
            node = read_brief(path)
        except BriefError as exc:
            say(f"problem   {exc} (left as it is; fix it and run again)")
            match = _SOURCE_LINE.search(path.read_text(encoding="utf-8", errors="replace"))
            if match:
                broken[match.group(1).strip()] = path
            continue
        data = plain(node)
        source = data.get("source") if isinstance(data.get("source"), dict) else {}
        if source.get("file"):
            by_source[str(source["file"])] = ExistingBrief(path, node, data)
    return by_source, broken, ids


def _unique_id(wanted: str, taken: set[str], outlet: str = "") -> str:
    """The wanted id, else with the outlet ('…-taz'), else numbered ('…-2')."""
    from generator.extract.compose import slug

    if wanted not in taken:
        return wanted
    if outlet and f"{wanted}-{slug(outlet, 2)}" not in taken:
        return f"{wanted}-{slug(outlet, 2)}"
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def _cache_path(cache_dir: Path, briefings_dir: Path, report_file: str) -> Path:
    """Per briefings folder: runs on another folder never overwrite this folder's record."""
    folder = hashlib.sha256(str(briefings_dir.resolve()).encode("utf-8")).hexdigest()[:12]
    return cache_dir / "generated" / folder / f"{report_file}.json"


def _load_base(cache_dir: Path, briefings_dir: Path, report_file: str) -> dict[str, Any] | None:
    try:
        return json.loads(_cache_path(cache_dir, briefings_dir, report_file).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def run_generate(
    seeds_dir: Path,
    briefings_dir: Path,
    knowledge: Knowledge,
    max_bytes: int = 5_000_000,
    cache_dir: Path = DEFAULT_CACHE_DIR,
    say: Callable[[str], None] = print,
) -> GenerateResult:
    from generator.nlp.pipeline import make_pipeline

    result = GenerateResult()
    briefings_dir.mkdir(parents=True, exist_ok=True)
    existing, broken, taken_ids = _index_existing(briefings_dir, say)
    extractions: list[Extraction] = []
    seen_hashes: dict[str, str] = {}
    nlp = None
    for path in list_reports(seeds_dir):
        try:
            report = read_report(path, max_bytes)
        except (ReportError, OSError) as exc:
            say(f"failed    {path}: {exc}")
            result.counts["failed"] += 1
            continue
        for note in report.notes:
            say(f"note      {path}: {note}")
        if path.name in broken:
            say(f"failed    {path}: its brief {broken[path.name]} cannot be read (see above); not regenerated")
            result.counts["failed"] += 1
            continue
        if report.sha256 in seen_hashes:
            say(f"skipped   {path}: same text as {seen_hashes[report.sha256]}: treated as duplicate")
            continue
        seen_hashes[report.sha256] = path.name
        nlp = nlp or make_pipeline()
        try:
            extractions.append(extract_brief(report, nlp, knowledge))
        except NoDateError as exc:
            say(f"failed    {path}: {exc}")
            result.counts["failed"] += 1
        except Exception as exc:  # an extraction bug must not stop the other reports
            say(f"failed    {path}: internal error while extracting ({type(exc).__name__}: {exc})")
            result.counts["failed"] += 1
    briefs = propagate_days([EventMember(e.brief, e.weekday) for e in extractions])
    for brief in briefs:
        _write_brief(brief, existing, taken_ids, briefings_dir, cache_dir, result, say)
    present = {p.name for p in list_reports(seeds_dir)}
    for report_file, old in sorted(existing.items()):
        if report_file not in present:
            say(f"orphaned  {old.path}: its report {seeds_dir / report_file} is gone; the brief was kept")
    c = result.counts
    say(f"{sum(c.values())} reports: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, {c['failed']} failed")
    return result


def _write_brief(brief, existing, taken_ids, briefings_dir, cache_dir, result, say) -> None:
    report_file = brief.source.file
    old = existing.get(report_file)
    theirs = brief.to_dict()
    if old is None:
        brief_id = _unique_id(brief.id, taken_ids, brief.source.outlet)
        taken_ids.add(brief_id)
        path = briefings_dir / f"{brief_id}.yaml"
        theirs["id"] = brief_id
        write_text_atomic(path, dump_brief(to_commented(theirs)))
        _save_base(cache_dir, briefings_dir, report_file, theirs)
        say(f"new       {path}")
        result.counts["new"] += 1
        return
    if old.data.get("reviewed") is True:
        old_sha = (old.data.get("source") or {}).get("sha256")
        note = "; its report changed since it was reviewed (sha256 differs)" if old_sha != brief.source.sha256 else ""
        say(f"unchanged {old.path} (reviewed: left as it is{note})")
        result.counts["unchanged"] += 1
        return
    base = _load_base(cache_dir, briefings_dir, report_file)
    merge = merge_brief(old.data, base, theirs)
    node = old.node
    for key, value in merge.values.items():
        if old.data.get(key) == value:
            continue
        if key in node:
            node[key] = _reuse_nodes(node[key], old.data.get(key), key, value)
        else:  # a field the brief lacked: put it where the contract orders it
            position = sum(1 for k in node if k in FIELD_ORDER and FIELD_ORDER.index(k) < FIELD_ORDER.index(key))
            node.insert(position, key, _commented_value(key, value))
    kept = merge.kept
    text = dump_brief(node)
    if base is None and kept:
        say(f"kept      {old.path}: no record of the last generated version here, so every field was kept "
            f"(delete the brief to regenerate it)")
    else:
        for key in kept:
            say(f"kept hand edit: {old.path}: {key}")
    current = old.path.read_text(encoding="utf-8")
    if text != current:
        write_text_atomic(old.path, text)
        say(f"updated   {old.path}")
        result.counts["updated"] += 1
    else:
        say(f"unchanged {old.path}")
        result.counts["unchanged"] += 1
    _save_base(cache_dir, briefings_dir, report_file, theirs | {"id": old.data.get("id", theirs["id"])})


def _reuse_nodes(current: Any, current_plain: Any, key: str, value: Any) -> Any:
    """The new value of a field, reusing the file's own nodes for list items that stay, so the
    comments a person wrote on them survive."""
    fresh = _commented_value(key, value)
    if not isinstance(value, list) or not isinstance(current_plain, list) or not hasattr(current, "__getitem__"):
        return fresh
    by_key = {item_key(item): current[i] for i, item in enumerate(current_plain) if i < len(current)}
    for i, item in enumerate(value):
        original = by_key.get(item_key(item))
        if original is not None:
            fresh[i] = original
    return fresh


def _save_base(cache_dir: Path, briefings_dir: Path, report_file: str, data: dict[str, Any]) -> None:
    write_text_atomic(_cache_path(cache_dir, briefings_dir, report_file), json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1))
