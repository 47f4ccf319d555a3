"""Outcome and open issues: which statements of a report say what was agreed, and what is open.

Each sentence is cut into clauses (at ';', at ', jedoch'/', aber', before a list after ':'),
and each clause is sorted by lemma-based cue lists from data/cues.yaml: agreements, decisions
and orders go to the outcome; demands, conditions, refusals, threats, pending answers and
unresolved questions go to the open issues. Negation moves an item ("keine Einigung"), clauses
after "stellte zwei Bedingungen:" inherit the intro's class, and reported speech is kept with
its speaker. Item text is the clause made readable (connectives, source phrases and trailing
attributions trimmed); the evidence is always the whole sentence, verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Sequence

from spacy.tokens import Token

from generator.brief import Item
from generator.extract.anaphora import (introducing_nouns, name_first_person, name_generic_noun, name_reported_speaker,
                                       name_speakers_side, opening_noun_phrase, opens_in_first_person, resolve_pronoun,
                                       speakers_sides)
from generator.extract.cues import Cues, CueHit, commentator_led, compiled_cues, contains_any, find_cues, lemmas
from generator.extract.figures import NUMBER_WORDS, ORDINAL_WORDS
from generator.extract.text import (INTERVIEW_QUESTIONS, SPEAKER_LABEL, TICKER_TIME, Analysed, Sentence,
                                    body_start, is_question, relative_clause_tokens)
from generator.knowledge import Knowledge
from generator.nlp import morph

StatementKind = Literal["outcome", "open"]

_QUOTE_CHARS = "\"„“”«»"
_MD_LINK = re.compile(r"\[([^\]\n]{1,80})\]\([^)\s]+\)")
_DASH_ASIDE = re.compile(r"\s[–—-]\s[^–—]{1,120}?\s[–—-](?=\s)")
_PAREN_ASIDE = re.compile(r"\s\([^()]{1,80}\)(?![\w-])")  # not "die fünf (Erz-)Bistümer"
# "(EVG)", "(Astag)", "(SVP/SG)": a name's short form or a party label, which a reader keeps
_SHORT_FORM = re.compile(r"\s\([A-ZÄÖÜ][\w/&.-]{1,11}\)")
_CLAUSE_BREAK = re.compile(r"(;\s+|,\s+(?=(?:jedoch|aber|doch|während|wobei)\b)|:\s+(?=[A-ZÄÖÜ]))")
_AND_BREAK = re.compile(r",\s+und\s+(?=(?:der|die|das|er|sie|es|man|[A-ZÄÖÜ]\w+)\s)")
# "Abstimmung über den Rückweisungsantrag: Abgelehnt mit 212 Nein zu 148 Ja.": a verdict without its
# subject after a colon tells what its label names, so the colon does not part them
_VERDICT_AFTER_COLON = re.compile(r":\s+(?:Angenommen|Abgelehnt|Genehmigt|Gutgehei(?:ss|ß)en|Bewilligt|Verabschiedet)"
                                  r"(?:\s+mit\b|\s*[,.])")


@dataclass(frozen=True)
class Clause:
    start: int  # offsets within the sentence text
    end: int
    inherited: StatementKind | None = None
    label: str = ""  # "Bedingung" for clauses listed after "stellte zwei Bedingungen:"


@dataclass(frozen=True)
class Statement:
    kind: StatementKind
    text: str
    evidence: str
    sentence: int
    cues: tuple[str, ...]


def _outside_quotes(text: str) -> list[bool]:
    """For each character, whether it stands outside quotation marks."""
    flags, depth, straight = [], 0, False
    for ch in text:
        if ch in "„«":
            depth += 1
        elif ch in "“»" and depth:
            depth -= 1
        elif ch == '"' and depth:
            depth -= 1  # „…" : a German quote closed with a straight mark
        elif ch == '"':
            straight = not straight
        flags.append(depth == 0 and not straight)
    return flags


def split_clauses(text: str) -> list[Clause]:
    outside = _outside_quotes(text)
    cuts: list[tuple[int, int, str]] = []
    for pattern in (_CLAUSE_BREAK, _AND_BREAK):
        for match in pattern.finditer(text):
            if (outside[match.start()] and match.start() > 20 and len(text) - match.end() > 20
                    and not _VERDICT_AFTER_COLON.match(text, match.start())):
                cuts.append((match.start(), match.end(), match.group(0).strip()[:1]))
    cuts.sort()
    clauses: list[Clause] = []
    cursor = 0
    for start, end, mark in cuts:
        if start < cursor:
            continue
        clauses.append(Clause(cursor, start))
        cursor = end
        if mark == ":":
            clauses.append(Clause(-1, -1, label=":"))  # marker: following clauses are a list
    clauses.append(Clause(cursor, len(text)))
    return clauses


@dataclass(frozen=True)
class Verdict:
    kind: StatementKind | None
    cues: tuple[str, ...]


_HEDGES = frozenset("aber jedoch allerdings bislang bisher noch zunächst vorerst".split())


def _no_object_given(tokens: list[Token], index: int) -> bool:
    """The verb's object is 'kein …': after it ('nannte aber keine Summe', 'nennt bislang keinen
    Termin'), or before it where it closes its clause ('könne aber keinen Zeitpunkt für einen
    Bescheid nennen')."""
    j = index + 1
    while j < len(tokens) and tokens[j].lower_ in _HEDGES:
        j += 1
    if j < len(tokens) and tokens[j].lower_.startswith("kein"):
        return True
    clause_final = index + 1 >= len(tokens) or tokens[index + 1].is_punct
    return clause_final and any(t.lower_.startswith("kein") for t in tokens[_clause_start(tokens, index):index])


def _clause_start(tokens: list[Token], index: int) -> int:
    """Where the clause of a clause-final verb begins: after the last comma, semicolon or colon,
    at most eight tokens back."""
    start = index
    while start > 0 and tokens[start - 1].text not in (",", ";", ":") and index - start < 8:
        start -= 1
    return start


def _negated(tokens: list[Token], index: int, cues: Cues, verb: bool = False) -> bool:
    # "ohne" negates only the word right after it: "ohne Einigung", not "ohne Gegenkandidaturen gewählt"
    if any(t.lower_ in cues.negation and (t.lower_ != "ohne" or j == index - 1)
           for j, t in enumerate(tokens[max(0, index - 3):index], start=max(0, index - 3))):
        return True
    if verb:  # "konnten sich nicht auf eine gemeinsame Linie verständigen": 'nicht' before the verb at the end
        start = _clause_start(tokens, index)
        if any(_negates(tokens, j) for j in range(start, index)):
            return True
        fronted = start == index or (index - start == 1 and morph.tag(tokens[start].lower_) in ("ADJ(D)", "ADV"))
        if fronted and index + 1 < len(tokens) and tokens[index + 1].lower_ in _FRONTED_AUX:
            # "Zugesagt ist noch nichts", "Abschliessend entschieden ist noch nichts", "Zugesagt hat das
            # Land noch nichts": a fronted participle (an adverb before it at most), its negation after
            # the auxiliary
            end = next((j for j in range(index + 1, len(tokens)) if tokens[j].text in (",", ";", ":")), len(tokens))
            if any(tokens[j].lower_ in ("nicht", "nichts", "nie", "niemals") for j in range(index + 2, end)):
                return True
        if tokens[index].text[:1].islower() and morph.is_finite_verb(tokens[index].text):
            # "Serbien erkennt die Unabhängigkeit weiterhin nicht an": in a main clause the
            # negation follows the finite verb, up to the end of its clause
            end = next((j for j in range(index + 1, len(tokens)) if tokens[j].text in (",", ";", ":")), len(tokens))
            if any(_negates(tokens, j) for j in range(index + 1, end)):
                return True
    words = [t.lower_ for t in tokens if t.is_alpha]
    return bool(words) and words[-1] in ("nicht", "nie", "niemals")  # "… gab es dagegen nicht."


def _negates(tokens: list[Token], j: int) -> bool:
    """'nicht' at j negates its clause ('nicht nur' and 'nicht zuletzt' do not, nor does 'nicht'
    before an attribute: 'stellten eine nicht registrierte Pumpgun sicher')."""
    following = tokens[j + 1].lower_ if j + 1 < len(tokens) else ""
    attributive = (j + 2 < len(tokens) and tokens[j + 1].text[:1].islower() and following.endswith(_DECLINED)
                   and morph.tag(following) in _ATTRIBUTE_TAGS and tokens[j + 2].text[:1].isupper()
                   and tokens[j + 2].is_alpha)
    return tokens[j].lower_ in ("nicht", "nie", "niemals") and following not in ("nur", "zuletzt") and not attributive


_DECLINED = ("e", "en", "er", "es", "em")  # endings of an adjective before its noun
_ATTRIBUTE_TAGS = frozenset(["ADJ(A)", "VV(FIN)", "VV(PP)"])  # "registrierte" reads as a finite verb out of context


def _comma_segment(tokens: list[Token], index: int) -> list[Token]:
    start = index
    while start > 0 and tokens[start - 1].text != ",":
        start -= 1
    end = index
    while end < len(tokens) and tokens[end].text != ",":
        end += 1
    return tokens[start:end]


def _has_word(words: tuple[str, ...], lowered: str) -> str | None:
    for word in words:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
            return word
    return None


def _has_prefix(stems: tuple[str, ...], lowered: str) -> str | None:
    """The first stem that starts a word of the clause ('verhandel' in 'verhandelt')."""
    for stem in stems:
        if re.search(rf"(?<!\w){re.escape(stem)}", lowered):
            return stem
    return None


_DEFINITE = frozenset("die der das den dem des diese dieser dieses diesen diesem".split())


def _drop_anaphoric(tokens: list[Token], hits: list[CueHit]) -> list[CueHit]:
    """A result noun with a definite article ('begrüßte die Einigung', 'Die Einigung gelang in
    der vierten Runde') refers back to the agreement already reported: when no other outcome cue
    stands in the clause, it adds no new outcome."""
    def anaphoric(hit: CueHit) -> bool:
        return hit.kind == "noun" and hit.token_index > 0 and tokens[hit.token_index - 1].lower_ in _DEFINITE
    if hits and all(anaphoric(h) for h in hits):
        return []
    return hits


_PASSIVE_AUX = frozenset("wird wurde wurden werden worden ist sind".split())
# the passive's and the perfect's, also in reported speech ("entschieden sei aber noch nichts")
_FRONTED_AUX = _PASSIVE_AUX | frozenset("hat haben hatte hatten sei seien werde habe".split())
_PASSIVE_PRESENT = frozenset(["wird", "werden"])  # "In jeder Region wird eine Kommission eingerichtet"


_PERMISSIONS = frozenset({"darf", "dürfen"})


