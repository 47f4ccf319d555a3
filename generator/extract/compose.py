"""From a report to a brief: runs every field extractor and composes title, summary and keys."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.brief import Actor, Brief, Item, Source
from generator.extract.actors import (LEGAL_FORMS, PARTNERS, TOWN_LINKS, TOWN_PREFIXES, add_local_sides,
                                      add_outcome_subjects, after_article, case_brought_to, chambers_at_home,
                                      extract_actors, gazetteer, home_state, names_court, short_form,
                                      third_party_sentences)
from generator.extract.anaphora import interviewee, opens_with
from generator.extract.cues import compiled_cues, contains_any
from generator.extract.dates import (DateFinding, date_cues, earlier_sentences, event_day_sentences, extract_date,
                                     later_sentences)
from generator.extract.figures import extract_figures
from generator.extract.outlet import extract_outlet
from generator.extract.statements import about_the_report, clean_item_text, extract_statements
from generator.extract.text import INTERVIEW_QUESTIONS, Analysed, analyse, is_question
from generator.extract.topics import assign_topics
from generator.ingest import Report
from generator.knowledge import Knowledge
from generator.nlp import morph


class NoDateError(Exception):
    """The report names no date the brief could stand on."""


@dataclass(frozen=True)
class Extraction:
    """A generated brief plus what event clustering needs but the brief does not store."""

    brief: Brief
    event_type: str
    weekday: int | None


def slug(text: str, max_words: int = 8) -> str:
    """ASCII slug for ids and file names: 'Telefonat Trump–Putin' -> 'telefonat-trump-putin'."""
    text = text.replace("–", " ").replace("—", " ").replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", text)
    return "-".join(words[:max_words])


# The kind of a report whose lead names none of `event_types`: no kind, only a word for titles.
UNKNOWN_KIND = "Bericht"


def event_type(analysed: Analysed, knowledge: Knowledge, lead: int = 3) -> str:
    text = " ".join(s.text for s in analysed.sentences[:lead]).lower()
    for name, terms in compiled_cues(knowledge).event_types:
        if any(term in text for term in terms):
            return name
    return UNKNOWN_KIND


def surname(name: str, knowledge: Knowledge | None = None) -> str:
    """The short name used in titles and ids: 'Putin', 'Xi' (from the actor list), 'Union', the short
    form an organisation's name ends in ('BAV'), the word before a legal form ('Post' for
    'Österreichische Post AG')."""
    if knowledge is not None:
        known = knowledge.actors.person_by_name.get(name)
        if known and known.short:
            return known.short
    short = short_form(name)
    if short:
        return short
    quoted = _QUOTED_TITLE.search(name)
    if quoted:
        return quoted.group(1)  # "Bürgerinitiative „Kreißsaal bleibt“" is "Kreißsaal bleibt"
    words = name.split()
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] in PARTNERS or words[-1] == "&"):
        words.pop()  # "Rhyner & Cie AG"
    start = len(words) - 1
    if start >= 2 and words[start - 1] in TOWN_LINKS:
        start -= 2  # "Stadtrat Frankfurt am Main"
    if start >= 3 and words[start - 1] == "der" and words[start - 2] in ("an", "in"):
        start -= 3  # "Frankfurt an der Oder"
    if start >= 1 and words[start - 1] in TOWN_PREFIXES:
        start -= 1  # "Kanton St. Gallen", "Gemeinderat Bad Ischl"
    return " ".join(words[start:])


# a name's title in quotes at its end, after the kind of group it is
_QUOTED_TITLE = re.compile(r"\s[„«»]([^“”«»]+)[“”«»]$")


def short_names(parties: tuple[Actor, ...], knowledge: Knowledge | None = None, limit: int = 3) -> list[str]:
    """The first `limit` distinct short names: "Welterbegemeinde Hallstatt" and "Gemeinderat
    Hallstatt" are one "Hallstatt" in a title, not two."""
    return list(dict.fromkeys(surname(p.name, knowledge) for p in parties))[:limit]


def _party_label(parties: tuple[Actor, ...], knowledge: Knowledge | None = None) -> str:
    return "–".join(short_names(parties, knowledge))


def compose_title(kind: str, parties: tuple[Actor, ...], topic_names: list[str], knowledge: Knowledge | None = None) -> str:
    head = f"{kind} {_party_label(parties, knowledge)}".strip() if parties else kind
    return f"{head}: {', '.join(topic_names[:2])}" if topic_names else head


