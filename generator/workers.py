"""Extracting many reports, in one process or several, with the same result either way.

Each worker builds the NLP pipeline once (with `fork` it inherits the parent's, already built,
and warmed up on the first reports: the first extractions in a process cost twice the later
ones) and takes reports in small ordered chunks; each outcome is stored in the extraction cache
where it was made, and comes back in report order, as plain data, together with the word
analyses the worker learnt (so the parent can keep them on disk).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from generator.extract.compose import NoDateError, extract_brief
from generator.ingest import Report
from generator.knowledge import Knowledge
from generator.nlp import morph
from generator.runcache import ExtractionCache, extraction_to_dict

_CHUNK = 4  # reports per task: small enough to balance, large enough to amortise the hand-over
_MIN_PER_WORKER = 8  # below this many reports per worker a second process does not pay off


@dataclass(frozen=True)
class Outcome:
    """A report's extraction as plain data, or the one-line reason it failed."""

    file: str
    extraction: dict[str, Any] | None
    error: str | None = None


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_jobs(reports: int) -> int:
    """Processes for `--jobs 0` (the default): every usable core when there is enough work."""
    return max(1, min(usable_cores(), reports // _MIN_PER_WORKER))


# One report's analysis takes milliseconds; far beyond that, a rule is looping on its text, and
# the report is given up so that the others still get their briefs.
EXTRACTION_SECONDS = 60.0


class _TooSlow(Exception):
    """The time limit for one report's analysis ran out."""


def _within(seconds: float, work: Callable[[], Any]) -> Any:
    """Run `work`, raising _TooSlow after `seconds` (where a timer signal can interrupt it: the
    main thread of a process on a system with setitimer; elsewhere without a limit)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return work()

    def expire(signum: int, frame: Any) -> None:
        raise _TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    # repeating: where the first signal lands in code that cannot raise (a finaliser, a callback
    # from compiled code), the next one stops the work
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        return work()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_one(report: Report, nlp: Any, knowledge: Knowledge, seconds: float = EXTRACTION_SECONDS) -> Outcome:
    try:
        brief = _within(seconds, lambda: extract_brief(report, nlp, knowledge))
        return Outcome(report.file, extraction_to_dict(brief))
    except _TooSlow:
        return Outcome(report.file, None, f"internal error: the analysis took longer than {seconds:g} s and was "
                                          "stopped (please report this file)")
    except NoDateError as exc:
        return Outcome(report.file, None, str(exc))
    except RecursionError:
        return Outcome(report.file, None, "internal error while extracting (text nested too deeply)")
    except Exception as exc:  # an extraction bug must not stop the other reports
        return Outcome(report.file, None, f"internal error while extracting ({type(exc).__name__}: {exc})")


_STATE: dict[str, Any] = {}


def _extract_and_store(report: Report, nlp: Any, knowledge: Knowledge, cache: ExtractionCache | None) -> Outcome:
    outcome = extract_one(report, nlp, knowledge)
    if cache is not None:
        cache.put(report.sha256, report.file, outcome.extraction, outcome.error)
    return outcome


def _init_worker(knowledge: Knowledge, cache: ExtractionCache | None) -> None:
    from generator.nlp.pipeline import make_pipeline

    _STATE.update(knowledge=knowledge, cache=cache, nlp=make_pipeline())
    morph.take_new()  # what the parent learnt is not this worker's news


def _work(chunk: list[Report]) -> tuple[list[Outcome], dict[str, dict]]:
    outcomes = [_extract_and_store(r, _STATE["nlp"], _STATE["knowledge"], _STATE["cache"]) for r in chunk]
    return outcomes, morph.take_new()


def extract_reports(reports: Sequence[Report], knowledge: Knowledge, jobs: int = 1,
                    on_done: Callable[[int], None] = lambda n: None,
                    cache: ExtractionCache | None = None) -> list[Outcome]:
    """Outcomes in the order of `reports`; `jobs` processes (1 = here, in this process). Each
    outcome is put into `cache` (if given) by the process that made it."""
    from generator.nlp.pipeline import make_pipeline

    if not reports:
        return []
    nlp = make_pipeline()  # built here once: forked workers inherit it
    outcomes: list[Outcome] = []
    # The first chunk here, always: with `fork` the workers then start with warm caches.
    serial = len(reports) if jobs <= 1 or len(reports) <= 2 * _CHUNK else _CHUNK
    for report in reports[:serial]:
        outcomes.append(_extract_and_store(report, nlp, knowledge, cache))
        on_done(1)
    rest = reports[serial:]
    if not rest:
        return outcomes
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    chunks = [list(rest[i:i + _CHUNK]) for i in range(0, len(rest), _CHUNK)]
    with context.Pool(min(jobs, len(chunks)), initializer=_init_worker, initargs=(knowledge, cache)) as pool:
        for chunk_outcomes, learnt in pool.imap(_work, chunks):
            morph.add_known(learnt)
            outcomes.extend(chunk_outcomes)
            on_done(len(chunk_outcomes))
    return outcomes
