"""Grouping the briefs of a run into events, and taking an exact day from a sibling report.

Reports of the same occasion share an event key. `cluster_events` decides which reports that
are: the same occasion is close in time (the same day; a month-precision report fits a day of
its month when the weekday it names agrees), has the same core parties (one party set contains
the other, or they share at least two parties and half of the smaller set) and overlapping
content (shared topics and terms). The key names the cluster's earliest stated day (else its
month), its kind and the surnames of its core parties: `2025-03-18-telefonat-putin-trump`.

A report that gives only the month and a weekday takes the exact day from a sibling that states
it, when the weekday agrees and the two share a fair part of their words; never when the weekday
disagrees (`propagate_days`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Sequence

from generator.brief import Actor, Brief
from generator.extract.compose import UNKNOWN_KIND, slug, surname
from generator.terms import content_terms, name_stems

# A cluster takes a report when its best link scores at least this (see `link_score`).
LINK_THRESHOLD = 0.5


@dataclass(frozen=True)
class EventMember:
    brief: Brief
    weekday: int | None  # weekday the report names for the event (0 = Monday)
    kind: str = ""  # kind of event as extracted ("Telefonat"); "" = the first word of the title


@dataclass(frozen=True)
class Occasion:
    """What clustering compares about one report."""

    index: int
    file: str  # the report's file name: the tie-break that keeps results independent of input order
    year: int
    month: int
    day: int | None
    weekday: int | None
    kind: str
    parties: frozenset[tuple[str, str]]  # (name, country)
    sides: frozenset[str]  # the parties' countries (a state party counts as its own country)
    topics: frozenset[str]
    terms: frozenset[str]


@dataclass(frozen=True)
class PairScore:
    """Pairwise clustering quality: over all pairs of reports, same event or not."""

    precision: float
    recall: float
    f1: float
    pairs: int


def _kind(member: EventMember) -> str:
    return member.kind or (member.brief.title.split() or [""])[0].rstrip(":")


_SUMMARY_LABELS = re.compile(r"\b(?:Ergebnis|Offen):\s")
# A vote's words and counts ("mit 121 zu 68 Stimmen bei 3 Enthaltungen", "die SVP-Fraktion", "die
# Vorlage") stand in every report of a parliament's decisions: they tell no two decisions apart.
_VOTE_TERMS = re.compile(r"^(?:\d{1,3}|stimm|stimmen|gegenstimm|enthaltung|vorlag|\w*fraktio|\w*fraktion)$")


def _core_parties(brief: Brief, political: frozenset[str]) -> tuple[Actor, ...]:
    """The parties that tell one occasion from another: political parties that voted take part
    in every decision of their parliament, so they count only where the brief has no other."""
    core = tuple(p for p in brief.parties if p.name not in political)
    return core or brief.parties


def occasion(index: int, member: EventMember, political: frozenset[str] = frozenset()) -> Occasion:
    brief = member.brief
    parties = _core_parties(brief, political)
    year, month, day = (int(p) for p in (brief.date.split("-") + ["0", "0"])[:3])
    exact = brief.date_precision == "day" and day > 0
    weekday = dt.date(year, month, day).weekday() if exact else member.weekday
    kind = _kind(member)
    actors = (*brief.parties, *brief.mentioned)
    ignore = name_stems([a.name for a in actors] + [a.country for a in actors if a.country])
    # the summary's labels ("Ergebnis: …", "Offen: …") are the same in every brief: no content
    summary = _SUMMARY_LABELS.sub(" ", brief.summary)
    text = " ".join([summary, *(i.text for i in (*brief.outcome, *brief.open_issues))])
    return Occasion(
        index, brief.source.file or brief.id, year, month, day if exact else None, weekday, kind.lower(),
        frozenset((p.name, p.country) for p in parties),
        frozenset(p.country or p.name for p in parties),
        frozenset(brief.topics),
        frozenset(t for t in content_terms(text, ignore) if not _VOTE_TERMS.match(t))
        | frozenset(f.value for f in brief.figures if f.value[:1].isdigit()),
    )


def same_time(a: Occasion, b: Occasion) -> bool:
    """Same day; or a month-precision report whose month holds the day and whose weekday fits."""
    if (a.year, a.month) != (b.year, b.month):
        return False
    if a.day is not None and b.day is not None:
        return a.day == b.day
    return a.weekday is None or b.weekday is None or a.weekday == b.weekday


def _matched(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> int:
    """Parties of `a` that `b` names too: by name (unless the two are of different states, the
    Swiss and the German "Bundesrat"), or a leader by the state he or she stands for."""
    names = {n for n, _ in b}
    countries = {c for _, c in b if c}
    placed = {n for n, c in b if c}  # names `b` gives a state

    def same_name(n: str, c: str) -> bool:
        return n in names and (not c or n not in placed or (n, c) in b)
    return sum(1 for n, c in a if same_name(n, c) or n in countries or (c and c in names))


def party_fit(a: Occasion, b: Occasion) -> float | None:
    """1.0 for the same parties; 0.75 when one set holds the other; for sets sharing at least
    two parties, 0.75 times the shared part of the smaller set when that is at least half (a
    summit whose reports list different leaders); 0.5 when only the sides (countries) agree or a
    report names no parties; None otherwise ({Trump, Putin} vs {Trump, Selenskyj}). A leader
    matches the state of his or her country (Netanjahu ~ Israel)."""
    if not a.parties or not b.parties:
        return 0.5
    if a.parties == b.parties:
        return 1.0
    shared = min(_matched(a.parties, b.parties), _matched(b.parties, a.parties))
    smaller = min(len(a.parties), len(b.parties))
    if shared == smaller:
        return 0.75
    if shared >= 2 and 2 * shared >= smaller:
        return 0.75 * shared / smaller
    if len(a.sides) >= 2 and a.sides == b.sides:
        return 0.5
    return None


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def shared_terms(a: Occasion, b: Occasion) -> float:
    """Content terms both reports use, relative to the smaller report's, 0..1."""
    return len(a.terms & b.terms) / min(len(a.terms), len(b.terms)) if a.terms and b.terms else 0.0


