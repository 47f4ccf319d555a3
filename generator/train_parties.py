"""Train the party model on reference briefs: `briefing train-parties --pair REPORTS GOLD …`.

Every named actor the extraction finds in a report is one example, labelled by whether a
reference brief lists it under `parties` (names matched as `briefing evaluate` matches them).
Briefs corrected by hand serve as references too (`--pair seeds briefings`): the model then
learns the house convention of who counts as a party.
The weights come from L2-regularised logistic regression; the threshold is the one with the best
party F1 in five-fold cross-validation by report, and the figures of that cross-validation are
printed beside those of the rules alone, so a user sees what the model adds on their own data.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np
import yaml

from generator.evaluate import NameIndex, Score, listed_names
from generator.extract.actors import rule_candidates
from generator.extract.party_model import FEATURES, PartyModel
from generator.extract.text import analyse
from generator.ingest import parse_report
from generator.knowledge import KnowledgeError
from generator.workers import usable_cores

_THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55)
_FOLDS = 5


@dataclass(frozen=True)
class ReportExamples:
    """One report's candidates: feature rows, gold labels, and how many parties the reference lists."""

    report: str
    rows: tuple[tuple[float, ...], ...]
    labels: tuple[bool, ...]
    chosen_by_rules: tuple[bool, ...]
    gold_parties: int
    weight: float = 1.0  # reference briefs of the house convention count more than others


@dataclass(frozen=True)
class Fit:
    weights: np.ndarray
    means: np.ndarray
    scales: np.ndarray

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        z = self.weights[0] + ((rows - self.means) / self.scales) @ self.weights[1:]
        return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def fit(rows: np.ndarray, labels: np.ndarray, weights: np.ndarray | None = None, l2: float = 1.0,
        iterations: int = 3000, rate: float = 0.5) -> Fit:
    """Weighted logistic regression by gradient descent on standardised features (deterministic)."""
    sample = np.ones(len(rows)) if weights is None else weights
    sample = sample / sample.sum()
    means = sample @ rows
    scales = np.sqrt(sample @ (rows - means) ** 2)
    scales[scales < 1e-9] = 1.0  # a feature constant in training carries no weight
    standard = np.c_[np.ones(len(rows)), (rows - means) / scales]
    coefficients = np.zeros(standard.shape[1])
    for _ in range(iterations):
        predicted = 1.0 / (1.0 + np.exp(-np.clip(standard @ coefficients, -50, 50)))
        gradient = standard.T @ (sample * (predicted - labels))
        gradient[1:] += l2 * coefficients[1:] / len(labels)
        coefficients -= rate * gradient
    return Fit(coefficients, means, scales)


def _score(reports: Sequence[ReportExamples], chosen: Sequence[np.ndarray]) -> tuple[float, float, float]:
    """Party P/R/F1 over reports, each counted `weight` times."""
    hits = sum(r.weight * float(np.sum(c & np.array(r.labels, bool))) for r, c in zip(reports, chosen))
    score = Score(hits, sum(r.weight * float(c.sum()) for r, c in zip(reports, chosen)),  # type: ignore[arg-type]
                  sum(r.weight * r.gold_parties for r in reports))
    return score.precision or 0.0, score.recall or 0.0, score.f1 or 0.0


def _fit_reports(reports: Sequence[ReportExamples]) -> Fit:
    rows = [(row, label, r.weight) for r in reports for row, label in zip(r.rows, r.labels)]
    return fit(np.array([row for row, _, _ in rows]), np.array([label for _, label, _ in rows], float),
               np.array([weight for _, _, weight in rows]))


def cross_validate(reports: Sequence[ReportExamples], folds: int = _FOLDS) -> dict[float, tuple[float, float, float]]:
    """Party P/R/F1 per threshold, each report scored by a model that never saw it."""
    order = sorted(range(len(reports)), key=lambda i: reports[i].report)
    fold_of = {index: position % folds for position, index in enumerate(order)}
    probabilities: list[np.ndarray] = [np.zeros(0)] * len(reports)
    for fold in range(folds):
        train = [r for i, r in enumerate(reports) if fold_of[i] != fold and r.rows]
        if not train:
            continue
        model = _fit_reports(train)
        for i, r in enumerate(reports):
            if fold_of[i] == fold and r.rows:
                probabilities[i] = model.probabilities(np.array(r.rows))
    return {t: _score(reports, [p >= t if len(p) else np.zeros(0, bool) for p in probabilities]) for t in _THRESHOLDS}


def rules_score(reports: Sequence[ReportExamples]) -> tuple[float, float, float]:
    return _score(reports, [np.array(r.chosen_by_rules, bool) for r in reports])


