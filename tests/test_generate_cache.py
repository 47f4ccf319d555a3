"""Re-runs: unchanged reports cost no NLP, a changed one is re-analysed and its event re-grouped,
hand edits and reviewed briefs behave exactly as on a full run, and --jobs changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.generate import run_generate
from generator.knowledge import load_knowledge
from generator.nlp import morph

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", folder)
    return folder


def run(seeds: Path, tmp_path: Path, knowledge=None, briefs: str = "b", cache: str = "c", **options):
    lines: list[str] = []
    result = run_generate(seeds, tmp_path / briefs, knowledge or load_knowledge(ROOT / "data"),
                          cache_dir=tmp_path / cache, say=lines.append, **options)
    return result, lines


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def test_rerun_with_nothing_changed_analyses_nothing(seeds, tmp_path):
    first, _ = run(seeds, tmp_path)
    assert first.analysed == 5
    before = snapshot(tmp_path / "b")
    again, lines = run(seeds, tmp_path)
    assert again.analysed == 0
    assert lines[-1] == "5 reports: 0 new, 0 updated, 5 unchanged, 0 failed"
    assert sorted(line.split()[0] for line in lines[:-1]) == ["unchanged"] * 5
    assert snapshot(tmp_path / "b") == before


def test_one_changed_report_is_analysed_alone(seeds, tmp_path):
    run(seeds, tmp_path)
    before = snapshot(tmp_path / "b")
    target = seeds / "004_6cdf337e76cb3e60.txt"
    target.write_text(target.read_text(encoding="utf-8") + "\nDie Gespräche sollen in der kommenden Woche weitergehen.\n",
                      encoding="utf-8")
    result, lines = run(seeds, tmp_path)
    assert result.analysed == 1
    assert lines[-1] == "5 reports: 0 new, 1 updated, 4 unchanged, 0 failed"
    after = snapshot(tmp_path / "b")
    changed = [name for name in before if before[name] != after[name]]
    assert len(changed) == 1


def test_events_are_regrouped_over_cached_extractions(seeds, tmp_path):
    """000 names only a weekday and takes its day from 001 (same event); without 001 it cannot."""
    for other in ("002", "003", "004"):
        next(seeds.glob(f"{other}_*.txt")).unlink()
    run(seeds, tmp_path)
    dated = [p for p in (tmp_path / "b").glob("*.yaml") if "000_7cc455f44078e48b.txt" in p.read_text(encoding="utf-8")]
    assert "date_precision: day" in dated[0].read_text(encoding="utf-8")
    next(seeds.glob("001_*.txt")).unlink()
    result, lines = run(seeds, tmp_path)
    assert result.analysed == 0  # 000's extraction came from the cache ...
    assert "date_precision: month" in dated[0].read_text(encoding="utf-8")  # ... and its event was regrouped
    assert f"updated   {dated[0]}" in lines


def test_hand_edit_is_kept_and_reported_on_every_run(seeds, tmp_path):
    run(seeds, tmp_path)
    run(seeds, tmp_path)
    target = sorted((tmp_path / "b").glob("*.yaml"))[0]
    target.write_text(target.read_text(encoding="utf-8").replace("summary: ", "summary: Von Hand. #", 1), encoding="utf-8")
    _, first = run(seeds, tmp_path)
    _, second = run(seeds, tmp_path)
    _, third = run(seeds, tmp_path)
    for lines in (first, second, third):
        assert f"kept hand edit: {target}: summary" in lines
        assert f"unchanged {target}" in lines
    assert "summary: Von Hand." in target.read_text(encoding="utf-8")


def test_reviewed_brief_reports_the_same_on_a_skipped_run(seeds, tmp_path):
    run(seeds, tmp_path)
    target = sorted((tmp_path / "b").glob("*.yaml"))[0]
    target.write_text(target.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true"), encoding="utf-8")
    _, first = run(seeds, tmp_path)
    _, second = run(seeds, tmp_path)
    assert f"unchanged {target} (reviewed: left as it is)" in first
    assert f"unchanged {target} (reviewed: left as it is)" in second


def test_deleted_brief_is_written_again(seeds, tmp_path):
    run(seeds, tmp_path)
    target = sorted((tmp_path / "b").glob("*.yaml"))[0]
    target.unlink()
    result, lines = run(seeds, tmp_path)
    assert result.analysed == 0 and result.counts["new"] == 1
    assert target.exists() and f"new       {target}" in lines


def test_changed_knowledge_analyses_again(seeds, tmp_path):
    run(seeds, tmp_path)
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    listed = (data / "first_names.txt").read_text(encoding="utf-8")
    assert "\nZebulonius\n" not in listed  # a name the list lacks, so the knowledge changes
    (data / "first_names.txt").write_text(listed + "\nZebulonius\n", encoding="utf-8")
    result, _ = run(seeds, tmp_path, knowledge=load_knowledge(data))
    assert result.analysed == 5


def test_jobs_give_the_same_briefs_and_messages(seeds, tmp_path):
    from generator.benchdata import make_reports, seed_paragraphs, write_reports

    write_reports(seeds, make_reports(seed_paragraphs(ROOT / "seeds"), 12))  # enough for the workers to start
    one, lines_one = run(seeds, tmp_path, briefs="one", cache="c1", jobs=1)
    two, lines_two = run(seeds, tmp_path, briefs="two", cache="c2", jobs=2)
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    assert [line.replace("/two/", "/one/") for line in lines_two] == lines_one
    assert one.counts == two.counts


def test_word_analyses_survive_on_disk(tmp_path):
    word = "Prüfverhandlungen" + "".join(ch for ch in tmp_path.name if ch.isalpha())  # new to this process
    morph.analyze(word)
    morph.save_cache(tmp_path)
    saved = (tmp_path / "morph.json").read_text(encoding="utf-8")
    assert word in saved and morph.model_version() in saved
    assert morph.load_cache(tmp_path) > 0
    unknown = "Medvalorix" + "".join(ch for ch in tmp_path.name if ch.isalpha())  # how sure the tagger is, kept too
    assert morph.is_unknown(unknown)
    morph.save_cache(tmp_path)
    assert f'"{unknown}"' in (tmp_path / "morph.json").read_text(encoding="utf-8")
    saved = (tmp_path / "morph.json").read_text(encoding="utf-8")
    (tmp_path / "morph.json").write_text(saved.replace(morph.model_version(), "HanTa-0.0-other"), encoding="utf-8")
    assert morph.load_cache(tmp_path) == 0  # another model's analyses are not used
    (tmp_path / "morph.json").write_text("{broken", encoding="utf-8")
    assert morph.load_cache(tmp_path) == 0