# (a decimal comma closes no clause: "47,3")
_RELATIVE_ASIDE = re.compile(r",\s(?:(?:zu|mit|von|auf|in|an|für|über|bei|aus|nach)\s)?"
                             r"(?:der|die|das|dem|den|deren|dessen)\s(?:[^,]|(?<=\d),(?=\d)){3,120},(?!\d)")


def _without_relative_asides(text: str) -> str:
    """'Putin hat dem Vorstoß, zu dem sich Selenskyj bereit erklärt hatte, eine Absage erteilt' ->
    'Putin hat dem Vorstoß eine Absage erteilt'. Not an apposition after a date ('am Mittwoch, 16.
    Juli, die Eckpunkte beschlossen, …'), nor an aside after which a second relative clause closes
    the sentence ('…, nach der Molkereien Verträge abschließen müssen, die Preis und Menge festlegen')."""
    def cut(match: re.Match[str]) -> str:
        rest = text[match.end():].strip()
        if _DATE_BEFORE.search(text, 0, match.start()):
            return match.group(0)
        last = rest.rstrip(".!?").rsplit(" ", 1)[-1]
        if rest.split(" ", 1)[0] in ("der", "die", "das") and last[:1].islower() and morph.can_be_verb(last):
            return match.group(0)
        return " "
    return re.sub(r"\s{2,}", " ", _RELATIVE_ASIDE.sub(cut, text))


_DATE_BEFORE = re.compile(r"\d\.?\s*[A-ZÄÖÜa-zäöü]*\s*$")


def _salient(items: list[Item], lead: str, party_names: list[str], topic_terms: list[tuple[str, ...]]) -> Item | None:
    """The item a reader should see first: on the main topics, naming a party, early in the report."""
    best, best_score = None, None
    for position, item in enumerate(items):
        if item.evidence == lead:
            continue
        lowered = item.text.lower()
        on_topics = sum(1 for terms in topic_terms if any(term in lowered for term in terms))
        names_party = any(name.lower() in lowered for name in party_names)
        score = 2 * on_topics + (1 if names_party else 0) - 0.3 * position
        if best_score is None or score > best_score:
            best, best_score = item, score
    return best


def compose_summary(analysed: Analysed, knowledge: Knowledge, outcome: list[Item], open_issues: list[Item],
                    parties: tuple[Actor, ...] = (), topics: tuple[str, ...] = ()) -> str:
    """Two or three sentences: what happened and who (the lead), the main result, what is open."""
    cues = compiled_cues(knowledge)
    # the first sentence that tells the event: not a ticker's "Damit schliessen wir diesen Ticker.", nor
    # a press review's "Die Kommentatoren der Zeitungen beschäftigen sich heute mit …"
    commentary = date_cues(knowledge.cues.get("dates")).commentary
    lead = next((s.text for s in analysed.sentences if not about_the_report(s.text) and not any(
        word.startswith(commentary) for word in [t.lower_ for t in s.tokens if t.is_alpha][:3])), "")
    names = [surname(p.name, knowledge) for p in parties]
    by_id = knowledge.topics.by_id()
    terms = [by_id[topic_id].terms for topic_id in topics[:2]]
    sentences = [clean_item_text(_without_relative_asides(lead), cues)] if lead else []
    result = _salient(outcome, lead, names, terms)
    if result:
        sentences.append(f"Ergebnis: {result.text}")
    pending = _salient(open_issues, lead, names, terms)
    if pending:
        sentences.append(f"Offen: {pending.text}")
    return " ".join(s for s in sentences if s)


def _key(date: str, kind: str, parties: tuple[Actor, ...], knowledge: Knowledge | None) -> str:
    """'2025-03-18-telefonat-putin-trump': the date, the kind and the parties' short names, sorted."""
    names = sorted(slug(name) for name in short_names(parties, knowledge))
    return "-".join(part for part in (date, slug(kind), *names) if part)


def event_key(date: DateFinding, kind: str, parties: tuple[Actor, ...], knowledge: Knowledge | None = None) -> str:
    return _key(date.value[:7], kind, parties, knowledge)


