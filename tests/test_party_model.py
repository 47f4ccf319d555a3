"""The party model: its arithmetic, its file, how it decides, and `briefing train-parties` end to end."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.extract.actors import extract_actors, rule_candidates
from generator.extract.party_model import FEATURES, Candidate, PartyModel, decide_parties
from generator.knowledge import KnowledgeError, load_knowledge, load_party_model
from generator.train_parties import ReportExamples, cross_validate, fit, train

ROOT = Path(__file__).resolve().parent.parent
SIZE = len(FEATURES)


def model_on(feature: str, weight: float, bias: float = 0.0, threshold: float = 0.5) -> PartyModel:
    """A model that looks at one feature only."""
    weights = [bias] + [weight if name == feature else 0.0 for name in FEATURES]
    return PartyModel(tuple(weights), (0.0,) * SIZE, (1.0,) * SIZE, threshold)


def values(**set_to: float) -> tuple[float, ...]:
    return tuple(set_to.get(name, 0.0) for name in FEATURES)


def test_probability_follows_the_weighted_feature():
    model = model_on("log_sentences", 2.0, bias=-1.0)
    low, high = model.probability(values(log_sentences=0.0)), model.probability(values(log_sentences=2.0))
    assert low == pytest.approx(1 / (1 + np.exp(1.0)))
    assert high == pytest.approx(1 / (1 + np.exp(-3.0)))


def test_the_likeliest_candidate_stands_alone_when_none_reaches_the_threshold():
    model = model_on("share_of_sentences", 1.0, bias=-10.0)
    found = [Candidate("Anna Roth", values(share_of_sentences=0.2)), Candidate("Verdi", values(share_of_sentences=0.9))]
    assert decide_parties(model, found, []) == ["Verdi"]
    assert decide_parties(model, [], ["Verdi"]) == []


def test_decide_keeps_the_rules_order_then_adds_by_first_mention():
    model = model_on("share_of_sentences", 10.0, bias=-5.0)  # a party when named in over half the sentences
    found = [Candidate("Anna Roth", values(share_of_sentences=0.8)),
             Candidate("Stadtrat Kassel", values(share_of_sentences=0.1)),
             Candidate("Verdi", values(share_of_sentences=0.9)),
             Candidate("Ben Vogt", values(share_of_sentences=0.7))]
    assert decide_parties(model, found, ["Verdi", "Stadtrat Kassel"]) == ["Verdi", "Anna Roth", "Ben Vogt"]


def test_a_model_that_follows_the_rules_changes_no_party(analyse_text, knowledge):
    text = (" date 2025-03 Kassel (dpa) - Die Stadtverordneten haben am Dienstag den Umbau des Hauptbahnhofs "
            "beschlossen. Oberbürgermeister Sven Schoeller sprach von einem guten Tag. Die Deutsche Bahn "
            "muss noch zustimmen, sagte Sprecherin Jana Hoff. Der Ökonom Paul Lehmann zweifelt an den Kosten.")
    analysed = analyse_text(text)
    rules = [p.name for p in extract_actors(analysed, knowledge).parties]
    follower = replace(knowledge, party_model=model_on("chosen_by_rules", 20.0, bias=-10.0))
    found, chosen = rule_candidates(analysed, follower)
    assert chosen == rules
    assert [p.name for p in extract_actors(analysed, follower).parties] == rules
    assert {c.name for c in found} >= {"Sven Schoeller", "Paul Lehmann"}


def test_a_model_can_add_and_drop_parties(analyse_text, knowledge):
    text = (" date 2025-03 Kassel (dpa) - Die Stadtverordneten haben am Dienstag den Umbau des Hauptbahnhofs "
            "beschlossen. Die Deutsche Bahn muss noch zustimmen, sagte Sprecherin Jana Hoff.")
    analysed = analyse_text(text)
    everyone = replace(knowledge, party_model=model_on("person", 20.0, bias=-10.0))  # people only
    parties = [p.name for p in extract_actors(analysed, everyone).parties]
    assert parties == ["Jana Hoff"]
    mentioned = [m.name for m in extract_actors(analysed, everyone).mentioned]
    assert "Jana Hoff" not in mentioned


def _write_model(folder: Path, **changes) -> Path:
    body = {"features": list(FEATURES), "threshold": 0.4, "weights": [0.0] * (SIZE + 1),
            "means": [0.0] * SIZE, "scales": [1.0] * SIZE}
    body.update(changes)
    path = folder / "party_model.yaml"
    path.write_text(yaml.safe_dump(body), encoding="utf-8")
    return path


def test_model_file_is_optional_and_checked(tmp_path):
    assert load_party_model(tmp_path / "party_model.yaml") is None
    assert load_party_model(_write_model(tmp_path)).threshold == 0.4
    for changes, message in (({"features": ["person"]}, "other features"), ({"threshold": 1.5}, "threshold"),
                             ({"weights": [0.0] * SIZE}, "weights"), ({"scales": [0.0] * SIZE}, "scale")):
        with pytest.raises(KnowledgeError, match=message) as error:
            load_party_model(_write_model(tmp_path, **changes))
        assert "party_model.yaml" in str(error.value)


@settings(max_examples=25, deadline=None)
@given(st.floats(min_value=-3, max_value=3), st.integers(min_value=0, max_value=10_000))
def test_fit_learns_the_sign_of_a_separating_feature(direction, seed):
    rng = np.random.default_rng(seed)
    rows = rng.normal(size=(200, 3))
    labels = (rows[:, 1] * (1 if direction >= 0 else -1) > 0).astype(float)
    learnt = fit(rows, labels, iterations=400)
    assert np.sign(learnt.weights[2]) == (1 if direction >= 0 else -1)
    assert abs(learnt.weights[2]) > max(abs(learnt.weights[1]), abs(learnt.weights[3]))


def _examples(count: int, weight: float = 1.0) -> list[ReportExamples]:
    """Reports whose parties are the candidates named often: a rule the model can learn."""
    rng = np.random.default_rng(count)
    out = []
    for i in range(count):
        rows, labels = [], []
        for _ in range(4):
            often = bool(rng.integers(0, 2))
            rows.append(values(log_sentences=2.0 if often else 0.5, person=float(rng.integers(0, 2))))
            labels.append(often)
        out.append(ReportExamples(f"r{i:03}.txt", tuple(rows), tuple(labels), tuple([False] * 4), sum(labels), weight))
    return out


def test_training_finds_a_learnable_rule_and_cross_validates_it():
    model, table = train(_examples(30))
    assert table[model.threshold][2] == pytest.approx(1.0)
    assert model.probability(values(log_sentences=2.0)) > model.threshold > model.probability(values(log_sentences=0.5))


def test_weights_count_a_report_several_times():
    once = cross_validate(_examples(10) + _examples(10, weight=1.0))
    assert all(0.0 <= f1 <= 1.0 for _, _, f1 in once.values())
    with pytest.raises(ValueError, match="parties and candidates that are not"):
        train([replace(r, labels=tuple([True] * len(r.labels))) for r in _examples(10)])


def test_train_parties_writes_a_model_that_generate_uses(tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "party_model.yaml").unlink(missing_ok=True)
    held = [str(ROOT / "tests/reports"), str(ROOT / "tests/heldout/gold")]
    status = main(["train-parties", "--pair", *held, "--reference", *held, "--data", str(data), "--jobs", "1"])
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert "rules alone" in printed and "(chosen)" in printed
    model = load_knowledge(data).party_model
    assert model is not None and 0 < model.threshold < 1
    assert (data / "party_model.yaml").read_text(encoding="utf-8").startswith("# Party model")
    chosen_line = next(line for line in printed.splitlines() if "(chosen)" in line)
    assert float(chosen_line.split("/")[-1]) >= 0.6, printed  # cross-validated party F1 on the held-out set


def test_generate_reads_the_model_from_the_data_folder(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    people_only = model_on("person", 20.0, bias=-10.0)
    _write_model(data, threshold=people_only.threshold, weights=list(people_only.weights))
    briefs = tmp_path / "briefs"
    assert main(["generate", "--seeds", str(ROOT / "tests/reports"), "--briefings", str(briefs),
                 "--data", str(data)]) == 0
    written = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in briefs.glob("*.yaml")]
    assert len(written) == len(list((ROOT / "tests/reports").glob("*.txt")))
    parties = [p["name"] for brief in written for p in brief["parties"]]
    assert parties and all(" " in name and "(" not in name for name in parties), parties  # people's names
    assert "Russland" not in parties and "Europäische Union" not in parties


def test_train_parties_refuses_missing_folders(tmp_path, capsys):
    assert main(["train-parties", "--pair", str(tmp_path / "nope"), str(tmp_path)]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main(["train-parties"]) == 2


def test_briefs_corrected_by_hand_serve_as_references(tmp_path, capsys):
    out = tmp_path / "model.yaml"
    assert main(["train-parties", "--pair", str(ROOT / "seeds"), str(ROOT / "briefings"),
                 "--pair", str(ROOT / "tests/reports"), str(ROOT / "tests/heldout/gold"),
                 "--out", str(out), "--jobs", "1", "--data", str(ROOT / "data")]) == 0
    assert "29 reports" in capsys.readouterr().out
    assert load_party_model(out) is not None
