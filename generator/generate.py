"""`briefing generate`: one brief per report, written safely, hand edits kept.

For every report the generator extracts a fresh brief and merges it field by field into the
existing file: a field the person did not change since the last generation takes the new
machine value, a changed field keeps the person's value. What the generator last wrote is
remembered in a git-ignored cache (`.briefing-cache/`), never in the brief itself. Without that
record (a fresh clone) an existing brief is kept as it is, since no edit may be lost.

Unchanged reports are not analysed again (see generator.runcache): their extraction comes from
the cache, events are grouped over all reports as always, and a brief whose machine output and
bytes are both as the last run left them is reported `unchanged` without being read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from generator.brief import FIELD_ORDER, Brief
from generator.briefindex import BriefIndex, ExistingBrief
from generator.ingest import (DEFAULT_MAX_BYTES, DEFAULT_MAX_SENTENCES, MAX_CHARS, Report, ReportError,
                              limit_report, list_reports, read_report)
from generator.knowledge import Knowledge
from generator.merge import item_key, merge_brief
from generator.nlp import morph
from generator.progress import Progress
from generator.runcache import (Extracted, ExtractionCache, Failed, Manifest, ManifestEntry, events_key,
                                extraction_from_dict, extraction_version, machine_sha256, output_version,
                                sha256_text, write_cache_file)
from generator.store import _commented_value, dump_brief, dump_new_brief, plain, write_text_atomic

DEFAULT_CACHE_DIR = Path(".briefing-cache")
_BRIEF_ID = re.compile(r"\A[a-z0-9]+(?:-[a-z0-9]+)*\Z")  # the schema's id pattern: a safe file name


@dataclass
class GenerateResult:
    counts: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0, "failed": 0})
    analysed: int = 0  # reports whose extraction ran (the others came from the cache)

    @property
    def failed(self) -> int:
        return self.counts["failed"]


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


def _folder_key(briefings_dir: Path) -> str:
    return sha256_text(str(briefings_dir.resolve()))[:12]


def _cache_path(cache_dir: Path, briefings_dir: Path, report_file: str) -> Path:
    """Per briefings folder: runs on another folder never overwrite this folder's record."""
    return cache_dir / "generated" / _folder_key(briefings_dir) / f"{report_file}.json"


def _manifest_path(cache_dir: Path, briefings_dir: Path) -> Path:
    return cache_dir / "manifests" / f"{_folder_key(briefings_dir)}.json"