def extract_brief(report: Report, nlp, knowledge: Knowledge) -> Extraction:
    analysed = analyse(report, nlp)
    dates = date_cues(knowledge.cues.get("dates"))
    date = extract_date(analysed, dates)
    if date is None:
        raise NoDateError(
            "no date: the report has no ' date YYYY-MM' header and names no date; "
            "add the header line or write the brief by hand"
        )
    outlet = extract_outlet(analysed, knowledge)
    actors = extract_actors(analysed, knowledge)
    people: dict[int, list[str]] = {}
    organisations: dict[int, list[str]] = {}
    sides: dict[int, list[str]] = {}  # organisations a speaker may act for (see below)
    gaz = gazetteer(knowledge)
    sentences = {s.index: s.text for s in analysed.sentences}
    for mention in actors.mentions:
        if mention.kind == "person" and mention.canonical not in people.setdefault(mention.sentence, []):
            people[mention.sentence].append(mention.canonical)
        if mention.kind == "organisation":
            organisations.setdefault(mention.sentence, []).append(after_article(mention.canonical))
            # no agency or paper; no court ("notfalls vor dem Landgericht"): its speaker's office names
            # it; no body a case is brought to ("einen Stimmrechtsrekurs beim Bezirksrat")
            addressed = case_brought_to(analysed.text, mention.start, sentences[mention.sentence], gaz)
            if mention.canonical not in gaz.media and not names_court(mention.canonical, knowledge) and not addressed:
                sides.setdefault(mention.sentence, []).append(mention.canonical)
    # the organisation a sentence opens with ("Der BUND kritisierte …"), the first of the sentence's
    # mentions that does: a later "Er" may stand for it
    subjects = {m.sentence: after_article(m.canonical) for m in reversed(actors.mentions)
                if m.kind == "organisation" and opens_with(sentences.get(m.sentence, ""), m.canonical)}
    cues = compiled_cues(knowledge)
    third = third_party_sentences(analysed, actors, knowledge, cues.commentators)
    earlier = earlier_sentences(analysed, date, dates)
    event_day = event_day_sentences(analysed, date, dates)
    questions = [s.index for s in analysed.sentences if is_question(s.text)]
    titled = {m.canonical for m in actors.mentions if m.role}  # a person for sure, as is one with a given name
    # a radio piece's presenter asks and its reporter answers ("Moderatorin Nadja Rüfenacht: Und die
    # Gemeinde, zieht sie mit?"): neither is an interviewee whose answers are the statements
    journalists = {m.canonical for m in actors.mentions if m.kind == "person" and knowledge.roles.reporters
                   and m.role.lower().endswith(knowledge.roles.reporters)}
    speaker = (interviewee(((m.canonical, m.sentence) for m in actors.mentions if m.kind == "person" and (
        m.canonical in titled or m.canonical.split()[0] in knowledge.first_names) and m.canonical not in journalists),
        questions[0], analysed.text) if len(questions) >= INTERVIEW_QUESTIONS else "")
    later = later_sentences(analysed, date, dates)
    outcome, open_issues = extract_statements(analysed, knowledge, people, third, earlier, event_day, organisations,
                                              subjects, speaker, sides, later)
    topics = assign_topics(analysed, outcome + open_issues, knowledge.topics)
    kind = event_type(analysed, knowledge)
    main_topics = tuple(t for t in topics if knowledge.topics.by_id()[t].name != kind)
    topic_names = [knowledge.topics.by_id()[t].name for t in main_topics]
    evidence_sentences = [i.evidence for i in outcome + open_issues]
    lead = [s.text for s in analysed.sentences[:3]]
    event_terms = next((terms for name, terms in cues.event_types if name == kind), ())
    durations = [  # "dauerte fast zwei Stunden": how long the event itself took
        s.text for s in analysed.sentences
        if contains_any(s.text, cues.duration) and any(t in s.text.lower() for t in event_terms)
        and not contains_any(s.text, cues.background)
    ]
    figures = extract_figures(dict.fromkeys(lead + evidence_sentences + durations))
    home = home_state(actors, analysed.text, knowledge)
    parties, mentioned = add_local_sides(actors.parties, actors.mentioned, analysed.text,
                                         knowledge.roles.citizen_groups, gaz)
    if knowledge.party_model is None:  # a trained model has the last word on who is a party
        parties, mentioned = add_outcome_subjects(parties, mentioned, [item.text for item in outcome], gaz)
    parties = chambers_at_home(parties, home)
    key = event_key(date, kind, parties, knowledge)
    brief = Brief(
        id=_key(date.value, kind, parties, knowledge),
        title=compose_title(kind, parties, topic_names, knowledge),
        date=date.value,
        date_precision=date.precision,
        date_evidence=date.evidence,
        source=Source(report.file, report.sha256, outlet),
        event=key,
        summary=compose_summary(analysed, knowledge, outcome, open_issues, parties, main_topics),
        parties=parties,
        mentioned=chambers_at_home(mentioned, home),
        outcome=tuple(outcome),
        open_issues=tuple(open_issues),
        topics=topics,
        figures=figures,
    )
    return Extraction(brief, kind, date.weekday)
