"""The benchmark's parts, small and untimed: corpora, site copies, the floor, the table, usage.

The whole benchmark runs in CI as a smoke run (see .ci/run):
`python -m generator.bench --reports 8 --site-sizes 12 --repeat 1`.
"""

from __future__ import annotations

from pathlib import Path

from generator.bench import main, same_files, table, tokenizer_floor
from generator.benchdata import make_reports, make_site_corpus, seed_paragraphs, write_reports
from generator.generate import run_generate
from generator.knowledge import load_knowledge
from generator.validate import check_briefings

ROOT = Path(__file__).resolve().parents[1]


def test_corpus_is_deterministic_and_report_sized():
    paragraphs = seed_paragraphs(ROOT / "seeds")
    assert len(paragraphs) > 20 and not any(p.startswith(" date") for p in paragraphs)
    first, again = make_reports(paragraphs, 6, seed=3), make_reports(paragraphs, 6, seed=3)
    assert first == again and first != make_reports(paragraphs, 6, seed=4)
    for name, text in first:
        assert name.endswith(".txt") and text.startswith(" date 202")
        assert 550 <= len(text.split()) <= 550 + max(len(p.split()) for p in paragraphs) + 2


def test_site_corpus_copies_are_valid_briefs(tmp_path):
    seeds = tmp_path / "seeds"
    write_reports(seeds, make_reports(seed_paragraphs(ROOT / "seeds"), 3))
    knowledge = load_knowledge(ROOT / "data")
    run_generate(seeds, tmp_path / "b", knowledge, cache_dir=tmp_path / "c", say=lambda _: None)
    assert make_site_corpus(tmp_path / "b", seeds, 7, tmp_path / "sb", tmp_path / "ss") == 7
    assert len(list((tmp_path / "sb").glob("*.yaml"))) == 7 == len(list((tmp_path / "ss").glob("*.txt")))
    assert check_briefings(tmp_path / "sb", tmp_path / "ss", knowledge) == []
    assert same_files(tmp_path / "sb", tmp_path / "sb") and not same_files(tmp_path / "sb", tmp_path / "b")


def test_floor_and_table():
    plain, line_cached = tokenizer_floor(["Putin und Trump telefonierten.\nDie Ukraine wartet."] * 3, repeats=1)
    assert plain > 0 and line_cached > 0
    text = table([("corpus", "3 reports"), ("floor", "1 ms/report")])
    assert text.startswith("Machine: ") and " cores, Python 3." in text
    assert "| measure | result |" in text and "| floor | 1 ms/report |" in text


def test_usage_errors(tmp_path, capsys):
    assert main(["--reports", "0"]) == 2
    (tmp_path / "x").write_text("", encoding="utf-8")
    assert main(["--work", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err
