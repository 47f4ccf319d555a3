"""A one-line progress bar for long runs: on a terminal only, silent in CI and in pipes."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


def wanted(stream: TextIO) -> bool:
    """Draw only for a person watching: the stream is a terminal and no CI is running."""
    if os.environ.get("CI") or os.environ.get("BRIEFING_NO_PROGRESS"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """`with Progress(total, "analysing") as bar: bar.advance()`; draws at most ten times a second
    and clears its line when done, so the lines printed afterwards stay clean."""

    def __init__(self, total: int, label: str, stream: TextIO | None = None, enabled: bool | None = None):
        self.total = total
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = wanted(self.stream) if enabled is None else enabled
        self.done = 0
        self._start = time.monotonic()
        self._drawn = 0.0

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def line(self) -> str:
        width = 30
        filled = width * self.done // self.total if self.total else width
        elapsed = max(time.monotonic() - self._start, 1e-9)
        rate = self.done / elapsed
        return f"{self.label} [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} ({rate:.0f}/s)"

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._drawn >= 0.1 or self.done >= self.total:
            self._drawn = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self._drawn = 0.0
