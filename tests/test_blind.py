"""A second analyst's reference briefs (tests/blind/README.md): floors against regressions.

Not the project's targets: this analyst's conventions differ from the shared gold, and the
floors are the figures reached on 30 November 2026, a little below, so a rule change that
costs real quality here shows.
"""

from __future__ import annotations

import json
from pathlib import Path

from generator.evaluate import evaluate_dir
from generator.generate import run_generate

HERE = Path(__file__).parent / "blind"


def test_second_analyst_reference_set_does_not_fall_back(tmp_path, knowledge):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for report in (HERE / "reports").glob("*.txt"):
        (seeds / report.name).write_bytes(report.read_bytes())
    briefs = tmp_path / "briefs"
    run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "cache", say=lambda _: None)
    result = evaluate_dir(HERE / "gold", briefs, knowledge, seeds_dir=seeds)
    print(result.to_table())
    scores = json.loads(result.to_json())["fields"]
    assert scores["date"]["accuracy"] >= 0.95
    assert scores["parties"]["f1"] >= 0.60
    assert scores["named"]["recall"] >= 0.78
    assert scores["outcome"]["f1"] >= 0.55
    assert scores["open_issues"]["f1"] >= 0.55
    assert scores["evidence"]["accuracy"] == 1.0