def classify(tokens: list[Token], text: str, cues: Cues, background: bool = False,
             after_agreement: bool = False) -> Verdict:
    """Sort one clause: outcome, open, or neither (with the cues that decided).

    Outcome cues inside relative clauses describe background ("…, auf den sich beide vor einer
    Woche geeinigt hatten, …") and do not count; in a background sentence no outcome cue counts.
    `after_agreement`: the report has already stated an agreement, so a clause that changes
    something by a stated amount spells out its terms (see `terms` in data/cues.yaml).
    """
    relative = relative_clause_tokens(tokens)
    quoted = _quoted_tokens(tokens)  # "„Das ist ein Durchbruch“": a quoted judgement, not a result
    outcome_hits = [h for h in find_cues(tokens, text, cues.outcome)
                    if h.token_index < 0 or (tokens[h.token_index].i not in relative
                                             and h.token_index not in quoted)]
    wish = _wished_from(tokens, cues)  # "äußerte die Hoffnung, dass … unterzeichnet wird"
    condition_end = _leading_condition_end(tokens)  # "Wenn Washington im Juli erhöht, …": not done
    outcome_hits = [h for h in outcome_hits if h.token_index < wish and (h.token_index < 0 or h.token_index >= condition_end)
                    and not (h.kind == "verb" and _in_reason_clause(tokens, h.token_index))]
    if outcome_hits and all(h.kind == "noun" for h in outcome_hits) and any(
            t.lower_ in cues.prospects or t.lower_ in cues.hope for t in tokens if t.i not in relative):
        outcome_hits = []  # "Diplomaten rechnen mit einer Einigung": a result expected, not reached
    hypothetical = (any(t.lower_ in cues.hypothetical for t in tokens if t.i not in relative)
                    or _counterfactual(tokens, relative)
                    # "Der Techniker soll die Bremse zu scharf eingestellt haben": what someone is said to
                    # have done, no result (an agreement reported so still is one: "sollen sich geeinigt haben")
                    or (_ALLEGED.search(text) is not None and not any(h.cue in cues.agreement for h in outcome_hits)))
    if background or hypothetical:
        outcome_hits = []  # background, or a hypothetical ("Es wäre die größte Freilassung")
        background = True
    open_hits = find_cues(tokens, text, cues.open)
    denied = _denied(tokens, text, cues)  # "Das Ministerium wies die Vorwürfe zurück": no point left open
    if denied:
        open_hits = [h for h in open_hits if h.cue not in denied]
    guarantee = _guarantee(tokens, text, cues)  # "schließt Kündigungen aus": a promise to the other side
    if guarantee:
        open_hits = [h for h in open_hits if h.cue != guarantee.cue]
    # "darf … nur noch festhalten, wenn eine schwere Straftat droht": a verb of the condition's clause
    open_hits = [h for h in open_hits if not (h.kind == "verb" and _in_condition_clause(tokens, h.token_index))]
    words = {t.lower_ for t in tokens}
    vote_count = (any(t.like_num for t in tokens) and bool(words & cues.vote_counts or {"ja", "nein"} <= words)
                  or _TALLY.search(text) is not None  # "Die Abstimmung endete mit 14 zu 6 Stimmen"
                  # "hat eine knappe Mehrheit gegen sieben Windräder gestimmt"
                  or ("mehrheit" in words and any(t.text in cues.votes and t.text.startswith("ge") for t in tokens)))
    if vote_count:  # "Die Gesamtabstimmung: 112 Ja, 80 Nein, 4 Enthaltungen": a vote taken, not one to come
        open_hits = [h for h in open_hits if h.cue not in cues.ballots]
    if outcome_hits:  # "verabschiedeten Schlussfolgerungen, in denen sie … auffordern": the decision's content
        open_hits = [h for h in open_hits if h.token_index < 0 or tokens[h.token_index].i not in relative]
    court = not background and _court_rules(tokens, relative, cues)
    if court and any(h.kind == "verb" for h in outcome_hits):
        # "Das Bundesverwaltungsgericht hat die Nachforderung gekürzt", "… der Beschwerde
        # stattgegeben": the claim or complaint a court rules on is settled by the ruling
        open_hits = [h for h in open_hits if h.kind != "noun"]
    outcome_score = open_score = 0
    strong = False
    names: list[str] = []
    motion = any(word.endswith(cues.motions) for word in words) if cues.motions else False
    # "hat … abgelehnt" only with a motion or a voting word: "haben das rundweg abgelehnt" beside a
    # demand for "25 Prozent mehr" refuses
    voted_down = bool(words & _PASSIVE_AUX and (words & cues.vote_results or motion)) or bool(
        words & {"hat", "haben"} and (words & (cues.vote_results - {"prozent"}) or motion))
    if "abgelehnt" in words and voted_down:
        # "Die Initiative wird mit 54,1 Prozent Nein abgelehnt": a vote that decides, not a refusal
        open_hits = [h for h in open_hits if h.cue not in ("ablehnen", "lehnen+ab")]
        outcome_score += 2
        names.append("abgelehnt (Abstimmung)")
    elif motion and not background and (
            words & cues.motion_failures or ("mehrheit" in words and words & {"keine", "keinen"})
            or ("minderheit" in words and words & _STAYED)  # "Ein Antrag der Grünen blieb in der Minderheit"
            or (words & {"lehnt", "lehnte", "lehnten"} and "ab" in words
                and (words & cues.vote_results or any(word.endswith("mehrheit") for word in words)
                     or any(word.endswith(cues.voting_bodies) for word in words)))):
        # "Ein Änderungsantrag der FDP fand keine Mehrheit", "Die Ratsmehrheit lehnte den Antrag ab",
        # "Die Synode lehnte einen Änderungsantrag ab": the vote decided on the motion
        open_hits = [h for h in open_hits if h.cue not in ("ablehnen", "lehnen+ab")]
        outcome_score += 2
        names.append("Antrag abgelehnt (Abstimmung)")
    elif motion and not background and "mehrheit" in words and words & cues.motion_passes:
        # "Ein Entschließungsantrag, mit dem die Regierung aufgefordert wird, …, fand eine Mehrheit":
        # the vote adopted what the motion asks for
        open_hits = [h for h in open_hits if h.token_index < 0 or tokens[h.token_index].i not in relative]
        outcome_score += 2
        names.append("Antrag angenommen (Abstimmung)")
    elif not background and (
            (((words & {"lehnt", "lehnte", "lehnten"} and "ab" in words) or "abgelehnt" in words)
             and ("einstimmig" in words or ("stimmen" in words and any(t.like_num for t in tokens))))
            or (any(h.cue in _VOTED_REFUSALS for h in open_hits) and _TALLY.search(text) is not None)):
        # "Der Rat lehnte ihn mit 31 zu 12 Stimmen ab", "Die Konferenz lehnt einstimmig … ab",
        # "Abstimmung über den Antrag: abgelehnt mit 15 zu 29 Stimmen", "verweigerte das Gremium mit
        # elf zu acht Stimmen das Einvernehmen": a vote decided it, whatever the rejected thing is called
        open_hits = [h for h in open_hits if h.cue not in _VOTED_REFUSALS]
        outcome_score += 2
        names.append("abgelehnt (Abstimmung)")
    elif not background and court and any(h.kind == "verb" and h.cue in _REFUSALS for h in open_hits):
        # "Das Arbeitsgericht hat den Antrag auf eine einstweilige Verfügung zurückgewiesen": a judgement
        open_hits = [h for h in open_hits if not (h.kind == "verb" and h.cue in _REFUSALS)]
        outcome_score += 2
        names.append("abgelehnt (Gericht)")
    elif (cues.recommending_bodies and not background and any("empfehlen" in lemmas(t) for t in tokens)
          and any(word.endswith(cues.recommending_bodies) for word in words)):
        # "Die Mindestlohnkommission empfahl einstimmig, …": a body's recommendation is its decision
        outcome_score += 2
        names.append("empfehlen (Gremium)")
    elif (cues.funding_announcements and not background and open_hits
          and all(h.cue in cues.funding_announcements for h in open_hits) and _states_money(tokens, cues)
          and not any(word.startswith(cues.not_funding) for word in words)):
        # "Wadephul kündigt weitere 40 Millionen Euro humanitäre Hilfe an": money announced is provided
        open_hits = []
        outcome_score += 2
        names.append(FUNDS_ANNOUNCED)
    elif (elected := words & cues.vote_decisions) and words & cues.vote_results and not background:
        # "wurde mit 86,2 Prozent zur Spitzenkandidatin gewählt", "scheiterte an der nötigen Mehrheit"
        outcome_score += 2
        names.append(f"{min(elected)} (Abstimmung)")
    elif ((words & {"setzte", "setzt", "setzten", "durchgesetzt"} and ("durch" in words or "durchgesetzt" in words)
           and "sich" in words and words & cues.vote_results and not background)
          or ("niederlage" in words and words & cues.conceded)):
        # "setzte sich mit 54,8 Prozent gegen … durch", "räumte seine Niederlage ein": how an election ended
        outcome_score += 2
        names.append("Wahlausgang")
    lowered = text.lower()
    weak_outcome = _has_word(cues.weak_outcome, lowered)
    purpose_free = re.split(r",\s+um\s", lowered, maxsplit=1)[0]  # "…, um Einzelheiten zu klären": a purpose
    # the step comes after the modal: "Der Rat soll … beschließen", not "Beschlossen …, das … soll"
    modal_word = weak_outcome or _has_word(cues.pending_modals, purpose_free)
    modal = re.search(rf"(?<!\w){re.escape(modal_word)}(?!\w)", purpose_free) if modal_word else None
    pending_step = None
    if modal and any(t.lower_ == modal_word and t.i in relative for t in tokens) and not any(
            t.lower_ == modal_word and t.i not in relative for t in tokens):
        # "vereinbarten eine Arbeitsgruppe, die bis März prüfen soll": the task of what was agreed
        modal = None
    if modal:
        after = purpose_free[modal.start():]
        # "…, dass darüber die Regierung entscheiden müsse": the modal ends the clause, the step precedes it
        verb_final = not re.search(r"\w", after[len(modal_word):].split(",", 1)[0])
        window = purpose_free[max(0, modal.start() - 25):] if verb_final else after
        if _FRONTED_PASSIVE.match(purpose_free[:modal.start()]) or _FRONTED_INFINITIVE.fullmatch(purpose_free[:modal.start()]):
            # "Unterzeichnet werden soll der Vertrag im Juni", "Zustimmen muss der Gemeinderat"
            window = purpose_free[:modal.start()] + after
        # "Danach dürfen die Inselgemeinden … festlegen, dass …": a power granted, no step still to come
        # (but "will … festlegen dürfen" wants it, and "darf …, bis das Stimmvolk entschieden hat" waits)
        permission = modal_word in _PERMISSIONS and not _has_word(cues.pending_modals, purpose_free)
        own_steps = (cues.planned_steps if modal_word == weak_outcome
                     else cues.planned_steps + cues.owed_approvals if modal_word in cues.intent_modals
                     else cues.owed_approvals)
        # not a step only a relative clause names: "sollen Genehmigungen, über die … nicht
        # entschieden hat, als erteilt gelten" plans no decision
        pending_step = next((stem for stem in cues.pending_steps + own_steps if _has_prefix((stem,), window) and (
            " " in stem or any(t.lower_.startswith(stem) and t.i not in relative
                               and not (permission and morph.tag(t.text) == "VV(INF)") for t in tokens))), None)
    if not modal and not background:
        pending_step = _future_step(tokens, relative, cues)  # "Der Rat wird im Herbst entscheiden"
        modal_word = "wird" if pending_step else modal_word
    if pending_step and not background and modal_word == weak_outcome and _new_body(tokens, cues):
        # "Eine Kommission soll einmal im Jahr prüfen, ob …": the body is agreed, what it is to
        # examine is its task, no question the event left open
        outcome_score += 2
        names.append(f"{modal_word} … {pending_step} (neues Gremium)")
        pending_step = None
        before_modal = next((i for i, t in enumerate(tokens) if t.lower_ == modal_word), len(tokens))
        open_hits = find_cues(tokens[:before_modal], "".join(t.text_with_ws for t in tokens[:before_modal]), cues.open)
    elif pending_step:  # "soll erst in den kommenden Wochen geklärt werden": a step still to come
        open_score += 2
        strong = True
        names.append(f"{modal_word} … {pending_step}")
    elif weak_outcome and not background and not _has_word(cues.duration, lowered) and not any(
        t.lower_ in cues.negation for t in tokens
    ):
        outcome_score += 1
        names.append(weak_outcome)
    elif (weak_outcome and not background and _states_rule(tokens, cues)
          and re.search(r"\b(?:darf|dürfen)\b.*\b(?:nicht\s+mehr|kein\w*\b[^,;]{0,60}?\bmehr)\b", lowered)):
        # "darf künftig nicht mehr festgehalten werden": a rule that ends what was allowed
        outcome_score += 1
        names.append(f"{weak_outcome} … nicht mehr")
    outcome_hits = [h for h in _drop_anaphoric(tokens, outcome_hits)  # "Viele frühere Zusagen …": not this event's
                    if not (h.kind == "noun" and h.token_index > 0 and tokens[h.token_index - 1].lower_ in cues.earlier)]
    negated_hits = {id(hit) for hit in outcome_hits if hit.token_index >= 0 and (
        # "Eine Einigung wurde nicht erzielt": negation in the noun's own comma segment.
        (hit.kind == "noun" and any(t.lower_ in cues.negation for t in _comma_segment(tokens, hit.token_index)))
        or _negated(tokens, hit.token_index, cues, hit.kind == "verb"))
        # "Das Gericht hat die Revision nicht zugelassen": a court's denial is its ruling, and only a
        # court admits an appeal ("Die Revision wurde nicht zugelassen", "Das BFG hat die Revision …")
        and not ((court or any(t.lower_.startswith(_APPEALS) for t in tokens)) and hit.cue in cues.court_denials)}
    # "ist festgeschrieben, dass die Teilnehmer keine Gebühren zahlen": what a decision states is its
    # content, a ban decided, not a refusal
    # (or in its infinitive: "entschied einstimmig, kein Lösegeld zu zahlen")
    decided_that = next((j for j, t in enumerate(tokens) if (t.lower_ == "dass" or _opens_infinitive(tokens, j)) and any(
        h.kind == "verb" and id(h) not in negated_hits and 0 <= h.token_index < j for h in outcome_hits)), None)
    # "wurde nicht aufgehoben, sondern nur ausgesetzt": what "sondern" puts in place is the result
    instead = next((j for j, t in enumerate(tokens) if t.lower_ == "sondern" and any(
        h.kind == "verb" and id(h) not in negated_hits and h.token_index > j for h in outcome_hits)), None)
    deciding = {h.cue for h in outcome_hits if h.kind == "verb" and id(h) not in negated_hits
                and decided_that is not None and 0 <= h.token_index < decided_that}
    # "Gemeinderätin Wechselberger kritisiert, dass die Gemeinde die Lamellen zahlt": what a demand or
    # a criticism is about (its "dass" clause) is its content, no result of its own
    asked_that = next((j for j, t in enumerate(tokens) if t.lower_ == "dass" and j > 0 and tokens[j - 1].text == ","
                       and any(h.kind == "verb" and h.cue in cues.asks and 0 <= h.token_index < j - 1
                               for h in open_hits)), None)
    if asked_that is not None:
        after = tokens[asked_that].idx - tokens[0].idx  # where the clause starts in the text
        if not any(0 <= h.token_index < asked_that or (h.token_index < 0 and 0 <= text.lower().find(h.cue) < after)
                   for h in outcome_hits):
            outcome_hits = []
    # "Das Land sagte zu, bis zum Herbst über einen Härtefonds zu entscheiden": a promise to examine
    # or decide leaves that step to come
    promised = any(h.kind == "verb" and h.cue in cues.promises for h in outcome_hits)
    reviewed = {j + 1 for j, t in enumerate(tokens[:-1])
                if t.lower_ == "zu" and tokens[j + 1].lower_ in cues.reviews} if promised else set()
    if reviewed and all((h.kind == "verb" and h.cue in cues.promises) or h.token_index in reviewed
                        for h in outcome_hits):
        outcome_hits = []
        open_score += 2
        strong = True
        names.append("zusagen … zu prüfen")
    for hit in outcome_hits:
        # (not where the content denies the decision itself: "haben sich darauf geeinigt, sich nicht zu einigen")
        if (decided_that is not None and hit.token_index > decided_that and id(hit) in negated_hits
                and hit.cue not in deciding):
            continue
        if instead is not None and 0 <= hit.token_index < instead and id(hit) in negated_hits:
            continue
        if id(hit) in negated_hits:
            open_score += 2
            strong = strong or hit.kind == "verb"  # "werde einer Erhöhung nicht zustimmen": a refusal
            names.append(f"nicht {hit.cue}")
        else:
            outcome_score += 1 if hit.kind == "noun" else 2
            names.append(hit.cue)
    # (in its own clause: "macht … davon abhängig, dass Ankara diese Drohung zurücknimmt" settles nothing)
    acting_outcome = any(h.kind == "verb" and h.cue in cues.settling and _clause_opener(tokens, h.token_index) is None
                         for h in outcome_hits) and outcome_score >= 2
    for hit in open_hits:
        open_score += 1 if hit.kind == "noun" else 2
        # "verzichten auf Mehrkostenforderungen", "erhalten 6,8 Prozent ihrer Forderungen": a
        # demand noun a settling verb (`outcome.settling`) acts on is settled, not open
        strong = strong or (hit.cue in cues.strong_open and not (hit.kind == "noun" and acting_outcome))
        names.append(hit.cue)
    negation_words = [t for t in tokens if t.lower_ in cues.negation]
    for hit in find_cues(tokens, text, cues.negated_open) if negation_words else ():
        if hit.kind == "verb" and (_negated(tokens, hit.token_index, cues, verb=True)
                                   or _no_object_given(tokens, hit.token_index)):
            open_score += 2  # "Einen Termin nannten beide Seiten nicht.", "nannte aber keine Summe"
            strong = True
            names.append(f"nicht {hit.cue}")
    alpha_words = [t.lower_ for t in tokens if t.is_alpha]
    if alpha_words and alpha_words[0] in cues.conditions and any(t.text == "," for t in tokens):
        open_score += 2  # "Sollte die Regierung die Freilassung verzögern, werde man … stoppen."
        strong = True
        names.append(f"{alpha_words[0]} …")
    # "Dafür stimmen ÖVP und SPÖ, dagegen KPÖ und FPÖ": both sides named, in a ticker's present, tell a vote taken
    # ("187 Mitglieder stimmen für den Vertrag, 64 dagegen": both sides counted, too)
    past_vote = any(t.text in cues.votes and t.text.endswith(("te", "ten")) for t in tokens) or (
        ({"dafür", "dagegen"} <= words
         or ("dagegen" in words and "für" in words and sum(1 for t in tokens if t.like_num) >= 2))
        and any(t.text in cues.votes for t in tokens) and not words & _ABOUT_TO_VOTE)
    voted = past_vote or any(t.text in cues.votes and t.text.startswith("ge") for t in tokens)  # "haben … gestimmt"
    counted = any(t.like_num for t in tokens)
    # a tally in words needs both sides' numbers ("Zwölf stimmten dafür, drei dagegen"; "Die zehn
    # Arbeitnehmervertreter stimmten dagegen" counts one side)
    tallied = (counted or sum(1 for t in tokens if t.lower_ in NUMBER_WORDS) >= 2
               # "wurde mit den Stimmen von SPÖ, NEOS und Grünen angenommen, FPÖ und ÖVP stimmten
               # dagegen": the sides named for and against count the vote as well as numbers do
               or _WITH_THE_VOTES.search(text) is not None)
    opposed = words & {"gegen", "dagegen"} and not words & {"niemand", "keiner"}
    if vote_count and not background and not outcome_hits and not open_hits:
        outcome_score += 2
        names.append("Stimmenzahl")
    elif voted and tallied and opposed:
        # "Für das Gesetz stimmten 318 Abgeordnete, 224 votierten dagegen": the count of a vote taken
        outcome_score += 2
        names.append("Stimmenzahl")
    elif _vote_share(tokens, words, cues) and not background and not open_hits:
        # "In Aiterbach stimmen 63,4 Prozent für die Zusammenlegung", "51,7 Prozent stimmten Nein",
        # "Der Ja-Anteil lag bei 58,3 Prozent": the share a ballot's side won, its result
        outcome_score += 2
        names.append("Stimmenanteil")
    elif opposed and past_vote and not open_hits and any(t.text in cues.votes and t.i not in relative for t in tokens):
        # "FPÖ und Grüne stimmten dagegen": the side outvoted in a vote taken leaves nothing open
        # (unless it goes on to demand, "stimmte dagegen und besteht darauf, dass …", or the vote
        # only names who criticises: "Kritik kam von der AfD, die dagegen stimmte")
        pass
    elif opposed and any(t.text in cues.votes for t in tokens) and not (voted and not past_vote):
        open_score += 2  # "Polen will gegen das Abkommen stimmen": opposition in the vote to come
        strong = True
        names.append("gegen … stimmen")
    elif words & {"für", "dafür"} and past_vote and not counted:
        # "Das Gremium stimmte am Dienstag für eine Resolution": the vote is taken (a count, "mit
        # 212 zu 31 Stimmen", restates a decision told before)
        outcome_score += 2
        names.append("für … stimmte")
    if (cues.scheduled_words and "für" in words and words & cues.scheduled_words and not background
            and any(t.text[:1].isupper() and t.lower_.endswith(cues.scheduled_steps) for t in tokens)):
        # "der Beschluss im Nationalrat ist für Jänner geplant": a decision with its date still to come
        open_score += 2
        strong = True
        names.append("… für … geplant")
    if (cues.talks and words & cues.talk_starts and not background and not words & cues.talk_now
            and not any(word.startswith(cues.agreed_forms) for word in words)
            and any(t.text[:1].isupper() and t.lower_.endswith(cues.talks) and t.i not in relative for t in tokens)):
        # "Gespräche über einen Sozialplan sollen im Oktober beginnen": talks still to come (not
        # those that begin now, nor those an agreement sets: "vereinbart, … sollten Gespräche aufnehmen")
        open_score += 2
        strong = True
        names.append("Gespräche … beginnen")
    # "muss künftig nur noch zwei Prüfungen absolvieren": "nur noch" restricts, it leaves no step owed;
    # "darf … nur noch festhalten, wenn …": a rule narrowed, no condition still to be met; the
    # "noch" of "weder … noch" joins two things
    restricting = sum(1 for a, b in zip(tokens, tokens[1:]) if b.lower_ == "noch" and a.lower_ in ("nur", "kaum"))
    restricting += sum(1 for t in tokens if t.lower_ == "weder")
    pair_words = words if sum(1 for t in tokens if t.lower_ == "noch") > restricting else words - {"noch"}
    only_still = sum(1 for a, b in zip(tokens, tokens[1:]) if a.lower_ == "nur" and b.lower_ == "noch")
    if only_still and sum(1 for t in tokens if t.lower_ == "nur") == only_still:
        pair_words = pair_words - {"nur"}
    if "aus" in pair_words and not _closes_clause(tokens, "aus"):
        pair_words = pair_words - {"aus"}  # "Wir berichten live aus dem Rathaus, die Einträge stehen oben"
    for pair in cues.pending:
        if all(w in pair_words for w in pair) and (pair[-1] != "noch" or _in_one_clause(tokens, pair)):
            open_score += 2
            strong = True
            names.append(" … ".join(pair))
    if _unanswered_question(tokens, cues):  # "Wie viele Stellen das koste, könne er nicht beziffern"
        open_score += 2
        strong = True
        names.append("… nicht (Frage)")
    weak_text = lowered
    for masked in cues.not_weak_open:  # "und zwar" stresses
        weak_text = weak_text.replace(masked, " " * len(masked))
    for word in cues.weak_open:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", weak_text):
            open_score += 1
            names.append(word)
    alpha = [t.lower_ for t in tokens if t.is_alpha]
    # (a noun: "Zufrieden ist man dort nicht" holds "frieden" in an adjective and names no result)
    if alpha and alpha[-1] in ("nicht", "nie") and any(
            noun in t.lower_ and morph.tag(t.text).startswith("N") for t in tokens for noun in cues.result_nouns):
        open_score += 2  # "Eine Annäherung in dieser Frage gab es nicht."
        strong = True
        names.append("… nicht")
    for i, token in enumerate(tokens):
        if token.lower_ in cues.negation and token.lower_ != "nicht":
            following = " ".join(t.lower_ for t in tokens[i + 1:i + 4])
            if any(noun in following for noun in cues.result_nouns):
                open_score += 2
                strong = True
                names.append(f"{token.lower_} …")
    opener = next((o for o in cues.agreed_openers if lowered.startswith(o)), None)
    if opener and not background and not any(t.lower_ in cues.negation for t in tokens):
        # "Vereinbart wurde, die Reise nachzuholen, ein Termin soll noch abgestimmt werden": what
        # the sentence opens with was agreed; a step still to come after it is a detail of it
        return Verdict("outcome", (opener, *names))
    if not outcome_score and not open_score and after_agreement and not background:
        # a clause after a leading "Wenn …" states what would follow, no term
        term = agreed_term(tokens, text, cues) if not condition_end else None
        if term:
            return Verdict("outcome", (_TERM_CUE + term,))
    if not outcome_score and not open_score:
        return Verdict(None, ())
    if open_score and not background and _states_rule(tokens, cues) and not cues.asks.intersection(names):
        return Verdict("outcome", (*names, "künftig (Regel)"))
    if open_score and (strong or open_score > outcome_score or not outcome_score):
        return Verdict("open", tuple(names))
    return Verdict("outcome", tuple(names))


