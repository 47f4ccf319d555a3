"""What `briefing generate` remembers between runs, so unchanged reports cost no NLP.

Two records, both under the cache folder (`.briefing-cache/`, git-ignored, safe to delete):

- extractions: per report text (sha256) and *version* (the extraction code, the knowledge files,
  the NLP packages and the limits), the brief as extracted before events are grouped. A report
  whose text and version are unchanged is not analysed again; grouping into events still runs
  over all reports, so a changed report re-dates and re-keys its event's siblings.
- the manifest of a briefings folder: per report, the brief file it was written to, the sha256 of
  that file's bytes after the run and of the machine output; and what a run would print for it.
  When the machine output is the same and the file's bytes too, the brief is known to be
  unchanged without reading it (a hand edit changes the bytes, so the merge runs as before).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

from generator.brief import Actor, Brief, Figure, Item, Source
from generator.knowledge import Knowledge
from generator.store import write_text_atomic

PACKAGE_DIR = Path(__file__).resolve().parent
# Source files whose code decides what a report's extraction is.
_CODE = ("extract/*.py", "nlp/*.py", "ingest.py", "brief.py", "knowledge.py")
_PACKAGES = ("spacy", "spacy-lookups-data", "HanTa")
# Source files that decide, beyond the extraction, what a run writes for given extractions.
_OUTPUT_CODE = ("events.py", "terms.py", "brief.py", "merge.py", "store.py", "fastyaml.py", "generate.py",
                "briefindex.py", "runcache.py")
_KEEP_VERSIONS = 4  # extraction caches of older versions beyond this are removed


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _canonical(value: Any) -> Any:
    """JSON-ready data with a stable order (sets sorted), for fingerprints."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, default=str))
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def knowledge_fingerprint(knowledge: Knowledge) -> str:
    return sha256_text(json.dumps(_canonical(knowledge), sort_keys=True, ensure_ascii=False, default=str))


def code_fingerprint(patterns: tuple[str, ...] = _CODE) -> str:
    digest = hashlib.sha256()
    for pattern in patterns:
        for path in sorted(PACKAGE_DIR.glob(pattern)):
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    for name in _PACKAGES:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode("utf-8"))
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none\0".encode("utf-8"))
    digest.update(f"python={sys.version_info[:2]}".encode("utf-8"))
    return digest.hexdigest()


def extraction_version(knowledge: Knowledge, limits: tuple[int, ...]) -> str:
    """Changes whenever a report's extraction could change: code, knowledge, packages, limits."""
    parts = [code_fingerprint(), knowledge_fingerprint(knowledge), ",".join(map(str, limits))]
    return sha256_text("|".join(parts))[:24]


def output_version(extraction: str) -> str:
    """Changes whenever a run could write something else for the same extractions."""
    return sha256_text(f"{extraction}|{code_fingerprint(_OUTPUT_CODE)}")[:24]


def events_key(reports: list[tuple[str, str]], version: str) -> str:
    """Names the input of event grouping: the reports (file, sha256) in order, and the version."""
    return sha256_text(json.dumps([version, reports]))


# --- extractions as data ---------------------------------------------------------------------

class Extracted(NamedTuple):
    """A report's extraction as events need it (the fields of extract.compose.Extraction),
    rebuilt from the cache without loading the NLP stack."""

    brief: Brief
    event_type: str
    weekday: int | None


def extraction_to_dict(extraction: Any) -> dict[str, Any]:
    """Plain data of an extract.compose.Extraction (or an Extracted)."""
    return {"brief": extraction.brief.to_dict(), "event_type": extraction.event_type, "weekday": extraction.weekday}


def _actor(data: dict[str, Any]) -> Actor:
    return Actor(data["name"], data.get("role", ""), data.get("country", ""))


