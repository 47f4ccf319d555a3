"""Scoring briefs against reference briefs: per-field precision, recall and F1.

A reference brief (see ../shared/gold/) is the smaller scoring form of a brief: `source` names
the report file, `parties` and `mentioned` are plain names, each `outcome` and `open_issues`
item carries `keys` (strings a faithful item must contain) and `topics` are German topic names.
Briefs are paired with references by the report file (`source.file`). A reference without a
brief counts as an empty brief, so skipping a hard report never raises a score.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Callable, Iterable

from generator.catalog import brief_files
from generator.ingest import ReportError, read_report
from generator.knowledge import Knowledge
from generator.store import BriefError, plain, read_brief
from generator.validate import ITEM_LISTS, stands_in

SCORED_LISTS = ("parties", "named", "outcome", "open_issues", "topics")


# --- numbers ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Score:
    """Counts behind precision, recall and F1: matched pairs, brief items, reference items."""

    tp: int = 0
    predicted: int = 0
    expected: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.predicted + other.predicted, self.expected + other.expected)

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.expected if self.expected else None

    @property
    def f1(self) -> float | None:
        total = self.predicted + self.expected
        return 2 * self.tp / total if total else None

    def to_dict(self) -> dict[str, Any]:
        return {"precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1),
                "tp": self.tp, "predicted": self.predicted, "expected": self.expected}


@dataclass(frozen=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": _round(self.value), "correct": self.correct, "total": self.total}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


# --- matching -----------------------------------------------------------------------------

def max_matching(n_left: int, n_right: int, compatible: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths); deterministic for a given order."""
    edges = [[r for r in range(n_right) if compatible(l, r)] for l in range(n_left)]
    owner: dict[int, int] = {}

    def augment(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(n_left):
        augment(left, set())
    return sorted((left, right) for right, left in owner.items())


def normalise_name(text: str) -> str:
    """Casefold, drop accents and punctuation: 'Jean-Noël Barrot' -> 'jean noel barrot'."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


class NameIndex:
    """Match keys for names of people and organisations, using the actor list's aliases.

    A name's keys: its normalised form, the canonical name the actor list gives for it, each
    part in parentheses ('Russischer Direktinvestitionsfonds (RDIF)' also gives 'rdif'), a name in
    quotes after its kind ('Mieterinitiative „Warme Wohnung Murfeld“' also gives 'warme wohnung
    murfeld') or after the bare word 'Verein' ('Verein Mühlenfreunde Zaglbachtal': 'mühlenfreunde
    zaglbachtal'), for people their surname and full name (`same` says when a surname alone is
    enough), for a council its place however it is attached
    ('Leipziger Stadtrat', 'Kreistag des Landkreises Oberwald', 'Rat der Stadt Hohenwerder' also
    give 'stadtrat leipzig', 'kreistag oberwald', 'stadtrat hohenwerder'), for a political party's
    group the party, as the extraction names it ('CDU-Fraktion im Landtag' is the CDU), and for a
    municipality or Land its place ('Gemeinde Surses' matches 'Surses', not 'Pro Velo Surses'). A
    council named alone matches the same council with its place (`same`: 'Landtag' and 'Landtag
    Brandenburg' are one body in one report; 'Landtag Bayern' is another), and a council named by
    a listed region's adjective is that region's ('Niedersächsischer Landtag', 'Landtag
    Niedersachsen'), and a municipality or council with the region its town lies in is the same
    ('Stadt Bergheide im Sauerland', 'Stadt Bergheide'). A
    name the actor list does not know counts as a person when it has two or more words that start
    with a capital letter.
    """

    def __init__(self, knowledge: Knowledge | None) -> None:
        self._canonical: dict[str, tuple[str, str]] = {}
        roles = knowledge.roles if knowledge else None
        # words that make a name an organisation's: "Klinikum Leverkusen" is no person named Leverkusen
        self._organisation_words = tuple(
            w.lower() for w in (*roles.organisation_heads, *roles.institutions, *roles.bodies, *roles.local_bodies)
        ) if roles else ()
        # councils and parliaments: "Landtag von Baden-Württemberg" is the "Landtag Baden-Württemberg"
        self._councils = frozenset(
            w for w in (*roles.local_bodies, *roles.district_bodies, *roles.legislatures, *roles.governments)
            if w[:1].isupper()) if roles else frozenset()
        actors = knowledge.actors if knowledge else None
        self._parties = frozenset(normalise_name(alias) for entry in (actors.organisations if actors else ())
                                  if entry.party for alias in (entry.name, *entry.aliases))
        # Länder and cantons, for a council named by the region's adjective ("Niedersächsischer Landtag")
        self._regions = tuple(normalise_name(state.name) for state in (actors.states if actors else ()) if state.region)
        if actors:
            groups = (("person", actors.people), ("state", actors.states), ("organisation", actors.organisations))
            for kind, entries in groups:
                for entry in entries:
                    for alias in (entry.name, *entry.aliases):
                        self._canonical.setdefault(normalise_name(alias), (entry.name, kind))

    @staticmethod
    def same(keys: frozenset[str], other: frozenset[str]) -> bool:
        """Two names share a key, or one is a council named alone ('Landtag') and the other the
        same council with its place ('Landtag Brandenburg'): within one report, one body. A
        surname is one person only where one of the names gives no other ('Brandt' and 'Markus
        Brandt'), not two given names ('Markus Brandt', 'Sabine Brandt'; 'Reiterhof Haselgruber',
        'Theresa Haselgruber')."""
        if any(not key.startswith(("placed:", "surname:")) for key in keys & other):
            return True
        if any(key.startswith("bare:") and "placed:" + key[5:] in other for key in keys) or any(
                key.startswith("bare:") and "placed:" + key[5:] in keys for key in other):
            return True
        full_names = any(k.startswith("person:") for k in keys) and any(k.startswith("person:") for k in other)
        return not full_names and (_surname_in(keys, other) or _surname_in(other, keys))

    def keys(self, name: str) -> frozenset[str]:
        keys: set[str] = set()
        inner = re.findall(r"\(([^()]*)\)", name)
        base = re.sub(r"\([^()]*\)", " ", name).strip()
        registered = _LEGAL_FORM.sub("", base)  # "Alpenstrom AG" is "Alpenstrom"
        for form in (base, *inner, *([registered] if registered != base else [])):
            norm = normalise_name(form)
            if not norm:
                continue
            keys.add(norm)
            canonical, kind = self._canonical.get(norm, (form, ""))
            keys.add(normalise_name(canonical))
            person = not kind and registered == base and _looks_like_person(form, self._organisation_words)
            if kind == "person" or person:  # "Sabine Brandt": 'surname:brandt', 'person:sabine brandt'
                words = re.sub(r"\b(\w) (?=\w\b)", r"\1", normalise_name(canonical)).split()  # "j d vance": "jd"
                keys.add("surname:" + words[-1])
                if len(words) > 1:
                    keys.add("person:" + " ".join(words[-2:]))
        quoted = _QUOTED_AFTER_KIND.fullmatch(base) or _CLUB_NAMED.fullmatch(base)
        if quoted:  # "Mieterinitiative „Warme Wohnung Murfeld“" is the initiative "Warme Wohnung Murfeld"
            keys.add(normalise_name(quoted.group(1)))
        town = _TOWN_ADJECTIVE.fullmatch(base)
        if town:  # "Leipziger Stadtrat" is the "Stadtrat Leipzig"
            keys.add(normalise_name(f"{town.group(2)} {town.group(1)}"))
        governed = _GOVERNED_PLACE.fullmatch(base)
        if governed:  # "Gemeinde Surses" is the municipality "Surses" (not a person or firm named after it)
            keys.add("place:" + normalise_name(governed.group(1)))
        elif " " not in base:
            keys.add("place:" + normalise_name(base))
        place = _OF_PLACE.fullmatch(base)
        if place and place.group(1) in self._councils:  # "Kreistag des Landkreises Oberwald": "Kreistag Oberwald"
            keys.add(normalise_name(f"{place.group(1)} {place.group(2)}"))
        group = _PARTY_GROUP.fullmatch(base)
        if group and normalise_name(group.group(1)) in self._parties:  # "SVP-Fraktion im Kantonsrat": the SVP
            keys |= self.keys(group.group(1))
        if base in self._councils:
            keys.add("bare:" + normalise_name(base))
        body = next((c for c in self._councils if base.startswith(c + " ") and base[len(c) + 1:][:1].isupper()), None)
        if body:  # "Landtag Brandenburg" is the report's bare "Landtag" (`same`), not "Landtag Bayern"
            keys.add("placed:" + normalise_name(body))
        within = _WITHIN_REGION.fullmatch(base)
        if within:  # "Stadt Bergheide im Sauerland" is the report's "Stadt Bergheide"
            keys |= self.keys(within.group(1))
        region = self._council_of_region_adjective(base)
        if region:  # "Niedersächsischer Landtag" is the "Landtag Niedersachsen"
            keys.add(region)
        towns_council = _TOWNS_COUNCIL.fullmatch(base)
        if towns_council:
            keys.add(normalise_name(f"{towns_council.group(1)}rat {towns_council.group(2)}"))
        return frozenset(keys)

    def _council_of_region_adjective(self, name: str) -> str | None:
        """'Niedersächsischer Landtag', 'Bayerische Staatsregierung': the council with the listed
        region its adjective names, as one key ('landtag niedersachsen'); the region's name is the
        adjective's stem and at most three letters more ('niedersächs' + 'en', not 'Sachsen-Anhalt')."""
        adjective, _, council = name.partition(" ")
        if council not in self._councils or not adjective[:1].isupper():
            return None
        stem = _ADJECTIVE_ENDING.sub("", normalise_name(adjective))
        if len(stem) < 4:
            return None
        region = next((r for r in self._regions if r.startswith(stem) and len(r) - len(stem) <= 3), None)
        return normalise_name(f"{council} {region}") if region else None


def _surname_in(keys: frozenset[str], other: frozenset[str]) -> bool:
    """A person's surname that the other name has as its surname or is ('Brandt')."""
    return any(key.startswith("surname:") and (key in other or key[8:] in other) for key in keys)


# a municipality or council with the region its town lies in: "Gemeinderat Villmergen im Freiamt"
_WITHIN_REGION = re.compile(r"(\S+ [A-ZÄÖÜ][\w.-]*(?: [A-ZÄÖÜ][\w.-]*)?) (?:im|am|an der|in der) [A-ZÄÖÜ][\w-]*")
_ADJECTIVE_ENDING = re.compile(r"(?:isch|er|e)(?:er|e|es|en|em)?$")
_QUOTED_AFTER_KIND = re.compile(r"[\w-]+\s+[„«»]([^“”«»]+)[“”«»]")
# "Verein Mühlenfreunde Zaglbachtal" is the club "Mühlenfreunde Zaglbachtal": the bare word says only its kind
_CLUB_NAMED = re.compile(r"Verein ([A-ZÄÖÜ].*)")
_TOWN_ADJECTIVE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+)er ([A-ZÄÖÜ][a-zäöüß]+)")
_GOVERNED_PLACE = re.compile(r"(?:Stadt|Gemeinde|Marktgemeinde|Stadtgemeinde|Kanton|Land|Freistaat) "
                             r"([A-ZÄÖÜ][\w./-]*(?: [A-ZÄÖÜa-zäöü][\w./-]*){0,3})")
_OF_PLACE = re.compile(r"(.+?) (?:des|der|von) "
                       r"(?:(?:Land)?[Kk]reises |Kantons |Bezirks |Freistaat(?:e?s)? |Stadt |(?:Markt|Stadt)?[Gg]emeinde )?"
                       r"([A-ZÄÖÜ][\w./-]*(?: [A-ZÄÖÜ][\w./-]*)?(?: (?:am|im|ob|bei|an der|in der) [A-ZÄÖÜ][\w./-]*)?)")
_PARTY_GROUP = re.compile(r"(\S+)-Fraktion(?:\s+(?:im|in|des|der)\s.+)?")
_TOWNS_COUNCIL = re.compile(r"Rat der (Stadt|Gemeinde) (.+)")  # "Rat der Stadt Düsseldorf": its Stadtrat


_LEGAL_FORM = re.compile(r"\s+(?:AG|SE|GmbH|gGmbH|mbH|KG|KGaA|OHG|eG|eGen|gAG|UG|Inc\.?|Ltd\.?|Corp\.?|plc|SA|"
                         r"e\.\s?V\.|N\.V\.|B\.V\.|S\.p\.A\.|S\.à\s?r\.l\.|Sàrl|SARL)$")


def _looks_like_person(name: str, organisation_words: tuple[str, ...] = ()) -> bool:
    """Two or more capitalised words, none before the last ending in an organisation's word:
    'Klinikum Leverkusen' and 'Universität Würzburg' are no people named Leverkusen or Würzburg."""
    words = name.split()
    return (len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()
            and not any(ch.isdigit() for ch in name)
            and not any(w.lower().endswith(organisation_words) for w in words[:-1] if organisation_words))


def contains_keys(text: str, keys: Iterable[str]) -> bool:
    folded = text.casefold()
    return all(str(key).casefold() in folded for key in keys)


# --- per-report results -------------------------------------------------------------------

@dataclass
class FieldResult:
    score: Score = field(default_factory=Score)
    missed: list[str] = field(default_factory=list)  # reference entries no brief entry matched
    extra: list[str] = field(default_factory=list)  # brief entries that matched no reference entry


@dataclass
class ReportResult:
    report: str
    brief: str | None
    date: str | None = None
    gold_date: str = ""
    gold_date_alt: str | None = None
    date_ok: bool = False
    precision: str | None = None
    gold_precision: str = ""
    precision_ok: bool = False
    fields: dict[str, FieldResult] = field(default_factory=dict)
    unresolved_topics: list[str] = field(default_factory=list)
    evidence: Accuracy = field(default_factory=Accuracy)
    evidence_failed: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k not in ("fields", "evidence")}
        out["fields"] = {name: {"missed": r.missed, "extra": r.extra, **r.score.to_dict()}
                         for name, r in self.fields.items()}
        out["evidence"] = self.evidence.to_dict()
        return out


def listed_names(data: dict[str, Any], *keys: str) -> list[str]:
    """The names a brief or reference lists under `keys`, once each (entries may be plain names or mappings)."""
    names: list[str] = []
    for key in keys:
        for entry in data.get(key) or []:
            name = entry.get("name") if isinstance(entry, dict) else entry
            if isinstance(name, str) and name.strip() and name not in names:
                names.append(name)
    return names


def _score_names(gold: list[str], brief: list[str], index: NameIndex) -> FieldResult:
    gold_keys, brief_keys = [index.keys(n) for n in gold], [index.keys(n) for n in brief]
    pairs = max_matching(len(gold), len(brief), lambda g, b: index.same(gold_keys[g], brief_keys[b]))
    hit_gold, hit_brief = {g for g, _ in pairs}, {b for _, b in pairs}
    return FieldResult(Score(len(pairs), len(brief), len(gold)),
                       [n for i, n in enumerate(gold) if i not in hit_gold],
                       [n for i, n in enumerate(brief) if i not in hit_brief])


def _item_texts(data: dict[str, Any], key: str) -> list[str]:
    return [str(i.get("text", "")) for i in data.get(key) or [] if isinstance(i, dict)]


def _score_items(gold: dict[str, Any], brief: dict[str, Any], key: str) -> FieldResult:
    gold_items = [i for i in gold.get(key) or [] if isinstance(i, dict)]
    texts = _item_texts(brief, key)
    other = _item_texts(brief, "open_issues" if key == "outcome" else "outcome")
    keys = [[str(k) for k in (i.get("keys") or [i.get("text", "")])] for i in gold_items]
    pairs = max_matching(len(gold_items), len(texts), lambda g, b: contains_keys(texts[b], keys[g]))
    hit_gold, hit_brief = {g for g, _ in pairs}, {b for _, b in pairs}
    missed = []
    for index, item in enumerate(gold_items):
        if index in hit_gold:
            continue
        where = " (found under the other list)" if any(contains_keys(t, keys[index]) for t in other) else ""
        missed.append(f"[{', '.join(keys[index])}] {item.get('text', '')}{where}")
    return FieldResult(Score(len(pairs), len(texts), len(gold_items)), missed,
                       [t for i, t in enumerate(texts) if i not in hit_brief])


def _score_topics(gold: dict[str, Any], brief: dict[str, Any], knowledge: Knowledge) -> tuple[FieldResult, list[str]]:
    names = list(dict.fromkeys(str(t) for t in gold.get("topics") or []))
    resolved = {name: knowledge.topics.resolve(name) for name in names}
    wanted = {topic_id for topic_id in resolved.values() if topic_id}
    given = list(dict.fromkeys(str(t) for t in brief.get("topics") or []))
    tp = len(wanted & set(given))
    missed = [resolved[n] or n for n in names if resolved[n] not in given]
    result = FieldResult(Score(tp, len(given), len(names)), missed, [t for t in given if t not in wanted])
    return result, [n for n in names if not resolved[n]]


def _expected_precision(gold: dict[str, Any], matched: str | None) -> str:
    if matched and matched == gold.get("date_alt") and matched != gold.get("date"):
        return "day" if len(matched) == 10 else "month"
    return str(gold.get("date_precision") or ("day" if len(str(gold.get("date", ""))) == 10 else "month"))


def _evaluate_report(gold: dict[str, Any], brief: dict[str, Any], brief_path: str | None,
                     knowledge: Knowledge, index: NameIndex, seeds_dir: Path, problems: list[str]) -> ReportResult:
    report = str(gold["source"])
    gold_date, alt = str(gold.get("date", "")), gold.get("date_alt")
    date = brief.get("date")
    date = str(date) if date is not None else None
    result = ReportResult(report, brief_path, date, gold_date, str(alt) if alt else None)
    result.date_ok = date is not None and date in (gold_date, result.gold_date_alt)
    result.gold_precision = _expected_precision(gold, date if result.date_ok else None)
    result.precision = brief.get("date_precision")
    result.precision_ok = result.precision == result.gold_precision
    result.fields["parties"] = _score_names(listed_names(gold, "parties"), listed_names(brief, "parties"), index)
    result.fields["named"] = _score_names(listed_names(gold, "parties", "mentioned"),
                                          listed_names(brief, "parties", "mentioned"), index)
    for key in ITEM_LISTS:
        result.fields[key] = _score_items(gold, brief, key)
    result.fields["topics"], result.unresolved_topics = _score_topics(gold, brief, knowledge)
    if brief_path is not None:
        _check_evidence(result, brief, seeds_dir / report, problems)
    return result


def _check_evidence(result: ReportResult, brief: dict[str, Any], report_path: Path, problems: list[str]) -> None:
    try:
        body = read_report(report_path).body
    except (OSError, ReportError) as exc:
        problems.append(f"{report_path}: evidence not checked: {exc}")
        body = None
    correct = total = 0
    for key in ITEM_LISTS:
        for number, item in enumerate(brief.get(key) or [], start=1):
            total += 1
            evidence = item.get("evidence") if isinstance(item, dict) else None
            if body is not None and isinstance(evidence, str) and stands_in(evidence, body):
                correct += 1
            else:
                result.evidence_failed.append(f"{key} {number}")
    result.evidence = Accuracy(correct, total)


# --- the whole evaluation -----------------------------------------------------------------

@dataclass
class EvaluationResult:
    reports: list[ReportResult] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # reference reports without a brief
    problems: list[str] = field(default_factory=list)  # unreadable files and the like
    event: Score = field(default_factory=Score)
    event_missed: list[tuple[str, str]] = field(default_factory=list)  # same event in gold only
    event_wrong: list[tuple[str, str]] = field(default_factory=list)  # same event in briefs only

    @property
    def date(self) -> Accuracy:
        return sum((Accuracy(int(r.date_ok), 1) for r in self.reports), Accuracy())

    @property
    def date_precision(self) -> Accuracy:
        return sum((Accuracy(int(r.precision_ok), 1) for r in self.reports), Accuracy())

    @property
    def evidence(self) -> Accuracy:
        return sum((r.evidence for r in self.reports), Accuracy())

    def score(self, name: str) -> Score:
        """Micro-averaged counts of one list field over all reports."""
        return sum((r.fields[name].score for r in self.reports), Score())

    @property
    def unresolved_topics(self) -> list[str]:
        return sorted({name for r in self.reports for name in r.unresolved_topics})

    def to_json(self) -> str:
        fields: dict[str, Any] = {"date": self.date.to_dict(), "date_precision": self.date_precision.to_dict()}
        fields.update({name: self.score(name).to_dict() for name in SCORED_LISTS})
        fields["event"] = self.event.to_dict()
        fields["evidence"] = self.evidence.to_dict()
        out = {
            "reports": len(self.reports),
            "briefs": len(self.reports) - len(self.missing),
            "fields": fields,
            "missing": self.missing,
            "unresolved_topics": self.unresolved_topics,
            "event_pairs": {"missed": [list(p) for p in self.event_missed],
                            "wrong": [list(p) for p in self.event_wrong]},
            "per_report": [r.to_dict() for r in self.reports],
            "problems": self.problems,
        }
        return json.dumps(out, ensure_ascii=False, indent=2)

    def to_table(self) -> str:
        """Per-report errors first, then one row per field: the scores end up at the bottom."""
        lines = ["Per report: reference entries missed, brief entries that matched none", ""]
        for report in self.reports:
            lines.extend(_report_lines(report))
        if self.event_missed or self.event_wrong:
            lines.append("event pairs:")
            lines.extend(f"  missed: {a} + {b} (one event in the references, not in the briefs)"
                         for a, b in self.event_missed)
            lines.extend(f"  wrong: {a} + {b} (one event in the briefs, not in the references)"
                         for a, b in self.event_wrong)
        for problem in self.problems:
            lines.append(f"problem: {problem}")
        lines.append("")
        lines.append(f"Scores over {len(self.reports)} reference reports, "
                     f"{len(self.reports) - len(self.missing)} with a brief (a missing brief counts as empty)")
        lines.append(f"{'field':<15}{'P':>7}{'R':>7}{'F1':>7}{'acc':>7}  counts")
        lines.append(_accuracy_row("date", self.date, "right"))
        lines.append(_accuracy_row("date_precision", self.date_precision, "right"))
        for name in SCORED_LISTS:
            lines.append(_score_row(name, self.score(name)))
        lines.append(_score_row("event (pairs)", self.event))
        lines.append(_accuracy_row("evidence", self.evidence, "items verbatim in the report"))
        if self.unresolved_topics:
            lines.append(f"topic names in references not in the topic list (counted as missed): "
                         f"{', '.join(self.unresolved_topics)}")
        if self.missing:
            lines.append(f"no brief for: {', '.join(self.missing)}")
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _score_row(name: str, score: Score) -> str:
    return (f"{name:<15}{_fmt(score.precision):>7}{_fmt(score.recall):>7}{_fmt(score.f1):>7}{'':>7}  "
            f"{score.tp} matched, {score.predicted} in briefs, {score.expected} in references")


def _accuracy_row(name: str, accuracy: Accuracy, what: str) -> str:
    return f"{name:<15}{'':>21}{_fmt(accuracy.value):>7}  {accuracy.correct}/{accuracy.total} {what}"


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _report_lines(report: ReportResult) -> list[str]:
    if report.brief is None:
        return [f"{report.report}: no brief (counted as empty)"]
    details = []
    if not report.date_ok:
        alt = f" or {report.gold_date_alt}" if report.gold_date_alt else ""
        details.append(f"date: {report.date} (reference {report.gold_date}{alt})")
    if not report.precision_ok:
        details.append(f"date_precision: {report.precision} (reference {report.gold_precision})")
    for name, result in report.fields.items():
        if name in ("parties", "named", "topics"):
            if result.missed:
                details.append(f"{name} missed: {'; '.join(result.missed)}")
            if result.extra:
                details.append(f"{name} extra: {'; '.join(result.extra)}")
        else:
            details.extend(f"{name} missed: {_short(text)}" for text in result.missed)
            details.extend(f"{name} extra: {_short(text)}" for text in result.extra)
    if report.unresolved_topics:
        details.append(f"topics not in the topic list: {', '.join(report.unresolved_topics)}")
    if report.evidence_failed:
        details.append(f"evidence not verbatim: {', '.join(report.evidence_failed)}")
    if not details:
        return [f"{report.report}: all fields match ({report.brief})"]
    return [f"{report.report} ({report.brief})", *(f"  {line}" for line in details)]


def _read_folder(folder: Path, problems: list[str]) -> list[tuple[Path, dict[str, Any]]]:
    out = []
    for path in brief_files(folder):
        try:
            data = plain(read_brief(path))
        except BriefError as exc:
            problems.append(str(exc))
            continue
        out.append((path, data))
    return out


def evaluate_dir(gold_dir: Path, briefings_dir: Path, knowledge: Knowledge,
                 seeds_dir: Path = Path("seeds")) -> EvaluationResult:
    """Score every brief in `briefings_dir` against the reference briefs in `gold_dir`."""
    result = EvaluationResult()
    briefs: dict[str, tuple[Path, dict[str, Any]]] = {}
    for path, data in _read_folder(briefings_dir, result.problems) if briefings_dir.is_dir() else []:
        source = data.get("source")
        file = source.get("file") if isinstance(source, dict) else None
        if not isinstance(file, str):
            continue  # a hand-written brief: no reference can exist
        if file in briefs:
            result.problems.append(f"{path}: report {file} already has the brief {briefs[file][0]}; ignored")
            continue
        briefs[file] = (path, data)
    index = NameIndex(knowledge)
    events: list[tuple[str, str | None, str | None]] = []
    for gold_path, gold in _read_folder(gold_dir, result.problems):
        if not isinstance(gold.get("source"), str):
            result.problems.append(f"{gold_path}: reference without `source:` (the report file name); skipped")
            continue
        path, brief = briefs.get(gold["source"], (None, {}))
        if path is None:
            result.missing.append(gold["source"])
        result.reports.append(_evaluate_report(gold, brief, str(path) if path else None, knowledge, index,
                                               seeds_dir, result.problems))
        events.append((gold["source"], gold.get("event"), brief.get("event")))
    _score_events(result, events)
    return result


def _score_events(result: EvaluationResult, events: list[tuple[str, Any, Any]]) -> None:
    """Pairwise: two reports of one reference event should share the brief `event`, and only they."""
    tp = predicted = expected = 0
    for (a, gold_a, brief_a), (b, gold_b, brief_b) in combinations(sorted(events, key=lambda e: e[0]), 2):
        same_gold = gold_a is not None and gold_a == gold_b
        same_brief = bool(brief_a) and brief_a == brief_b
        expected += same_gold
        predicted += same_brief
        tp += same_gold and same_brief
        if same_gold and not same_brief:
            result.event_missed.append((a, b))
        elif same_brief and not same_gold:
            result.event_wrong.append((a, b))
    result.event = Score(tp, predicted, expected)
