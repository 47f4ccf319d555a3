"""The briefs already in a briefings folder, by the report they belong to.

A brief whose bytes are exactly as the last run left them (the manifest's sha256) is known
without reading it; every other brief is read with the round-trip reader, and one that cannot
be read is reported and never overwritten. For an unreadable brief the report it belongs to is
guessed from its `file:` line, so that report is skipped instead of getting a second brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from generator.runcache import Manifest, file_sha256
from generator.store import BriefError, plain, read_brief

_SOURCE_LINE = re.compile(r"^\s+file:\s*['\"]?([^'\"\n#]+?)['\"]?\s*$", re.M)


@dataclass
class ExistingBrief:
    path: Path
    node: Any
    data: dict[str, Any]


class BriefIndex:
    def __init__(self, briefings_dir: Path, manifest: Manifest, say: Callable[[str], None]):
        paths = sorted(p for p in briefings_dir.glob("*.yaml") if p.is_file())
        self.ids: set[str] = {p.stem for p in paths}
        self.sha256: dict[Path, str] = {}
        # Report file -> brief path, for briefs exactly as the last run left them (not read).
        self.vouched: dict[str, Path] = {}
        self.parsed: dict[str, ExistingBrief] = {}
        self.broken: dict[str, Path] = {}
        by_name = {p.name: p for p in paths}
        for path in paths:
            digest = file_sha256(path)
            if digest is not None:
                self.sha256[path] = digest
        for report_file, entry in manifest.entries.items():
            path = by_name.get(entry.brief)
            if path is not None and self.sha256.get(path) == entry.brief_sha256:
                self.vouched[report_file] = path
        vouched_paths = set(self.vouched.values())
        for path in paths:
            if path not in vouched_paths:
                self._read(path, say)

    def _read(self, path: Path, say: Callable[[str], None]) -> None:
        try:
            node = read_brief(path)
        except BriefError as exc:
            say(f"problem   {exc} (left as it is; fix it and run again)")
            match = _SOURCE_LINE.search(path.read_text(encoding="utf-8", errors="replace"))
            if match:
                self.broken[match.group(1).strip()] = path
            return
        data = plain(node)
        source = data.get("source") if isinstance(data.get("source"), dict) else {}
        if source.get("file") and str(source["file"]) not in self.vouched:
            self.parsed[str(source["file"])] = ExistingBrief(path, node, data)

    def has(self, report_file: str) -> bool:
        return report_file in self.vouched or report_file in self.parsed


    def get(self, report_file: str) -> ExistingBrief | None:
        """The brief of a report, read now if the index only vouched for it."""
        if report_file not in self.parsed and report_file in self.vouched:
            path = self.vouched[report_file]
            node = read_brief(path)  # as this tool left it: readable
            self.parsed[report_file] = ExistingBrief(path, node, plain(node))
        return self.parsed.get(report_file)

    def reports(self) -> dict[str, Path]:
        """Report file -> brief path, for every brief that names its report."""
        found = {f: b.path for f, b in self.parsed.items()}
        found.update(self.vouched)
        return found