def content_fit(a: Occasion, b: Occasion) -> float:
    """Shared topics and shared content terms (relative to the smaller report), 0..1."""
    return (_jaccard(a.topics, b.topics) + shared_terms(a, b)) / 2


def link_score(a: Occasion, b: Occasion) -> float | None:
    """How strongly two reports look like one occasion; None when time or parties rule it out.

    The same stated day counts most; a month-precision report must earn its place by content,
    and more so when it names no weekday that confirms the day.
    """
    if not same_time(a, b):
        return None
    parties = party_fit(a, b)
    if parties is None:
        return None
    content = content_fit(a, b)
    if (not a.parties or not b.parties) and (content < _UNNAMED_CONTENT or a.kind != b.kind):
        return None  # a report that names no parties joins another only on what it is about, as the same kind
    if a.day is None and b.day is None and a.terms and b.terms and shared_terms(a, b) < _MONTH_TERMS:
        return None  # two reports dated to the month only, on different matters (a shared generic topic is not enough)
    if (a.day is not None and b.day is not None and a.terms and b.terms and not a.topics & b.topics
            and shared_terms(a, b) < _DAY_TERMS):
        return None  # a parliament's or a cabinet's two decisions of one day, sharing no topic: two occasions
    if a.day is not None and b.day is not None:
        time = 0.4
    elif a.weekday is not None and b.weekday is not None:
        time = 0.25
    else:
        time = 0.0
    return time + kind_fit(a.kind, b.kind) + 0.2 * parties + 0.5 * content


def kind_fit(a: str, b: str) -> float:
    """The same kind of event counts; a report whose lead names no kind (an interview's
    introduction) may still tell a ruling or a vote another report names, so it counts half."""
    if a == b:
        return 0.15
    return 0.075 if UNKNOWN_KIND.lower() in (a, b) else 0.0


# How much topic and term overlap a report without parties needs to join another report's event
# (a COP30 report and a synod report of the same Saturday share only their month and weekday).
_UNNAMED_CONTENT = 0.2
# How many of the smaller report's content terms two reports dated only to the month must share
# (reports of one event share a third or more; an agriculture council and a coalition committee
# of the same month and weekday shared "2026", "Jahr" and "Prozent": 0.06; a cabinet's care reform
# and its prison package of one October 0.13, enough to bridge two more decisions at 0.1).
_MONTH_TERMS = 0.15
# How many of the smaller report's content terms two reports of the same day and body that share no
# topic must share: a Nationalrat that recommends rejecting an initiative and restricts the right
# of appeal the same Tuesday shared 0.15; reports of one occasion share a quarter or more.
_DAY_TERMS = 0.16


def _shares_content(o: Occasion, group: list[Occasion]) -> bool:
    """A report dated only to the month joins a group only on what it is about: weekday, kind
    and one state in common fit many reports of a month (a prison package and a rent law, both
    Austrian, both of a Wednesday in October). One member sharing its terms is enough; the
    others may be told in other words."""
    return o.day is not None or not o.terms or any(
        not other.terms or shared_terms(o, other) >= _MONTH_TERMS for other in group)


def _order(o: Occasion) -> tuple:
    """Reports with a stated day first, then those with a weekday, then the rest."""
    return (o.day is None, o.weekday is None, o.year, o.month, o.day or 0, o.file, o.index)


def clusters(members: Sequence[EventMember], political: frozenset[str] = frozenset()) -> list[list[int]]:
    """Member indexes grouped by occasion, each group sorted, groups by their first member.

    Greedy and deterministic: reports are placed best-anchored first; each joins the cluster
    whose members it fits on time and parties, all of them, with the best average link score,
    or starts a new one.
    """
    occasions = [occasion(i, m, political) for i, m in enumerate(members)]
    groups: list[list[Occasion]] = []
    by_month: dict[tuple[int, int], list[int]] = {}
    for o in sorted(occasions, key=_order):
        best, best_score = None, LINK_THRESHOLD
        for g in by_month.get((o.year, o.month), []):
            scores = [link_score(o, other) for other in groups[g]]
            if any(s is None for s in scores) or not _shares_content(o, groups[g]):
                continue
            score = sum(scores) / len(scores)  # type: ignore[arg-type]
            if score >= best_score + (1e-9 if best is not None else 0):
                best, best_score = g, score
        if best is None:
            by_month.setdefault((o.year, o.month), []).append(len(groups))
            groups.append([o])
        else:
            groups[best].append(o)
    return sorted((sorted(o.index for o in g) for g in groups), key=lambda g: g[0])


