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