def _load_base(cache_dir: Path, briefings_dir: Path, report_file: str) -> dict[str, Any] | None:
    try:
        return json.loads(_cache_path(cache_dir, briefings_dir, report_file).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _save_base(cache_dir: Path, briefings_dir: Path, report_file: str, data: dict[str, Any]) -> None:
    write_cache_file(_cache_path(cache_dir, briefings_dir, report_file),
                     json.dumps(data, ensure_ascii=False, sort_keys=True))


@dataclass
class _Run:
    """What one run needs while writing: folders, the index, the records, the output."""

    seeds_dir: Path
    briefings_dir: Path
    cache_dir: Path
    index: BriefIndex
    manifest: Manifest
    result: GenerateResult
    say: Callable[[str], None]
    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # report file -> why its extraction failed


def _read_reports(run: _Run, max_bytes: int, max_sentences: int) -> list[Report]:
    """Every usable report, in file-name order; each problem is one line and the run goes on."""
    reports: list[Report] = []
    seen_hashes: dict[str, str] = {}
    for path in list_reports(run.seeds_dir):
        try:
            report = limit_report(read_report(path, max_bytes), max_sentences, MAX_CHARS)
        except (ReportError, OSError) as exc:
            run.say(f"failed    {path}: {exc}")
            run.result.counts["failed"] += 1
            continue
        for note in report.notes:
            run.say(f"note      {path}: {note}")
        if path.name in run.index.broken:
            run.say(f"failed    {path}: its brief {run.index.broken[path.name]} cannot be read (see above); not regenerated")
            run.result.counts["failed"] += 1
            continue
        if report.sha256 in seen_hashes:
            run.say(f"skipped   {path}: same text as {seen_hashes[report.sha256]}: treated as duplicate")
            continue
        seen_hashes[report.sha256] = path.name
        reports.append(report)
    return reports


def _extract(reports: list[Report], knowledge: Knowledge, cache: ExtractionCache, jobs: int,
             run: _Run) -> list[Extracted]:
    """Extractions in report order: from the cache, else analysed (in `jobs` processes). A failed
    report gets its line, in report order, and its failure is remembered like an extraction."""
    found: dict[str, Extracted | Failed] = {}
    todo = []
    for report in reports:
        cached = cache.get(report.sha256, report.file)
        if cached is not None:
            found[report.file] = cached
        else:
            todo.append(report)
    if todo:
        from generator.workers import auto_jobs, extract_reports  # the NLP stack: only when needed

        morph.load_cache(run.cache_dir)
        with Progress(len(todo), "analysing") as bar:
            outcomes = extract_reports(todo, knowledge, jobs or auto_jobs(len(todo)), bar.advance, cache)
        morph.save_cache(run.cache_dir)
        cache.prune()
        for outcome in outcomes:
            found[outcome.file] = (extraction_from_dict(outcome.extraction) if outcome.extraction is not None
                                   else Failed(outcome.error or "extraction failed"))
    run.result.analysed = len(todo)
    extractions = []
    for report in reports:
        outcome = found[report.file]
        if isinstance(outcome, Failed):
            _fail(run, report.file, outcome.error)
        else:
            extractions.append(outcome)
    return extractions


def _fail(run: _Run, report_file: str, error: str) -> None:
    run.say(f"failed    {run.seeds_dir / report_file}: {error}")
    run.result.counts["failed"] += 1
    run.failed[report_file] = error


def _all_as_before(reports: list[Report], key: str, run: _Run) -> bool:
    """When the reports, the code and every brief are as the last run left them, say what that run
    said, without reading an extraction or grouping events again."""
    manifest, vouched = run.manifest, run.index.vouched
    if key != manifest.events_key or not all(
            r.file in manifest.failed or (r.file in vouched and r.file in manifest.entries) for r in reports):
        return False
    for report in reports:
        if report.file in manifest.failed:
            _fail(run, report.file, manifest.failed[report.file])
    for report in reports:
        if report.file not in manifest.failed:
            entry = manifest.entries[report.file]
            _unchanged_as_before(report.file, entry.machine_sha256, run)
    return True


def run_generate(
    seeds_dir: Path,
    briefings_dir: Path,
    knowledge: Knowledge,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cache_dir: Path = DEFAULT_CACHE_DIR,
    say: Callable[[str], None] = print,
    max_sentences: int = DEFAULT_MAX_SENTENCES,
    jobs: int = 1,
) -> GenerateResult:
    """Write or update one brief per report. `jobs`: processes for the analysis (0 = one per core
    when there is enough work); the briefs are the same whatever the number."""
    briefings_dir.mkdir(parents=True, exist_ok=True)
    version = extraction_version(knowledge, (max_sentences, MAX_CHARS))
    manifest = Manifest.load(_manifest_path(cache_dir, briefings_dir), output_version(version))
    index = BriefIndex(briefings_dir, manifest, say)
    run = _Run(seeds_dir, briefings_dir, cache_dir, index, manifest, GenerateResult(), say)
    reports = _read_reports(run, max_bytes, max_sentences)
    key = events_key([(r.file, r.sha256) for r in reports], manifest.version)
    if not _all_as_before(reports, key, run):
        from generator.events import EventMember, cluster_events, propagate_days  # loads spaCy: when needed

        extractions = _extract(reports, knowledge, ExtractionCache(cache_dir, version), jobs, run)
        briefs = propagate_days(cluster_events([EventMember(e.brief, e.weekday, e.event_type) for e in extractions],
                                               knowledge.actors.political_groups))
        for brief in briefs:
            _write_brief(brief, run)
    present = {p.name for p in list_reports(seeds_dir)}
    for report_file, path in sorted(index.reports().items()):
        if report_file not in present:
            say(f"orphaned  {path}: its report {seeds_dir / report_file} is gone; the brief was kept")
    for report_file in index.vouched:  # briefs this run did not touch stay vouched for (all from the manifest)
        run.entries.setdefault(report_file, manifest.entries[report_file])
    Manifest(manifest.path, manifest.version, run.entries, key, run.failed).save()
    c = run.result.counts
    say(f"{sum(c.values())} reports: {c['new']} new, {c['updated']} updated, {c['unchanged']} unchanged, {c['failed']} failed")
    return run.result


def _unchanged_as_before(report_file: str, machine: str, run: _Run) -> bool:
    """The last run's output for this report stands: same machine output, brief bytes untouched."""
    entry = run.manifest.entries.get(report_file)
    path = run.index.vouched.get(report_file)
    if entry is None or path is None or entry.machine_sha256 != machine:
        return False
    for key in entry.kept:
        run.say(f"kept hand edit: {path}: {key}")
    run.say(f"unchanged {path}{entry.suffix}")
    run.result.counts["unchanged"] += 1
    run.entries[report_file] = entry
    return True


def _record(run: _Run, report_file: str, path: Path, brief_sha256: str | None, machine: str,
            kept: list[str], suffix: str = "") -> None:
    """Remember what this run left, so the next run can tell an untouched brief without reading it."""
    if brief_sha256:
        run.entries[report_file] = ManifestEntry(path.name, brief_sha256, machine, kept, suffix)


def _write_brief(brief: Brief, run: _Run) -> None:
    report_file = brief.source.file
    theirs = brief.to_dict()
    machine = machine_sha256(theirs)  # of the output as extracted, before an id is made unique
    if _unchanged_as_before(report_file, machine, run):
        return
    if not run.index.has(report_file):
        _write_new(brief, theirs, machine, run)
        return
    old = run.index.get(report_file)
    assert old is not None
    if old.data.get("reviewed") is True:
        old_sha = (old.data.get("source") or {}).get("sha256")
        note = "; its report changed since it was reviewed (sha256 differs)" if old_sha != brief.source.sha256 else ""
        suffix = f" (reviewed: left as it is{note})"
        run.say(f"unchanged {old.path}{suffix}")
        run.result.counts["unchanged"] += 1
        _record(run, report_file, old.path, run.index.sha256.get(old.path), machine, [], suffix)
        return
    _merge_into(old, theirs, machine, report_file, run)


def _write_new(brief: Brief, theirs: dict[str, Any], machine: str, run: _Run) -> None:
    brief_id = _unique_id(brief.id, run.index.ids, brief.source.outlet)
    if not _BRIEF_ID.match(brief_id):  # ids are slugs; never let one name a path elsewhere
        run.say(f"failed    {run.seeds_dir / brief.source.file}: no safe brief id ({brief_id!r}); no brief written")
        run.result.counts["failed"] += 1
        return
    run.index.ids.add(brief_id)
    path = run.briefings_dir / f"{brief_id}.yaml"
    theirs["id"] = brief_id
    text = dump_new_brief(theirs)
    write_text_atomic(path, text)
    _save_base(run.cache_dir, run.briefings_dir, brief.source.file, theirs)
    run.say(f"new       {path}")
    run.result.counts["new"] += 1
    _record(run, brief.source.file, path, sha256_text(text), machine, [])


def _merge_into(old: ExistingBrief, theirs: dict[str, Any], machine: str, report_file: str, run: _Run) -> None:
    base = _load_base(run.cache_dir, run.briefings_dir, report_file)
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
        run.say(f"kept      {old.path}: no record of the last generated version here, so every field was kept "
                f"(delete the brief to regenerate it)")
    else:
        for key in kept:
            run.say(f"kept hand edit: {old.path}: {key}")
    current = old.path.read_text(encoding="utf-8")
    if text != current:
        write_text_atomic(old.path, text)
        run.say(f"updated   {old.path}")
        run.result.counts["updated"] += 1
    else:
        run.say(f"unchanged {old.path}")
        run.result.counts["unchanged"] += 1
    new_base = theirs | {"id": old.data.get("id", theirs["id"])}
    _save_base(run.cache_dir, run.briefings_dir, report_file, new_base)
    # What the next run prints when nothing changes: the merge of this file against this output.
    next_kept = list(merge_brief(plain(node), new_base, theirs).kept)
    _record(run, report_file, old.path, sha256_text(text), machine, next_kept)


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