_INDEFINITE = frozenset("ein eine einen einer eines".split())
# words that open a subordinate clause: "ob … künftig", "forderte, dass künftig …" state no rule
_SUBORDINATORS = frozenset("ob wie wo wann welche welcher welches welchen dass damit wenn falls".split())


_CONDITION_OPENERS = frozenset(["wenn", "falls"])


_ABOUT_TO_VOTE = frozenset({"will", "wollen", "wolle", "werde", "werden", "wird", "soll", "sollen", "möchte",
                            "möchten"})


_COUNT_WORD = rf"(?:\d+|{'|'.join(word for word, value in NUMBER_WORDS.items() if value.isdigit())}|eins?|null)"
# a vote's count, "mit 14 zu 6 Stimmen", "mit elf zu acht Stimmen" or "mit 88 Ja zu 137 Nein"
# (figures.VOTE_TALLY, with number words)
_TALLY = re.compile(rf"\b{_COUNT_WORD}\s*(?:zu|:)\s*{_COUNT_WORD}\s+Stimmen\b"
                    rf"|\b{_COUNT_WORD}\s+Ja(?:-Stimmen)?\s*(?:zu|,|gegen)\s*{_COUNT_WORD}\s+Nein\b", re.I)
_SIDES = frozenset({"für", "gegen", "ja", "nein", "dafür", "dagegen"})


def _vote_share(tokens: list[Token], words: set[str], cues: Cues) -> bool:
    """A percentage a side of a ballot won ("stimmen 63,4 Prozent für", "54 Prozent sagten Nein", "der
    Ja-Anteil lag bei …", `vote_shares` in data/cues.yaml); not a poll's (`polls`)."""
    percent = any(a.like_num and b.lower_ in ("prozent", "%") for a, b in zip(tokens, tokens[1:]))
    if not percent or words & cues.polls:
        return False
    voting = any(t.text in cues.votes for t in tokens) or bool(words & {"sagten", "sagte"} and words & {"ja", "nein"})
    return (voting and bool(words & _SIDES)) or bool(words & cues.vote_shares)


_PAST_SUBJUNCTIVE = frozenset({"hätte", "hätten"})
_MODAL_INFINITIVES = frozenset({"sollen", "können", "müssen", "dürfen", "wollen"})


# what someone is said to have done: "soll … eingestellt haben"
_ALLEGED = re.compile(r"\bsoll(?:en)?\b(?:[^.;:]|\d\.)*\s[a-zäöüß]\w*(?:t|en)\s+haben\b")


def _counterfactual(tokens: list[Token], relative: set[int]) -> bool:
    """'Die Anlagen hätten 30.000 Haushalte versorgen sollen': what would have been, not a result
    (a bare "hätten" is also reported speech: "Sie hätten sich geeinigt"; and a ruling "hat
    entschieden, dass die Firma die Preise nicht hätte erhöhen dürfen" decides)."""
    main = [t.lower_ for t in tokens if t.i not in relative]
    first = next((k for k, word in enumerate(main) if word in _PAST_SUBJUNCTIVE), None)
    return first is not None and "dass" not in main[:first] and bool(_MODAL_INFINITIVES.intersection(main[first:]))


def _closes_clause(tokens: list[Token], word: str) -> bool:
    """'Eine Antwort steht noch aus.': the word stands where a verb's particle does, before a
    punctuation mark or 'und'; 'aus dem Rathaus' is a preposition."""
    return any(t.lower_ == word and (t.i + 1 >= len(t.doc) or not t.doc[t.i + 1].is_alpha
                                     or t.doc[t.i + 1].lower_ in ("und", "oder")) for t in tokens)


def _clause_opener(tokens: list[Token], index: int) -> int | None:
    """Index of the subordinator ("wenn", "dass", …) that opens, after a comma, the clause the token
    stands in; None in a main clause. Commas of a list inside the clause ("gegen Leib, Leben oder
    Freiheit") do not close it."""
    for i in range(index - 1, 0, -1):
        if tokens[i].text in (";", ":"):
            return None
        if tokens[i].lower_ in _SUBORDINATORS and tokens[i - 1].text == ",":
            return i
    return None


# "hat recht, wenn er verlangt …", "Es ist richtig, wenn …": a "wenn" that states, not a condition
_FACTIVE_BEFORE_IF = frozenset("recht richtig gut begrüßen verständlich nachvollziehbar".split())


def _in_condition_clause(tokens: list[Token], index: int) -> bool:
    """Whether the token stands in a clause that "wenn"/"falls" opens after a comma."""
    opener = _clause_opener(tokens, index)
    return (opener is not None and tokens[opener].lower_ in _CONDITION_OPENERS
            and not (opener >= 2 and tokens[opener - 2].lower_ in _FACTIVE_BEFORE_IF))


_ZU_INFINITIVE = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|fort|frei|her|hin|mit|nach|vor|weg|zurück|zusammen)zu\w+en$")


def _opens_infinitive(tokens: list[Token], j: int) -> bool:
    """Whether a comma at j opens an infinitive clause (", kein Lösegeld zu zahlen", ", die
    Gespräche nicht fortzusetzen"), up to the next comma."""
    if tokens[j].text != ",":
        return False
    end = next((k for k in range(j + 1, len(tokens)) if tokens[k].text in (",", ";", ":")), len(tokens))
    return any(t.lower_ == "zu" or _ZU_INFINITIVE.match(t.lower_) for t in tokens[j + 1:end])


def _in_reason_clause(tokens: list[Token], index: int) -> bool:
    """Whether the token stands in a clause "weil" opens ("geriet unter Druck – auch weil die
    US-Regierung ihre Hilfe reduzierte"): a reason told, not this event's result."""
    for i in range(index - 1, -1, -1):
        if tokens[i].text in (",", ";", ":", "–", "-"):
            return False
        if tokens[i].lower_ == "weil":
            return True
    return False


def _leading_condition_end(tokens: list[Token]) -> int:
    """Index after the comma that closes a clause opening with "Wenn"/"Falls" (0 if there is none):
    what that clause tells may happen, it has not been done."""
    first = next((t for t in tokens if t.is_alpha), None)
    if first is None or first.lower_ not in _CONDITION_OPENERS:
        return 0
    return next((i + 1 for i, t in enumerate(tokens) if t.text == ","), 0)


def _states_money(tokens: list[Token], cues: Cues) -> bool:
    """A figure followed within three words by a currency ("40 Millionen Euro", "drei Cent")."""
    return any((t.like_num or t.lower_ in NUMBER_WORDS)
               and any(u.lower_ in cues.currencies for u in tokens[i + 1:i + 4])
               for i, t in enumerate(tokens))


def _states_rule(tokens: list[Token], cues: Cues) -> bool:
    """Whether a rule word (`outcome.rules`, "künftig") stands in the clause's main part."""
    lowered = [t.lower_ for t in tokens]
    text = " ".join(lowered)
    for rule in cues.rules:
        where = f" {text} ".find(f" {rule} ")
        if where >= 0:
            before = text[:where].split()
            return not _SUBORDINATORS.intersection(before)
    return False


def _denied(tokens: list[Token], text: str, cues: Cues) -> frozenset[str]:
    """'wies die Vorwürfe zurück', 'weist das zurück': where a denial verb (`open.denials`) has an
    accusation for its object, or a pronoun pointing back to one, the cues that only deny (the verb
    and the accusation's nouns); empty where the verb refuses a demand instead."""
    hits = find_cues(tokens, text, cues.denials)
    verbs = [h for h in hits if h.kind == "verb"]
    if not verbs:
        return frozenset()
    words = [t.lower_ for t in tokens]
    if cues.denied.intersection(words) or any(
            h.token_index + 1 < len(words) and words[h.token_index + 1] in cues.denied_pronouns for h in verbs):
        return frozenset(h.cue for h in hits) | cues.denied
    return frozenset()


_STAYED = frozenset("blieb blieben bleibt bleiben".split())
_REFUSALS = frozenset(["ablehnen", "lehnen+ab", "zurückweisen", "weisen+zurück"])
_VOTED_REFUSALS = _REFUSALS | {"verweigern"}  # refusals a body may decide by vote
_SCENE_PREPOSITIONS = frozenset("vor am beim im vom zum an bei".split())
_GENITIVE_ARTICLES = frozenset("des eines".split())


def _in_one_clause(tokens: list[Token], words: Sequence[str]) -> bool:
    """'Netanjahu muss der Vereinbarung noch zustimmen': the words stand between the same commas (not
    'einigten sich noch am Dienstag darauf, dass der Zaun versetzt werden muss')."""
    return any(set(words) <= {t.lower_ for t in _comma_segment(tokens, i)}
               for i, token in enumerate(tokens) if token.lower_ == words[0])


_APPEALS = ("revision", "rechtsbeschwerde")


def _court_rules(tokens: list[Token], relative: set[int], cues: Cues) -> bool:
    """Whether a court (`courts`, or a chamber an ordinal numbers, "Der 8. Senat", or one beside an
    appeal it admits) acts in the main clause ("Das Arbeitsgericht wies … zurück", "… lehnte das
    Gericht ab"), not as the scene ("vor dem Arbeitsgericht lehnte die Firma ab") nor as whose
    proposal it was ("den Vorschlag des Gerichts")."""
    # "Eine Revision ließ der Senat nicht zu": only a court's chamber admits an appeal to a higher court
    appeal = any(t.lower_.startswith(_APPEALS) for t in tokens)
    return bool(cues.courts) and any(
        token.text[:1].isupper() and token.i not in relative
        and (token.lower_.endswith(cues.courts)
             or (token.lower_ in cues.court_chambers and (appeal or (i > 0 and _ordinal(tokens[i - 1])))))
        and not any(t.lower_ in _SCENE_PREPOSITIONS or t.lower_ in _GENITIVE_ARTICLES for t in tokens[max(0, i - 3):i])
        for i, token in enumerate(tokens))


def _ordinal(token: Token) -> bool:
    """'8.', 'Erste', 'zweiten': a number that counts a chamber."""
    text = token.text.lower()
    return (text.endswith(".") and text[:-1].isdigit()) or text.rstrip("nrs") in ORDINAL_WORDS


def _guarantee(tokens: list[Token], text: str, cues: Cues) -> CueHit | None:
    """'schließt betriebsbedingte Kündigungen aus': the verb that rules out a harm to the other
    side (`open.guarantees`), a promise rather than a refusal, as is what an agreement or law rules
    out ('Enteignungen schließt die Vereinbarung aus'); None where nothing such is ruled out."""
    if not any(t.lower_.endswith(cues.guaranteed) or (
            t.text[:1].isupper() and cues.provisions and t.lower_.endswith(cues.provisions)) for t in tokens):
        return None
    return next((h for h in find_cues(tokens, text, cues.guarantees) if h.kind == "verb"), None)


def _new_body(tokens: list[Token], cues: Cues) -> bool:
    """'soll eine gemeinsame Arbeitsgruppe …', 'Ein technischer Ausschuss soll …': a body the
    clause introduces (`outcome.new_bodies` after an indefinite article), with no step still owed
    ('noch')."""
    if any(t.lower_ == "noch" for t in tokens):
        return False
    for i, token in enumerate(tokens):
        word = token.lower_
        if token.text[:1].isupper() and any(word.endswith(body) for body in cues.new_bodies):
            if any(t.lower_ in _INDEFINITE for t in tokens[max(0, i - 4):i]):
                return True
    return False


# words that open an indirect question ("Wie viele …, kann sie nicht sagen"); "Wer …," opens a rule
_QUESTION_WORDS = frozenset("wie wann welche welcher welches welchen welchem wo warum wieso weshalb inwieweit "
                            "wohin woher wieviel".split())
_NOBODY = frozenset({"niemand", "keiner"})
# ... and, before a negated main clause of knowing or telling, "was" ("Was die Fällung kostet, konnte
# niemand sagen"); not "wer" ("Wer das verspricht, sagt nicht die Wahrheit": a rule of who does what)
_ASKED_WORDS = _QUESTION_WORDS | {"was"}


def _unanswered_question(tokens: list[Token], cues: Cues) -> bool:
    """An indirect question opens the sentence and the main clause after it says, negated, that
    no one knows or tells the answer (`open.unanswered`)."""
    if not tokens or tokens[0].lower_ not in _ASKED_WORDS or not cues.unanswered:
        return False
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None:
        return False
    # the main clause: up to the next clause's punctuation
    end = next((k for k in range(comma + 1, len(tokens)) if tokens[k].text in (";", "–", "—", ",")), len(tokens))
    main = tokens[comma + 1:end]
    negated = any(t.lower_ in cues.negation or t.lower_ in _NOBODY for t in main)
    return negated and any(lemma in cues.unanswered for t in main for lemma in lemmas(t))


def _wished_from(tokens: list[Token], cues: Cues) -> int:
    """Where a clause of hope or expectation begins: the 'dass' after 'Hoffnung', 'erwartet'
    (the token count when there is none). Phrase cues (index -1) are never cut."""
    hoping = False
    for i, token in enumerate(tokens):
        if token.lower_ in cues.hope:
            hoping = True
        elif hoping and token.lower_ == "dass":
            return i
    return len(tokens)


def main_clauses(sentence: Sentence) -> str:
    """The sentence without its relative clauses: '…, der im vergangenen Jahr verurteilt worden
    war' dates the person, not the event the main clause reports."""
    relative = relative_clause_tokens(list(sentence.tokens))
    text = sentence.text if not relative else "".join(t.text_with_ws for t in sentence.tokens if t.i not in relative)
    return _COMPARED_WITH_BEFORE.sub("", text)


# "auf 5600 Hirsche erhöht, 400 mehr als im Vorjahr": a measure against before, no background
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:mehr|weniger|höher|niedriger|als|gegenüber|verglichen\s+mit|"
                                   r"im\s+vergleich\s+zu)\s+(?:im|dem|zum)\s+(?:vorjahr|vergangenen\s+jahr)\w*", re.I)


def agreed_term(tokens: list[Token], text: str, cues: Cues) -> str | None:
    """The change verb of a clause that states a term by amount or date ("steigen … um 3,0 Prozent").

    Hedged, hypothetical or negated clauses state no term. Without a figure, a marker must say
    it is one ("Im Gegenzug richtet die Liga einen Fonds ein"), a listing word must add it to
    those stated ("Zudem zieht die Liga ihre Klage zurück"), or the clause must say in the present
    passive what is done ("In jeder Region wird eine Kommission eingerichtet")."""
    if any(t.lower_ in cues.hypothetical for t in tokens):
        return None
    relative = relative_clause_tokens(tokens)  # "…, die nicht an Weisungen gebunden ist": the noun's, not the term's
    modal = _term_modal(tokens, cues)
    if modal:  # "Kallmeyer muss sieben Werke verkaufen", "Die Schiffe dürfen keine Häfen mehr anlaufen"
        at = next(k for k, t in enumerate(tokens) if t.lower_ == modal)
        return None if _since_earlier(tokens, at, relative) else modal
    if any(t.lower_ in cues.negation and t.i not in relative for t in tokens):
        return None
    quoted = _quoted_tokens(tokens)
    hits = [h for h in find_cues(tokens, text, cues.terms)
            if h.kind == "verb" and tokens[h.token_index].i not in relative and h.token_index not in quoted]
    listed = any(t.lower_ in cues.term_listing for t in tokens)  # "Zudem zieht die Liga ihre Klage zurück"
    marker = contains_any(text, cues.term_markers)
    passive = any(t.lower_ in _PASSIVE_PRESENT and t.i not in relative for t in tokens)
    if not (any(ch.isdigit() for ch in text) or _FIGURE_WORDS.search(text) or marker or listed or (passive and hits)):
        return None
    if hits:
        return None if _since_earlier(tokens, hits[0].token_index, relative) else hits[0].cue
    if marker and any(t.text[:1].islower() and morph.is_finite_verb(t.text) for t in tokens):
        return marker  # "Eurowings will im Gegenzug … stationieren"
    return None


def _since_earlier(tokens: list[Token], index: int, relative: set[int]) -> bool:
    """'Die Prämien seien seit 2020 um ein Drittel gestiegen', 'Seither müssen Wanderer einen Umweg
    nehmen': a change since an earlier time, in the clause of the verb at `index`, explains the
    event and sets none of its terms (a noun's own past does not count: 'Die Vertrauensarbeitszeit,
    die seit 2009 galt, endet damit')."""
    return any(t.lower_ in _SINCE and t.i not in relative for t in _comma_segment(tokens, index))


