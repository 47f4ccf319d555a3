"""Our own German reports (other events, outlets, formats) scored against hand-made references.

These are not the seeds: they keep the extraction honest about reports it was not tuned on.
The thresholds are the project's targets for unseen reports.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.evaluate import evaluate_dir
from generator.generate import run_generate

HERE = Path(__file__).parent


def test_heldout_reports_meet_the_targets(tmp_path, knowledge):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for report in (HERE / "reports").glob("*.txt"):
        (seeds / report.name).write_bytes(report.read_bytes())
    briefs = tmp_path / "briefs"
    run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "cache", say=lambda _: None)
    result = evaluate_dir(HERE / "heldout" / "gold", briefs, knowledge, seeds_dir=seeds)
    print(result.to_table())
    scores = json.loads(result.to_json())["fields"]
    assert scores["date"]["accuracy"] >= 0.95
    assert scores["parties"]["f1"] >= 0.90
    assert scores["named"]["recall"] >= 0.90
    assert scores["outcome"]["f1"] >= 0.75
    assert scores["open_issues"]["f1"] >= 0.65
    assert scores["evidence"]["accuracy"] == 1.0
