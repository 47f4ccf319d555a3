"""Which named actors are parties: a small logistic model over signals of each candidate.

The lead rules in actors.py find the actors of the first sentences. Analysts also count as
parties actors the report keeps returning to, that act as subjects, or that speak for a party's
side, and they leave out some the lead names in passing. No single rule weighs those signals
well across outlets, so a logistic model does, trained on reference briefs with
`briefing train-parties` (generator/train_parties.py) and stored as data
(`data/party_model.yaml`). The rules' own choice is one of its inputs; without a model file the
rules decide alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, Sequence

if TYPE_CHECKING:  # actors.py applies the model; the types only
    from generator.extract.actors import Mention
    from generator.extract.text import Analysed

# Inputs in the order the weights use them; a model file names them, so a file trained with
# another list is refused rather than misread.
FEATURES = (
    "chosen_by_rules", "person", "state", "has_role", "log_sentences", "share_of_sentences",
    "first_rank", "first_in_lead", "in_first_two", "in_first_four", "share_in_relative_clause",
    "share_after_preposition", "log_as_subject", "medium", "state_chosen_by_rules", "rule_party_count",
    "same_side_as_party", "commentator", "log_with_party", "candidate_count", "log_quoted",
    "cabinet_office", "spokesperson", "person_on_party_side", "beside_two_people",
)
_QUOTES = ("„", "«", "»", '"', "“")


@dataclass(frozen=True)
class PartyModel:
    """Weights (bias first) over standardised FEATURES; a candidate whose probability reaches
    `threshold` is a party."""

    weights: tuple[float, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    threshold: float

    def probability(self, values: Sequence[float]) -> float:
        z = self.weights[0] + sum(w * (v - m) / s for w, v, m, s
                                  in zip(self.weights[1:], values, self.means, self.scales))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass(frozen=True)
class Candidate:
    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class PartySignals:
    """What the features need beyond the mentions: word lists from the knowledge files."""

    media: frozenset[str]
    commentators: tuple[str, ...]
    cabinet: tuple[str, ...]
    spokespeople: tuple[str, ...]


def _title(role: str) -> str:
    """'Nato-Generalsekretär' -> 'generalsekretär': the office, without whose it is."""
    return role.rsplit("-", 1)[-1].lower()


def candidates(analysed: Analysed, by_name: Mapping[str, Sequence[Mention]],
               by_sentence: Mapping[int, Sequence[Mention]], rule_parties: Sequence[str],
               subjects: Mapping[str, int], on_party_side: frozenset[str], signals: PartySignals) -> list[Candidate]:
    """Every named person, organisation and state with its feature values, in order of first mention.

    `by_name`, `by_sentence`: the report's mentions grouped (in order of first mention);
    `subjects`: how often each name is a sentence's subject; `on_party_side`: names that speak
    for a party chosen by the rules (its state, its office-holders)."""
    chosen = set(rule_parties)
    substantive = [s.index for s in analysed.sentences if len(s.text.split()) >= 5]
    total = max(1, len(analysed.sentences))
    # "Trump und Putin telefonierten": where the rules found two or more people, a meeting of
    # people, others named are seldom its parties
    people_chosen = sum(1 for name in chosen if name in by_name and by_name[name][0].kind == "person")
    out = []
    for name, group in by_name.items():
        if group[0].kind != "state" and all(m.affiliation for m in group) and name not in chosen:
            continue  # "CDU-Politikerin": whose side someone is on, never a candidate
        sentences = sorted({m.sentence for m in group})
        rank = sum(1 for i in substantive if i < sentences[0])
        kind, title = group[0].kind, _title(next((m.role for m in group if m.role), ""))
        count = len(group)
        same_side = name not in chosen and name in on_party_side
        with_party = sum(1 for i in sentences
                         if any(m.canonical in chosen and m.canonical != name for m in by_sentence[i]))
        quoted = sum(1 for i in sentences if any(q in analysed.sentences[i].text for q in _QUOTES))
        values = (
            float(name in chosen), float(kind == "person"), float(kind == "state"), float(bool(title)),
            math.log1p(len(sentences)), len(sentences) / total, min(rank, 10) / 10, float(rank == 0),
            float(rank <= 1), float(rank <= 3), sum(m.in_relative_clause for m in group) / count,
            sum(m.after_preposition for m in group) / count, math.log1p(subjects.get(name, 0)),
            float(name in signals.media), float(name in chosen and kind == "state"), min(len(chosen), 6) / 6,
            float(same_side), float(any(word in title for word in signals.commentators)),
            math.log1p(with_party), min(len(by_name), 30) / 30, math.log1p(quoted),
            float(title.endswith(signals.cabinet)), float(title.endswith(signals.spokespeople)),
            float(same_side and kind == "person"), float(name not in chosen and people_chosen >= 2),
        )
        out.append(Candidate(name, values))
    return out


def decide_parties(model: PartyModel, found: Sequence[Candidate], rule_parties: Sequence[str]) -> list[str]:
    """The parties: the rules' choice the model keeps, in the rules' order, then those it adds
    in order of first mention. Where none reaches the threshold the likeliest stands alone: an
    event has an actor, and a brief without parties has no title or event key to stand on."""
    chances = {c.name: model.probability(c.values) for c in found}
    keep = {name for name, chance in chances.items() if chance >= model.threshold}
    if not keep and chances:
        keep = {max(chances, key=lambda name: chances[name])}
    kept = [name for name in rule_parties if name in keep]
    return kept + [c.name for c in found if c.name in keep and c.name not in kept]