# words of a span since an earlier time ("seit 2020", "Seither müssen …")
_SINCE = frozenset(["seit", "seither", "seitdem"])

# an amount in words: "verkürzte die Sperre von vier auf zwei Jahre", "um ein Drittel"
_FIGURE_WORDS = re.compile(r"\b(?:(?:um|auf|von|bis zu)\s+(?:ein(?:e[nm]?)?\s+)?(?:"
                           + "|".join((*NUMBER_WORDS, "Hälfte", "Drittel", "Viertel")) + r")"
                           + r"|die\s+Hälfte\s+de[rs])\b")  # "übernimmt die Hälfte der Kosten"
_BANS = frozenset(["darf", "dürfen"])  # negated, these state a ban ("darf keine neuen Daten verwenden")
# the cue name of a term an agreement or decision sets, before its modal or verb ("Eckpunkt: muss")
_TERM_CUE = "Eckpunkt: "
# those of an obligation it sets ("muss … vorlegen")
_OBLIGATIONS = frozenset(_TERM_CUE + modal for modal in ("muss", "müssen"))


def _term_modal(tokens: list[Token], cues: Cues) -> str | None:
    """The modal of a clause that states an obligation or a permission the agreement or decision
    sets (`terms.modals`: "muss … verkaufen", "können … wechseln", "dürfen keine … anlaufen"): the
    clause's finite verb, in the indicative, with no step still to come ("noch") and, for a
    negated one, only a ban ("darf nicht")."""
    at, finite = next(((k, t) for k, t in enumerate(tokens[:6])
                       if t.text[:1].islower() and morph.is_finite_verb(t.text)), (0, None))
    if finite is None or finite.lower_ not in cues.term_modals:
        return None
    if any(t.lower_ in ("wir", "ich") for t in tokens[max(0, at - 1):at + 2]):
        return None  # "Wir müssen jetzt zuerst hinhören": a speaker's resolve, no term set
    words = {t.lower_ for t in tokens}
    if "noch" in words or ((words & cues.negation) - {"ohne"} and finite.lower_ not in _BANS):
        return None
    return finite.lower_


def _quoted_tokens(tokens: list[Token]) -> set[int]:
    """Positions of the tokens inside quotation marks."""
    flags = _outside_quotes("".join(t.text[:1] for t in tokens))
    return {i for i, outside in enumerate(flags) if not outside}


def _tokens_in(sentence: Sentence, start: int, end: int) -> list[Token]:
    lo, hi = sentence.start + start, sentence.start + end
    return [t for t in sentence.tokens if lo <= t.idx < hi]


def _strip_connectives(text: str, cues: Cues) -> str:
    """Drop leading connectives and put the subject back before the verb ("Zudem soll es" -> "Es soll");
    where no subject can go first ("Zudem sollen rund 220 Mitarbeitern …") the connective stays."""
    original = text
    changed = True
    while changed:
        changed = False
        lowered = text.lower()
        for word in cues.connectives:
            if lowered.startswith(word + " ") or lowered.startswith(word + ","):
                aside = lowered.startswith(word + ",")
                text = text[len(word):].lstrip(" ,")
                if aside:  # "Außerdem, auch das war Teil des Gesprächs, sollen …"
                    head, sep, rest = text.partition(", ")
                    if sep and rest.split(" ", 1)[0][:1].islower() and morph.is_finite_verb(rest.split(" ", 1)[0]):
                        text = rest
                changed = True
                break
        for opener in cues.source_openers:
            if lowered.startswith(opener + " "):
                dropped = _drop_until_finite_verb(text)
                changed = changed or (bool(dropped) and dropped != text)  # no finite verb found: stop
                text = dropped
                break
    restored = _restore_verb_second(text)
    first = text.split(" ", 1)[0]
    if (text != original and first[:1].islower() and first not in _NOT_VERBS and restored.split(" ", 1)[0].lower() == first
            and morph.is_finite_verb(first)):
        return original  # the verb would open the sentence
    return restored


def _drop_until_finite_verb(text: str) -> str:
    words = text.split(" ")
    for i, word in enumerate(words[1:8], start=1):
        if word[:1].islower() and morph.is_finite_verb(word.strip(",")) and words[i - 1].lower() not in _ARTICLE_WORDS:
            return " ".join(words[i:])  # (not "dem unterzeichneten Vertrag": an adjective after its article)
    return text


_ARTICLE_WORDS = frozenset("der die das dem den des ein eine einem einen einer eines".split())


_SUBJECT_START = frozenset("der die das ein eine einer eines es er sie man wir je jeweils beide beiden alle mehrere viele".split())
_PRONOUNS = frozenset("es er sie man wir".split())
_NP_GLUE = frozenset("und oder sowie je jeweils".split())


def _subject_end(words: list[str], j: int = 1) -> int:
    """End of a simple subject noun phrase starting at words[j]: articles, adjectives, numbers,
    then capitalised nouns or names ('je 175 Kriegsgefangene', 'russische und amerikanische Teams'),
    and a second such phrase after "und" ('der Gasimporteur VNG und der Energiekonzern Sonatrach')."""
    if words[j].lower() in _PRONOUNS:
        return j + 1
    start = j
    while j < len(words) and j < start + 6 and (
        words[j].lower() in _SUBJECT_START or words[j].lower() in _NP_GLUE
        or (words[j] in ("von", "van", "de") and j + 1 < len(words) and words[j + 1] in ("der", "den"))
        or words[j].replace(".", "").isdigit()
        or (words[j][:1].islower() and words[j].endswith(("e", "en", "er", "es", "em")) and not morph.can_be_verb(words[j]))
    ):
        j += 1
    start_nouns = j
    j = _noun_run_end(words, j, limit=start + 7)  # "Belgrad und Pristina"
    if j == start_nouns:
        return 0
    # two common nouns in a row are the subject and the object ("kündigte das Ministerium
    # Erleichterungen an"), where a name goes on one ("die Stadt Wien")
    j = next((k for k in range(start_nouns + 1, j) if morph.tag(words[k]) == "NN" and morph.tag(words[k - 1]) == "NN"
              and not _place_adjective(words[k - 1])), j)
    j = _genitive_attributes_end(words, j)
    if 0 < j < len(words) - 1 and words[j + 1][:1].isupper() and (
            (words[j] == "für" and words[j - 1].lower().endswith(_NAMED_BY_FIELD))
            or (words[j] == "von" and words[j - 1] == "Regierung")):
        # "muss das kantonale Amt für Gemeinden und Raumordnung …", "muss die Regierung von Oberfranken …",
        # "befasst sich die Kommission für Umwelt, Raumplanung und Energie des Ständerates …": the
        # office's name goes on with its field or district (and whose office it is)
        j = _genitive_attributes_end(words, _noun_run_end(words, j + 1))
        if not j:
            return 0
    if (j + 2 < len(words) and words[j] == "von" and re.fullmatch(r"\d[\d'.,]*", words[j + 1])
            and words[j + 2][:1].isupper()):
        j += 3  # "der Kredit von 240'000 Franken": an amount that belongs to the noun
    if 0 < j < len(words) - 2 and words[j] in ("und", "sowie") and words[j + 1] in _DEFINITE:
        return _subject_end(words, j + 1) or j
    return j


def _place_adjective(word: str) -> bool:
    """"Leipziger", "Wiener": a town's adjective, capitalised before the noun it describes."""
    return word.endswith("er") and morph.is_proper_noun(word[:-2])


def _noun_run_end(words: list[str], start: int, limit: int | None = None) -> int:
    """End of the capitalised nouns or names from `start`, joined by "und"/"oder" ('Belgrad und Pristina')."""
    j, end = start, len(words) if limit is None else min(limit, len(words))
    while j < end and (words[j][:1].isupper() or (
            words[j] in _NP_GLUE and j > start and j + 1 < len(words)
            and (words[j + 1][:1].isupper() or _TAIL_ONLY.match(words[j + 1])))
            or (j > start and words[j - 1] in _NP_GLUE and _TAIL_ONLY.match(words[j]))  # "und -chefs"
            or (j > start and _SHORT_FORM_WORD.fullmatch(words[j]))):  # "die Agrarministerkonferenz (AMK)"
        j += 1
    # a comma goes on a list only where "und"/"oder" closes it ("Serbien, Kosovo und Albanien");
    # else a clause starts there ("sagte Li, China sei bereit")
    commas = [k for k in range(start, j - 1) if words[k].endswith(",")]
    if commas and not any(words[k] in ("und", "oder") for k in range(commas[-1] + 1, j)):
        return commas[0] + 1
    return j


_SHORT_FORM_WORD = re.compile(r"\([A-ZÄÖÜ][\w-]*\)")
_TAIL_ONLY = re.compile(r"-[a-zäöü]\w+$")  # "die Regierungschefinnen und -chefs"


_NAME_PREPOSITIONS = frozenset("für zur zum".split())
# offices named by their field after "für" ("Amt für Umwelt", "Zentrum für Islamische Theologie")
_NAMED_BY_FIELD = ("amt", "ministerium", "kommission", "ausschuss", "zentrum", "stelle", "institut", "direktion",
                   "behörde", "departement", "agentur")


def _genitive_attributes_end(words: list[str], j: int) -> int:
    """The subject read on over its genitive attributes ('sinkt die Zahl der gelisteten Schiffe auf
    …' -> 'Die Zahl der gelisteten Schiffe sinkt …'); 0 where the phrase goes on in a way a moved
    verb would split ('des Bundesministeriums für …', 'der Stauhaltungen X und Y, bei denen …')."""
    extended = False
    # a second "der" is more often an object than another attribute ("der Aufsichtsrat der LVB der Einigung")
    while j + 1 < len(words) and (words[j] == "des" or (words[j] == "der" and not extended)):
        k = j + 1
        while k < len(words) and words[k][:1].islower() and words[k].endswith(("e", "en", "er", "es")) and (
                not morph.can_be_verb(words[k])):
            k += 1  # "der gelisteten"
        m = _noun_run_end(words, k)
        if m == k:
            break
        if words[m - 1].endswith(","):
            return 0
        j, extended = m, True
    if extended and j < len(words) and words[j] in _NAME_PREPOSITIONS:
        return 0
    return j


def _restore_verb_second(text: str) -> str:
    """'soll es einen Austausch geben' -> 'Es soll einen Austausch geben' (subject before verb);
    'einigten sich Belgrad und Pristina darauf' -> 'Belgrad und Pristina einigten sich darauf'."""
    words = text.split(" ")
    if len(words) >= 3 and words[0][:1].islower() and words[0].isalpha() and words[0] not in _NOT_VERBS and (
            morph.is_finite_verb(words[0]) or morph.can_be_verb(words[0])):
        reflexive = words[1] == "sich"
        rest = words[1:] if not reflexive else words[2:]
        end = _subject_end([words[0]] + rest)
        if end:
            subject = rest[:end - 1]
            subject[0] = subject[0][:1].upper() + subject[0][1:]
            verb = [words[0]] + (["sich"] if reflexive else [])
            if subject[-1].endswith(","):  # "beschloss die Regierung, den Pfad …": the comma stays before the clause
                subject[-1] = subject[-1][:-1]
                verb[-1] += ","
            return " ".join(subject + verb + rest[end - 1:])
    return text[:1].upper() + text[1:] if text else text


# lowercase words that may open a clause after a connective without being its verb
_NOT_VERBS = frozenset("der die das den dem des ein eine in im an am auf aus bei mit nach von vor zu zum zur für über "
                       "unter um durch gegen ohne bis seit und oder auch noch nur so wie als".split())


_SPEAKER_END = frozenset("an in im am zu zum zur nach bei vor gegenüber auf mit weiter weiterhin dazu dann".split())


def _attribution(text: str, cues: Cues) -> tuple[int, str] | None:
    """(cut position, speaker) of a trailing source clause: ', so der Pressedienst', ', sagte Vance'."""
    outside = _outside_quotes(text)
    for match in re.finditer(r",\s+wie\s", text):  # ", wie das Ministerium am Mittwoch, 15. Januar, mitteilte"
        tail_words = text[match.end():].rstrip(" .").split()
        if outside[match.start()] and tail_words and len(tail_words) <= 20 and (
            morph.analyze(tail_words[-1].strip(".,"))[0].lower() in cues.reporting_verbs
        ):
            return match.start(), ""
    for match in reversed(list(re.finditer(r",\s+", text))):
        if not outside[match.start()]:
            continue
        tail_words = text[match.end():].rstrip(" .").split()
        if not tail_words or len(tail_words) > 20:
            return None
        head = tail_words[0].lower()
        if head in ("dass", "um", "damit", "wenn", "weil", "ob", "die", "der", "das", "und", "oder"):
            return None
        reporting = [
            i for i, w in enumerate(tail_words[:3] + tail_words[-2:])
            if w[:1].islower() and morph.analyze(w.strip(".,"))[0].lower() in cues.reporting_verbs
        ]
        if head == "so" and len(tail_words) > 1 and not morph.is_finite_verb(tail_words[1]):
            return match.start(), " ".join(_speaker(tail_words[1:]))
        if head == "wie" and reporting:
            return match.start(), ""
        if reporting and reporting[0] == 0:
            head_text = text[:match.start()].strip()
            if head_text[:1] not in _QUOTE_CHARS and not _has_verb(head_text):
                return None  # "Der Präsident der SVP, Roman Zehnder, spricht von …": the subject's apposition
            return match.start(), " ".join(_speaker(tail_words[1:]))
        return None
    return None


