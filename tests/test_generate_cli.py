"""The `briefing` command as users call it: outputs, exit codes, determinism, kept edits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main

GOLDEN = Path(__file__).parent / "golden" / "briefs"


@pytest.fixture(autouse=True)
def _work_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI keeps its cache in the working folder: run it in a temp folder, not the repo."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def seeds(tmp_path: Path, root: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(root / "seeds", folder)
    return folder


def run(capsys, *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_generate_writes_one_brief_per_report_and_is_deterministic(tmp_path, seeds, capsys, root):
    first, second = tmp_path / "a", tmp_path / "b"
    status, out = run(capsys, "generate", "--seeds", str(seeds), "--briefings", str(first), "--data", str(root / "data"))
    assert status == 0
    assert out.strip().splitlines()[-1] == "5 reports: 5 new, 0 updated, 0 unchanged, 0 failed"
    run(capsys, "generate", "--seeds", str(seeds), "--briefings", str(second), "--data", str(root / "data"))
    files = sorted(p.name for p in first.glob("*.yaml"))
    assert len(files) == 5
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes()
    status, out = run(capsys, "generate", "--seeds", str(seeds), "--briefings", str(first), "--data", str(root / "data"))
    assert out.strip().splitlines()[-1] == "5 reports: 0 new, 0 updated, 5 unchanged, 0 failed"


def test_golden_brief_for_seed_001(tmp_path, seeds, capsys, root):
    for other in seeds.glob("*.txt"):
        if not other.name.startswith(("001", "000")):
            other.unlink()
    out_dir = tmp_path / "briefs"
    run(capsys, "generate", "--seeds", str(seeds), "--briefings", str(out_dir), "--data", str(root / "data"))
    for produced in sorted(out_dir.glob("*.yaml")):
        golden = GOLDEN / produced.name
        if os.environ.get("UPDATE_GOLDEN"):
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(produced.read_text(encoding="utf-8"), encoding="utf-8")
        assert produced.read_text(encoding="utf-8") == golden.read_text(encoding="utf-8"), (
            f"{produced.name} differs from its golden file; if the change is intended, rerun with UPDATE_GOLDEN=1"
        )


def test_bad_input_is_reported_and_the_run_goes_on(tmp_path, seeds, capsys, root):
    (seeds / "leer.txt").write_text("   \n", encoding="utf-8")
    (seeds / "binär.txt").write_bytes(b"\x00\x01\x02binary")
    status, out = run(capsys, "generate", "--seeds", str(seeds), "--briefings", str(tmp_path / "b"), "--data", str(root / "data"))
    assert status == 1
    assert "leer.txt: empty report (no text): skipped" in out
    assert "binär.txt: binary data, not a text report (NUL bytes): skipped" in out
    assert out.strip().splitlines()[-1] == "7 reports: 5 new, 0 updated, 0 unchanged, 2 failed"


def test_usage_errors_exit_2(tmp_path, capsys):
    assert main(["generate", "--seeds", str(tmp_path / "nope")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_hand_edit_survives_regeneration(tmp_path, seeds, capsys, root):
    briefs = tmp_path / "b"
    cache = tmp_path / "cache"
    from generator.generate import run_generate
    from generator.knowledge import load_knowledge

    knowledge = load_knowledge(root / "data")
    run_generate(seeds, briefs, knowledge, cache_dir=cache, say=lambda _: None)
    target = sorted(briefs.glob("*.yaml"))[0]
    text = target.read_text(encoding="utf-8")
    edited = text.replace("summary: ", "# Kommentar für die Kollegin\nsummary: Von Hand geschrieben. #", 1)
    target.write_text(edited, encoding="utf-8")
    lines: list[str] = []
    run_generate(seeds, briefs, knowledge, cache_dir=cache, say=lines.append)
    after = target.read_text(encoding="utf-8")
    assert "summary: Von Hand geschrieben." in after
    assert "# Kommentar für die Kollegin" in after
    assert f"kept hand edit: {target}: summary" in lines


def test_reviewed_brief_is_frozen(tmp_path, seeds, capsys, root):
    from generator.generate import run_generate
    from generator.knowledge import load_knowledge

    knowledge = load_knowledge(root / "data")
    briefs = tmp_path / "b"
    run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "c", say=lambda _: None)
    target = sorted(briefs.glob("*.yaml"))[0]
    import re

    frozen = target.read_text(encoding="utf-8").replace("reviewed: false", "reviewed: true")
    frozen = re.sub(r"^title: .*$", "title: Geprüfter Titel", frozen, count=1, flags=re.M)
    target.write_text(frozen, encoding="utf-8")
    lines: list[str] = []
    run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "c", say=lines.append)
    assert target.read_text(encoding="utf-8") == frozen
    assert f"unchanged {target} (reviewed: left as it is)" in lines
    from generator.store import plain, read_brief

    report = seeds / plain(read_brief(target))["source"]["file"]
    report.write_text(report.read_text(encoding="utf-8") + " Nachtrag.", encoding="utf-8")
    lines.clear()
    run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "c", say=lines.append)
    assert target.read_text(encoding="utf-8") == frozen
    assert (f"unchanged {target} (reviewed: left as it is; its report changed since it was reviewed "
            "(sha256 differs))") in lines


def test_unreadable_brief_is_left_alone_and_its_report_fails(tmp_path, seeds, capsys, root):
    from generator.generate import run_generate
    from generator.knowledge import load_knowledge

    knowledge = load_knowledge(root / "data")
    briefs = tmp_path / "b"
    run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "c", say=lambda _: None)
    target = sorted(briefs.glob("*.yaml"))[0]
    broken = target.read_text(encoding="utf-8").replace("date_precision:", "date_precision: [", 1)
    target.write_text(broken, encoding="utf-8")
    lines: list[str] = []
    result = run_generate(seeds, briefs, knowledge, cache_dir=tmp_path / "c", say=lines.append)
    assert target.read_text(encoding="utf-8") == broken
    assert len(list(briefs.glob("*.yaml"))) == 5
    assert result.failed == 1
    assert any(line.startswith(f"problem   {target}:") for line in lines)


def test_list_item_edits_survive_two_regenerations(tmp_path, seeds, root):
    """A corrected role (with a comment) stays, a deleted open issue does not come back."""
    import re

    from generator.generate import run_generate
    from generator.knowledge import load_knowledge
    from generator.store import plain, read_brief

    knowledge = load_knowledge(root / "data")
    briefs, cache = tmp_path / "b", tmp_path / "c"
    run_generate(seeds, briefs, knowledge, cache_dir=cache, say=lambda _: None)
    target = next(p for p in sorted(briefs.glob("*.yaml")) if len(plain(read_brief(p))["open_issues"]) >= 2)
    text = target.read_text(encoding="utf-8")
    first_party_role = re.search(r"^    role: (.*)$", text, re.M)
    text = text.replace(first_party_role.group(0), "    role: Korrigierte Rolle  # von Hand", 1)
    data = plain(read_brief(target))
    dropped = data["open_issues"][0]["text"]
    text = re.sub(r"  - text: " + re.escape(dropped) + r"\n    evidence: .*\n", "", text, count=1)
    target.write_text(text, encoding="utf-8")
    for _ in range(2):
        lines: list[str] = []
        run_generate(seeds, briefs, knowledge, cache_dir=cache, say=lines.append)
        after = target.read_text(encoding="utf-8")
        assert "role: Korrigierte Rolle  # von Hand" in after
        assert dropped not in [i["text"] for i in plain(read_brief(target))["open_issues"]]
    assert any(line.startswith(f"kept hand edit: {target}: open_issues") for line in lines)


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path, root):
    """`briefing evaluate … | head`: the pipe is closed (here before a byte is read, as `true`
    reads none) when the table is written."""
    command = (f"{sys.executable} -m generator evaluate --gold {root / 'tests' / 'heldout' / 'gold'} "
               f"--seeds {root / 'tests' / 'reports'} --briefings {tmp_path} --data {root / 'data'} | true")
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=root, capture_output=True, text=True)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert done.returncode == 141, (done.returncode, done.stderr)