def cluster_key(members: Sequence[EventMember], political: frozenset[str] = frozenset()) -> str:
    """Earliest stated day (else earliest month), most common kind, surnames of the core parties
    (named by at least half the reports), e.g. `2025-03-18-telefonat-putin-trump`."""
    briefs = [m.brief for m in members]
    days = sorted(b.date for b in briefs if b.date_precision == "day" and len(b.date) == 10)
    date = days[0] if days else min(b.date[:7] for b in briefs)
    anchored = sorted(members, key=lambda m: (m.brief.date_precision != "day", m.brief.date, m.brief.source.file))
    kinds = Counter(_kind(m) for m in anchored)  # ties: the kind of the best-dated report
    kind = max(kinds, key=lambda k: kinds[k]) if kinds else ""
    counts = Counter(p.name for b in briefs for p in dict.fromkeys(_core_parties(b, political)))
    core = ([n for n, c in counts.items() if 2 * c > len(briefs)]
            or [p.name for p in _core_parties(anchored[0].brief, political)])
    names = sorted({slug(surname(n)) for n in core})[:3]  # "Stadt Innsbruck", "Stadtsenat Innsbruck": one name
    return "-".join(part for part in (date, slug(kind), *names) if part)


def cluster_events(members: Sequence[EventMember], political: frozenset[str] = frozenset()) -> list[EventMember]:
    """The members, in their order, each with its cluster's event key (unique per cluster).
    `political`: names of political parties (see `_core_parties`)."""
    out = list(members)
    taken: set[str] = set()
    groups = clusters(members, political)
    keyed = sorted(groups, key=lambda g: (min(members[i].brief.date for i in g),
                                          min(members[i].brief.source.file or members[i].brief.id for i in g)))
    for group in keyed:
        base = cluster_key([members[i] for i in group], political)
        key, n = base, 2
        while key in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key)
        for i in group:
            out[i] = replace(members[i], brief=replace(members[i].brief, event=key))
    return out


def pairwise_f1(predicted: Sequence[str], gold: Sequence[str]) -> PairScore:
    """Pairwise precision, recall and F1 of event labels against gold labels (same order)."""
    tp = fp = fn = 0
    n = len(gold)
    for i in range(n):
        for j in range(i + 1, n):
            same_p, same_g = predicted[i] == predicted[j], gold[i] == gold[j]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScore(precision, recall, f1, n * (n - 1) // 2)


# How many of the smaller report's content terms a report dated to the month must share with the
# sibling it takes the day from: reports of one occasion share about a quarter or more (0.24 for
# the seeds' two reports of the call of 18 March, 0.28 to 0.58 in the blind set); a cabinet's other
# decision of that month, clustered through a third report, shares 0.04 to 0.20, and a day taken
# from it would be wrong.
_DAY_FROM_SIBLING_TERMS = 0.22


def _same_matter(a: Occasion, b: Occasion) -> bool:
    """Whether two reports of one cluster tell of one matter in its words (a report without content
    terms is taken on its cluster alone)."""
    return not a.terms or not b.terms or shared_terms(a, b) >= _DAY_FROM_SIBLING_TERMS


def propagate_days(members: list[EventMember]) -> list[Brief]:
    """Fill month-precision dates from same-event siblings whose stated day has the same weekday
    and that tell of the same matter in the same words."""
    by_event: dict[str, list[int]] = {}
    for index, member in enumerate(members):
        by_event.setdefault(member.brief.event, []).append(index)
    out = []
    for index, member in enumerate(members):
        brief = member.brief
        if brief.date_precision == "month" and member.weekday is not None:
            own = occasion(index, member)
            siblings = sorted(
                (i for i in by_event[brief.event]
                 if members[i].brief.date_precision == "day" and members[i].brief.date.startswith(brief.date)),
                key=lambda i: members[i].brief.source.file,
            )
            for sibling_index in siblings:
                sibling = members[sibling_index].brief
                day = dt.date.fromisoformat(sibling.date)
                if day.weekday() == member.weekday and _same_matter(own, occasion(sibling_index, members[sibling_index])):
                    brief = replace(
                        brief,
                        id=sibling.date + brief.id[len(brief.date):] if brief.id.startswith(brief.date) else brief.id,
                        date=sibling.date,
                        date_precision="day",
                        date_evidence=f"{brief.date_evidence}; Tag aus {sibling.source.file} "
                                      f"(gleiches Ereignis, Wochentag stimmt überein)",
                    )
                    break
        out.append(brief)
    return out