def train(reports: Sequence[ReportExamples]) -> tuple[PartyModel, dict[float, tuple[float, float, float]]]:
    """The model on all examples, with the threshold that cross-validation found best."""
    if not any(any(r.labels) for r in reports) or all(all(r.labels) for r in reports if r.labels):
        raise ValueError("training needs candidates that are parties and candidates that are not")
    table = cross_validate(reports)
    threshold = max(table, key=lambda t: (table[t][2], -abs(t - 0.5)))
    model = _fit_reports(reports)
    return PartyModel(tuple(round(float(w), 4) for w in model.weights), tuple(round(float(m), 4) for m in model.means),
                      tuple(round(float(s), 4) for s in model.scales), threshold), table


# --- reading reference briefs (I/O) -----------------------------------------------------------

_worker_state: dict[str, Any] = {}


def _examples_of(job: tuple[str, str, str, float]) -> ReportExamples | str:
    report_dir, gold_path, data_dir, weight = job
    from generator.knowledge import load_knowledge
    from generator.nlp.pipeline import make_pipeline

    if "nlp" not in _worker_state:
        _worker_state["nlp"] = make_pipeline()
    knowledge = load_knowledge(Path(data_dir))
    try:
        gold = yaml.safe_load(Path(gold_path).read_text(encoding="utf-8"))
        named = gold["source"]  # a reference brief names its report; a brief has `source.file`
        source = Path(report_dir) / str(named["file"] if isinstance(named, dict) else named)
        report = parse_report(source.name, source.read_bytes())
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        return f"{gold_path}: skipped: {exc}"
    index = NameIndex(knowledge)
    gold_keys = [index.keys(n) for n in listed_names(gold, "parties")]
    found, chosen = rule_candidates(analyse(report, _worker_state["nlp"]), knowledge)
    labels = tuple(any(index.same(index.keys(c.name), keys) for keys in gold_keys) for c in found)
    return ReportExamples(str(source), tuple(c.values for c in found), labels,
                          tuple(c.name in chosen for c in found), len(gold_keys), weight)


def collect(pairs: Sequence[tuple[Path, Path, float]], data_dir: Path, jobs: int = 0) -> tuple[list[ReportExamples], list[str]]:
    """Examples from every reference brief in each (reports folder, gold folder, weight)."""
    work = [(str(reports), str(path), str(data_dir), weight)
            for reports, gold, weight in pairs for path in sorted(gold.glob("*.yaml"))]
    processes = jobs or max(1, min(usable_cores(), len(work) // 8))
    if processes > 1:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            results = pool.map(_examples_of, work, chunksize=4)
    else:
        results = [_examples_of(job) for job in work]
    return ([r for r in results if isinstance(r, ReportExamples)], [r for r in results if isinstance(r, str)])


def model_yaml(model: PartyModel, table: dict[float, tuple[float, float, float]],
               rules: tuple[float, float, float], reports: int) -> str:
    """The model file: a header that says where it came from and what it scored, then the numbers."""
    lines = [
        "# Party model: which named actors are parties (generator/extract/party_model.py).",
        "# Written by `briefing train-parties`; retrain rather than edit. Delete the file and the",
        "# lead rules decide alone.",
        f"# Trained on {reports} reference briefs. Five-fold cross-validation by report (party P/R/F1):",
        "#   rules alone        %.3f / %.3f / %.3f" % rules,
    ]
    lines += [f"#   model at {t:.2f}{' (chosen)' if t == model.threshold else '         '} %.3f / %.3f / %.3f"
              % table[t] for t in sorted(table)]
    body = {"features": list(FEATURES), "threshold": model.threshold, "weights": list(model.weights),
            "means": list(model.means), "scales": list(model.scales)}
    return "\n".join(lines) + "\n" + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)


def run_training(pairs: Sequence[tuple[Path, Path, float]], data_dir: Path, out: Path, jobs: int = 0) -> int:
    """Collect, cross-validate, train, write; print the figures. Returns an exit status."""
    reports, skipped = collect(pairs, data_dir, jobs)
    for problem in skipped:
        print(problem)
    try:
        model, table = train(reports)
    except ValueError as exc:
        raise KnowledgeError(str(exc)) from None
    rules = rules_score(reports)
    text = model_yaml(model, table, rules, len(reports))
    partial = out.with_name(out.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(out)
    print("\n".join(line[2:] for line in text.splitlines() if line.startswith("#   ")))
    print(f"wrote {out} (threshold {model.threshold:.2f}, {len(reports)} reports)")
    return 1 if skipped else 0