def _speaker(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word.lower() in _SPEAKER_END or word.lower() in ("es",):
            break
        out.append(word.strip(".,"))
    return out


_NOT_TOLD = _NOBODY | {"nicht", "nie"}


def _trim_attribution(text: str, cues: Cues) -> str:
    """Drop a trailing source clause; a quotation keeps its speaker in front ('Vance: „…“'). A
    negated one ("…, sagt er nicht") tells what is not known and stays."""
    found = _attribution(text, cues)
    if not found:
        return text
    cut, speaker = found
    if _NOT_TOLD.intersection(re.findall(r"\w+", re.split(r"[;:]", text[cut:])[0].lower())):
        return text  # "Welche Projekte gestrichen würden, sagt er nicht": the clause is the news
    head = text[:cut].strip()
    if head[:1] in _QUOTE_CHARS and head[-1:] in _QUOTE_CHARS and speaker:
        quote = head.strip(_QUOTE_CHARS + " ")
        return f"{speaker[:1].upper()}{speaker[1:]}: „{quote}“"
    return head


# "O-Ton Franz Hödl, Geschäftsführer der Kompost GmbH: …": a broadcast transcript's speaker, with
# the role after the name
_SOUNDBITE_LABEL = re.compile(r"^O-Ton\s+(?P<name>[A-ZÄÖÜ][^,:]{1,60}?)(?:,[^:]{1,100})?:\s+(?=[A-ZÄÖÜ„\"»«])")
_CLOSING_QUOTE = {"„": "“", "«": "»", "»": "«", '"': '"'}


def _unquoted(answer: str) -> str:
    """'«Wir haben nie verlangt, …' -> 'Wir haben nie verlangt, …': a label says whose words they are,
    so the quotation marks go, also where the quotation goes on in the next sentence."""
    if answer[:1] not in _CLOSING_QUOTE:
        return answer
    closing, inner = _CLOSING_QUOTE[answer[0]], answer[1:]
    if closing not in inner:
        return inner
    if inner.count(closing) == 1 and inner.endswith(closing):
        return inner[:-1]
    return answer


def _without_speaker_label(text: str) -> str:
    """The answer without its speaker's label, unless the answer speaks in the first person ("LEA
    SCHÜRMANN: Wir haben uns … verständigt" keeps "Lea Schürmann:", or no one would know who). A
    broadcast soundbite keeps its speaker's name without the role ("O-Ton Pius Gerber,
    Gemeindepräsident: «Wir helfen gern." -> "Pius Gerber: Wir helfen gern.")."""
    soundbite = _SOUNDBITE_LABEL.match(text)
    label = soundbite or SPEAKER_LABEL.match(text)
    if not label:
        return text
    answer = text[label.end():]
    if soundbite:  # a soundbite is a quotation: whose it is stays
        return f"{soundbite.group('name')}: {_unquoted(answer)}"
    if not opens_in_first_person(answer):
        return answer
    return " ".join("-".join(part.capitalize() for part in w.split("-")) if w.isupper() and len(w) > 1 else w
                    for w in label.group(0).split(" ")) + answer  # "MEINL-REISINGER:" -> "Meinl-Reisinger:"


def _aside_or_short_form(match: re.Match[str]) -> str:
    return match.group(0) if _SHORT_FORM.fullmatch(match.group(0)) else ""


def clean_item_text(raw: str, cues: Cues, label: str = "") -> str:
    text = TICKER_TIME.sub("", _MD_LINK.sub(r"\1", raw).strip())  # a ticker entry's time is in its evidence
    # an aside goes, unless its figures are the point ("Der Schlüssel - 40 Prozent Bund, 35 Prozent Land - bleibt")
    text = _DASH_ASIDE.sub(lambda m: m.group(0) if re.search(r"\d", m.group(0)) else "", text)
    text = _PAREN_ASIDE.sub(_aside_or_short_form, text)
    text = text.strip().rstrip(".!?;:, ").strip()
    text = _without_speaker_label(text)  # "Albers: Das entscheidet ein Gremium": an interview's answer
    text = _trim_attribution(text, cues)
    text = _strip_connectives(text, cues)
    for word in ("zudem", "außerdem", "darüber hinaus", "ebenfalls", "stattdessen"):
        text = re.sub(rf"\s{word}(?=[\s,])", "", text)
    text = re.sub(r"\s{2,}", " ", text).strip(" ,")
    if _unbalanced(text):
        text = text.strip(_QUOTE_CHARS + " ")
    if not text:
        return ""
    text = text[:1].upper() + text[1:]
    if label:
        text = f"{label}: {text}"
    if text.endswith(tuple(_QUOTE_CHARS)) and text[-2:-1] in (".", "!", "?"):
        return text
    return text if text.endswith((".", "!", "?")) else text + "."


def _unbalanced(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("„") != text.count("“")


def _intro_label(text: str) -> str:
    lowered = text.lower()
    for stem, label in zip(("beding", "forder", "voraussetzung"), _LIST_LABELS):
        if stem in lowered:
            return label
    return ""


def extract_statements(
    analysed: Analysed, knowledge: Knowledge, people_by_sentence: dict[int, list[str]] | None = None,
    third_party: frozenset[int] = frozenset(), earlier: frozenset[int] = frozenset(),
    event_day: frozenset[int] | None = None, organisations_by_sentence: dict[int, list[str]] | None = None,
    subjects: dict[int, str] | None = None, speaker: str = "", sides_by_sentence: dict[int, list[str]] | None = None,
    later: frozenset[int] = frozenset(),
) -> tuple[list[Item], list[Item]]:
    """Outcome and open items of a report; sentences in `third_party` (reactions of actors outside
    the event, see actors.third_party_sentences) yield neither; sentences in `earlier` (dated
    before the event, see dates.earlier_sentences) yield no outcome, and no open issue where their
    main clause is in the pluperfect. Where the event's date is known, `event_day` holds the
    sentences naming its day (dates.event_day_sentences): any other main clause in the pluperfect
    states a position taken before the event, and yields no open issue either, unless it says it
    was taken for the event (`run_up`: "Im Vorfeld des Telefonats hatte Trump … genannt").
    `sides_by_sentence`: the organisations each sentence names (canonical, no media), for whom a
    speaker introduced by office acts (anaphora.speakers_sides). `later`: the sentences that name a
    day or month after the event's (dates.later_sentences), where a body's deliberation in the
    present tense is a step still to come."""
    cues = compiled_cues(knowledge)
    people_by_sentence = people_by_sentence or {}
    organisations_by_sentence = organisations_by_sentence or {}
    subjects = subjects or {}
    sides_by_sentence = sides_by_sentence or {}
    genders = knowledge.roles.genders
    party_names = _party_names(knowledge)
    statements = []
    agreed = False  # an outcome is already stated: later amounts spell out its terms
    previous_background = False
    previous_end = -1
    questions = [s.start for s in analysed.sentences if is_question(s.text)]
    # an interview: from its first question on, answers give positions, not results, unless they
    # state a decision ("Der Kreistag hat beschlossen, …")
    answers_from = questions[0] if len(questions) >= INTERVIEW_QUESTIONS else len(analysed.text)
    for sentence in analysed.sentences:
        words = {t.lower_ for t in sentence.tokens}
        same_paragraph = previous_end >= 0 and "\n" not in analysed.text[previous_end:sentence.start]
        background = contains_any(main_clauses(sentence), cues.background) is not None or (
            previous_background and same_paragraph and bool(words & cues.reported_speech)
        )
        previous_background, previous_end = background, sentence.end
        outsider = sentence.index in third_party
        if superseded(sentence.text, cues) or about_the_report(sentence.text):
            continue  # "Wir schließen damit unseren Ticker", "… den Ticker": the report speaks of itself
        if _WITHOUT_IT.match(_without_speaker(sentence.text)):
            continue  # "Ohne die Einigung hätte die Fährgesellschaft den Betrieb beschränkt": what would have been
        if _NOT_OVER_YET.match(sentence.text):
            continue  # "Abgeschlossen ist die Causa damit nicht.": that something stays open, not what
        if _verbless_line(sentence):
            continue  # "Die Stadtratssitzung vom 18.09.2025 zum Nachlesen – mit … knappen Abstimmungen": a subline
        if _SINCE_EARLIER.match(_without_speaker_label(sentence.text)):  # (also after "Andrea Fuchs:")
            continue  # "Seit 1970 gilt, dass …", "Seit der Reform 2021 können …": a state since before the event
        if is_question(sentence.text) or _ADDRESSED.match(_without_speaker_label(sentence.text)):
            # "Was hat der Kreistag nun beschlossen?", "Frau Studer, der Grosse Rat hat Ja gesagt.": the
            # interviewer's question, or the lead-in to it, states nothing the answers do not
            continue
        if sentence.start < answers_from < len(analysed.text) and _TELLS_WHAT_FOLLOWS.search(sentence.text):
            continue  # "Die Sicherheitschefin erklärt, was sich ändert – und was noch offen ist.": the teaser
        pluperfect = pluperfect_main_clause(sentence.text)
        # "Das Kuratorium hatte gestern … entschieden": the pluperfect of a press review tells the event
        on_event_day = event_day is not None and sentence.index in event_day
        background = (background or sentence.index in earlier or (pluperfect and not on_event_day)
                      or standing_situation(sentence.text, cues))
        if assessment(sentence.text, cues):
            continue
        before_event = (event_day is not None and sentence.index not in event_day
                        and contains_any(sentence.text, cues.run_up) is None)
        earlier_position = pluperfect and (sentence.index in earlier or before_event)
        stated = merge_clauses(sentence_statements(sentence, cues, background, agreed))
        if (all(statement.kind == "outcome" for statement in stated) and not background
                and _scheduled_deliberation(sentence, sentence.index in later, cues)):
            # "Der Grosse Rat berät die Vorlage am 22. Oktober": a step still owed, whoever owes it;
            # "Der Einwohnerrat entscheidet im Januar über den Kredit" decides nothing yet
            text = clean_item_text(sentence.text, cues)
            if _has_content(text):
                statements.append(Statement("open", text, sentence.text, sentence.index, ("anstehende Beratung",)))
            continue
        for statement in stated:
            if statement.kind == "open" and earlier_position:
                continue  # "BBVA hatte sein Angebot im Mai 2024 vorgelegt": a position of before the event
            if statement.kind == "open" and statement.cues and cues.open_not_alone.issuperset(statement.cues):
                continue  # "Die Gemeinde zahlt für den Umbau nichts.": a term, no point left open
            if outsider and not _kept_from_outsider(statement, sentence, cues):
                continue  # an outsider's reaction
            if statement.kind == "open" and _blanket_criticism(statement, sentence, cues):
                continue  # "Die FPÖ kritisierte das Paket scharf.": a reaction, nothing named open
            if statement.kind == "open" and _maxim(statement, sentence, cues):
                continue  # "Wer bezahlbare Mieten will, muss bauen lassen.": whoever, not a point of the event
            if _first_word(sentence.text) in cues.former_state and (
                    statement.kind == "outcome" or not _STILL_OPEN.search(statement.text)):
                # "Bisher galten bei uns 50 Mikrogramm …", "Bislang verlangt das Land ein achtsemestriges
                # Studium": the state the event changes ("Bisher gelten …, und ob … ist offen" asks still)
                continue
            if statement.kind == "outcome" and _party_vote(statement, sentence, party_names, cues):
                continue  # "Die Grünen stimmten zu, mahnten aber …": a group's vote, not the decision
            if statement.kind == "outcome" and (_opens_with_quote(sentence.text) or _within_quote(analysed, sentence)):
                continue  # "«Das Geld soll ins Netz zurückfließen», sagte Pröll.": a voice, no result
            if (statement.kind == "open" and _opens_with_quote(sentence.text)
                    and not any(cue.removesuffix(" …") in cues.quoted_open for cue in statement.cues)):
                continue  # "«Wir wollen wissen, ob die kühlen Orte angenommen werden»": a view, nothing it sets
            if (statement.kind == "outcome" and sentence.start > answers_from
                    and not _decides(statement, cues) and not _FIGURE.search(statement.text)
                    and not _done_in_perfect(sentence)):
                # "Kein Krankenhausstandort wird geschlossen": a promise; a term with its figure stays, and
                # a deed told in the perfect ("Wir haben die Voltra Mobility mit dem Betrieb beauftragt")
                continue
            opening = (opening_noun_phrase(analysed.sentences[sentence.index - 1].tokens, genders)
                       if sentence.index > 0 and statement.text.startswith(("Er ", "Sie ")) else None)
            text = resolve_pronoun(statement.text, people_by_sentence.get(sentence.index - 1, []), opening,
                                   subjects.get(sentence.index - 1, ""), genders)
            if not _has_content(text) and not (statement.kind == "open" and _asks_particular(text)):
                continue  # "Ob es dabei bleibt, ist offen.": nothing a reader could act on
            statements.append(Statement(statement.kind, text, statement.evidence, statement.sentence, statement.cues))
            agreed = agreed or statement.kind == "outcome"
    body = body_start(analysed)
    interview = len(questions) >= INTERVIEW_QUESTIONS  # its teaser states the facts the answers discuss
    if body and not interview and any(statement.sentence >= body for statement in statements):
        # a teaser above the dateline or byline announces what the body states with its particulars
        statements = [statement for statement in statements if statement.sentence >= body]
    if len(analysed.sentences) >= _REACH_MIN_SENTENCES and not interview:
        # "Die Kantone stellen sich hinter das Vertragspaket – allerdings mit Bedingungen.": the lead
        # gives the news with its caveat in brief; the body tells the caveat with its particulars
        statements = [statement for statement in statements
                      if not (statement.kind == "open" and statement.sentence == body)]
    statements = _with_stated_conditions(_with_referents(statements, analysed, cues), analysed, cues)
    statements = absorb_teasers(join_anaphoric(statements), analysed, cues)
    # a question kept for the sentence before it ("…; wann dort wieder normal produziert wird, ist
    # unklar") and told alone still names nothing ("Wie es nun weitergeht, ist offen.")
    statements = [statement for statement in statements if _has_content(statement.text)]
    outcome: list[Item] = []
    open_issues: list[Item] = []
    kept: list[tuple[StatementKind, frozenset[str], frozenset[str]]] = []
    seen: set[str] = set()  # exact repeats (a pasted paragraph twice), however few their words
    agreement_stated: frozenset[str] | None = None  # content words of the first bare agreement
    introduced = introducing_nouns(analysed.text, {n for names in organisations_by_sentence.values() for n in names})
    speakers = speakers_sides([s.text for s in analysed.sentences], people_by_sentence, sides_by_sentence,
                              knowledge.roles.cabinet)
    last_outcome = -10  # the sentence of the latest outcome that is more than a vote's count
    decision_item: Item | None = None  # the latest outcome item, where it states a decision
    for statement in statements:
        words = content_words(statement.text)
        same = " ".join(statement.text.split()).casefold()
        # a near-duplicate of the same kind repeats a point; across kinds only a near-copy does
        units = _name_units(statement.text)
        if same in seen or any(similarity(words, other) >= _REPEAT_SHARE if kind == statement.kind
                               else _near_copy(units, other_units) for kind, other, other_units in kept):
            continue
        if statement.kind == "outcome" and bare_agreement(statement, cues.agreement):
            if agreement_stated is not None and agreement_stated & words:
                continue  # the lead's "haben sich geeinigt" told again in the body: one is enough
            agreement_stated = agreement_stated or words
        kept.append((statement.kind, words, units))
        seen.add(same)
        if (statement.kind == "outcome" and len(analysed.sentences) >= _REACH_MIN_SENTENCES
                and statement.sentence > cues.outcome_reach * len(analysed.sentences)
                and not cues.agreement.intersection(statement.cues) and not _decides(statement, cues)
                and not _voted(statement, ballot=True)):
            if not _OBLIGATIONS.intersection(statement.cues):
                continue  # the end of a news report gives background and reactions, not its results
            # "Vor Baubeginn muss Kraus ein aktualisiertes Immissionsgutachten vorlegen": told at the
            # end, an obligation is a step still owed (blind 1972: 27 of 47 such sentences were open
            # issues in the references, 4 outcomes)
            statement = Statement("open", statement.text, statement.evidence, statement.sentence, statement.cues)
        bare = statement.kind == "outcome" and _bare_tally(statement.text, cues)
        # decision_item is the last outcome item whenever it is set: any other outcome item resets it
        if (statement.kind == "outcome" and bare and decision_item is not None
                and statement.sentence - last_outcome == 1):
            # "Der Landtag hat … beschlossen. 80 Abgeordnete stimmten dafür, 63 dagegen.": the decision's count
            # (one that says what it counts, "Der Entscheid fiel mit 214 zu 167 Stimmen", is an item of its own)
            outcome[-1] = decision_item = Item(_told_on(decision_item.text, statement.text), decision_item.evidence)
            continue
        if bare:
            if 0 <= statement.sentence - last_outcome <= 2:
                continue  # the count of an outcome told just before
        elif statement.kind == "outcome":
            last_outcome = statement.sentence
        target = outcome if statement.kind == "outcome" else open_issues
        # named after the repeat check: a name shared with another item makes no two points one
        earlier = [name for index in range(statement.sentence) for name in organisations_by_sentence.get(index, [])]
        text = name_generic_noun(statement.text, earlier, genders, knowledge.actors.organisation_words, introduced)
        text = name_speakers_side(text, speakers)
        if analysed.sentences[statement.sentence].start > answers_from:
            text = name_first_person(text, speaker)  # "Wir haben beschlossen …" in an answer: whose words
        elif len(people_by_sentence.get(statement.sentence - 1, [])) == 1:
            # "Man werde den Bescheid anfechten" after "Die Sprecherin Anna Berg sagte, …": the one person
            # named before (an organisation named there is as often the one spoken of as the speaker)
            voice = people_by_sentence[statement.sentence - 1][0]
            text = name_first_person(text, voice, reported=True)
            if not people_by_sentence.get(statement.sentence) and not sides_by_sentence.get(statement.sentence):
                text = name_reported_speaker(text, voice)  # "Es fehle eine verbindliche Regel": whose words
        elif (not people_by_sentence.get(statement.sentence - 1) and statement.sentence - 1 in subjects
              and len(set(sides_by_sentence.get(statement.sentence - 1, []))) == 1
              and not people_by_sentence.get(statement.sentence) and not sides_by_sentence.get(statement.sentence)):
            # "Im Trilog dürfe es keine Verwässerung geben" after "Der BDI forderte …": the body that spoke
            text = name_reported_speaker(text, sides_by_sentence[statement.sentence - 1][0])
        target.append(Item(text, statement.evidence))
        if statement.kind == "outcome":
            decision_item = target[-1] if _decides(statement, cues) else None
    # "Die Abstimmung ist durch.": a vote taken; "Jetzt folgt die Schlussabstimmung", "Die Abstimmung
    # läuft": one under way, which the result the report gives settles
    open_issues = [item for item in open_issues if not _VOTE_TAKEN.match(item.text)
                   and not (outcome and _VOTE_UNDER_WAY.search(item.evidence))]
    return outcome, open_issues


# a sentence that opens by saying a vote is taken ("Die erste grosse Abstimmung ist durch."; not "Kaum ist
# die Abstimmung vorbei, kündigt die FDP das Referendum an", whose point is the referendum)
_VOTE_TAKEN = re.compile(r"^Die (?:\w+ ){0,2}\w*[Aa]bstimmung (?:ist|war) (?:durch|geschlagen|vorbei)\b")
# a vote a live report tells as under way (not "Die Urabstimmung läuft bis Mittwoch", still to come;
# "Jetzt wird abgestimmt, per Handerheben")
_VOTE_UNDER_WAY = re.compile(r"\b(?:\w*[Aa]bstimmung (?:läuft(?!\s+bis)|beginnt\.)"
                             r"|folgt(?: jetzt| nun)? die (?:\w+ )?\w*[Aa]bstimmung\b|[Hh]eute entscheide[tn]\b"
                             r"|\b(?:[Jj]etzt|[Nn]un) wird (?:\w+ )?abgestimmt\b)")


# words of a vote's count besides its numbers and vote words ("Das Ergebnis: 201 Ja, 24 Nein",
# "fünf enthielten sich", "eine BSW-Abgeordnete enthielt sich")
_TALLY_WORDS = frozenset("das der die den dem ergebnis für mit bei und sich ja nein dafür dagegen enthalten "
                         "ein eine einer keine".split())


def _bare_tally(text: str, cues: Cues) -> bool:
    """A sentence that gives only how a vote was counted, naming at most what was voted on ('Für den
    Etat stimmten 64 Abgeordnete, 55 stimmten dagegen', 'Die Gesamtabstimmung: 112 Ja, 80 Nein')."""
    words = [w.lower() for w in re.findall(r"[\wÄÖÜäöüß-]+", text)]
    counted = cues.group_votes | cues.vote_counts | cues.voters
    rest = [w for w in words if not (w.isdigit() or w in NUMBER_WORDS or w in counted or w in _TALLY_WORDS)]
    return len(rest) <= 1 and bool(counted.intersection(words) - cues.voters)


_FIGURE = re.compile(r"\d")
# An interviewer addressing the interviewee: "Frau Pölzl, seit Montag ist der Streit beigelegt."
_ADDRESSED = re.compile(r"^\W*(?:Frau|Herr)\s+(?:[A-ZÄÖÜ][\w-]+\s+){0,2}[A-ZÄÖÜ][\w-]+\s*,\s")
# A sentence that opens with "Seit" and an earlier point tells a standing state, not the event (but
# "Seit diesem Mittwoch ist es amtlich", "Seit Mittwoch, 9. April, gelten …": since the event's day)
_SINCE_EARLIER = re.compile(r"^\W*Seit\s+(?!(?:(?:diesem|dem|vergangenem|letztem)\s+)?(?:Montag|Dienstag|Mittwoch|"
                            r"Donnerstag|Freitag|Samstag|Sonntag|heute|gestern)\b)", re.I)
_STILL_OPEN = re.compile(r"\b(?:ob|offen|unklar|noch|nicht|kein\w*)\b", re.I)


def _first_word(text: str) -> str:
    """The sentence's first word, lowercased, after a speaker's label ("Windisch: Bisher …")."""
    words = _WORDS.findall(_without_speaker(text))
    return words[0].lower() if words else ""


_WORDS = re.compile(r"\w+")


# an interview's teaser: who "erklärt, was sich ändert", "sagt, wo es noch hakt"
_TELLS_WHAT_FOLLOWS = re.compile(r"\b(?:erklärt|erläutert|sagt|verrät|schildert|spricht)\b[^.,;:]*,\s*"
                                 r"(?:was|wie|warum|weshalb|wieso|wo|ob|welche[nmrs]?)\b")
# The report speaking of itself: its ticker, an interview's teaser ("Im Interview spricht er über
# Kosten …"), a wire's "(Weitere Meldung folgt)"
_ABOUT_THE_REPORT = re.compile(r"\b(?:unser(?:en|em)?|diese[nm]?|den)\s+(?:Live-?|News-?)?(?:ticker|blog)\b"
                               r"|^\s*(?:Ein|Das)\s+Gespräch\s+(?:über|mit)\b"
                               r"|^\s*Im\s+(?:[\w-]+-)?(?:Interview|Gespräch)\s+(?:spricht|erklärt|sagt|erläutert)\b"
                               r"|^\s*\(\s*(?:Weitere|Mehr|Neue)\s+(?:Meldung|Informationen|Details)\s+folg"
                               r"|\b(?:lesen|hören)\s+Sie\b"  # "… lesen Sie morgen in unserer Ausgabe"
                               r"|\bwir\s+berichten\b|\bhalten\s+(?:wir\s+)?Sie\s+auf\s+dem\s+Laufenden\b"  # "– wir berichten live"
                               # a press review telling what its papers do: "So kommentieren die Zeitungen …:",
                               # "Die Kommentatoren befassen sich vor allem mit …", "… spaltet die Kommentatoren"
                               r"|^\W*(?:so\s+|wie\s+)?kommentier\w*\s+die\s+(?:Zeitungen|Blätter|Kommentatoren)\b"
                               r"|^\W*die\s+(?:Zeitungen|Blätter|Kommentatoren|Kommentare)\s+"
                               r"(?:kommentier|befass|beschäftig)\w*"
                               r"|\bspaltet\s+die\s+(?:Zeitungen|Blätter|Kommentatoren)\b",
                               re.I)


def about_the_report(text: str) -> bool:
    """'Damit schliessen wir diesen Ticker.', 'Im Interview spricht er über …': the report speaks of itself."""
    return _ABOUT_THE_REPORT.search(text) is not None


# A report this long has a tail of background and reactions (outcome.reach); a short one is all lead.
_REACH_MIN_SENTENCES = 10
_TERMS_FOLLOW = re.compile(r"\b(?:dass|darauf|darüber|wonach|zu\s+\w+en|[a-zäöü]{2,}zu[a-zäöü]{3,}en)\b|\d")


def bare_agreement(statement: Statement, agreement_cues: frozenset[str]) -> bool:
    """'CDU, BSW und SPD haben sich auf einen Kompromiss verständigt': that an agreement was
    reached (only `outcome.agreement` cues), without its terms (no figure, no 'dass'/'darauf'
    clause)."""
    return (bool(statement.cues) and set(statement.cues) <= agreement_cues
            and not _TERMS_FOLLOW.search(statement.text))


_PLUPERFECT_AUX = frozenset("hatte hatten war waren".split())

# "hatte ursprünglich … gefordert", reported: "habe ursprünglich … verlangt"
_PRIOR_AUX = _PLUPERFECT_AUX | frozenset("habe hätten hätte".split())
_SUBORDINATE_OPENERS = frozenset("nachdem als weil wenn dass ob obwohl da seit seitdem bevor während sobald falls".split())


# "Endgültig ist der Vergleich noch nicht.", "Offen ist auch der Zeitplan.": a state, not its reason
_TEASER = re.compile(r"\b(?:ist|sind|bleibt)\b.*\bnoch nicht\b|^Offen (?:ist|sind|bleibt)\b")


# openings of a sentence that builds on the one before ("Erst danach kann …") rather than explain it
_BACK_REFERENCES = ("erst", "danach", "dann", "damit", "bis dahin", "dafür", "dazu")


def absorb_teasers(statements: list[Statement], analysed: Analysed, cues: Cues, max_words: int = 10) -> list[Statement]:
    """'Endgültig ist der Vergleich noch nicht. Beide Seiten können ihn bis zum 30. Mai widerrufen.':
    a short open point without particulars announces the sentence after it. Where that sentence
    makes a point of its own, the announcement adds nothing; else the item takes in its words.
    The evidence stays the announcing sentence."""
    by_sentence = {s.sentence for s in statements}
    sentences = analysed.sentences
    out: list[Statement] = []
    for statement in statements:
        words = statement.text.split()
        following = statement.sentence + 1
        teaser = (statement.kind == "open" and len(words) <= max_words and _TEASER.search(statement.text) is not None
                  and "," not in statement.text and not re.search(r"\d", statement.text)
                  and following < len(sentences) and len(sentences[following].text.split()) >= 4
                  and "\n" not in analysed.text[sentences[statement.sentence].end:sentences[following].start])
        if not teaser:
            out.append(statement)
            continue
        if following in by_sentence:
            if sentences[following].text.lower().startswith(_BACK_REFERENCES):
                out.append(statement)  # "Erst danach kann …" builds on this point: both stay
            continue  # else the next sentence makes the point ("Beide Seiten können ihn … widerrufen")
        detail = clean_item_text(sentences[following].text, cues)
        text = f"{statement.text.rstrip('.')}: {detail[:1].lower() + detail[1:] if detail[1:2].islower() else detail}"
        out.append(Statement(statement.kind, text, statement.evidence, statement.sentence, statement.cues))
    return out


def _within_quote(analysed: Analysed, sentence: Sentence) -> bool:
    """A sentence inside a quotation opened by an earlier sentence of its paragraph (a paper's
    comment in a press review: „Das Werk war zu klein. Die Beschäftigten zahlen nun den Preis.“)."""
    paragraph = analysed.text.rfind("\n", 0, sentence.start) + 1
    return not _outside_quotes(analysed.text[paragraph:sentence.start] + " ")[-1]


def _opens_with_quote(text: str) -> bool:
    """'«Das Geld soll ins Netz zurückfließen», sagte Pröll.': a voice quoted, no result stated."""
    first = text.lstrip()[:1]
    return bool(first) and first in _QUOTE_CHARS


def _blanket_criticism(statement: Statement, sentence: Sentence, cues: Cues) -> bool:
    """A short criticism of the result as a whole and nothing else (`blanket_criticism`): "China
    kritisierte die Vereinbarung umgehend", not "Die Grünen kritisierten die Befristung"."""
    if not statement.cues or not set(statement.cues) <= cues.blanket_verbs:
        return False
    tokens = [t for t in sentence.tokens if not t.is_punct]
    if len(tokens) > 12 or any(t.text in (",", ":") or t.text[:1] in _QUOTE_CHARS for t in sentence.tokens):
        return False
    verb = next((k for k, t in enumerate(tokens) if cues.blanket_verbs.intersection(lemmas(t))), None)
    if verb is None:
        return False
    rest = tokens[verb + 1:]
    # an article, a noun naming the whole result, then at most adverbs ("scharf", "umgehend")
    return (len(rest) >= 2 and rest[0].lower_ in _DEFINITE and rest[1].lower_ in cues.blanket_objects
            and all(t.text[:1].islower() for t in rest[2:]))


_FUTURE_AUX = frozenset("wird werden werde".split())


_WHOEVER = re.compile(r"^\W*Wer\s")


def _maxim(statement: Statement, sentence: Sentence, cues: Cues) -> bool:
    """A sentence whose subject is a clause opening with "Wer" says what holds for whoever does
    something: a rule or a maxim, open only where its cue says the point is unsettled (`unsettled`)."""
    return (_WHOEVER.match(_without_speaker_label(sentence.text)) is not None
            and not any(part in cue for cue in statement.cues for part in cues.unsettled))


def _verbless_line(sentence: Sentence) -> bool:
    """A line without a closing stop and without a word that may be a finite verb: a subline or
    caption the segmenter kept as a sentence, which states nothing."""
    text = sentence.text.rstrip(" \"“”»«'")
    return (not text.endswith((".", "!", "?", ":", ";"))
            and not any(t.is_alpha and t.text.islower() and morph.can_be_finite_verb(t.text) for t in sentence.tokens))


# "Ohne die Einigung hätte …", "Ohne die Garage würden …", "Aber ohne die Einigung wären …": a
# counterfactual, neither result nor open point (the unreal mood as the main clause's verb, right after
# the phrase: not "Ohne Weiterzug könnte …, der Bezug wäre …")
_WITHOUT_IT = re.compile(r"^\W*(?:(?:Aber|Doch|Und)\s+ohne|Ohne)(?:\s+[^\s,;:.!?]+){1,8}?\s+"
                         r"(?:hätte|hätten|wäre|wären|würde|würden)\b")
# a sentence that only says the matter goes on, not what stays open ("Abgeschlossen ist das Verfahren damit
# nicht.", "Vom Tisch ist die Sache damit aber noch nicht."): the sentences after it name the points
_NOT_OVER_YET = re.compile(r"^\W*(?:Abgeschlossen|Erledigt|Ausgestanden|Beendet|Vorbei|Vom Tisch)\s+(?:ist|sind)"
                           r"(?:\s+[^\s,;:.!?]+){1,6}?\s+(?:damit|dann)(?:\s+aber)?(?:\s+noch)?\s+nicht\W*$")


def _scheduled_deliberation(sentence: Sentence, dated_later: bool, cues: Cues) -> bool:
    """A body deliberates in the present tense at a time still to come: a day or month after the
    event's (`dated_later`) or a phrase of `ahead` ("in der kommenden Woche"); in the main clause,
    not negated, not a question."""
    tokens = list(sentence.tokens)
    relative = relative_clause_tokens(tokens)
    main = [t for t in tokens if t.i not in relative]
    if not any(t.lower_ in cues.deliberations and t.text[:1].islower() for t in main):
        return False  # (not "innert 30 Tagen")
    if (any(t.lower_ in cues.negation or t.lower_ in _PAST_OR_UNREAL for t in main) or is_question(sentence.text)
            # (after a transcript's label: "Reporter Severin Loosli: Das entscheidet die Gemeindeversammlung …")
            or commentator_led(_WORDS.findall(_without_speaker(sentence.text).lower()), cues.commentators)
            or _TALLY.search(sentence.text)):
        # "hat sie bereits beraten", "wäre gut beraten", "musste behandelt werden"; "Die Kommentatoren
        # befassen sich am Donnerstag mit …" (the papers' day); "Die Versammlung stimmt nun mit 198 zu
        # 161 Stimmen zu": a ticker's present tells a vote that is counted
        return False
    lowered = sentence.text.lower()
    return dated_later or any(phrase in lowered for phrase in cues.ahead)


# a main clause in a past tense or the unreal mood tells no step still to come
_PAST_OR_UNREAL = frozenset("hat haben hatte hatten war waren wurde wurden musste mussten wäre wären hätte hätten"
                            .split())


def _future_step(tokens: list[Token], relative: set[int], cues: Cues) -> str | None:
    """A step the future tense puts ahead: "Der Rat wird im Herbst entscheiden", "werden am Freitag
    einen Vertrag unterzeichnen", "Darüber wird im Mai entschieden werden" (`pending_steps`,
    `planned_steps`). Not the present passive that states a term ("Im Vertrag wird geregelt, …")."""
    aux = next((k for k, t in enumerate(tokens) if t.lower_ in _FUTURE_AUX and t.i not in relative), None)
    if aux is None:
        return None
    end = next((k for k in range(aux + 1, len(tokens)) if tokens[k].text in (",", ";", ":")), len(tokens))
    clause = [t for t in tokens[aux + 1:end] if t.is_alpha]
    if not clause:
        return None
    steps = cues.pending_steps + cues.planned_steps
    last = clause[-1].lower_
    if last == "werden" and len(clause) >= 2:  # the future passive: the participle before "werden"
        return _has_prefix(steps, clause[-2].lower_)
    if not last.endswith("n") or last not in lemmas(clause[-1]):
        return None  # no infinitive ends the clause: "wird … geregelt", "werden schwierig"
    return _has_prefix(steps, last)


_NAMING_BEFORE = _DEFINITE | frozenset("als unter mit ohne sein seine seiner seinen ihr ihre ihrer ihren deren dessen".split())


def _announces_only(sentence: Sentence, cues: Cues) -> bool:
    """The sentence ends in a condition or demand it does not name (`announcing_nouns`): "knüpft
    seine Zusagen an eine Bedingung", "stellen aber Bedingungen"; not "genehmigt, aber nur unter
    strengen Auflagen" (the decision is named) nor "6,8 Prozent ihrer Forderungen"."""
    return ":" not in sentence.text and _announces_unnamed([t.text for t in sentence.tokens if not t.is_punct], cues)


def _announces_unnamed(words: list[str], cues: Cues) -> bool:
    """A condition or demand announced, not named: at the end ("knüpfte … an Bedingungen") or as
    all the clause says ("Eine Bedingung gibt es")."""
    return _ends_unnamed(words, cues) or _only_there_is(words, cues)


# participles that close a clause tying something to conditions ("ist an Bedingungen geknüpft")
_TIED_TO = frozenset(["geknüpft", "gebunden", "verknüpft", "verbunden"])


def _only_there_is(words: list[str], cues: Cues) -> bool:
    """'Eine Bedingung gibt es.', 'Zwei Forderungen gab es allerdings': that there is one, not which."""
    lowered = [w.lower() for w in words]
    return (len(words) <= 6 and any(w in cues.announcing for w in lowered[:3])
            and bool({"gibt", "gab"} & set(lowered)) and "es" in lowered)


def _ends_unnamed(words: list[str], cues: Cues) -> bool:
    if len(words) >= 3 and words[-1].lower() in _TIED_TO:
        words = words[:-1]  # "Die Hilfe ist an Bedingungen geknüpft.": the participle closes the clause
    if len(words) < 2 or words[-1].lower() not in cues.announcing:
        return False
    for word in reversed(words[-4:-1]):  # back over the adjectives to what governs the noun
        if word.lower() in _NAMING_BEFORE:
            return False
        if word[:1].isupper() or word.lower() in ("an", "für", "es"):
            break
    return True


# the cue name of money announced: a pledge is a result whoever makes it, wherever the report tells it
FUNDS_ANNOUNCED = "angekündigte Mittel"


def _done_in_perfect(sentence: Sentence) -> bool:
    """'Wir haben die Notvergabe Ende September unterschrieben': an answer that tells a deed in the
    perfect, without a modal or a negation ('Wir haben nichts versprochen', 'hätten … müssen')."""
    words = [t.lower_ for t in sentence.tokens]
    if _NOT_DONE.intersection(words):
        return False
    aux = next((k for k, word in enumerate(words) if word in _PERFECT_AUXILIARIES), None)
    return aux is not None and any(morph.tag(t.text) == "VV(PP)" for t in sentence.tokens[aux + 1:])


_PERFECT_AUXILIARIES = frozenset({"haben", "hat", "habe"})
_NOT_DONE = frozenset("wollen will wollte müssen muss musste sollen soll sollte würde würden könnte könnten "
                      "hätte hätten nicht nichts kein keine keinen niemandem niemand".split())


def _decides(statement: Statement, cues: Cues) -> bool:
    """A decision or pledge that belongs to the event whoever makes it (`outcome.decisive`, money announced)."""
    return bool(cues.decisive.intersection(statement.cues)) or FUNDS_ANNOUNCED in statement.cues


_WITH_THE_VOTES = re.compile(r"\bmit den Stimmen (?:von|der|des)\b")
# the cue names classify gives a ballot's result ("abgelehnt (Abstimmung)", "Wahlausgang", "Stimmenzahl")
# and a body's vote or recommendation ("empfehlen (Gremium)")
_BALLOT_RESULTS = ("(Abstimmung)", "Wahlausgang", "Stimmenzahl")
_VOTE_RESULTS = (*_BALLOT_RESULTS, "(Gremium)")


def _voted(statement: Statement, ballot: bool = False) -> bool:
    """A vote's result: decided by the body that voted, whoever the report is about (`ballot`: only
    a ballot's, not a recommendation)."""
    return any(cue.endswith(_BALLOT_RESULTS if ballot else _VOTE_RESULTS) for cue in statement.cues)


_VOTE_APPROVALS = frozenset(["zustimmen", "stimmen+zu", "für … stimmte"])
_PARTY_LEAD = 4  # words: "Grüne und EVP stimmten zu", "Die SPD-Fraktion stimmte dem Etat zu"


def _is_open_cue(cue: str, cues: Cues) -> bool:
    stem, _, particle = cue.partition("+")
    return (cue in cues.open.verbs or (stem, particle) in cues.open.separable or cue in cues.open.nouns
            or cue in cues.open.phrases or cue in cues.weak_open)


def _party_names(knowledge: Knowledge) -> frozenset[str]:
    """The listed political parties by every name they go by ("Grüne", "Grünen", "AfD")."""
    return frozenset(name for entry in knowledge.actors.organisations if entry.party
                     for name in (entry.name, *entry.aliases))


def _party_vote(statement: Statement, sentence: Sentence, party_names: frozenset[str], cues: Cues) -> bool:
    """'Die Grünen stimmten den meisten Vorlagen zu', 'Die Grünen stimmten zu, mahnten aber …': an
    approval whose only outcome cue is the vote and whose subject, at the sentence's start, is a
    political party tells how a group voted."""
    others = set(statement.cues) - _VOTE_APPROVALS
    if len(others) == len(statement.cues) or not all(_is_open_cue(cue, cues) for cue in others):
        return False
    words = [t.text for t in sentence.tokens if t.is_alpha or "-" in t.text][:_PARTY_LEAD]
    return any(word.split("-", 1)[0] in party_names for word in words)


def _kept_from_outsider(statement: Statement, sentence: Sentence, cues: Cues) -> bool:
    """What a sentence led by an outsider still yields: a decision that belongs to the event
    whoever makes it (`outcome.decisive`: "Die Gläubiger nahmen den Plan an"; a vote's result), a
    term that binds or pays the outsider (a figure: "Der Pflegeverband erhält 2,5 Millionen Euro";
    a rule: "Künftig prüft das Landesamt alle Heime"), and any open point it names: what it demands,
    expects, offers, fears or still owes, a condition it sets ("nur, wenn …"), what it has not done or
    given ("zugesagt ist noch nichts"). Not its mere reaction (`open.outsider_reactions`: a warning,
    an appeal, a hope), nor that it would not comment (a negated `reporting_verbs` word), nor what
    a commentator says (`commentators`)."""
    if statement.kind == "outcome":
        return (_decides(statement, cues) or _voted(statement) or bool(_FIGURE.search(statement.text))
                or _states_rule(sentence.tokens, cues) or _done_to(sentence))
    if commentator_led([t.lower_ for t in sentence.tokens if t.is_alpha], cues.commentators):
        return False  # "Branchenexperten fordern dennoch staatliche Hilfen": commentary
    return not all(cue in cues.outsider_reactions
                   or (cue.startswith("nicht ") and cue.removeprefix("nicht ") in cues.reporting_verbs)
                   for cue in statement.cues)


def _done_to(sentence: Sentence) -> bool:
    """'Käsermeister Ueli Brun und seine Angestellten werden vom neuen Besitzer übernommen, wie …':
    a main clause in the passive tells what is done to the outsider it opens with, a term of the
    event, not the outsider's reaction."""
    words = []
    for token in sentence.tokens:
        if token.text in (",", ";", ":"):
            break
        if token.is_alpha:
            words.append(token.text)
    return (len(words) > 3 and bool(_WERDEN_FORMS.intersection(words)) and words[-1][:1].islower()
            and morph.tag(words[-1]) == "VV(PP)")


_WERDEN_FORMS = frozenset("wird werden wurde wurden".split())  # not "ist": "ist zurückgetreten" is one's own act


# the finite "war" right after a subject set off by commas, the passive's "worden" at the end
_FRONTED_PLUPERFECT_PASSIVE = re.compile(r",\s+war(?:en)?\s[^,;:]*\bworden[.!]?$")


def pluperfect_main_clause(text: str) -> bool:
    """'Im April hatte Trump Zölle verkündet': the main clause (up to the first comma) tells what
    happened before the event, so it reports no outcome of it (a position it states stays open)."""
    # after a label of a few words ("Zur Erinnerung: …", "Albers: …"), up to the first comma
    parts = re.split(r"[,:;]", _without_speaker(text))
    main = parts[0]  # "Es war eine Einigung …: …"
    words = re.findall(r"\w+", main.lower())
    if {"hatte", "hatten"}.intersection(words[:4]):
        return True
    for part in parts[1:3] if not _has_verb(main) else ():
        # "Die Erweiterung um 380.000 Euro, davon 120.000 Euro vom Land Tirol, hatte der Bürgermeister
        # … bewilligt": the verb after a fronted phrase set off by commas
        if re.match(r"\s*hatten?\b", part):
            return True
        if _has_verb(part):
            break
    if (words and words[0] not in _SUBORDINATE_OPENERS and _PLUPERFECT_AUX.intersection(words)
            and morph.tag(main.rstrip(" .").rsplit(" ", 1)[-1]).endswith("(PP)")):
        return True  # "Vor dem Telefonat … hatten die USA den Druck erhöht", "Das Porto war … gestiegen"
    if _FRONTED_PLUPERFECT_PASSIVE.search(text):
        return True  # "Die Betreiberin, die Eisenerz AG, war 1971 aufgelöst worden"
    if "worden" in words[:3] and {"war", "waren"}.intersection(words[:3]):
        return True  # "Ausgelöst worden war der Konflikt im Sommer 2024, als …": the participle fronted
    # "war … ausgelöst worden", "waren … gekommen"; a bare "war" is a copula
    return bool({"war", "waren"}.intersection(words[:4])) and bool(words) and (
        words[-1] == "worden" or (words[-1].startswith("ge") and words[-1].endswith(("t", "en"))))


def _has_verb(text: str) -> bool:
    """A word in small letters that can be a verb: the clause may have its own predicate."""
    return any(w[:1].islower() and morph.can_be_verb(w) for w in re.findall(r"\w+", text))


def superseded(text: str, cues: Cues) -> bool:
    """Background that the event left behind, neither outcome nor open: an earlier position in
    the pluperfect ('Trump hatte zuvor mit Zöllen gedroht', 'hatte ursprünglich … gefordert') or
    a standing situation ('droht seit Wochen, …'). Only the main clause (up to the first comma)
    counts, so a relative clause in the pluperfect does not make a sentence background."""
    main = text.split(",", 1)[0].lower()
    words = re.findall(r"\w+", main)
    # "hatte lange gefordert", but not "Es war eine lange Sitzung": after an article the word describes
    if _PRIOR_AUX.intersection(words) and any(w in cues.prior and not (j and words[j - 1] in _INDEFINITE | _DEFINITE)
                                              for j, w in enumerate(words)):
        return True
    return standing_situation(text, cues) and not any(w.startswith(cues.demands) for w in words)


def standing_situation(text: str, cues: Cues) -> bool:
    """'Die Gespräche ruhen seit Monaten': the main clause tells a standing situation, so it
    reports no outcome of the event; a standing demand ('fordert seit Monaten') is still open; so
    does a state or a change since a year ('Die Polizeistunde von 0.30 Uhr gilt seit 1998', 'Die
    Energiekosten sind seit 2022 gestiegen')."""
    clauses = text.split(",")
    # "Ob das Land für den seit Jahren geforderten Damm aufkommt, ist offen": the clause before the
    # comma is the subject's question, the main clause follows it
    opening = _WORDS.match(_without_speaker(text).lstrip())
    leading = opening is not None and opening.group(0).lower() in _QUESTION_WORDS | _CLAUSE_QUESTION_OPENERS
    main = clauses[1] if len(clauses) > 1 and leading else clauses[0]
    # "hat die seit Jahren geforderte Umfahrung beschlossen": the span describes a noun, not the clause
    main = _ATTRIBUTIVE_SPAN.sub(lambda m: m.group(0) if morph.is_finite_verb(m.group("word")) else " ", main)
    return contains_any(main, cues.standing) is not None or _SINCE_YEAR.search(main) is not None


# "die seit Jahren geforderte Umfahrung", "das seit 2023 laufende Pilotprojekt": a participle describing a noun
_ATTRIBUTIVE_SPAN = re.compile(r"\bseit\s+(?:[Ll]angem|[Ll]ängerem|(?:einigen\s+|vielen\s+)?[A-ZÄÖÜ]\w+"
                               r"|(?:19|20)\d\d)\s+"
                               r"(?P<word>(?!(?:keine|seine|ihre|unsere|diese|jene|welche|solche)\w?\b)"
                               r"[a-zäöüß]{3,}(?:te|ten|ter|tes|tem|ne|nen|ner|nes|nem|nde|nden|nder|ndes|ndem))"
                               r"\s+(?=[A-ZÄÖÜ])")


# besides `_QUESTION_WORDS`, what opens a clause that stands as a sentence's subject ("Ob …, ist offen")
_CLAUSE_QUESTION_OPENERS = frozenset("ob dass was wer".split())


_SINCE_YEAR = re.compile(r"\bseit\s+(?:19|20)\d\d\b")


_LIST_LABELS = ("Bedingung", "Forderung", "Voraussetzung")


_DEMONSTRATIVES = frozenset("diese dies dieses das".split())


# "Die Träger haben ihre Unterschrift an eine Bedingung geknüpft.": a condition announced, stated next
_CONDITION_INTRO = re.compile(r"\ban\s+(?:eine|zwei|drei|mehrere|klare|strenge)?\s*Bedingung(?:en)?"
                              r"(?:\s+(?:geknüpft|gebunden))?\s*\.$")


# "Das fordern wir", "Das haben wir seit Jänner verlangt", "Das ist unsere zentrale Forderung":
# a demand that points back with a demonstrative and names nothing itself
_POINTING_BACK = re.compile(r"^(?:[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}:\s+)?(?:[Gg]enau\s+)?(?:[Dd]as|[Dd]ies)\s+"
                            r"(?P<verb>[a-zäöüß]+)")
_POINTING_WORDS = 12


_COPULAS = frozenset("ist sind war waren sei seien wäre wären".split())


# "Der Antrag fand keine Mehrheit.", "Dieser Vorstoß wurde mit 68 zu 42 Stimmen abgelehnt.": how the
# motion the sentence before states was decided
_MOTION_BACK = re.compile(r"^(?:Auch\s+)?(?:[Dd]er|[Dd]ieser|[Dd]as|[Dd]ieses)\s+(?P<noun>[A-ZÄÖÜ][\w-]*)\s+"
                          r"(?!(?:der|des|von|vom|zur|zum|für|über)\b)[a-zäöüß]")  # not "Der Antrag der AfD, …"
_MOTION_BACK_WORDS = 14
# word parts of a sentence that states a motion: "beantragte", "Antrag", "schlug … vor"
_MOTION_STEMS = ("antrag", "beantrag", "vorschlag", "schlug", "vorstoß", "motion", "postulat")


# "Das hat die Hauptversammlung am Samstag beschlossen.", "Darauf haben sich beide verständigt.":
# a decision told of what the sentence before says
_DECIDED_BACK = re.compile(r"^(?:[Dd]as|[Dd]ies|[Dd]arauf)\s+(?P<verb>[a-zäöüß]+)\b")
_DECIDED_BACK_WORDS = 30


def _without_speaker(text: str) -> str:
    """An item's text without the name of whose words it gives ("Janis Oberholzer: Der Antrag …")."""
    return SPEAKER_LABEL.sub("", text, count=1)


def _told_as_decided(out: list[Statement], told: list[int], statement: Statement, then: str, before: Sentence,
                     cues: Cues) -> bool:
    """A decision that points back, told with what it decided: joined to the item `out` already
    makes of it (`told`: its index first), else to the sentence `before`, whose text becomes the
    evidence. False where the sentence is too short to say what was decided."""
    if told:
        first = out[told[0]]
        out[told[0]] = Statement("outcome", _told_on(first.text, then), first.evidence, first.sentence,
                                 first.cues + statement.cues)
        return True
    if len(before.text.split()) >= 5:
        out.append(Statement("outcome", _told_on(clean_item_text(before.text, cues), then), before.text, before.index,
                             statement.cues))
        return True
    return False


_ANSWER_TO_QUESTION_WORDS = 6  # "Das ist jetzt offen.": an answer that says nothing without its question


def _with_referents(statements: list[Statement], analysed: Analysed, cues: Cues) -> list[Statement]:
    """'Wir brauchen zehn Milliarden Euro in zehn Jahren. Das fordern wir, und das fordern auch
    die Länder.': a short open point that only points back takes its content from the sentence
    before, which becomes its evidence; where that sentence already makes an open point, this
    one adds nothing. A decision that points back ('Der Verein gibt zwei Hütten auf. Das hat die
    Hauptversammlung beschlossen.') is told with what was decided, whose sentence is its evidence.
    A point that opens with 'Darüber', 'Dafür' or a lone 'Diese', points back from inside ('Ein Datum
    dafür …'), or says only that something is pending ('Eine Antwort steht noch aus'), after a
    sentence that makes no item is told with that sentence; its evidence stays its own. A short
    answer that points back to an interviewer's question is told with the question."""
    out: list[Statement] = []
    for statement in statements:
        text = analysed.sentences[statement.sentence].text
        previous = statement.sentence - 1
        if previous < 0:
            out.append(statement)
            continue
        before = analysed.sentences[previous]
        # the clause after a semicolon ("…; der Antrag fand keine Mehrheit") or the sentence after the motion
        clause = _without_speaker(statement.text)
        motion = _MOTION_BACK.match(clause) if statement.kind == "outcome" else None
        same = [k for k, s in enumerate(out) if s.sentence == statement.sentence]
        stated = out[same[0]].text if same else before.text
        if (motion is not None and motion.group("noun").lower().endswith(cues.motions)
                and len(clause.split()) <= _MOTION_BACK_WORDS and not is_question(stated)
                and _voted(statement)  # "fand keine Mehrheit", not "wird in den Ausschuss überwiesen"
                and any(stem in stated.lower() for stem in _MOTION_STEMS)):
            # "Die Grünen beantragten, …" made an open point, or none: the vote decided it
            told = same or [k for k, s in enumerate(out) if s.sentence == previous]
            if _told_as_decided(out, told, statement, clause, before, cues):
                continue
        decided = _DECIDED_BACK.match(text) if statement.kind == "outcome" else None
        if (decided is not None and len(text.split()) <= _DECIDED_BACK_WORDS
                and morph.is_finite_verb(decided.group("verb")) and decided.group("verb") not in _COPULAS
                and "\n" not in analysed.text[before.end:analysed.sentences[statement.sentence].start]):
            # the decision's content is an item already (it says who decided), or no item at all
            told = [k for k, s in enumerate(out) if s.sentence == previous and s.kind == "outcome"]
            unstated = not any(s.sentence == previous for s in out)
            if ((told or (unstated and not is_question(before.text)))
                    and _told_as_decided(out, told, statement, statement.text, before, cues)):
                continue
        first_word = re.match(r"(\w+)\s+(\w+)", statement.text)
        words = re.findall(r"\w+", statement.text.lower())
        # "Ein Datum dafür steht noch nicht fest.", "Eine solche lag noch nicht vor.": a short open point
        # that points back from inside
        # "Eine Antwort steht noch aus.": a point that says only what is pending, after a sentence that
        # tells what (not a quote, nor a step of before the event)
        inside = statement.kind == "open" and (
            (len(words) <= _INSIDE_POINTER_WORDS and bool(_INSIDE_POINTERS.intersection(words[1:])))
            or (len(words) <= _SHORT_POINT_WORDS and _says_only_what_is_open(statement.text, cues)
                and not _opens_with_quote(before.text) and not pluperfect_main_clause(before.text)))
        if (first_word and (inside or first_word.group(1).lower() in _POINTERS or (
                # "Diese sieht nur eine Mehrwertsteuererhöhung vor": a demonstrative standing alone
                first_word.group(1).lower() in ("diese", "dieser", "dieses") and morph.is_finite_verb(first_word.group(2))))
                and not is_question(before.text)
                and len(before.text.split()) >= 5 and not any(s.sentence == previous for s in statements)):
            # "Was wir uns wünschen, ist ein gemeinsamer Notfallpool. Darüber gibt es Gespräche, aber
            # noch keine Einigung.": the point is told with what "darüber" points to
            out.append(Statement(statement.kind, _told_on(clean_item_text(before.text, cues), statement.text),
                                 statement.evidence, statement.sentence, statement.cues))
            continue
        pointing = _POINTING_BACK.match(text)
        if (statement.kind != "open" or len(text.split()) > _POINTING_WORDS or pointing is None
                or not morph.is_finite_verb(pointing.group("verb"))):  # "Das haben wir …", not "Das kantonale Amt"
            out.append(statement)
            continue
        told = [s for s in statements if s.sentence == previous or before.text[:40] in s.evidence]
        if any(s.kind == "open" for s in told):
            continue  # the point is made by the sentence before
        if not told and is_question(before.text) and len(text.split()) <= _ANSWER_TO_QUESTION_WORDS:
            # "Und wer zahlt die Leitung? – Das ist jetzt offen.": the answer is told with what was
            # asked; its evidence stays the answer
            asked = _without_speaker(before.text.strip())
            out.append(Statement("open", f"{asked} {statement.text}", statement.evidence, statement.sentence,
                                 statement.cues))
            continue
        if told or is_question(before.text) or len(before.text.split()) < 5:
            out.append(statement)
            continue
        out.append(Statement("open", clean_item_text(before.text, cues), before.text, previous, statement.cues))
    return out


def _says_only_what_is_open(text: str, cues: Cues) -> bool:
    """'Eine Entscheidung steht noch aus.', 'Eine Antwort gibt es noch nicht.': a pending or negated
    point that names nothing of its own (no figure, no noun but `placeholder_nouns`)."""
    words = re.findall(r"[\w-]+", text)
    nouns = [w for w in words if w[:1].isupper() and morph.tag(w) in ("NN", "NE", "FM")]
    return (not any(ch.isdigit() for ch in text) and bool(cues.pending_words.intersection(w.lower() for w in words))
            and all(morph.analyze(w)[0].lower() in cues.placeholder_nouns for w in nouns))


def _with_stated_conditions(statements: list[Statement], analysed: Analysed, cues: Cues) -> list[Statement]:
    """'Auch die Träger haben ihre Unterschrift an eine Bedingung geknüpft. Man werde die Gruppen nur
    einrichten, wenn …': the sentence that announces a condition and the next that states it are one
    open issue, told with the condition; its evidence is the sentence that states it."""
    out: list[Statement] = []
    skip: int | None = None
    decided = {s.sentence for s in statements if s.kind == "outcome"}  # "SBB Cargo muss …": a term set
    for statement in statements:
        if statement.sentence == skip:
            continue  # the condition, already told with its announcement
        announcing = _announces_only(analysed.sentences[statement.sentence], cues)
        if (statement.kind == "open" and (announcing or _CONDITION_INTRO.search(statement.evidence.strip()))
                and statement.sentence + 1 < len(analysed.sentences) and statement.sentence + 1 not in decided):
            following = analysed.sentences[statement.sentence + 1]
            condition = _without_speaker(clean_item_text(following.text, cues))  # the intro names who
            if (_SOUNDBITE_LABEL.match(following.text) and len(condition.split()) < 4
                    and statement.sentence + 2 < len(analysed.sentences)):
                # "O-Ton Pius Grieder: Wir helfen gern. Aber … muss unsere Bevölkerung Vorrang haben.": the
                # speaker's first words only lead in
                following = analysed.sentences[statement.sentence + 2]
                condition = _without_speaker(clean_item_text(following.text, cues))
            condition = condition[:1].upper() + condition[1:]
            if len(condition.split()) >= 4 and not is_question(following.text):
                text = f"{statement.text.rstrip('.')}: {condition}"
                out.append(Statement("open", text, following.text, following.index, statement.cues))
                skip = following.index
                continue
        if announcing:
            continue  # "Die Kommission knüpfte die Genehmigung an Auflagen.": what they are, it does not say
        out.append(statement)
    return out


def join_anaphoric(statements: list[Statement]) -> list[Statement]:
    """A statement that only answers the one before ('Die ukrainische Seite habe diese
    zurückgewiesen.') joins the item of the same kind from the sentence right before it: one
    point, told in two sentences. The evidence stays the first sentence, verbatim."""
    out: list[Statement] = []
    for statement in statements:
        words = re.findall(r"\w+", statement.text.lower())
        before = out[-1] if out else None
        # "habe diese zurückgewiesen", "Kontrolliert werden soll das über eine Kennzeichenerkennung": a
        # pronoun (an article is never followed by a verb, the clause's end or a preposition)
        standalone = any(w in _DEMONSTRATIVES and (i + 1 == len(words) or words[i + 1] in _AUX_AND_VERB_END
                                                   or words[i + 1] in _PRONOUN_PREPOSITIONS)
                         for i, w in enumerate(words[1:], start=1))
        detail = (len(words) > 1 and words[0] in _DEFINITE and set(statement.cues) <= _WEAK_OUTCOME_CUES
                  and statement.kind == "outcome" and before is not None and (
                      words[0].startswith("dies") or words[1].startswith(_TALK_NOUNS)
                      or words[1][:5] in before.text.lower()))  # "Diese Gruppen sollen sich bald … treffen."
        about_it = bool(words) and words[0] in _POINTER_ADVERBS  # "Darüber soll im Herbst verhandelt werden."
        # "Eine Zusage gab er nicht.": the answer to the demand just before, which stays open
        no_answer = (any(cue.startswith("nicht zusag") for cue in statement.cues)
                     and all(cue.startswith("nicht zusag") or cue == "… nicht" for cue in statement.cues))
        if (before is not None and (standalone or detail or about_it or no_answer)
                and (before.kind == statement.kind or about_it)
                and before.sentence == statement.sentence - 1 and len(words) <= 12):
            text = _told_on(before.text, statement.text)
            out[-1] = Statement(before.kind, text, before.evidence, statement.sentence, before.cues + statement.cues)
            continue
        out.append(statement)
    return out


def _told_on(first: str, then: str) -> str:
    """One point told in two sentences, as one item: 'Die Eigentümer sind uneinig; darüber soll …'."""
    text = f"{first.rstrip('.')}; {_continued(then)}"
    # "Beat Schürch: Es geht …; darüber soll …»": the first sentence's quotation mark went with its label
    for opening, closing in (("«", "»"), ("„", "“")):
        if text.endswith(closing) and text.count(closing) > text.count(opening):
            text = text[:-1]
    return text


def _continued(text: str) -> str:
    """A sentence as it goes on after a semicolon: its first word small, unless a noun or name
    ("Jans lehnte dies ab" keeps the surname)."""
    first = text.split(" ", 1)[0].strip(",.:;")
    noun = morph.tag(first) in ("NN", "NE", "NNA", "FM") and not morph.tag(first.lower()).startswith(_FUNCTION_TAGS)
    return text if noun or first.isupper() else text[:1].lower() + text[1:]


# tags of words a capital at a sentence's start makes look like nouns ("Von Reisen …", "Ab 2026 …")
_FUNCTION_TAGS = ("APPR", "APPO", "ART", "ADV", "PTK", "PROAV", "KOU", "KON", "PPER", "PIS", "PDS", "PW", "PIAT",
                  "PDAT", "PPOSAT", "PRF")


# prepositions after which "das"/"dies" is a pronoun, not an article
_PRONOUN_PREPOSITIONS = frozenset("über mit durch bei ab bis auf für von vom zum zur per".split())


# pronominal adverbs that point back to the point of the sentence before
_POINTER_ADVERBS = frozenset("darüber dazu hierüber hierzu daran darum".split())
# words inside a short open point that point back to the sentence before ("Ein Datum dafür steht noch nicht fest")
_INSIDE_POINTERS = frozenset("darüber dazu dafür davon hierüber hierzu solche solcher solchen solches".split())
_INSIDE_POINTER_WORDS = 10
_SHORT_POINT_WORDS = 12
# words that open a sentence told about the one before ("Dafür richtet das Landesamt eine Stelle ein")
_POINTERS = _POINTER_ADVERBS | frozenset("dafür damit dabei davon dadurch dort".split())


# cues of a reported plan: a short plan about 'die/diese …' right after an outcome details it
_WEAK_OUTCOME_CUES = frozenset("soll sollen".split())
# nouns that name the talks or teams an agreement sets up ("Die Gespräche sollen in Genf stattfinden")
_TALK_NOUNS = ("gespräch", "verhandlung", "runde", "gruppe", "team", "delegation")


# words that may follow a demonstrative pronoun standing alone ("habe diese zurückgewiesen")
_AUX_AND_VERB_END = frozenset("zurückgewiesen abgelehnt bestätigt dementiert akzeptiert angenommen nicht ab zurück".split())


_SHOWED_LITTLE = re.compile(r"\bzeigten?\b(?:\s+\S+){0,6}?\s+(?:wenig|kaum|keine?n?)\s+[a-zäöüß]*"
                            r"(?:entgegenkommen|bereitschaft|interesse|einsicht|flexibilität|kompromiss)")


def assessment(text: str, cues: Cues) -> bool:
    """The writer's judgement of the event, not a point of it: a sentence that opens with a
    concessive 'Trotz …' or says an actor 'zeigte wenig/keine …' (cue list `assessment`). A
    concessive phrase counts only as the sentence's opener: 'Trotz der Einigung bleibt offen, …'
    further on is a point of the event."""
    lowered = text.lower()
    if _SHOWED_LITTLE.search(lowered):
        return True  # "Putin zeigte auf die Bemühungen wenig Entgegenkommen"
    for phrase in cues.assessment:
        if phrase.startswith("trotz"):
            if lowered.startswith(phrase + " ") and not contains_any(text, cues.open.phrases):
                return True
        elif contains_any(text, (phrase,)):
            return True
    return False


def merge_clauses(statements: list[Statement]) -> list[Statement]:
    """One item per kind and sentence: a clause that continues an item of the same kind ('Die Lage
    ist unklar: Die Regierung prüft …', '…; darüber soll verhandelt werden') joins it, so the
    item keeps the details and the brief does not count one point twice."""
    merged: list[Statement] = []
    for statement in statements:
        earlier = next((m for m in merged if m.kind == statement.kind), None)
        listed = statement.cues[:1] == ("Aufzählung",) and statement.text.split(": ", 1)[0] in _LIST_LABELS
        if earlier is None or listed:  # conditions listed after "stellte zwei Bedingungen:" stay apart
            merged.append(statement)
            continue
        head = earlier.text.rstrip(".")
        tail = statement.text
        text = f"{head}; {_continued(tail) if tail[1:2].islower() else tail}"
        merged[merged.index(earlier)] = Statement(earlier.kind, text, earlier.evidence, earlier.sentence,
                                                  earlier.cues + statement.cues)
    return merged


def _has_content(text: str) -> bool:
    """A noun, name or number after the first word: something the item is about."""
    return bool(re.search(r"\d", text)) or len(re.findall(r"[A-ZÄÖÜ][\wäöüß-]+", text)) > (1 if text[:1].isupper() else 0)


def _asks_particular(text: str) -> bool:
    """'Wann dort wieder normal produziert wird, ist unklar.': an open question of at least four
    words that asks when, how, which, who or whether; it names nothing itself, but the sentence
    before may, and is kept if it is told with it (`_has_content` decides after the joins)."""
    words = text.split(",")[0].split()
    return len(words) >= 4 and words[0].lower() in _ASKED_PARTICULARS


# "Wer das bezahlen soll, ist offen.", "Ob das reicht, ist unklar.": who, what and whether ask too
_ASKED_PARTICULARS = _QUESTION_WORDS | frozenset("wer wen wem was ob".split())


def content_words(text: str) -> frozenset[str]:
    """Nouns, names and numbers of an item (capitalised words and digits), for near-duplicates."""
    found = list(re.finditer(r"[A-ZÄÖÜ][\wäöüß-]+|\d[\d.,]*", text))
    # like the item's first word, the first of a sentence joined after "; " ("…; Jans lehnte dies
    # ab") keeps its capital whatever it is, and says nothing of what the item is about
    kept = [m.group(0) for m in found[1:] if not text[:m.start()].rstrip().endswith(";")]
    return frozenset(w.lower().rstrip("sn") for w in kept or [m.group(0) for m in found])


def _name_units(text: str) -> frozenset[str]:
    """Content words where a run of capitalised words counts once: "die Seerücken Hospitality AG"
    is one name, which two items share without telling the same point."""
    first, _, rest = text.partition(" ")  # (the first word keeps its capital whatever it is)
    merged = _NAME_RUN.sub(lambda m: m.group(0).replace(" ", "_"), rest)
    return content_words(f"{first} {merged}")


_NAME_RUN = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)+")


# the share of the smaller item's content words that makes it a repeat of a kept item of its kind;
# at 0.6, two of three shared nouns made distinct terms one ("Außerdem gewährt der Bund dem
# Gesundheitsfonds ein Darlehen über 2,3 Milliarden Euro" beside the fund's other money): on 1924
# independent reference reports 0.8 keeps 235 more items, 119 of them the references' (1.0, only
# a contained item, adds 24 more with 5 right and repeats a point in a seed report)
_REPEAT_SHARE = 0.8


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap relative to the smaller item: a short item contained in a longer one is a duplicate,
    unless it has only two words ("… braucht es eine Bewilligung der Bezirkshauptmannschaft" is a
    point of its own beside a demand that the same office grant it soon)."""
    shared = len(a & b)
    if shared < 2:
        return 0.0
    return shared / (max(len(a), len(b)) if min(len(a), len(b)) <= 2 else min(len(a), len(b)))


def _near_copy(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same point told again, though in another kind: most words of the shorter item are the
    longer one's, unless it has only two ("Die vier Mitarbeitenden sollen nach Aaregg wechseln" is
    a point of its own beside a demand about the same staff)."""
    shared = len(a & b)
    measure = max(len(a), len(b)) if min(len(a), len(b)) <= 2 else min(len(a), len(b))
    return shared >= 2 and shared >= 0.8 * measure


# a participle and its passive auxiliary before the modal: "unterzeichnet werden soll …"
_FRONTED_PASSIVE = re.compile(r"\s*\w+\s+(?:werden|sein)\s+$")
_FRONTED_INFINITIVE = re.compile(r"\s*[a-zäöüß]+e[rl]?n\s+")  # "zustimmen muss der Gemeinderat"


def _framing_statement(text: str, cues: Cues) -> bool:
    """A clause before a colon that says something of its own ("Auch die Finanzierung ist nicht
    geklärt: …", "Zudem werden zwei Beamte ausgetauscht: …"): it has a verb other than a copula,
    and it is neither a heading ("Die Eckpunkte:", "Kernpunkt ist das Klimaziel:") nor only who
    speaks ("Für Oberösterreich kann ich sagen:")."""
    words = [w.strip(".,;") for w in text.split()]
    if any(w.lower() in ("ich", "wir") for w in words):
        return False
    verbs = [w for w in words if w[:1].islower() and w not in _COPULAS and morph.can_be_verb(w)]
    return bool(verbs) and not any(morph.analyze(w)[0].lower() in cues.reporting_verbs for w in verbs)


def sentence_statements(sentence: Sentence, cues: Cues, background: bool = False,
                        after_agreement: bool = False) -> list[Statement]:
    """Statements of one sentence; in a background sentence outcome cues do not count."""
    text = sentence.text
    if len(text.split()) < 4:
        return []
    background = background or contains_any(main_clauses(sentence), cues.background) is not None
    clauses = split_clauses(text)
    results: list[Statement] = []
    stated: list[Clause] = []  # the clauses items came from
    plain: list[Clause] = []  # main clauses without a cue of their own
    list_kind: StatementKind | None = None
    list_label = ""
    heading = False  # the clause before the colon has no verb: "Die Abstimmung:"
    previous: Clause | None = None
    announcing_intro: Clause | None = None  # "knüpfte … an eine Bedingung:", told with the items it introduces
    intro_cues: tuple[str, ...] = ()
    listed = 0  # clauses listed after the colon so far
    for position, clause in enumerate(clauses):
        if clause.label == ":":
            if previous is not None:
                verdict = classify(_tokens_in(sentence, previous.start, previous.end),
                                   text[previous.start:previous.end], cues, background, after_agreement)
                list_kind = verdict.kind
                list_label = _intro_label(text[previous.start:previous.end]) if verdict.kind == "open" else ""
                if previous is announcing_intro:  # the items tell whose condition: "Die Versammlung knüpfte …: …"
                    own = text.rfind(";", 0, previous.start) + 1  # from where its sentence or main clause starts
                    list_label = clean_item_text(text[own:previous.end], cues).rstrip(".")
                    intro_cues = verdict.cues  # a condition stays one whoever states it
                heading = not _has_verb(text[previous.start:previous.end])
            continue
        clause_text = text[clause.start:clause.end]
        verdict = classify(_tokens_in(sentence, clause.start, clause.end), clause_text, cues, background,
                           after_agreement)
        kind, names, label = verdict.kind, verdict.cues, ""
        if heading and list_kind == "open" and kind == "outcome" and (
                cues.decisive.intersection(verdict.cues) or any(c.endswith(_VOTE_RESULTS) for c in verdict.cues)):
            pass  # "13.12 Uhr – Die Abstimmung: Der Stadtrat beschließt …", "… Abstimmung: Der Antrag ist abgelehnt"
        elif list_kind is not None:  # items listed after "stellte zwei Bedingungen:" are conditions
            kind, label, names = list_kind, list_label, ("Aufzählung",) + intro_cues + verdict.cues
            if announcing_intro is not None and listed:
                label = _intro_label(text[announcing_intro.start:announcing_intro.end])  # the first item told whose
            listed += 1
        previous = clause
        introduces = position + 1 < len(clauses) and clauses[position + 1].label == ":"
        words = re.findall(r"[\w-]+", clause_text)
        if introduces and _announces_unnamed(words, cues) and not {"und", "sowie"} & set(words):
            # "knüpfte ihr Ja an eine Bedingung: …": the list names it, the intro is no item (but
            # "äußerte Bedenken gegen … und stellte zwei Bedingungen:" says more than that)
            announcing_intro = clause
            continue
        if kind is None:
            if (list_kind is None and len(clause_text.split()) >= 4 and _attribution(clause_text, cues) is None
                    and not (introduces and not _framing_statement(clause_text, cues))):
                plain.append(clause)  # not "Kernpunkt ist das vorgezogene Klimaziel:", which only frames
            continue
        if introduces and not _has_verb(clause_text):
            continue  # "Abstimmung über den Hauptantrag: Der Gemeinderat beschließt …": a heading, no item
        item_text = clean_item_text(clause_text, cues, label)
        if len(item_text.split()) >= 3:  # not "13.12 Uhr – Die Abstimmung;" (clean_item_text drops the time)
            results.append(Statement(kind, item_text, text, sentence.index, names))
            stated.append(clause)
    if len(results) == 1 and len(stated) == 1 and plain and results[0].cues[:1] != ("Aufzählung",):
        # "… hat den Vertrag ratifiziert; 87 Abgeordnete stimmten dafür": a clause without a cue of
        # its own gives the item's particulars, so the item keeps the sentence's words around it
        start = min(c.start for c in (*stated, *plain))
        end = max(c.end for c in (*stated, *plain))
        whole = clean_item_text(text[start:end], cues)
        if len(whole.split()) >= 3:
            results = [Statement(results[0].kind, whole, text, sentence.index, results[0].cues)]
    return results
