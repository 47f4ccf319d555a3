"""Shared fixtures: the real pipeline and knowledge, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def knowledge():
    from generator.knowledge import load_knowledge

    return load_knowledge(ROOT / "data")


@pytest.fixture(scope="session")
def nlp():
    from generator.nlp.pipeline import make_pipeline

    return make_pipeline()


@pytest.fixture
def analyse_text(nlp):
    """Analyse a German text as if it were a report body."""
    from generator.extract.text import analyse
    from generator.ingest import parse_report

    def run(text: str, name: str = "test.txt"):
        return analyse(parse_report(name, text.encode("utf-8")), nlp)

    return run


@pytest.fixture
def score_reports(tmp_path, knowledge):
    """Generate briefs for a folder of reports and score them against reference briefs: the
    per-field figures of `briefing evaluate --json`."""
    import json

    from generator.evaluate import evaluate_dir
    from generator.generate import run_generate

    def run(reports: Path, gold: Path) -> dict:
        seeds = tmp_path / "seeds"
        seeds.mkdir()
        for report in reports.glob("*.txt"):
            (seeds / report.name).write_bytes(report.read_bytes())
        briefs = tmp_path / "briefs"
        run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "cache", say=lambda _: None)
        result = evaluate_dir(gold, briefs, knowledge, seeds_dir=seeds)
        print(result.to_table())
        return json.loads(result.to_json())["fields"]

    return run
