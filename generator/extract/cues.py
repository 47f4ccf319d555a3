"""Cue lists from data/cues.yaml, compiled once, and cue matching on a run of tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Iterable, Sequence

from spacy.tokens import Token

from generator.knowledge import Knowledge
from generator.nlp import morph


@dataclass(frozen=True)
class CueSet:
    verbs: frozenset[str]
    separable: tuple[tuple[str, str], ...]  # (stem lemma, particle)
    nouns: tuple[str, ...]
    phrases: tuple[str, ...]
    # particle verbs that are not the cue ("verlangen+ab": 'verlangt … viel ab' is no demand)
    not_with: tuple[tuple[str, str], ...] = ()
    # words that hold a cue noun but are no cue ("Bedrohung" holds "drohung")
    not_nouns: tuple[str, ...] = ()
    # (form, word, reach): a verb form that is no cue where the word comes before it in the clause,
    # at most `reach` words before it (0: anywhere) ("ist auf Stimmen angewiesen": dependent, not
    # instructed; "wie angekündigt", but not "Minister wie Ben-Gvir haben angekündigt")
    not_after: tuple[tuple[str, str, int], ...] = ()
    # phrases in which a cue phrase means something else ("offen und konstruktiv": frank, not unresolved)
    not_phrases: tuple[str, ...] = ()
    # (verb or phrase, words): a cue only where one of the words stands in the clause
    needs: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (verb or phrase, words): no cue where one of the words stands in the clause
    not_beside: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @cached_property
    def separable_stems(self) -> frozenset[str]:
        return frozenset(stem.lower() for stem, _ in self.separable)


@dataclass(frozen=True)
class Cues:
    outcome: CueSet
    open: CueSet
    strong_open: frozenset[str]
    weak_open: tuple[str, ...]
    weak_outcome: tuple[str, ...]
    duration: tuple[str, ...]
    pending: tuple[tuple[str, ...], ...]
    hypothetical: frozenset[str]
    reported_speech: frozenset[str]
    negation: frozenset[str]
    result_nouns: tuple[str, ...]
    background: tuple[str, ...]
    connectives: tuple[str, ...]
    source_openers: tuple[str, ...]
    reporting_verbs: frozenset[str]
    event_types: tuple[tuple[str, tuple[str, ...]], ...]
    commentators: tuple[str, ...] = ()
    prior: frozenset[str] = frozenset()
    run_up: tuple[str, ...] = ()
    vote_results: frozenset[str] = frozenset()
    vote_counts: frozenset[str] = frozenset()  # "enthaltungen": with a number, a vote taken
    ballots: frozenset[str] = frozenset()  # "abstimmung": open cue nouns a counted vote settles
    vote_shares: frozenset[str] = frozenset()  # "ja-anteil": with a percentage, a ballot's result
    polls: frozenset[str] = frozenset()  # "umfrage": a percentage of a poll, no ballot's
    vote_decisions: frozenset[str] = frozenset()  # "gewählt", "verworfen": with a result word, how a vote ended
    motions: tuple[str, ...] = ()  # "antrag": endings of nouns for a proposal put to a vote
    motion_failures: frozenset[str] = frozenset()  # "scheiterte": a motion's failure, without a result word
    motion_passes: frozenset[str] = frozenset()  # "fand": with "Mehrheit", a motion passed
    voting_bodies: tuple[str, ...] = ()  # "synode": endings of bodies that decide on a motion by vote
    recommending_bodies: tuple[str, ...] = ()  # "kommission": endings of bodies whose recommendation decides
    courts: tuple[str, ...] = ()  # "gericht": endings of courts, whose rejection is a judgement
    court_chambers: frozenset[str] = frozenset()  # "senat": a court where an ordinal numbers it ("Der 8. Senat")
    court_denials: frozenset[str] = frozenset()  # "zulassen": verbs a court's ruling negates ("nicht zugelassen")
    funding_announcements: frozenset[str] = frozenset()  # "kündigen+an": announcing cues that with money provide it
    currencies: frozenset[str] = frozenset()  # "euro": a figure before one is money
    not_funding: tuple[str, ...] = ()  # "klage": word starts that make an announcement of money a step against something
    conceded: frozenset[str] = frozenset()  # "räumte … ein" beside "Niederlage": a defeat conceded
    blanket_verbs: frozenset[str] = frozenset()  # "kritisieren": a criticism that, of the whole result, is a reaction
    blanket_objects: frozenset[str] = frozenset()  # "einigung": nouns naming the result as a whole
    announcing: frozenset[str] = frozenset()  # "Bedingungen": a sentence ending in one announces what follows
    agreed_openers: tuple[str, ...] = ()
    agreed_forms: tuple[str, ...] = ()  # "einigten sich": a lead sentence that names who agreed
    signing_forms: tuple[str, ...] = ()  # "Zugleich schlossen …": a sentence that opens with the signing
    pending_steps: tuple[str, ...] = ()
    planned_steps: tuple[str, ...] = ()  # "vorliegen": a step still to come after "soll" or "will" only
    intent_modals: frozenset[str] = frozenset()  # "will": an actor's plan, after which planned steps are still to come
    owed_approvals: tuple[str, ...] = ()  # "genehmig": a step still to come after "muss" only
    pending_modals: tuple[str, ...] = ()
    new_bodies: tuple[str, ...] = ()  # "eine Arbeitsgruppe soll prüfen": the agreed task of a new body
    unanswered: frozenset[str] = frozenset()  # "…, könne er nicht beziffern": no answer to an indirect question
    hope: tuple[str, ...] = ()
    prospects: frozenset[str] = frozenset()  # "wahrscheinlich": beside a result noun, a prospect
    demands: tuple[str, ...] = ()
    votes: frozenset[str] = frozenset()
    group_votes: frozenset[str] = frozenset()  # "stimmten", "enthielten": how groups voted, which makes them parties
    votes_needed: frozenset[str] = frozenset()  # "angewiesen", "bräuchte": votes still wanted, not cast
    voters: frozenset[str] = frozenset()  # "Abgeordnete", "Delegierte": who is counted in a vote
    outsider_reactions: frozenset[str] = frozenset()  # "warnen": an outsider's reaction, no open point
    earlier: frozenset[str] = frozenset()
    assessment: tuple[str, ...] = ()
    standing: tuple[str, ...] = ()
    former_state: frozenset[str] = frozenset()  # "bisher": a sentence opening with it tells the state before
    placeholder_nouns: frozenset[str] = frozenset()  # "Antwort" in "Eine Antwort steht noch aus": names nothing pending
    pending_words: frozenset[str] = frozenset()  # "noch", "offen": a short point says something is pending
    unsettled: tuple[str, ...] = ()  # "offen", "geregelt": word parts of a cue that says a point is unsettled
    terms: CueSet = CueSet(frozenset(), (), (), ())
    negated_open: CueSet = CueSet(frozenset(), (), (), ())  # verbs that, negated, leave a question open
    conditions: frozenset[str] = frozenset()  # clause openers of a condition: "sollte", "falls"
    quoted_open: frozenset[str] = frozenset()  # cues that keep an open item in a sentence opening with a quote
    term_markers: tuple[str, ...] = ()  # "im gegenzug": a term of the agreement, with or without a figure
    agreement: frozenset[str] = frozenset()  # cues that say an agreement was reached: "einigen", "Vereinbarung"
    decisive: frozenset[str] = frozenset()  # outcome verbs that are outcomes whoever acts: "beschließen"
    settling: frozenset[str] = frozenset()  # outcome verbs that settle a demand they act on: "verzichten"
    term_modals: frozenset[str] = frozenset()  # "muss", "dürfen": obligations and permissions a deal sets
    term_listing: frozenset[str] = frozenset()  # "zudem": adds a term to those stated, without a figure
    not_weak_open: tuple[str, ...] = ()  # "und zwar": a weak open cue in a phrase that means something else
    open_not_alone: frozenset[str] = frozenset()  # "vorwurf", "nicht zahlen": alone, no open issue
    rules: tuple[str, ...] = ()  # "künftig": a rule in force from now on
    asks: frozenset[str] = frozenset()  # cues that ask for something or leave it open
    promises: frozenset[str] = frozenset()  # "zusagen": a promise, open where its content is a review
    reviews: frozenset[str] = frozenset()  # "prüfen", "entscheiden": a step still to come
    denials: CueSet = CueSet(frozenset(), (), (), ())  # "wies … zurück" answering an accusation
    denied: frozenset[str] = frozenset()  # what is denied: "Vorwürfe", "Kritik"
    denied_pronouns: frozenset[str] = frozenset()  # "weist das zurück"
    guarantees: CueSet = CueSet(frozenset(), (), (), ())  # "schließt … aus" ruling out harm to the other side
    guaranteed: tuple[str, ...] = ()  # endings of what is ruled out: "kündigungen"
    provisions: tuple[str, ...] = ()  # endings of agreements and laws that rule something out: "vereinbarung"
    outcome_reach: float = 1.0  # share of a report's sentences, from its start, that yield outcome items
    scheduled_steps: tuple[str, ...] = ()  # "abstimmung": endings of steps a date is set for, still to come
    scheduled_words: frozenset[str] = frozenset()  # "geplant": "ist für Dezember geplant"
    deliberations: frozenset[str] = frozenset()  # "berät": with a later date, a body's step still to come
    ahead: tuple[str, ...] = ()  # "in der kommenden woche": a time still to come
    talks: tuple[str, ...] = ()  # "verhandlungen": endings of talks that, set to begin, are still to come
    talk_starts: frozenset[str] = frozenset()  # "beginnen": "Die Verhandlungen beginnen am 3. Februar"
    talk_now: frozenset[str] = frozenset()  # "jetzt": "Jetzt beginnen die Verhandlungen", no step to come


def _cue_set(raw: dict) -> CueSet:
    verbs, separable = set(), []
    for verb in raw.get("verbs") or []:
        if "+" in verb:
            stem, particle = verb.split("+", 1)
            separable.append((stem, particle))
        else:
            verbs.add(verb)
    not_with = tuple(tuple(str(v).split("+", 1)) for v in raw.get("not_with") or () if "+" in str(v))
    not_after = tuple((str(entry[0]).lower(), str(entry[1]).lower(), int(entry[2]) if len(entry) > 2 else 0)
                      for entry in raw.get("not_after") or ()
                      if isinstance(entry, (list, tuple)) and len(entry) in (2, 3))
    return CueSet(frozenset(verbs), tuple(separable), tuple(raw.get("nouns") or ()), tuple(raw.get("phrases") or ()),
                  not_with, tuple(str(w).lower() for w in raw.get("not_nouns") or ()),  # type: ignore[arg-type]
                  not_after, tuple(str(p).lower() for p in raw.get("not_phrases") or ()),
                  _verb_word_lists(raw.get("needs")), _verb_word_lists(raw.get("not_beside")))


def _verb_word_lists(raw: object) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """[[verb, word, …], …] of the cue file as (verb, words) pairs; the first place may hold several
    verbs that share the words ([[anbieten, bieten+an], muss, …]), or a phrase ([allerdings nur, wenn, …])."""
    return tuple((str(verb), tuple(str(w).lower() for w in entry[1:]))
                 for entry in raw or () if isinstance(entry, (list, tuple)) and len(entry) >= 2
                 for verb in (entry[0] if isinstance(entry[0], (list, tuple)) else [entry[0]]))


@lru_cache(maxsize=4)
def _compiled(knowledge: Knowledge) -> Cues:
    raw = knowledge.cues
    open_raw = raw.get("open") or {}
    outcome_raw = raw.get("outcome") or {}
    terms_raw = raw.get("terms") or {}

    def lowered(section: dict[str, Any], key: str, kind: type = frozenset) -> Any:
        """A list of cue words, in lower case, as `kind` (frozenset or tuple)."""
        return kind(str(w).lower() for w in section.get(key) or ())

    return Cues(
        outcome=_cue_set(outcome_raw),
        open=_cue_set(open_raw),
        strong_open=frozenset(open_raw.get("strong") or ()),
        weak_open=tuple(open_raw.get("weak") or ()),
        weak_outcome=tuple(outcome_raw.get("weak") or ()),
        duration=tuple(raw.get("duration") or ()),
        pending=tuple(tuple(str(w) for w in pair) for pair in raw.get("pending") or ()),
        hypothetical=frozenset(raw.get("hypothetical") or ()),
        reported_speech=frozenset(raw.get("reported_speech") or ()),
        negation=frozenset(raw.get("negation") or ()),
        result_nouns=tuple(raw.get("result_nouns") or ()),
        background=tuple(raw.get("background") or ()),
        connectives=tuple(sorted(raw.get("connectives") or (), key=len, reverse=True)),
        source_openers=tuple(sorted(raw.get("source_openers") or (), key=len, reverse=True)),
        reporting_verbs=frozenset(raw.get("reporting_verbs") or ()),
        event_types=tuple((str(e["name"]), tuple(e.get("terms") or ())) for e in raw.get("event_types") or ()),
        commentators=lowered(raw, "commentators", tuple),
        pending_steps=lowered(outcome_raw, "pending_steps", tuple),
        planned_steps=lowered(outcome_raw, "planned_steps", tuple),
        intent_modals=lowered(outcome_raw, "intent_modals"),
        owed_approvals=lowered(outcome_raw, "owed_approvals", tuple),
        pending_modals=lowered(outcome_raw, "pending_modals", tuple),
        new_bodies=lowered(outcome_raw, "new_bodies", tuple),
        unanswered=lowered(open_raw, "unanswered"),
        hope=lowered(raw, "hope", tuple),
        prospects=lowered(raw, "prospects"),
        demands=lowered(raw, "standing_demands", tuple),
        votes=frozenset(str(w) for w in raw.get("votes") or ()),
        group_votes=lowered(raw, "group_votes"),
        votes_needed=lowered(raw, "votes_needed"),
        voters=lowered(raw, "voters"),
        outsider_reactions=lowered(open_raw, "outsider_reactions"),
        earlier=lowered(raw, "earlier_attributes"),
        assessment=lowered(raw, "assessment", tuple),
        prior=lowered(raw, "prior"),
        run_up=lowered(raw, "run_up", tuple),
        vote_results=lowered(raw, "vote_results"),
        vote_counts=lowered(raw, "vote_counts"),
        ballots=lowered(raw, "ballots"),
        vote_shares=lowered(raw, "vote_shares"),
        polls=lowered(raw, "polls"),
        scheduled_steps=lowered(raw.get("scheduled") or {}, "steps", tuple),
        scheduled_words=lowered(raw.get("scheduled") or {}, "words"),
        deliberations=lowered(raw.get("scheduled") or {}, "deliberations"),
        ahead=lowered(raw.get("scheduled") or {}, "ahead", tuple),
        talks=lowered(raw.get("scheduled") or {}, "talks", tuple),
        talk_starts=lowered(raw.get("scheduled") or {}, "talk_starts"),
        talk_now=lowered(raw.get("scheduled") or {}, "talk_now"),
        vote_decisions=lowered(raw, "vote_decisions"),
        motions=lowered(raw, "motions", tuple),
        motion_failures=lowered(raw, "motion_failures"),
        motion_passes=lowered(raw, "motion_passes"),
        voting_bodies=lowered(raw, "voting_bodies", tuple),
        recommending_bodies=lowered(raw, "recommending_bodies", tuple),
        courts=lowered(raw, "courts", tuple),
        court_chambers=lowered(raw, "court_chambers"),
        court_denials=lowered(raw, "court_denials", frozenset),
        funding_announcements=lowered(raw.get("announced_funds") or {}, "verbs"),
        currencies=lowered(raw.get("announced_funds") or {}, "currencies"),
        not_funding=lowered(raw.get("announced_funds") or {}, "not_with", tuple),
        conceded=lowered(raw, "conceded"),
        blanket_verbs=lowered(raw.get("blanket_criticism") or {}, "verbs"),
        blanket_objects=lowered(raw.get("blanket_criticism") or {}, "objects"),
        announcing=lowered(raw, "announcing_nouns"),
        agreed_openers=lowered(outcome_raw, "openers", tuple),
        agreed_forms=lowered(outcome_raw, "agreed_forms", tuple),
        signing_forms=lowered(outcome_raw, "signing_forms", tuple),
        standing=lowered(raw, "standing", tuple),
        former_state=lowered(raw, "former_state"),
        placeholder_nouns=lowered(raw, "placeholder_nouns"),
        pending_words=lowered(raw, "pending_words"),
        unsettled=lowered(raw, "unsettled", tuple),
        terms=_cue_set(terms_raw),
        negated_open=_cue_set({"verbs": open_raw.get("negated") or ()}),
        conditions=lowered(open_raw, "conditions"),
        quoted_open=lowered(open_raw, "quoted"),
        term_markers=lowered(terms_raw, "markers", tuple),
        agreement=lowered(outcome_raw, "agreement"),
        decisive=lowered(outcome_raw, "decisive"),
        settling=lowered(outcome_raw, "settling"),
        term_modals=lowered(terms_raw, "modals"),
        term_listing=lowered(terms_raw, "listing"),
        not_weak_open=lowered(open_raw, "not_weak", tuple),
        open_not_alone=lowered(open_raw, "not_alone"),
        rules=lowered(outcome_raw, "rules", tuple),
        asks=frozenset(str(w).lower() for w in open_raw.get("asks") or ()),
        promises=lowered(open_raw, "promises"),
        reviews=lowered(open_raw, "reviews"),
        denials=_cue_set({"verbs": (open_raw.get("denials") or {}).get("verbs") or ()}),
        denied=lowered(open_raw.get("denials") or {}, "objects"),
        denied_pronouns=lowered(open_raw.get("denials") or {}, "pronouns"),
        guarantees=_cue_set({"verbs": (open_raw.get("guarantees") or {}).get("verbs") or ()}),
        guaranteed=lowered(open_raw.get("guarantees") or {}, "objects", tuple),
        provisions=lowered(open_raw.get("guarantees") or {}, "provisions", tuple),
        outcome_reach=float(outcome_raw.get("reach") or 1.0),
    )


def compiled_cues(knowledge: Knowledge) -> Cues:
    return _compiled(knowledge)


def lemmas(token: Token) -> frozenset[str]:
    """Lemma candidates: spaCy's lookup table, and HanTa where the table has no entry. A
    participle opening a sentence ("Vereinbart wurde zudem, …") is read as the verb it is."""
    if token.text[:1].isupper() and _sentence_initial_verb(token):
        return _lemmas(token.text, token.lemma_) | _lemmas(token.lower_, token.lower_)
    return _lemmas(token.text, token.lemma_)


def _sentence_initial_verb(token: Token) -> bool:
    return (token.text[:1].isupper() and token.text[1:].islower() and token.is_sent_start
            and morph.tag(token.text) not in ("NN", "NE") and morph.can_be_verb(token.lower_))


@lru_cache(maxsize=200_000)
def _lemmas(text: str, lookup: str) -> frozenset[str]:
    # A function of the word and its (context-free) lookup lemma only, so memoised.
    found = {lookup.lower(), text.lower()}
    if text.isalpha() and len(text) >= 5 and text[:1].islower() and (
        lookup == text or not lookup.endswith("n")
        or (text.startswith("ge") and not lookup.startswith("ge"))  # "gewährt": "währen" reads a participle
    ):
        # The lookup table misses many inflected verbs ("vereinbarten" -> "vereinbart").
        found.add(morph.analyze(text)[0].lower())
        if morph.can_be_verb(text):
            found |= morph.weak_verb_lemmas(text.lower())
    if "ss" in text and text.isalpha():
        # Swiss spelling writes no ß ("gutgeheissen", "beschloss" stays): read the word as written
        # elsewhere too, so the cue lists need only the ß form
        sharp = text.replace("ss", "ß")
        found |= _lemmas(sharp, sharp)
    return frozenset(found)


@dataclass(frozen=True)
class CueHit:
    cue: str
    token_index: int  # index within the token run, -1 for phrases
    kind: str  # "verb", "noun", "phrase"


_NOUN_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "se", "sen", "ses")  # "Zugeständnissen"


def _heads(word: str, noun: str) -> bool:
    """Whether the noun is the word's head: German compounds end in it ('Teilvereinbarung',
    'Forderungen'), so 'Bereitschaftsdienste' is no 'Bereitschaft' and 'bedingungslos' no 'Bedingung'."""
    return any(word.endswith(noun + ending) for ending in _NOUN_ENDINGS)


# "stimmte geschlossen gegen die Schließung", "stimmten geschlossen dagegen", "lehnten den Entwurf
# geschlossen ab": the participle beside a vote or a stand is an adverb (as one), no act of closing
_AFTER_AS_ONE = frozenset({"gegen", "für", "hinter", "dagegen", "dafür", "mit", "ab", "zu", "zugestimmt",
                           "auftreten", "auftraten"})
_BEFORE_AS_ONE = frozenset({"fast", "nahezu", "weitgehend", "stimmte", "stimmten", "stimmt", "votierte",
                            "votierten"})


def _adverbial_participle(token: Token, words: list[str], i: int) -> bool:
    return token.lower_ == "geschlossen" and ((i + 1 < len(words) and words[i + 1] in _AFTER_AS_ONE)
                                              or (i > 0 and words[i - 1] in _BEFORE_AS_ONE))


def _stands_before(tokens: Sequence[Token], words: list[str], i: int, word: str, reach: int) -> bool:
    """Whether `word` stands up to `reach` words before i (anywhere before, reach 0); an "als"
    before a number compares amounts ("den mehr als 80 Staaten gefordert hatten"), not the act."""
    start = max(0, i - reach) if reach else 0
    return any(words[j] == word and not (word == "als" and j + 1 < i and tokens[j + 1].like_num)
               for j in range(start, i))


def find_cues(tokens: Sequence[Token], text: str, cues: CueSet) -> list[CueHit]:
    hits: list[CueHit] = []
    lowered_text = text.lower()
    words = [t.lower_ for t in tokens]
    for i, token in enumerate(tokens):
        if not token.is_alpha and "-" not in token.text:
            continue
        token_lemmas = lemmas(token)
        verb_hits = [] if cues.verbs.isdisjoint(token_lemmas) else [
            v for v in cues.verbs if v in token_lemmas
            and not any(stem == v and _particle_follows(words, i, particle) for stem, particle in cues.not_with)]
        if not cues.separable_stems.isdisjoint(token_lemmas):
            verb_hits += [
                f"{stem}+{particle}" for stem, particle in cues.separable
                if stem.lower() in token_lemmas and _particle_follows(words, i, particle.lower())
            ]
        # "ist auf Stimmen angewiesen", "zu unveränderten Bedingungen": a form no cue after the word
        excluded = any(token.lower_ == form and _stands_before(tokens, words, i, word, reach)
                       for form, word, reach in cues.not_after)
        if verb_hits and (excluded or _adverbial_participle(token, words, i)):
            verb_hits = []
        if verb_hits and cues.needs:  # "bleibt bestehen" is no insistence: "bestehen" needs "auf"
            verb_hits = [v for v in verb_hits if all(verb != v or not set(needed).isdisjoint(words)
                                                     for verb, needed in cues.needs)]
        if verb_hits and cues.not_beside:  # "muss … anbieten", "sollen … angeboten werden": a rule or plan, no offer
            verb_hits = [v for v in verb_hits if all(verb != v or set(barred).isdisjoint(words)
                                                     for verb, barred in cues.not_beside)]
        if verb_hits and _is_verb(token):
            hits.extend(CueHit(v, i, "verb") for v in verb_hits)
        if token.text[:1].isupper():
            lower = token.lower_
            if cues.not_nouns and any(word in lower for word in cues.not_nouns):
                continue
            if excluded:
                continue
            for noun in cues.nouns:
                if noun in lower and _heads(lower, noun):
                    hits.append(CueHit(noun, i, "noun"))
                    break
    for masked in cues.not_phrases:
        lowered_text = lowered_text.replace(masked, " " * len(masked))
    for phrase in cues.phrases:
        if (_phrase_in(phrase, lowered_text)
                and all(cue != phrase or set(barred).isdisjoint(words) for cue, barred in cues.not_beside)
                and all(cue != phrase or not set(needed).isdisjoint(words) for cue, needed in cues.needs)):
            hits.append(CueHit(phrase, -1, "phrase"))
    return hits


def _is_verb(token: Token) -> bool:
    """Guards verb cues against look-alikes ("einig" is not "einigen", nor is "in einigen Städten":
    no verb follows a preposition right after it)."""
    if token.i > 0 and token.nbor(-1).lower_ in _PREPOSITIONS:
        return False
    return (token.text[:1].islower() and morph.can_be_verb(token.text)) or _sentence_initial_verb(token)


# (not the ones that are also a verb's particle or stand after their noun: "hat … mit ausgehandelt",
# "Vom 1. März an folgt …")
_PREPOSITIONS = frozenset("in im bei beim von vom am nach seit für gegen ohne zwischen neben hinter während wegen "
                          "trotz".split())


# how far a separable verb's particle may stand from its stem: the middle field of "sichert der
# Mutterkonzern … bis Ende 2032 Zahlungen in Höhe der tariflichen Ansprüche zu" holds 26 tokens
_BRACKET_REACH = 40
_BRACKET_ENDS = frozenset(":«„")  # a colon or an opening quote ends the verb's clause


def _particle_follows(words: list[str], i: int, particle: str) -> bool:
    for j in range(i + 1, min(len(words), i + _BRACKET_REACH)):
        if words[j] in _BRACKET_ENDS:
            return False  # "sagt er: «Zu viele, das gebe ich zu.»": the quote's verb has its own particle
        if words[j] == particle and not (words[j - 1].isdigit() and j + 1 < len(words) and words[j + 1].isdigit()):
            # ("mit 212 zu 31 Stimmen" is a score, not the particle of "zustimmen"); a preposition of the
            # same form before it is not the particle either ("teilte … nach einem Treffen mit dem Kanzler mit"),
            # nor one before a number ("verlangt, dass Initiativen ab 100.000 Unterschriften …")
            if j + 1 >= len(words) or not words[j + 1][:1].isalnum() or words[j + 1] in ("und", "oder"):
                return True
    return False


def _phrase_in(phrase: str, lowered_text: str) -> bool:
    if " … " in phrase:
        return _gapped_phrase(phrase).search(lowered_text) is not None
    start = lowered_text.find(phrase)
    while start != -1:
        before = lowered_text[start - 1] if start else " "
        end = start + len(phrase)
        after = lowered_text[end] if end < len(lowered_text) else " "
        if not before.isalpha() and not after.isalpha():  # "offen", not "offenbar"
            return True
        start = lowered_text.find(phrase, start + 1)
    return False


@lru_cache(maxsize=1024)
def _gapped_phrase(phrase: str) -> re.Pattern[str]:
    """'kaufpreis liegt … bei': the parts in order, up to five words between them and no comma
    ("Der Kaufpreis liegt nach Angaben der Stadt bei 8,9 Millionen Euro")."""
    gap = r"(?:\s+[^\s,;.:]+){0,5}\s+"
    return re.compile(r"(?<!\w)" + gap.join(re.escape(part) for part in phrase.split(" … ")) + r"(?!\w)")


def contains_any(text: str, phrases: Iterable[str]) -> str | None:
    lowered = text.lower()
    for phrase in phrases:
        if _phrase_in(phrase, lowered):
            return phrase
    return None


@lru_cache(maxsize=100_000)
def commentator_word(word: str, stem: str) -> bool:
    """'Analysten', and compounds ending in the stem: 'Branchenexperten', 'Regierungskritiker'
    (not 'Expertengruppen', whose head is another noun)."""
    endings = ("", "n", "en", "nen", "in", "innen", "s", "e", "es")
    return any(word.endswith(stem + ending) for ending in endings)


def commentator_led(words: Sequence[str], commentators: tuple[str, ...]) -> bool:
    """'Branchenexperten fordern …', 'Die Opposition reagierte …': a commentator opens the sentence."""
    return any(commentator_word(w, c) for w in words[:3] for c in commentators)
