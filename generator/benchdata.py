"""Synthetic corpora for the benchmark, built offline from the paragraphs of `seeds/`.

Reports: paragraphs of the seed reports, shuffled and joined to about 550 words each, with a
date header (`' date YYYY-MM-DD '`) spread over two years. Briefs for site builds of any size:
copies of generated briefs (and of their reports, under new file names), re-dated two a day
backwards from the end of 2025 and given their own ids and event keys, so the site has as many
brief, source and event pages as briefs, spread over years and months.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from typing import Any

from generator.fastyaml import load_plain
from generator.ingest import list_reports
from generator.store import dump_new_brief

_HEADER = re.compile(r"\A[ \t]*date[ \t]+\S+[ \t]?")
WORDS_PER_REPORT = 550


def seed_paragraphs(seeds_dir: Path) -> list[str]:
    """Paragraphs of at least eight words from every seed report, header removed."""
    paragraphs = []
    for path in list_reports(seeds_dir):
        text = _HEADER.sub("", path.read_text(encoding="utf-8-sig"))
        paragraphs += [p.strip() for p in text.split("\n") if len(p.split()) >= 8]
    return paragraphs


def make_reports(paragraphs: list[str], count: int, seed: int = 1,
                 words: int = WORDS_PER_REPORT) -> list[tuple[str, str]]:
    """(file name, text) of `count` reports of about `words` words each; deterministic per seed."""
    if not paragraphs:
        raise ValueError("no paragraphs to build reports from")
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1)
    reports = []
    for i in range(count):
        chosen, total = [], 0
        while total < words:
            paragraph = rng.choice(paragraphs)
            chosen.append(paragraph)
            total += len(paragraph.split())
        day = start + dt.timedelta(days=rng.randrange(730))
        reports.append((f"bench-{i:05d}.txt", f" date {day.isoformat()} " + "\n".join(chosen) + "\n"))
    return reports


def write_reports(folder: Path, reports: list[tuple[str, str]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in reports:
        (folder / name).write_text(text, encoding="utf-8")


def _brief_data(path: Path) -> dict[str, Any]:
    data = load_plain(path.read_text(encoding="utf-8"))
    if data is None:
        raise ValueError(f"{path}: not a brief the benchmark can copy")
    return data


def make_site_corpus(briefings_dir: Path, seeds_dir: Path, count: int, out_briefings: Path, out_seeds: Path) -> int:
    """Write `count` briefs (and one report each) copied from the briefs in `briefings_dir`."""
    bases = [_brief_data(p) for p in sorted(briefings_dir.glob("*.yaml"))]
    if not bases:
        raise ValueError(f"{briefings_dir}: no briefs to copy")
    out_briefings.mkdir(parents=True, exist_ok=True)
    out_seeds.mkdir(parents=True, exist_ok=True)
    end = dt.date(2025, 12, 31)
    for i in range(count):
        base = bases[i % len(bases)]
        day = (end - dt.timedelta(days=i // 2)).isoformat()
        report = f"site-{i:05d}.txt"
        (out_seeds / report).write_bytes((seeds_dir / base["source"]["file"]).read_bytes())
        brief = dict(base)
        brief["id"] = f"{day}-brief-{i:05d}"
        brief["date"], brief["date_precision"] = day, "day"
        brief["event"] = f"{day}-ereignis-{i // 2:05d}"
        brief["source"] = dict(base["source"], file=report)
        (out_briefings / f"{brief['id']}.yaml").write_text(dump_new_brief(brief), encoding="utf-8")
    return count