def brief_from_dict(data: dict[str, Any]) -> Brief:
    """The inverse of Brief.to_dict (for what the generator wrote itself)."""
    source = data["source"]
    return Brief(
        id=data["id"],
        title=data["title"],
        date=data["date"],
        date_precision=data["date_precision"],
        date_evidence=data["date_evidence"],
        source=Source(source["file"], source["sha256"], source.get("outlet", "")),
        event=data["event"],
        summary=data["summary"],
        parties=tuple(_actor(a) for a in data["parties"]),
        mentioned=tuple(_actor(a) for a in data["mentioned"]),
        outcome=tuple(Item(i["text"], i["evidence"]) for i in data["outcome"]),
        open_issues=tuple(Item(i["text"], i["evidence"]) for i in data["open_issues"]),
        topics=tuple(data["topics"]),
        figures=tuple(Figure(f["value"], f["label"], f.get("evidence", "")) for f in data["figures"]),
        reviewed=bool(data["reviewed"]),
    )


class Failed(NamedTuple):
    """A report whose extraction failed (no date, an extraction bug): the one-line reason."""

    error: str


def extraction_from_dict(data: dict[str, Any]) -> Extracted:
    weekday = data["weekday"]
    return Extracted(brief_from_dict(data["brief"]), str(data["event_type"]), None if weekday is None else int(weekday))


def write_cache_file(path: Path, text: str) -> None:
    """Atomic (temp file and rename) but not synced: a lost cache file only costs time."""
    write_text_atomic(path, text, durable=False)


class ExtractionCache:
    """Extractions by report text and version: one small JSON file each."""

    def __init__(self, cache_dir: Path, version: str):
        self.root = Path(cache_dir) / "extractions"
        self.folder = self.root / version

    def _path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json"

    def get(self, sha256: str, file: str) -> Extracted | Failed | None:
        try:
            data = json.loads(self._path(sha256).read_text(encoding="utf-8"))
            if data.get("file") != file:
                return None
            if data.get("error"):
                return Failed(str(data["error"]))
            return extraction_from_dict(data["extraction"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, sha256: str, file: str, extraction: dict[str, Any] | None, error: str | None = None) -> None:
        """Keep an extraction, or the reason it failed (so a bad report is not analysed again)."""
        data = {"file": file, "extraction": extraction} if extraction is not None else {"file": file, "error": error}
        write_cache_file(self._path(sha256), json.dumps(data, ensure_ascii=False, sort_keys=True))

    def prune(self) -> None:
        """Keep the caches of the most recently used versions only."""
        try:
            folders = sorted((p for p in self.root.iterdir() if p.is_dir() and p != self.folder),
                             key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        for old in folders[_KEEP_VERSIONS - 1:]:
            shutil.rmtree(old, ignore_errors=True)


# --- the manifest of a briefings folder --------------------------------------------------------

@dataclass
class ManifestEntry:
    brief: str  # file name of the brief in the briefings folder
    brief_sha256: str  # of the brief file's bytes after the run
    machine_sha256: str  # of the machine output (the brief as extracted, after events)
    kept: list[str] = field(default_factory=list)  # lines the next unchanged run prints first
    suffix: str = ""  # what follows "unchanged <path>" on that run


def machine_sha256(theirs: dict[str, Any]) -> str:
    return sha256_text(json.dumps(theirs, sort_keys=True, ensure_ascii=False))


def file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass
class Manifest:
    """What the last run left in a briefings folder. Written by another version of the code, it
    vouches for nothing (the next run reads every brief, as a first run does)."""

    path: Path
    version: str = ""
    entries: dict[str, ManifestEntry] = field(default_factory=dict)
    events_key: str = ""  # the input of the last event grouping
    failed: dict[str, str] = field(default_factory=dict)  # report file -> why its extraction failed

    @classmethod
    def load(cls, path: Path, version: str) -> "Manifest":
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("version") != version:
                return cls(path, version)
            entries = {str(k): ManifestEntry(**v) for k, v in raw["reports"].items()}
            return cls(path, version, entries, str(raw.get("events_key", "")),
                       {str(k): str(v) for k, v in (raw.get("failed") or {}).items()})
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(path, version)

    def save(self) -> None:
        data = {"version": self.version, "events_key": self.events_key, "failed": dict(sorted(self.failed.items())),
                "reports": {k: dataclasses.asdict(v) for k, v in sorted(self.entries.items())}}
        write_cache_file(self.path, json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True))
