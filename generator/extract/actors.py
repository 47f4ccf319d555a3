"""People, organisations and states named in a report, and which of them are the event's parties.

Names are found four ways: the user's actor list (canonical names, aliases, genitive forms),
titles and appositions ("Verteidigungsminister Rustem Umjerow", "die Pressesprecherin des
Weißen Hauses, Karoline Leavitt"), given names from a list ("Pawel Sarubin"), and acronyms or
names in parentheses ("(RDIF)"). Surname-only mentions ("Putins") resolve to the full name found
elsewhere in the same report. Parties are the actors of the lead: the people named in the main
clauses of the first sentences, not those in relative clauses or later background.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Literal, Sequence

from spacy.tokens import Token

from generator.brief import Actor
from generator.extract.anaphora import CLAUSE_SET_IN, NOMINATIVE_GENDER, gender_of
from generator.extract.cues import commentator_led, commentator_word, compiled_cues
from generator.extract.dates import MONTHS
from generator.extract.figures import ORDINAL_WORDS, VOTE_TALLY
from generator.extract.party_model import Candidate, PartySignals, candidates, decide_parties
from generator.extract.text import (SPEAKER_LABEL, WEEKDAY_NUMBERS, Analysed, Sentence, opening_byline_end,
                                    relative_clause_tokens)
from generator.knowledge import Knowledge
from generator.nlp import morph
from generator.nlp.pipeline import DOTTED_LEGAL_FORMS

Kind = Literal["person", "organisation", "state"]

_STOP = frozenset(
    """Der Die Das Dem Den Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ihr Man Im Am Auf In An
    Als Auch Aber Und Oder Doch Nach Vor Bei Mit Von Zu Zum Zur Für Über Unter Um Aus Seit Laut Ob
    Wie Wo Was Wer Wenn Dass Damit Dabei Dies Diese Dieser Dieses Ohne Trotz Während Zudem
    Außerdem Stattdessen Hinsichtlich Januar Februar März April Mai Juni Juli August September
    Oktober November Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Herr Frau
    Europa Afrika Asien Lateinamerika Südamerika Nordamerika Nahost Westen Osten Causa
    Mir Mich Dir Dich Uns Euch Ihm Ihn Ihnen""".split()
)
_WEEKDAYS = frozenset(name.capitalize() for name in WEEKDAY_NUMBERS)
_MONTH_NAMES = frozenset("Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember".split())
_PART_OF_MONTH = frozenset("Anfang Mitte Ende".split())
_PARTICLES = frozenset({"von", "van", "de", "der", "den", "bin", "al", "el", "da", "di", "du", "le", "la", "do", "dos"})
# particles that are German articles too: part of a name only after another particle ("von der Leyen")
_ARTICLE_PARTICLES = frozenset({"der", "den"})
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}$")
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|as|asch|at|ar|an|ibn|bin|abu|abd|ben)-[A-ZÄÖÜ][a-zäöüß]+$")
# heads of a compound after an organisation or state that name its members acting ("Nato-Staaten",
# "EU-Unterhändler"); other heads make the name an attribute ("AfD-Stimmen", "EU-Gipfel")
_MEMBER_HEADS = ("staaten", "mitglied", "länder", "partner", "spitze", "führung", "delegation", "regierung",
                 "verhandler", "unterhändler", "fraktion", "minister", "abgeordnete")
_HYPHENATED_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}(?:-[A-ZÄÖÜ]{2,6})+$")  # "PRO-GE", "IG-BCE"
# the cantons' letters, written after a Swiss town ("Rüegsbach LU", "Wil SG"): part of the place
_CANTON_CODES = frozenset("AG AI AR BE BL BS FR GE GL GR JU LU NE NW OW SG SH SO SZ TG TI UR VD VS ZG ZH".split())
_MIXED_ACRONYM = re.compile(r"^[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ][A-Za-zäöü]{0,3}$")  # "BdS", "VdK", "DGfK"
_CHAMBER_COMMITTEE = re.compile(r"^[A-ZÄÖÜ][A-Za-zäöü]{1,4}-[NS]$")  # a Swiss chamber's committee: "SiK-N", "KVF-S"
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")  # "Robert F. Kennedy"
_LINK = re.compile(r"\[([^\]\n]{2,80})\]\((?:https?|ftp)://[^)\s]+\)")


def _roman(number: int) -> str:
    letters = ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            letters, number = letters + numeral, number - value
    return letters


# Roman ordinals name no organisation ("des VIII. Zivilsenats"), though in brackets after a name one
# may be its short form ("Industriellenvereinigung (IV)"); nor do the short forms of common nouns
# (`common_acronyms` in data/roles.yaml: "Flüssiggas (LNG)")
_ROMAN = frozenset(_roman(n) for n in range(1, 31))
_COMPASS = frozenset("Nord Süd Ost West Nordost Nordwest Südost Südwest Mitte".split())


@dataclass(frozen=True)
class Entry:
    canonical: str
    kind: Kind
    role: str = ""
    country: str = ""
    is_place: bool = False  # a capital or seat of government standing for its state


@dataclass(frozen=True)
class Mention:
    canonical: str
    kind: Kind
    sentence: int
    start: int
    end: int
    role: str = ""
    country: str = ""
    in_relative_clause: bool = False
    in_attribution: bool = False
    after_preposition: bool = False  # "gegen Russland", "über die Ukraine": an object, not an actor
    guessed: bool = False  # a run of proper nouns without a title or given name: kind unsure
    affiliation: bool = False  # "CDU-Politikerin", "Carsten Schneider (SPD)": whose side, not a mention
    source: bool = False  # the speaker of a trailing attribution (", sagte der Sprecher X"): no party
    example: bool = False  # listed after 'wie' ("Ketten wie McDonald's"): named, but no party


@dataclass(frozen=True)
class Gazetteer:
    phrases: dict[tuple[str, ...], Entry]
    max_len: int
    adjectives: tuple[tuple[str, str], ...]  # (stem, state)
    first_names: frozenset[str]
    role_words: frozenset[str]
    role_suffixes: tuple[str, ...]
    role_inflections: dict[str, str]
    relational: frozenset[str]
    organisation_heads: frozenset[str]
    organisation_tails: frozenset[str] = frozenset()
    first_words: frozenset[str] = frozenset()  # first words of all phrases: a cheap pre-check
    institutions: tuple[str, ...] = ()
    bodies: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    genders: tuple[tuple[str, str], ...] = ()
    listed: frozenset[str] = frozenset()  # canonical names of the actor list: never rewritten
    local_bodies: frozenset[str] = frozenset()
    legislatures: tuple[str, ...] = ()
    club_prefixes: frozenset[str] = frozenset()
    alliances: frozenset[str] = frozenset()  # listed organisations with `alliance: true`
    media: frozenset[str] = frozenset()  # listed organisations with `media: true`
    publications: tuple[str, ...] = ()
    governments: frozenset[str] = frozenset()
    regions: tuple[str, ...] = ()  # listed Länder and cantons
    political_parties: frozenset[str] = frozenset()
    adjectival: frozenset[str] = frozenset()  # listed organisations with `adjectival: true`
    home_signals: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (state, its `signals` as one pattern)
    district_bodies: frozenset[str] = frozenset()
    group_heads: frozenset[str] = frozenset()
    courts: tuple[str, ...] = ()  # endings of courts' names (`courts` in data/cues.yaml)
    regional_associations: tuple[str, ...] = ()
    regional_bodies: frozenset[str] = frozenset()
    common_acronyms: frozenset[str] = frozenset()  # `common_acronyms` of the role list
    not_acronyms: frozenset[str] = frozenset()  # those and Roman numerals ("Landgericht München I")
    case_steps: tuple[str, ...] = ()  # word parts of a case brought before a body (`case_steps` in data/cues.yaml)
    leaders: frozenset[str] = frozenset()  # titles of those who lead an organisation, lower case (`leaders`)
    assemblies: frozenset[str] = frozenset()  # citizens' assemblies (`assemblies`): "Gemeindeversammlung"
    municipal_heads: frozenset[str] = frozenset()  # lower case (`municipal_heads`): "gemeindepräsident"
    cantonal_offices: tuple[str, ...] = ()  # offices named by "kantonal" (`cantonal_offices`)
    staff_councils: tuple[str, ...] = ()  # a workforce's councils (`staff_councils`): "Betriebsrat"
    territorial_offices: tuple[str, ...] = ()  # endings of offices named with their canton or Land
    branches: tuple[str, ...] = ()  # an organisation's regional branches (`branches`): "Landesstelle"


def _genitive(word: str) -> str | None:
    return None if word[-1:] in "sxzß" else word + "s"


@lru_cache(maxsize=4)
def _gazetteer_cached(knowledge: Knowledge) -> Gazetteer:
    phrases: dict[tuple[str, ...], Entry] = {}

    def add(surface: str, entry: Entry) -> None:
        words = tuple(surface.split())
        if words and words not in phrases:
            phrases[words] = entry
        # the adjectives that open a name take the ending the sentence gives them, all alike
        # ("Europäischen Union", "Europäische Parlament", "Das Deutsche Rote Kreuz") or the first
        # alone, before a word that does not inflect ("der Neuen Zürcher Zeitung")
        opening = _adjective_stems(words)
        for ending in ("", "n", "r", "s"):
            phrases.setdefault(tuple(stem + ending for stem in opening) + words[len(opening):], entry)
            if len(opening) > 1:
                phrases.setdefault((opening[0] + ending,) + words[1:], entry)
        if len(words) > 1 and words[0][:1].isupper() and not words[0].endswith(("e", "er", "es", "en")):
            for ending in ("s", "es"):  # "des Bundesverbands der Deutschen Industrie"
                phrases.setdefault((words[0] + ending,) + words[1:], entry)
        gen = _genitive(words[-1]) if words else None
        if gen:
            phrases.setdefault(words[:-1] + (gen,), entry)
            if entry.kind == "organisation" and words[-1][-1:].isalpha() and words[-1][-1:] not in "aeiouy":
                phrases.setdefault(words[:-1] + (words[-1] + "es",), entry)  # "des Bundesheeres"
            if len(words) > 1 and words[0][:1].isupper() and words[0].endswith(("e", "es", "er")):
                # "des Europäischen Parlaments": the adjective's weak form with the genitive
                stem = words[0][:-1] if words[0].endswith("e") else words[0][:-2]
                phrases.setdefault((stem + "en",) + words[1:-1] + (gen,), entry)

    for person in knowledge.actors.people:
        entry = Entry(person.name, "person", person.role, person.country)
        for surface in (person.name, *person.aliases):
            add(surface, entry)
    for org in knowledge.actors.organisations:
        entry = Entry(org.name, "organisation", "", org.country)
        for surface in (org.name, *org.aliases):
            add(surface, entry)
    adjectives = []
    for state in knowledge.actors.states:
        entry = Entry(state.name, "state", "", state.name)
        for surface in (state.name, *state.aliases, *state.demonyms):
            add(surface, entry)
        for place in state.places:
            add(place, Entry(state.name, "state", "", state.name, is_place=True))
        adjectives.extend((stem, state.name) for stem in state.adjectives)
    return Gazetteer(
        phrases,
        max(len(k) for k in phrases) if phrases else 1,
        tuple(sorted(adjectives, key=lambda a: -len(a[0]))),
        knowledge.first_names,
        knowledge.roles.roles,
        knowledge.roles.suffixes,
        knowledge.roles.inflections,
        knowledge.roles.relational,
        knowledge.roles.organisation_heads,
        knowledge.roles.organisation_tails,
        frozenset(k[0] for k in phrases),
        knowledge.roles.institutions,
        knowledge.roles.bodies,
        knowledge.roles.documents,
        knowledge.roles.genders,
        frozenset(entry.canonical for entry in phrases.values()),
        knowledge.roles.local_bodies,
        knowledge.roles.legislatures,
        knowledge.roles.club_prefixes,
        frozenset(o.name for o in knowledge.actors.organisations if o.alliance),
        frozenset(o.name for o in knowledge.actors.organisations if o.media),
        knowledge.roles.publications,
        knowledge.roles.governments,
        tuple(state.name for state in knowledge.actors.states if state.region),
        frozenset(o.name for o in knowledge.actors.organisations if o.party),
        frozenset(o.name for o in knowledge.actors.organisations if o.adjectival),
        tuple((state.name, re.compile(r"\b(?:" + "|".join(map(re.escape, state.signals)) + r")\b"))
              for state in knowledge.actors.states if state.signals),
        knowledge.roles.district_bodies,
        knowledge.roles.group_heads,
        tuple(str(word).lower() for word in knowledge.cues.get("courts") or ()),
        knowledge.roles.regional_associations,
        knowledge.roles.regional_bodies,
        knowledge.roles.common_acronyms,
        # function words in capitals ("BÜRGERMEISTER VON THAURACH" in a speaker label) spell no name
        knowledge.roles.common_acronyms | _ROMAN | {word.upper() for word in _STOP},
        tuple(str(word).lower() for word in knowledge.cues.get("case_steps") or ()),
        knowledge.roles.leaders,
        knowledge.roles.assemblies,
        knowledge.roles.municipal_heads,
        knowledge.roles.cantonal_offices,
        knowledge.roles.staff_councils,
        knowledge.roles.territorial_offices,
        knowledge.roles.branches,
    )


def _adjective_stems(words: tuple[str, ...]) -> tuple[str, ...]:
    """The capitalised adjectives that open a name of several words, each cut to its form in -e
    ('Deutsches Rotes Kreuz' -> 'Deutsche', 'Rote'); none where the first word is no such adjective."""
    stems = []
    for k, word in enumerate(words[:-1]):
        if not word[:1].isupper():
            break
        if word.endswith("e"):
            stems.append(word)
        elif word.endswith(("es", "er")) and (len(word) > 6 or k > 0):
            stems.append(word[:-1])
        else:
            break
    return tuple(stems)


def gazetteer(knowledge: Knowledge) -> Gazetteer:
    return _gazetteer_cached(knowledge)


def state_of_adjective(word: str, gaz: Gazetteer) -> str | None:
    """'russischen' -> 'Russland'; 'US-amerikanische' -> 'USA'."""
    return _state_of_adjective(word.lower(), gaz.adjectives)


@lru_cache(maxsize=100_000)
def _state_of_adjective(lowered: str, adjectives: tuple[tuple[str, str], ...]) -> str | None:
    # Memoised per word: every capitalised and lowercase word of a report is asked.
    for stem, state in adjectives:
        if lowered.startswith(stem) and len(lowered) - len(stem) <= 3:
            return state
    return None


# a genitive's "-s" after a role ending in "-er" or "-or" (not "des Gemeinderats Glattwil": a council)
_GENITIVE_ROLE_ENDINGS = ("ers", "ors")


def role_base(word: str, gaz: Gazetteer) -> str | None:
    """The role a title word names ('Präsidenten' -> 'Präsident'), or None if it is not a title."""
    head = word.rsplit("-", 1)[-1] if "-" in word else word
    if not word[:1].isupper() and not (head != word and head[:1].isupper()):  # also "ver.di-Chefin"
        return None
    if head.isupper() and len(head) > 4 and head not in gaz.role_words:
        head = head.capitalize()  # a speaker label in capitals: "MODERATORIN Seline Bärtschiger:"
        word = word[: len(word) - len(head)] + head
    base_head = gaz.role_inflections.get(head, head)
    if base_head == head and head.endswith(_GENITIVE_ROLE_ENDINGS):
        base_head = head[:-1]  # "des Inselbürgermeisters Okko Dreesmann-Lüpke", "des Direktors"
    if base_head in gaz.relational and head == word:
        return base_head
    if base_head in gaz.role_words or base_head.lower().endswith(gaz.role_suffixes):
        return word[: len(word) - len(head)] + base_head
    return None


def _given_name(word: str, gaz: Gazetteer) -> bool:
    """A listed given name, also as the first part of a double name ('Jens-Frederik')."""
    return word in gaz.first_names or ("-" in word and word.split("-", 1)[0] in gaz.first_names
                                       and word.split("-", 1)[1][:1].isupper())


def _stop_word(text: str) -> bool:
    """A function word, a month or a weekday, also in a speaker label in capitals ("O-TON JOSEF
    HAIDACHER, BÜRGERMEISTER VON THAURACH"), which no name begins with."""
    return text in _STOP or (text.isupper() and text.capitalize() in _STOP)


def _name_like(token: Token, gaz: Gazetteer, first: bool, after_first_name: bool = False,
               after_title: bool = False) -> bool:
    """Whether a token can be part of a person's name. After a listed given name a capitalised
    word is a surname even where the tagger reads an adjective ('Katharina Dröge'); after a title
    and a given name even a word read as a nominalised adjective ('Ministerin Henrike Grün')."""
    text = token.text
    if not first and _PARTICLE_NAME.match(text):
        return True  # "Ahmed al-Scharaa", "Abdel Fattah el-Sisi"
    following = token.nbor(1).text if token.i + 1 < len(token.doc) else ""
    if text in _PART_OF_MONTH and (following in _MONTH_NAMES or following.isdigit()):
        return False  # "Staatssekretärin Hollensteiner Mitte September": a time, not a surname
    if after_first_name and text in _WEEKDAYS and following not in (",", "den", "dem") and not following[:1].isdigit():
        return True  # "Die Abgeordnete Mareike Sonntag wirft …": a surname, not the day
    if not text[:1].isupper() or _stop_word(text) or not text.replace("-", "").isalpha():
        return False
    listed = gaz.phrases.get((text,))
    if listed and listed.kind != "person" and not (after_first_name and listed.kind == "organisation"):
        return False  # a listed name, unless a company's name is a surname ("Wolfgang Porsche")
    if (role_base(text, gaz) and not after_first_name) or state_of_adjective(text, gaz):
        return False  # after a listed given name a role word is a surname: "Ressortchef Jens Richter (CDU)"
    if first:
        return _given_name(text, gaz) or morph.tag(text) in ("NE", "FM") or _FOREIGN_LETTERS.search(text) is not None
    if after_title:
        return True
    if after_first_name:
        # (the tagger guesses a nominalised adjective for an unknown word in "-er": "Markus Tauchner")
        return morph.tag(text) != "NNA" or morph.is_unknown(text)
    if len(text) >= 8 and morph.tag(text) == "NN" and not morph.is_unknown(text) and morph.analyze(text)[0] != text:
        return False  # "Präsident Mart Leppik Darlehensverträge": an inflected common noun ends the name
    return morph.tag(text) not in ("ADJ(A)", "ADJ(D)", "NNA")


def _noun_after_full_name(tokens: list[Token], start: int, end: int, gaz: Gazetteer) -> bool:
    """'ihres Geschäftsführers Arne Petersen Schadenersatzansprüche': after a given name and a
    surname the tagger knows as one, an inflected common noun is the object the sentence goes on
    with (not 'Claus Ruhe Madsen', whose middle name reads as a noun)."""
    if end - start < 2 or not _given_name(tokens[start].text, gaz) or _given_name(tokens[end - 1].text, gaz):
        return False
    word = tokens[end].text
    return (tokens[end - 1].text[:1].isupper() and morph.tag(tokens[end - 1].text) == "NE" and morph.tag(word) == "NN"
            and morph.analyze(word)[0] != word)


def _attribution_tokens(tokens: Sequence[Token]) -> set[int]:
    """Tokens of a trailing source clause (", wie X mitteilte", ", so der Pressedienst")."""
    for i, token in enumerate(tokens):
        if token.text == "," and i + 1 < len(tokens) and tokens[i + 1].lower_ in ("wie", "so", "sagte", "berichtete", "hieß"):
            return {t.i for t in tokens[i + 1:]}
    return set()


_OBJECT_PREPOSITIONS = frozenset("gegen für über um auf zu zur zum in im nach aus von vom vor an am bei".split())
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer".split())
_CONTRACTED_ARTICLES = frozenset("vom beim zum zur".split())  # "vom Landesbetrieb Mobilität genehmigt"


def _after_preposition(tokens: list[Token], first: int) -> bool:
    if (first >= 3 and tokens[first - 1].lower_ in ("der", "des") and tokens[first - 2].text[:1].isupper()
            and (tokens[first - 3].lower_ in _ALL_PREPOSITIONS
                 or (first >= 4 and tokens[first - 3].lower_ in _ARTICLES
                     and tokens[first - 4].lower_ in _ALL_PREPOSITIONS))):
        # "unter Vermittlung der USA", "auf die Finanzierung der Universität Basel": an attribute of the object
        return True
    if _in_listed_regions(tokens, first):
        return True
    j = first - 1
    while j >= 0 and (tokens[j].lower_ in _ARTICLES or (tokens[j].text[:1].islower() and tokens[j].lower_.endswith(("en", "e", "er")) and tokens[j].lower_ not in _OBJECT_PREPOSITIONS)) and first - j <= 3:
        j -= 1
    if j >= 1 and tokens[j].lower_ == "aus" and tokens[j - 1].lower_.endswith(_COLLECTIVES):
        return False  # "die Koalition aus CDU, BSW und SPD": the members act
    if j >= 1 and tokens[j].lower_ == "von" and tokens[j - 1].lower_.endswith(_LEADERS_OF):
        return False  # "die Spitzen von CDU und SPD": the parties act through them
    return j >= 0 and tokens[j].lower_ in _OBJECT_PREPOSITIONS


def _in_listed_regions(tokens: list[Token], first: int) -> bool:
    """'in den Kantonen St. Gallen, Thurgau und Tessin': a name listed after a plural of regions
    that follows 'in den' is where something happens, as the first name is."""
    j = first - 1
    while j >= 1 and tokens[j].text in (",", "und", "oder", "sowie"):
        j -= 1  # back over the names listed before it
        while j >= 1 and tokens[j].text[:1].isupper() and tokens[j].text not in _REGIONS_PLURAL:
            j -= 1
    return (j >= 2 and tokens[j].text in _REGIONS_PLURAL and tokens[j - 1].lower_ == "den"
            and tokens[j - 2].lower_ in _SCENE)


_COLLECTIVES = ("koalition", "regierung", "bündnis", "allianz")
_REGIONS_PLURAL = frozenset("Kantonen Bundesländern Ländern Staaten Regionen Bezirken Landkreisen".split())
_LEADERS_OF = ("spitzen", "vertreter", "vertreterinnen", "delegationen", "unterhändler", "chefs")


def _genitive_attribute(tokens: list[Token], i: int, length: int, entry: Entry) -> bool:
    """A state or organisation in the genitive right after a noun is an attribute, not an actor."""
    surface = tokens[i + length - 1].text
    if i == 0 or not surface.endswith("s") or entry.canonical.endswith("s"):
        return False
    before = tokens[i - 1]
    if before.lower_ in ("und", "oder", "sowie") and i >= 3:
        before = tokens[i - 3] if tokens[i - 2].text.endswith("s") else before  # "Vermittlung Katars und Ägyptens"
    return before.text[:1].isupper() and not before.is_sent_start and before.lower_ not in ("und", "oder", "sowie")


def _role_before(tokens: list[Token], index: int, gaz: Gazetteer) -> tuple[str, str]:
    """(role, country) from the words right before a name: 'russischen Präsidenten', 'US-Präsident'."""
    if index <= 0:
        return "", ""
    role = role_base(tokens[index - 1].text, gaz)
    if not role:
        return "", ""
    country = ""
    if "-" in role:
        prefix = role.split("-", 1)[0]
        entry = gaz.phrases.get((prefix,))
        if entry and entry.kind == "state":
            country = entry.canonical
    if not country and index >= 2:
        before = tokens[index - 2].text
        country = state_of_adjective(before, gaz) or ""
        entry = gaz.phrases.get((before,))
        if not country and entry and entry.kind == "state" and before.endswith("s"):
            country = entry.canonical  # "Russlands Präsident"
    return role, country


_ROMAN_NUMERAL = re.compile(r"[IVX]{1,4}")


_DESCRIBING_DETERMINERS = frozenset(
    "ein eine einen einem einer eines kein keine keinen keinem keiner ihr ihre ihren ihrem ihrer sein seine "
    "seinen seinem seiner unser unsere unseren unserem jeder jede jedes jeden".split())


def _describing_before(tokens: list[Token], i: int) -> bool:
    """'ihr jährlicher', 'der nächste', 'eine': a determiner or adjective that makes the noun after
    it a common one, not a listed body's short name."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return before.lower_ in _DESCRIBING_DETERMINERS or (
        before.text[:1].islower() and before.is_alpha and before.text.endswith(("e", "en", "er", "es", "em"))
        and morph.tag(before.text) == "ADJ(A)")


def _genitive_name_after(tokens: list[Token], i: int) -> bool:
    """'Union des Foires Internationales': a capitalised word after "des"/"der" goes on the name."""
    return (i + 2 < len(tokens) and tokens[i + 1].lower_ in ("des", "der")
            and tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_alpha)


def _match_known(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[Entry, int] | None:
    if tokens[i].text not in gaz.first_words:
        return None
    for length in range(min(gaz.max_len, len(tokens) - i), 0, -1):
        key = tuple(t.text for t in tokens[i:i + length])
        entry = gaz.phrases.get(key)
        if entry:
            if entry.kind == "organisation" and i > 0 and tokens[i - 1].text in gaz.first_names:
                return None  # "Harrison Ford", "Wolfgang Porsche": a person whose surname a company bears
            if (entry.kind == "person" and length == 1 and i > 0 and tokens[i - 1].text in gaz.first_names
                    and not _same_given_name([tokens[i - 1].text, key[0]], entry.canonical, gaz.first_names)):
                return None  # "Sabine Merz": another person of a known person's surname
            if (entry.kind == "organisation" and length == 1 and key[0].isupper() and i + 1 < len(tokens)
                    and _ROMAN_NUMERAL.fullmatch(tokens[i + 1].text)):
                return None  # "SGB VI", "SGB II": a book of a code, not the union its letters also spell
            if (entry.canonical in gaz.political_parties and length == 1 and key[0][1:].islower()
                    and _party_word_as_time_or_place(tokens, i)):
                return None  # "bis Mitte 2026", "in der Mitte der Gesellschaft": no party
            if (entry.kind == "organisation" and length == 1 and _institution_nominative(key[0], gaz) == key[0]
                    and (entry.canonical == key[0] or entry.canonical.startswith(key[0] + " ")) and i + 1 < len(tokens)
                    and _regional_place(tokens[i + 1], gaz)):
                return None  # "die Wirtschaftskammer Salzburg": the Land's chamber, not the national one
            if (entry.kind == "organisation" and entry.country and i > 0 and tokens[i - 1].text.islower()
                    and state_of_adjective(tokens[i - 1].text, gaz) not in (None, entry.country)):
                return None  # "vom peruanischen Kongress": another state's body of the same name
            return entry, length
    return None


def _regional_place(token: Token, gaz: Gazetteer) -> bool:
    """A Land, canton or town's name: the region a body of a national name serves."""
    entry = gaz.phrases.get((token.text,))
    if entry is not None:
        return entry.is_place or (entry.kind == "state" and token.text == entry.canonical)
    return _place_name(token, gaz) and morph.tag(token.text) == "NE"


def _same_given_name(words: list[str], known: str, first_names: frozenset[str]) -> bool:
    """'Vladimir Putin' is 'Wladimir Putin' (a spelling of the same given name), 'Friedensnobelpreisträger
    Muhammad Yunus' is 'Muhammad Yunus'; 'Sabine Merz' is not 'Friedrich Merz'."""
    if len(words) < 2 or " " not in known:
        return True
    given = known.split()[0].lower()
    if any(SequenceMatcher(None, word.lower(), given).ratio() >= 0.7 for word in words[:-1]):
        return True
    return not any(word in first_names for word in words[:-1])


def _party_word_as_time_or_place(tokens: list[Token], i: int) -> bool:
    """A party named by a common word ("Mitte") used for a time or a place: before a month, a
    year or a genitive ("Mitte Dezember", "bis Mitte 2026", "die Mitte der Gesellschaft"), or
    ending a phrase of place ("ein Loch in der Mitte,")."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    if following is not None and (following.lower_ in MONTHS or following.lower_ in ("des", "der", "dieses", "nächsten")
                                  or (following.like_num and len(following.text) == 4)):
        return True
    return (i >= 2 and tokens[i - 1].lower_ == "der" and tokens[i - 2].lower_ in ("in", "aus", "von")
            and (following is None or not following.is_alpha))


def _sentence_mentions(sentence: Sentence, gaz: Gazetteer) -> list[Mention]:
    # "der Bayerische Hotel- und Gaststättenverband": the rules read the name without the compounds
    # cut short before its last word, which the name then takes back
    whole = list(sentence.tokens)
    tokens, chains = _without_truncated_chains(whole, gaz)
    # where each kept token stands in the whole sentence: a long form before its short form is read
    # from the whole ("Landesbetrieb für Wasserwirtschaft, Küsten- und Naturschutz (NLWKN)")
    offset = [token.i - whole[0].i - index for index, token in enumerate(tokens)]
    relative = relative_clause_tokens(whole)
    attribution = _attribution_tokens(sentence.tokens)
    found: list[Mention] = []

    skip_to = 0  # a name read on past the token a rule stopped at ("Flughafen Köln/Bonn GmbH")

    def emit(canonical: str, kind: Kind, first: int, last: int, role: str = "", country: str = "",
             guessed: bool = False, affiliation: bool = False, example: bool = False) -> None:
        nonlocal skip_to
        if kind == "organisation" and canonical not in gaz.listed:
            further = _name_goes_on(tokens, first, last, gaz)
            if further > last:
                canonical += tokens[last].whitespace_ + "".join(t.text_with_ws for t in tokens[last + 1:further + 1]).rstrip()
                last = skip_to = further
        start, end = tokens[first].idx, tokens[last].idx + len(tokens[last].text)
        if chains and kind == "organisation":
            canonical, start = _with_truncated_chain(canonical, start, tokens[first], chains)
        listed = gaz.phrases.get(tuple(canonical.split())) if kind == "organisation" else None
        if listed is not None and listed.kind == "organisation":
            canonical = listed.canonical  # "die Autobahn GmbH" read by its legal form: the list's name
        if kind == "organisation" and canonical.endswith(".") and canonical[-2:-1].isdigit():
            canonical, end = canonical[:-1], end - 1  # "Global 2000." at a sentence's end: the full stop is the sentence's
        if kind == "organisation" and first > 0 and tokens[first - 1].lower_ in ("des", "eines"):
            canonical = _head_in_nominative(canonical, tokens[first].text, gaz)  # "des Waldverbands Steiermark"
        if kind == "organisation" and not affiliation and 2 <= first and last + 1 < len(tokens):
            affiliation = (tokens[first - 1].text == "(" and tokens[last + 1].text == ")" and bool(found)
                           and found[-1].kind == "person" and found[-1].end == tokens[first - 2].idx + len(tokens[first - 2].text))
        in_attribution = tokens[first].i in attribution
        source = in_attribution and not any(t.lower_ in _ALL_PREPOSITIONS for t in tokens[max(0, first - 4):first])
        found.append(Mention(canonical, kind, sentence.index, start, end, role, country,
                             tokens[first].i in relative, in_attribution,
                             _after_preposition(tokens, first), guessed, affiliation, source, example))

    examples = _examples_after_wie(tokens, gaz)
    i = 0
    while i < len(tokens):
        if skip_to and i <= skip_to:
            i = skip_to + 1
            skip_to = 0
            continue
        token = tokens[i]
        capitalised = token.text[:1].isupper()
        if i in examples and not _match_known(tokens, i, gaz):  # "Ketten wie McDonald's, Burger King"
            end, kind = examples[i]
            emit(_joined(tokens[i:end]), kind, i, end - 1, guessed=kind == "organisation", example=True)
            i = end
            continue
        # "Birdlife Schweiz", "der Touring Club Schweiz", "proHolz Austria", after the kind of body it is
        # ("der Verband IG Hanf Schweiz")
        if any(t.text in _BRANCH_COUNTRIES for t in tokens[i + 1:i + 5]):
            opens = i + 1 if capitalised and token.text not in _NAME_PART_HEADS and _describing_noun(token.text, gaz) else i
            branch = _national_branch_end(tokens, opens, gaz)
            if branch:
                emit(_joined_name(tokens[opens:branch]), "organisation", opens, branch - 1)
                i = branch
                continue
        first = i + 1 if capitalised and _organisation_head(token.text, gaz) else i  # "der Privatbank Rhyner & Cie"
        publication = _quoted_publication(tokens, i, gaz.publications) if token.text in _OPENING_QUOTES else 0
        if publication:  # "Die «Neue Zürcher Zeitung» spricht von …", "«Le Temps» schreibt"
            title = " ".join(t.text for t in tokens[i + 1:publication])
            if " " in title:  # "die „Obersteirischen Nachrichten“" are the "Obersteirische Nachrichten"
                first_word, rest = title.split(" ", 1)
                title = f"{_INFLECTED_ADJECTIVE.sub('e', first_word)} {rest}"
            article = next((t.text.capitalize() for t in reversed(tokens[max(0, i - 2):i]) if t.lower_ in _ARTICLES), "")
            listed = gaz.phrases.get((article, *title.split())) if article else None
            if listed and listed.kind == "organisation":
                title = listed.canonical  # 'Der „Standard“ lobt', 'Der Wiener "Standard" sieht': the listed "Der Standard"
            short = _bracketed_after(tokens, publication)
            if short and short.isupper():  # "Die „Salzburger Nachrichten“ (SN) kritisieren": its short form too
                title += f" ({short})"
            emit(title, "organisation", i + 1, publication - 1)
            i = publication + 1 + (3 if short else 0)
            continue
        if capitalised and _eu_council(tokens, i):  # "Rat und Parlament", "die dänische Ratspräsidentschaft"
            emit("Rat der EU", "organisation", i, i)
            i += 1
            continue
        if capitalised and _eu_commission(tokens, i):  # "Die Kommission hatte ihren Vorschlag im Mai vorgelegt"
            emit("Europäische Kommission", "organisation", i, i)
            i += 1
            continue
        pro = _pro_name_end(tokens, i, gaz) if token.text == "Pro" else 0
        if pro:  # "die Vereinigung Pro Altstadt Aarwil", "die Interessengemeinschaft Pro Kirchenglocken"
            # a club's or a group's own noun is part of its name ("der IG Pro Gummen", "des Vereins Pro
            # Sunnehalde"), the kind of association is not ("die Vereinigung Pro Altstadt Aarwil")
            head = _name_part_head(tokens[i - 1].text) if i > 0 else None
            named_by = head if head in _PRO_HEADS else None
            emit(" ".join(filter(None, (named_by, _joined_name(tokens[i:pro])))), "organisation",
                 i - 1 if named_by else i, pro - 1)
            i = pro
            continue
        motto = _motto_name_end(tokens, i, gaz) if token.text in _MOTTO_HEADS else 0
        if motto:  # "die IG Dunkle Nacht Lindenmatt", "der Bürgerinitiative Ruhige Höhe"
            emit(_joined_name(tokens[i:motto]), "organisation", i, motto - 1)
            i = motto
            continue
        court = _court_of_territory(tokens, i, gaz) if capitalised else 0
        if court:  # "vor dem Handelsgericht des Kantons Bern": not the Swiss state of its capital
            emit(_joined_name(tokens[i:court]), "organisation", i, court - 1)
            i = court
            continue
        government = _regional_government(tokens, i, gaz)
        if government:  # "die sächsische Landesregierung", "Die Bündner Regierung"
            last = i + len(government.split()) - 1
            emit(government, "organisation", i, last)
            i = last + 1
            continue
        capitals = _capitals_publication(tokens, i, gaz) if capitalised else 0
        if capitals:  # "In der FRANKFURTER ALLGEMEINEN ZEITUNG heißt es", "Der RHEIN-RUHR-ANZEIGER …"
            emit(_capitals_name(tokens[i:capitals]), "organisation", i, capitals - 1)
            i = capitals
            continue
        listed_paper = _capitals_media(tokens, i, gaz) if capitalised else None
        if listed_paper:  # "Aus Wien kommentiert DER STANDARD: …": a listed paper set in capitals
            name, end = listed_paper
            emit(name, "organisation", i, end - 1)
            i = end
            continue
        if capitalised and _compound_paper(tokens, i, gaz.publications):
            # "Die Nordwest-Zeitung schreibt", "die Rhein-Zeitung aus Koblenz"
            emit(_nominative_noun(token.text, tokens[i - 1].lower_), "organisation", i, i)
            i += 1
            continue
        # "die Max-Planck-Gesellschaft", "des Robert-Koch-Instituts"
        if capitalised and _named_compound(token.text, gaz):
            end = i + 1
            if (token.lower_.endswith(gaz.institutions) and end < len(tokens) and morph.tag(tokens[end].text) == "NE"
                    and _place_name(tokens[end], gaz)):
                end += 1  # "der Ludwig-Maximilians-Universität München": the institution with its town
            emit(" ".join([_nominative_noun(token.text, tokens[i - 1].lower_ if i else ""),
                           *(t.text for t in tokens[i + 1:end])]), "organisation", i, end - 1)
            i = end
            continue
        registered = _registered_name_end(tokens, first, gaz) if capitalised else None
        if registered and registered - first >= 3 and (_describes_by_town(tokens, first, gaz)
                                                       or _town_before_own_name(tokens, first, registered, gaz)):
            first += 1  # "die Hamburger Nordhagen Umwelt AG": the town describes the company
        if registered and registered - first >= 3 and _closed_agent_compound(tokens[first].text):
            first += 1  # "Der Mineralwasserabfüller Alpenquell Tirol GmbH": what the company does, then its name
        if (registered and registered - first >= 3 and first > 0 and tokens[first - 1].lower_ in ("des", "eines")
                and tokens[first].text.endswith("s") and morph.tag(tokens[first].text) == "NN"):
            first += 1  # "ein Gutachten des Büros Felsgrund Geologie AG": the genitive noun describes the company
        if registered and first == i + 1 and token.lower_.endswith(gaz.institutions):
            first = i  # "die Volksbank Solling-Leinetal eG": an institution named with its place keeps its noun
        if registered:  # "die Alpenstrom AG"; a listed company keeps its name ("die Volkswagen AG")
            known = _match_known(tokens, first, gaz)
            listed = known[0].canonical if known and first + known[1] == registered - 1 else None
            name = _joined_name(tokens[first:registered])
            if tokens[registered - 1].text not in DOTTED_LEGAL_FORMS:
                name = name.removesuffix(".")  # a full stop kept with the form; "Dvořák s.r.o." keeps its own
            if first and tokens[first - 1].lower_ in _OBLIQUE_DETERMINERS and _inflected_adjective(tokens[first].text):
                name = f"{_weak_adjective(tokens[first].text)} {name.split(' ', 1)[1]}"  # "der Deutschen Messe AG"
            emit(listed or name, "organisation", first, registered - 1)
            i = registered
            continue
        club = _club_end(tokens, i, gaz) if capitalised else 0
        if club:  # "Der SV Leithaberg", "der FC Sion"
            emit(" ".join(t.text for t in tokens[i:club]), "organisation", i, club - 1)
            i = club
            continue
        brand = _brand_name_end(tokens, i, gaz) if capitalised else 0
        if brand:  # "die niederländische TruckCharge Europe", "MeteoSchweiz warnt", "GeoSphere Austria"
            emit(_joined(tokens[i:brand]), "organisation", i, brand - 1)
            i = brand
            continue
        if _named_with_article(tokens, i, gaz):  # "die Lufthansa", "der Commerzbank"
            emit(token.text, "organisation", i, i)
            i += 1
            continue
        company = _adjective_name(tokens, i, gaz)
        if company:  # "die Deutsche Post": a capitalised adjective inside a sentence is part of a name
            last = i + len(company.split()) - 1 + company.count(",")
            emit(company, "organisation", i, last)
            i = last + 1
            continue
        if capitalised and state_of_adjective(token.text, gaz) and _opens_bracketed_name(tokens, i):
            i += 1  # "Deutsche Gesellschaft für Muskelkranke (DGM)": the adjective names no state here
            continue
        known = _match_known(tokens, i, gaz)
        if (known and known[0].kind == "organisation" and i + known[1] < len(tokens)
                and tokens[i + known[1]].text in gaz.organisation_tails):
            last = i + known[1]  # "Lufthansa Technik": a listed name and a tail name a subsidiary
            listed = " ".join(t.text for t in tokens[i:last])
            if listed.endswith(" " + known[0].canonical):
                listed = known[0].canonical  # "die Gewerkschaft Verdi Nord": the kind before the name is no part of it
            emit(f"{listed} {tokens[last].text}", "organisation", i, last)
            i = last + 1
            continue
        if (known and known[0].kind == "organisation" and i > 0 and not tokens[i - 1].is_sent_start
                and tokens[i - 1].text[:1].isupper() and morph.tag(tokens[i - 1].text) == "ADJ(A)"
                and not state_of_adjective(tokens[i - 1].text, gaz)):
            known = None  # "der iranische Nationale Sicherheitsrat": a longer name, not the listed one
        if (known and known[0].kind == "organisation" and known[1] == 1 and token.text != known[0].canonical
                and morph.tag(token.text) == "NN"
                and (_describing_before(tokens, i) or _genitive_name_after(tokens, i))):
            # "Ihr jährlicher Kongress", "der nächste Kongress", "die „Union des Foires Internationales“":
            # a common noun a listed body goes by, described or named otherwise, is not that body
            # (where the noun is the body's own name it stays: "die dort herrschenden Taliban")
            known = None
        if (known and known[0].kind == "organisation" and known[1] == 1 and token.text in gaz.role_words
                and i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper()
                and (_given_name(tokens[i + 1].text, gaz) or morph.tag(tokens[i + 1].text) in ("NE", "FM"))):
            known = None  # "Bundesrat Ignazio Cassis": a Swiss federal councillor, not the chamber
        if known and known[1] == 1 and _other_long_form(whole, i + offset[i], known[0], gaz, found):
            known = None  # "das Bundesdenkmalamt (BDA)": the report spells out another body than the listed BDA
        regional = _organisation_of_region(tokens, i, gaz) if capitalised else None
        if regional:  # "das Landvolk Niedersachsen", "der WWF Österreich", "die Landwirtschaftskammer Tirol"
            emit(regional, "organisation", i, i + 1)
            i += 2
            continue
        # "Der Landtag von Schleswig-Holstein", "Der Leipziger Stadtrat", "der St. Galler Kantonsrat"
        placed = (_body_of_state(tokens, i, gaz) or (None if known else _council_of_town(tokens, i, gaz))
                  if capitalised else None)
        if placed:
            name, last = placed
            emit(name, "organisation", i, last)
            i = last + 1
            continue
        at = _town_adjective_at(tokens, i)  # "das St. Galler Tagblatt"
        if not known and capitalised and _publication(tokens, at, gaz):  # "der Badischen Tagespost"
            noun = _paper_noun(tokens[at + 1].text, tokens[i - 1].lower_, gaz)
            adjective = _INFLECTED_ADJECTIVE.sub("e", tokens[at].text)
            emit(" ".join([*(t.text for t in tokens[i:at]), adjective, noun]), "organisation", i, at + 1)
            i = at + 2
            continue
        # "der Hessische Landtag", "Waadtländer Fischereiverband"
        if (not known and capitalised and _adjective_body(tokens, i, gaz)
                and not _quoted_name_after(tokens, i + 1, gaz)):  # "das Grazer Künstlerkollektiv „Farbwerk“"
            noun = _nominative_noun(tokens[i + 1].text, tokens[i - 1].lower_)  # "des Technischen Hilfswerks"
            # "das Bayerische Landesamt für Denkmalpflege": what the office is for, as without the adjective
            field = _field_after(tokens, i + 1, gaz)
            noun += field
            department = _department_end(tokens, i + 1) if not field else 0
            if department:  # "das Bayerische Staatsministerium des Innern"
                noun += " " + "".join(t.text_with_ws for t in tokens[i + 2:department]).rstrip()
            elif not field and _plain_adjective_name(tokens, i, gaz):  # "der Ornithologische Verein Balmwilen"
                own = _own_name_and_town_end(tokens, i + 2, gaz)
                noun += " " + " ".join(t.text for t in tokens[i + 2:own + 1])
            last = i + len(noun.split()) + noun.count(",")
            emit(f"{_weak_adjective(token.text)} {noun}", "organisation", i, last)
            i = last + 1
            continue
        branch = (_party_branch(tokens, i, known[1], gaz)
                  if known and known[0].canonical in gaz.political_parties else None)
        if branch:  # "die Tiroler Grünen", "Niedersachsens Grüne", "SPÖ Oberösterreich": the party there
            region, first_token, last_token = branch
            if first_token < i and found and found[-1].start == tokens[first_token].idx:
                found.pop()  # "Niedersachsens" was read as the state before the party came
            emit(f"{known[0].canonical} {region}", "organisation", first_token, last_token)
            i = last_token + 1
            continue
        diocese = _diocese_branch_end(tokens, i + known[1]) if known and known[0].kind == "organisation" else 0
        if diocese:  # "die Caritas der Diözese Linz": the organisation's branch in that diocese
            emit(f"{known[0].canonical} {_joined(tokens[i + known[1]:diocese])}", "organisation", i, diocese - 1)
            i = diocese
            continue
        branch_state = _national_branch(tokens, i, known, gaz) if known else None
        if branch_state:  # "Greenpeace Schweiz bemängelte": the organisation's branch in that state
            # "die Wirtschaftskammer Steiermark", not "Wirtschaftskammer Österreich Steiermark"
            last_word = gaz.phrases.get((known[0].canonical.rsplit(" ", 1)[-1],))
            head = (" ".join(t.text for t in tokens[i:i + known[1]]) if last_word and last_word.kind == "state"
                    else known[0].canonical)
            emit(f"{head} {branch_state}", "organisation", i, i + known[1])
            i += known[1] + 1
            continue
        if known:
            entry, length = known
            role, country = _role_before(tokens, i, gaz) if entry.kind == "person" else ("", "")
            emit(entry.canonical, entry.kind, i, i + length - 1, role, country)
            if entry.kind != "person" and (_genitive_attribute(tokens, i, length, entry) or (
                    len(found) >= 2 and found[-2].after_preposition and found[-2].kind in ("state", "organisation")
                    and i >= 3 and tokens[i - 1].lower_ in ("der", "des") and tokens[i - 2].lower_ == "und"
                    and found[-2].end == tokens[i - 3].idx + len(tokens[i - 3].text))):
                # "unter Vermittlung Katars", "die Regierungschefs Griechenlands und der Türkei"
                found[-1] = replace(found[-1], after_preposition=True)
            i += length
            continue
        if token.text in _SAINT and i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
            i += 2  # "St. Pölten hat sich nicht bewegt": a town named after a saint, not "Pölten"
            continue
        if "-" in token.text and not _CHAMBER_COMMITTEE.match(token.text):
            prefix = token.text.split("-", 1)[0]
            if _HYPHENATED_ACRONYM.match(token.text.rsplit("-", 1)[0]) and role_base(token.text, gaz):
                prefix = token.text.rsplit("-", 1)[0]  # "PRO-GE-Chefverhandler": the union PRO-GE
            elif _HYPHENATED_ACRONYM.match(token.text) and not role_base(token.text, gaz):
                prefix = token.text
            entry = gaz.phrases.get((prefix,))
            if re.search(r"-(?:links|rechts)\b", token.text, re.I):
                entry = None  # "die Mitte-links-Fraktionen": a place on the political spectrum, no party
            following = tokens[i + 1].text if i + 1 < len(tokens) else ""
            titled = role_base(token.text, gaz) is not None or (  # "CDU-Politikerin", "UN-Generalsekretär",
                _ACRONYM.match(following) is not None and following not in gaz.not_acronyms)  # "UN-Flüchtlingshilfswerk UNHCR"
            if (entry and entry.kind == "organisation" and token.text.rsplit("-", 1)[-1].lower().startswith(_KINSHIP)
                    and i + 1 < len(tokens) and _org_name_like(tokens[i + 1], gaz)):
                # "die Lufthansa-Tochter Eurowings": the company named after it acts; its owner is named, no actor
                emit(entry.canonical, "organisation", i, i)
                found[-1] = replace(found[-1], after_preposition=True)
                known_next = _match_known(tokens, i + 1, gaz)
                emit(known_next[0].canonical if known_next else tokens[i + 1].text, "organisation", i + 1,
                     i + (known_next[1] if known_next else 1))
                i += 1 + (known_next[1] if known_next else 1)
                continue
            if (entry and entry.kind == "organisation" and not titled
                    and _organisation_head(token.text.rsplit("-", 1)[-1], gaz)):
                # "Huthi-Miliz", "Wagner-Gruppe": the whole word names it; "des Union-Yachtclubs Moosegg":
                # with the proper noun after it, which the reading of names below joins to it
                if not (following[:1].isupper() and following.isalpha() and morph.tag(following) == "NE"):
                    emit(token.text, "organisation", i, i)
            elif entry and entry.kind in ("organisation", "state"):
                head = token.text.rsplit("-", 1)[-1].lower()
                members = head.startswith(_MEMBER_HEADS)  # "EU-Staaten", "AfD-Fraktion": its members act
                # "die EU-Verordnung", "das Nato-Abkommen": whose document it is, no actor; "das
                # EU-Programm", "auf EU-Ebene": a name used as an adjective (`adjectival`) says where a
                # thing belongs; the organisation is named where it stands on its own
                document = head.endswith(gaz.documents)
                adjective = entry.canonical in gaz.adjectival and not members
                emit(entry.canonical, entry.kind, i, i, affiliation=titled or document or adjective)
                if (not titled and i > 0 and "mit" in (tokens[i - 1].lower_, tokens[max(0, i - 2)].lower_)
                        and not members):
                    found[-1] = replace(found[-1], after_preposition=True)  # "mit AfD-Stimmen": an attribute
            elif ((_ACRONYM.match(prefix) or _HYPHENATED_ACRONYM.match(prefix)) and prefix not in gaz.not_acronyms
                  and len(prefix) >= 3):
                emit(prefix, "organisation", i, i, affiliation=titled)
        if (_given_name(token.text, gaz) and token.text not in _MONTH_NAMES and i + 3 < len(tokens)
                and tokens[i + 1].lower_ == "und" and (_given_name(tokens[i + 2].text, gaz) or (
                    tokens[i + 2].text.isalpha() and tokens[i + 2].text[:1].isupper()
                    and (morph.tag(tokens[i + 2].text) in ("NE", "FM") or morph.is_unknown(tokens[i + 2].text))))
                and not _given_name(tokens[i + 3].text, gaz) and tokens[i + 3].text[:1].isupper()
                and _name_like(tokens[i + 3], gaz, first=False, after_first_name=True)
                and (i + 4 >= len(tokens) or not tokens[i + 4].text[:1].isupper())):
            # "die Erben von Leopold und Hermine Kohn": two people who share the surname
            surname = tokens[i + 3].text
            emit(f"{token.text} {surname}", "person", i, i)
            emit(f"{tokens[i + 2].text} {surname}", "person", i + 2, i + 3)
            i += 4
            continue
        name_start = None
        if role_base(token.text, gaz) and i + 1 < len(tokens) and not _council_of_named_town(tokens, i, gaz) and (
                _name_pair(tokens, i + 1, gaz) or (_name_like(tokens[i + 1], gaz, first=True) and (
                    # "Gemeinderat Florian Haselwanter", "Stadtrat Müller", but "der Gemeinderat Glattwil":
                    # a council's name titles a councillor before a given name or a surname the
                    # lexicon knows, not before a word it does not know (a town's name)
                    not _council_word(token.text, gaz) or _given_name(tokens[i + 1].text, gaz)
                    or not morph.is_unknown(tokens[i + 1].text)))):
            if _given_name(tokens[i + 1].text, gaz) or not _named_as_town(tokens, i + 1):
                name_start = i + 1
            elif token.lower_ in gaz.municipal_heads:
                # "(Gemeindepräsident Zälgwil)" in a speaker label: the title and the town, no surname;
                # the head speaks for the municipality the report names ("die Gemeinde Zälgwil")
                emit(_municipality_of(tokens[i + 1]), "organisation", i + 1, i + 1)
                i += 2
                continue
        elif _initialled_name(tokens, i, gaz):
            name_start = i  # "der Angeklagte Ewald K.": the press names a person by given name and initial
        elif (_given_name(token.text, gaz) and i + 1 < len(tokens)
              and _name_like(tokens[i + 1], gaz, first=False, after_first_name=True)
              # "Anfang Juli Eckpunkte": a month that is also a given name takes only a proper noun
              and (token.text not in _MONTH_NAMES or morph.tag(tokens[i + 1].text) in ("NE", "FM"))):
            name_start = i
        elif _noble_name(tokens, i, gaz):
            name_start = i  # "Konstantin von Hasselbeck": a given name, its particle and the family name
        elif (i + 2 < len(tokens) and tokens[i + 2].text in (",", "(") and _name_pair(tokens, i, gaz)
              and morph.tag(token.text) in ("NE", "FM") and _introduced_by_apposition(tokens, i + 2, gaz)):
            name_start = i  # "Detlev Zander, Sprecher der Betroffenen", "Apostolos Tsalastras (SPD)"
        elif token.text == "," and i + 2 < len(tokens) and _apposition_follows(tokens, i, gaz):
            # ", FMTI-Obmann Christian Knill,": a title may open the apposition
            name_start = i + 2 if role_base(tokens[i + 1].text, gaz) and i + 3 < len(tokens) else i + 1
        if name_start is not None and _initialled_name(tokens, name_start, gaz):
            role, country = _role_before(tokens, name_start, gaz)  # "Dennis K.", after a title: "Sein Chef Marco R."
            emit(f"{tokens[name_start].text} {tokens[name_start + 1].text}", "person", name_start, name_start + 1,
                 role, country)
            i = name_start + 2
            continue
        if name_start is not None and name_start > i:
            known = _match_known(tokens, name_start, gaz)
            if known and known[0].kind == "person":
                entry, length = known
                role, country = _role_before(tokens, name_start, gaz)
                emit(entry.canonical, "person", name_start, name_start + length - 1, role, country)
                i = name_start + length
                continue
        if name_start is not None:
            end = name_start + 1
            while end < len(tokens) and end - name_start < 4 and not _institution_word(tokens[end].text, gaz) and (
                not _noun_after_full_name(tokens, name_start, end, gaz)) and (
                _name_like(tokens[end], gaz, first=False,
                           after_first_name=end == name_start + 1 and _given_name(tokens[name_start].text, gaz),
                           after_title=end == name_start + 1 and name_start > i and (
                               end + 1 >= len(tokens) or not tokens[end + 1].text[:1].isupper()))
                or (tokens[end].text in _PARTICLES and end + 1 < len(tokens)
                    and (tokens[end + 1].text[:1].isupper() or _von_der_name(tokens, end, gaz))
                    and (tokens[end].text not in _ARTICLE_PARTICLES or tokens[end - 1].text in _PARTICLES)
                    # "Ursula von der Leyen", but "Thomas Brändli von Public Eye": after a surname "von"
                    # names where someone is from
                    and (tokens[end].text != "von" or all(_given_name(t.text, gaz) for t in tokens[name_start:end])))
                or (_INITIAL.match(tokens[end].text) is not None and end + 1 < len(tokens)
                    and tokens[end + 1].text[:1].isupper())
            ):
                end += 1
            while end - name_start > 1 and tokens[end - 1].text in _PARTICLES:
                end -= 1  # "sagte Obmann Herbert Pichlmayr der APA": the article begins the next phrase
            named_after = _named_after_person(tokens, end, gaz) if end - name_start >= 2 else 0
            if named_after:  # "die Johannes Kepler Universität Linz": an institution named after a person
                emit(_joined_name(tokens[name_start:named_after]), "organisation", name_start, named_after - 1)
                i = named_after
                continue
            if end - name_start >= 2 or name_start > i:
                words = [t.text for t in tokens[name_start:end]]
                known_name = gaz.phrases.get(tuple(words)) or gaz.phrases.get((words[-1],))
                if known_name and not _same_given_name(words, known_name.canonical, gaz.first_names):
                    known_name = None  # "Fraktionschefin Sabine Merz": another person of a known surname
                canonical = known_name.canonical if known_name and known_name.kind == "person" else " ".join(words)
                role, country = _role_before(tokens, name_start, gaz)
                if not role:  # "Anna Meier, rechtspolitische Sprecherin des Verbands"
                    role = _title_after(tokens, end, gaz) or _title_before_apposition(tokens, name_start, gaz)
                emit(canonical, "person", name_start, end - 1, role, country)
                i = end
                continue
        placed_plural = _institutions_of_places(tokens, i, gaz) if capitalised else []
        if placed_plural:  # "Die Sparkassen Kufstein und Schwaz": one institution in each place
            for name, first, last in placed_plural:
                emit(name, "organisation", first, last)
            i = placed_plural[-1][2] + 1
            continue
        described = token.lower_.endswith(_DESCRIBED_TOWNS) and not token.lower_.startswith("landes")
        # "in der Stadt Lashio", "aus der Gemeinde Kundl": the town as a place
        located = token.text in ("Stadt", "Gemeinde", "Marktgemeinde") and _in_place(tokens, i)
        if (described or located) and i + 1 < len(tokens) and _place_name(tokens[i + 1], gaz):
            # "die Hauptstadt Nairobi", "die Nachbargemeinde Hainbach": a place described, no actor
            # (and all of "die Partnerstadt Vila Serrana")
            i += 2
            while (i < len(tokens) and tokens[i].is_alpha and tokens[i].text[:1].isupper()
                   and _place_name(tokens[i], gaz)):
                i += 1
            continue
        # "Verwaltungsgericht Würzburg"; "Verbandsgemeinde Bad Marienberg", "Kantonsspital St. Gallen"
        prefixed = _prefixed_town(tokens, i + 1, gaz)
        institution = _institution_nominative(token.text, gaz) if token.text[:1].isupper() else None
        if (institution == "Land" and i + 1 < len(tokens) and _match_known(tokens, i + 1, gaz) is None
                and morph.tag(tokens[i + 1].text) != "NE"):
            institution = None  # "stellt das Land Fördermittel bereit": a common noun after it, no Land of that name
        if institution == _COMMON_PLURAL and not _named_by_adjective(tokens, i):
            institution = None  # "lieferten 24.000 Betriebe Milch", not "die Technischen Betriebe Wilen-Thurau"
        if (institution and i + 1 < len(tokens)
                and (prefixed or (_place_name(tokens[i + 1], gaz) and not _used_as_common_noun(tokens[i + 1]))
                     or _owner_named(tokens, i + 1, institution, gaz))
                and not _institution_in_general(tokens, i)):
            # "Gemeinde Lanzing am Lanzensee", "Amtsgericht Frankfurt am Main"
            last = _linked_town_end(tokens, i + 3 if prefixed else i + 2, gaz) - 1
            if not prefixed and last == i + 1:
                last = _own_name_and_town_end(tokens, last, gaz)
            if (last == i + 1 and last + 2 < len(tokens) and tokens[last + 1].text in _NAME_JOINERS
                    and _registered_word(tokens[last + 2], gaz)):
                last += 2  # "Planungsbüro Hartl & Sommer", "Ingenieurbüro Lauener + Ritschard": its owners' names
            elif last == i + 1 and _fields_and_state_end(tokens, last + 1, gaz):
                last += 3  # "der Landesverband Abbruch und Recycling Niedersachsen": its fields and its Land
            numeral = ""
            if last + 1 < len(tokens) and tokens[last + 1].text.removesuffix(".") in _ROMAN_NUMERALS:
                # "Landgericht München I": the town's first court of that kind (its full stop the
                # sentence's where it ends one: "… fällte das Landgericht München I.")
                last += 1
                numeral = tokens[last].text.removesuffix(".")
            first_word = i
            if _named_by_adjective(tokens, i):
                # "mit der Medizinischen Universität Innsbruck", "die Technische Universität Dresden"
                first_word = i - 1
                institution = f"{_weak_adjective(tokens[i - 1].text)} {institution}"
            institution = _without_neighbour(institution)  # "mit der Nachbarfeuerwehr Langnau-Oberfeld"
            place = [t.text for t in tokens[i + 1:last + 1 - bool(numeral)]]
            emit(" ".join([institution, *place, *[numeral] * bool(numeral)]), "organisation", first_word, last)
            i = last + 1
            continue
        if (institution and institution not in _GOVERNED and _named_by_adjective(tokens, i)
                and _REGIONAL_ADJECTIVE.search(tokens[i - 1].text)
                and not (i + 1 < len(tokens) and (tokens[i + 1].text[:1].isupper() or (
                    tokens[i + 1].lower_ in _NAME_LINKS
                    # "zum Hessischen Verwaltungsgerichtshof in Kassel": a court's seat names no other court
                    and not (tokens[i + 1].lower_ == "in" and _court(institution, gaz)))))):
            # "die Entscheidung des Hanseatischen Oberlandesgerichts": an adjective of a region or
            # kind names it ("Technische Universität"), where no place or field follows
            emit(f"{_weak_adjective(tokens[i - 1].text)} {institution}", "organisation", i - 1, i)
            i += 1
            continue
        council = _council_of_place(tokens, i, gaz) if capitalised else None
        if council:  # "der Rat der Stadt Düsseldorf", "Der Kreistag des Landkreises Mainbach-Rott"
            name, last = council
            emit(name, "organisation", i, last)
            i = last + 1
            continue
        office = _government_office_end(tokens, i) if capitalised else 0
        if office:  # "beim Amt der Vorarlberger Landesregierung": the office of a Land's government
            emit("Amt " + "".join(t.text_with_ws for t in tokens[i + 1:office]).rstrip(), "organisation", i, office - 1)
            i = office
            continue
        office = _cantonal_office(tokens, i, gaz)
        if office:  # "die kantonale Denkmalpflege", "das Kantonale Laboratorium Thurgau"
            emit(office[0], "organisation", i, office[1])
            i = office[1] + 1
            continue
        served = _chamber_regions_end(tokens, i, gaz) if capitalised else None
        if served:  # "die Ärztekammer für Tirol", "die Notariatskammer für Wien, Niederösterreich und Burgenland"
            emit("".join(t.text_with_ws for t in tokens[i:served + 1]).rstrip(), "organisation", i, served)
            i = served + 1
            continue
        named_by = _named_by_genitive(tokens, i, gaz)
        if named_by:  # "Bund der Steuerzahler", "Partei der Volksmacht", "Institut für Weltwirtschaft"
            last = i + len(named_by.split()) + named_by.count(",") - 1
            first_word = i
            if (_named_by_adjective(tokens, i) and _REGIONAL_ADJECTIVE.search(tokens[i - 1].text)
                    and "-" not in tokens[i - 1].text):
                # "das Hessische Ministerium des Innern": with the adjective of its region
                first_word = i - 1
                named_by = f"{_weak_adjective(tokens[i - 1].text)} {named_by}"
            emit(named_by, "organisation", first_word, last)
            i = last + 1
            continue
        listed = _names_after_plural_head(tokens, i, gaz) if capitalised else []
        if listed:  # "die Baukonzerne Ed. Züblin und Hochtief"
            for first, last in listed:
                known = _match_known(tokens, first, gaz)
                if known and first + known[1] - 1 == last:
                    emit(known[0].canonical, known[0].kind, first, last)
                else:
                    emit(_joined_name(tokens[first:last + 1]), "organisation", first, last)
            i = listed[-1][1] + 1
            continue
        group = _group_name(tokens, i, gaz) if capitalised and token.text in gaz.group_heads else None
        if group:  # "die Ransomware-Gruppe „Play“", "die Hackergruppe Akira": the group's own name
            first, last, end = group
            emit(_joined(tokens[first:last + 1]), "organisation", first, last)
            i = end
            continue
        quoted = _quoted_name_after(tokens, i, gaz) if capitalised else None
        if quoted:  # "die Bürgerinitiative „Kreißsaal bleibt“": the head and the name in quotes
            head_noun = _nominative_noun(token.text, tokens[i - 1].lower_ if i else "")  # "des Bündnisses „…“"
            written = "".join(t.text_with_ws for t in tokens[i + 2:quoted]).strip()  # "D’Almtaler Buam"
            name = f"{head_noun} {tokens[i + 1].text}{written}{tokens[quoted].text}"
            if (quoted + 1 < len(tokens) and _place_name(tokens[quoted + 1], gaz)
                    and not (quoted + 2 < len(tokens) and tokens[quoted + 2].text[:1].isupper())):
                # "Der Gebirgstrachten-Erhaltungsverein „Edelweiß“ Pöllingried": its town ends the name
                quoted += 1
                name = f"{name} {tokens[quoted].text}"
            emit(name, "organisation", i, quoted)
            i = quoted + 1
            continue
        head = _association_nominative(token.text) if capitalised else None
        region_end = _head_and_region(tokens, i, gaz) if head else 0
        if region_end:  # "des Mieterschutzvereins Emscher-Lippe", "der Quartierverein Unteres Kleinbasel"
            emit(" ".join([head, *(t.text for t in tokens[i + 1:region_end])]), "organisation", i, region_end - 1)
            i = region_end
            continue
        if _organisation_head(token.text, gaz) and _two_word_name_in_genitive(tokens, i, gaz):
            # "des Entsorgers Westfalia Recycling", "des Herstellers Südwest Beton"; but "des Fördervereins
            # Lindenmühle Wernitz" is the "Förderverein Lindenmühle Wernitz": an association's noun is
            # part of its name, unless its letters follow ("des Hauseigentümerverbands HEV Wallenbach")
            association = (_name_part_head(token.text) or _association_nominative(token.text)
                           if not tokens[i + 1].text.isupper() else None)
            emit(" ".join([*([association] if association else []), tokens[i + 1].text, tokens[i + 2].text]),
                 "organisation", i if association else i + 1, i + 2)
            i += 3
            continue
        members = _named_by_members(tokens, i, gaz)
        if members:  # "Verband kommunaler Unternehmen", "des Verbands mittelständischer Tankstellenunternehmer Ost"
            name, last = members
            emit(name, "organisation", i, last)
            i = last + 1
            continue
        part_head = _name_part_head(token.text)
        if part_head and _noun_and_place_name(tokens, i + 1, gaz):
            # "an die Genossenschaft Dorfladen Hohfluh-Egg", "der Stiftung Klosterleben Wehrlingen"
            emit(" ".join([part_head, tokens[i + 1].text, tokens[i + 2].text]), "organisation", i, i + 2)
            i += 3
            continue
        describing = False  # set below: the head only describes the company that follows
        if (_organisation_head(token.text, gaz) and i + 1 < len(tokens)
                and (tokens[i + 1].text,) not in gaz.phrases
                and not _match_known(tokens, i + 1, gaz)  # "der Fahrgastverband Pro Bahn": the listed name
                and tokens[i + 1].text != "Pro"  # "die Vereinigung Pro Altstadt Aarwil": the name's own rule
                # "des Schweizer Alpen-Club SAC": the short form names the whole club
                and not ("-" in token.text and tokens[i + 1].text.isupper() and _compound_head_only(token.text, gaz))
                and not _given_name(tokens[i + 1].text, gaz)  # "der Investor Warren Buffett" is a person
                and ((describing := _describes_rare_name(tokens, i))
                     or _org_name_like(tokens[i + 1], gaz) or _noun_as_name(tokens, i, gaz)
                     # "die Bäcker-Innung Mittelhessen", "die Dachdecker-Innung Oldenburger Land": a region's name
                     # (not "der Online-Anbieter Lottoland": a name in "-land" may be a firm's)
                     or (_LANDSCAPE_NAME.fullmatch(tokens[i + 1].text) and not tokens[i + 1].text.endswith("land"))
                     or _town_land_at(tokens, i + 2))):
            if ((not _org_name_like(tokens[i + 1], gaz) or tokens[i + 1].text in _COMPASS)
                    and not (describing and not _registered_end(tokens, i + 2, gaz))):
                # a common noun names it only with its head, and so does a region ("Handelsverband Nord");
                # but after "der Terminalbetreiber" a word the tagger hardly knows is the name alone ("Eurogate")
                end = i + 2
                part_head = _name_part_head(token.text)  # "Stiftung", "des Vereins": part of the name
                registered = _registered_end(tokens, end, gaz)
                if registered:  # "der Firma Ordnungsdienst Jura AG": the registered name without its kind
                    words = [t.text for t in tokens[i + 1:registered]]
                    emit(" ".join([part_head, *words] if part_head else words), "organisation",
                         i if part_head else i + 1, registered - 1)
                    i = registered
                    continue
                if tokens[i + 1].text in TOWN_PREFIXES and end < len(tokens) and tokens[end].text[:1].isupper():
                    end += 1  # "die Verbandsgemeinde Bad Marienberg"
                elif _town_land_at(tokens, end):
                    end += 1  # "die Dachdecker-Innung Oldenburger Land": the region named after a town
                elif (end + 1 < len(tokens) and tokens[end].lower_ == "und" and _plain_noun(tokens[end + 1].text, gaz)
                        and not (end + 2 < len(tokens) and tokens[end + 2].text[:1].isupper())):
                    end += 2  # "Bundesverband Paket und Expresslogistik"
                elif _fields_and_state_end(tokens, end, gaz):
                    end += 3  # "der Landesverband Abbruch und Recycling Niedersachsen": its fields and its Land
                elif _place_ends_name(tokens, end, gaz):
                    end += 1  # "der Zweckverband Wasserversorgung Donaumoos"
                elif (end + 1 < len(tokens) and tokens[end].lower_ == "für" and _place_name(tokens[end + 1], gaz)
                      and _named_as_town(tokens, end + 1)
                      and not (end + 2 < len(tokens) and tokens[end + 2].text[:1].isupper())):
                    end += 2  # "der Fraktion Bürger für Dornwalde" in a report that names the town
                elif part_head:
                    end = _name_before_punctuation(tokens, i, end)  # "der Verein Luzern Hotels."
                emit(" ".join([part_head or token.text, *(t.text for t in tokens[i + 1:end])]), "organisation", i, end - 1)
                i = end
                continue
            end = i + 2  # "die Gewerkschaft Verdi", "das Klimaschutznetzwerk CAN Europe"
            while end < len(tokens) and end - i <= 3 and tokens[end].text[:1].isupper() and (
                    _org_name_like(tokens[end], gaz) or tokens[end].text in gaz.organisation_tails
                    or _foreign_name_goes_on(tokens, end)):
                end += 1  # "der Finanzinvestor Brightwater Partners"
            if (describing and end == i + 2 and end < len(tokens)
                    and morph.analyze(tokens[end].text)[0] == tokens[end].text):
                # "die Möbelhandelskette Wohnwelt Kranz,": a word in its base form before punctuation ends
                # the name (not "des Autobauers Velaro Entschädigungen.", a plural object)
                end = _name_before_punctuation(tokens, i, end, most=1)
            if end == i + 2 and token.text == "Firma" and _firms_trade_at(tokens, end):
                end += 1  # "der Firma Vialtec Messsysteme, …", "die Firma Lindenfeld Naturstein bei Krauchthal"
            if _town_land_at(tokens, end):
                end += 1  # "der Maschinenring Kargenauer Land": the region named after a town
            association = _association_nominative(token.text)
            acronym = end == i + 2 and tokens[i + 1].text.isupper() and len(tokens[i + 1].text) > 1
            # "der Unterhaltungsverband Südermoor", "der Hospizdienst Treenemarsch": a body of a place
            # whose name has a place's ending
            of_place = end == i + 2 and _TOWN_SHAPED.fullmatch(tokens[i + 1].text) and _place_name(tokens[i + 1], gaz)
            local_body = association or (_local_body_nominative(token.text) if of_place else None)
            if (_compound_head_only(token.text, gaz) and not acronym) or (local_body and end == i + 2 and (
                    _named_as_town(tokens, i + 1) or _LANDSCAPE_NAME.fullmatch(tokens[i + 1].text) or of_place)) or (
                    # "der Fachverband Außenwerbung", "des Bundesverbands Solarwirtschaft": a federation
                    # named by its trade, a compound common noun, which alone names no one
                    association and association.lower().endswith("verband") and _field_compound(tokens[i + 1].text)):
                # "der Krampusverein Grubacher Passn": the compound names it (not "die Guerillagruppe
                # ELN", whose letters are its name); "Der Handelsverband
                # Hohenwerder" in a report from Hohenwerder, "die Schaustellervereinigung Traunviertel":
                # the association of that town or landscape
                emit(" ".join([local_body or token.text, *(t.text for t in tokens[i + 1:end])]),
                     "organisation", i, end - 1)
            else:
                # "die Stiftung FAR"; "der Volksbank Solling-Leinetal": an institution named with its place
                # (not "das Energieamt ONEE", named by its letters)
                part_head = _name_part_head(token.text)
                if part_head:
                    end = _name_before_punctuation(tokens, i, end)
                first_word = i if part_head or (
                    token.lower_.endswith(gaz.institutions) and not tokens[i + 1].text.isupper()) else i + 1
                emit(" ".join([part_head or tokens[first_word].text, *(t.text for t in tokens[first_word + 1:end])]),
                     "organisation", first_word, end - 1)
            i = end
            continue
        if (token.text in ("und", ",") and found and found[-1].kind == "person" and i + 2 < len(tokens)
                and found[-1].end == tokens[i - 1].idx + len(tokens[i - 1].text)
                and morph.tag(tokens[i + 1].text) in ("NE", "FM") and tokens[i + 1].text not in _STOP
                and not role_base(tokens[i + 1].text, gaz)
                and not _match_known(tokens, i + 1, gaz)
                and _name_like(tokens[i + 2], gaz, first=False, after_first_name=True)
                and not morph.can_be_verb(tokens[i + 2].text)):
            emit(f"{tokens[i + 1].text} {tokens[i + 2].text}", "person", i + 1, i + 2)  # "Lars Klingbeil und Saskia Esken"
            i += 3
            continue
        # "Der Landeselternausschuss begrüßte", "durch das Verfassungsgericht"
        body = _acting_body(tokens, i, gaz) if capitalised else None
        if body and _named_ministry(tokens, i, gaz) <= i + 1:  # not "vom Bundesministerium für Inneres"
            emit(body, "organisation", i, i)
            i += 1
            continue
        ministry = _named_ministry(tokens, i, gaz) if capitalised else 0
        if ministry:  # "beim Bundesarbeitsministerium", "vom Verkehrsministerium Baden-Württemberg"
            head = tokens[i].text.removesuffix("s")  # "des Bundesinnenministeriums"
            named = (head + tokens[i].whitespace_ + "".join(t.text_with_ws for t in tokens[i + 1:ministry])).rstrip()
            first_word = i
            if _named_by_adjective(tokens, i):  # "beim Niedersächsischen Ministerium für Inneres und Sport"
                first_word = i - 1
                named = f"{_weak_adjective(tokens[i - 1].text)} {named}"
            emit(named, "organisation", first_word, ministry - 1)
            if (head != tokens[i].text and i >= 2 and tokens[i - 1].lower_ in ("des", "eines")
                    and tokens[i - 2].text[:1].isupper() and not tokens[i - 2].is_sent_start):
                found[-1] = replace(found[-1], after_preposition=True)  # "Der Etat des Entwicklungsministeriums"
            i = ministry
            continue
        run = _proper_run(tokens, i, gaz)
        if run > i + 1:  # "Human Rights Watch", "Thyssenkrupp Steel"
            title = _title_after(tokens, run, gaz) or _title_before_apposition(tokens, i, gaz)
            if (title or _title_after(tokens, run, gaz, in_list=True)) and run - i == 2:
                # "Wiebke Judith, rechtspolitische Sprecherin von …", "die Präsidentin des Verbands, Herta
                # Wimmer, und der Obmann …": a person
                emit(_joined(tokens[i:run]), "person", i, run - 1, title)
            else:
                emit(_joined(tokens[i:run]), "organisation", i, run - 1, guessed=True)
            i = run
            continue
        if _owner_after_von(tokens, i, gaz):  # "die Aktien von Toyota", "ein Sprecher von Oxfam"
            emit(token.text, "organisation", i, i, guessed=True)
            i += 1
            continue
        acting = _acting_proper_noun(tokens, i, gaz)
        if acting:  # "Auch Oxfam erklärte", "Honda und Mazda gewannen"
            for j in acting:
                emit(tokens[j].text, "organisation", j, j, guessed=True)
            i = acting[-1] + 1
            continue
        canton = (len(token.text) == 2 and i > 0 and tokens[i - 1].text in ("/", ",") and i + 1 < len(tokens)
                  and tokens[i + 1].text == ")") or _after_town(tokens, i)  # "(Mitte/UR)", "(Mitte, LU)", "Wil SG"
        if (_ACRONYM.match(token.text) and token.text not in gaz.not_acronyms and i + 1 < len(tokens) and not canton
                and (tokens[i + 1].text in gaz.organisation_tails
                     or (tokens[i + 1].text[:1].isupper() and (tokens[i + 1].text,) not in gaz.phrases
                         and tokens[i + 1].text not in gaz.organisation_heads
                         and (_organisation_head(tokens[i + 1].text, gaz) or _names_body(tokens[i + 1].text, gaz.bodies))))):
            # "der DZ Bank", "die RWE Gruppe", "der NÖ Gemeindebund": a short form and a compound on an
            # organisation noun are one name, with the registered name after them ("VR Bank Solling-Ilme eG")
            end = _registered_name_end(tokens, i + 2, gaz) or i + 2
            words = [t.text for t in tokens[i:end]]
            if end == i + 2:  # "des NÖ Straßendienstes": the noun in the nominative
                words[1] = _nominative_noun(words[1], tokens[i - 1].lower_ if i else "")
            emit(" ".join(words), "organisation", i, end - 1)
            i = end
            continue
        numbered = i + 1 < len(tokens) and _ROMAN_NUMERAL.fullmatch(tokens[i + 1].text)  # "SGB VI": a code's book
        if (_ACRONYM.match(token.text) and token.text not in gaz.not_acronyms and not token.is_sent_start and not canton
                and not numbered):
            after_person = bool(found) and found[-1].kind == "person" and i >= 2 and (
                found[-1].end == tokens[i - 2].idx + len(tokens[i - 2].text))  # "Hattmannsdorfer (ÖVP)": a party label
            long_form = _long_form(whole, i + offset[i], gaz)
            before = found[-1] if found and i >= 2 else None
            bare = long_form.rsplit(" (", 1)[0] if long_form else ""
            if (bare and before is not None and before.kind == "organisation"
                    and before.end == tokens[i - 2].idx + len(tokens[i - 2].text)
                    and before.canonical.endswith(" " + bare) and _initials(before.canonical) == token.text.upper()):
                # "Verband freipraktizierender Hebammen Schweiz (VFHS)": the whole name a rule read before,
                # which the short form spells
                long_form = before.canonical + long_form[len(bare):]
            if after_person and long_form and _spelled_out(long_form) and _initials_of_person(long_form, gaz):
                i += 1
                continue  # "Magdalena Kössler (MK) hat mit Johann Pittl (JP) gesprochen": speaker labels
            if after_person and long_form and _spelled_out(long_form):
                found.pop()  # "dem Management Center Innsbruck (MCI)": no person, the long form its letters spell
            elif after_person:
                long_form = None
            if not (long_form and _names_document(long_form, gaz)):  # "Gesamtarbeitsvertrag (GAV)"
                emit(long_form or token.text, "organisation", i, i)
        elif ((_MIXED_ACRONYM.match(token.text) or _CHAMBER_COMMITTEE.match(token.text))
              and token.text not in gaz.common_acronyms
              and (long_form := _long_form(whole, i + offset[i], gaz))):  # "(BdS)", "(VdK)"
            if not _names_document(long_form, gaz):
                emit(long_form, "organisation", i, i)
        elif (token.text.islower() and token.is_alpha and 2 <= len(token.text) <= 6 and i + 1 < len(tokens)
              and tokens[i + 1].text == ")" and (long_form := _long_form(whole, i + offset[i], gaz))
              and long_form[:1].isupper() and _letters_in_order(long_form)):
            emit(long_form, "organisation", i, i)  # "Deutscher Juristinnenbund (djb)", "(vzbv)"
        i += 1
    found.extend(_staff_councils_of(tokens, found, gaz))
    found.extend(_joined_names(tokens, found, gaz, sentence.index))  # both after the loop: beside what it named
    found.sort(key=lambda m: (m.start, -m.end))
    found = _with_branches(tokens, found, gaz, sentence.index)
    for match in _LINK.finditer(sentence.text):
        label = match.group(1).strip()
        stem = label.split(".")[0].lower()
        entry = next((e for k, e in gaz.phrases.items() if len(k) == 1 and k[0].lower() == stem), None)
        start = sentence.start + match.start(1)
        found.append(Mention(entry.canonical if entry else label, "organisation", sentence.index,
                             start, start + len(label), in_attribution=True))
    return found


def _joined_names(tokens: list[Token], found: list[Mention], gaz: Gazetteer, sentence_index: int) -> list[Mention]:
    """'darunter Andritz und Plasser & Theurer', 'Weiß & Hoffmann Gebäudereinigung': two capitalised
    words joined by an ampersand name a firm, with a trade or a place after them, where no rule
    named it already."""
    out = []
    for k, token in enumerate(tokens):
        if token.text != "&" or not 0 < k < len(tokens) - 1:
            continue
        first, second = tokens[k - 1], tokens[k + 1]
        if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() and t.text not in _STOP
                   and role_base(t.text, gaz) is None for t in (first, second)):
            continue
        if second.text in PARTNERS or any(m.start <= first.idx < m.end or m.start <= second.idx < m.end for m in found):
            continue  # "Kessler & Söhne" and names in a mention are the other rules'
        last = k + 1
        if (last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper() and tokens[last + 1].is_alpha
                and (morph.tag(tokens[last + 1].text) == "NN" or _place_name(tokens[last + 1], gaz))
                and not (last + 2 < len(tokens) and tokens[last + 2].text[:1].isupper())
                and not any(m.start == tokens[last + 1].idx for m in found)):
            last += 1  # "Weiß & Hoffmann Gebäudereinigung", "Haus & Grund Wesselbrück"
        start, end = first.idx, tokens[last].idx + len(tokens[last].text)
        out.append(Mention(first.doc.text[start:end], "organisation", sentence_index, start, end,
                           after_preposition=_after_preposition(tokens, k - 1), guessed=True))
    return out


def _government_office_end(tokens: list[Token], i: int) -> int:
    """'das Amt der Steiermärkischen Landesregierung', 'beim Amt der NÖ Landesregierung': Austria's
    offices of a Land's government are named as such, the region's word as written after "der"
    (the government itself is named where the report names it). The end (exclusive), or 0."""
    if (i + 3 < len(tokens) and tokens[i].text in ("Amt", "Amts", "Amtes") and tokens[i + 1].lower_ == "der"
            and tokens[i + 2].text[:1].isupper() and tokens[i + 2].text.replace("-", "").isalpha()
            and tokens[i + 3].text == "Landesregierung"):
        return i + 4
    return 0


def _staff_councils_of(tokens: list[Token], found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Der Betriebsrat der Glashütte Rachelau', 'der Personalrat des Amtsgerichts Oberkinzig': a
    workforce's council (`staff_councils`) before an organisation named is an actor of its own,
    beside the organisation, named with it as the text writes it."""
    first_token = {t.idx: k for k, t in enumerate(tokens)}
    councils = []
    for mention in found:
        k = first_token.get(mention.start)
        if mention.kind != "organisation" or k is None or k < 2 or tokens[k - 1].lower_ not in ("der", "des", "von"):
            continue
        council = tokens[k - 2].text
        base = next((c for c in gaz.staff_councils if council in (c, c + "s", c + "es")), None)
        if base is None or any(m.start == tokens[k - 2].idx for m in found):
            continue
        written = tokens[k].doc.text[mention.start:mention.end]  # "des Amtsgerichts Oberkinzig" as it stands
        councils.append(replace(mention, canonical=f"{base} {tokens[k - 1].text} {written}", start=tokens[k - 2].idx,
                                role="", country="", guessed=False, affiliation=False,
                                after_preposition=_after_preposition(tokens, k - 2)))
    return councils


def _with_branches(tokens: list[Token], found: list[Mention], gaz: Gazetteer, sentence_index: int) -> list[Mention]:
    """'die Landesstelle Kärnten der Österreichischen Tierärztekammer', 'der Sektion Loisachtal des
    Deutschen Alpenvereins': a regional branch (`branches`) named by its region and its organisation is one
    actor, named as the text writes it, in place of the region and the organisation read alone."""
    branches: list[Mention] = []
    for k, token in enumerate(tokens[:-3]):
        base = next((b for b in gaz.branches if token.text in (b, b + "s", b + "es")), None)
        if base is None or (branches and token.idx < branches[-1].end):
            continue
        j = k + 1  # the region: a place's name or two ("Kärnten", "Bad Ischl"; not the field in "Sektion Schifffahrt")
        while j < len(tokens) and j - k <= 2 and _place_name(tokens[j], gaz):
            j += 1
        if j == k + 1 or j + 1 >= len(tokens) or tokens[j].lower_ not in ("der", "des"):
            continue
        whose = next((m for m in found if m.start == tokens[j + 1].idx and m.kind == "organisation"
                      and (" " in m.canonical or m.canonical.isupper())), None)  # not "der Kammer" alone
        if whose is not None:
            written = token.doc.text[tokens[k + 1].idx:whose.end]
            branches.append(Mention(f"{base} {written}", "organisation", sentence_index, token.idx, whose.end,
                                    after_preposition=_after_preposition(tokens, k)))
    if not branches:
        return found
    kept = [m for m in found if not any(b.start <= m.start < b.end for b in branches)]
    return sorted(kept + branches, key=lambda m: (m.start, -m.end))


def _truncated_chain_end(tokens: list[Token], k: int) -> int:
    """'Hotel- und Gaststättenverband', 'Bildungs-, Kultur- und Sportkommission': compounds cut
    short before 'und' or 'oder' share the last word's end. The index of that last word (k where
    no such chain starts at k)."""
    j = k
    while (j + 1 < len(tokens) and len(tokens[j].text) > 2 and tokens[j].text.endswith("-")
           and tokens[j].text[:1].isupper() and tokens[j].text[:-1].replace("-", "").isalpha()):
        if tokens[j + 1].text == ",":
            j += 2
        elif tokens[j + 1].lower_ in ("und", "oder") and j + 2 < len(tokens) and tokens[j + 2].text[:1].isupper():
            return j + 2
        else:
            return k
    return k


def _without_truncated_chains(tokens: list[Token], gaz: Gazetteer) -> tuple[list[Token], dict[int, tuple[str, int]]]:
    """The tokens without chains of compounds cut short, and for the word each chain ends in (by
    its index in the document) the chain's text and the index of its first word. A chain that
    opens with a known name stays ("Facebook- und Instagram-Nutzer", "Max-Planck- und
    Leibniz-Institute"), as does one the actor list names and one that ends in a ministry: "das
    Innen- und Finanzministerium" are mostly two."""
    kept: list[Token] = []
    chains: dict[int, tuple[str, int]] = {}
    k = 0
    while k < len(tokens):
        end = _truncated_chain_end(tokens, k)
        if (end > k and (tokens[k].text[:-1],) not in gaz.phrases and "-" not in tokens[k].text[:-1]
                and not tokens[end].lower_.removesuffix("s").endswith("ministerium")
                and not _known_name_over(tokens, k, gaz)):
            chains[tokens[end].i] = ("".join(t.text_with_ws for t in tokens[k:end]), tokens[k].i)
            k = end
        kept.append(tokens[k])
        k += 1
    return kept, chains


def _known_name_over(tokens: list[Token], k: int, gaz: Gazetteer) -> bool:
    """Whether a name of the actor list starting up to two words before k reaches past it
    ("Eidgenössisches Justiz- und Polizeidepartement")."""
    for opening in range(max(0, k - 2), k + 1):
        known = _match_known(tokens, opening, gaz)
        if known is not None and opening + known[1] > k:
            return True
    return False


def _with_truncated_chain(name: str, start: int, first: Token,
                          chains: dict[int, tuple[str, int]]) -> tuple[str, int]:
    """The name with each chain its words end back in place ('Bayerischer Hotel- und
    Gaststättenverband', 'Deutsches Zentrum für Luft- und Raumfahrt (DLR)'), and where it then
    starts. The word before the chain must be the name's word before it too."""
    doc = first.doc
    for index, (chain, opening) in sorted(chains.items(), reverse=True):
        word = doc[index].text
        at = name.find(word[:max(3, len(word) - 2)])  # "Gaststättenverbands" as "…verband"
        if at < 0 or chain in name:
            continue
        if at == 0:
            if index != first.i:
                continue
            start = doc[opening].idx
        else:
            before, previous = name[:at].rstrip(), doc[opening - 1].text if opening else ""
            # "Bayerische" before the chain is the name's "Bayerischer"; a comma the name's comma
            if name[at - 1] != " " or not before or not previous or not (
                    before.endswith(previous) if not previous[:1].isalnum()
                    else before.split()[-1][:5].lower() == previous[:5].lower()):
                continue
        name = name[:at] + chain + name[at:]
    return name, start


_PLACE_PREPOSITIONS = frozenset("in nach aus bis ab gen".split())
_SAINT = frozenset(("St.", "Sankt"))
_YEARS = range(1900, 2100)


def _trade_compound(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'Schweißtechnik', 'Mediengruppe', 'Privatbank' right after a company's name, where the noun
    phrase ends: a compound on a word that ends companies' names (`organisation_tails`) is the
    name's last word."""
    if i >= len(tokens) or (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()):
        return False
    word = tokens[i].text
    lowered = word.lower()
    return (word[:1].isupper() and word.isalpha() and (word,) not in gaz.phrases
            and any(lowered.endswith(tail.lower()) and len(word) > len(tail) + 2
                    for tail in gaz.organisation_tails if len(tail) >= 4 and tail not in _COMPASS))


def _name_goes_on(tokens: list[Token], first: int, last: int, gaz: Gazetteer) -> int:
    """Last token of an organisation's name read on past `last`: a second place after a slash
    ("Flughafen Köln/Bonn", with its tail "GmbH"), or a number that is part of the name ("Global
    2000" after an organisation noun, "die MA 48"); a year stays out ("hatte Bosch 2024 …"); the
    men's form after the women's ("Arbeitsgemeinschaft Norddeutscher Tätowiererinnen und Tätowierer")."""
    last = _gender_pair_end(tokens, last)
    end = last
    while (end + 2 < len(tokens) and tokens[end + 1].text == "/" and not tokens[end].whitespace_
           and not tokens[end + 1].whitespace_ and tokens[end + 2].text[:1].isupper() and tokens[end + 2].is_alpha
           and tokens[end + 2].text not in gaz.listed):
        end += 2
    if end > last:
        following = tokens[end + 1] if end + 1 < len(tokens) else None
        if following is None or not following.text[:1].isupper():
            return end
        # "BVB/Freie Wähler": the second name goes on, and no rule here reads it whole
        return end + 1 if following.text in gaz.organisation_tails else last
    if _region_branch(tokens, last + 1, gaz) or _country_branch(tokens, last + 1):
        return last + 1  # "die Deutsche Rentenversicherung Hessen", "der Sozialverband VdK Hessen-Thüringen"
    if _trade_compound(tokens, last + 1, gaz):
        return last + 1  # "der Maschinenbauer Hartmann Schweißtechnik", "die Funke Mediengruppe in Essen"
    number = tokens[last + 1] if last + 1 < len(tokens) else None
    described = first > 0 and _organisation_head(tokens[first - 1].text, gaz)  # "der Umweltorganisation Global 2000"
    if (number is not None and described and last + 2 == len(tokens) and number.text.endswith(".")
            and number.text[:-1].isdigit() and len(number.text) <= 5):
        return last + 1  # "… von der Umweltschutzorganisation Global 2000." (the full stop kept with the number)
    if number is None or not number.text.isdigit() or len(number.text) > 4:
        return last
    after = tokens[last + 2:last + 4]
    if after and (after[0].text[:1].isupper() or after[0].text in ("%", "/") or (after[0].text == "." and not described)
                  or (len(after) == 2 and after[0].text[:1].islower() and after[1].text[:1].isupper())):
        return last  # "Bosch 2000 Stellen", "Stadler 31 elektrische Triebzüge", "um 4 %", "ZR 87/24"
    if after and after[0].lower_ in _CLOSING_PARTICLES and (len(after) == 1 or after[1].is_punct):
        return last  # "wies der Regierungsrat 19 ab": the number is what the verb's particle closes on
    if len(after) == 2 and after[0].lower_ in ("der", "von") and after[1].text.isdigit():
        return last  # "wies der Regierungsrat 38 der 47 Einsprachen ab": a part of a count
    if int(number.text) in _YEARS and not described:
        return last
    return last + 1


# a separable verb's particle that closes a clause ("lehnte … ab", "stimmte … zu")
_CLOSING_PARTICLES = frozenset("ab an auf aus bei ein fest fort hinzu mit nach vor weg zu zurück".split())


def _region_branch(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A Land or canton (or two joined, "Hessen-Thüringen") right after an organisation's name, with
    no capitalised word after it: the organisation's branch there. Not a state: "dass die Stiftung
    Polen verklagt" names two actors."""
    if i >= len(tokens) or not tokens[i - 1].text[:1].isupper() or tokens[i - 1].whitespace_ != " ":
        return False
    parts = tokens[i].text.split("-")
    if not all(part in gaz.regions for part in parts) and tokens[i].text not in gaz.regions:
        return False
    following = tokens[i + 1].text if i + 1 < len(tokens) else "."
    return not following[:1].isupper()


# a state's name that German gives an article ("die Schweiz") or that is not German: without an
# article after a name it is part of it ("Stiftung Heimtierwohl Schweiz", "TÜV Austria")
_BRANCH_COUNTRIES = frozenset("Schweiz Austria Suisse Svizzera Switzerland Germany".split())


def _gender_pair_end(tokens: list[Token], last: int) -> int:
    """'Tätowierer' in '… Tätowiererinnen und Tätowierer': a plural of women's nouns and the same
    noun's men's plural are one name's words; the index of the men's form, else `last`."""
    women = tokens[last].text
    if not women.endswith("innen") or last + 2 >= len(tokens) or tokens[last + 1].lower_ != "und":
        return last
    men, stem = tokens[last + 2].text, women[:-5]
    return last + 2 if men.startswith(stem) and len(men) - len(stem) <= 2 else last


def _country_branch(tokens: list[Token], i: int) -> bool:
    """'Schweiz' in 'die Stiftung Heimtierwohl Schweiz': the organisation's national branch."""
    if i >= len(tokens) or tokens[i].text not in _BRANCH_COUNTRIES or tokens[i - 1].whitespace_ != " ":
        return False
    before = tokens[i - 1].text
    return before[:1].isupper() or _BRAND_INSIDE.match(before) is not None


def _national_branch_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """End (exclusive) of a name of one to three capitalised words and a state in `_BRANCH_COUNTRIES`
    ('Birdlife Schweiz', 'Touring Club Schweiz', 'die Stiftung Landtechnik-Erbe Schweiz'); 0 where
    none opens at token i. The kind of organisation before it is no part of the name ('die
    Organisation Sucht Schweiz', 'der Halbleiterhersteller Infineon Technologies Austria')."""
    if i > 0 and _branch_name_word(tokens[i - 1], gaz) and (
            tokens[i - 1].text in _NAME_PART_HEADS or not _describing_noun(tokens[i - 1].text, gaz)):
        return 0  # not the first word of the run
    if i > 1 and (tokens[i - 1].lower_ in ("und", "&") or (
            tokens[i - 1].lower_ in ("der", "des") and tokens[i - 2].text[:1].isupper())):
        return 0  # "die Akademien der Wissenschaften Schweiz", "Sinti und Roma Schweiz": the end of a longer name
    k = i + 1 if tokens[i].text in _NAME_PART_HEADS else i
    while (k < len(tokens) and k - i < 3 and _branch_name_word(tokens[k], gaz)
           and not _describing_noun(tokens[k].text, gaz)):
        k += 1
    return k + 1 if k > i and _country_branch(tokens, k) and (
        k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper()) else 0


def _branch_name_word(token: Token, gaz: Gazetteer) -> bool:
    """A word of a name before its national branch: capitalised or a brand ('proHolz'), no state, role
    or function word."""
    text = token.text
    return (text.replace("-", "").replace("&", "").isalpha() and (text[:1].isupper() or _BRAND_INSIDE.match(text) is not None)
            and text not in _STOP and text not in _BRANCH_COUNTRIES and token.lower_ not in _ALL_PREPOSITIONS
            and token.lower_ not in _ARTICLES and not role_base(text, gaz)
            and not state_of_adjective(text, gaz) and not _given_name(text, gaz)
            and not token.lower_.endswith(("staaten", "länder")))  # "die Efta-Staaten Schweiz, Norwegen …"


_BRAND_INSIDE = re.compile(r"^[a-z]+[A-Z][a-zA-Z]+$")  # "proHolz", "eBay"


def _describing_noun(word: str, gaz: Gazetteer) -> bool:
    """'Organisation', 'Halbleiterhersteller': a noun that says what a named body is."""
    return _organisation_head(word, gaz) or _closed_agent_compound(word)


_POSSESSIVE_S = re.compile(r"['’]s$")
_SHORT_FORM = re.compile(r".+ \(([^()]+)\)")  # "Russischer Direktinvestitionsfonds (RDIF)"


def short_form(name: str) -> str | None:
    """The short form a name ends in, without its qualifier: 'VdW' for 'Verband der Südwestdeutschen
    Wohnungswirtschaft (VdW südwest)'."""
    found = _SHORT_FORM.fullmatch(name)
    return found.group(1).split()[0] if found else None


def _plain_name_word(token: Token, gaz: Gazetteer) -> bool:
    """'Musical', 'Haustechnik' inside a company's name: a common noun that neither introduces nor
    ends an organisation ('Investmentbank', 'Werft')."""
    text, lowered = token.text, token.lower_
    return (text[:1].isupper() and text.isalpha() and text not in _STOP and not role_base(text, gaz)
            and morph.tag(text) == "NN" and not _organisation_head(text, gaz) and not lowered.endswith(gaz.institutions)
            and not any(lowered.endswith(tail.lower()) for tail in gaz.organisation_tails if len(tail) >= 4))


def _run_word(token: Token, gaz: Gazetteer, listed_start: bool = False) -> bool:
    """A word of a run of proper nouns. `listed_start`: the word may begin a listed name that
    does not match here ("Pro Natura" beside a listed "Pro Asyl")."""
    if not token.text[:1].isupper():  # most words: decided before any other test
        return False
    text = _POSSESSIVE_S.sub("", token.text)  # "Fishermen's"
    return (text[:1].isupper() and text.replace("-", "").replace("&", "").isalpha() and text not in _STOP
            and text not in _ROMAN  # "im Wahlkreis Gera II", "Az. VII R 14/24": a number
            and (listed_start or text not in gaz.first_words) and not role_base(text, gaz)
            and not state_of_adjective(text, gaz)
            and not _compound_of_known(text, gaz)
            and (morph.tag(token.text) in ("NE", "FM") or _FOREIGN_LETTERS.search(text) is not None))


# letters German does not use: a word with one is a foreign name ("Mélanie", "Łukasz", "Erdoğan")
_FOREIGN_LETTERS = re.compile(r"[áàâãåéèêëíìîïñóòôõøúùûýÿçčćšśžźżłğışœæđř]")


def _compound_of_known(word: str, gaz: Gazetteer) -> bool:
    """'Deutschlandticket', 'Europapolitik': a listed name followed by a common noun is a
    compound noun, not a name."""
    for cut in range(3, len(word) - 3):
        head, rest = word[:cut], word[cut:]
        if rest[:1].islower() and (head,) in gaz.phrases:
            return True
    return False


# words for a firm's office before its name, no part of it ("das Büro Kessler Brandt Architekten",
# "die Sozietät Tiedemann Rechtsanwälte")
_OFFICE_WORDS = frozenset("Büro Büros Kanzlei Sozietät".split())


def _proper_run(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """End of a run of two to four proper nouns starting at i ('Human Rights Watch',
    'Thyssenkrupp Steel'), or i when there is none. German capitalises every noun, so only
    words the tagger reads as proper or foreign nouns count; a run after 'in'/'nach'/'aus' is a
    place ('in New York'), one inside quotes a title, one before '(' an acronym's long form."""
    listed_start = (tokens[i].text,) not in gaz.phrases and not _match_known(tokens, i, gaz)
    if (i + 1 < len(tokens) and listed_start
            and tokens[i].text[:1].isupper() and tokens[i].is_alpha and tokens[i].text not in _STOP
            and morph.is_unknown(tokens[i].text) and not tokens[i].is_sent_start
            and (i == 0 or not tokens[i - 1].text[:1].isupper() or tokens[i - 1].lower_ in _ARTICLES
                 or tokens[i - 1].text in _OFFICE_WORDS or _describes_by_town(tokens, i - 1, gaz))):
        # "die Hamburger Elbtor Privatbank", "an Nordelbe Terminals", "Die Hongyun Group": a word no
        # lexicon knows and a tail (or two: "die Brinkmann Logistik Gruppe"); before a tail that is no
        # legal form (whose name the registered-name rule reads), up to two words between ("die Hongyun
        # Musical Instruments Group"), not after a word that describes ("die Nairobier Investmentbank
        # Mara Capital", "die Projektentwicklerin Frankenhof …")
        tail = i + 1
        while (tail < len(tokens) and tail - i <= 2 and tokens[tail].text not in gaz.organisation_tails
               and (_run_word(tokens[tail], gaz) or (
                   not tokens[i].text.endswith(("er", "in")) and _plain_name_word(tokens[tail], gaz)))):
            tail += 1
        if (tail < len(tokens) and tokens[tail].text in gaz.organisation_tails
                and (tail == i + 1 or tokens[tail].text not in LEGAL_FORMS)):
            return tail + 2 if tail + 1 < len(tokens) and tokens[tail + 1].text in gaz.organisation_tails else tail + 1
    if not _run_word(tokens[i], gaz, listed_start):
        return i
    if i > 0:
        before = tokens[i - 1]
        if before.lower_ in _PLACE_PREPOSITIONS or before.text in ("„", '"', "»", "«", "‚"):
            return i
        if (before.text[:1].isupper() and before.is_alpha and before.text not in _STOP and not before.is_sent_start
                and before.text not in _OFFICE_WORDS):
            return i  # inside a longer name the other rules read
    end = i + 1
    while end < len(tokens) and end - i < 5 and not _after_town(tokens, end) and (
            not _person_begins(tokens, end, gaz)) and (_run_word(tokens[end], gaz) or (
            tokens[end].text in ("'", "’") and tokens[end - 1].text.endswith("s")
            and end + 1 < len(tokens) and _run_word(tokens[end + 1], gaz))):
        end += 1  # "Coastal Traders' Alliance"
    if end < len(tokens) and end - i < 4 and tokens[end].text in gaz.organisation_tails:
        end += 1  # "Blue Ocean Partners"
    elif end - i >= 2 and _region_ends_name(tokens, end, gaz):
        end += 1  # "Pro Natura Graubünden": the branch in a state or region
    if end - i < 2 or (end < len(tokens) and tokens[end].text == "(") or tokens[end - 1].lower_ in _NUMERALS:
        return i  # "Air Force Two": a vehicle, not an actor
    return end


def _person_begins(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A given name followed by a surname or by "und" and another given name: a person's name
    begins here, so no run of proper nouns goes on into it ("das Bäckerehepaar Josef und Margrit
    Zemp", "Bäcker Josef Zemp": the word before is the trade, not part of a name)."""
    if not _given_name(tokens[i].text, gaz) or i + 2 >= len(tokens):
        return False
    after = tokens[i + 1]
    if after.lower_ == "und":
        return _given_name(tokens[i + 2].text, gaz)
    return after.text[:1].isupper() and after.is_alpha and after.text not in _STOP and not _given_name(after.text, gaz)


def _pro_name_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """The end of an association named 'Pro' and what it stands for ('Pro Natura', 'Pro Bahn
    Österreich', 'Pro Altstadt Aarwil'): the word after it, common noun or not, and a region or
    place that closes the name; 0 for a listed name and for the preposition that opens a sentence
    before a common noun ('Pro Jahr sollen …')."""
    if i + 1 >= len(tokens) or _match_known(tokens, i, gaz):
        return 0
    word = tokens[i + 1]
    if not (word.text[:1].isupper() and word.is_alpha) or (tokens[i].is_sent_start and not morph.is_unknown(word.text)):
        return 0
    end = i + 2
    if end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].is_alpha and (
            morph.is_unknown(tokens[end].text)
            or ((morph.tag(tokens[end].text) == "NE" or _place_name(tokens[end], gaz))
                and (end + 1 == len(tokens) or not tokens[end + 1].text[:1].isupper()))):
        end += 1  # "Pro Altstadt Tannwald, in der …": the place it is for (not "verteilt die IG Pro
        # Gummen Flugblätter", a common noun the tagger knows)
    return end


# groups named by what they want, an adjective and its noun ("IG Stilles Gantertal")
_MOTTO_HEADS = frozenset({"IG", "Interessengemeinschaft", "Bürgerinitiative"})


def _motto_name_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """The end of a group's name of a capitalised adjective and a noun after its head ('IG Dunkle
    Nacht Lindenmatt', 'Bürgerinitiative Freier Schlosspark Brechtau', 'IG Stilles Gantertal'),
    with the place that closes it; 0 where no such words follow."""
    if i + 2 >= len(tokens) or _match_known(tokens, i, gaz):
        return 0
    adjective, noun = tokens[i + 1].text, tokens[i + 2].text
    if not (adjective[:1].isupper() and adjective.isalpha() and morph.tag(adjective.lower()) == "ADJ(A)"
            and adjective.endswith(("e", "er", "es")) and noun[:1].isupper() and noun.replace("-", "").isalpha()
            and morph.tag(noun) in ("NN", "NE") and noun not in _STOP):
        return 0
    end = i + 3
    if (end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].text.replace("-", "").isalpha()
            and tokens[end].text not in _STOP and not role_base(tokens[end].text, gaz)
            and not morph.known_noun(tokens[end].text)  # not "… Laimtal Beschwerde erhoben"
            and (end + 1 == len(tokens) or not tokens[end + 1].text[:1].isupper())):
        end += 1  # "… Lindenmatt ist noch nicht zufrieden": the place it is for
    return end


def _after_town(tokens: list[Token], i: int) -> bool:
    """'Rüegsbach LU', 'Frauenfeld TG hat': a canton's letters after a capitalised word name where
    the town lies, no organisation."""
    return (tokens[i].text in _CANTON_CODES and i > 0 and tokens[i - 1].is_alpha and tokens[i - 1].text[:1].isupper()
            and not tokens[i - 1].text.isupper() and (i + 1 == len(tokens) or not tokens[i + 1].text[:1].isupper()))


def _region_ends_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A listed state or region (no town) that closes the noun phrase after a name."""
    if i >= len(tokens):
        return False
    region = gaz.phrases.get((tokens[i].text,))
    following = tokens[i + 1].text if i + 1 < len(tokens) else "."
    return region is not None and region.kind == "state" and not region.is_place and not following[:1].isupper()


_LIST_CONJUNCTIONS = frozenset(("und", "oder", "sowie"))
# tokens back from the comma to the title ("Präsidentin des Pensionistenverbandes Österreichs (PVÖ),")
_APPOSITION_REACH = 10


def _title_before_apposition(tokens: list[Token], index: int, gaz: Gazetteer) -> str:
    """The title that opens the phrase a name stands in apposition to ('die Präsidentin des
    Pensionistenverbandes Österreichs (PVÖ), Herta Wimmer', 'der Leiter des Komitees der Huthis,
    Abdulkader al-Murtada', 'den Bischof von Matagalpa, Rolando Álvarez'): the role before the
    first genitive article (or 'von') of that phrase."""
    if index < 3 or tokens[index - 1].text != ",":
        return ""
    title = ""
    for j in range(index - 2, max(0, index - 2 - _APPOSITION_REACH), -1):
        if tokens[j].is_punct and tokens[j].text not in "()":
            break
        if tokens[j].lower_ in ("des", "der", "von", "vom") and j > 0:
            title = role_base(tokens[j - 1].text, gaz) or title
    return title


def _title_after(tokens: list[Token], comma: int, gaz: Gazetteer, in_list: bool = False) -> str:
    """The title of an apposition right after a name (', rechtspolitische Sprecherin von …'): its
    first capitalised word within three words, where that is a role. `in_list`: also the title of
    the next in a list (', Herta Wimmer, und der Obmann …'), which marks a list of people but is
    not the name's own title."""
    if comma >= len(tokens) or tokens[comma].text != ",":
        return ""
    for token in tokens[comma + 1:comma + 4]:
        if token.lower_ in _LIST_CONJUNCTIONS and not in_list:
            return ""  # "…, Kerstin Lohse, und drei Vertreter der Anwohner": the list goes on
        if token.text[:1].isupper():
            return role_base(token.text, gaz) or ""
    return ""


def _joined(tokens: Sequence[Token]) -> str:
    """The words of a name as written: no space before a possessive apostrophe."""
    out = ""
    for token in tokens:
        out += token.text if token.text in ("'", "’") or not out else " " + token.text
    return out


_NUMERALS = frozenset("one two three eins zwei drei".split())


def _example_word(token: Token, gaz: Gazetteer, listed: bool = False) -> bool:
    """A word of a name given as an example; once one name is listed, the next ones may be
    words the tagger reads as common nouns ('Burger King')."""
    text = _POSSESSIVE_S.sub("", token.text)
    return (text[:1].isupper() and text.replace("-", "").replace("'", "").isalnum() and text not in _STOP
            and not role_base(text, gaz) and not state_of_adjective(text, gaz)
            and (listed or morph.tag(token.text) != "NN" or _CAMEL.search(text) is not None))


_CAMEL = re.compile(r"[a-zäöü][A-ZÄÖÜ]")  # "McDonald", "YouTube"


def _examples_after_wie(tokens: list[Token], gaz: Gazetteer) -> dict[int, tuple[int, Kind]]:
    """Names listed as examples after a plural noun and 'wie' ('Ketten wie McDonald's, Burger
    King und Starbucks', 'Minister wie Itamar Ben-Gvir'): start -> (end, kind). Common nouns
    ('Länder wie Polen' is a state the list knows; 'Themen wie Migration') are left alone."""
    found: dict[int, tuple[int, Kind]] = {}
    for w, token in enumerate(tokens):
        if token.lower_ != "wie" or w == 0 or not tokens[w - 1].text[:1].isupper() or tokens[w - 1].text in _STOP:
            continue
        j = w + 1
        listed: dict[int, tuple[int, Kind]] = {}
        while j < len(tokens) and _example_word(tokens[j], gaz, listed=j > w + 1):
            end = j
            while end < len(tokens) and end - j < 4 and _example_word(tokens[end], gaz, listed=end > w + 1):
                end += 1
            first = tokens[j].text
            kind: Kind = "person" if _given_name(first, gaz) and end - j >= 2 else "organisation"
            listed[j] = (end, kind)
            if end < len(tokens) - 1 and tokens[end].text == "," or (end < len(tokens) - 1 and tokens[end].lower_ in ("und", "oder", "sowie")):
                j = end + 1
            else:
                break
        # "Maßnahmen wie Lockdowns, Impfpflichten oder Grenzschließungen": one common noun in the
        # list makes it a list of things, not of names
        if not any(end - start == 1 and morph.tag(tokens[start].text) == "NN" for start, (end, _) in listed.items()):
            found.update(listed)
    return found


TOWN_PREFIXES = frozenset({"St.", "Sankt", "Bad"})  # "St. Gallen", "Bad Marienberg": one town's name
TOWN_LINKS = frozenset({"am", "im", "ob", "bei"})  # "Frankfurt am Main", "Sankt Ulrich am Rodlbach"
_RIVER_LINKS = ("an", "in")  # before "der": "Frankfurt an der Oder", "Waldegg an der Feistritz"
# a town's link inside a name: "Gemeinde Lanzing am Lanzensee"
_TOWN_LINK = re.compile(rf" (?:{'|'.join(sorted(TOWN_LINKS))}|{'|'.join(f'{w} der' for w in _RIVER_LINKS)}) [A-ZÄÖÜ]")
_LINK_WORDS = TOWN_LINKS | {*_RIVER_LINKS, "der"}
_TOWN_PREFIX = "(?:" + "|".join(map(re.escape, sorted(TOWN_PREFIXES))) + ")"


def _lone_proper_noun(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    token = tokens[i]
    if not _run_word(token, gaz) or token.text in gaz.first_names or morph.tag(token.text) != "NE":
        return False
    if i >= 2 and tokens[i - 1].text in TOWN_PREFIXES:
        i -= 1  # "in St. Gallen hat", "aus Bad Ischl": the town's name starts a word earlier
    before = tokens[i - 1].lower_ if i > 0 else ""
    if i >= 2 and tokens[i - 1].text[:1].isupper() and morph.tag(tokens[i - 1].text) == "NN" and (
            tokens[i - 2].lower_ in _PLACE_PREPOSITIONS or tokens[i - 2].lower_ in _OBJECT_PREPOSITIONS):
        return False  # "im Kraftwerk Gerlostal haben sich …": the name ends a prepositional phrase
    # "Beim Digitalpaket steht die Einigung": a noun after a preposition is no subject
    return before not in _PLACE_PREPOSITIONS and before not in _ALL_PREPOSITIONS and before not in _PARTICLES


def _named_by_adjective(tokens: list[Token], i: int) -> bool:
    """An institution's name opened by a capitalised adjective after an article ("der Medizinischen
    Universität", "des Hanseatischen Oberlandesgerichts"); not a town's ("Wiener", "Grazer")."""
    return (i >= 2 and not tokens[i - 1].is_sent_start and tokens[i - 1].text[:1].isupper()
            # the tagger reads "Freiwillige" ("die Freiwillige Feuerwehr Waldegg") as an adjective's noun,
            # and an -isch adjective it does not know as a noun ("die Israelitische Kultusgemeinde Wien")
            and (morph.tag(tokens[i - 1].text) in ("ADJ(A)", "NNA") or _REGIONAL_ADJECTIVE.search(tokens[i - 1].text))
            and not tokens[i - 1].text.endswith("er")
            and tokens[i - 2].lower_ in _ARTICLES | _OBLIQUE_DETERMINERS)


def _institution_nominative(word: str, gaz: Gazetteer) -> str | None:
    """'Landgericht', 'des Landgerichts', 'Universität', 'Kanton': a word that names an institution
    with the place after it (`institutions` endings, a local council, or a governed territory), in
    the nominative."""
    governed = next((form for form in _nominative_candidates(word) if form in _GOVERNED), None)
    if governed:  # "des Kantons Thurgau", "des Landes Oberösterreich", "des Freistaates Bayern"
        return governed
    return next((form for form in _nominative_candidates(word)
                 if form.lower().endswith(gaz.institutions) or _council_word(form, gaz)), None)


def _nominative_candidates(word: str) -> list[str]:
    """The word, and the forms it has without a genitive ending ('Landgerichts', 'Nationalrates')."""
    return ([word] + ([word[:-1]] if word.endswith("s") else []) + ([word[:-2]] if word.endswith("es") else [])
            + ([word[:-3]] if word.endswith("nisses") else []))  # "Bündnisses"


def _national_branch(tokens: list[Token], i: int, known: tuple[Entry, int], gaz: Gazetteer) -> str | None:
    """'Greenpeace Schweiz', 'Caritas Österreich', 'Haus & Grund Brackenfeld': a listed organisation
    and right after it a state, or a town the report names as one, with no noun after that ('warf
    die Nato Russland Sabotage vor' names two actors). An alliance of states has no branches ('dass
    die EU Polen verklagt'), a medium none by town."""
    entry, length = known
    end = i + length
    if (entry.kind != "organisation" or entry.canonical in gaz.political_parties or entry.canonical in gaz.alliances
            or end >= len(tokens)):
        return None
    if _region_branch(tokens, end, gaz) and "-" in tokens[end].text:
        return tokens[end].text  # "der Sozialverband VdK Hessen-Thüringen": a branch of two Länder
    following = tokens[end + 1].text if end + 1 < len(tokens) else "."
    state = gaz.phrases.get((tokens[end].text,))
    if state is None and entry.canonical not in gaz.media and not following[:1].isupper() and (
            tokens[end].text[:1].isupper() and tokens[end].is_alpha and _named_as_town(tokens, end)):
        return tokens[end].text  # "Haus & Grund Brackenfeld" in a report from Brackenfeld: its local branch
    if state is None or state.kind != "state" or tokens[end].text != state.canonical:
        return None
    return state.canonical if not following[:1].isupper() else None


def _owner_after_von(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """An unlisted proper noun after a noun and 'von' ('Aktien von Toyota'): whose the thing is.
    A place in that slot ('Bürgermeister von Tarvis') is dropped where the report also writes
    it after 'in' (see _drop_places)."""
    if i < 2 or tokens[i - 1].lower_ != "von" or not tokens[i - 2].text[:1].isupper() or tokens[i - 2].text in _STOP:
        return False
    token = tokens[i]
    if (not _run_word(token, gaz) or _given_name(token.text, gaz) or morph.tag(token.text) != "NE"
            or len(token.text) < 2  # "wer in Hornwiler von A nach B will": a letter names a point, no owner
            or token.text.endswith("-")):  # "von Facebook- und Instagram-Nutzern": a compound cut short
        return False
    following = tokens[i + 1].text if i + 1 < len(tokens) else "."
    return not following[:1].isupper()


def _acting_proper_noun(tokens: list[Token], i: int, gaz: Gazetteer) -> list[int]:
    """Indexes of one proper noun, or two joined by 'und'/'oder', that the finite verb follows:
    the subject of a clause ('Auch Oxfam erklärte', 'Honda und Mazda gewannen'). A place
    rarely acts in German news (capitals that stand for states are in the actor list), so an
    unlisted proper noun doing so is an organisation or a person named once."""
    if (not _lone_proper_noun(tokens, i, gaz) or _names_document(tokens[i].text, gaz) or _after_town(tokens, i)
            or len(tokens[i].text) < 2):  # "Das Ticket der Preisstufe A kostet": a letter is a class, no actor
        return []  # "Das Anti-Doping-Bundesgesetz gilt": a law, not an actor; "Uzwil SG lehnt ab": a place
    if (i == 0 or tokens[i - 1].text in ("–", "-", ":")) and morph.tag(tokens[i].lower_) == "ADV":
        return []  # "Marktredwitz – Lange hat man darauf gewartet": an adverb opening the sentence
    if i > 0 and tokens[i - 1].lower_ in ("des", "eines") and tokens[i].text[1:].islower():
        return []  # "Die Zahl des Wolfs ist gestiegen": a genitive attribute ("des Landes-CERT" names one)
    after_places = (i >= 1 and tokens[i - 1].lower_ in _PLACES_PLURAL) or (
        i >= 3 and tokens[i - 1].lower_ in ("und", "oder") and tokens[i - 3].lower_ in _PLACES_PLURAL)
    if after_places:
        return []  # "In den Gemeinden Hochreith und Zedlitz sorgt das für Unmut": places
    word = tokens[i].text
    if (i > 0 and tokens[i - 1].lower_ in ("die", "der", "eine", "ein") and not _ends_in_tail(word, gaz)
            and morph.also_common_noun(word)):
        return []  # "Die Halle ist voll", "Eine Halle ändert nichts": a hall; a town takes no article of its own
    if (i > 0 and tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower()
            and morph.tag(tokens[i - 1].text) == "ADJ(A)"
            and (morph.also_common_noun(word) or (i > 1 and tokens[i - 2].lower_ in _ARTICLES))):
        # "ein frisch gepflanzter Baum könne", "der jährliche Erbbauzins beträgt": an adjective (after
        # an article) before it makes it the common noun
        return []
    if i > 0 and tokens[i - 1].lower_ in _DESCRIBING_DETERMINERS:
        return []  # "Unsere Förster haben aufgeräumt": a possessive makes it a common noun
    group = [i]
    j = i + 1
    if j + 1 < len(tokens) and tokens[j].lower_ in ("und", "oder") and (
            _lone_proper_noun(tokens, j + 1, gaz) or _plain_noun(tokens[j + 1].text, gaz)):
        group.append(j + 1)
        j += 2
    if j + 1 >= len(tokens) or not tokens[j].text[:1].islower() or not morph.is_finite_verb(tokens[j].text):
        return []
    if tokens[j + 1].is_alpha or morph.analyze(tokens[j].text)[0] in _SAYING:
        return group  # a verb in second place, or one of saying before its clause ("Oxfam erklärte, …")
    return []  # a verb at the end of a subordinate clause: the noun may well be a place


_PLACES_PLURAL = frozenset("gemeinden orten städten dörfern ortschaften kantonen bezirken regionen".split())
_SAYING = frozenset("sagen erklären betonen mitteilen teilen warnen kritisieren fordern schreiben bestätigen "
                    "berichten melden verlangen begrüßen bemängeln".split())


_SCENE = frozenset("in im ins".split())


def _acting_body(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    """A public body named by its common noun ('Bürgerschaft', 'Apothekerkammer'; endings in
    `bodies` of the role list) that acts: the subject before a finite verb, or the agent after
    'durch'/'von'; a parliament or audit office wherever it stands. Where it is only the scene
    ('in der Bürgerschaft') it names no actor. The body's name (in the nominative), or None."""
    word = tokens[i].text
    name = _body_nominative(word, gaz)
    if (name is not None and i >= 1 and word[:1].isupper() and word.isalpha() and (
            (_court(name, gaz) and (tokens[i - 1].lower_ in ("beim", "ans") or (
                i >= 2 and tokens[i - 2].lower_ in ("vor", "an") and tokens[i - 1].lower_ in ("dem", "das"))))
            or case_brought_to(tokens[0].doc.text, tokens[i].idx, " ".join(t.text for t in tokens), gaz))):
        # "Klage vor dem Staatsgerichtshof", "beim Kantonsgericht hängig", "ein Stimmrechtsrekurs ist beim
        # Bezirksrat hängig": where a case is brought
        return name
    if (i == 0 or tokens[i - 1].lower_ not in ("der", "die", "das", "den", "dem", "des", "vom")
            or not word[:1].isupper() or not word.replace("-", "").isalpha() or word in _STOP
            or (word,) in gaz.phrases or name is None):
        return None
    if ((name in gaz.legislatures and name != "Senat" or name.lower().endswith(("landtag", "rechnungshof")))
            and not (i >= 2 and tokens[i - 2].lower_ in _SCENE)):
        return name  # "dem Landtag vorgelegt", "des Nationalrats"; the bare "Senat" may be a court's
    after = i + 1
    if (name in gaz.local_bodies and i + 3 < len(tokens) and tokens[after].lower_ in ("der", "des")
            and tokens[after + 1].lower_.endswith(("stadt", "gemeinde"))):
        after += 2  # "Der Stadtrat der Kreisstadt im Landkreis Weserau beschloss": the town's council
    following = tokens[after] if after < len(tokens) else None
    if following is not None and following.text[:1].islower() and (
            morph.can_be_finite_verb(following.text) or _verb_after_town(tokens, after)):
        # the subject: "Der Oberkirchenrat muss", "Die Gemeindeversammlung genehmigt den Kredit",
        # "Die Stadtverordnetenversammlung im südhessischen Langen hat …", "Der Gemeinderat von Asten hat …"
        return name if tokens[i - 1].lower_ in ("der", "die", "das") else None
    agent = tokens[i - 1].lower_ == "vom" or (i >= 2 and tokens[i - 2].lower_ in ("durch", "von"))
    # "Die Präsidentin der Bildungsministerkonferenz, …", "der Vorsitzende des Kultusausschusses": the
    # body its head speaks for
    led = (i >= 2 and tokens[i - 1].lower_ in ("der", "des")
           and name != "Senat" and (role_base(tokens[i - 2].text, gaz) or "").lower() in gaz.leaders)
    # "Nach langer Debatte hat der Gemeinderat … beschlossen": the subject after the finite verb
    # (a masculine body's "der" is its nominative; "In Schnepfach hat die Gemeindevertretung …
    # abgestimmt": a feminine or neuter local council's only where no article, pronoun or name opens
    # the clause, which would be the subject then: not "Der Bürgermeister kritisiert die Gemeindevertretung")
    inverted = (i >= 2 and word == name and name != "Senat" and tokens[i - 2].text.islower()
                and tokens[i - 2].is_alpha and morph.can_be_finite_verb(tokens[i - 2].text)
                and NOMINATIVE_GENDER.get(tokens[i - 1].lower_) == gender_of(name, gaz.genders)
                and (tokens[i - 1].lower_ == "der" or (name in gaz.local_bodies and not _subject_opens_clause(tokens, i - 2))
                     # "Außerdem fordert die Clubkommission einen Fonds": an accusative after it leaves it the subject
                     or (i + 1 < len(tokens) and tokens[i + 1].lower_ in ("einen", "den"))))
    return name if agent or inverted or led else None


def case_brought_to(text: str, start: int, sentence: str, gaz: Gazetteer) -> bool:
    """'einen Stimmrechtsrekurs beim Bezirksrat', 'Klage vor dem Landgericht': the body at `start` of
    `text` is the one a case of the sentence (`case_steps`) is brought to."""
    lowered = sentence.lower()
    return (text[max(0, start - 8):start].endswith(("beim ", "vor dem "))
            and any(step in lowered for step in gaz.case_steps))


def _verb_after_town(tokens: list[Token], j: int) -> bool:
    """Whether a town's phrase opens at j ('im südhessischen Langen', 'von Asten', 'im Landkreis
    Weserau') and a finite verb in second place follows it: the phrase then belongs to the noun
    before it."""
    if tokens[j].lower_ not in ("im", "in", "von", "aus"):
        return False
    k = j + 1
    while (k < len(tokens) and tokens[k].is_alpha and tokens[k].text.islower()
           and morph.tag(tokens[k].text).startswith("ADJ")):
        k += 1  # "im südhessischen"
    if k + 2 >= len(tokens) or not (tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha()):
        return False
    if k + 3 < len(tokens) and tokens[k + 1].text[:1].isupper() and tokens[k + 1].is_alpha:
        k += 1  # "im Landkreis Weserau", "in Bad Ischl"
    verb = tokens[k + 1]
    return verb.text.islower() and morph.is_finite_verb(verb.text) and tokens[k + 2].is_alpha


_CLAUSE_OPENERS = frozenset({"der", "die", "das", "ein", "eine", "sie", "er", "es", "man", "wir", "ich"})


def _subject_opens_clause(tokens: list[Token], verb: int) -> bool:
    """Whether the clause before the finite verb at `verb` opens with a word that may be its subject:
    an article, a pronoun or a name ('Der Bürgermeister kritisiert …', 'Sie fordert …'), not a
    preposition, a number or a lone demonstrative ('In Schnepfach hat …', 'Drei davon hat …', 'Das
    hat die Gemeindevertretung beschlossen')."""
    start = verb
    while start > 0 and tokens[start - 1].text not in (",", ";", ":", "–", "-"):
        start -= 1
    first = tokens[start] if start < verb else None
    if first is not None and start == verb - 1 and first.lower_ in ("das", "dies"):
        return False  # "Das hat die Gemeindeversammlung beschlossen": a lone demonstrative is the object
    return first is not None and (first.lower_ in _CLAUSE_OPENERS or morph.tag(first.text) == "NE")


def _head_in_nominative(name: str, word: str, gaz: Gazetteer) -> str:
    """'Waldverbands Steiermark' -> 'Waldverband Steiermark': a name that opens with an
    organisation noun in the genitive is named in the nominative."""
    if not name.startswith(word + " ") or not word.endswith("s"):
        return name
    form = next((f for f in _nominative_candidates(word)[1:] if _organisation_head(f, gaz)), None)
    return form + name[len(word):] if form else name


def _body_nominative(word: str, gaz: Gazetteer) -> str | None:
    """'Landtags', 'Nationalrates': a body in the genitive is named in the nominative."""
    return next((form for form in _nominative_candidates(word) if _names_body(form, gaz.bodies)), None)


# "das Land Berlin", "der Freistaat Bayern", "der Kanton Zug": the government of the place, an actor
_GOVERNED = frozenset("Land Freistaat Kanton".split())


def _named_ministry(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """A ministry named by its compound ('das Kulturministerium', 'beim Bundesarbeitsministerium',
    'das NRW-Wirtschaftsministerium'), with the Land that follows it ('Verkehrsministerium
    Baden-Württemberg'), and so a canton's department or a Land's directorate ('das
    Justiz- und Sicherheitsdepartement', 'die Bildungsdirektion'): named wherever it stands but as
    the scene ('im Wissenschaftsministerium'). The end (exclusive), or 0."""
    word = tokens[i].text.removesuffix("s")  # "eines Sprechers des Bundesinnenministeriums"
    # "das Ministerium für Kultus, Jugend und Sport", "das Departement Bau, Verkehr und Umwelt": the
    # bare noun names one by its departments (listed without "für" only where they are two or more)
    first = i + 2 if i + 1 < len(tokens) and tokens[i + 1].lower_ == "für" else i + 1
    # (so do a canton's or Land's offices: "die Dienststelle Landwirtschaft und Wald", "die Direktion
    # Inneres und Kommunales", "die Direktion für Inneres und Justiz")
    departments = (word in _DEPARTMENT_NOUNS and _listed_noun(tokens, first)
                   and (first == i + 2 or (word != "Ministerium" and _listed_nouns_end(tokens, first) > first + 2)))
    compound = any(word.endswith(ending) and len(word) > len(ending) + 2 for ending in _DEPARTMENT_ENDINGS)
    if not departments and not (compound and word.replace("-", "").isalpha()):
        return 0
    before = [t.lower_ for t in tokens[max(0, i - 2):i]]
    state = state_of_adjective(before[-1], gaz) if before else None
    if state is not None and state not in gaz.regions:
        return 0  # "des omanischen Außenministeriums": a state's office, the state acts
    if before and (before[-1] in _SCENE or (len(before) == 2 and before[0] in _SCENE and before[1].islower())):
        return 0
    department = _of_canton_end(tokens, _listed_nouns_end(tokens, first)) if departments else _department_end(tokens, i)
    if department:
        return department  # "das Staatsministerium des Innern"
    following = gaz.phrases.get((tokens[i + 1].text,)) if i + 1 < len(tokens) else None
    return i + 2 if following is not None and following.kind == "state" else i + 1


_GENERIC_MINISTRIES = ("bundesministerium", "staatsministerium", "landesministerium")
# nouns of a government's offices named by the fields they are for ("Dienststelle Landwirtschaft und
# Wald"), and the endings of the compounds that name one ("Finanzdepartement", "Baudirektion")
_DEPARTMENT_NOUNS = ("Ministerium", "Departement", "Direktion", "Dienststelle", "Fachstelle", "Senatsverwaltung")
_DEPARTMENT_ENDINGS = ("ministerium", "departement", "direktion")


def _of_canton_end(tokens: list[Token], end: int) -> int:
    """'… des Kantons Aargau' after a department's name: part of it."""
    if (end + 2 < len(tokens) and tokens[end].lower_ == "des" and tokens[end + 1].text == "Kantons"
            and tokens[end + 2].text[:1].isupper()):
        return end + 3
    return end


def _department_end(tokens: list[Token], i: int) -> int:
    """A ministry that names no department in its word, and the departments after it ('Staatsministerium
    des Innern', '… für Arbeit und Soziales', '… für Wohnen, Kunst, Kultur, Medien und Sport', '… für
    Land- und Forstwirtschaft', '… der Justiz und für Verbraucherschutz'): the end (exclusive), or 0."""
    if (i + 2 >= len(tokens) or not tokens[i].lower_.removesuffix("s").endswith(_GENERIC_MINISTRIES)
            or tokens[i + 1].lower_ not in ("des", "der", "für") or not _listed_noun(tokens, i + 2)):
        return 0
    return _listed_nouns_end(tokens, i + 2)


def _listed_noun(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.replace("-", "").isalpha()


def _listed_nouns_end(tokens: list[Token], k: int) -> int:
    """End (exclusive) of the nouns listed from k on: 'Wohnen, Kunst, Kultur, Medien und Sport',
    'Land- und Forstwirtschaft, Klima- und Umweltschutz', 'Justiz und für Verbraucherschutz', and
    pairs listed ('Wissenschaft und Forschung, Kunst und Kultur')."""
    end = k + 1
    if _listed_noun(tokens, end) and morph.tag(tokens[k].text.lower()) == "ADJ(A)":
        end += 1  # "Ländliche Entwicklung", "Ländlicher Raum": an adjective and its noun
    while end + 1 < len(tokens) and (tokens[end].text == "," or tokens[end].lower_ == "und"):
        following = end + 2 if tokens[end + 1].lower_ == "für" else end + 1
        if (not _listed_noun(tokens, following) and tokens[following].text.islower()
                and morph.tag(tokens[following].text) == "ADJ(A)" and _listed_noun(tokens, following + 1)):
            end = following + 2  # "Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt"
            continue
        if not _listed_noun(tokens, following):
            break
        last_one = tokens[end].lower_ == "und" and not tokens[end - 1].text.endswith("-")  # "Land- und Forst…"
        end = following + 1
        if _listed_noun(tokens, end) and morph.tag(tokens[following].text.lower()) == "ADJ(A)":
            end += 1  # "Ernährung, Ländlicher Raum und Verbraucherschutz"
        if last_one and not _pair_follows(tokens, end):
            break
    return end


def _pair_follows(tokens: list[Token], j: int) -> bool:
    """', Kunst und Kultur' at j: another pair of nouns in a ministry's list, no person or clause."""
    return (j + 3 < len(tokens) and tokens[j].text == "," and _listed_noun(tokens, j + 1)
            and tokens[j + 2].lower_ == "und" and _listed_noun(tokens, j + 3)
            and morph.tag(tokens[j + 1].text) == "NN" and morph.tag(tokens[j + 3].text) == "NN")


@lru_cache(maxsize=100_000)
def _names_body(word: str, bodies: tuple[str, ...]) -> bool:
    """A listed whole word ('Landtag') or a compound on a listed ending ('Apothekerkammer'; the
    bare 'Kammer' refers back and names no one)."""
    lowered = word.lower()
    return word in bodies or any(
        ending.islower() and lowered.endswith(ending) and len(lowered) >= len(ending) + 3 for ending in bodies)


_OPENING_QUOTES = frozenset("« „ \" » “".split())
_TITLE_OPENERS = frozenset("« „".split())  # quotes that only open, never close, a title: "Zeitung «Le Temps»"
_CLOSING_QUOTES = frozenset("» “ \" « ”".split())


def _party_branch(tokens: list[Token], i: int, length: int, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """The region of a party's branch, with the first and last token that name it: a region's
    adjective or genitive before the party ('die oberösterreichische SPÖ', 'die Tiroler Grünen',
    'Niedersachsens Grüne') or the region after it ('SPÖ Oberösterreich', 'die Grünen in Hamburg'), or a
    town the report names as one ('SVP Wilerbach')."""
    end = i + length
    if end < len(tokens) and tokens[end].text in gaz.regions:
        return tokens[end].text, i, end
    if (end + 1 < len(tokens) and tokens[end].lower_ == "in" and tokens[end + 1].text in gaz.regions
            and not (i > 0 and tokens[i - 1].lower_ in ("und", "sowie", "oder", ","))):
        return tokens[end + 1].text, i, end + 1  # not "CDU, BSW und SPD in Thüringen": where, for all three
    if (end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].is_alpha
            and (tokens[end].text,) not in gaz.phrases and _named_as_town(tokens, end)
            and not (end + 1 < len(tokens) and tokens[end + 1].text[:1].isupper())):
        return tokens[end].text, i, end  # "die SVP Wilerbach" in a report from Wilerbach: its local party
    if i == 0:
        return None
    before = tokens[i - 1].text
    if before.endswith("s") and before[:-1] in gaz.regions:
        return before[:-1], i - 1, end - 1
    region = _region_of_adjective(before, gaz)
    return (region, i - 1, end - 1) if region else None


def _region_of_adjective(word: str, gaz: Gazetteer, also: Iterable[str] = ()) -> str | None:
    """'oberösterreichische' -> 'Oberösterreich', 'Tiroler' -> 'Tirol': the listed region an
    adjective is formed from; None for a state's adjective or a word formed from no region.
    `also`: regions a report names beyond the list ('Berner' after 'Kanton Bern': cantons named
    after their capital are no listed region)."""
    if _hyphenated_words(word):  # "rheinland-pfälzische": Rheinland-Pfalz, by both its names
        first, second = word.split("-")
        regional = _REGIONAL_ADJECTIVE.search(second)
        if not regional:
            return None
        stem = _folded(second[:regional.start()])
        names = [(name, _folded(name).split("-")) for name in gaz.regions if name.count("-") == 1]
        matches = [name for name, (head, tail) in names if head == _folded(first) and _adjective_stem_of(stem, tail)]
        return matches[0] if len(matches) == 1 else None
    if not word.isalpha() or state_of_adjective(word, gaz):
        return None
    regional = _REGIONAL_ADJECTIVE.search(word)
    if regional:
        stem = _folded(word[:regional.start()])
    elif word[:1].isupper() and word.endswith("er") and len(word) > 4:
        stem = _folded(word[:-2])
    else:
        return None
    matches = [name for name in (*gaz.regions, *also) if _adjective_stem_of(stem, _folded(name).split("-")[0])]
    return min(matches, key=len) if matches else None


def _hyphenated_words(word: str) -> bool:
    """Two words joined by one hyphen ('rheinland-pfälzische', 'Baden-Württemberg')."""
    parts = word.split("-")
    return len(parts) == 2 and all(part.isalpha() for part in parts)


def _adjective_stem_of(stem: str, name: str) -> bool:
    """Whether an adjective's stem is formed from a region's (first) name: the name itself or the
    name short of its ending ('bayer': Bayern, 'thuring': Thüringen), or, irregular, the name's
    first letters and one more ('steir': Steiermark, 'karntn': Kärnten). Not a shorter word that
    only opens the name ('rhein' of 'Rheinische Post': Rheinland-Pfalz; 'schwab': Schwyz)."""
    if name.startswith(stem):
        return len(name) - len(stem) <= 2
    shared = len(os.path.commonprefix([stem, name]))
    return shared >= 4 and len(stem) - shared <= 1


def _regional_government(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    """'die sächsische Landesregierung' -> 'Sächsische Landesregierung', 'Die Bündner Regierung': a
    region's adjective before a government word (`governments`) names that region's government. A
    listed state's adjective ('die russische Regierung') is left to the state; other adjectives
    ending in -isch only where they are formed from a listed region ('sächsisch': Sachsen)."""
    if (tokens[i].text in gaz.governments and i + 2 < len(tokens) and tokens[i + 1].text in ("von", "der")
            and tokens[i + 2].text.isalpha() and not _plain_noun(tokens[i + 2].text, gaz)
            and (tokens[i + 2].text,) not in gaz.phrases
            and not role_base(tokens[i + 2].text, gaz) and tokens[i + 2].text not in gaz.first_names
            # "die Regierung der Oberpfalz": a feminine region's name alone (not "der Demokratischen Republik")
            and (tokens[i + 1].text == "von" or (morph.tag(tokens[i + 2].text) == "NE" and not (
                i + 3 < len(tokens) and tokens[i + 3].text[:1].isupper())))):
        return f"{tokens[i].text} {tokens[i + 1].text} {tokens[i + 2].text}"  # "die Regierung von Unterfranken"
    if i + 1 >= len(tokens):
        return None
    government = _government_word(tokens[i + 1].text, gaz)
    if government is None or (tokens[i + 1].text not in gaz.governments and i + 2 < len(tokens)
                              and tokens[i + 2].lower_ in ("für", "des", "der")):
        return None  # "das Bayerische Staatsministerium für Unterricht und Kultus": a longer name
    if government.endswith("rat") and (i == 0 or tokens[i - 1].lower_ not in _ARTICLES):
        return None  # "Beat Imhof, Luzerner Regierungsrat": a member's title, not the council
    # the adjective's ending without an article: "Sächsische Landesregierung", "Hessisches Innenministerium"
    ending = _STRONG_ENDINGS.get(gender_of(government, gaz.genders) or "", "e")
    word = tokens[i].text
    if _hyphenated_words(word) and word[:1].islower() and _region_of_adjective(word, gaz):
        # "die rheinland-pfälzische Landesregierung": both words capitalised in the name
        first, second = word.split("-")
        stem = second[:_REGIONAL_ADJECTIVE.search(second).start()]
        return f"{first.capitalize()}-{stem.capitalize()}isch{ending} {government}"
    if not word.isalpha() or word in _STOP or state_of_adjective(word, gaz):
        return None
    regional = _REGIONAL_ADJECTIVE.search(word)
    if regional:
        if _region_of_adjective(word, gaz) is None:
            return None
        return f"{word[:regional.start()].capitalize()}{regional.group(1)}{ending} {government}"
    if (word[:1].isupper() and word.endswith("er") and len(word) > 4
            and morph.analyze(word)[0].lower() == word.lower()):  # "Bündner", "Tiroler": a place's, never inflected
        return f"{word} {government}"
    return None


def _government_word(word: str, gaz: Gazetteer) -> str | None:
    """A government word (`governments`) in its base form: a listed word, or a compound on a listed
    end ('Innenministeriums' -> 'Innenministerium'), which a region's adjective can name ('das
    hessische Innenministerium'); not a federal one ('Bundesinnenministerium')."""
    if word in gaz.governments:
        return word
    ends = _compound_ends(gaz.governments)
    if not (ends and word.endswith(ends) and word[:1].isupper() and word.isalpha() and not word.startswith("Bundes")):
        return None
    form = word if word.endswith(ends[0::2]) else word[:-1]
    return form if any(form.endswith(end) and len(form) > len(end) for end in ends[0::2]) else None


@lru_cache(maxsize=16)
def _compound_ends(words: frozenset[str]) -> tuple[str, ...]:
    """The entries in small letters, each followed by its genitive ('ministerium', 'ministeriums')."""
    return tuple(form for end in sorted(w for w in words if w[:1].islower()) for form in (end, end + "s"))


_REGIONAL_ADJECTIVE = re.compile(r"(isch)(?:e|en|er|es|em)$")


def _folded(text: str) -> str:
    return text.lower().replace("ä", "a").replace("ö", "o").replace("ü", "u")


def _compound_paper(tokens: list[Token], i: int, publications: tuple[str, ...]) -> bool:
    """'Die Nordwest-Zeitung aus Oldenburg richtet den Blick', 'die Rhein-Zeitung schreibt': a
    hyphenated compound on a paper's noun (`publications`), after an article, that speaks (a finite
    verb or a colon follows) or is placed ('aus Oldenburg'): a newspaper's name."""
    parts = tokens[i].text.split("-")
    if (len(parts) < 2 or i == 0 or i + 1 >= len(tokens)
            or not all(p[:1].isupper() and p.isalpha() for p in parts) or parts[-1].lower() not in publications):
        return False
    if i >= 2 and tokens[i - 1].lower_ in _PAPER_PREPOSITIONS and tokens[i - 2].text[:1].isupper():
        return True  # "Michael Sturm vom Bayerwald-Echo": a journalist and the paper
    if tokens[i - 1].lower_ not in _ARTICLES:
        return False
    after = tokens[i + 1].text
    return (after == ":" or (after in ("aus", "von") and i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper())
            or (after[:1].islower() and morph.is_finite_verb(after)))


def _named_compound(word: str, gaz: Gazetteer) -> bool:
    """'Max-Planck-Gesellschaft', 'Friedrich-Loeffler-Institut', 'Gates-Stiftung': an organisation
    noun joined to a person's or place's name is one organisation's name."""
    parts = word.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() and p.isalpha() for p in parts) or (word,) in gaz.phrases:
        return False
    last = parts[-1].lower()
    return (any(form.endswith(_NAMED_COMPOUND_HEADS) for form in (last, last[:-1], last[:-2]))  # "-Instituts"
            and any((morph.tag(p) in ("NE", "FM") and not p.isupper()) or p in gaz.first_names for p in parts[:-1]))


# heads of institutions named after a person or place; a company's type ("Biotech-Unternehmen",
# "US-Halbleiterhersteller") describes, it does not name
_NAMED_COMPOUND_HEADS = ("gesellschaft", "gemeinschaft", "stiftung", "institut", "universität", "hochschule",
                         "klinik", "klinikum", "zentrum", "verein", "verband")


_GENITIVE_DETERMINERS = frozenset("des eines seines ihres dieses jenes".split())


def _nominative_noun(noun: str, article: str) -> str:
    """'des Robert-Koch-Instituts' -> 'Robert-Koch-Institut', 'seines Programms' -> 'Programm': a
    name after a genitive determiner drops its genitive ending ('Ausschuss' has none)."""
    if article in _GENITIVE_DETERMINERS and noun.endswith("s") and not noun.endswith("ss"):
        prefix, _, last = noun.rpartition("-")  # the tagger knows the last part of a hyphenated name
        lemma = morph.analyze(last)[0]
        genitives = (lemma + "s", lemma + "es") + ((lemma + "ses",) if lemma.endswith("nis") else ())  # "Bündnisses"
        if lemma and last in genitives and lemma[:1].isupper():
            return f"{prefix}-{lemma}" if prefix else lemma
    return noun


def _capitals_publication(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """Press reviews set papers in capitals ('Die SÜDDEUTSCHE ZEITUNG meint', 'im MÜNSTERLÄNDER
    VOLKSBLATT'): a run of words in capitals that ends in a paper's last word (`publications`).
    The index after the run, or 0."""
    end = _capitals_end(tokens, i, 5)
    if end == i or not any(len(t.text) >= 4 for t in tokens[i:end]):
        return 0
    last = next((j for j in range(end, i, -1) if tokens[j - 1].text.lower().endswith(gaz.publications)), 0)
    if not last and end - i >= 2 and end + 1 < len(tokens) and (
            (tokens[end].lower_ == "aus" and tokens[end + 1].text[:1].isupper())
            or morph.analyze(tokens[end].text)[0] in _COMMENTING):
        last = end  # "Die NEUE WESTFÄLISCHE aus Bielefeld schreibt", "Die BADISCHE ZEITUNG meint"
    return last if last and (i == 0 or not _in_capitals(tokens[i - 1].text)) else 0


def _titled_paper(tokens: list[Token], j: int, publications: tuple[str, ...]) -> bool:
    """'die Westschweizer Zeitung «Le Temps»': a paper's noun (`publications`) at j with a quoted
    title right after it, which names the paper."""
    return (bool(publications) and j + 1 < len(tokens) and tokens[j].text[:1].isupper()
            and tokens[j].lower_.endswith(publications) and tokens[j + 1].text in _TITLE_OPENERS)


def _capitals_media(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """'DER STANDARD', 'LE TEMPS': a run of words in capitals (of two at least) that is a listed
    paper's name set in capitals, or its article in small letters before them ('Der STANDARD aus
    Wien', 'Der Wiener STANDARD'); the name and the index after the run, or None."""
    article = tokens[i].text if tokens[i].text in ("Der", "Die", "Das") else ""
    first = i + 1 if article else i
    if article and first + 1 < len(tokens) and _place_adjective(tokens[first]) and _in_capitals(tokens[first + 1].text):
        first += 1  # "Der Wiener STANDARD"
    end = _capitals_end(tokens, first, 4)
    for stop in range(end, first + (0 if article else 1), -1):
        name = " ".join([article] * bool(article) + [t.text.capitalize() for t in tokens[first:stop]])
        if name in gaz.media:
            return name, stop
    return None


def _place_adjective(token: Token) -> bool:
    """'Wiener', 'Berliner': a town's adjective, capitalised and ending in -er."""
    return token.text[:1].isupper() and token.text.endswith("er") and morph.tag(token.text) == "ADJ(A)"


def _capitals_end(tokens: list[Token], i: int, most: int) -> int:
    """The index after a run of at most `most` words in capitals from i."""
    end = i
    while end < len(tokens) and end - i < most and _in_capitals(tokens[end].text):
        end += 1
    return end


def _in_capitals(word: str) -> bool:
    letters = word.replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _capitals_name(tokens: Sequence[Token]) -> str:
    """'FRANKFURTER ALLGEMEINEN ZEITUNG' -> 'Frankfurter Allgemeine Zeitung', 'RHEIN-RUHR-ANZEIGER' ->
    'Rhein-Ruhr-Anzeiger': each part capitalised, an adjective in its form without article."""
    words = [_capitalised(t.text) for t in tokens]
    return " ".join([*(w[:-1] if w.endswith("en") and len(w) > 4 else w for w in words[:-1]), words[-1]])


def _capitalised(word: str) -> str:
    """'KOGLER-MOSER' -> 'Kogler-Moser': each part of a word in capitals capitalised."""
    return "-".join(part.capitalize() for part in word.split("-"))


_PAPER_PARTICLES = frozenset("de del della di la le du des of the y".split())


def _opens_with_adverb(tokens: list[Token], i: int) -> bool:
    """'Anders die „…“', 'Ähnlich der „…“': an adverb opens the sentence and an article follows."""
    return (i >= 2 and tokens[i - 2].is_sent_start and tokens[i - 1].lower_ in _ARTICLES
            and morph.tag(tokens[i - 2].lower_) in ("ADV", "ADJ(D)"))


def _quoted_paper_title(tokens: list[Token], i: int, publications: tuple[str, ...]) -> int:
    """A quoted title after an article or 'im'/'vom' whose last word is a paper's (`publications`),
    whatever verb goes with it: the closing quote's index, or 0."""
    if not publications or i == 0 or tokens[i - 1].lower_ not in _ARTICLES | _PAPER_PREPOSITIONS:
        return 0
    end = _title_end(tokens, i)
    words = [t.text for t in tokens[i + 1:end]]
    if not words or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return 0
    return end if words[-1].lower().endswith(publications) else 0


_PAPER_PREPOSITIONS = frozenset(("im", "vom", "beim"))


def _title_end(tokens: list[Token], i: int) -> int:
    """The closing quote of a title of at most four words opened at i, or 0."""
    return next((j for j in range(i + 1, min(i + 6, len(tokens))) if tokens[j].text in _CLOSING_QUOTES), 0)


def _quoted_publication(tokens: list[Token], i: int, publications: tuple[str, ...] = ()) -> int:
    """A quoted title of one to four capitalised words that is the subject of a finite verb after
    an article, a paper's noun (`publications`: 'Die Westschweizer Zeitung «Le Temps» hebt …') or
    at the clause's start ('Die «Neue Zürcher Zeitung» spricht', '«Le Temps» schreibt'): a
    newspaper or broadcaster speaking. The closing quote's index, or 0."""
    paper = _quoted_paper_title(tokens, i, publications)
    if paper:  # "Skeptischer ist die „Leipziger Abendpost“.", "Felix Stahmer vom „Rhein-Lahn-Kurier“"
        return paper
    scene = i > 0 and tokens[i - 1].lower_ in ("im", "in")  # "Im „Elbtal-Kurier“ heißt es"
    described = i > 0 and _titled_paper(tokens, i - 1, publications)
    # 'Der Wiener "Standard" sieht': a town's adjective between the article and the title
    placed = i > 1 and tokens[i - 2].lower_ in _ARTICLES and _place_adjective(tokens[i - 1])
    # "Kritischer sieht es „Die Presse“.": the paper after its verb of commenting and "es"
    inverted = i > 1 and tokens[i - 1].lower_ == "es" and morph.analyze(tokens[i - 2].text)[0] in _COMMENTING
    if (i > 0 and tokens[i - 1].lower_ not in _ARTICLES and tokens[i - 1].text not in (",", ":", ";")
            and not scene and not described and not placed and not inverted):
        return 0
    end = _title_end(tokens, i)
    if end <= i + 1 or end + 1 >= len(tokens):
        return 0
    words = [t.text for t in tokens[i + 1:end]]
    if not (all(w.replace("-", "").isalpha() for w in words) and words[-1][:1].isupper()
            and all(w[:1].isupper() or w in _PAPER_PARTICLES or (k == 0 and len(w) <= 3) for k, w in enumerate(words))):
        return 0  # "«Le Temps»", "«Corriere del Ticino»", "«bz Basel»"
    bracketed = _bracketed_after(tokens, end) is not None  # "„Kurier“ (Wien):", "„Tiroler Tageszeitung“ (TT) richtet"
    if bracketed and tokens[end + 3].text == "):" and not scene:
        return end  # "„Der Standard“ (Wien): Das Blatt …"
    after = end + 4 if bracketed else end + 1
    if after + 2 < len(tokens) and tokens[after].lower_ in ("aus", "von") and tokens[after + 1].text[:1].isupper():
        # "Die „Rheinische Post“ aus Düsseldorf blickt", "Die "Aargauer Zeitung" von CH Media fragt"
        after += 3 if tokens[after + 2].text[:1].isupper() else 2
        if after + 3 < len(tokens) and tokens[after].text == "(" and tokens[after + 2].text == ")":
            after += 3  # "Die „Märkische Oderzeitung“ aus Frankfurt (Oder) verweist"
    if after >= len(tokens):
        return 0
    verb_at = i - 3 if i >= 3 and tokens[i - 2].lower_ == "es" else i - 2  # "Ähnlich sieht es der „Standard“."
    if (tokens[after].text in (".", ",") and verb_at >= 0 and tokens[i - 1].lower_ in ("der", "die", "das", "es")
            and morph.analyze(tokens[verb_at].text)[0] in _COMMENTING):
        return end  # "Ähnlich urteilt der "Blick".": the paper after its verb of commenting
    if (tokens[after].text == ":" and not scene and after + 1 < len(tokens)
            and (tokens[after + 1].text in _OPENING_QUOTES or _opens_with_adverb(tokens, i))
            and (i == 0 or not tokens[i - 1].lower_.startswith("ein"))):
        # "urteilt der «Blick»: «…»", "«bz Basel»: «…»", "Anders die „Passauer Neue Presse“: Die
        # Kontrollen …": the paper, then its words
        return end
    verb = tokens[after].text
    if scene:
        return end if verb.lower() in ("heißt", "heisst", "steht", "liest") else 0
    if verb.lower() in _SENTENCE_ADVERBS and after + 1 < len(tokens):
        verb = tokens[after + 1].text  # "Die «Luzerner Zeitung» schliesslich freut sich"
    # a plural title takes a verb that also reads as an infinitive ("Die „Salzburger Nachrichten“ kritisieren")
    plural = words[-1].endswith("en") and verb.endswith("en") and morph.can_be_verb(verb)
    # a verb in -t the tagger reads first as a participle is finite in second place ("Der „Kurier“
    # kritisiert das …"), not where it ends the clause ("… einen „Pakt“ unterzeichnet.", "… die
    # „Erklärung“ unterzeichnet und …", "mit der „Purísima“ gefeiert wird")
    following = tokens[after + 1] if after + 1 < len(tokens) else None
    second_place = (verb.endswith("t") and morph.can_be_verb(verb) and following is not None
                    and (following.text == ":" or (following.is_alpha and following.lower_ not in ("und", "oder", "sowie")
                                                   and not morph.is_finite_verb(following.text))))
    return end if verb[:1].islower() and (morph.is_finite_verb(verb) or second_place or plural) else 0


def _bracketed_after(tokens: list[Token], end: int) -> str | None:
    """The one word in brackets right after a closing quote ('„Kurier“ (Wien)', '„Salzburger
    Nachrichten“ (SN)'), or None."""
    if (end + 3 < len(tokens) and tokens[end + 1].text == "(" and tokens[end + 3].text in (")", "):")
            and tokens[end + 2].is_alpha):
        return tokens[end + 2].text
    return None


# verbs a paper comments with, which may come before it ("Ähnlich urteilt der „Blick“.")
_COMMENTING = frozenset("urteilen schreiben meinen kommentieren befinden titeln spotten resümieren bilanzieren "
                        "sehen argumentieren mahnen warnen kritisieren loben folgern analysieren".split())


_SENTENCE_ADVERBS = frozenset("schliesslich schließlich hingegen dagegen wiederum indes jedoch aber auch "
                              "ihrerseits seinerseits zudem".split())


def _inflected_adjective(word: str) -> bool:
    """'Deutschen', 'Steirischen': a capitalised adjective in the form after an oblique article."""
    return word.endswith("en") and (morph.tag(word) in ("ADJ(A)", "NNA")
                                    or _INFLECTED_ADJECTIVE.search(word) is not None)


def _weak_adjective(word: str) -> str:
    """One form of a name's adjective however the sentence inflects it: 'vom Europäischen
    Gewerkschaftsbund' and 'Der Europäische Gewerkschaftsbund' both read 'Europäische …', which
    standalone_form turns into the name's own form; a town's adjective ('Grazer') does not inflect."""
    lemma, tag = morph.analyze(word)
    if tag not in ("ADJ(A)", "NNA"):
        inflected = _INFLECTED_ADJECTIVE.search(word)  # "Steiermärkischen", read as a noun
        return word[:inflected.start()] + "e" if inflected else word
    if lemma.lower() == word.lower() or not word.lower().startswith(lemma.lower()):
        return word
    if tag == "NNA" and lemma.endswith("e"):
        return word[:len(lemma)]  # "Deutschen", read as the noun "Deutsche"
    return word[:len(lemma)] + "e"


# marks after which a capitalised adjective opens a phrase (as at a sentence's start), not a name
_OPENS_PHRASE = frozenset((".", ":", "„", '"', "(", "–", "-", "«"))


def _adjective_body(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A capitalised adjective inside a sentence before an organisation noun or a public body
    names one ('der Hessische Landtag', 'der Waadtländer Fischereiverband'): German writes the
    adjective small unless it is part of a name."""
    word = tokens[i].text
    if (i == 0 or tokens[i].is_sent_start or i + 1 >= len(tokens) or not word[:1].isupper()
            or not word.isalpha() or word in _STOP):
        return False
    # the tagger reads some inflected adjectives as nouns ("Steirische", "Kantonalen", "Deutschen")
    adjective = morph.tag(word) in ("ADJ(A)", "NNA") or _INFLECTED_ADJECTIVE.search(word) is not None
    if not (adjective or _place_adjective_read_as_noun(word, gaz)):
        return False
    if tokens[i - 1].text in _OPENS_PHRASE or _opens_bracketed_name(tokens, i):
        return False  # "Das Bayerische Landesamt für Statistik (LfStat)": the acronym rule names it
    if word.lower().startswith(ORDINAL_WORDS):
        return False  # "der Erste Senat (des Bundesverfassungsgerichts)": a chamber of a body, not one of its own
    noun = tokens[i + 1].text
    if (i + 2 < len(tokens) and (_org_name_like(tokens[i + 2], gaz) or tokens[i + 2].text in _COMPASS
                                # "die Wiener Tageszeitung „Der Standard“": the title names the paper
                                or _titled_paper(tokens, i + 1, gaz.publications)
                                or (tokens[i + 2].text[:1].isupper() and _registered_name_end(tokens, i + 2, gaz))
                                or _describes_rare_name(tokens, i + 1)
                                # "des Grazer Vereins Datenwache": the club's name follows its noun
                                or (tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_alpha
                                    and _name_part_head(noun) is not None))
            and not _plain_adjective_name(tokens, i, gaz)):
        return False  # "der Mannheimer Baustoffkonzern Kallmeyer", "des Nürnberger Herstellers Franken-Trafo AG":
        # the noun describes the name after it
    # after a town's adjective a bare organisation noun describes ("die Brüsseler Behörde"), a
    # compound on one names; an inflected adjective written capital names with either
    # ("der Europäische Gewerkschaftsbund")
    inflected = morph.analyze(word)[0].lower() != word.lower()
    if not adjective:
        # a place's adjective read as a noun ("Tiroler") names an association or a parliament ("der
        # Tiroler Jägerverband", "der Bremer Senat"); other nouns after it describe ("der Leipziger
        # Energieversorger", "das Basler Kantonsparlament"), and a town's council is the council rule's
        forms = _nominative_candidates(noun)
        return noun[:1].isupper() and (noun,) not in gaz.phrases and any(
            (form in gaz.legislatures and form not in gaz.district_bodies)
            or form.lower().endswith(gaz.regional_associations) for form in forms)
    return (noun[:1].isupper() and noun.replace("-", "").isalpha() and (noun,) not in gaz.phrases
            and ((_organisation_head(noun, gaz) and (inflected or noun not in gaz.organisation_heads))
                 # "der Bayerische Tischtennis-Verband", "des Niedersächsischen Städtetags"
                 or any(_names_body(form, gaz.bodies) for form in _nominative_candidates(noun))))


def _plain_adjective_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'der Ornithologische Verein Balmwilen', 'die Speläologische Gesellschaft Rotbachtal': an
    adjective no place's, written capital before an organisation noun and its place, opens the whole
    name (a town's adjective describes: 'des Grazer Vereins Datenwache')."""
    if i + 2 >= len(tokens):
        return False
    word, after = tokens[i].text, tokens[i + 2]
    return (morph.tag(word) == "ADJ(A)" and not _town_adjective(word) and state_of_adjective(word, gaz) is None
            and _region_of_adjective(word, gaz) is None and bool(_organisation_head(tokens[i + 1].text, gaz))
            and after.text[:1].isupper() and after.is_alpha and not after.text.isupper() and after.text not in _STOP
            and not morph.everyday_noun(after.text) and role_base(after.text, gaz) is None)


def _place_adjective_read_as_noun(word: str, gaz: Gazetteer) -> bool:
    """'Tiroler', 'Zürcher', 'Münchner': a place's adjective the tagger reads as the noun for its
    people; not a noun of everyday speech ('Bürger'), a title or an organisation's word ('Betreiber')."""
    return (word.endswith("er") and len(word) > 4 and not morph.everyday_noun(word)
            and role_base(word, gaz) is None and not _organisation_head(word, gaz))


_INFLECTED_ADJECTIVE = re.compile(r"(?:(?<=isch)|(?<=lich)|(?<=nal))(?:e|en|em|er|es)$|(?<=ig)(?:en|em|es)$")


def _publication(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'die Nürnberger Nachrichten', 'der Badischen Tagespost': inside a sentence a capitalised
    adjective (or a town's) before a paper's last word (`publications`) names a newspaper."""
    word = tokens[i].text
    if (i == 0 or tokens[i].is_sent_start or i + 1 >= len(tokens) or not word.isalpha() or word in _STOP
            or tokens[i - 1].text in _OPENS_PHRASE):
        return False
    if not (morph.tag(word) == "ADJ(A)" or _INFLECTED_ADJECTIVE.search(word)
            or (word.endswith("er") and len(word) > 4)):  # "Zuger", not "Oder"
        return False
    noun = tokens[i + 1].text
    if _titled_paper(tokens, i + 1, gaz.publications):
        return False  # "Die Westschweizer Zeitung «Le Temps»": the quoted title names the paper
    paper = _paper_noun(noun, tokens[i - 1].lower_, gaz).lower()
    return (noun.isalpha() and paper.endswith(gaz.publications) and not paper.endswith(_NOT_PAPERS)
            and (noun,) not in gaz.phrases)


_NOT_PAPERS = ("verbote", "gebote")  # "die Tiroler Fahrverbote" only end like a "Bote"


def _paper_noun(noun: str, before: str, gaz: Gazetteer) -> str:
    """'vom Oberwaldauer Kreisboten': a paper's weak noun in the nominative ('Kreisbote')."""
    if before in _OBLIQUE_DETERMINERS and noun.endswith("n") and noun[:-1].lower().endswith(gaz.publications):
        return noun[:-1]
    return noun


def _is_media(name: str, gaz: Gazetteer) -> bool:
    """Listed media and papers named by their last word (`publications`)."""
    return name in gaz.media or (" " in name and name.rsplit(" ", 1)[1].lower().endswith(gaz.publications))


def _group_name(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[int, int, int] | None:
    """After a group's noun (`group_heads`) at i, its name: in quotes ("„Play“", "«Nightveil»"),
    or one or two capitalised words the tagger reads as names or hardly knows ("Akira", "Black
    Basta"). (first, last, next) token indexes of the name, or None."""
    j = i + 1
    if j + 2 < len(tokens) and tokens[j].text in _OPENING_QUOTES:
        end = next((k for k in range(j + 1, min(len(tokens), j + 6)) if tokens[k].text in _CLOSING_QUOTES), None)
        if end is not None and end > j + 1 and tokens[j + 1].text[:1].isupper():
            return j + 1, end - 1, end + 1
        return None
    if tokens[i].lower_.endswith("liste"):
        # "die Liste Jank", "die Bürgerliste Pölzwinkel", "die Liste Zukunft Grießenbach": named with its
        # noun, up to a word the tagger reads as a name or does not know, four words at most (only "die
        # Liste „Für Wildschönbach“" is named by its title alone); "auf der Liste Namen" names none
        last = None
        for k in range(j, min(len(tokens), j + 4)):
            if _local_list_name_end(tokens, k, gaz):
                last = k
            if not _local_list_word(tokens, k, j):
                break
        return None if last is None else (i, last, last + 1)
    last = j - 1
    while (last + 1 < len(tokens) and last + 1 - j < 2 and tokens[last + 1].text[:1].isupper()
           and tokens[last + 1].is_alpha and tokens[last + 1].text not in _STOP and not role_base(tokens[last + 1].text, gaz)
           and (morph.tag(tokens[last + 1].text) in ("NE", "FM") or morph.is_rare(tokens[last + 1].text)
                or (last >= j and morph.tag(tokens[last + 1].text) not in ("NN", "NNA")))):  # "Black Basta"
        last += 1
    return (j, last, last + 1) if last >= j else None


def _local_list_name_end(tokens: list[Token], k: int, gaz: Gazetteer) -> bool:
    """A local list's name ends at k: a capitalised name or unknown word the phrase ends with, the
    place after "für", or a word written capitalised only in a name ("Liste Hainsbach Neu")."""
    word = tokens[k].text
    following = tokens[k + 1].text if k + 1 < len(tokens) else "."
    return (word[:1].isupper() and word.replace("-", "").isalpha() and word not in _STOP
            and not role_base(word, gaz) and not following[:1].isupper()
            and (morph.tag(word) in ("NE", "FM") or morph.is_unknown(word) or tokens[k - 1].text == "für"
                 or (tokens[k - 1].text[:1].isupper() and not morph.tag(word).startswith("NN"))))


def _local_list_word(tokens: list[Token], k: int, first: int) -> bool:
    """A word inside a local list's name: capitalised ("Zukunft", "Offenes"), "Wir" opening it, or
    "für" before its place ("Liste Wir für Oberkirchen", "Liste Gemeinsam für Hinterwald")."""
    word = tokens[k].text
    if word == "für":
        return k > first and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
    return word[:1].isupper() and tokens[k].is_alpha and (
        word not in _STOP or (word == "Wir" and k == first and k + 1 < len(tokens) and tokens[k + 1].text == "für"))


def _quoted_name_after(tokens: list[Token], i: int, gaz: Gazetteer) -> int | None:
    """Index of the closing quote of a name in German, Swiss or straight quotes right after an
    organisation noun ('Bürgerinitiative „Lebenswertes Frauenland“', 'Komitee «Nein zum
    Wärme-Abenteuer»', 'Bündnis "Bahnhofsviertel solidarisch"'), or None."""
    if (not (_organisation_head(tokens[i].text, gaz) or _association_nominative(tokens[i].text) is not None)
            or i + 2 >= len(tokens) or tokens[i + 1].text not in _NAME_QUOTES
            or not tokens[i + 2].text[:1].isupper() or _titled_paper(tokens, i, gaz.publications)):
        return None  # (after "die Zeitung" the title alone names the paper: _quoted_publication)
    if tokens[i].lower_.endswith("volksinitiative") or (
            tokens[i + 1].text != "„" and tokens[i].lower_.endswith("initiative")
            and not tokens[i].lower_.endswith("bürgerinitiative")):
        return None  # "die Volksinitiative «Bezahlbare Wohnungen für alle»", „Wählen ab 16“: a proposal put to the vote
    closing = _NAME_QUOTES[tokens[i + 1].text]
    for j in range(i + 2, min(len(tokens), i + 8)):
        if tokens[j].text in closing:
            return j if j > i + 2 else None
        if tokens[j].text in LEGAL_FORMS or tokens[j].text == _REGISTERED_ASSOCIATION:
            continue  # "der Verein „Grüne Deisterwiese e.V.“": the legal form inside the quotes
        if not re.sub(r"[-'’]", "", tokens[j].text).isalnum() and tokens[j].text not in ("-", "'", "’"):
            return None  # "Komitee «Stimmrecht mit 16»" has a number in its name, „D'Almtaler Buam“ an apostrophe
    return None


_NAME_QUOTES = {"„": ("“", "”"), "«": ("»",), "»": ("«",), '"': ('"',)}
_REGISTERED_ASSOCIATION = "e.V."  # "eingetragener Verein", one token


def _names_after_plural_head(tokens: list[Token], i: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Spans of the names listed after an organisation noun in the plural ('die Baukonzerne
    Ed. Züblin und Hochtief', 'der Gewerkschaften Verdi, GEW und dbb'); empty unless at least
    two names follow, joined by ',', 'und' or 'sowie'."""
    word = tokens[i].text
    if not word[:1].isupper() or not _plural_of_head(word, gaz.organisation_heads):
        return []
    spans: list[tuple[int, int]] = []
    j = i + 1
    while j < len(tokens):
        start = j
        if (j + 2 < len(tokens) and len(tokens[j].text) <= 3 and tokens[j].text[:1].isupper()
                and tokens[j].text.isalpha() and tokens[j + 1].text == "."):
            j += 2  # "Ed. Züblin"
        if j >= len(tokens) or not _org_name_like(tokens[j], gaz) or role_base(tokens[j].text, gaz):
            break
        while j + 1 < len(tokens) and j + 1 - start < 3 and _org_name_like(tokens[j + 1], gaz):
            j += 1
        spans.append((start, j))
        if j + 2 < len(tokens) and tokens[j + 1].lower_ in (",", "und", "sowie"):
            j += 2
            continue
        break
    return spans if len(spans) >= 2 else []


@lru_cache(maxsize=100_000)
def _plural_of_head(word: str, heads: frozenset[str]) -> bool:
    """'Baukonzerne', 'Gewerkschaften', 'Parteien': a plural of an organisation noun."""
    lowered = word.lower()
    return any(lowered.endswith(head.lower() + ending) for head in _compound_heads(heads) for ending in ("e", "en", "n"))


_KINSHIP = ("tochter", "mutter", "schwester")  # "Lufthansa-Tochter", "Mutterkonzern", "Schwesterfirma"
LEGAL_FORMS = frozenset("AG SE GmbH gGmbH mbH GesmbH KG KGaA OHG eG eGen gAG UG Inc Ltd Limited Corp Co LLC LP LLP "
                        "plc SA AB ASA Oy Oyj NV BV SpA Sarl Sàrl".split())  # "Nordvik Industries AB", "Precision Co."
# the tokenizer keeps a sentence's full stop with some forms ("… mit der Vilstaler Mineralbrunnen GmbH.")
LEGAL_FORMS = LEGAL_FORMS | frozenset(form + "." for form in LEGAL_FORMS) | frozenset(DOTTED_LEGAL_FORMS)
PARTNERS = frozenset("Cie Cie. Co Co. Söhne Partner".split())  # "Rhyner & Cie"


def _registered_name_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int | None:
    """One to three capitalised words before a legal form ('Alpenstrom AG', 'Hydrotec Anlagenbau
    GmbH') or an '& Cie' name a company, whatever the tagger reads them as; the end (exclusive).
    The describing noun before them ('die Privatbank Rhyner & Cie') is not part of it."""
    end = i
    while end < len(tokens) and end - i - _ampersands(tokens[i:end]) < 3 and (_registered_word(tokens[end], gaz) or (
            # "Enerva Strom & Gas GmbH", "Pölzl & Ranftl Logistikpark GmbH": an ampersand or a plus
            # joins words of the name, which its legal form closes
            tokens[end].text in _NAME_JOINERS and end > i
            and _legal_form_within(tokens, end + 1, 3 - (end - i - _ampersands(tokens[i:end])), gaz)) or (
            # "Donauland Versicherung AG": an organisation noun inside the name, right before its form
            end > i and end + 1 < len(tokens) and tokens[end + 1].text in LEGAL_FORMS
            and _registered_word(tokens[end - 1], gaz) and _organisation_head(tokens[end].text, gaz)) or (
            # "Wolfrum Abbruch und Recycling GmbH", "Hamburg Messe und Congress GmbH": a name, then the
            # two trades its legal form closes
            tokens[end].lower_ == "und" and end - i >= 2 and end + 2 < len(tokens)
            and tokens[end + 2].text in LEGAL_FORMS and _registered_word(tokens[end + 1], gaz)
            and morph.tag(tokens[end - 1].text) in ("NN", "ADJ(D)"))):  # "Brunner Sanitär und Rohrreinigung"
        end += 1
    if end == i or end >= len(tokens):
        return None
    if tokens[end].text in LEGAL_FORMS:
        partners = [t.text for t in tokens[end + 1:end + 4]]
        if len(partners) == 3 and partners[0] == "&" and partners[1] in ("Co", "Co.") and partners[2] in LEGAL_FORMS:
            return end + 4  # "Marchfelder Kieswerke GmbH & Co KG": a partnership with the company as its partner
        return end + 1
    if tokens[end].text == "&" and end + 1 < len(tokens) and tokens[end + 1].text in PARTNERS:
        return end + 2
    return None


_NAME_JOINERS = ("&", "+")


def _ampersands(tokens: Sequence[Token]) -> int:
    """The words that join a registered name's parts ('&', '+', 'und'), which its length does not count."""
    return sum(t.text in _NAME_JOINERS or t.lower_ == "und" for t in tokens)


def _legal_form_within(tokens: list[Token], i: int, words: int, gaz: Gazetteer) -> bool:
    """One to `words` words of a registered name from i, then its legal form."""
    end = i
    while end < len(tokens) and end - i < words and _registered_word(tokens[end], gaz):
        end += 1
    return i < end < len(tokens) and tokens[end].text in LEGAL_FORMS


def _registered_word(token: Token, gaz: Gazetteer) -> bool:
    text = token.text
    return (text[:1].isupper() and text.replace("-", "").isalnum() and text not in _STOP
            and text not in LEGAL_FORMS and not _organisation_head(text, gaz) and role_base(text, gaz) is None
            and not text.lower().endswith(_NO_REGISTERED_WORD)  # "die Projektentwicklerin Frankenhof … AG"
            and not _agent_compound(text))  # "die drei E-Scooter-Verleiher Tretly GmbH, …"


def _agent_compound(word: str) -> bool:
    """'E-Scooter-Verleiher', 'Fernwärme-Anbieter': a hyphenated compound on a noun of one who does
    what a verb says (verleihen, anbieten): what a company does, never its registered name."""
    head = word.rsplit("-", 1)[-1]
    return head != word and head[:1].isupper() and _doer(head)


def _closed_agent_compound(word: str) -> bool:
    """'Mineralwasserabfüller', 'Fensterbauer': a noun one knows, then a noun of one who does what a
    verb says (abfüllen, bauen), written as one word."""
    return any(_doer(word[cut:]) and morph.tag(word[:cut]) == "NN" and not morph.is_unknown(word[:cut])
               for cut in range(5, len(word) - 4))


def _doer(noun: str) -> bool:
    """'Verleiher', 'abfüller': a noun in -er of one who does what a verb the lexicon knows says."""
    verb = noun[:-2].lower() + "en"
    return noun.endswith("er") and morph.can_be_verb(verb) and not morph.is_unknown(verb)


def _joined_name(tokens: Sequence[Token]) -> str:
    """Words as written, an abbreviation's full stop kept with its word ('Ed. Züblin')."""
    return " ".join(t.text for t in tokens).replace(" .", ".")


# endings of the nouns of associations and chambers that name a region's ("Abwasserverband Lahn-Dill-Mitte")
_ASSOCIATIONS = ("kammer", "verband", "bund", "stiftung", "gesellschaft", "vereinigung", "verein", "gewerkschaft",
                 "genossenschaft", "gemeinschaft", "initiative", "bündnis", "innung", "beratungsstelle")
# bodies other than associations that a place's name may follow ("die Regionalbank Wiggertal")
_LOCAL_BODIES = ("dienst", "bank", "kasse", "behörde", "forum")


_ASSOCIATION_SHORT_FORMS = frozenset({"IG"})  # "die IG Ruhiges Ebnetwil": an Interessengemeinschaft


def _noun_and_place_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'Dorfladen Hohfluh-Egg', 'Klosterleben Wehrlingen' at i after a foundation's or cooperative's
    noun: a common noun and a place's name (one the tagger knows as a name, hardly knows at all, or
    the report names as a town) that ends the noun phrase: the name of what it runs, and where."""
    if i + 1 >= len(tokens) or (i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper()):
        return False
    noun, place = tokens[i], tokens[i + 1]
    return (noun.text[:1].isupper() and noun.text.isalpha() and morph.tag(noun.text) == "NN"
            and not role_base(noun.text, gaz) and (noun.text,) not in gaz.phrases
            and _place_name(place, gaz) and not _used_as_common_noun(place)
            and (morph.tag(place.text) == "NE" or morph.is_rare(place.text) or _named_as_town([place], 0)))


def _firms_trade_at(tokens: list[Token], i: int) -> bool:
    """'Messsysteme', 'Sicherheitsdienst' at i after 'der Firma Vialtec': a compound common noun the
    lexicon does not know as a word of its own, where the noun phrase ends (punctuation, a
    preposition or a finite verb follows): the trade in the firm's name, not the object of a verb
    ('Geld')."""
    if i >= len(tokens) or not (tokens[i].text[:1].isupper() and tokens[i].text.isalpha()):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (morph.tag(tokens[i].text) == "NN" and not morph.known_noun(tokens[i].text)
            and (after is None or (after.is_punct and after.text not in ("-", "–")) or morph.tag(after.text) == "APPR"
                 or (after.text.islower() and morph.is_finite_verb(after.text))))


def _field_compound(word: str) -> bool:
    """'Außenwerbung', 'Solarwirtschaft', 'Fahrradhandel': a compound common noun whose last part,
    five letters or more, the lexicon knows as a noun (not 'Swissmem', 'Naturland'), on no point
    of the compass ('Südwestmetall' is a region's employers)."""
    return (word.isalpha() and morph.tag(word) == "NN" and _COMPASS_REGION.match(word) is None
            and morph.known_compound(word))


def _association_nominative(word: str) -> str | None:
    """'Mieterschutzvereins' -> 'Mieterschutzverein': an association's noun in the nominative, or None."""
    if word in _ASSOCIATION_SHORT_FORMS:
        return word
    return next((form for form in _nominative_candidates(word) if form.lower().endswith(_ASSOCIATIONS)), None)


def _local_body_nominative(word: str) -> str | None:
    """'Hospizdienstes' -> 'Hospizdienst': the noun of a service, bank, fund, authority or forum
    of a place in the nominative, or None."""
    return next((form for form in _nominative_candidates(word) if form.lower().endswith(_LOCAL_BODIES)), None)


def _named_by_members(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """'Verband kommunaler Unternehmen', 'des Bundesverbands privater Anbieter': an association's noun,
    an adjective in small letters in the genitive plural and the noun of its members name it (a
    compass word or a country after them too: 'Tankstellenunternehmer Ost', 'alpiner Vereine
    Österreichs', 'freipraktizierender Hebammen Schweiz'). The name, with the noun in the nominative,
    and the index of its last word."""
    if (i + 2 >= len(tokens) or not tokens[i].text[:1].isupper()
            or not _members_pair(tokens[i + 1].text, tokens[i + 2].text)):
        return None
    head = _association_nominative(tokens[i].text)
    if head is None or head.isupper():
        return None
    last = i + 2
    while last + 2 < len(tokens) and _members_pair(tokens[last + 1].text, tokens[last + 2].text):
        last += 2  # "Bundesverband privater Anbieter sozialer Dienste"
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    state = gaz.phrases.get((after,))
    if (after in _COMPASS or _state_genitive(after, gaz)
            or (state is not None and state.kind == "state" and after == state.canonical)):
        last += 1  # "Verband freipraktizierender Hebammen Schweiz": a state's name in the nominative too
    return " ".join([head, *(t.text for t in tokens[i + 1:last + 1])]), last


def _members_pair(adjective: str, noun: str) -> bool:
    """'kommunaler Unternehmen': an adjective in small letters in the genitive plural and a noun."""
    return (adjective.islower() and adjective.endswith("er") and len(adjective) > 4 and noun[:1].isupper()
            and noun.isalpha() and morph.tag(adjective) == "ADJ(A)" and morph.tag(noun) == "NN")


def _fields_and_state_end(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'und Recycling Niedersachsen' at i, after an association's first field: a second field and
    the listed state or region it works in, with no capitalised word after them."""
    if i + 2 >= len(tokens) or tokens[i].lower_ != "und" or not _plain_noun(tokens[i + 1].text, gaz):
        return False
    return _names_state(tokens[i + 2].text, gaz) and not (i + 3 < len(tokens) and tokens[i + 3].text[:1].isupper())


def _names_state(word: str, gaz: Gazetteer) -> bool:
    """'Österreich', 'Tirol': a listed state's or region's name."""
    entry = gaz.phrases.get((word,))
    return (entry is not None and entry.kind == "state") or word in gaz.regions


def _state_genitive(word: str, gaz: Gazetteer) -> bool:
    """'Österreichs', 'Tirols': a listed state's or region's genitive."""
    return word.endswith("s") and _names_state(word[:-1], gaz)


def _head_and_region(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """'der Abwasserverband Lahn-Dill-Mitte', 'der Tourismusverband Inneres Salzkammergut': an
    association's noun and the region it works in, a hyphenated name or an adjective and a name, are
    one name, the noun included. The index after it, or 0."""
    if i + 1 >= len(tokens) or not tokens[i].text.isalpha() or _match_known(tokens, i, gaz) or _match_known(tokens, i + 1, gaz):
        return 0
    if i > 0 and tokens[i - 1].text[:1].islower() and morph.tag(tokens[i - 1].text) == "ADJ(A)":
        return 0  # "der europäische Dachverband Copa-Cogeca": the noun describes a name of its own
    parts = tokens[i + 1].text.split("-")
    if len(parts) >= 2 and all(p[:1].isupper() and p.isalpha() for p in parts):
        end = i + 2  # "Lahn-Dill-Mitte", "Emscher-Lippe", "Rösslimatt-Tribschen"
    elif (i + 2 < len(tokens) and tokens[i + 1].text[:1].isupper() and _adjective_with_ending(tokens[i + 1].text)
          and tokens[i + 2].text[:1].isupper() and tokens[i + 2].text.replace("-", "").isalpha()
          and not tokens[i + 2].text.isupper() and not _match_known(tokens, i + 2, gaz)):
        # "Inneres Salzkammergut", "Unteres Kleinbasel", "Verband Forschender Arzneimittelhersteller",
        # "Verband Schweizerischer Veteranenfahrzeug-Clubs", "Beratungsstelle Faire Arbeit Ostbayern"
        end = i + 3
        if end < len(tokens) and _LANDSCAPE_NAME.fullmatch(tokens[end].text):
            end += 1
    elif (i + 2 < len(tokens) and tokens[i + 1].text[:1].isupper() and tokens[i + 1].is_alpha
          and not tokens[i + 1].text.isupper() and tokens[i + 1].text not in _STOP
          and not _given_name(tokens[i + 1].text, gaz) and not role_base(tokens[i + 1].text, gaz)
          and tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_alpha and _named_as_town(tokens, i + 2)):
        end = i + 3  # "der Verein Stadttauben Uferlingen" in a report that writes "in Uferlingen"
    elif (i + 2 < len(tokens) and _town_adjective(tokens[i + 1].text) and tokens[i + 2].text[:1].isupper()
          and tokens[i + 2].is_alpha and morph.tag(tokens[i + 2].text) == "NN" and not _match_known(tokens, i + 2, gaz)
          and tokens[i + 2].text not in gaz.organisation_tails):  # "Beteiligungsgesellschaft Rainer Holding"
        end = i + 3  # "die Vereinigung Oberwiesner Vereine", "der Verband Luzerner Gemeinden"
    else:
        return 0
    return 0 if end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].is_alpha else end


def _adjective_with_ending(word: str) -> bool:
    """'Inneres', 'Forschender', 'Faire' (which the tagger, capitalised, takes for a foreign word): an
    adjective with an inflected ending, in any case, not the uninflected form a town's adjective has
    ("Berner KMU"); _inflected_adjective is narrower, the form after an oblique article ("Deutschen")."""
    if morph.tag(word) in ("ADJ(A)", "NNA"):
        return morph.analyze(word)[0].lower() != word.lower()
    lowered = word.lower()
    return (morph.tag(lowered) == "ADJ(A)" and lowered.endswith(("e", "er", "es", "en", "em"))
            and morph.analyze(lowered)[0] != lowered)


def _describes_rare_name(tokens: list[Token], i: int) -> bool:
    """'der Terminalbetreiber Eurogate', 'die Salzburger Supermarktkette Almkauf': after a noun that
    only describes a company (_DESCRIBING_HEADS) a capitalised word the tagger hardly knows is its name."""
    following = tokens[i + 1].text if i + 1 < len(tokens) else ""
    head = tokens[i].lower_
    if i > 0 and tokens[i - 1].lower_ in ("des", "eines") and head.endswith("s"):
        # "des Terminalbetreibers Eurogate", "des Baukonzerns Strabag": the head in the genitive
        head = head[:-2] if head.endswith("es") and not head[:-1].endswith(_DESCRIBING_HEADS) else head[:-1]
    unknown_enough = morph.is_rare(following) or (head.endswith(_DESCRIBING_COMPOUNDS) and following.isalpha()
                                                   and not morph.known_noun(following))
    return (head.endswith(_DESCRIBING_HEADS) and following[:1].isupper() and unknown_enough
            and morph.analyze(following)[0] == following)  # not "das Unternehmen Fahrtdaten" (a plural object)


def _noun_as_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'die Vereinigung Cockpit', 'der Wirtschaftsvereinigung Stahl': after an organisation noun
    with an article, an uninflected common noun that ends the noun phrase is the name."""
    if (i == 0 or tokens[i - 1].lower_ not in _ARTICLES | _CONTRACTED_ARTICLES or tokens[i - 1].lower_.startswith("ein")
            or i + 1 >= len(tokens)):
        return False  # "ein Finanzinvestor Interesse angemeldet": one of a kind has no name
    word = tokens[i + 1].text
    plain = _plain_noun(word, gaz)
    # "Der Verein Stadttauben Uferlingen übernimmt", "der Verein Tagesstrukturen Seewilen, der …": a
    # club's or foundation's name may be a plural
    singular = morph.analyze(word)[0]
    plural = (not plain and _name_part_head(tokens[i].text) is not None and _plain_noun(singular, gaz)
              and word.startswith(singular[:-1]))
    if not (plain or plural) or word in _PART_OF_MONTH:
        return False  # "nach Angaben der Behörde Anfang nächster Woche": when, no name
    following = tokens[i + 2].text if i + 2 < len(tokens) else "."
    if morph.tag(following).startswith("V") and not morph.can_be_finite_verb(following):
        return False  # "gegen das die Bank Einspruch eingelegt hatte": the noun is the verb's object
    if plural:  # not "dem Verein Spenden überweisen": a plural everyone knows names a club only with more words
        return (_name_before_punctuation(tokens, i, i + 2) > i + 2
                or (not morph.known_noun(word) and not following[:1].isupper()))
    return (not following[:1].isupper() or following == "und" or _place_ends_name(tokens, i + 2, gaz)
            or _registered_end(tokens, i + 2, gaz) > 0
            # "Der Verein Werkstatt Zukunft kauft", "an den Verein Werkstatt Zukunft.": a club's name
            # of common nouns that punctuation or its verb ends
            or (_name_part_head(tokens[i].text) is not None and _name_before_punctuation(tokens, i, i + 2) > i + 2))


def _registered_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """'der Firma Ordnungsdienst Jura AG': one or two capitalised words and a company's legal form
    after a common noun close its registered name. The index after the legal form, or 0."""
    end = i
    while end < len(tokens) and end - i < 2 and tokens[end].text not in gaz.organisation_tails and (
            tokens[end].text[:1].isupper() and tokens[end].is_alpha and tokens[end].text not in _STOP):
        end += 1
    return end + 1 if end > i and end < len(tokens) and tokens[end].text in gaz.organisation_tails else 0


def _place_ends_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A place's name that closes an organisation's ('Zweckverband Wasserversorgung Donaumoos'):
    a proper noun the tagger knows as a name, with no capitalised word after it."""
    return (i < len(tokens) and _place_name(tokens[i], gaz) and morph.tag(tokens[i].text) == "NE"
            and not (i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()))


def _name_before_punctuation(tokens: list[Token], head: int, end: int, most: int = 2) -> int:
    """A club's or foundation's name goes on over capitalised words the tagger reads as common nouns
    where punctuation ends them ("der Verein Changing Cities, der …", "der Verein Luzern Hotels."),
    or, named as the subject, its verb ("Der Verein Changing Cities protestiert"); not where the
    sentence goes on ("dem Verein Aarhof Geld geben"). The new end (exclusive)."""
    subject = head > 0 and tokens[head - 1].lower_ in ("der", "die", "das") and tokens[head - 1].is_sent_start
    for extra in range(1, most + 1):
        words = tokens[end:end + extra]
        if (len(words) < extra or not all(t.is_alpha and t.text[:1].isupper() for t in words)
                or end + extra >= len(tokens)):
            return end
        after = tokens[end + extra]
        if ((after.is_punct and after.text not in ("-", "–"))
                or (subject and after.text.islower() and morph.can_be_finite_verb(after.text))):
            return end + extra
    return end


def _name_part_head(word: str) -> str | None:
    """A head that is part of the name after it, in the nominative ('des Vereins Wohnmobilfreunde
    Berner Oberland' is the 'Verein Wohnmobilfreunde Berner Oberland'), or None."""
    return next((form for form in (word, word.removesuffix("es"), word.removesuffix("s"))
                 if form in _NAME_PART_HEADS), None)


# nouns that open the name of a group named 'Pro' and what it stands for ("IG Pro Gummen")
_PRO_HEADS = frozenset({"IG", "Interessengemeinschaft", "Verein"})
# organisation nouns that are part of the name they precede ("die Stiftung FAR", "die Stiftung Warentest")
_NAME_PART_HEADS = frozenset("Stiftung Bürgerinitiative Initiative Zweckverband Aktion Sektion Kollektiv IG Verein "
                             "Bündnis Genossenschaft Interessengemeinschaft".split())
# endings of organisation nouns that only describe what a company does ("Terminalbetreiber",
# "Finanzinvestor", "Baukonzern"), never part of its name as "Institut" or "Plattform" may be
_DESCRIBING_COMPOUNDS = ("konzern", "unternehmen", "firma", "kette", "handelsgruppe")
_DESCRIBING_HEADS = ("er", "or") + _DESCRIBING_COMPOUNDS
# nouns that only describe the company named after them, never part of its registered name (unlike
# a surname in "-er": "Müller Bau GmbH")
_DESCRIBING_NOUNS = ("erin", "orin") + _DESCRIBING_COMPOUNDS
# a company's relation to the one the report is about: "der Hamburger Konkurrent Studio Nordlicht AG",
# "die Käufer Alpenblick Holding AG"; never part of a registered name
_RELATION_NOUNS = ("konkurrent", "konkurrenten", "konkurrentin", "wettbewerber", "mitbewerber", "rivale", "rivalen",
                   "käufer", "erwerber")
_NO_REGISTERED_WORD = _DESCRIBING_NOUNS + _RELATION_NOUNS


# A region's or nation's adjective in small letters after "der" in a name ("Verband der österreichischen
# Tabakwirtschaft"), and the nouns after it that describe a town rather than name an organisation
_NATIONAL_ADJECTIVE = re.compile(r"(?:isch|deutsch)(?:e|en|er|es|em)$")
_DESCRIBED_PLACES = ("stadt", "gemeinde", "dorf", "kreis", "bezirk", "kanton", "land", "region")
# common nouns for a place, as compounds' heads ("der Ostseeinsel", "der Kreisstadt", "der Inselgemeinde")
_PLACE_NOUN_HEADS = ("stadt", "gemeinde", "dorf", "insel", "ortschaft")


def _common_place_noun(tokens: list[Token], i: int, noun: str) -> bool:
    """'Die Gemeindevertretung der Ostseeinsel hat …': a common noun for the place, with no name
    after it, names no body ("der Kreisstadt Wiesloch" leaves the name to the rules for places)."""
    return (noun.lower().endswith(_PLACE_NOUN_HEADS) and morph.tag(noun) == "NN"
            and (i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper()))


# Adjectives that count or pick rather than name a field: "Zulieferer für andere Werke"
_QUANTIFIERS = frozenset("andere anderen weitere weiteren alle viele mehrere einige eigene neue verschiedene "
                         "zahlreiche sonstige übrige bestimmte einzelne diverse solche beide".split())
# Nouns that follow 'der'/'für' after an organisation noun without naming it ("Behörde des Landes")
_GENERIC_ATTRIBUTES = frozenset("Landes Land Stadt Bundes Regierung Kommune Gemeinde Jahres Woche Zukunft".split())


_CUT_SAINT = ("-St", "-Sankt")


def _place_name(token: Token, gaz: Gazetteer) -> bool:
    """A town's name after an institution: a capitalised proper noun that is no role or person,
    nor a state in the genitive ("das zweitgrößte Museum Österreichs" describes)."""
    text = token.text
    entry = gaz.phrases.get((text,))
    return (text[:1].isupper() and text.replace("-", "").isalpha() and text not in _STOP
            and not text.endswith(_CUT_SAINT)  # "Söding-St. Johann": more name than the word
            and not (text.isupper() and len(text) > 1)  # "die Börsenaufsicht SEC": its short name, no town
            and not role_base(text, gaz) and text not in gaz.first_names
            and (entry is None or entry.is_place or (entry.kind == "state" and text == entry.canonical))
            and (morph.tag(text) == "NE" or entry is not None or _town_read_as_noun(token)
                 # "Luftsportverein Kirchbrüden", read as a plural of "Kirchbruder": a rare word the
                 # report names as a town elsewhere
                 or (morph.is_rare(text) and _named_as_town([token], 0))
                 # "Bezirksgericht Baden", "Amtsgericht Singen": a town the tagger reads as a verb's noun
                 # ("das Baden"), which the report names as a town elsewhere
                 or (morph.tag(text) == "NNI" and _named_as_town([token], 0))
                 # "Landratsamt Main-Spessart": a district named by two names the tagger reads as a noun
                 or _double_name(text)
                 # "die Gemeindeversammlung von Hornwiler LU": a canton's code marks a word the tagger
                 # does not know as a town
                 or (morph.is_unknown(text) and token.i + 1 < len(token.doc)
                     and token.doc[token.i + 1].text in _CANTON_CODES)))


# articles and determiners before a common noun, as one pattern's alternatives
_DETERMINERS = ("der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|"
                "diese|dieser|diesen|diesem|dieses")


def _used_as_common_noun(token: Token) -> bool:
    """'Weil die Gemeinde Kauf und Sanierung bezahlt' where the report also writes 'den Kauf': a
    common noun the lexicon knows, which this report uses after an article, names no town (where
    "die Steiermark" or "die Alpenrose" are names the lexicon hardly knows)."""
    if not morph.known_noun(token.text):
        return False
    pattern = rf"\b(?i:{_DETERMINERS})\s+{re.escape(token.text)}\b"
    return re.search(pattern, token.doc.text) is not None


def _prefixed_town(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'Bad Marienberg', 'St. Gallen', 'Sankt Florian': a town prefix and a town's name, where after
    'St.' a given name is the saint the town is named after."""
    if i + 1 >= len(tokens) or tokens[i].text not in TOWN_PREFIXES:
        return False
    following = tokens[i + 1]
    return _place_name(following, gaz) or (tokens[i].text in _SAINT and following.text in gaz.first_names
                                           and following.is_alpha)


# prepositions that take a noun without an article: "vor Gericht", "bei Gericht"
_BARE_PREPOSITIONS = frozenset("gegen für über um auf zu in nach aus von vor an bei mit unter durch ohne".split())


def _institution_in_general(tokens: list[Token], i: int) -> bool:
    """'Ob die Satzung vor Gericht Bestand hat': an institution noun straight after a preposition,
    with no article, is the institution in general; a common noun after it names no town."""
    return (i > 0 and tokens[i - 1].lower_ in _BARE_PREPOSITIONS and i + 1 < len(tokens)
            and morph.tag(tokens[i + 1].text) == "NN")


def _double_name(word: str) -> bool:
    """'Main-Spessart', 'Möriken-Wildegg', 'Lahn-Dill': proper names joined, which the tagger reads as
    a noun (one of them may be a noun too: 'Dill')."""
    parts = word.split("-")
    return (len(parts) > 1 and all(part[:1].isupper() and part.isalpha() for part in parts)
            and morph.tag(parts[0]) == "NE")


def _in_place(tokens: list[Token], i: int) -> bool:
    """Whether a place preposition ('in', 'aus', 'bei' …) opens the phrase of token i."""
    j = i - 1 if i > 0 and tokens[i - 1].lower_ in _ARTICLES else i
    return j > 0 and tokens[j - 1].lower_ in _PLACE_PREPOSITIONS | {"bei", "nahe", "im", "beim"}


# towns and municipalities described by what they are: places, never the body that governs them
# (unlike "Stadt Winterthur", "Landeshauptstadt Düsseldorf")
_DESCRIBED_TOWNS = ("hauptstadt", "hafenstadt", "großstadt", "grossstadt", "kleinstadt", "nachbarstadt", "kreisstadt",
                    "grenzstadt", "küstenstadt", "millionenstadt", "nachbargemeinde", "grenzgemeinde",
                    "partnerstadt", "partnergemeinde", "schwesterstadt")


def _two_word_name_in_genitive(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'des Entsorgers Westfalia Recycling': after a company noun in the genitive, a proper name
    (or a region) and a common noun in its base form that ends the noun phrase are one name."""
    article = i - 2 if i >= 2 and tokens[i - 1].text[:1].isupper() else i - 1  # "des Dortmunder Entsorgers"
    if article < 0 or tokens[article].lower_ != "des" or i + 3 >= len(tokens):
        return False
    first, second, after = tokens[i + 1], tokens[i + 2], tokens[i + 3]
    if not (_org_name_like(first, gaz) or first.text in _COMPASS) or _given_name(first.text, gaz):
        return False
    if (first.text,) in gaz.phrases or (second.text,) in gaz.phrases:
        return False
    return (second.text[:1].isupper() and second.is_alpha and second.text not in _STOP and not role_base(second.text, gaz)
            and morph.analyze(second.text)[0] == second.text and not after.text[:1].isupper())


def _named_after_person(tokens: list[Token], end: int, gaz: Gazetteer) -> int:
    """End (exclusive) of an institution's name that follows a person's name ('Johannes Kepler
    Universität Linz', 'Heinrich Heine Stiftung'), with the town after it; 0 where none follows."""
    if end >= len(tokens):
        return 0
    if not _institution_word(tokens[end].text, gaz) or tokens[end].text == _COMMON_PLURAL:
        return 0  # (the bare plural is a common noun: "wollte Florian Gschwendtner Betriebe … ausschließen")
    return end + 2 if end + 1 < len(tokens) and _place_name(tokens[end + 1], gaz) else end + 1


_NAMED_INSTITUTIONS = ("stiftung", "institut", "schule", "gymnasium")
# an institution's word that alone is a common plural ("lieferten 24.000 Betriebe Milch"): a name only after
# an adjective ("die Technischen Betriebe Wilen-Thurau")
_COMMON_PLURAL = "Betriebe"
_ROMAN_NUMERALS = frozenset("I II III IV".split())


def _institution_word(word: str, gaz: Gazetteer) -> bool:
    """'Universität', 'Stiftung': a word that ends a name given after a person, not a surname."""
    return word[:1].isupper() and word.lower().endswith(gaz.institutions + _NAMED_INSTITUTIONS)


def _without_neighbour(word: str) -> str:
    """'Nachbarfeuerwehr' -> 'Feuerwehr': whose neighbour a body is describes it, it is no part of its name."""
    rest = word.removeprefix("Nachbar")
    return rest.capitalize() if rest != word and len(rest) > 3 else word


@lru_cache(maxsize=8)
def _plural_endings(institutions: tuple[str, ...]) -> tuple[str, ...]:
    """'sparkassen', 'universitäten' …: the institutions' plural endings, one test for every word."""
    return tuple(inst + tail for inst in institutions for tail in ("n", "en"))


def _institutions_of_places(tokens: list[Token], i: int, gaz: Gazetteer) -> list[tuple[str, int, int]]:
    """'die Sparkassen Kufstein und Schwaz', 'der Universitäten Basel und Bern': the plural of an
    institution (`institutions`) before two or more places names one institution in each; (name,
    first, last token) of each."""
    word = tokens[i].lower_
    if not word.endswith(_plural_endings(gaz.institutions)):
        return []
    singular = next(tokens[i].text[:-len(tail)] for inst in gaz.institutions for tail in ("n", "en")
                    if word.endswith(inst + tail))
    if singular in _TERRITORIES and _in_place(tokens, i):
        return []  # "in den Landkreisen Gießen und Vogelsberg": places, no actors
    found: list[tuple[str, int, int]] = []
    j = i + 1
    while j < len(tokens):
        # "die Verbandsgemeinden Hachenburg, Bad Marienberg und Westerburg": a town's prefix and its name
        last = j + 1 if _prefixed_town(tokens, j, gaz) else j
        if not (last > j or _place_name(tokens[j], gaz) or (found and _listed_town(tokens, j, gaz))):
            break
        place = " ".join(t.text for t in tokens[j:last + 1])
        found.append((f"{_without_neighbour(singular)} {place}", i if not found else j, last))
        j = last
        if j + 2 < len(tokens) and tokens[j + 1].text in (",", "und"):
            j += 2
        else:
            break
    return found if len(found) >= 2 else []


_TERRITORIES = frozenset("Stadt Gemeinde Marktgemeinde Landkreis Kreis Bezirk Kanton".split())


def _listed_town(tokens: list[Token], j: int, gaz: Gazetteer) -> bool:
    """'Olten' in 'die Gemeinden Aarburg und Olten': after a first place, a capitalised word the
    tagger reads as an inflected noun, that no everyday noun is and that ends the phrase, is a town."""
    text = tokens[j].text
    following = tokens[j + 1].text if j + 1 < len(tokens) else "."
    return (text[:1].isupper() and text.replace("-", "").isalpha() and text not in _STOP
            and not text.endswith(_CUT_SAINT)
            and not role_base(text, gaz) and text not in gaz.first_names and not following[:1].isupper()
            and not morph.everyday_noun(text) and gaz.phrases.get((text,)) is None)


_ABSTRACT_ENDINGS = ("ung", "heit", "keit", "schaft", "ion", "tät")


def _town_read_as_noun(token: Token) -> bool:
    """'Amtsgericht Neumünster', 'Sparkasse Unterland': a town the tagger reads as a common
    noun, in its base form and ending the noun phrase; a rare word counts too where the tagger
    reads its ending as a plural's ("Nordhagen" as "Nordhage", "Eichenstetten" as "Eichenstett"),
    and an unknown one where it reads it as a dative's."""
    lemma, tag = morph.analyze(token.text)
    doc = token.doc
    following = doc[token.i + 1].text if token.i + 1 < len(doc) else "."
    plural_read = (token.text.startswith(lemma) and token.text[len(lemma):] in ("n", "en")
                   and not lemma.endswith(_ABSTRACT_ENDINGS))  # "Verkehrszählungen" are counts
    # "Dornwalde", read as the old dative of a "Dornwald" no lexicon has
    dative_read = token.text == lemma + "e" and morph.is_unknown(token.text)
    # "Ob die Staatsanwaltschaft Berufung anmeldet": an abstract noun's ending names no town
    base_read = lemma == token.text and not lemma.endswith(_ABSTRACT_ENDINGS)
    return (tag == "NN" and (base_read or ((plural_read or dative_read) and morph.is_rare(token.text)))
            and not following[:1].isupper()
            and not morph.everyday_noun(token.text)  # "koste die Stadt Geld": money, no town
            # "dem Spital Pflegepersonal fehle": staff, no town; a compound read as a rare plural is
            # one ("Bezirkshauptmannschaft Feldkirchen")
            and (not base_read or not morph.everyday_compound(token.text)))


_COUNCILS = frozenset("Rat Stadtrat Gemeinderat Kreistag Kreisrat Bezirksrat Ortsrat Marktgemeinderat Stadtvertretung "
                      "Gemeindevertretung Stadtverordnetenversammlung Einwohnerrat Stadtparlament".split())
_LOCALITIES = frozenset("Stadt Gemeinde Marktgemeinde Stadtgemeinde Ortsgemeinde Landkreises Kreises Bezirks Hansestadt "
                        "Landeshauptstadt Kreisstadt Ostseebads Nordseebads Seebads Kurorts Marktes".split())


def _council_of_place(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """'der Rat der Stadt Düsseldorf', 'der Kreistag des Landkreises Mainbach-Rott': a council
    and the place it governs, one name ('Rat der Stadt Düsseldorf', 'Kreistag Mainbach-Rott');
    the index of its last token."""
    # "des Rates der Stadt Kellersbach": the genitive names the same council
    council = next((form for form in _nominative_candidates(tokens[i].text) if form in _COUNCILS), None)
    if council is None or i + 2 >= len(tokens) or tokens[i + 1].lower_ not in ("der", "des"):
        return None
    # "der Gemeinderat der oberösterreichischen Stadt Hallbruck": an adjective before the locality
    # or a title of the locality's status, capitalised ("der Großen Kreisstadt Marienfels")
    adjective = tokens[i + 2].text
    described = int(adjective.endswith("en") and i + 3 < len(tokens) and morph.tag(adjective.lower()) == "ADJ(A)"
                    and (adjective.islower() or tokens[i + 3].text in _LOCALITIES))
    k = i + 2 + described  # the locality
    if tokens[k].text not in _LOCALITIES:
        return None
    if council == "Rat" and tokens[k].text == "Stadt" and not described and (
            k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper()):
        return "Rat der Stadt", k  # "der Rat der Stadt muss zustimmen": placed with the report's town later
    if k + 1 >= len(tokens):
        return None
    place = tokens[k + 1].text
    if not place[:1].isupper() or not place.replace("-", "").isalpha() or place in _STOP:
        return None
    prefixed = int(_prefixed_town(tokens, k + 1, gaz))  # "der Rat der Stadt Bad Kressenau"
    last = _linked_town_end(tokens, k + 2 + prefixed, gaz) - 1  # "der Marktgemeinde Waldegg an der Feistritz"
    place = " ".join(t.text for t in tokens[k + 1:last + 1])
    if council == "Rat":
        return f"Rat {tokens[i + 1].text} {tokens[k].text} {place}", last
    return f"{council} {place}", last


def _describes_by_town(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'Hamburger' before 'Nordhagen Umwelt AG': a town's adjective before a proper name describes
    where the company sits; before a common noun it is part of the name ('Hamburger Hochbahn AG')."""
    word, following = tokens[i].text, tokens[i + 1].text
    if not (word.endswith("er") and word[:1].isupper() and word.isalpha() and len(word) > 5):
        return False
    if gaz.phrases.get((word, following)) or not any(  # "Bremer" from "Bremen"
            morph.tag(town) == "NE" and not morph.is_unknown(town) for town in (word[:-2], word[:-2] + "en")):
        return False
    # "die Allgäuer Kranverleih KG": a compound of common nouns the lexicon lacks is still a common noun
    return (morph.is_unknown(following) and not morph.unknown_compound(following)) or morph.tag(following) in ("NE", "FM")


def _town_before_own_name(tokens: list[Token], i: int, end: int, gaz: Gazetteer) -> bool:
    """'die Linzer Stelzer Bau AG', 'der Münchner Ladewerk Süd AG': a town's adjective before a
    company's name of two words or more and its legal form says where it sits; before one word
    it names the company ('Allgäuer Milchwerke eG', 'Würzburger Straßenbahn GmbH'), and so does
    an adjective after it ('Wiener Städtische Versicherung AG'), and a person's surname is the
    owner's ('die Brenner Bau Service GmbH' where the report names Tobias Brenner)."""
    word, words = tokens[i].text, tokens[i + 1:end - 1]
    return (end - i >= 4 and _town_adjective(word) and morph.tag(word) != "NE"
            and all(t.is_alpha and t.text[:1].isupper() for t in words)
            and not morph.tag(words[0].text).startswith("ADJ")
            and not any(named.group(1) in gaz.first_names
                        for named in re.finditer(rf"\b([A-ZÄÖÜ][a-zäöüß]+) {word}\b", tokens[i].doc.text)))


def _club_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """'SV Leithaberg', 'FC Bayern München': a club's short form (`club_prefixes` of the role
    list), maybe after its federation's, and the one or two names of its town; the end (exclusive), or 0."""
    if (_ACRONYM.match(tokens[i].text) and i + 1 < len(tokens) and tokens[i + 1].text in gaz.club_prefixes
            and tokens[i].text not in gaz.club_prefixes):
        return _club_end(tokens, i + 1, gaz)  # "ASKÖ TC Weißkirchen-Au": the federation's short form opens it
    if tokens[i].text not in gaz.club_prefixes and not (
            # "der Tanzsportclub Blau-Gold Grevenhagen": a club's noun before its colours opens it too
            tokens[i].lower_.endswith(_CLUB_ENDINGS) and i + 2 < len(tokens) and _club_colours(tokens[i + 1].text)):
        return 0
    start = i + 1
    if start + 1 < len(tokens) and tokens[start].text in TOWN_PREFIXES and tokens[start + 1].text[:1].isupper():
        start += 1  # "FC St. Pauli": the saint's name after it is the town's or quarter's
    if (start + 1 < len(tokens) and _YEAR_WORD.fullmatch(tokens[start].text)
            and tokens[start + 1].text[:1].isupper()):
        start += 1  # "KSV 1952 Obergrölitz", "TSV 1860 München": the year of its founding, then its town
    if start + 1 < len(tokens) and _club_colours(tokens[start].text) and tokens[start + 1].text[:1].isupper():
        start += 1  # "TC Blau-Weiß Kellersheim": the club's colours, then its town
    end = start
    while end < len(tokens) and end - start <= 1 and _club_word(tokens[end].text, first=end == start):
        end += 1
    return end if end > start else 0


_YEAR_WORD = re.compile(r"1[89]\d\d|20[0-2]\d")
_COLOURS = frozenset("blau weiß weiss rot grün gelb schwarz gold silber orange".split())


def _club_colours(word: str) -> bool:
    """'Blau-Weiß', 'Rot-Weiss': a club's colours, which precede its town in its name."""
    parts = word.lower().split("-")
    return len(parts) >= 2 and all(part in _COLOURS for part in parts)


def _club_word(word: str, first: bool) -> bool:
    """The town after a club's short form; a second word only where it is a proper name ('München')."""
    if not (word[:1].isupper() and word.replace("-", "").isalpha()) or word in _STOP:
        return False
    return first or morph.tag(word) in ("NE", "FM") or morph.is_unknown(word)


_BRANCH_NOUNS = ("kammer", "verband", "schaft", "bund", "volk", "stiftung", "gesellschaft", "vereinigung", "liga",
                 "kirche", "verein", "gewerkschaft")


def _organisation_of_region(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    """'Landesjägerschaft Niedersachsen', 'WWF Österreich': an organisation's noun, or a listed
    organisation of one word, and the state or region it works in name its branch there."""
    if i + 1 >= len(tokens):
        return None
    word, region = tokens[i].text, gaz.phrases.get((tokens[i + 1].text,))
    # an acronym's branch may be a city's too ("die ÖVP Wien", "die GEW Berlin")
    acronym = bool(_ACRONYM.match(word)) and word not in gaz.not_acronyms
    if (region is None or region.kind != "state" or (region.is_place and not acronym) or not word.isalpha()
            or (word, tokens[i + 1].text) in gaz.phrases):  # "die DR Kongo": a listed name of its own
        return None
    if i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_alpha:
        return None  # "der Verband Österreich Werbung": a longer name, left to other rules
    listed = gaz.phrases.get((word,))
    if listed is not None or acronym:  # "ECPAT Deutschland": an unlisted acronym's branch too
        return f"{word} {tokens[i + 1].text}" if acronym and (listed is None or listed.kind == "organisation") else None
    # "des Gemeindetags Baden-Württemberg": a body's genitive names it too
    body = _body_nominative(word, gaz)
    if role_base(word, gaz) or word in _STOP or word.lower().endswith("regierung") or not (
            _organisation_head(word, gaz) or body or word.lower().endswith(_BRANCH_NOUNS)):
        return None  # "die Regierung Frankreichs" is the state's government, named by the state
    return f"{body or word} {tokens[i + 1].text}"


def _body_of_state(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """'der Landtag von Schleswig-Holstein': a parliament and the state it belongs to, one name
    ('Landtag Schleswig-Holstein'); the index of its last token."""
    word = tokens[i].text
    # "des Landtags von Sachsen-Anhalt": the genitive too
    base = next((form for form in _nominative_candidates(word) if form in gaz.legislatures or form in gaz.local_bodies),
                None)
    if i + 2 >= len(tokens) or base is None:
        return None
    if tokens[i + 1].lower_ == "von":
        known = _match_known(tokens, i + 2, gaz)
        if known is not None and known[0].kind == "state" and base not in gaz.local_bodies:
            return f"{base} {known[0].canonical}", i + 1 + known[1]
        town = i + 2  # "der Stadtrat von Murtenbach", "der Gemeinderat von Wien" (no state's)
    elif tokens[i + 1].lower_ == "der" and i + 3 < len(tokens) and tokens[i + 2].text in _MUNICIPALITIES:
        town = i + 3  # "Der Gemeinderat der Marktgemeinde Sankt Ulrich am Rodlbach"
    else:
        return None
    end = _town_end(tokens, town, gaz) if base in gaz.local_bodies else None
    if end is None:
        return None
    coded = end < len(tokens) and tokens[end].text in _CANTON_CODES  # "von Aarewil BE"
    return f"{base} {' '.join(t.text for t in tokens[town:end])}", end - 1 + coded


# a lake, river or landscape a town is set apart by, where the tagger reads it as a common noun
_LANDSCAPES = ("see", "bach", "berg", "tal", "wald", "gebirge", "amt", "graben", "gau", "moos", "moor", "ried",
               "heide", "forst", "stein")


def _landscape_name(token: Token, gaz: Gazetteer) -> bool:
    """'Wimbach', 'Lanzensee', 'See' after 'am': not 'Freitagabend' ('Flughafen Stuttgart am
    Freitagabend') nor 'Wiederaufnahmeverfahren' ('Landgericht Konstanz im …')."""
    return _place_name(token, gaz) and (morph.tag(token.text) == "NE" or token.lower_.endswith(_LANDSCAPES))


# the nouns a town's adjective names a region with ("Kargenauer Land", "Ruppiner Land")
_LAND_NOUNS = frozenset({"Land", "Oberland", "Unterland", "Hinterland", "Seeland", "Bergland", "Hügelland"})


def _town_land_at(tokens: list[Token], i: int) -> bool:
    """'Land' after 'Kargenauer': the noun of a region named by a town's adjective stands at i."""
    return 0 < i < len(tokens) and tokens[i].text in _LAND_NOUNS and tokens[i - 1].text.endswith("er")


def _linked_town_end(tokens: list[Token], end: int, gaz: Gazetteer) -> int:
    """End (exclusive) of a town's name whose first word ends before `end`, with the river, lake
    or region that sets it apart ("Kirchdorf am Wimbach", "Frankfurt an der Oder"), or of the land
    named after a town ("Kargenauer Land", "Ruppiner Land")."""
    if _town_land_at(tokens, end):
        end += 1
    elif end + 1 < len(tokens) and tokens[end].lower_ in TOWN_LINKS and _landscape_name(tokens[end + 1], gaz):
        end += 2
    elif (end + 2 < len(tokens) and tokens[end].lower_ in _RIVER_LINKS and tokens[end + 1].lower_ == "der"
            and _landscape_name(tokens[end + 2], gaz)):
        end += 3
    if (0 < end < len(tokens) and tokens[end - 1].text.endswith("-Bad") and tokens[end].text[:1].isupper()
            and tokens[end].is_alpha):
        end += 1  # "Neustadt an der Aisch-Bad Windsheim": a district named after two towns, the second a spa
    return end


# the kinds of municipality a town is named with: "die Stadtgemeinde Kremsau", "in der Gemeinde Surses"
_MUNICIPALITIES = ("Stadt", "Gemeinde", "Marktgemeinde", "Stadtgemeinde", "Einwohnergemeinde")
def _town_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int | None:
    """End (exclusive) of a town's name at i ('Murtenbach', 'Bad Ischl', 'Sankt Ulrich am Rodlbach',
    'Frankfurt an der Oder'), or None where no town's name stands there."""
    if tokens[i].text in TOWN_PREFIXES:  # "St. Johann", "Sankt Ulrich": a saint's name is a town's
        end = i + 1
        if end >= len(tokens) or not (tokens[end].text[:1].isupper() and tokens[end].is_alpha):
            return None
    else:
        end = i
        known = _match_known(tokens, end, gaz)
        if not _place_name(tokens[end], gaz) or (known is not None and not known[0].is_place
                                                 and known[0].kind != "state"):
            return None
    end = _linked_town_end(tokens, end + 1, gaz)
    if end < len(tokens) and tokens[end].text in _CANTON_CODES:
        return end  # "von Aarewil BE": the canton's code follows the name
    if end < len(tokens) and tokens[end].text[:1].isupper() and tokens[end].is_alpha:
        return None  # "der Stadtrat von Murtenbach Nord …": more name than the rule reads
    return end


def _town_adjective_at(tokens: list[Token], i: int) -> int:
    """Where a town's adjective stands that may open a name at i: after the saint's prefix of its
    town ('St. Galler Tagblatt', 'Sankt Pöltner Stadtrat'), else at i."""
    return i + 1 if tokens[i].text in _SAINT and i + 1 < len(tokens) else i


def _council_of_town(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """'der Leipziger Stadtrat', 'der St. Galler Kantonsrat': a town's adjective before a local
    council names the council of that town ('Stadtrat Leipzig', spelt as the report spells the
    town); the index of its last token. Only where the report names the town itself."""
    adjective = _town_adjective_at(tokens, i)
    saint = adjective > i
    if adjective + 1 >= len(tokens):
        return None
    word = tokens[adjective].text
    last = adjective + 1
    body = tokens[last].text
    if _weak_form(body) and last + 1 < len(tokens):  # "der Luzerner Grosse Stadtrat"
        last += 1
        body = f"{body}r {tokens[last].text}"
    council = _council_word(body, gaz)
    if not council or not _town_adjective(word):
        return None
    town = _town_named(tokens[0].doc.text, word[:-2], saint)
    if town:
        return f"{body} {town}", last
    return " ".join(t.text for t in tokens[i:adjective + 1]) + f" {body}", last


def _town_adjective(word: str) -> bool:
    """'Leipziger', 'Traunfelder': a word that can be a town's adjective, not an inflected one
    ('Grosser'); a rare one the lemmatiser reads as a plural ('Ortheimer' -> 'Ortheim') too."""
    if not (word.endswith("er") and word[:1].isupper() and word.isalpha() and len(word) > 4):
        return False
    lemma = morph.analyze(word)[0].lower()
    return lemma == word.lower() or (lemma == word[:-2].lower() and morph.is_rare(word))


def _last_umlaut_undone(stem: str) -> str:
    """'Wernstädt' -> 'Wernstadt': the stem with its last umlaut (if any) plain."""
    k = max(stem.rfind(umlaut) for umlaut in "äöü")
    return stem[:k] + stem[k].translate(_PLAIN_LETTERS) + stem[k + 1:] if k > 0 else stem


def _town_named(text: str, stem: str, saint: bool) -> str | None:
    """The town a town's adjective stands for, as the report spells it: 'Leipzig' for 'Leipziger',
    'St.Gallen' for 'St. Galler', 'Rabenstein an der Mur' for 'Rabensteiner'."""
    prefix = r"(?:St\.\s?|Sankt\s)" if saint else ""
    # "Wernstädter" for "Wernstadt": the adjective may take an umlaut the town's name lacks
    for spelling in dict.fromkeys((stem, _last_umlaut_undone(stem))):
        for m in re.finditer(rf"\b{prefix}{re.escape(spelling)}[a-zäöü]{{0,3}}\b", text):
            if not m.group(0).endswith(("er", "ern", "ers")):
                # "Rabenstein an der Mur": the name goes on with its river or region
                linked = _TOWN_LINK.match(text, m.end())
                tail = re.match(r"[\w-]*", text[linked.end():]).group(0) if linked else ""
                return m.group(0) + (text[m.end():linked.end()] + tail if linked else "")
    return None


_CHAMBERS = ("senat", "senats", "kammer", "zivilsenat", "strafsenat")
# a company's or foundation's organs: where one decides, the organisation does
_ORGAN_WORDS = ("aufsichtsrat", "vorstand", "verwaltungsrat", "kuratorium", "stiftungsrat", "geschäftsführung",
                "plenarversammlung", "vollversammlung",  # "Die Plenarversammlung der Konferenz der Kantonsregierungen"
                "vertreterversammlung", "delegiertenversammlung", "mitgliederversammlung", "hauptversammlung",
                "generalversammlung")  # "Die Vertreterversammlung der Architektenkammer": the chamber decides
_ORGANS = _ORGAN_WORDS + tuple(word + "s" for word in _ORGAN_WORDS if not word.endswith("ung"))  # "des Aufsichtsrats"


def _court(word: str, gaz: Gazetteer) -> bool:
    """'Landesgericht', 'des Verwaltungsgerichtshofs': a court's name by its ending."""
    return word.lower().removesuffix("s").endswith(gaz.courts)


def _court_kind(name: str, gaz: Gazetteer) -> str | None:
    """'Verwaltungsgericht des Kantons Solothurn', 'Niedersächsisches Oberverwaltungsgericht': the
    kind a court's name gives in its first or, after a region's adjective, second word."""
    words = name.split()
    if words and _court(words[0], gaz):
        return words[0]
    return words[1] if len(words) == 2 and _court(words[1], gaz) else None


def names_court(name: str, knowledge: Knowledge) -> bool:
    """A court's name: no speaker's side and no outsider, as its acts are steps of the case."""
    return _court_kind(name, gazetteer(knowledge)) is not None


def _field_after(tokens: list[Token], i: int, gaz: Gazetteer) -> str:
    """' für Denkmalpflege' after the organisation noun at i ("das Bayerische Landesamt für
    Denkmalpflege"): what it is for, as the name without an adjective gives it; else ''."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower_ != "für":
        return ""
    named = _named_by_genitive(tokens, i, gaz)
    return named[named.index(" für "):] if named else ""


def _joined_members(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'und Baumschulen' at i after 'Verband der Gärtnereien': a second members' noun joined to the
    first, not a person's role, a body, a place or a listed name that begins the next phrase."""
    return (i + 1 < len(tokens) and tokens[i].lower_ == "und" and _members_noun(tokens[i + 1].text, gaz)
            and morph.tag(tokens[i + 1].text) == "NN" and not _place_name(tokens[i + 1], gaz))


def _members_noun(word: str, gaz: Gazetteer) -> bool:
    """A capitalised word that may name members ("Glaser", "Baumschulen"): no role, given name,
    listed name, body or council."""
    return (word[:1].isupper() and word.isalpha() and word not in _STOP and not role_base(word, gaz)
            and word not in gaz.first_names and (word,) not in gaz.phrases and not _body_nominative(word, gaz)
            and not _council_word(word, gaz))


def _listed_members_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """',' at i after 'Landesinnung der Dachdecker': the end (exclusive) of the members' nouns listed
    up to the last one joined by 'und' ('Dachdecker, Glaser und Spengler'), or i where no such list
    follows. In a list a trade the tagger takes for a surname ("Glaser") is a members' noun too."""
    j = i
    while j + 1 < len(tokens) and tokens[j].text == "," and _members_noun(tokens[j + 1].text, gaz):
        j += 2
    last = j + 1
    if j > i and last < len(tokens) and tokens[j].lower_ == "und" and _members_noun(tokens[last].text, gaz) \
            and morph.tag(tokens[last].text) == "NN":
        return last + 1
    return i


def _cantonal_office(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """An office of a canton named by the adjective and its noun (`cantonal_offices`), with the
    canton where one follows: "die kantonale Denkmalpflege", "des kantonalen Veterinäramts" is the
    "kantonales Veterinäramt", "das Kantonale Laboratorium Thurgau". (name, last token) or None; the
    bare "kantonale Amt" is left to the name of its field ("das kantonale Amt für Umwelt")."""
    if i + 1 >= len(tokens) or not _CANTONAL.match(tokens[i].text):
        return None
    noun = _nominative_noun(tokens[i + 1].text, tokens[i - 1].lower_ if i else "")
    if not (noun[:1].isupper() and noun.isalpha() and _names_body(noun, gaz.cantonal_offices)):
        return None
    gender = gender_of(noun, gaz.genders)
    if gender is None:
        return None
    adjective = "kantonal" + _STRONG_ENDINGS[gender]
    if tokens[i].text[:1].isupper() and not tokens[i].is_sent_start:
        adjective = adjective.capitalize()  # "das Kantonale Laboratorium": its own name
    last = i + 1
    if last + 1 < len(tokens) and _region_named(tokens[last + 1].text, gaz):
        last += 1  # "Kantonales Laboratorium Thurgau"
    return " ".join([adjective, noun, *(t.text for t in tokens[i + 2:last + 1])]), last


_CANTONAL = re.compile(r"^[Kk]antonal(?:e|en|er|es|em)$")


def _chamber_regions_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int | None:
    """A chamber and the regions it serves, after "für", are one name ("Ärztekammer für
    Oberösterreich", "Handwerkskammer für München und Oberbayern", "Industrie- und Handelskammer für
    Oberfranken Bayreuth"): the index of the last region's word, or None."""
    word = tokens[i].lower_
    if not word.endswith("kammer") or word == "kammer" or i + 2 >= len(tokens) or tokens[i + 1].text != "für":
        return None  # (a court's "Kammer für Handelssachen" is a panel, no chamber of a trade)
    last = None
    j = i + 2
    while j < len(tokens) and _place_name(tokens[j], gaz):
        if j + 1 < len(tokens) and _place_name(tokens[j + 1], gaz):
            j += 1  # "Oberfranken Bayreuth": a region and its seat
        last = j
        if j + 2 < len(tokens) and tokens[j + 1].text in (",", "und") and _place_name(tokens[j + 2], gaz):
            j += 2
            continue
        break
    return last


def _named_by_genitive(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    """'Bund der Steuerzahler', 'des Dachverbands der Sozialversicherungsträger': an organisation
    noun, 'der'/'des'/'für' and a capitalised noun name an organisation (the head in its base form)."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower_ not in ("der", "des", "für"):
        return None
    head, noun = tokens[i].text, tokens[i + 2].text
    if head.lower().endswith(_CHAMBERS) and tokens[i + 1].lower_ == "des":
        return None  # "Senat des Bundesverfassungsgerichts", "7. Kammer des Verwaltungsgerichts": the court acts
    if head.lower().endswith(_ORGANS) and tokens[i + 1].lower_ in ("der", "des"):
        return None  # "Der Aufsichtsrat der Landesnahverkehrsgesellschaft Niedersachsen": the company acts
    body = _names_body(head, gaz.bodies)  # "Haushaltsausschuss des Bundestags": a body of a listed one
    link = tokens[i + 1].lower_
    if link == "der" and _council_word(head, gaz) and _body_nominative(tokens[i + 2].text, gaz):
        return None  # "muss der Gemeinderat der Gemeindeversammlung vorlegen": a council and, in the dative, another
    if link in ("der", "des") and head.lower().endswith(("gruppe", "gruppen", "freunde", "freunden")):
        return None  # "die Arbeitsgruppe der Sozialpartner", "die Traktorfreunde der Region": whose, no name
    if link == "der" and _council_word(head, gaz) and noun in ("Liste", "Partei", "Fraktion"):
        return None  # "Markus Haselwanter, Gemeinderat der Liste „Velsbach Miteinander“": a member's seat, no body
    if link == "der" and head == "Verein" and (_body_nominative(noun, gaz) or noun.lower().endswith(gaz.institutions)):
        return None  # "muss der Verein der Bezirkshauptmannschaft ein Konzept vorlegen": no club of an authority
    if link == "für" and _names_body(head, gaz.legislatures) and not _court(head, gaz):
        return None  # "sich im Ständerat für Korrekturen einsetzen": a parliament takes no field after "für"
    if ((link, noun) == ("des", "Innern") and head.lower().endswith(("ministerium", "ministeriums"))) or (
            (link, noun) in _GENITIVE_DEPARTMENTS and head in ("Ministerium", "Ministeriums")):
        return _ministry_of_genitive(tokens, i)
    if not (_organisation_head(head, gaz) or head in ("Bund", "Bundes", "Beirat", "Beirats") or body
            # "Zentrum für …", not "im Zentrum der Stadt"; "Kommission für Provenienzforschung", "Rat für …"
            or (link == "für" and head in ("Zentrum", "Zentrums", "Kommission", "Rat", "Rats", "Ausschuss",
                                           "Ausschusses"))
            or (link == "für" and _court(head, gaz))):  # "Landesgericht für Zivilrechtssachen Graz"
        return None
    # "Zentrum für Islamische Theologie", "Verband der Privaten Krankenversicherung": after the link
    # an adjective and its noun
    # ("Verband der Mostviertler Edelbrenner": a place's adjective the tagger reads as a noun, but not
    # before a government: "Amt der Tiroler Landesregierung" is read before, by _government_office_end)
    # ("Rat für deutsche Rechtschreibung": after "für" the adjective in small letters)
    # ("Verband der österreichischen Tabakwirtschaft": after "der" a region's or nation's adjective)
    adjective = ((noun[:1].isupper() or (link == "für" and noun.isalpha() and noun.islower()
                                         and noun not in _QUANTIFIERS and head not in ("Bund", "Bundes"))
                  or (link != "für" and noun.islower() and _NATIONAL_ADJECTIVE.search(noun) is not None
                      # not "Gemeinderat der obersteirischen Stadtgemeinde": the town described, nor
                      # "Betreiber des österreichischen Einwegpfandsystems": who runs a thing
                      and not head.endswith("er")
                      and i + 3 < len(tokens) and not tokens[i + 3].lower_.endswith(_DESCRIBED_PLACES)))
                 and i + 3 < len(tokens) and tokens[i + 3].text[:1].isupper()
                 and morph.tag(tokens[i + 3].text) == "NN"
                 and (morph.tag(noun) == "ADJ(A)"
                      # "Petitionsausschuss des Deutschen Bundestages": the tagger reads "Deutschen" as a noun
                      or (body and morph.tag(noun) == "NNA" and (tokens[i + 3].text,) in gaz.phrases)
                      or (link == "der" and _town_adjective(noun) and _place_adjective_read_as_noun(noun, gaz)
                          and not tokens[i + 3].lower_.endswith("regierung"))))
    if link == "der" and _court(head, gaz) and not adjective:
        return None  # "am Amtsgericht der Versteigerungstermin": a nominative after the court, no genitive
    if adjective:
        noun = tokens[i + 3].text
    listed = gaz.phrases.get((noun,))
    if (not noun[:1].isupper() or not noun.replace("-", "").isalpha() or noun.endswith("-")  # "der Bau- und …"
            or noun in _STOP or noun in _GENERIC_ATTRIBUTES or _common_place_noun(tokens, i + 2, noun)
            or role_base(noun, gaz) or (listed and not (body and listed.kind == "organisation"))
            or noun in gaz.first_names or morph.tag(noun) not in ("NN", "NE", *(("NNA",) if link == "für" else ()))):
        return None  # (after "für" a field: "Landesamt für Soziales, Jugend und Familie")
    if adjective:
        after = tokens[i + 4] if i + 4 < len(tokens) else None
        if after is not None and (after.text == "(" or (after.lower_ in ("in", "zu", "von") and i + 5 < len(tokens)
                                                        and tokens[i + 5].text[:1].isupper())):
            return None  # "Synode der Evangelischen Kirche in Deutschland (EKD)": a longer name, left to other rules
        noun = f"{tokens[i + 2].text} {noun}"
    elif (link == "der" and noun.endswith("innen") and i + 4 < len(tokens) and tokens[i + 3].lower_ == "und"
          and tokens[i + 4].text.startswith(noun[:-len("innen")])):
        noun = f"{noun} und {tokens[i + 4].text}"  # "Fachverband der Standesbeamtinnen und Standesbeamten"
    elif link == "der" and not adjective and _joined_members(tokens, i + 3, gaz):
        noun = f"{noun} und {tokens[i + 4].text}"  # "Verband der Gärtnereien und Baumschulen Niederösterreich"
    elif link == "der" and not adjective and (listed_end := _listed_members_end(tokens, i + 3, gaz)) > i + 3:
        # "Landesinnung der Dachdecker, Glaser und Spengler"
        noun = "".join(t.text_with_ws for t in tokens[i + 2:listed_end]).rstrip()
    elif (link == "für" and i + 4 < len(tokens) and tokens[i + 3].lower_ == "und" and tokens[i + 4].text[:1].isupper()
          and morph.tag(tokens[i + 4].text) in ("NN", "NNA") and tokens[i + 4].text not in _STOP):
        noun = f"{noun} und {tokens[i + 4].text}"  # "Bundesministerium für Bildung und Forschung", "… und Soziales"
    elif link == "für" and i + 3 < len(tokens) and tokens[i + 3].text == ",":
        # "Ausschuss für Wahlprüfung, Immunität und Geschäftsordnung"
        end = _listed_nouns_end(tokens, i + 2)
        if end > i + 3 and tokens[end - 1].text[:1].isupper():
            noun = "".join(t.text_with_ws for t in tokens[i + 2:end]).rstrip()
    region = ""
    nxt = i + 2 + len(noun.split()) + noun.count(",")  # a comma of a list is a token of its own
    if (link == "für" and nxt + 1 < len(tokens) and tokens[nxt].lower_ == "im" and tokens[nxt + 1].text[:1].isupper()
            and tokens[nxt + 1].text.isalpha() and morph.tag(tokens[nxt + 1].text) == "NN"
            and (tokens[nxt + 1].lower_.endswith("wesen") or (nxt + 2 < len(tokens) and tokens[nxt + 2].text == "("))):
        # "Bundesamt für Sicherheit im Gesundheitswesen": the sector it works in, or a name its short
        # form in brackets closes; not "… Kommission für Forschungssicherheit im Einzelfall entscheiden"
        noun += f" im {tokens[nxt + 1].text}"
        nxt += 2
    if (link == "der" and not adjective and noun.endswith("ung") and nxt + 1 < len(tokens)
            and tokens[nxt].lower_ in ("der", "des") and tokens[nxt + 1].text[:1].isupper()):
        return None  # "ob die Schulbehörde der Nutzung der Wiese zustimmt": an action and its object, in the dative
    chamber = _in_chamber(tokens, nxt, gaz)
    if chamber:  # "Landesinnung der Bestatter in der Wirtschaftskammer Steiermark": a chamber's trade group
        return f"{_head_lemma(head)} {tokens[i + 1].text} {noun} {chamber}"
    territory = _of_territory(tokens, nxt, gaz)
    if territory:  # "Amt für Umwelt des Kantons Zug"
        return f"{_head_lemma(head)} {tokens[i + 1].text} {noun} {territory}"
    served = _regions_served(tokens, nxt, gaz) if link == "der" and head.lower().endswith(_REGIONAL_HEADS) else None
    if served:  # "Landesverband der Tafeln in Niedersachsen und Bremen": the Länder it serves end its name
        return f"{_head_lemma(head)} {tokens[i + 1].text} {noun} {served}"
    # "Das Bundesamt für Landwirtschaft BLW": an unlisted short form after a field, unbracketed, ends the name
    short_form = (link == "für" and nxt < len(tokens) and _ACRONYM.match(tokens[nxt].text) is not None
                  and tokens[nxt].text not in gaz.not_acronyms and (tokens[nxt].text,) not in gaz.phrases)
    if nxt < len(tokens) and tokens[nxt].text[:1].isupper() and tokens[nxt].text not in _STOP and not short_form:
        after = gaz.phrases.get((tokens[nxt].text,))
        # a court's or an office's town ends its name ("Landesgericht für Zivilrechtssachen Graz", "Amt
        # für Ernährung, Landwirtschaft und Forsten Kempten")
        court_town = (_court(head, gaz) or (link == "für" and head.lower().endswith(("amt", "amts", "amtes")))
                      ) and _place_name(tokens[nxt], gaz)
        # "Regierungsrat des Kantons Schaffhausen": after "des Kantons" the word is the canton's name
        # named after its capital, which no list has as a state (not "die Partei des Kantons Zürich": the
        # party named before)
        territory_name = ((tokens[i + 1].lower_, noun) == ("des", "Kantons") and head not in gaz.organisation_heads
                          and tokens[nxt].text.replace("-", "").isalpha() and not morph.everyday_noun(tokens[nxt].text))
        # "Landesverband der Wanderschäfer Alb-Neckar": a region's proper name ends an association's name
        # (the members' noun in the plural genitive, not another organisation's: "Ortsverband des
        # Sozialverbands VdK", "Fraktion der Bürgerliste Ettenschwaig")
        region_name = (tokens[i + 1].lower_ == "der" and _organisation_head(head, gaz) and not adjective
                       and not _organisation_head(noun, gaz) and not noun.lower().endswith(gaz.institutions)
                       and not noun.endswith("liste")
                       and not (after and after.kind == "person") and not _given_name(tokens[nxt].text, gaz)
                       and _ACRONYM.match(tokens[nxt].text) is None
                       and (morph.tag(tokens[nxt].text) == "NE" or _proper_first_part(tokens[nxt].text)))
        if (not (after and after.kind == "state") and not court_town and not territory_name
                and not region_name) or (nxt + 1 < len(tokens) and tokens[nxt + 1].text[:1].isupper()):
            return None  # "des Verbands der Deutschen Industrie": a longer name, left to other rules
        region = f" {tokens[nxt].text}"  # "Bund der Steuerzahler NRW"
    return f"{_head_lemma(head)} {tokens[i + 1].text} {noun}{region}"


def _in_chamber(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    """'in der Wirtschaftskammer Steiermark', 'der Wirtschaftskammer Oberösterreich' at i: the
    chamber of a region a trade's group belongs to, part of the group's name."""
    j = i + 1 if i < len(tokens) and tokens[i].lower_ == "in" else i
    if j + 2 >= len(tokens) or tokens[j].lower_ != "der":
        return None
    chamber, region = tokens[j + 1].text, tokens[j + 2].text
    if not (chamber[:1].isupper() and chamber.isalpha() and chamber.endswith("kammer")) or not _region_named(region, gaz):
        return None
    return " ".join(t.text for t in tokens[i:j + 3])


# Departments a Land's ministry names in the genitive ("Ministerium der Finanzen"; "des Innern" after
# any ministry: "Staatsministerium des Innern")
_GENITIVE_DEPARTMENTS = frozenset({("der", "Finanzen"), ("der", "Justiz")})


def _ministry_of_genitive(tokens: list[Token], i: int) -> str:
    """'Ministerium des Innern und für Kommunales', 'Ministerium des Innern, für Sicherheit und
    Heimatschutz', 'Hessisches Ministerium der Finanzen': the ministry with the fields a Land adds to it."""
    end = _listed_nouns_end(tokens, i + 2)
    return f"{_head_lemma(tokens[i].text)} {tokens[i + 1].lower_} " + "".join(
        t.text_with_ws for t in tokens[i + 2:end]).rstrip()


def _head_lemma(head: str) -> str:
    lemma = morph.analyze(head)[0]
    if lemma and "ß" in lemma and head.startswith(lemma.replace("ß", "ss")):
        lemma = lemma.replace("ß", "ss")  # "Ausschusses": the tagger's lemma is in the old spelling, "Ausschuß"
    if lemma + "e" == head:  # "Primarschulbehörde": the tagger's lemma "…behörd" is no word
        return head  # (no case of a noun adds only an "e")
    return lemma if lemma and head.startswith(lemma) and lemma[:1].isupper() else head


# "des Kantons Zug", "der Stadt Leoben": the territory whose office or court a name is
_TERRITORY = frozenset({("des", "Kantons"), ("des", "Landes"), ("des", "Landkreises"), ("des", "Kreises"),
                        ("des", "Bezirks"), ("der", "Stadt"), ("der", "Gemeinde")})


def _regions_served(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    """'in Niedersachsen und Bremen', 'von Nordrhein-Westfalen' at i: one or two listed regions after
    "in" or "von" that end an association's name, or None."""
    if i + 1 >= len(tokens) or tokens[i].lower_ not in ("in", "von") or not _region_named(tokens[i + 1].text, gaz):
        return None
    last = i + 1
    if last + 2 < len(tokens) and tokens[last + 1].text == "und" and _region_named(tokens[last + 2].text, gaz):
        last += 2
    if last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper() and tokens[last + 1].is_alpha:
        return None  # "in Bayern Landesvorsitzender …": the phrase goes on
    return " ".join(t.text for t in tokens[i:last + 1])


def _of_territory(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    if i + 2 >= len(tokens) or (tokens[i].text, tokens[i + 1].text) not in _TERRITORY:
        return None
    if _prefixed_town(tokens, i + 2, gaz):
        return " ".join(t.text for t in tokens[i:i + 4])  # "des Kantons St. Gallen", "der Stadt Bad Ischl"
    if _place_name(tokens[i + 2], gaz):
        return " ".join(t.text for t in tokens[i:i + 3])
    return None


def _eu_council(tokens: list[Token], i: int) -> bool:
    """In a report on the EU's institutions the bare 'Rat' ('zwischen Parlament, Rat und
    Kommission', 'vom Rat förmlich bestätigt') and its presidency ('die dänische
    Ratspräsidentschaft') are the Council of the EU; elsewhere 'der Rat' is a town's council."""
    word = tokens[i].text
    if word in _MEMBER_STATES:
        # "Unterhändler des Europäischen Parlaments und der Mitgliedstaaten": the Council's side
        window = [t.text for t in tokens[max(0, i - 6):i + 7]]
        return "und" in window and any("Parlament" in w for w in window) and (
            _EU_INSTITUTIONS.search(tokens[0].doc.text) is not None)
    if word not in ("Rat", "Rats", "Ratspräsidentschaft"):
        return False
    if word != "Ratspräsidentschaft" and i + 1 < len(tokens) and tokens[i + 1].lower_ in ("der", "des", "für", "von"):
        return False  # "der Rat der Stadt", "Rat für Nachhaltige Entwicklung"
    return _EU_INSTITUTIONS.search(tokens[0].doc.text) is not None


_MEMBER_STATES = frozenset({"Mitgliedstaaten", "Mitgliedsstaaten", "EU-Staaten", "EU-Mitgliedstaaten"})


def _eu_commission(tokens: list[Token], i: int) -> bool:
    """'die Kommission' in a report on the EU that names no other commission: the European
    Commission ('Trilog-Verhandlungen mit Parlament und Kommission')."""
    if (tokens[i].text != "Kommission" or i == 0 or tokens[i - 1].lower_ not in ("die", "der", "und")
            or (i + 1 < len(tokens) and tokens[i + 1].lower_ in ("für", "der", "des", "zur"))):
        return False  # not "eine gemeinsame Kommission", "die Kommission für …"
    text = tokens[0].doc.text
    return ((_EU_INSTITUTIONS.search(text) is not None or _EU_NAMED.search(text) is not None)
            and _OTHER_COMMISSION.search(text) is None)


_EU_NAMED = re.compile(r"\b(?:EU|Europäischen? Union)\b")
# a commission other than the EU's: "Wehrdienstkommission", "Kommission für Forschungssicherheit"
_OTHER_COMMISSION = re.compile(r"\b(?!EU-Kommission\b)[^\W\d_][\w-]*(?:kommission|-Kommission)\b"
                               r"|\bKommission (?:für|des|der|zur)\b")
_EU_INSTITUTIONS = re.compile(r"\b(?:Europaparlament|EU-Parlament|Europäischen? Parlament|EU-Kommission|Trilog"
                              r"|Ratspräsidentschaft)")


def _court_of_territory(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """'das Handelsgericht des Kantons Bern', 'die Steuerverwaltung des Kantons Zug': an institution
    (`institutions`) or an office (`territorial_offices`) of a canton, Land or town named with it.
    The index after the name, or 0."""
    word = tokens[i].text
    if not (word[:1].isupper() and word.replace("-", "").isalpha()
            and word.lower().endswith(gaz.institutions + gaz.territorial_offices)):
        return 0
    territory = _of_territory(tokens, i + 1, gaz)
    return i + 1 + len(territory.split()) if territory else 0


def _plain_noun(word: str, gaz: Gazetteer) -> bool:
    """A capitalised common noun in its base form ('Stahl', 'Cockpit'), not a title."""
    if not word[:1].isupper() or not word.isalpha() or word in _STOP or role_base(word, gaz):
        return False
    lemma, tag = morph.analyze(word)
    return tag == "NN" and lemma == word


def _organisation_head(word: str, gaz: Gazetteer) -> bool:
    """'Gewerkschaft', also at the end of a compound ('Klimaschutznetzwerk', 'Umweltverband') and
    in the genitive ('des Staatenbundes')."""
    return _is_organisation_head(word, gaz.organisation_heads)


@lru_cache(maxsize=100_000)
def _is_organisation_head(word: str, heads: frozenset[str]) -> bool:
    if word in heads:
        return True
    heads = _compound_heads(heads)  # a short form ("IG") is a head as a word of its own only, no "zwanzig"
    lowered = word.lower()
    if lowered.endswith("nisses") and any(_ends_in_head(lowered[:-3], h) for h in heads):
        return True  # "des Bündnisses"
    # a head in small letters ends compounds only: "des Fasnachtsvereins Pfaffenried", not "des Vereins"
    if lowered.endswith("es") and any(_ends_in_head(lowered[:-2], h)
                                      and (h[:1].isupper() or len(lowered) > len(h) + 4) for h in heads):
        return True
    if lowered.endswith("s") and any(_ends_in_head(lowered[:-1], h) and not h.lower().endswith(("e", "s", "ft", "ung"))
                                     and (h[:1].isupper() or len(lowered) > len(h) + 3) for h in heads):
        return True  # "des Herstellers Nexperia", "des Versorgers", "des Technischen Hilfswerks"
    return word[:1].isupper() and any(
        _ends_in_head(lowered, head) and len(lowered) > len(head) + 1
        and lowered[:-len(head)] not in _VERB_PREFIXES for head in heads)  # "Verdienst" is no "Dienst"


def _ends_in_head(lowered: str, head: str) -> bool:
    """A word (in small letters) ending in an organisation's head; "Tarifverbund" ends in no "-bund"."""
    return lowered.endswith(head.lower()) and not lowered.endswith("ver" + head.lower())


@lru_cache(maxsize=4)
def _compound_heads(heads: frozenset[str]) -> frozenset[str]:
    return frozenset(head for head in heads if not head.isupper())


def _council_word(word: str, gaz: Gazetteer) -> bool:
    """'Stadtrat', 'Kreistag': a council of a town or district (`local_bodies`, `district_bodies`)."""
    return word in gaz.local_bodies or word in gaz.district_bodies


def _council_of_named_town(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'Der Stadtrat Aarwil hat entschieden' in a report that writes 'in Aarwil', 'der Stadtrat
    Zürich': a council and its town, though a 'Stadtrat Müller' is a councillor."""
    if not _council_word(tokens[i].text, gaz) or i + 1 >= len(tokens) or tokens[i + 1].text in gaz.first_names:
        return False
    if i + 2 < len(tokens) and tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_alpha:
        return False
    return _town_at(tokens, i + 1, gaz)


def _owner_named(tokens: list[Token], j: int, institution: str, gaz: Gazetteer) -> bool:
    """'des Sägewerks Rehbein' in a report that names 'Tobias Rehbein': a person's surname after a
    business's noun names the business (after a council's noun, 'Stadtrat Huber', a councillor)."""
    word = tokens[j].text
    if (not word[:1].isupper() or not word.isalpha() or word in _STOP or word in gaz.first_names
            or role_base(institution, gaz) or _council_word(institution, gaz)):
        return False
    return any(named.group(1) in gaz.first_names
               for named in re.finditer(rf"\b([A-ZÄÖÜ][a-zäöüß]+) {word}\b", tokens[j].doc.text))


def _town_at(tokens: list[Token], j: int, gaz: Gazetteer) -> bool:
    """A town or state the gazetteer knows at j, or a word the report names as a town elsewhere."""
    entry = gaz.phrases.get((tokens[j].text,))
    return (entry is not None and (entry.is_place or entry.kind == "state")) or _named_as_town(tokens, j)


def _own_name_and_town_end(tokens: list[Token], last: int, gaz: Gazetteer) -> int:
    """Last word of a body's own name of up to three words that ends in its town ("Kulturverein
    Džemat Feldhofen", "Hindu-Kulturverein Sri Murugan Thurgau"), or `last` where the word there is
    the town itself or no town ends the name."""
    if _town_at(tokens, last, gaz):
        return last
    for j in range(last + 1, min(last + 3, len(tokens))):
        if not _place_name(tokens[j], gaz):
            break
        if _town_at(tokens, j, gaz):
            return j
    return last


# "die Gemeindeversammlung von Dachsenbühl", "der Gemeinderat von Oberwilen BE": a council of a town
_COUNCILS_OF = r"(?:Gemeindeversammlung|Gemeinderat|Stadtrat|Einwohnerrat|Gemeindevertretung)\s+von"
_CANTON_ALTERNATIVES = "|".join(sorted(_CANTON_CODES))


def _named_as_town(tokens: list[Token], j: int) -> bool:
    """Whether the report names the word at j as a town elsewhere: 'in Hohenwerder', 'die Stadt
    Hohenwerder', 'der Gemeinderat von Hohenwerder' (also before a canton's letters), or a dateline
    'Hohenwerder (dpa) -', or a local paper's 'Hohenwerder. Am Dienstag …' (not at j itself: "die
    Stadt Verkehrszählungen" names no town)."""
    token = tokens[j]
    word = re.escape(token.text)
    return any(match.start(match.lastgroup) != token.idx for match in re.finditer(
        rf"\b(?:[Ii]n|[Aa]us|[Nn]ach|{'|'.join(_MUNICIPALITIES)}|{_COUNCILS_OF})\s+(?P<after>{word})\b"
        rf"(?!\s+(?!(?:{_CANTON_ALTERNATIVES})\b)[A-ZÄÖÜ])"
        rf"|^\s*(?P<dateline>{word})(?:\s*\([^)]{{1,20}}\))?\s+[-–—]\s|^(?P<place>{word})\.\s+[A-ZÄÖÜ]",
        token.doc.text, re.M))


def _municipality_of(town: Token) -> str:
    """'Gemeinde Zälgwil', or 'Stadt Kassel' where the report names it so."""
    named = re.search(rf"\b({'|'.join(_MUNICIPALITIES)})\s+{re.escape(town.text)}\b", town.doc.text)
    return f"{named.group(1) if named else 'Gemeinde'} {town.text}"


def _compound_head_only(word: str, gaz: Gazetteer) -> bool:
    """'Krampusverein', 'des Fasnachtsvereins': a head only as a compound's end (an entry in small
    letters), which is then part of the name."""
    whole, ends = _split_heads(gaz.organisation_heads)
    return (bool(ends) and _is_organisation_head(word, ends)
            and not _is_organisation_head(word, _whole_only(whole, ends)))


@lru_cache(maxsize=4)
def _whole_only(whole: frozenset[str], ends: frozenset[str]) -> frozenset[str]:
    """The whole-word heads not also listed as a compound's end: "Verein" names a club with the word
    after it ("der Verein Mirzachauen"), yet "Krampusverein" stays a compound's end ("verein")."""
    return frozenset(head for head in whole if head.lower() not in ends)


@lru_cache(maxsize=4)
def _split_heads(heads: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The heads that are whole words, and those in small letters that only end compounds."""
    ends = frozenset(head for head in heads if head[:1].islower())
    return heads - ends, ends


# prefixes that make a word of their own rather than a compound on an organisation noun
_VERB_PREFIXES = frozenset({"ver", "be", "ge", "er", "zer", "ent", "emp", "miss"})


# a landscape's or a quarter's name ("Leinebergland", "Traunviertel", "Odertal", "Südsteiermark")
_LANDSCAPE_NAME = re.compile(r"(?:Nord|Süd|Ost|West|Nordwest|Nordost|Südwest|Südost|Ober|Unter|Nieder|Mittel|Inner"
                             r"|Zentral)(?:steiermark|kärnten|tirol|franken|schwaben|schweiz|sachsen|hessen|bayern"
                             r"|westfalen)"
                             r"|[A-ZÄÖÜ][a-zäöüß]{2,}(?:land|tal|viertel|gau)")


# the endings of German, Austrian and Swiss place names: "der Unterhaltungsverband Südermoor", "die
# Musikgesellschaft Hinterberg" name the association of a place (not "der Industrieverband Swissmem")
_TOWN_SHAPED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:tal|berg|bach|au|aue|moor|matt|ikon|wil|wyl|dorf|hausen|heim|ingen"
                          r"|feld|felde|stadt|stetten|burg|brück|brücken|ried|reuth|rode|hagen|kirchen|hofen|see"
                          r"|gäu|wald|walde|stein|egg|öd|weiler|leben|furt|horst|marsch|werder|wiesen|wang|zell)")


_PLACE_ENDINGS = ("ei", "streifen", "streifens", "land", "lands", "gebiet", "gebiets", "region", "küste",
                  "halbinsel", "ufer", "tal", "tals")


# a word with a capital inside, each part a word of its own ("TruckCharge", "MeteoSchweiz",
# "GlobalFoundries"): German writes no noun so, a brand does; not "BauGB", "KfW" or "McAllister"
_BRAND_WORD = re.compile(r"^(?!Ma?c[A-Z])[A-ZÄÖÜ][a-zäöüß]{2,}(?:[A-ZÄÖÜ][a-zäöüß]{2,})+$")
# words before a brand word that make it a place or a tool: "im SportCentrum", "ohne GeoGebra"
_SCENE_WORDS = frozenset("in im ins am ohne".split())


def _brand_name_end(tokens: list[Token], i: int, gaz: Gazetteer) -> int:
    """The end of an unlisted name opened by a brand word, with the proper nouns that follow it
    ("GeoSphere Austria", "NordAlp Data Holding"); 0 where the word is none, a person's, or names
    a product or a place by what stands before it."""
    word = tokens[i].text
    if not _BRAND_WORD.match(word) or word in gaz.first_words or (i > 0 and tokens[i - 1].text in gaz.first_names):
        return 0
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.lower_ in ("der", "dem") and i > 1:
        before = tokens[i - 2] if tokens[i - 2].lower_ in _SCENE_WORDS else before  # "in der HafenCity"
    if before is not None and (before.text in _OPENING_QUOTES or before.lower_ in _SCENE_WORDS or (
            before.text[:1].isupper() and morph.tag(before.text) == "NN" and not _organisation_head(before.text, gaz))):
        return 0  # "das Programm „ClaimScore“", "im SportCentrum Kaiserau", "Förderprogramm HatTrick": a thing, a place
    end = i + 1
    while (end < len(tokens) and end - i < 4 and tokens[end].text.isalpha() and tokens[end].text[:1].isupper()
           and tokens[end].text not in gaz.first_names and morph.tag(tokens[end].text) in ("NE", "FM")):
        end += 1
    return end


# how much likelier a word the tagger knows may be a name than a common noun and still be read as
# the noun after an article ("der Wolf": NE -10.2, NN -13.7); an unknown word's readings are guesses
_COMMON_MARGIN = 4.0


def _named_with_article(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A proper noun after a definite article names an organisation ('die Lufthansa', 'der
    Commerzbank'): German news gives people no article. Listed names, given names, roles and
    words the tagger does not read as proper nouns are left to the other rules."""
    if i == 0 or tokens[i - 1].lower_ not in ("die", "der", "den", "dem", "des"):
        return False
    if i >= 2 and tokens[i - 2].lower_ in _PARTICLES:
        return False  # "von der Leyen"
    if _by_the_water(tokens, i):
        return False
    word = tokens[i].text
    if word.lower().endswith(_PLACE_ENDINGS):
        return False  # "der Gazastreifen", "die Slowakei": places take an article too
    if not word[:1].isupper() or not word.isalpha() or word in _STOP or word in gaz.first_names:
        return False
    if word in gaz.first_words or role_base(word, gaz) or state_of_adjective(word, gaz) or _compound_of_known(word, gaz):
        return False
    following = tokens[i + 1].text if i + 1 < len(tokens) else "."
    # "der Zusammenschluss": a compound on a common noun the tagger did not know as a whole
    return (morph.tag(word) == "NE" and not following[:1].isupper() and not morph.unknown_compound(word)
            and not (morph.also_common_noun(word, _COMMON_MARGIN if not morph.is_unknown(word) else 1.0)
                     and not _ends_in_tail(word, gaz)))  # "die Halle": a hall; "der Wolf": the animal; "die Dekabank"


_WATERSIDE_PREPOSITIONS = frozenset("an in entlang".split())


def _by_the_water(tokens: list[Token], i: int) -> bool:
    """'an der Zaya', 'in der Murg', 'in der Elbe und der Warnow': a name after a feminine or
    masculine dative article of place is a river or a region, not an organisation."""
    j = i - 1
    while j >= 3 and tokens[j - 1].lower_ == "und" and tokens[j - 3].lower_ in ("der", "dem"):
        j -= 3  # back over "der Elbe und" to the first article
    return j >= 1 and tokens[j].lower_ in ("der", "dem") and tokens[j - 1].lower_ in _WATERSIDE_PREPOSITIONS


def _ends_in_tail(word: str, gaz: Gazetteer) -> bool:
    """'Dekabank', 'Stahlkonzern': a compound on a word that ends organisations' names."""
    lowered = word.lower()
    return any(lowered.endswith(tail.lower()) for tail in gaz.organisation_tails if len(tail) > 3)


def _opens_bracketed_name(tokens: list[Token], i: int) -> bool:
    """'Deutsches Institut für Wirtschaftsforschung (DIW)': an adjective and a noun that a link
    ('für', 'der', 'des') and a short form in brackets continue."""
    return (i + 4 < len(tokens) and tokens[i + 2].lower_ in ("für", "der", "des")
            and "(" in (t.text for t in tokens[i + 3:i + 6]))


# nouns a state adjective describes rather than names: companies, people or an economy of a country
_DESCRIBED_BY_ORIGIN = frozenset("Unternehmen Firmen Firma Bevölkerung Wirtschaft Vermittlung Behörde Behörden".split())


def _adjective_name(tokens: list[Token], i: int, gaz: Gazetteer) -> str | None:
    """'Deutsche Post', 'der Deutschen Bahn': a capitalised state adjective inside a sentence,
    followed by a capitalised noun, names an organisation (in the nominative form)."""
    word = tokens[i].text
    if i == 0 or tokens[i].is_sent_start or not word[:1].isupper() or i + 1 >= len(tokens):
        return None
    if tokens[i - 1].text in (".", ":", "„", '"', "(", "–", "-") or not state_of_adjective(word, gaz):
        return None
    noun = tokens[i + 1].text
    if not noun[:1].isupper() or not noun.isalpha() or noun in _STOP or role_base(noun, gaz):
        return None
    if (noun,) in gaz.phrases or morph.tag(noun) not in ("NN", "NE") or noun in gaz.first_names:
        return None  # "der Schweizer Daniel Meier": a person described
    if noun in _DESCRIBED_BY_ORIGIN:
        return None  # "Schweizer Unternehmen", "die Schweizer Bevölkerung": a group described, no body
    if morph.tag(noun) == "NN" and not any(noun.lower().removesuffix("s").removesuffix("e").endswith(ending)
                                           or noun.lower().endswith(ending) for ending, _ in gaz.genders):
        return None  # "Schweizer Investoren", "Schweizer Gewässer": a common noun names no body
    if i + 2 < len(tokens) and tokens[i + 2].text == "(":
        return None  # "Russischen Direktinvestitionsfonds (RDIF)": the acronym rule names it
    if _opens_bracketed_name(tokens, i):
        return None  # "Deutsches Institut für Wirtschaftsforschung (DIW)": a longer name, the acronym rule's
    if (listed := _match_known(tokens, i, gaz)) and len(listed[0].canonical.split()) > 1:
        return None  # a listed name ("Europäische Union")
    invariant = word.endswith("er") and (word[:-2],) in gaz.phrases  # "Schweizer", "Berliner": never inflected
    base = word if invariant else re.sub(r"(?:en|er|es|em)$", "e", word)
    if tokens[i - 1].lower_ == "des" and noun.endswith("s"):  # "des Deutschen Bauernverbands"
        lemma = morph.analyze(noun)[0]
        noun = lemma if lemma and noun.startswith(lemma) and lemma[:1].isupper() else noun
    third = tokens[i + 2] if i + 2 < len(tokens) else None
    field = _field_after(tokens, i + 1, gaz)
    if field:  # "der Österreichischen Gesellschaft für Immundefekte": what the society is for
        return f"{base} {noun}{field}"
    if (third is not None and _organisation_head(noun, gaz) and third.text[:1].isupper() and third.is_alpha
            and morph.tag(third.text) == "NN" and third.text not in _STOP and not role_base(third.text, gaz)
            and not (i + 3 < len(tokens) and tokens[i + 3].text[:1].isupper())):
        return f"{base} {noun} {third.text}"  # "der Deutschen Stiftung Denkmalschutz": what the foundation is for
    return f"{base} {noun}"


_DOMAIN = re.compile(r"\.(?:ch|de|at|com|org|net|eu|io)$")
_CODE_NAME = re.compile(r"^[A-ZÄÖÜ]{1,4}-?\d{1,3}$")  # "M23", "G7", "COP30"


def _org_name_like(token: Token, gaz: Gazetteer) -> bool:
    text = token.text
    if _CODE_NAME.match(text):
        return True
    if len(text) == 1 and text.isupper() and token.i > 0 and _organisation_head(token.doc[token.i - 1].text, gaz):
        return True  # "im Onlinedienst X"
    core = text[:-1] if text.endswith("+") else text  # "der Streamingdienst Courtside+"
    if _DOMAIN.search(core) and _DOMAIN.sub("", core).replace("-", "").isalnum():
        return text[:1].isupper()  # "die Behindertenorganisation Agile.ch": a web address names it
    return (text[:1].isupper() and core.replace("-", "").isalnum() and text not in _STOP
            and ((text,) not in gaz.phrases or gaz.phrases[(text,)].kind == "organisation")
            and (morph.tag(core) in ("NE", "FM", "XY") or morph.is_unknown(core) or _proper_first_part(core))
            or _ACRONYM.match(text) is not None)


def _foreign_name_goes_on(tokens: list[Token], j: int) -> bool:
    """'Der Verband Swiss Golf empfiehlt': after a word no lexicon knows, an English-spelled noun that
    ends the name before the clause goes on in small letters is the name's ('Swiss Golf')."""
    before = tokens[j - 1].text
    return (morph.is_unknown(before) and morph.tag(before) in ("NE", "FM") and tokens[j].text.isascii()
            and tokens[j].text.isalpha() and j + 1 < len(tokens) and tokens[j + 1].text[:1].islower())


def _proper_first_part(word: str) -> bool:
    """'Elbe-Chemie', 'Murtal-Guss': a proper noun joined to a common one, which the tagger reads by
    its last part as a common noun."""
    first, _, rest = word.partition("-")
    return bool(rest) and rest[:1].isupper() and len(first) > 2 and first[:1].isupper() and (
        morph.tag(first) in ("NE", "FM") or morph.is_unknown(first))


def _apposition_follows(tokens: list[Token], comma: int, gaz: Gazetteer) -> bool:
    """', Karoline Leavitt,' after 'die Pressesprecherin des Weißen Hauses'."""
    window = tokens[max(0, comma - 5):comma]
    if not any(role_base(t.text, gaz) for t in window):
        return False
    first, second = tokens[comma + 1], tokens[comma + 2]
    if _name_pair(tokens, comma + 1, gaz):
        return True
    return (_given_name(first.text, gaz) or morph.tag(first.text) in ("NE", "FM")) and (
        _name_like(second, gaz, False) or (second.text in _PARTICLES and comma + 3 < len(tokens)
                                           and tokens[comma + 3].text[:1].isupper()))  # "Mohammed bin Abdulaziz"


def _initialled_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'Dennis K.' at i: a listed given name and an initial with its full stop, no middle initial
    before a surname ('George W. Bush')."""
    if i + 1 >= len(tokens) or _INITIAL.match(tokens[i + 1].text) is None:
        return False
    return (_given_name(tokens[i].text, gaz) and tokens[i].text not in _MONTH_NAMES
            and (i + 2 >= len(tokens) or not _name_like(tokens[i + 2], gaz, first=False)))


_NOBLE_PARTICLES = frozenset({"von", "van", "de"})


def _noble_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'Konstantin von Hasselbeck', 'Gisela von der Aue': a listed given name, a family name's
    particle and a capitalised name no list knows as a place or an organisation, with no title
    before it."""
    if i + 2 >= len(tokens) or tokens[i + 1].text not in _NOBLE_PARTICLES:
        return False
    if not _given_name(tokens[i].text, gaz) or tokens[i].text in _MONTH_NAMES:
        return False
    k = i + 3 if tokens[i + 2].text in _ARTICLE_PARTICLES and tokens[i + 1].text == "von" else i + 2
    return (k < len(tokens) and tokens[k].text[:1].isupper() and gaz.phrases.get((tokens[k].text,)) is None
            and _name_like(tokens[k], gaz, first=False))


def _von_der_name(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """'von der Heyde' at token i: the particle, its article and a capitalised name no list knows
    ('von der Caritas' says where someone works)."""
    return (tokens[i].text == "von" and i + 2 < len(tokens) and tokens[i + 1].text in _ARTICLE_PARTICLES
            and tokens[i + 2].text[:1].isupper() and tokens[i + 2].is_alpha and gaz.phrases.get((tokens[i + 2].text,)) is None)


def _name_pair(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """Given name and surname where the tagger knows only the surname as a name ('Manne Lucha',
    'Abdulkader al-Murtada', 'Maya Schwiegershausen-Güth'): a capitalised word no list knows,
    then a proper noun. Used only where a title or an apposition already marks a person."""
    if i + 1 >= len(tokens):
        return False
    first, second = tokens[i].text, tokens[i + 1].text
    if (not first[:1].isupper() or not first.replace("-", "").isalpha() or _stop_word(first)
            or first in gaz.first_words or role_base(first, gaz) or state_of_adjective(first, gaz)
            or morph.tag(first) not in ("NN", "NE", "FM")
            # "Präsidentin Segelfluggruppe Sürenmoos": a long compound noun, or one on an organisation's
            # noun, is a group the title is of, no given name
            or _organisation_head(first, gaz) or (len(first) >= 13 and "-" not in first and morph.tag(first) == "NN")):
        return False
    if not second[:1].isupper() and not _PARTICLE_NAME.match(second):
        return False
    entry = gaz.phrases.get((second,))
    if second in _STOP or (entry and entry.kind != "person") or role_base(second, gaz):
        return False
    if morph.tag(second) in ("NE", "FM") or _PARTICLE_NAME.match(second) or _FOREIGN_LETTERS.search(second):
        return True
    # "Detlev Zander": a surname that is also a common noun, after a word read as a given name;
    # "Klaudia Tanner": after a given name the lexicon does not know at all
    return ((morph.tag(first) in ("NE", "FM") or _given_name(first, gaz) or morph.is_unknown(first))
            and morph.tag(second) == "NN")


def _introduced_by_apposition(tokens: list[Token], i: int, gaz: Gazetteer) -> bool:
    """A title in apposition (', Sprecher der …') or a party label ('(SPD)') right after a name."""
    if i + 1 >= len(tokens):
        return False
    if tokens[i].text == ",":
        return role_base(tokens[i + 1].text, gaz) is not None and tokens[i + 1].text not in gaz.relational
    if tokens[i].text == "(" and i + 2 < len(tokens) and tokens[i + 2].text == ")":
        label = tokens[i + 1].text
        entry = gaz.phrases.get((label,))
        return ((_ACRONYM.match(label) is not None and label not in gaz.not_acronyms)
                or bool(entry and entry.kind == "organisation"))
    return False


_OBLIQUE_DETERMINERS = frozenset("der dem des den am im vom zum zur beim".split())


def _plain(word: str) -> str:
    """A word lowercased without umlauts, as short forms spell its letters ("VöV", "VPOD")."""
    return word.lower().translate(_PLAIN_LETTERS)


_PLAIN_LETTERS = str.maketrans("äöü", "aou")


# nouns of standing bodies whose names govern their members in the genitive: "Konferenz der
# kantonalen Finanzdirektorinnen und Finanzdirektoren (FDK)" is named from its first word
_STANDING_CONFERENCES = frozenset({"Konferenz"})


def _long_form(tokens: list[Token], i: int, gaz: Gazetteer | None = None) -> str | None:
    """'Russischen Direktinvestitionsfonds (RDIF)' for an acronym in parentheses, with the word
    that may qualify it there ("(VdW südwest)", "(HEV Basel-Stadt)")."""
    if i < 2 or tokens[i - 1].text != "(" or i + 1 >= len(tokens):
        return None
    qualifier = _short_form_qualifier(tokens, i)
    if tokens[i + 1].text != ")" and qualifier is None:
        return None
    words: list[str] = []
    j = i - 2
    quoted = tokens[j].text in _CLOSING_QUOTES and j > 0  # "des „Fraunhofer-Instituts für … Robotik“ (IAR)"
    j -= quoted
    proper = False
    while j >= 0 and len(words) < 9 and not (
        # "der Marineausrüster Weser Defence Systems (WDS)": a common noun before a proper name
        # describes it ("Sozialwirtschaft Österreich (SWÖ)" is no description), unless it is a short
        # word between proper names ("Rapid Support Forces (RSF)")
        proper and morph.tag(tokens[j].text) in ("NN", "ADJ(A)")
        and (morph.tag(tokens[j].text) == "ADJ(A)" or gaz is None
             or (_organisation_head(tokens[j].text, gaz) and not tokens[j].lower_.endswith(_REGIONAL_HEADS)
                 and tokens[j].text not in _NAME_PART_HEADS)  # "die Sektion Surses des … (BKPJV)"
             or role_base(tokens[j].text, gaz) is not None)
        and not (j > 0 and tokens[j - 1].text[:1].isupper() and morph.tag(tokens[j - 1].text) in ("NE", "FM")
                 and len(tokens[j].text) <= 10 and tokens[j].text.isascii())
    ) and (
        (tokens[j].text[:1].isupper() and tokens[j].text not in _STOP)
        or (tokens[j].lower_ in _NAME_LINKS and words and j > 0 and tokens[j - 1].text[:1].isupper()
            and tokens[j - 1].text not in _STOP and not (gaz and role_base(tokens[j - 1].text, gaz)))
        # "Departement für auswärtige Angelegenheiten (EDA)": an adjective after a link
        or (words and j > 0 and tokens[j].text[:1].islower() and morph.tag(tokens[j].text) == "ADJ(A)"
            and (tokens[j - 1].lower_ in _NAME_LINKS
                 # "Verband kommunaler Unternehmen (VKU)": an adjective the short form spells
                 or (tokens[j - 1].text[:1].isupper() and tokens[j - 1].text not in _STOP
                     and _plain(tokens[j].text)[:1] in _plain(tokens[i].text))))
        # "Departement für Verteidigung, Bevölkerungsschutz und Sport (VBS)": a list in the name
        # (the comma starts the list: not "Chantal Bonvin, Vorsteherin des Departements für … und …")
        or (tokens[j].text == "," and words and "und" in words and j > 0 and tokens[j - 1].text[:1].isupper()
            and not _NAME_LINKS.intersection(w.lower() for w in words[:words.index("und")]))
    ):
        words.insert(0, tokens[j].text)  # "Bundesverband der Systemgastronomie (BdS)"
        if tokens[j].lower_ in _NAME_LINKS:
            proper = False  # "Kirche in Deutschland (EKD)": the head noun before a link belongs to the name
        else:
            proper = proper or morph.tag(tokens[j].text) in ("NE", "FM")
        j -= 1
    if not words:
        return None
    if (j >= 0 and words[0][:1] != tokens[i].text[:1] and tokens[j].text[:1] == tokens[i].text[:1]
            and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() and tokens[j].text not in _STOP):
        # "dem Management Center Innsbruck (MCI)": the short form's first letter takes back the word
        # read as a describing noun
        words.insert(0, tokens[j].text)
        j -= 1
    elif j >= 1 and words[0][:1] != tokens[i].text[:1]:
        taken = _spelling_words_before(tokens, j, words, tokens[i].text)
        words[:0] = [t.text for t in tokens[j - taken + 1:j + 1]]
        j -= taken
    if (j >= 1 and words[0].lower().endswith(_REGIONAL_HEADS) and tokens[j].text[:1].isupper()
            and morph.tag(tokens[j].text) == "ADJ(A)" and tokens[j - 1].text[:1].islower()):
        words.insert(0, tokens[j].text)  # "die Kassenärztliche Vereinigung Hessen (KVH)": the adjective too
        j -= 1
    if quoted and (j < 0 or tokens[j].text not in _OPENING_QUOTES):
        return None  # a quotation, not a name in quotes
    first = j + 1  # the token of the name's first word
    acronym = tokens[i].text
    if len(words) > 2 and (words[0].lower() in _ORGANS or (gaz and role_base(words[0], gaz))) and words[1] in ("der", "des"):
        # "Aufsichtsrat der Landesnahverkehrsgesellschaft Niedersachsen (LNVG)": the company's organ;
        # "Vorsteherin des Departements für Volkswirtschaft und Bildung (DVB)": the head's title
        words, first = words[2:], first + 2
    # "Gasimporteur Securing Energy for Europe (SEFE)": the name starts at its letter (but "Gewerkschaft
    # Nahrung-Genuss-Gaststätten (NGG)" and "Kommission für soziale Sicherheit und Gesundheit (SGK-S)"
    # are the names of a union and a body)
    if words[0][:1] != acronym[:1] and words[0] not in _STANDING_CONFERENCES and (gaz is None or (
            words[0] not in gaz.organisation_heads
            and not words[0].lower().endswith(tuple(body.lower() for body in gaz.bodies)))):
        # not "Synode der Evangelischen …"; but "Vergabe der Bundesgartenschau (BUGA)": one word spells it
        # and "Angaben des Deutschen Sparkassen- und Giroverbands (DSGV)": a noun that governs the
        # name in the genitive is none of it
        start = next((k for k in range(1, len(words)) if words[k][:1] == acronym[:1]
                      and (words[k - 1].lower() not in _NAME_LINKS
                           or (k == len(words) - 1 and _spells(words[k], acronym))
                           # "Die Delegierten des Schachverbands Innviertel-Hausruck (SVIH)" too, and "Beamtinnen
                           # und Beamte der Finanzkontrolle Schwarzarbeit (FKS)"
                           or (k >= 2 and words[k - 1] in ("des", "der") and gaz is not None
                               and all(w == "und" or (morph.tag(w) in ("NN", "NNA") and not _organisation_head(w, gaz)
                                                      and not w.lower().endswith(("regierung", "verwaltung")))
                                       for w in words[:k - 1])))), 0)
        if start == 1 and morph.tag(words[0]) == "ADJ(A)":
            start = 0  # "Bayerische Landesamt für Statistik (LfStat)": the adjective is the name's
        words, first = words[start:], first + start
    if (gaz is not None and words[-1].lower().endswith(gaz.institutions) and i + 2 < len(tokens)
            and _place_name(tokens[i + 2], gaz)):
        words.append(tokens[i + 2].text)  # "Oberlandesgericht (OLG) Braunschweig": the court of that town
    before_at = first - 1 - quoted
    before = tokens[before_at].lower_ if before_at >= 0 else ""
    nominative = _nominative_noun(words[0], before)  # "des Bundesamtes für Verkehr (BAV)": the name in the nominative
    if nominative != words[0]:
        words[0] = nominative
    elif gaz is not None and (before in _OBLIQUE_DETERMINERS or (before == "die" and _plural_after_adjectives(words))):
        # "in der Sicherheitspolitischen Kommission … (SiK-N)", "am Internationalen Schiedsgericht …
        # (VIAC)", "des Sächsischen Lehrerverbands (SLV)", "vom Schweizerischen Israelitischen
        # Gemeindebund (SIG)": the adjectives in the form after an article, which standalone_form
        # completes, and the noun without a genitive ending
        k = _adjectives_end(words)
        # "des Hessischen Städte- und Gemeindebundes (HSGB)": the noun after a truncated compound's "und"
        noun = k + 2 if (words[k].endswith("-") and k + 2 < len(words) and words[k + 1] in ("und", "oder")) else k
        if k and morph.tag(words[noun].rpartition("-")[2]) == "NN":  # "Motorveteranen-Clubs": its last part
            words[:noun + 1] = [*map(_weak_adjective, words[:k]), *words[k:noun], _nominative_noun(words[noun], before)]
        elif not k and len(words) >= 2 and words[0].endswith("er") and words[0][:1].isupper():
            # "des Zentralschweizer Blasmusikverbands (ZBV)": a place's adjective keeps its form, the noun
            # after it loses the genitive's ending
            words[1] = _nominative_noun(words[1], before)
    if qualifier is not None and not (qualifier[:1].islower() or qualifier == words[-1]):
        return None  # "(ABC Holding)": no qualifier the long form explains
    if len(words) == 1 and first > 0 and _tail_of_title(tokens[first - 1].text, words[0], acronym):
        # "Gruppe für eine Schweiz ohne Armee (GSoA)": the last word of a longer name is no name
        return acronym
    short = f"{tokens[i].text} {qualifier}" if qualifier else tokens[i].text
    return f"{' '.join(words).replace(' , ', ', ')} ({short})"


def _adjectives_end(words: list[str]) -> int:
    """The index after the inflected adjectives a name's words open with ('Deutschen', 'Steirischen')."""
    k = 0
    while k < len(words) - 1 and _inflected_adjective(words[k]):
        k += 1
    return k


def _plural_after_adjectives(words: list[str]) -> bool:
    """'Industriellen Werke Basel': adjectives in the form after 'die' before a noun in the plural
    (its lemma is shorter), where 'die' is a plural's nominative: 'Industrielle Werke Basel'."""
    k = _adjectives_end(words)
    lemma = morph.analyze(words[k])[0]
    return k > 0 and morph.tag(words[k]) == "NN" and words[k].startswith(lemma) and len(lemma) < len(words[k])


def _tail_of_title(before: str, word: str, acronym: str) -> bool:
    """'… ohne Armee (GSoA)', '… nichtionisierender Strahlung (NISV)': one word after a small word
    (no article) that does not spell the short form ends a longer title, it is no long form."""
    return (before.isalpha() and before.islower() and before not in _ARTICLES | _OBLIQUE_DETERMINERS
            and not _spells(word, acronym))


def _spells(word: str, acronym: str) -> bool:
    """'Bundesgartenschau' spells 'BUGA': the short form's letters in order within one word."""
    rest = word.lower()
    for letter in acronym.lower():
        found = rest.find(letter)
        if found < 0:
            return False
        rest = rest[found + 1:]
    return True


def _initials_of_person(long_form: str, gaz: Gazetteer) -> bool:
    """'Johann Pittl (JP)': a given name and a surname with their initials, as interviews label speakers."""
    words = long_form.rpartition(" (")[0].split()
    return 2 <= len(words) <= 3 and words[0] in gaz.first_names


def _letters_in_order(long_form: str) -> bool:
    """'Deutscher Juristinnenbund (djb)': a short form written small whose letters the long form of
    two or more words holds in order, from its first letter on."""
    name, _, short = long_form.rpartition(" (")
    letters, plain = _plain(short.rstrip(")")), _plain(name)
    if len(name.split()) < 2 or not plain.startswith(letters[:1]):
        return False
    position = 0
    for letter in letters:
        position = plain.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _spelling_words_before(tokens: list[Token], j: int, words: list[str], acronym: str) -> int:
    """'Abwasserverband Oberes Sihlfeld (AVOS)': where the words found spell only the short form's
    end ('S'), the capitalised words before them that spell the rest ('Oberes', 'Abwasserverband'
    for 'AV'), the first one a compound that may hold several letters; how many, or 0."""
    initials = "".join(word[0] for word in words if word[:1].isupper()).upper()
    rest = acronym.upper()
    if not initials or not rest.endswith(initials) or len(rest) == len(initials):
        return 0
    rest = rest[:-len(initials)]
    taken = 0
    while j - taken >= 0 and rest and taken < 3:
        word = tokens[j - taken].text
        if not (word[:1].isupper() and word.isalpha() and word not in _STOP):
            return 0
        if len(rest) > 1 and word[0].upper() == rest[0] and _spells(word, rest):
            return taken + 1  # the compound opening the name holds the letters left
        if word[0].upper() != rest[-1]:
            return 0
        rest = rest[:-1]
        taken += 1
    return taken if not rest else 0


def _other_long_form(tokens: list[Token], i: int, entry: Entry, gaz: Gazetteer, found: list[Mention]) -> bool:
    """A listed organisation's short form in brackets after a long form that is none of its names
    and starts with its letter: the report's own body of that short form. Only where no rule has
    read the long form as a name already: such a name and its bracket are joined later, with the
    report's later uses of the short form (_join_bracketed)."""
    if entry.kind != "organisation" or not _ACRONYM.match(tokens[i].text) or i < 2:
        return False
    if found and found[-1].end == tokens[i - 2].idx + len(tokens[i - 2].text):
        return False
    long_form = _long_form(tokens, i, gaz)
    name = long_form.rpartition(" (")[0] if long_form else ""
    listed = gaz.phrases.get(tuple(name.split()))
    return bool(name) and name[:1] == tokens[i].text[:1] and (listed is None or listed.canonical != entry.canonical)


def _initials(name: str) -> str:
    """'VAVÖ' for 'Verband alpiner Vereine Österreichs': the first letters of the words but links."""
    return "".join(word[0] for word in name.split() if word.lower() not in _NAME_LINKS).upper()


def _spelled_out(long_form: str) -> bool:
    """'Management Center Innsbruck (MCI)': the short form is the initials of the long form's words."""
    name, _, short = long_form.rpartition(" (")
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return len(initials) >= 2 and initials.upper() == short.rstrip(")").split()[0].upper()


def _short_form_qualifier(tokens: list[Token], i: int) -> str | None:
    """The one word after an acronym inside its brackets: a region written small ("VdW südwest")
    or the place the long form ends in ("HEV Basel-Stadt")."""
    if i + 2 >= len(tokens) or tokens[i + 2].text != ")":
        return None
    word = tokens[i + 1].text
    return word if tokens[i].whitespace_ and word.replace("-", "").isalpha() else None


def _names_document(long_form: str, gaz: Gazetteer) -> bool:
    """'Gesamtarbeitsvertrag (GAV)', 'Digital Markets Act (DMA)', 'Verordnung über Fernmeldedienste
    (FDV)': the short form of a document, by the name's last word or the head its link follows."""
    words = long_form.rsplit(" (", 1)[0].split()
    heads = [words[-1].lower()] + [word.lower() for word, link in zip(words, words[1:]) if link in _NAME_LINKS]
    return any(form.endswith(gaz.documents) for head in heads for form in (head, head[:-1], head[:-2]))  # "-Gesetzes"


# organisation nouns a region's name completes ("Landesnahverkehrsgesellschaft Niedersachsen",
# "Gebäudeversicherung Graubünden", "Landesjagdverband Rheinland-Pfalz"), where others describe the
# name after them ("Marineausrüster WDS")
_REGIONAL_HEADS = ("gesellschaft", "gemeinschaft", "kasse", "versicherung", "amt", "verband", "vereinigung")
_NAME_LINKS = frozenset("der des für und von zu zur zum in über for of and".split())  # "Securing Energy for Europe (SEFE)"


def _resolve_surnames(mentions: list[Mention], analysed: Analysed, gaz: Gazetteer,
                      shorts: dict[str, str] | None = None) -> list[Mention]:
    """Surname-only and genitive mentions of people named in full elsewhere in the report.
    `shorts`: full name -> the short form the actor list gives where it is not the last word
    ("Li" for Li Qiang)."""
    full = {m.canonical for m in mentions if m.kind == "person" and " " in m.canonical}
    # people the report names in full, not only by a surname the actor list knows
    written = {m.canonical for m in mentions if m.kind == "person" and " " in analysed.text[m.start:m.end].strip()}
    surnames: dict[str, str] = {}
    for name in sorted(full, key=lambda name: (name in written, name)):  # the report's own people win
        for last in dict.fromkeys((name.split()[-1], (shorts or {}).get(name, name.split()[-1]))):
            surnames[last] = name
            gen = _genitive(last)
            if gen:
                surnames[gen] = name
    # "Ben Salah" after "Karim Ben Salah": a surname of two words, found as a name of its own
    tails = {" ".join(name.split()[-2:]): name for name in sorted(full)
             if len(name.split()) >= 3 and name.split()[-2][:1].isupper()}
    mentions = [replace(m, canonical=surnames[m.canonical], kind="person", guessed=False)
                if (m.kind == "person" or m.guessed) and " " not in m.canonical and m.canonical in surnames
                else replace(m, canonical=tails[m.canonical], kind="person", guessed=False)
                if (m.kind == "person" or m.guessed) and m.canonical in tails else m
                for m in mentions]  # "Pakistans Premier Sharif", "Akazawa sagte" after "Ryosei Akazawa"
    # "Merz sagte" after "Fraktionschefin Sabine Merz": the report's person, not the listed one of that
    # surname (who keeps a title: "Kanzler Merz")
    mentions = [replace(m, canonical=surnames[bare]) if (
        m.kind == "person" and not m.role and m.canonical not in written
        and (bare := analysed.text[m.start:m.end].strip()) in surnames
        and surnames[bare] in written and surnames[bare] != m.canonical) else m for m in mentions]
    covered = {(m.start, m.end) for m in mentions}
    # "TransnetBW" named by the rules in one sentence is the same actor where a sentence names it bare
    companies = {m.canonical: m.canonical for m in mentions
                 if m.kind == "organisation" and " " not in m.canonical and m.canonical.isalpha()
                 and m.canonical not in _STOP and (m.canonical, ) not in gaz.phrases
                 and not m.canonical[1:].islower() and not m.canonical.isupper()}  # "TransnetBW", "BaFin"
    extra = []
    for sentence in analysed.sentences:
        relative = relative_clause_tokens(list(sentence.tokens))
        for token in sentence.tokens:
            company = companies.get(token.text)
            if company and not any(a <= token.idx < b for a, b in covered):
                extra.append(Mention(company, "organisation", sentence.index, token.idx, token.idx + len(token.text),
                                     in_relative_clause=token.i in relative))
                continue
            name = surnames.get(token.text)
            if not name:
                continue
            span = (token.idx, token.idx + len(token.text))
            if any(a <= span[0] and span[1] <= b for a, b in covered):
                continue
            extra.append(Mention(name, "person", sentence.index, span[0], span[1],
                                 in_relative_clause=token.i in relative))
    return sorted(mentions + extra, key=lambda m: m.start)


# a place after a preposition, also each of a list ("in Emden und Kassel"), or opening a line
_PLACE_USE = re.compile(r"(?:\b(?i:in|nach|aus|bei|im|am|ins|vom|zum|zwischen)\s+(?:(?:der|dem|den|die|das)\s+)?"
                        r"|\b(?i:an|auf)\s+(?:der|dem|den)\s+)"
                        # "in der westlichen Ostsee", "an der Weser", "zwischen Ems und Weser"
                        r"(?:[a-zäöü]\w+(?:en|er|e)\s+)?"
                        r"([A-ZÄÖÜ][\w-]+(?:(?:,\s+|\s+und\s+)[A-ZÄÖÜ][\w-]+)*)"
                        r"|^\s*(?:date\s+\S+\s+)?([A-ZÄÖÜ][\w-]+)", re.M)
_LISTED_WORD = re.compile(r"[A-ZÄÖÜ][\w-]+")


# "der grösste Naturpark der Schweiz", "eines der größten Rechenzentren Deutschlands": a state that
# only ranks something is the place it lies in
_SUPERLATIVE_OF = re.compile(r"\b[a-zäöü]\w*(?:st|ßt)(?:e|en|es)\s+[A-ZÄÖÜ][\w-]+\s+(?:(?:der|des)\s+)?\Z")


def _drop_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A single proper noun guessed as an actor is a place where the report also writes it
    after 'in', 'nach', 'aus' or at the head of a dateline ('In Genf …', 'Genf (dpa) -')."""
    places = {word for m in _PLACE_USE.finditer(text) for word in _LISTED_WORD.findall(m.group(1) or m.group(2))}
    return [m for m in mentions if not (m.guessed and " " not in m.canonical
                                        and (m.canonical in places or m.canonical.capitalize() in places))
            and not _REGION.fullmatch(m.canonical)
            and not (m.kind == "state" and _SUPERLATIVE_OF.search(text, max(0, m.start - 60), m.start))]



# "die Außenminister Südostasiens", "in Zentralasien": a region of the world, no actor
_REGION = re.compile(r"(?:Nord|Süd|Ost|West|Zentral|Mittel|Nordost|Nordwest|Südost|Südwest|Vorder|Hinter)"
                     r"(?:asien|afrika|europa|amerika|ostasien)s?")


_PAPER_HEADING = re.compile(r"^[\"„«»“]\s*(?P<quoted>[A-ZÄÖÜ][^\"„“”«»:\n]{1,50}?)\s*[\"“”»«]\s*:$"
                            r"|^(?P<plain>[A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*){0,3}):$")
_SEAT = re.compile(r"\s*\([A-ZÄÖÜ][^()]{1,30}\)\s*:$")  # '"Der Standard" (Wien):': where the paper appears


def _papers_quoted_below(analysed: Analysed, gaz: Gazetteer) -> list[Mention]:
    """A press review's line that names the paper quoted below it ('"Der Standard":',
    'Salzburger Nachrichten:'): a medium, named though the line is no sentence. A quoted title
    names one; a plain line only where it ends in a paper's word or the actor list knows it."""
    found = []
    for seg in analysed.segments:
        if seg.kind != "heading":
            continue
        line = _SEAT.sub(":", analysed.text[seg.start:seg.end].strip())
        match = _PAPER_HEADING.match(line)
        if not match:
            continue
        name = match.group("quoted") or match.group("plain")
        known = gaz.phrases.get(tuple(name.split()))
        if match.group("plain") and not (known or name.lower().endswith(gaz.publications)):
            continue
        start = seg.start + analysed.text[seg.start:seg.end].find(name)
        found.append(Mention(known.canonical if known else name, "organisation", -1, start, start + len(name)))
    return found


def find_mentions(analysed: Analysed, knowledge: Knowledge) -> list[Mention]:
    gaz = gazetteer(knowledge)
    mentions: list[Mention] = []
    # "Brüssel, 14. Nov (Reuters) -", "Von: APA/dpa": the place and agency a report was filed
    # from and by are no actors of it
    filed = [(seg.start, seg.end) for seg in analysed.segments if seg.kind in ("dateline", "byline")]
    quoted = _papers_quoted_below(analysed, gaz)
    for sentence in analysed.sentences:
        while quoted and quoted[0].start < sentence.start:
            mentions.append(replace(quoted.pop(0), sentence=sentence.index))
        mentions.extend(m for m in _sentence_mentions(sentence, gaz)
                        if not any(a <= m.start < b for a, b in filed))
    mentions = _within_long_forms(_join_appositive_names(_join_bracketed(_drop_places(mentions, analysed.text),
                                                                         analysed.text), analysed.text, gaz), analysed.text)
    documents = {short for long, short in _BRACKETED_SHORT_FORM.findall(analysed.text) + _LISTED_SHORT_FORM.findall(
        analysed.text) if _names_document(long, gaz)}  # also in the genitive: "des Gesamtarbeitsvertrags (GAV)"
    # "nach dem Gesetz über digitale Dienste (Digital Services Act, DSA)": the document's own name
    documents |= {m.canonical for m in mentions if m.kind == "organisation" and " " in m.canonical
                  and all(w[:1].isupper() for w in m.canonical.split()) and _names_document(m.canonical + " (X)", gaz)}
    documents |= set(_titled_short_forms(analysed.text, gaz))
    if documents:  # "Der GAV gilt bis 2028" after "Gesamtarbeitsvertrag (GAV)": a text, not an actor
        mentions = [m for m in mentions if m.canonical not in documents]
    mentions = _place_councils(_in_standalone_form(_members_by_title(_without_title_noun(mentions, gaz), gaz), gaz),
                               analysed, gaz)
    mentions = _place_regional_bodies(mentions, gaz)
    home = _home_state(mentions, analysed.text, gaz.home_signals)
    mentions = _parties_at_home(mentions, home, knowledge)
    shorts = {p.name: p.short for p in knowledge.actors.people if p.short}
    joined = _join_initialled_names(_join_acronyms(mentions))
    joined = _join_regional_forms(_join_bare_heads(_join_linked_towns(joined), gaz), gaz)
    joined = _join_described_without_place(_join_bare_club_prefixes(joined, gaz), gaz)
    joined = _with_name_tails(_join_genitive_seats(joined, analysed.text), analysed.text)
    joined = _with_branch_places(joined, analysed.text, gaz)
    mentions = _join_short_names(_join_bare_institutions(joined, gaz))
    mentions = _businesses_by_surname(_resolve_surnames(mentions, analysed, gaz, shorts), analysed, gaz)
    mentions = _speakers_in_capitals(_labelled_in_capitals(mentions, analysed.text, gaz), analysed.text)
    mentions = _capitals_as_spelled(mentions, analysed.text, gaz.first_names)
    mentions = _with_truncated_compounds(mentions, analysed.text)
    mentions = _with_founding_years(_groups_as_parties(mentions, gaz), analysed.text, gaz)
    # "Die Fischer an der Küste", "die Westsahara": words listed as never naming an actor; "Die AG mit
    # 17 Schülern" after "der Schach-AG": a legal form alone names no one
    return [m for m in mentions if not _never_an_actor(m.canonical, knowledge.actors.not_actors)
            and m.canonical not in LEGAL_FORMS]


# nouns before a surname that name a person, a family or a thing of theirs, no business ("Frau Schenkel",
# "Familie Seidel", "die Erben Overbeck", "der Antrag Müller", "der Fall Brandl", "unter dem Namen Pirker",
# "nach Angaben Kornelius", "O-Ton Oetken:"), and a firm's kind that its registered name follows ("Firma",
# "Kanzlei", "Büro")
_NO_BUSINESS_NOUNS = ("frau", "herr", "herrn", "familie", "familien", "ehepaar", "erben", "brüder", "brüdern",
                      "geschwister", "mandatar", "antrag", "fall", "villa", "ära", "name", "namen", "angaben", "ton",
                      "beitrag", "marke", "entschädigung", "bürgerschaft", "firma",
                      *sorted(word.lower() for word in _OFFICE_WORDS))
# endings of nouns of people: "Schreiner Brandl", "Landwirt Pammer", "Anwalt Gloor"
_PERSON_NOUN_ENDINGS = ("er", "in", "or", "eur", "ent", "ant", "ist", "wirt", "anwalt", "är")


def _businesses_by_surname(mentions: list[Mention], analysed: Analysed, gaz: Gazetteer) -> list[Mention]:
    """'die Polsterei Schenkel', 'der Uhrmacherei Wimmleitner', 'Velo Gloor': a trade's noun right
    before the surname of a person the report names in full is the business that bears the name,
    not the person; the noun in the nominative. Not a title or a noun of a person ('Schreiner',
    'Landwirt'), a family or a person's thing (`_NO_BUSINESS_NOUNS`), nor where a capitalised word
    follows (a longer name)."""
    tokens_at = {t.idx: (t, sentence.tokens) for sentence in analysed.sentences for t in sentence.tokens}
    out = []
    for m in mentions:
        at = tokens_at.get(m.start)
        token, tokens = at if at else (None, None)
        if (m.kind != "person" or token is None or " " not in m.canonical
                or analysed.text[m.start:m.end] != m.canonical.rsplit(" ", 1)[-1] or token.i == tokens[0].i):
            out.append(m)
            continue
        k = token.i - tokens[0].i
        trade, after = tokens[k - 1], tokens[k + 1] if k + 1 < len(tokens) else None
        noun = _nominative_noun(trade.text, tokens[k - 2].lower_ if k >= 2 else "")
        if (not (trade.text[:1].isupper() and trade.text.replace("-", "").isalpha()) or trade.is_sent_start
                or morph.tag(trade.text) != "NN" or role_base(trade.text, gaz) or trade.text in gaz.first_names
                or noun.lower().endswith(_NO_BUSINESS_NOUNS) or noun.lower().endswith(_PERSON_NOUN_ENDINGS)
                or noun == "Haus"  # "Haus Szorger": a house, where "Klavierhaus Brandl" is a shop
                or (after is not None and after.text[:1].isupper())):
            out.append(m)
            continue
        out.append(replace(m, canonical=f"{noun} {analysed.text[m.start:m.end]}", kind="organisation",
                           start=trade.idx, role="", guessed=False))
    return out


# "des Schützenvereins Hubertus Frommern 1921 am Freitag": the year a club was founded, right after its
# name (not "1921 gegründet", nor a span "1921–1925")
_FOUNDING_YEAR = re.compile(r" (?P<year>(?:18|19|20)\d\d)\b(?![.,]?\d| *[-–/]| +(?:gegründet|bis)\b)")
_CLUB_ENDINGS = ("verein", "club", "klub")


def _with_founding_years(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """A club named with its founding year ("Ruderclub Germania Tessow 1889") bears it in its name,
    also where the report names it without the year."""
    full: dict[str, str] = {}
    out = []
    for m in mentions:
        first = m.canonical.split(" ", 1)[0]
        year = _FOUNDING_YEAR.match(text, m.end) if m.kind == "organisation" and " " in m.canonical else None
        if year and (first.lower().endswith(_CLUB_ENDINGS) or first in gaz.club_prefixes):
            full[m.canonical] = f"{m.canonical} {year.group('year')}"
            m = replace(m, canonical=full[m.canonical], end=year.end())
        out.append(m)
    return [replace(m, canonical=full[m.canonical]) if m.canonical in full else m for m in out]


# "entlang des Oberrheins", "im Südatlantik": a river's or sea's stretch named by its position
_STRETCH_PREFIXES = ("Ober", "Unter", "Nieder", "Hoch", "Mittel", "Nord", "Süd", "Ost", "West")


def _never_an_actor(name: str, not_actors: frozenset[str]) -> bool:
    """A word listed in `not_actors`, also in the genitive ("des Rheins") or named with its stretch
    ("des Oberrheins"); a name of several words ("Luisa Neubauer", "Boris Rhein") is none of these."""
    if name in not_actors:
        return True
    if not name.isalpha():
        return False
    for word in (name, name[:-1]) if name.endswith("s") else (name,):
        if word in not_actors or any(word.startswith(prefix) and word[len(prefix):].capitalize() in not_actors
                                     for prefix in _STRETCH_PREFIXES):
            return True
    return False


_TAIL_BEFORE_SHORT_FORM = re.compile(r"\b([a-zäöüß]+) ([A-ZÄÖÜ]\w+) \(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5})\)")
_TITLE_LINKS = frozenset(("über", "für", "zur", "zum", "zu"))


def _titled_short_forms(text: str, gaz: Gazetteer) -> Iterator[str]:
    """'Verordnung über den Schutz vor nichtionisierender Strahlung (NISV)', 'Tarifvertrag für den
    öffentlichen Dienst (TVöD)': the short form of a document whose title runs in small words
    from its head to the bracket."""
    for m in _TAIL_BEFORE_SHORT_FORM.finditer(text):
        if not _tail_of_title(m.group(1), m.group(2), m.group(3)):
            continue
        words = text[max(0, m.start() - 80):m.start()].split()[-7:] + [m.group(1)]
        if any(word[:1].isupper() and following in _TITLE_LINKS and _names_document(f"{word} (X)", gaz)
               for word, following in zip(words, words[1:])):
            yield m.group(3)


# "O-TON RUTH STUCKI (Präsidentin Verein Zälgwiler Brunnen): …": a speaker's full name in capitals
_CAPITALS_LABEL = re.compile(r"^O-TON\s+(?P<name>[A-ZÄÖÜ][A-ZÄÖÜ-]+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ-]+){1,2})(?=\s*[(,:])",
                             re.M)


def _labelled_in_capitals(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """A radio transcript's speaker label in capitals that opens with a given name names that
    person, though the text names them nowhere else; its words are no short forms."""
    for label in _CAPITALS_LABEL.finditer(text):
        words = [_capitalised(word) for word in label.group("name").split()]
        inside = [m for m in mentions if label.start("name") <= m.start < label.end("name")]
        if words[0] not in gaz.first_names or not inside:
            continue
        person = replace(inside[0], canonical=" ".join(words), kind="person", start=label.start("name"),
                         end=label.end("name"), role="", guessed=False)
        mentions = [m for m in mentions if m not in inside]
        mentions.insert(next((k for k, m in enumerate(mentions) if m.start > person.start), len(mentions)), person)
    return mentions


def _speakers_in_capitals(mentions: list[Mention], text: str) -> list[Mention]:
    """'O-TON RÜEGG: …' in a radio transcript: a surname in capitals, read as a short form, is the
    person of the report with that surname; so is 'O-TON SEPP EBERHARTER: …', the full name in
    capitals (read as far as its given name, or whole)."""
    named = [m for m in mentions if m.kind == "person" and " " in m.canonical]
    people = {m.canonical.split()[-1].upper(): m for m in named}
    out = []
    for m in mentions:
        person = people.get(m.canonical) if m.kind == "organisation" else None
        if person is None and m.canonical.isupper() and " " in m.canonical:
            # "O-TON ELFRIEDE KOGLER: …", read as a person of that name in capitals
            person = next((p for p in named if p.canonical.upper() == m.canonical), None)
        if person is None and m.kind == "organisation" and m.canonical.isupper():
            person = next((p for p in named if p.canonical.upper().startswith(m.canonical + " ")
                           and text.startswith(p.canonical.upper(), m.start)), None)
        out.append(replace(m, canonical=person.canonical, kind="person", role=person.role) if person else m)
    return out


def _capitals_as_spelled(mentions: list[Mention], text: str, first_names: frozenset[str]) -> list[Mention]:
    """'O-TON MARCO BERNASCONI, SYNA: …': a name in a speaker label's capitals is the actor the report
    spells in small letters ('die Gewerkschaft Syna'); a word it spells in small letters elsewhere but
    names as no actor there ('GEMEINDEPRÄSIDENTIN RÜMLIKON', 'in Rümlikon') is none in the label either,
    unless it is a given name ('O-TON LENA, SCHÜLERIN:').
    A short form the report only ever writes in capitals ('PRO-GE', 'ASEAN') stays as it is."""
    labels = [(label.start(), label.end()) for label in _LABEL_IN_CAPITALS.finditer(text)]
    spelled = {m.canonical.casefold(): m for m in mentions if not _all_in_capitals(m.canonical)}
    out = []
    for m in mentions:
        if not _all_in_capitals(m.canonical) or not any(start <= m.start < end for start, end in labels):
            out.append(m)
            continue
        same = spelled.get(m.canonical.casefold())
        if same is not None:
            out.append(replace(m, canonical=same.canonical, kind=same.kind))
        elif _capitalised(m.canonical) in first_names:  # "O-TON LENA, SCHÜLERIN:", "Die 14-jährige Lena"
            out.append(replace(m, canonical=_capitalised(m.canonical), kind="person"))
        elif not any(found.group(0) != m.canonical
                     for found in re.finditer(re.escape(m.canonical), text, re.IGNORECASE)):
            out.append(m)
    return out


# a transcript's speaker label set in capitals up to its colon: "O-TON URSULA HÄGI, GEMEINDEPRÄSIDENTIN RÜMLIKON:"
_LABEL_IN_CAPITALS = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9 ,.()/&+-]*:", re.M)


def _all_in_capitals(name: str) -> bool:
    """'GLATTWÄSCHE AG', 'SYNA': every word in capitals, one of them a word rather than a short form."""
    words = name.split()
    return all(_in_capitals(word) for word in words) and any(len(word) >= 4 for word in words)


# "Industrie- und Handelskammer", "Städte-, Gemeinde- und Landkreistag": words cut short before "und"
_TRUNCATED_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\wäöüß]+-,\s+)*[A-ZÄÖÜ][\wäöüß]+-\s+und\s+\Z")


def _with_truncated_compounds(mentions: list[Mention], text: str) -> list[Mention]:
    """An organisation's name that opens with a compound cut short before it ("die Industrie- und
    Handelskammer Kassel-Marburg") is named whole, not as the "Handelskammer Kassel-Marburg"."""
    out = []
    for m in mentions:
        before = _TRUNCATED_BEFORE.search(text, max(0, m.start - 60), m.start) if m.kind == "organisation" else None
        # a name of its own ("… Handelskammer Kassel-Marburg"), not "Innen- und Finanzministerium" (two
        # ministries) or "Max-Planck- und Leibniz-Institute"
        if (before is not None and m.canonical.startswith(text[m.start:m.start + 4])
                and " " in m.canonical and "-" not in m.canonical.split()[0]):
            m = replace(m, canonical=" ".join(before.group(0).split()) + " " + m.canonical, start=before.start())
        out.append(m)
    return out


def _diocese_branch_end(tokens: list[Token], j: int) -> int:
    """The end (exclusive) of 'der Diözese Linz', 'der Erzdiözese Wien' at j after an organisation's
    name, or 0."""
    if (j + 2 < len(tokens) and tokens[j].lower_ in ("der", "des")
            and tokens[j + 1].text in ("Diözese", "Erzdiözese", "Bistums", "Erzbistums")
            and tokens[j + 2].text[:1].isupper() and tokens[j + 2].text.replace("-", "").isalpha()):
        return j + 3
    return 0


_GROUP_OF_PARTY = re.compile(r"Fraktion (?:der|des) (.+)")


def _groups_as_parties(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'die CDU-Fraktion stimmte dagegen', 'die Grünen-Fraktion', 'die Fraktion der Freien Wähler': a
    party's group in a parliament or council acts for the party, one actor with it (a listed party only)."""
    out = []
    for m in mentions:
        group = m.kind == "organisation" and m.canonical.endswith("-Fraktion")
        entry = gaz.phrases.get((m.canonical[:-len("-Fraktion")],)) if group else None
        of_party = _GROUP_OF_PARTY.fullmatch(m.canonical) if m.kind == "organisation" and not group else None
        if of_party:  # "die Fraktion der Freien Wähler": the party's group, as the party
            entry = gaz.phrases.get(tuple(of_party.group(1).split()))
        if entry is not None and entry.canonical in gaz.political_parties:
            m = replace(m, canonical=entry.canonical)
        out.append(m)
    return out


# the states a report may be from, by the words that mark it (see _home_state)
_FEDERAL_STATES = ("Deutschland", "Österreich", "Schweiz")


def _parties_at_home(mentions: list[Mention], home: str, knowledge: Knowledge) -> list[Mention]:
    """'Die Linke kündigte das Referendum an' in a report from Bern is the political left, not the
    German party: a listed party of Germany, Austria or Switzerland names no actor elsewhere."""
    elsewhere = {o.name for o in knowledge.actors.organisations
                 if o.party and o.country in _FEDERAL_STATES and o.country != home}
    return [m for m in mentions if m.canonical not in elsewhere] if elsewhere else mentions


def _home_state(mentions: list[Mention], text: str, signals: tuple[tuple[str, re.Pattern[str]], ...] = ()) -> str:
    """Of Germany, Austria and Switzerland, the one the report names most, each of its `signals`
    counting as a mention ("Franken", "Ständerat", "Jänner": a report from Bern that names no
    state), Germany on a tie."""
    counts = {state: sum(1 for m in mentions if m.canonical == state) for state in _FEDERAL_STATES}
    for state, pattern in signals:
        if state in counts:
            counts[state] += len(pattern.findall(text))
    return max(_FEDERAL_STATES, key=lambda state: (counts[state], state == "Deutschland"))


_SHARED_CHAMBERS = frozenset({"Bundesrat", "Nationalrat"})  # bodies of that name in more than one of _FEDERAL_STATES


def home_state(findings: ActorFindings, text: str, knowledge: Knowledge) -> str:
    return _home_state(list(findings.mentions), text, gazetteer(knowledge).home_signals)


def chambers_at_home(actors: Iterable[Actor], home: str) -> tuple[Actor, ...]:
    """A chamber named alike in Germany, Austria and Switzerland carries its report's state
    (`home_state`: "der Bundesrat" in Bern is the Swiss government, not the German chamber of the
    Länder), so that reports from Bern and Berlin are not taken for one event. For the brief only:
    which sentences are an outsider's is read without it."""
    return tuple(replace(a, country=home) if a.name in _SHARED_CHAMBERS and not a.country else a for a in actors)


_STRONG_ENDINGS = {"masculine": "er", "feminine": "e", "neuter": "es"}


def standalone_form(name: str, gaz: Gazetteer) -> str:
    """'Sächsische Landtag' -> 'Sächsischer Landtag', 'Europäische Wissenschaftliche Beirat' ->
    'Europäischer Wissenschaftlicher Beirat': a name read after an article has its adjectives in the
    weak form; a name stands without one, so they take the ending of the head noun's gender
    (`genders` of the role list). Names of the actor list and heads of unknown gender stay."""
    words = name.split()
    adjectives = 0
    while adjectives < len(words) - 1 and _weak_stem(words[adjectives]):
        adjectives += 1
    if not adjectives or name in gaz.listed or words[-1].removesuffix(".") in gaz.organisation_tails:
        return name  # "Mitteldeutsche Flughafen AG": a registered name keeps its adjective's form
    head = words[adjectives]
    if head.endswith("-") and adjectives + 2 < len(words) and words[adjectives + 1] in ("und", "oder"):
        head = words[adjectives + 2]  # "Sächsischer Städte- und Gemeindetag"
    head = head.rsplit("-", 1)[-1].lower()
    gender = gender_of(head, gaz.genders)
    if gender is None:
        return name
    ending = _STRONG_ENDINGS[gender]
    return " ".join([_weak_stem(w) + ending for w in words[:adjectives]] + words[adjectives:])


def after_article(name: str) -> str:
    """'Deutscher Gewerkschaftsbund (DGB)' -> 'Deutsche Gewerkschaftsbund (DGB)': a name as it reads
    after 'der', so it can stand in for a noun the report used with its article."""
    words = name.split()
    for index, word in enumerate(words[:-1]):
        lemma, tag = morph.analyze(word)
        if not (word.endswith(("er", "es")) and tag in ("ADJ(A)", "NNA") and lemma.lower() != word.lower()):
            break  # 'Grazer', 'Verkehrs-': no strong adjective
        words[index] = word[:-1]
    return " ".join(words)


def _weak_form(word: str) -> bool:
    """'Sächsische', 'Grosse', 'Deutsche': a capitalised adjective in the weak form (the tagger
    reads 'Deutsche' as a noun made of the adjective)."""
    return word.endswith("e") and _weak_stem(word) is not None


def _weak_stem(word: str) -> str | None:
    """'Sächsische' -> 'Sächsisch', 'Grossen' -> 'Gross', 'Oberste' -> 'Oberst': a capitalised
    adjective with the ending it takes after an article ('der Westfälische Kurier', 'im Grossen
    Rat'), without it; None for any other word. A name's own form never ends in '-en' before a
    noun in the singular."""
    if not (word[:1].isupper() and word.endswith(("e", "en")) and word.isalpha()):
        return None
    stem = word[:-1] if word.endswith("e") else word[:-2]
    lemma, tag = morph.analyze(word)
    if tag == "NNA" or (not tag.startswith("ADJ") and _INFLECTED_ADJECTIVE.search(word)):
        return stem  # "Steirische", which the tagger reads as a noun
    folded, base = stem.lower().replace("ß", "ss"), lemma.lower().replace("ß", "ss")
    # "Oberste", "Neuesten": a superlative the tagger lemmatises to its positive
    return stem if tag.startswith("ADJ") and folded in (base, base + "st", base + "est") else None


def _without_title_noun(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Vizepräsident Finanzen Rainer Kolb': a common noun of the title before a given name is no
    part of the person's name ('Rainer Kolb'), nor is a company's kind before its registered name."""
    out = []
    for m in mentions:
        words = m.canonical.split()
        if m.kind == "person" and len(words) >= 3 and words[1] in gaz.first_names and words[0] not in gaz.first_names:
            lemma, tag = morph.analyze(words[0])
            if tag == "NN" and lemma != words[0] and not morph.is_unknown(words[0]):
                m = replace(m, canonical=" ".join(words[1:]))  # a plural ("Finanzen"), not a title ("Sultan")
        elif (m.kind == "organisation" and len(words) >= 3 and words[-1] in gaz.organisation_tails
              and words[0].endswith("s") and words[1][:1].isupper()):
            lemma, tag = morph.analyze(words[0])
            if tag == "NN" and lemma + "s" == words[0] and lemma.lower().endswith(_DESCRIBING_HEADS):
                # "des Fahrtenvermittlers Rydo Mobility GmbH": the company's kind in the genitive
                m = replace(m, canonical=" ".join(words[1:]))
        out.append(m)
    return out


def _members_by_title(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Gemeinderat Gfeller antwortet' after 'Gemeinderat Reto Gfeller (FDP)': a council's name
    before the surname of a person the report names is the member's title, not the council of a
    town."""
    surnames = {m.canonical.split()[-1]: m.canonical for m in mentions
                if m.kind == "person" and len(m.canonical.split()) >= 2}
    out = []
    for m in mentions:
        body, _, rest = m.canonical.partition(" ")
        if m.kind == "organisation" and body in gaz.local_bodies and rest in surnames:
            m = replace(m, canonical=surnames[rest], kind="person", guessed=False)
        out.append(m)
    return out


def _in_standalone_form(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    return [replace(m, canonical=standalone_form(m.canonical, gaz))
            if m.kind == "organisation" and m.canonical[:1].isupper()
            and m.canonical.split(" ", 1)[0].endswith(("e", "en")) else m for m in mentions]


_RUBRIC = re.compile(r"(?:ticker|blog|schau|stimmen|interview|update|meldung)$", re.I)  # "Liveticker", "Presseschau"
_TOWN_HEADLINE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?):\s")
_TOWN_THAT_ACTS = re.compile(r"\s*([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+(?=[a-zäöüß]|[A-Z]{2}\s)")


_DISTRICT = re.compile(r"(?:Land)?[Kk]reis ([A-ZÄÖÜ][\w-]+)")
_MUNICIPALITY = re.compile(rf"(?:{'|'.join(_MUNICIPALITIES)}) ([A-ZÄÖÜ][\w-]+(?:{_TOWN_LINK.pattern}[\w-]+)?)")


def _place_councils(mentions: list[Mention], analysed: Analysed, gaz: Gazetteer) -> list[Mention]:
    """'Der Stadtrat' in a report that names the council with its town elsewhere ('der Leipziger
    Stadtrat') or is filed from a town ('Würzburg.', 'Wiesbaden taz |'): that town's council, one
    actor ('Stadtrat Würzburg'). A district's council ('der Kreistag') takes the name of the one
    district the report names ('Landkreis Görlitz': 'Kreistag Görlitz'), not the town's. A report
    without a town in its dateline that names one municipality ('die Stadt Aarwil') gives its
    council that town. Without any of these it stays as the report names it. A parliament ('der
    Landtag' beside 'der Sächsische Landtag') and a council of the actor list (a canton's 'Grosser
    Rat') take only the name the report gives them."""
    parliaments = {m.canonical for m in mentions if m.kind == "organisation" and m.canonical in gaz.legislatures}
    bare = {m.canonical for m in mentions if m.kind == "organisation" and m.canonical in gaz.local_bodies} | parliaments
    if not bare:
        return mentions
    placed: dict[str, set[str]] = {}
    council_towns: set[str] = set()  # "die Gemeindeversammlung von Rüegsbach": the town of the report's councils
    for m in mentions:
        if m.kind != "organisation" or m.canonical in bare:
            continue
        for name in bare:  # "Stadtrat Leipzig", "Grosser Stadtrat Luzern", "Dresdner Stadtrat"
            if ((m.canonical.startswith(name + " ") and m.canonical[len(name) + 1:][:1].isupper())
                    or m.canonical.endswith("er " + name)
                    or (name in gaz.district_bodies and m.canonical.startswith(name + " des "))):
                placed.setdefault(name, set()).add(m.canonical)
        body, _, town = m.canonical.partition(" ")
        if body in gaz.local_bodies and body not in gaz.district_bodies and town[:1].isupper():
            council_towns.add(town)
    # "im Landkreis Görlitz": the one district a report names is its district council's
    districts = {match.group(1) for m in mentions if m.kind == "organisation"
                 and (match := _DISTRICT.fullmatch(m.canonical)) is not None}
    dateline = next((seg for seg in analysed.segments if seg.kind == "dateline"), None)
    filed_from = None
    if dateline is not None:
        filed = analysed.text[dateline.start:dateline.end]
        body = re.match(r"(\w+)\s", filed)
        if body and body.group(1) in gaz.local_bodies:  # "Gemeindeversammlung Fluebach AG, 28.11.2025 –"
            filed = filed[body.end():]
        # "BAD KELLINGEN.", "St. Johann,": a town prefix belongs to the name
        first = re.match(rf"(?i:{_TOWN_PREFIX}\s?)?[A-ZÄÖÜ][\wäöüß.-]*(?i:{_TOWN_LINK.pattern}[\wäöüß-]*)?",
                         filed)
        # "Montag, 19. Mai 2025 –" is a date, no town, nor is "Abstimmungssonntag, 30.11.2025 –"
        if (first and len(first.group(0).rstrip(".")) > 2 and first.group(0).rstrip(".") not in _STOP
                and not first.group(0).endswith(tuple(day.lower() for day in _WEEKDAYS))):
            words = first.group(0).rstrip(".").split()
            # "WALDEGG AN DER FEISTRITZ." is Waldegg an der Feistritz
            filed_from = " ".join(word if not word.isupper() else word.lower() if word.lower() in _LINK_WORDS
                                  else word.capitalize() for word in words)
    if filed_from is None and analysed.segments:
        # "Emmen: Einwohnerrat sagt knapp Ja …": a headline led by its town, as local papers write
        # them ("Kommentar:" and other rubrics are words the lexicon knows), where no dateline names one
        first = analysed.segments[0]
        headline = _TOWN_HEADLINE.match(analysed.text, first.start)
        if headline and not _RUBRIC.search(headline.group(1)) and (
                morph.tag(headline.group(1)) == "NE" or morph.is_unknown(headline.group(1))):
            filed_from = headline.group(1)
        else:  # "Liveticker: Thalwangen entscheidet …", "Kapfenmarkt sagt Nein …"
            filed_from = _town_that_acts_in_title(analysed, bool(headline and _RUBRIC.search(headline.group(1))),
                                                  mentions)
    # "die Stadt Aarwil" as the one municipality a report without a town in its dateline names
    towns = {match.group(1) for m in mentions if m.kind == "organisation"
             and (match := _MUNICIPALITY.fullmatch(m.canonical)) is not None}
    # "Würzburg (dpa/lby) - … dass die Stadt Eichenstetten am Main …": an agency files from its
    # regional office; the one municipality the report names (a name, not "die Stadt Händler") is the council's
    named_town = len(towns) == 1 and _proper_town(next(iter(towns)).split()[0])
    # "In Schnepfach im Bregenzerwald hat die Gemeindevertretung … abgestimmt": the town a clause
    # with the council opens with
    set_in: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "organisation" and m.canonical in bare and m.canonical not in parliaments:
            opening = CLAUSE_SET_IN.search(analysed.text[analysed.sentences[m.sentence].start:m.start])
            if opening and _proper_town(opening.group(1).split()[0]) and tuple(opening.group(1).split()) not in gaz.phrases:
                set_in.setdefault(m.canonical, set()).add(opening.group(1))
    names: dict[str, str] = {}
    for name in bare:
        known = placed.get(name, set())
        if len(known) == 1:
            names[name] = next(iter(known))
        elif not known and len(set_in.get(name, ())) == 1 and name not in gaz.listed:
            names[name] = f"{name} {next(iter(set_in[name]))}"
        elif (not known and name not in parliaments and name not in gaz.listed and name not in gaz.district_bodies
              and (town := _town_in_headings(analysed, name))):
            names[name] = f"{name} {town}"  # "Traunfelder Gemeinderat beschließt …" over "Der Gemeinderat hat …"
        elif not known and name in gaz.district_bodies:
            if len(districts) == 1:
                names[name] = f"{name} {next(iter(districts))}"
        elif (not known and filed_from and "/" not in filed_from and name not in parliaments and name not in gaz.listed
              and not (named_town and not name.startswith("Kanton") and name not in gaz.district_bodies)):
            names[name] = f"{name} {filed_from}"
        elif (not known and len(council_towns) == 1 and name not in parliaments and name not in gaz.listed
              and name not in gaz.district_bodies and not name.startswith("Kanton")):
            # "der Gemeinderat" beside "die Gemeindeversammlung von Rüegsbach"
            names[name] = f"{name} {next(iter(council_towns))}"
        elif (not known and len(towns) == 1 and name not in parliaments and name not in gaz.listed
              and not name.startswith("Kanton") and name not in gaz.district_bodies):
            names[name] = f"{name} {next(iter(towns))}"
    return [replace(m, canonical=names[m.canonical]) if m.kind == "organisation" and m.canonical in names else m
            for m in mentions]


def _place_regional_bodies(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Der Landtag', 'der Regierungsrat' named alone in a report that names one Land or canton
    ('Brandenburg', 'im Kanton Luzern', 'Landeskriminalamt Vorarlberg', 'Tiroler Grüne'): that
    region's body ('Landtag Brandenburg'), so that the parliaments of different reports are no one
    actor; where the report names the body with its region too ('die Vorarlberger
    Landesregierung', 'das hessische Innenministerium'), that name. With two regions or none it
    stays bare, and so does a ministry the report names only alone (it may be the federal one)."""
    bodies = {m.canonical for m in mentions if m.kind == "organisation"
              and (m.canonical in gaz.regional_bodies or (m.canonical not in gaz.governments
                                                           and _government_word(m.canonical, gaz) == m.canonical))}
    if not bodies:
        return mentions
    regions: set[str] = set()
    for m in mentions:
        first, _, rest = m.canonical.partition(" ")
        last = m.canonical.rsplit(" ", 1)[-1]
        if m.kind == "state" and m.canonical in gaz.regions:
            regions.add(m.canonical)
        elif m.kind == "organisation" and first == "Kanton" and rest[:1].isupper():
            regions.add(rest)  # "Kanton Luzern"
        elif m.kind == "organisation" and (region := _region_named(last, gaz)):
            regions.add(region)  # "Grüne Tirol", "Städtetag NRW"
        elif m.kind == "organisation" and rest and (region := _region_of_adjective(first, gaz)):
            regions.add(region)  # "Vorarlberger Landesregierung", "Tiroler Grüne"
    names: dict[str, str] = {}
    for body in bodies:
        placed = {m.canonical for m in mentions if m.kind == "organisation" and m.canonical.endswith(" " + body)
                  and _region_of_adjective(m.canonical.split()[0], gaz, also=regions)}
        if len(placed) == 1:
            names[body] = next(iter(placed))
        elif not placed and len(regions) == 1 and body in gaz.regional_bodies:
            names[body] = f"{body} {next(iter(regions))}"
    return [replace(m, canonical=names[m.canonical]) if m.kind == "organisation" and m.canonical in names
            else m for m in mentions]


def _region_named(word: str, gaz: Gazetteer) -> str | None:
    """The listed region a word names, by its name or an alias ('NRW')."""
    entry = gaz.phrases.get((word,))
    return entry.canonical if entry and entry.kind == "state" and entry.canonical in gaz.regions else None


def _town_that_acts_in_title(analysed: Analysed, after_rubric: bool, mentions: list[Mention]) -> str | None:
    """The town a title names as the one that acts: after its colon ("Liveticker: Thalwangen entscheidet
    …", "Eine Wand für 240.000 Euro: Rabenfurt rettet …"), else opening it with its verb ("Kapfenmarkt
    sagt Nein …", "Lindachwil BE drängt …"). A proper noun, no person of the report's, no everyday
    noun; after a rubric as it stands, otherwise where the text names it (or its first part) as a
    place ("eine Entscheidung aus Rabenfurt"). The title may follow a rubric line ("Presseschau vom
    Freitag, 7. März 2025")."""
    headings = [seg for seg in analysed.segments[:2] if seg.kind == "heading"] or list(analysed.segments[:1])
    colons = [c for seg in headings if (c := analysed.text.find(": ", seg.start, seg.end)) >= 0]
    found = []
    if colons and (match := _TOWN_THAT_ACTS.match(analysed.text, colons[0] + 1)):
        found.append((match.group(1), after_rubric))
    for seg in headings:
        match = _TOWN_THAT_ACTS.match(analysed.text, seg.start)
        if match and morph.can_be_finite_verb(_CANTON_CODE.sub("", analysed.text[match.end():]).split(" ", 1)[0]):
            found.append((match.group(1), False))
    for word, as_rubric_says in found:
        if (morph.tag(word) == "NE" or morph.is_unknown(word) or _double_name(word)) and not any(
                morph.everyday_noun(part) for part in word.split("-")) and not any(
                m.kind == "person" and m.canonical.split()[-1] == word for m in mentions) and (
                as_rubric_says or re.search(rf"\b(?:[Ii]n|[Aa]us|[Vv]on|[Nn]ach) {re.escape(word.split('-')[0])}\b",
                                            analysed.text)):
            return word
    return None


# a Swiss canton's code after a town ("Lindachwil BE drängt …")
_CANTON_CODE = re.compile(rf"\A(?:{'|'.join(sorted(_CANTON_CODES))})\s+")


def _proper_town(word: str) -> bool:
    """A town's name, not a common noun after "Stadt" ("die Stadt Händler aus dem Tessin")."""
    return morph.tag(word) == "NE" or morph.is_rare(word)


# "Traunfelder Gemeinderat", "St. Galler Kantonsrat": a town's adjective before a word (the council's)
_TOWN_ADJECTIVE_BEFORE = re.compile(r"(?:(?P<saint>\bSt\.\s?|\bSankt\s))?"
                                    r"\b(?P<stem>[A-ZÄÖÜ][a-zäöüß]{2,})er\s(?P<body>\w+)")


_TOWN_AFTER_COUNCIL = r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
_TOWN_KIND = r"der (?:Stadtgemeinde|Marktgemeinde|Gemeinde|Stadt)"


def _town_in_headings(analysed: Analysed, body: str) -> str | None:
    """The one town whose adjective stands before the council in the report's headings (title,
    teaser), or whose name follows it, which no sentence holds: 'Traunfelder Gemeinderat beschließt
    Sanierungspaket' where the text names Traunfeld ('in Traunfeld' for a name after the council)."""
    towns = set()
    for segment in analysed.segments:
        if segment.kind != "heading":
            continue
        heading = segment.text(analysed.text)
        # "Liveticker: Gemeindeversammlung Erlenbühl entscheidet …": the council with its town
        # ("Sondersitzung des Gemeinderats der Stadtgemeinde Rabenfeld": the council of the town named after it)
        for m in re.finditer(rf"\b{re.escape(body)}(?P<kind>e?s {_TOWN_KIND})? {_TOWN_AFTER_COUNCIL}", heading):
            town = m.groups()[-1]
            if m.group("kind") or (re.search(rf"\b(?:[Ii]n|[Aa]us|[Vv]on) {re.escape(town)}\b", analysed.text)
                                   and (morph.tag(town) == "NE" or morph.is_unknown(town))):
                towns.add(town)
        for m in _TOWN_ADJECTIVE_BEFORE.finditer(heading):
            if m.group("body") != body or not _town_adjective(m.group("stem") + "er"):
                continue
            town = _town_named(analysed.text, m.group("stem"), bool(m.group("saint")))
            if town:
                towns.add(town)
    return next(iter(towns)) if len(towns) == 1 else None


def _join_short_names(mentions: list[Mention]) -> list[Mention]:
    """'Hydrotec zahlt …' after 'die Hydrotec Anlagenbau GmbH': a company named by its registered
    name is named by its first word afterwards, or by the name without its legal form ('Die
    Donauland Versicherung kündigte an' after 'der Donauland Versicherung AG'). A short name the
    report tells of in two sentences before the registered one is an actor of its own ("Asfinag,
    Steiermark und Kärnten haben sich geeinigt", later "der Asfinag Bau Management GmbH")."""
    full: dict[str, str] = {}
    described: dict[str, str] = {}  # first words of a proper noun and the kind of business
    first: dict[str, int] = {}  # where each registered name is first named
    for m in mentions:
        words = m.canonical.split()
        if m.kind == "organisation" and len(words) >= 2 and (words[-1] in LEGAL_FORMS or "&" in words):
            full.setdefault(words[0], m.canonical)
            if words[-1] in LEGAL_FORMS and len(words) >= 3:
                full.setdefault(" ".join(words[:-1]), m.canonical)
            first[m.canonical] = min(first.get(m.canonical, m.start), m.start)
        elif m.kind == "organisation" and len(words) == 2 and _proper_then_common(words):
            described.setdefault(words[0], m.canonical)  # "Kessler Fahrzeugtechnik", later "den Kessler aufgibt"
            first[m.canonical] = min(first.get(m.canonical, m.start), m.start)
    surnames = {m.canonical.rsplit(" ", 1)[-1] for m in mentions if m.kind == "person"}
    for short, name in described.items():
        if short not in surnames:  # "Firmenchef Marco Brunner": the bare name may be his
            full.setdefault(short, name)
    if not full:
        return mentions
    told_before = {short for short, name in full.items()
                   if len({m.sentence for m in mentions if m.canonical == short and m.start < first[name]}) >= 2}
    return [replace(m, canonical=full[m.canonical], kind="organisation", guessed=False)
            if m.canonical in full and m.canonical not in told_before and m.kind in ("organisation", "person")
            and (" " not in m.canonical or m.kind == "organisation") else m
            for m in mentions]


def _proper_then_common(words: list[str]) -> bool:
    """'Kessler Fahrzeugtechnik', 'Hydrotec Anlagenbau': a proper noun, then the common noun of
    what the company does; not 'Stadt Hallstedt', 'Rheinische Post' or a region's short form ('NÖ
    Gemeindebund')."""
    return (words[0].isalpha() and not words[0].isupper() and words[1].isalpha() and words[1][:1].isupper()
            and (morph.tag(words[0]) == "NE" or morph.is_unknown(words[0])) and not morph.also_common_noun(words[0])
            and morph.tag(words[1]) == "NN" and not morph.is_unknown(words[1]))


_BRACKETED_SHORT_FORM = re.compile(r"(\w+)\s\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5})\)")
_LISTED_SHORT_FORM = re.compile(r"\((?:[^()]*\s)?(\w+),\s([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5})\)")  # "(Digital Services Act, DSA)"


def _join_bracketed(mentions: list[Mention], text: str) -> list[Mention]:
    """'die Gewerkschaft Erziehung und Wissenschaft (GEW)' where the list knows 'GEW': the name
    and its short form in brackets right after it are one organisation. Where the name shares no
    word with the listed one, the report spells out a short form of its own ("Das Bundesamt für
    Gesundheit (BAG)" in a Swiss report is no "Bundesarbeitsgericht", "das Bundesdenkmalamt (BDA)"
    no employers' federation "BDA", even where the list knows both): the report's name holds for
    that short form throughout the report."""
    out = list(mentions)
    own: dict[tuple[str, str], str] = {}  # (listed name, surface) -> the report's own long form
    for i, (name, short) in enumerate(zip(mentions, mentions[1:])):
        surface = text[short.start:short.end]
        if (name.kind == short.kind == "organisation" and text[name.end:short.start] == " ("
                and _BRACKET_CLOSE.match(text, short.end) and name.canonical != short.canonical
                # "(BO Milch)" is a short form, "(Landkreis Rostock)" where the place lies
                and (" " not in surface or surface.split()[0].isupper())):
            if (surface.isupper() and "(" not in name.canonical + short.canonical
                    and not set(_content_words(name.canonical)) & set(_content_words(short.canonical))):
                own[(short.canonical, surface)] = f"{name.canonical} ({surface})"
                continue
            bare = short.canonical.removesuffix(f" ({surface})")
            head = name.canonical[:-len(bare)] if name.canonical.endswith(bare) else ""
            if bare != short.canonical and head and _NAME_LINKS.intersection(head.lower().split()):
                # "Bundesministerium für Land- und Forstwirtschaft, …, Regionen und Wasserwirtschaft
                # (BMLUK)": the name read whole is longer than the words before the bracket reach (a
                # describing noun before a name stays out: "Arbeitgebervereinigung Sozialwirtschaft …")
                out[i] = replace(name, canonical=f"{name.canonical} ({surface})")
                out[i + 1] = replace(short, canonical=out[i].canonical)
                continue
            out[i] = replace(name, canonical=short.canonical)
    if own:
        out = [replace(m, canonical=own[(m.canonical, text[m.start:m.end])])
               if (m.canonical, text[m.start:m.end]) in own else m for m in out]
        for i, (name, short) in enumerate(zip(out, out[1:])):
            if text[name.end:short.start] == " (" and short.canonical in own.values() and "(" not in name.canonical:
                out[i] = replace(name, canonical=short.canonical)
    return out


def _content_words(name: str) -> list[str]:
    """The capitalised words of a name: 'Bundesamt für Migration' and 'Bundesamt für Migration und
    Flüchtlinge' share 'Bundesamt'."""
    return [w.lower() for w in re.findall(r"[\wÄÖÜäöüß]+", name) if w[:1].isupper()]


def _join_appositive_names(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """'Das Schweizerische Heilmittelinstitut Swissmedic', 'Die Deutsche Flugsicherung DFS': a
    body named by its adjective and noun (or its field: 'Bundesamt für Landwirtschaft BLW'), right
    before its own name or short form without brackets, is one organisation: by that name
    ('Swissmedic'), or with the short form as if in brackets ('Deutsche Flugsicherung (DFS)'; a listed
    short form keeps the list's name)."""
    out = list(mentions)
    for i, (body, name) in enumerate(zip(mentions, mentions[1:])):
        words = body.canonical.split()
        surface = text[name.start:name.end]
        if not (body.kind == name.kind == "organisation" and body.sentence == name.sentence
                and text[body.end:name.start] == " " and len(words) >= 2 and " " not in surface
                # "Das Bundesamt für Landwirtschaft BLW": a body for a field, before its short form only
                # (not "die Tarifkommission der IG BCE": the genitive's organisation has the short form)
                and (morph.tag(words[0]) in ("ADJ(A)", "NNA") or (len(words) >= 3 and words[1] == "für"
                                                                   and _ACRONYM.match(surface)))
                and "(" not in body.canonical
                and body.canonical not in gaz.listed):  # "dass die Deutsche Bahn Siemens beauftragt": two actors
            continue
        if _ACRONYM.match(surface):
            joined = f"{body.canonical} ({surface})" if name.canonical == surface else name.canonical
        elif name.canonical == surface and surface[:1].isupper() and not surface.isupper() and surface not in gaz.listed:
            joined = surface
        else:
            continue
        out[i] = replace(body, canonical=joined, end=name.end)
        out[i + 1] = replace(name, canonical=joined)
    return out


_BREAKS_NAME = ",;:()«»„“\""  # marks no long form has unless its name does ("Bundesministerium für Wirtschaft, Energie …")


def _within_long_forms(mentions: list[Mention], text: str) -> list[Mention]:
    """'die Kassenärztliche Vereinigung Hessen (KVH)': names read inside a long form, before its
    short form in brackets (the listed 'Kassenärztliche Vereinigung', the state 'Hessen'), are the
    long form's actor."""
    out = list(mentions)
    for long in mentions:
        found = _SHORT_FORM.fullmatch(long.canonical)
        if not found or long.kind != "organisation" or text[max(0, long.start - 2):long.start] != " (":
            continue
        size = len(long.canonical[:found.start(1)].split())
        for k, m in enumerate(out):
            inside = text[m.start:long.start - 2].rstrip("“\"»«”")  # "„… Robotik“ (IAR)": the name in quotes
            if (m.sentence == long.sentence and m.end <= long.start - 2 and m.canonical != long.canonical
                    and len(inside.split()) <= size
                    and not any(mark in inside and mark not in long.canonical[:found.start(1) - 1] for mark in _BREAKS_NAME)):
                out[k] = replace(m, canonical=long.canonical, kind="organisation", guessed=False)
    return out


_BRACKET_CLOSE = re.compile(r"(?: [\w-]+)?\)")  # "(BO Milch)": the short form's qualifier, then the bracket


def _to_the_one_longer(mentions: list[Mention], shortened: Callable[[str], str | None],
                       joins: Callable[[str], bool] = lambda name: True) -> list[Mention]:
    """An organisation named by a short form of the one longer name of the report that `shortened`
    gives it is that organisation (where `joins` lets the short form join one)."""
    longer: dict[str, set[str]] = {}
    for m in mentions:
        short = shortened(m.canonical) if m.kind == "organisation" else None
        if short:
            longer.setdefault(short, set()).add(m.canonical)
    return [replace(m, canonical=next(iter(longer[m.canonical])))
            if m.kind == "organisation" and len(longer.get(m.canonical, ())) == 1 and joins(m.canonical) else m
            for m in mentions]


def _join_linked_towns(mentions: list[Mention]) -> list[Mention]:
    """'Die Gemeinde Lanzing muss zahlen' after 'die Gemeinde Lanzing am Lanzensee': a body of a
    town named without the river or lake that sets the town apart is the one named with it."""
    return _to_the_one_longer(mentions, lambda name: name[:link.start()] if (link := _TOWN_LINK.search(name)) else None)


def _join_regional_forms(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Der Gemeinde- und Städtebund hat recht' after 'der Gemeinde- und Städtebund Rheinland-Pfalz':
    an organisation of several words named without the region the report names it with is that one."""
    def without_region(name: str) -> str | None:
        region = next((r for r in gaz.regions if name.endswith(" " + r)), None)
        short = name[:-len(region) - 1] if region else ""
        # (a single word, and a political party named alone, the national one, are left as they are)
        return short if " " in short and short not in gaz.political_parties else None
    return _to_the_one_longer(mentions, without_region)


def _join_bare_heads(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Der Gemeindebund fordert …' after 'der NÖ Gemeindebund': a body named by its common noun
    alone is the one organisation of the report whose name ends in that noun (a place or a listed
    name alone is its own)."""
    return _to_the_one_longer(
        mentions, lambda name: name.split()[-1] if len(name.split()) >= 2 and "(" not in name else None,
        lambda name: (name,) not in gaz.phrases and name[1:].islower() and morph.tag(name) == "NN")


def _join_bare_club_prefixes(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Der TC will zwei Courts bauen' after 'des TC Blau-Weiß Kellersheim': a club's short form
    alone (`club_prefixes`) is the one club of the report named with it."""
    return _to_the_one_longer(
        mentions, lambda name: name.split()[0] if " " in name and name.split()[0] in gaz.club_prefixes else None)


def _join_described_without_place(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Der Präsident der Astronomischen Vereinigung' after 'die Astronomische Vereinigung
    Ebnetswil': an organisation named by an adjective and a common noun alone describes the one
    organisation of the report named so with its place (a listed name alone is its own)."""
    def without_place(name: str) -> str | None:
        words = name.split()
        if len(words) != 3 or not morph.is_proper_noun(words[2]):
            return None
        return " ".join(words[:2]) if morph.tag(words[0]) == "ADJ(A)" and morph.tag(words[1]) == "NN" else None
    return _to_the_one_longer(mentions, without_place, lambda name: tuple(name.split()) not in gaz.phrases)


# "die Untere Denkmalschutzbehörde des Landkreises Marschwede": an office and, in the genitive, the
# state, district, canton or town whose office it is
_SEAT_WORD = re.compile(rf"(?:Landes|Landkreises|Kreises|Kantons|Bezirks|Freistaats|Freistaates"
                        rf"|{'|'.join(_MUNICIPALITIES)})\s")
_SEAT_KINDS = tuple(f"{kind} " for kind in ("Land", "Landkreis", "Kreis", "Kanton", "Bezirk", "Freistaat",
                                            *_MUNICIPALITIES))
_OFFICE_ENDINGS = ("ministerium", "behörde", "ausschuss", "kommission", "amt", "direktion", "aufsicht", "stelle",
                   "dienst", "beirat", "büro", "departement", "personalrat")
# the office's own word before the genitive of its seat, capitalised and not a sentence's first word
_OFFICE_BEFORE_SEAT = re.compile(r"(?<=[a-zäöüß,] )((?:Untere |Obere )?[A-ZÄÖÜ][a-zäöüß-]*(?:%s))\s+(?:des|der)\s+\Z"
                                 % "|".join(_OFFICE_ENDINGS))


def _join_genitive_seats(mentions: list[Mention], text: str) -> list[Mention]:
    """'die Untere Denkmalschutzbehörde des Landkreises Marschwede', 'das Verkehrsministerium des
    Landes Nordrhein-Westfalen': an office named with the body it belongs to in the genitive is one
    organisation of that whole name (the state or district is named too), and the office named alone
    later is the same one."""
    out: list[Mention] = []
    joined: dict[str, str] = {}
    for m in mentions:
        previous = out[-1] if out else None
        if (previous is not None and previous.kind == "organisation" and m.kind == "organisation"
                and previous.sentence == m.sentence and m.canonical.startswith(_SEAT_KINDS)
                and text[previous.end:m.start].strip() in ("des", "der") and _SEAT_WORD.match(text, m.start)
                and any(word.lower().endswith(_OFFICE_ENDINGS) for word in previous.canonical.split())):
            name = previous.canonical + " " + " ".join(text[previous.end:m.end].split())
            joined.setdefault(previous.canonical, name)
            out[-1] = replace(previous, canonical=name, end=m.end)
            out.append(m)  # the state or district is named too
            continue
        seat = m.kind == "organisation" and m.canonical.startswith(_SEAT_KINDS) and _SEAT_WORD.match(text, m.start)
        office = _OFFICE_BEFORE_SEAT.search(text, max(0, m.start - 60), m.start) if seat else None
        if office is not None and (previous is None or previous.end <= office.start()):
            # "Die Lawinenkommission der Gemeinde Kaltenmalfron": an office no name of its own opens
            name = " ".join(text[office.start():m.end].split())
            joined.setdefault(office.group(1), name)
            out.append(replace(m, canonical=name, start=office.start()))
        out.append(m)
    return [replace(m, canonical=joined[m.canonical]) if m.kind == "organisation" and m.canonical in joined else m
            for m in out]


_SURROUNDINGS = re.compile(r"\s+und\s+Umgebung\b")
# "der Verein Arena frei", "die IG Schlosspark offen": a group's name of a place and its motto's word
_MOTTO = re.compile(r"\s+(?:frei|offen|aktiv|viva)\b(?!-)")


def _with_name_tails(mentions: list[Mention], text: str) -> list[Mention]:
    """'der Obstbauverein Lindwil und Umgebung', 'der Verein Arena frei': a club of a town 'und
    Umgebung', and a group whose name ends in its motto's word in small letters, have that in their
    name, also where the report later names them without it."""
    def tail(m: Mention) -> re.Match[str] | None:
        words = m.canonical.split()
        if m.kind != "organisation" or len(words) < 2:
            return None
        motto = len(words) == 2 and (words[0] in _NAME_PART_HEADS or words[0].lower().endswith("verein"))
        return _SURROUNDINGS.match(text, m.end) or (_MOTTO.match(text, m.end) if motto else None)
    wider = {m.canonical: m.canonical + " " + found.group().strip() for m in mentions if (found := tail(m))}
    out = []
    for m in mentions:
        if m.kind == "organisation" and m.canonical in wider:
            found = tail(m)
            m = replace(m, canonical=wider[m.canonical], end=m.end + len(found.group()) if found else m.end)
        out.append(m)
    return out


# an acronym's organisation and the one word of the state, region or town of its branch after it
_BRANCH_PLACE = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![ -]?[A-ZÄÖÜ0-9(„\"])")
_COMPASS_REGION = re.compile(r"(?:Nord|Süd|Ost|West)[a-zäöü]+")


def _with_branch_places(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """'die GEW Berlin', 'der ADAC Südbayern', 'die SVP Uferlingen': an organisation named by its
    letters and then a state, a region or a town the report names as one is its branch there."""
    out = []
    for m in mentions:
        after = _BRANCH_PLACE.match(text, m.end) if m.kind == "organisation" and _ACRONYM.fullmatch(m.canonical) else None
        if after is not None:
            word = after.group(1)
            entry = gaz.phrases.get((word,))
            if ((entry is not None and (entry.is_place or entry.kind == "state")) or _COMPASS_REGION.fullmatch(word)
                    or (_TOWN_SHAPED.fullmatch(word) and (morph.is_unknown(word) or morph.tag(word) == "NE"))
                    or re.search(rf"\b(?:in|aus|nach|{'|'.join(_MUNICIPALITIES)}) {word}\b", text)):
                m = replace(m, canonical=f"{m.canonical} {word}", end=after.end())
        out.append(m)
    return out


def _join_bare_institutions(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """'Das Verwaltungsgericht hebt die Busse auf' after 'das Verwaltungsgericht des Kantons
    Solothurn': a court, office or district's council named by its kind alone is the one of that kind
    the report names with its place ('Landratsamt Oberallgäu', 'Bezirksrat Andelfingen') or its
    region's adjective ('Niedersächsisches Oberverwaltungsgericht'); so is a council named by a
    compound of `bodies` ('der Landeselternrat' after 'des Landeselternrats Niedersachsen')."""
    councils = tuple(body for body in gaz.bodies if body.islower() and body.endswith("rat"))

    def kind(name: str) -> str | None:
        if " " not in name:
            return None
        first = name.split()[0]
        return (first if (first in gaz.bodies and (first.endswith("amt") or first in gaz.district_bodies))
                or first.lower().endswith(councils) else _court_kind(name, gaz))
    return _to_the_one_longer(mentions, kind, lambda name: " " not in name and (name,) not in gaz.phrases)


def _join_acronyms(mentions: list[Mention]) -> list[Mention]:
    """'Die NGG verlangt …' after 'Gewerkschaft Nahrung-Genuss-Gaststätten (NGG)': one actor."""
    long_forms: dict[str, str] = {}
    for m in mentions:
        found = _SHORT_FORM.fullmatch(m.canonical)
        if found and m.kind == "organisation":
            long_forms.setdefault(found.group(1), m.canonical)
            long_forms.setdefault(found.group(1).split()[0], m.canonical)  # "der HEV" for "(HEV Basel-Stadt)"
            # "seines Landesamts für Statistik" for "Bayerisches Landesamt für Statistik (LfStat)": the
            # name without its short form, or without the adjective that opens it
            words = m.canonical.rsplit(" (", 1)[0].split()
            long_forms.setdefault(" ".join(words), m.canonical)
            if len(words) >= 3 and morph.tag(words[0]) == "ADJ(A)":
                long_forms.setdefault(" ".join(words[1:]), m.canonical)
    if not long_forms:
        return mentions
    return [replace(m, canonical=long_forms[m.canonical]) if m.canonical in long_forms else m for m in mentions]


def _join_initialled_names(mentions: list[Mention]) -> list[Mention]:
    """'der SV Springer Grünhainau' beside 'des Schachvereins Springer Grünhainau': initials that
    spell the first word of a name the report also gives in full, before the same words, are that
    name; one actor, named in full."""
    full: dict[tuple[str, ...], list[str]] = {}
    for m in mentions:
        words = m.canonical.split()
        if m.kind == "organisation" and len(words) >= 2 and words[0].isalpha() and not words[0].isupper():
            full.setdefault(tuple(words[1:]), []).append(m.canonical)
    if not full:
        return mentions
    named: dict[str, str] = {}
    for m in mentions:
        words = m.canonical.split()
        if m.kind == "organisation" and len(words) >= 2 and 2 <= len(words[0]) <= 4 and words[0].isupper():
            # "SV" for "Schachverein": the word's first letter, then the other initials in order
            long = next((name for name in full.get(tuple(words[1:]), ())
                         if name[:1].lower() == words[0][:1].lower() and _spells(name.split()[0], words[0])), "")
            if long:
                named[m.canonical] = long
    return [replace(m, canonical=named[m.canonical]) if m.canonical in named else m for m in mentions]


@dataclass(frozen=True)
class ActorFindings:
    parties: tuple[Actor, ...]
    mentioned: tuple[Actor, ...]
    mentions: tuple[Mention, ...]


def _role_of(mention: Mention, knowledge: Knowledge) -> str:
    """The title a mention gives, else the one the actor list knows for the person."""
    known = knowledge.actors.person_by_name.get(mention.canonical)
    return mention.role or (known.role if known else "")


def _actor(name: str, mentions: Iterable[Mention], knowledge: Knowledge, kind: Kind) -> Actor:
    mentions = list(mentions)
    role = next((m.role for m in mentions if m.role), "")
    country = next((m.country for m in mentions if m.country), "")
    known = knowledge.actors.person_by_name.get(name)
    if known:
        role = role or known.role
        country = country or known.country
    if kind == "organisation":
        known_org = knowledge.actors.organisation_by_name.get(name)
        country = known_org.country if known_org else ""
    return Actor(name, role, country)


@lru_cache(maxsize=8)
def _word_forms(forms: tuple[str, ...], opening: bool) -> re.Pattern[str]:
    """A pattern for cue word forms: anywhere as word starts, or (`opening`) as whole words at the
    start of a sentence after at most one word."""
    alternatives = "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in forms) or r"(?!)"
    if opening:
        return re.compile(rf"^(?:\w+\s+)?(?:{alternatives})\s", re.I)
    return re.compile(rf"\b(?:{alternatives})", re.I)


_EVENT_TERMS = ("telefon", "gespräch", "treffen", "getroffen", "gipfel", "verhandl", "zusammen", "mit ")


def choose_parties(mentions: list[Mention], lead_sentence_texts: list[str], text: str = "",
                   lead_indices: tuple[int, ...] = (0, 1),
                   reporting_verbs: frozenset[str] = frozenset(), agreed_forms: tuple[str, ...] = ()) -> list[str]:
    """Actors of the reported event, from the lead.

    The people in the first sentence's main clauses (not in relative clauses); organisations or
    states there when it names no one. A second lead sentence adds people only when the first
    named a single actor and the second is about the event itself ("nach einem Telefonat mit X").
    `lead_indices`: the sentence indices of the lead's two sentences (datelines and author codes
    split off as sentences are not the lead); `reporting_verbs`: lemmas of verbs of saying.
    """
    first_index, second_index = (tuple(lead_indices) + (-1, -1))[:2]
    def lead_actors(index: int, kinds: tuple[str, ...]) -> list[str]:
        names: list[str] = []
        for m in mentions:
            if (m.sentence == index and m.kind in kinds and not m.in_relative_clause and not m.source and not m.example
                    and not m.affiliation and not _asked_about(m, text)
                    and not (m.after_preposition and m.kind != "person") and m.canonical not in names):
                names.append(m.canonical)
        return names

    if (second_index >= 0 and len(lead_sentence_texts) > 1
            and not lead_actors(first_index, ("person", "organisation", "state"))):
        # "Wer einen Schiedsrichter angreift, …. Der Verbandstag des FLVW hat …": the first
        # sentence sets the scene, the second names the actors
        first_index, second_index = second_index, -1
        lead_sentence_texts = lead_sentence_texts[1:]
    people = lead_actors(first_index, ("person",))
    chosen = people or lead_actors(first_index, ("organisation", "state"))
    if people:  # "Präsident Gustavo Petro und die Guerilla ELN haben …": both act
        chosen = chosen + [n for n in _coordinated_with_people(mentions, text, first_index) if n not in chosen]
    second_people = lead_actors(second_index, ("person",))
    if len(chosen) < 2 and len(lead_sentence_texts) > 1 and (people or not chosen):
        second = lead_sentence_texts[1].lower()
        if not chosen or any(term in second for term in _EVENT_TERMS[:6]):
            chosen += [n for n in second_people if n not in chosen]
    elif not people and chosen and len(lead_sentence_texts) > 1 and (
            not _says_who_reported(lead_sentence_texts[1], reporting_verbs)
            or (_joint_announcement(lead_sentence_texts[1], reporting_verbs) and len(second_people) >= 2)):
        # "Armenien und Aserbaidschan haben … paraphiert. Paschinjan und Alijew unterzeichneten …":
        # the people who act for the states or organisations of the lead are parties too, unless
        # the second sentence only says who reported it ("Das teilte X mit"); several people who
        # announce it together ("Das teilten A, B und C mit") are the sides that agreed. They
        # stand for their states, which are then not listed beside them (organisations stay).
        acting = [m for m in mentions if m.sentence == second_index and m.kind == "person"
                  and m.canonical in second_people]
        if acting:
            states = {m.canonical for m in mentions if m.kind == "state"}
            chosen = [n for n in chosen if n not in states]
            chosen += [m.canonical for m in acting if m.canonical not in chosen]
            # "WDS, die IG Metall Küste, Insolvenzverwalter Brandt und … unterzeichneten": their list
            chosen += [n for n in _coordinated_with_people(mentions, text, second_index) if n not in chosen]
    agreed = _word_forms(agreed_forms, opening=False)
    if (not people and chosen and len(lead_sentence_texts) > 1 and agreed.search(lead_sentence_texts[1])
            and not agreed.search(lead_sentence_texts[0])):
        # "Für die Beschäftigten von X steht das Ende fest. Geschäftsführung, Betriebsrat und IG Metall
        # einigten sich …": the first sentence sets the scene, the second names who agreed
        chosen += [n for n in lead_actors(second_index, ("organisation",)) if n not in chosen]
    return chosen


_CLAUSE_MARK = re.compile(r"[,;:–—]|\s-\s")
_WHETHER = re.compile(r"(?<!\w)[Oo]b(?!\w)")


def _asked_about(mention: Mention, text: str) -> bool:
    """'– ob auch Amazon mitmacht, ist offen': an actor named in an indirect question may not take part."""
    before = _CLAUSE_MARK.split(text[max(0, mention.start - 80):mention.start])[-1]
    return _WHETHER.search(before) is not None


def _coordinated_with_people(mentions: list[Mention], text: str, index: int = 0) -> list[str]:
    """Organisations or states of a sentence listed together with a person named there ("Präsident
    Gustavo Petro und die Guerilla ELN", "WDS, die IG Metall Küste, Insolvenzverwalter Brandt und …")."""
    ordered = sorted((m for m in mentions if m.sentence == index and not m.in_relative_clause and not m.source
                      and not m.affiliation), key=lambda m: m.start)
    chains: list[list[Mention]] = []
    for m in ordered:
        if chains and _ENUMERATED.fullmatch(text[chains[-1][-1].end:m.start]):
            chains[-1].append(m)
        else:
            chains.append([m])
    out = []
    for chain in chains:
        if not any(m.kind == "person" for m in chain):
            continue
        for other in chain:
            genitive = text[other.start:other.end].endswith("s") and not other.canonical.endswith("s")  # "Chinas Staatschef"
            if other.kind != "person" and not other.after_preposition and not genitive and other.canonical not in out:
                out.append(other.canonical)
    return out


# between two names of one list of subjects: "Weser Defence Systems (WDS), die IG Metall Küste,
# Insolvenzverwalter Hendrik Brandt und …"
_ENUMERATED = re.compile(r"(?:\s+[\w-]+)?\s*(?:\([^()]{1,12}\)|\))?\s*(?:,\s*(?:und\s+|sowie\s+)?|und\s+|sowie\s+)"
                         r"(?:(?:die|der|das|den)\s+)?(?:[\w-]+\s+){0,2}"
                         r"|(?:\s+[\w-]+)?\s*\(")  # "Baltic Naval Systems (BNS)": a name and its short form


# Words that name a source without a verb of saying ("laut Kreml", "Angaben zufolge").
_SOURCE_WORDS = frozenset({"laut", "zufolge", "angaben"})
_WORDS = re.compile(r"\w+")


def _verb_of_saying(word: str, reporting_verbs: frozenset[str]) -> bool:
    """'teilten', 'mitteilte', 'betonten': a finite form of a verb in `reporting_verbs`
    (data/cues.yaml); the infinitive ('mitteilen wollen') reports nothing yet."""
    lowered = word.lower()
    if not lowered.isalpha():
        return False
    candidates = {morph.analyze(lowered)[0].lower()} | morph.weak_verb_lemmas(lowered)
    return lowered not in candidates and not candidates.isdisjoint(reporting_verbs)


def _says_who_reported(sentence: str, reporting_verbs: frozenset[str]) -> bool:
    """"Das teilte X mit", "Nach Angaben des Kremls …": the sentence names a source."""
    return any(w.lower() in _SOURCE_WORDS or _verb_of_saying(w, reporting_verbs) for w in _WORDS.findall(sentence))


def _joint_announcement(sentence: str, reporting_verbs: frozenset[str]) -> bool:
    """"Das teilten A, B und C gemeinsam mit", "Nach der Sitzung teilten A, B und C mit": the sides
    themselves announce it (a verb of saying in the plural past)."""
    words = _WORDS.findall(sentence)
    if len(words) > 1 and words[0] in ("Das", "Dies") and _verb_of_saying(words[1], reporting_verbs):
        return True
    return any(w.endswith("ten") and _verb_of_saying(w, reporting_verbs) for w in words[:12])


# How far into a report the sides of the event are still being introduced (a headline, a teaser
# and a dateline may come before the lead, the sides' voices a paragraph after it).
_OPENING_SENTENCES = 10
# how far a scene-setting opening may run before the lead (a presenter's introduction)
_SCENE_SENTENCES = 6


# a list of subjects: "Konzern, Betriebsrat und IG Metall", "Bund, Länder und Kommunen"
_SUBJECT_LIST = re.compile(r"(?:(?:(?:der|die|das)\s+)?[A-ZÄÖÜ][\w-]+(?:\s*,\s*|\s+und\s+|\s+sowie\s+))+"
                           r"(?:(?:der|die|das)\s+)?[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?")
_ARTICLE_PREFIX = re.compile(r"^(?:der|die|das)\s+")


def side_nouns(lead: str, party_names: list[str]) -> frozenset[str]:
    """Common nouns that name sides in a list of subjects beside a named party ("Konzern" and
    "Betriebsrat" in "Konzern, Betriebsrat und IG Metall"), in lowercase base form: a person whose
    title holds one ("Gesamtbetriebsratschefin") speaks for that side."""
    found: set[str] = set()
    for match in _SUBJECT_LIST.finditer(lead):
        parts = [_ARTICLE_PREFIX.sub("", p.strip()) for p in re.split(r",|\bund\b|\bsowie\b", match.group(0))
                 if p.strip()]
        if not any(p in party_names or any(n.startswith(p) or n in p.split() for n in party_names) for p in parts):
            continue
        for part in parts:
            if " " in part or part in _STOP or any(n.startswith(part) or f" des {part}" in n for n in party_names):
                continue  # (nor the genitive that ends "Die Autobahn GmbH des Bundes und die Ladewerk AG")
            lemma, tag = morph.analyze(part)
            if tag == "NN":
                base = lemma if lemma and part.startswith(lemma[:4]) else part
                if len(base) >= 4:
                    found.add(base.lower())
    return frozenset(found)


# "Die Außenminister der Europäischen Union haben …", "die Verteidigungsminister der 32 NATO-Staaten"
_OFFICE_SUBJECT = re.compile(r"\b[Dd]ie\s+([A-ZÄÖÜ][\w-]+)\s+(?:der|des|aus|von)\s")


def _acting_office(lead: str, gaz: Gazetteer) -> frozenset[str]:
    """The office of those who act together in the lead ('Die Außenminister der Europäischen
    Union haben … beschlossen'), in lowercase: the people of that office the report names
    ('Bundesaußenminister Johann Wadephul') are the sides."""
    found = set()
    for match in _OFFICE_SUBJECT.finditer(lead):
        word = match.group(1)
        base = role_base(word, gaz) or role_base(word.removesuffix("s"), gaz)
        if base and len(base) >= 6 and base.lower() not in gaz.relational:
            found.add(base.lower().rsplit("-", 1)[-1])
    return frozenset(found)


def _described_sides(index: int, sides: frozenset[str], mentions: list[Mention], party_names: list[str],
                     gaz: Gazetteer) -> list[str]:
    """'Im Tarifkonflikt um das Bodenpersonal der Lufthansa haben sich die Fluggesellschaft und
    die Gewerkschaft Verdi geeinigt': a side named by an organisation noun alone is the
    organisation the sentence names as an attribute before it."""
    if not any(_organisation_head(noun.capitalize(), gaz) for noun in sides):
        return []
    attributes = [m.canonical for m in mentions if m.sentence == index and m.kind == "organisation"
                  and m.after_preposition and not m.affiliation and m.canonical not in party_names]
    return attributes[:1]


def _holds_side(role: str, sides: frozenset[str]) -> bool:
    """'Gesamtbetriebsratschefin' holds the side 'betriebsrat'; a short side only opens the title
    ('Bundesinnenministerin' for 'Bund', not 'Gewerkschaftsbund-Chef')."""
    lowered = role.lower()
    return any(lowered.startswith(noun) if len(noun) < 5 else noun in lowered for noun in sides)


def acting_people(party_names: list[str], mentions: list[Mention], window: frozenset[int], text: str,
                  knowledge: Knowledge, commentators: tuple[str, ...] = (), scene_set: bool = False,
                  sides: frozenset[str] = frozenset()) -> list[str]:
    """Where the lead names no person ("Gewerkschaften und Arbeitgeber einigten sich",
    "Thailand und Kambodscha haben sich geeinigt"), the people who act or speak for the sides in
    the opening sentences (`window`) are the parties: those of a state or organisation the lead
    names, or, where it names none, everyone named there who is not a commentator. They stand for
    the lead's states, which are then not listed beside them. `scene_set`: the report's opening
    names no actor at all, so the first person named after it is one speaker among several."""
    kinds = {m.canonical: m.kind for m in mentions}
    if any(kinds.get(n) == "person" for n in party_names) and not scene_set:
        return party_names
    known = knowledge.actors.person_by_name
    states = {n for n in party_names if kinds.get(n) == "state"}
    org_forms = [_name_forms(n, knowledge) for n in party_names if kinds.get(n) == "organisation"]
    candidates: dict[str, bool] = {}  # name -> speaks for a side of the lead
    # "Bürgermeister Peter Tschentscher (SPD)": the party in parentheses is the person's side
    sides_in_brackets = {before.canonical for before, after in zip(mentions, mentions[1:])
                         if before.kind == "person" and after.affiliation and after.canonical in party_names
                         and text[before.end:after.start] == " ("}
    for m in mentions:
        if (m.kind != "person" or m.sentence not in window or m.in_relative_clause or m.example
                or m.affiliation or m.canonical in candidates):
            continue
        role = _role_of(m, knowledge).lower()
        if any(commentator_word(role, c) for c in commentators):
            continue
        country = m.country or (known[m.canonical].country if m.canonical in known else "")
        side = (bool(country and country in states) or any(role and _role_names(role, f) for f in org_forms)
                or m.canonical in sides_in_brackets or _holds_side(role, sides))
        candidates[m.canonical] = side
    same_side = [n for n, side in candidates.items() if side]
    open_field = not party_names or scene_set
    chosen = same_side or (list(candidates) if open_field else [])
    if not chosen:
        return party_names
    people = [n for n in party_names if kinds.get(n) == "person"]
    chosen = [n for n in chosen if n not in people][:max(0, 4 - len(people))]
    return [n for n in party_names if n not in states] + chosen


# "Gastgeberin war die EU-Außenbeauftragte Kaja Kallas", "An den Gesprächen nahm auch … teil"
_PARTICIPATION = re.compile(r"\bGastgeber(?:in)?\b|\bnahm(?:en)?\b[^.;:]*\bteil\b|\bteilgenommen\b"
                            r"|\bunterschrieb(?:en)?\b|\bunterzeichneten?\b"  # "Für die Regierung unterschrieb X"
                            # "setzte … seine Unterschrift unter …", "Als A und B ihre Unterschriften … setzten"
                            r"|\bsetzten?\b[^.;:]*\bUnterschrift(?:en)?\b|\bUnterschrift(?:en)?\b[^.;:]*\bsetzten?\b")


def add_participants(party_names: list[str], mentions: list[Mention], analysed: Analysed,
                     window: frozenset[int]) -> list[str]:
    """People the opening names as the meeting's host, among those who took part in it or as
    those who signed; they stand for the lead's states, which are then not listed beside them."""
    out = list(party_names)
    for sentence in analysed.sentences:
        if sentence.index not in window or not _PARTICIPATION.search(sentence.text):
            continue
        out += [m.canonical for m in mentions if m.sentence == sentence.index and m.kind == "person"
                and not m.in_relative_clause and not m.example and m.canonical not in out]
    if len(out) > len(party_names):
        states = {m.canonical for m in mentions if m.kind == "state"}
        out = [n for n in out if n not in states]
    return out


_SUBJECT_GLUE = frozenset("der die das und sowie , auch".split())
# "Der Erste Senat des …", "Der Aufsichtsrat der …": the words before the body that acts through them
_CHAMBER_OF = re.compile(r"\b(?:\w+\s+)?(?:[IVX]+\.\s+)?(?:(?:Zivil|Straf|Kartell)?(?:[Ss]enat|[Kk]ammer)|"
                         + "|".join(word.capitalize() for word in _ORGAN_WORDS) + r")\s+de[sr]\s*$")


def add_deciding_bodies(party_names: list[str], mentions: list[Mention], analysed: Analysed,
                        lead: list[int], gaz: Gazetteer) -> list[str]:
    """Parliaments and councils (`legislatures`, `local_bodies`) that open a lead sentence as its
    subject ('Der Bundesrat hat … gestoppt', 'Der Rat der Stadt Solingen und der Rat der Stadt
    Leverkusen stimmten …'): a council or parliament decides by its vote, so it is a party even
    where the lead names people too."""
    out = list(party_names)
    # "Die Gemeindeversammlung genehmigt den Kredit mit 388 Ja zu 141 Nein" further down (a ticker's
    # entry of the vote, below its summary): the body whose vote the report counts decided too
    tallied = [s.index for s in analysed.sentences if s.index not in lead and VOTE_TALLY.search(s.text)
               and not _PLUPERFECT.intersection(s.text.split())]
    for index in [*lead, *tallied]:
        for m in [*_opening_subject(mentions, analysed, index), *_subject_after_verb(mentions, analysed, index)]:
            if m.kind == "organisation" and _is_legislature(m.canonical, gaz) and m.canonical not in out:
                out.append(m.canonical)
    return out


_PLUPERFECT = frozenset({"hatte", "hatten"})


# only an article between the colon and the name: the name opens the clause after the colon
_ARTICLE_ONLY = re.compile(r"\s*(?:der|die|das)\s+", re.I)
_NOUN_BEFORE_VERB = re.compile(r"\s*(?:Der|Die|Das)\s+[\w-]+\s*")
_ARTICLE_AFTER_VERB = re.compile(r"(?:^|\s)(?P<verb>[a-zäöüß]+)\s+(?:der|die|das)\s+$")


def _subject_after_verb(mentions: list[Mention], analysed: Analysed, index: int) -> Iterable[Mention]:
    """'Mit 19 zu 10 Stimmen hat der Gemeinderat … beschlossen', '…: Der Gemeinderat der
    Marktgemeinde … hat …': a body named right after the finite verb of a sentence opened by
    something else (German puts the subject after the verb then), or opening the clause after a colon."""
    sentence = analysed.sentences[index]
    if next(iter(_opening_subject(mentions, analysed, index)), None) is not None:
        return  # "Der Rat hat die Gemeindeversammlung einberufen": the subject opens the sentence
    colon = sentence.text.find(": ")
    for m in mentions:
        if m.sentence != index or m.after_preposition or m.in_relative_clause or m.affiliation:
            continue
        before = analysed.text[sentence.start:m.start]
        verb = _ARTICLE_AFTER_VERB.search(before)
        if (verb and morph.is_finite_verb(verb.group("verb"))
                and not _NOUN_BEFORE_VERB.fullmatch(before[:verb.start("verb")])):
            yield m  # (not after "Der Bürgermeister hat …": a subject opened the sentence, this is its object)
        elif 0 <= colon and _ARTICLE_ONLY.fullmatch(before[colon + 2:]):
            yield m


def _subject_after_colon(mentions: list[Mention], analysed: Analysed, index: int) -> Iterable[Mention]:
    """'Jetzt ist die Entscheidung gefallen: Die Bezirkshauptmannschaft Murtal hat …': the subject
    that opens the clause after a colon (where no name stands before it: a speaker's label is not
    announcing what follows)."""
    sentence = analysed.sentences[index]
    colon = sentence.text.find(": ")
    if colon < 0 or any(m.sentence == index and m.start < sentence.start + colon for m in mentions):
        return
    for m in mentions:
        if (m.sentence == index and not (m.after_preposition or m.in_relative_clause or m.affiliation)
                and _ARTICLE_ONLY.fullmatch(analysed.text, sentence.start + colon + 2, m.start)):
            yield m


def add_voting_groups(party_names: list[str], mentions: list[Mention], analysed: Analysed, knowledge: Knowledge,
                      vote_words: frozenset[str], needed: frozenset[str] = frozenset()) -> list[str]:
    """Political parties, and groups of them ('CDU/CSU'), named in a sentence that tells how they
    voted ('CDU/CSU und SPD stimmten dafür, AfD, Grüne und Linke dagegen', 'mit den Stimmen von ÖVP
    und SPÖ'): they agreed to the decision or refused it, so they are its parties. A party named as
    someone's affiliation ('Markus Brandl (CDU)') is not, nor one whose votes are still wanted (`needed`:
    'sind auf die Stimmen der Grünen oder der FPÖ angewiesen')."""
    if not vote_words:
        return party_names
    groups = knowledge.actors.political_groups
    voting = {s.index for s in analysed.sentences
              if vote_words.intersection(t.lower_ for t in s.tokens) and not needed.intersection(t.lower_ for t in s.tokens)}
    out = list(party_names)
    for m in mentions:
        if m.sentence in voting and m.canonical in groups and not m.affiliation and m.canonical not in out:
            out.append(m.canonical)
    return out


def add_opening_organisations(party_names: list[str], mentions: list[Mention], analysed: Analysed,
                              lead: list[int]) -> list[str]:
    """Organisations that open a lead sentence as its subject ('Wirtschaftskammer (WKÖ),
    Gewerkschaftsbund (ÖGB) und Arbeiterkammer (AK) präsentierten das Papier gemeinsam mit Minister
    …'): the sides that act, though the sentence names a person too. States are left to the people
    who stand for them."""
    out = list(party_names)
    for index in lead:
        for m in [*_opening_subject(mentions, analysed, index), *_subject_after_colon(mentions, analysed, index)]:
            if m.kind == "organisation" and not m.affiliation and not m.after_preposition and m.canonical not in out:
                out.append(m.canonical)
    return out


def add_signing_organisations(party_names: list[str], mentions: list[Mention], analysed: Analysed,
                              opening: list[int], signing_forms: tuple[str, ...] = (),
                              agreed_forms: tuple[str, ...] = ()) -> list[str]:
    """'Zugleich schlossen der Leipziger Gasimporteur VNG und der algerische Energiekonzern
    Sonatrach einen Liefervertrag': organisations named as the subject after a signing verb that
    opens a sentence of the opening are sides of the event too."""
    out = list(party_names)
    signing = _word_forms(signing_forms, opening=True)
    agreed = _word_forms(agreed_forms, opening=False)
    for index in opening:
        sentence = analysed.sentences[index]
        subject = [m for m in _opening_subject(mentions, analysed, index)
                   if m.kind == "organisation" and not (m.affiliation or m.after_preposition)]
        if len({m.canonical for m in subject}) >= 2 and agreed.search(sentence.text):
            # "Das Land Niederösterreich, die Österreichische Post AG und der NÖ Gemeindebund haben …
            # eine Vereinbarung unterzeichnet": organisations that open the sentence and agree
            out += [m.canonical for m in subject if m.canonical not in out]
            continue
        if not signing.match(sentence.text):
            continue
        clause_end = sentence.start + (sentence.text.find(",") % (len(sentence.text) + 1))
        out += [m.canonical for m in mentions if m.sentence == index and m.kind == "organisation"
                and m.start < clause_end and not (m.after_preposition or m.in_relative_clause or m.affiliation
                                                  or m.example or m.source) and m.canonical not in out]
    return list(dict.fromkeys(out))


# "Gewerkschaftsbund (ÖGB)": the long form before a listed short one belongs to it
_LONG_FORM = re.compile(r"[A-ZÄÖÜ][\w-]+\s*\(\s*$")


def _opening_subject(mentions: list[Mention], analysed: Analysed, index: int) -> Iterable[Mention]:
    """The mentions a sentence opens with, joined by articles, commas and 'und' only: its subject.
    The subject ends where other words begin."""
    position = analysed.sentences[index].start
    for m in sorted((m for m in mentions if m.sentence == index), key=lambda m: m.start):
        between = _LONG_FORM.sub("", analysed.text[position:m.start]).replace(")", " ").replace("(", " ")
        between = _CHAMBER_OF.sub(" ", between)  # "Der Erste Senat des Bundesverfassungsgerichts": the court
        if any(word not in _SUBJECT_GLUE for word in between.lower().replace(",", " , ").split()):
            return
        position = max(position, m.end)
        yield m


def _is_legislature(name: str, gaz: Gazetteer) -> bool:
    """'Bundesrat', 'Sächsischer Landtag', 'Stadtrat Würzburg', 'Rat der Stadt Solingen'."""
    words = name.split()
    return (name.startswith(("Rat der Stadt ", "Rat der Gemeinde ")) or " ".join(words[:2]) in gaz.local_bodies
            or any(w in gaz.local_bodies or _names_body(w, gaz.legislatures) for w in words[:2]))


def _without_reporting_media(party_names: list[str], mentions: list[Mention], gaz: Gazetteer,
                             first: int) -> list[str]:
    """'sagte Obmann Herbert Pichlmayr der APA': agencies and papers (`media: true` in the actor
    list) report the event; only where the lead's first sentence names one is it an actor."""
    in_lead = {m.canonical for m in mentions if m.sentence == first}
    return [name for name in party_names if not _is_media(name, gaz) or name in in_lead]


# a broadcast's or paper's own people: "Moderation (Sandra Imfeld):", "Moderatorin (Seraina Bühlmann):",
# "Beitrag (Reto Bachmann):", "Moderation: Nina Wälti über …", "Corinne Frei mit den Einzelheiten.", "Reto
# Bachmann berichtete aus Ruswil."
_PROGRAMME_CREDIT = re.compile(
    r"(?im)^(?:moderation|moderator(?:in)?|beitrag|bericht|reportage|reporter(?:in)?|korrespondent(?:in)?)"
    r"\s*\((?P<a>[^()\n]{3,40})\)\s*:"
    r"|^moderation\s*:\s*(?P<b>[A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+)\s+(?:über|mit|berichtet|zu)\b"
    r"|(?P<c>\b[A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+)\s+(?:mit\s+den\s+Einzelheiten|berichtete?\s+aus)\b"
    # a presenter's hand-over and sign-off: "Markus Lindinger berichtet.", "Markus Lindinger hat berichtet."
    r"|(?P<d>\b[A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+)\s+(?:hat\s+)?berichtet\."
    # the hand-over after the lead: "Aus dem Bundeshaus berichtet Nina Gygax.", "…, weiss Reto Kälin."
    r"|\b(?:berichtet|weiss|weiß)\s+(?P<e>[A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+)\s*[.:]"
    # the presenter's hand-over to the reporter who was there: "Nina Gredig war dabei."
    r"|(?P<f>\b[A-ZÄÖÜ][\w'-]+\s+[A-ZÄÖÜ][\w'-]+)\s+war\s+(?:dabei|vor\s+Ort)\.")


def _reporter_names(mentions: list[Mention], text: str, titles: tuple[str, ...], gaz: Gazetteer) -> set[str]:
    """A report's own reporters and presenters ("Reporterin Nina Wälti war in Langenthal", a
    radio piece's "Moderation (Sandra Imfeld):") tell the event; they are named, never its parties.
    `titles`: their title endings (`reporters` in the role list)."""
    credited = {" ".join(name.split()) for m in _PROGRAMME_CREDIT.finditer(text)
                for name in m.group("a", "b", "c", "d", "e", "f") if name}
    titled = {m.canonical for m in mentions if m.kind == "person" and titles and (
        m.role.lower().endswith(titles) or text[max(0, m.start - 14):m.start].rstrip().lower().endswith(titles))}
    # "Michael Sturm vom Bayerwald-Echo hat mit der Bürgermeisterin gesprochen": a paper's journalist
    papers = [m for m in mentions if m.kind == "organisation"
              and (_is_media(m.canonical, gaz) or m.canonical.lower().endswith(gaz.publications))]
    journalists = {m.canonical for m in mentions if m.kind == "person" and any(
        _OF_PAPER.fullmatch(text[m.end:p.start]) for p in papers if 0 <= p.start - m.end <= 12)}
    return credited | titled | journalists


def _asks_the_questions(name: str, text: str) -> bool:
    """'Sturm: Frau Hirschberger, ist das ein klarer Auftrag?': the person whose labelled turns in an
    interview are mostly questions is the interviewer (labelled by full name, surname or initials)."""
    words = name.split()
    if len(words) < 2:
        return False
    initials = "".join(word[0] for word in words if word[:1].isalpha())
    label = re.compile(rf"^\s*(?:{re.escape(name)}|{re.escape(words[-1])}|{re.escape(initials)})\s*:", re.M)
    turns = []
    for m in label.finditer(text):
        end = text.find("\n", m.end())
        turns.append(text[m.end():end if end >= 0 else len(text)].rstrip())
    return len(turns) >= 2 and sum(turn.endswith("?") for turn in turns) >= 0.6 * len(turns)


_OF_PAPER = re.compile(r"\s+(?:vom|von\s+der|von\s+den)\s+[„“\"«»]?")


def _without_alliances_of_people(party_names: list[str], mentions: list[Mention], gaz: Gazetteer) -> list[str]:
    """'Die Außenminister der Europäischen Union haben … beschlossen. Kallas sagte …': where two or
    more people act, they stand for the alliance they meet in, as people stand for their states;
    the alliance itself (`alliance: true` in the actor list) is then no party beside them."""
    people = {m.canonical for m in mentions if m.kind == "person"}
    if sum(name in people for name in party_names) < 2:
        return party_names
    return [name for name in party_names if name not in gaz.alliances]


def add_namesake_companies(party_names: list[str], mentions: list[Mention]) -> list[str]:
    """'Anja Melzer, die die Werkstatt in dritter Generation führt' as a party beside 'der Klage der
    Holzkunst Melzer GmbH': a company whose registered name holds a party's surname is that
    person's side, and a party too."""
    surnames = {m.canonical.split()[-1] for m in mentions if m.kind == "person" and m.canonical in party_names
                and " " in m.canonical}
    out = list(party_names)
    for m in mentions:
        words = m.canonical.split()
        if (m.kind == "organisation" and m.canonical not in out and len(words) >= 2 and words[-1] in LEGAL_FORMS
                and surnames.intersection(words[:-1]) and not (m.affiliation or m.example)):
            out.append(m.canonical)
    return out


def add_recurring_companies(party_names: list[str], mentions: list[Mention], gaz: Gazetteer,
                            min_sentences: int = 2) -> list[str]:
    """A company named with its legal form (`organisation_tails`: "die Krenn Immobilien GmbH") that the
    report comes back to in a second sentence is a side of the event: the polluter that is to
    pay, the buyer, the operator an order is addressed to."""
    sentences: dict[str, set[int]] = {}
    for m in mentions:
        if (m.kind == "organisation" and not (m.example or m.affiliation) and m.canonical not in gaz.media
                and m.canonical.rsplit(" ", 1)[-1] in gaz.organisation_tails):
            sentences.setdefault(m.canonical, set()).add(m.sentence)
    return party_names + [name for name, where in sentences.items()
                          if len(where) >= min_sentences and name not in party_names]


# A report this long ends in a tail of reactions (its last quarter); a shorter one in its second half.
_LONG_REPORT_SENTENCES = 10


def _tail_start(sentence_count: int) -> float:
    """Where the reactions at the end of a report start, by sentence index."""
    return sentence_count * (3 / 4 if sentence_count >= _LONG_REPORT_SENTENCES else 1 / 2)


def add_recurring_people(party_names: list[str], mentions: list[Mention], sentence_count: int,
                         knowledge: Knowledge, commentators: tuple[str, ...] = (), max_people: int = 4) -> list[str]:
    """Where the rules above found at most one person for the event ("Verdi und die LVB einigten
    sich", then the negotiators speak), the people the report comes back to in more than one
    sentence, named first before its tail of reactions (`_tail_start`), are its actors too: they
    act or speak for the sides. Spokespeople and commentators are not."""
    kinds = {m.canonical: m.kind for m in mentions}
    people = [n for n in party_names if kinds.get(n) == "person"]
    if len(people) >= 2:
        return party_names
    sentences: dict[str, set[int]] = {}
    for m in mentions:
        if m.kind == "person" and not (m.in_relative_clause or m.example or m.affiliation):
            sentences.setdefault(m.canonical, set()).add(m.sentence)
    added = []
    for name, where in sentences.items():  # in order of first mention
        if name in party_names or len(where) < 2 or min(where) >= _tail_start(sentence_count):
            continue
        roles = {_role_of(m, knowledge).lower() for m in mentions if m.canonical == name}
        if any(r.endswith(knowledge.roles.spokespeople) for r in roles if r) or any(
                commentator_word(r, c) for r in roles if r for c in commentators):
            continue
        added.append(name)
    return party_names + added[:max(0, max_people - len(people))]


@lru_cache(maxsize=10_000)
def _name_forms(name: str, knowledge: Knowledge) -> frozenset[str]:
    """Lowercase forms a role word can start with to name an organisation: its name, aliases,
    acronym ("RSF" in "Rapid Support Forces (RSF)") and head noun ("kommission" for "EU-Kommission")."""
    known = knowledge.actors.organisation_by_name.get(name)
    names = {name, *(known.aliases if known else ())}
    forms = set()
    for n in names:
        acronym = _SHORT_FORM.fullmatch(n)
        if acronym:
            forms.add(acronym.group(1).lower())
            n = n[: acronym.start(1) - 2]
        forms.add(n.lower())
        words = re.split(r"[\s-]", n.lower())
        # "kommission" for "EU-Kommission", "dachverband" for "Dachverband der Sozialversicherungsträger"
        # (a genitive that ends the name is no head: "Bundesverkehrsminister" speaks for no "Autobahn
        # GmbH des Bundes")
        heads = (words[0],) if len(words) > 2 and words[-2] in ("des", "der") else (words[0], words[-1])
        forms.update(w for w in heads if len(words) > 1 and len(w) >= 5)
    return frozenset(forms)


def _role_names(role: str, forms: frozenset[str]) -> bool:
    """'Nato-Generalsekretär' or 'Kommissionspräsidentin' names the organisation of `forms`."""
    lowered = role.lower()
    parts = lowered.split("-")
    if len(parts) > 1 and (parts[0] in forms or parts[0][:-1] in forms):  # "Grünen-Spitzenkandidatin"
        return True
    if len(parts) > 2 and " ".join(parts[:-1]) in forms:  # "IG-Metall-Verhandlungsführer"
        return True
    return any(len(form) >= 5 and parts[-1].startswith(form) and len(parts[-1]) > len(form) + 3 for form in forms)


# "die Präsidentin der ", "der Vorsitzende des Beamtenbundes " right before the organisation
_GENITIVE_APPOSITION = re.compile(r"\b([A-ZÄÖÜ]\w+)\s+(?:der|des)\s+(?:[A-ZÄÖÜ]\w+\s+)?$")


def add_local_sides(parties: tuple[Actor, ...], mentioned: tuple[Actor, ...], text: str, groups: tuple[str, ...],
                    gaz: Gazetteer) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """A citizens' group, association or local list the report names ("Die Bürgerinitiative …
    kündigte eine Klage an", "Der Verein Storchenhilfe begrüsste den Entscheid") is a side of the
    local cause, whether it objects or backs the decision, and so is a company named with its legal
    form that the report comes back to ("die Brakmann Küstenimmobilien GmbH" that bid, builds or runs
    it; named once, it is mostly background): analysts list them among the parties, but not one named
    only in brackets as someone's side. They move from the mentioned to the parties, up to six."""
    def citizen_group(name: str) -> bool:
        words, lowered = name.split(), name.lower()
        if any((entry := gaz.phrases.get(tuple(words[:k]))) and entry.kind == "organisation"
               for k in range(1, len(words) + 1)):
            return False  # "IG Metall Baden-Württemberg": a listed union's branch
        return any(words[0].lower().endswith(group[1:]) if group.startswith("-")
                   else words[0] == group if group[:1].isupper() else group in lowered for group in groups)

    def registered_company(name: str) -> bool:
        # add_recurring_companies already took the companies named again as such; this counts the
        # name's first word in the text, so the report also comes back to a company through the
        # people who run it ("Geschäftsführer Malte Brakmann sagte", "Verwaltungsrätin Liselotte
        # Gysiger-Amsler" of the Gysiger Immobilien AG)
        words = name.replace("(", " ").replace(")", " ").split()
        if not any(word in LEGAL_FORMS for word in words):
            return False
        core = re.escape(words[0])  # "Brakmann" of "die Brakmann Küstenimmobilien GmbH", "die Brakmann"
        return len(re.findall(rf"(?<!\w){core}(?!\w)", text)) >= 2

    def only_affiliation(name: str) -> bool:
        # "Bürgermeisterin Andrea Seiwald (Liste Zukunft Hallbrunn)": whose side someone is on
        found = [(text[max(0, m.start() - 1):m.start()], text[m.end():m.end() + 1])
                 for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
        return bool(found) and all(around == ("(", ")") for around in found)

    moving = [actor for actor in mentioned
              if (citizen_group(actor.name) or registered_company(actor.name)) and not only_affiliation(actor.name)]
    moving = moving[:max(0, _MOST_PARTIES - len(parties))]
    return parties + tuple(moving), tuple(actor for actor in mentioned if actor not in moving)


def add_outcome_subjects(parties: tuple[Actor, ...], mentioned: tuple[Actor, ...], outcomes: Sequence[str],
                         gaz: Gazetteer) -> tuple[tuple[Actor, ...], tuple[Actor, ...]]:
    """An actor an outcome opens with did what was decided ("Die Gemeinde Hinterwilen kauft die
    Liegenschaft", "Die Bezirkshauptmannschaft Zell am See verhängte ein Waffenverbot"): analysts
    count it among the parties, even where the lead leaves it out. Not a speaker ("Günter Wolff:
    …"), the first part of a longer name ("Thyssenkrupp Steel und die IG Metall …") or of a
    genitive ("Der Präsident des …"), nor one a plan only assigns a task ("Die Gemeinde soll …"),
    nor a paper a press review quotes. An outcome that opens with the bare "Die Gemeinde" or "Die
    Stadt" names the one municipality the report names, where no party is one. They move from the
    mentioned to the parties, up to six."""
    def opens(actor: Actor) -> bool:
        return not _is_media(actor.name, gaz) and any(_opens_with_actor(text, actor.name) for text in outcomes)

    def municipality(actor: Actor) -> bool:
        return actor.name.split(" ", 1)[0] in _MUNICIPALITIES and " " in actor.name
    moving = [actor for actor in mentioned if opens(actor)]
    towns = [actor for actor in mentioned if municipality(actor)]
    if (len(towns) == 1 and towns[0] not in moving and not any(municipality(party) for party in parties)
            and any(_BARE_MUNICIPALITY.match(text) for text in outcomes)):
        moving.append(towns[0])  # "Die Gemeinde übernimmt die Säulen selbst" in a report on Gurnitzberg
    moving = moving[:max(0, _MOST_PARTIES - len(parties))]
    return parties + tuple(moving), tuple(actor for actor in mentioned if actor not in moving)


def _opens_with_actor(text: str, name: str) -> bool:
    """'Die Bezirkshauptmannschaft Zell am See verhängte …', 'Wirtschaftsministerin Katherina Reiche
    unterzeichnete …': the name after an article and up to two capitalised words, where it ends."""
    positions = {0}
    article = _ARTICLE_OPENING.match(text)
    for start in (0, article.end()) if article else (0,):
        position = start
        positions.add(position)
        for _ in range(2):
            word = _OPENING_WORD.match(text, position)
            if word is None:
                break
            position = word.end()
            positions.add(position)
    return any(text.startswith(name, position) and not _NAME_GOES_ON.match(text, position + len(name))
               for position in positions)


_ARTICLE_OPENING = re.compile(r"(?:Der|Die|Das) ")
_OPENING_WORD = re.compile(r"[A-ZÄÖÜ][\w-]+ ")
# a longer name, a speaker's colon, a genitive or a task a plan assigns goes on after the name
_NAME_GOES_ON = re.compile(r"[\w:]| [A-ZÄÖÜ]| (?:der|des|soll|sollen)\b")
_MOST_PARTIES = 6  # the brief's contract: two to six parties
# "Die Gemeinde übernimmt …" with no name after the noun (not "Die Gemeinde Thalbach", "Die Stadt:")
_BARE_MUNICIPALITY = re.compile(rf"Die (?:{'|'.join(_MUNICIPALITIES)})\b(?! [A-ZÄÖÜ])(?!:)")


def add_proposing_councils(party_names: list[str], mentions: list[Mention], gaz: Gazetteer) -> list[str]:
    """'Die Gemeindeversammlung Laubegg genehmigte den Kredit' and 'der Gemeinderat Laubegg' named
    further down: citizens vote on what their council proposes, so the council of the assembly's
    town is a side of the vote too."""
    towns = {town for name in party_names for assembly in gaz.assemblies
             if name.startswith(assembly + " ") and (town := name[len(assembly) + 1:])[:1].isupper()}
    if not towns:
        return party_names
    names = {f"{body} {town}" for body in _COUNCILS - gaz.district_bodies for town in towns}
    councils = [m.canonical for m in mentions if m.kind == "organisation" and m.canonical in names]
    return list(dict.fromkeys([*party_names, *councils]))


def add_council_heads(party_names: list[str], mentions: list[Mention], text: str, heads: frozenset[str],
                      gaz: Gazetteer) -> list[str]:
    """'Bürgermeister Gerhard Leitner' where the Gemeinderat decided: the head of a municipality
    whose council or municipality is a party chairs the council and speaks for the decision (the
    titles are `municipal_heads` of the role list)."""
    councils = [name for name in party_names if _MUNICIPALITY.fullmatch(name) or (
        _is_legislature(name, gaz) and not _names_body(name.split()[0], gaz.legislatures)
        and not name.startswith(_CANTONAL_COUNCILS))]
    if not councils:
        return party_names
    out = list(party_names)
    for m in mentions:
        if m.kind != "person" or m.canonical in out or m.role.lower() not in heads or m.in_relative_clause or m.example:
            continue
        before = text[max(0, m.start - 60):m.start]
        town = _TOWN_BEFORE_TITLE.search(before[:before.rfind(m.role)] if m.role in before else "")
        if town and not any(town.group(1) in name for name in councils):
            continue  # "Montcharvins Bürgermeisterin Sylvie Marchand": the partner town's head
        if before.rstrip().endswith(",") and m.role in before:
            # "der Bürgermeister der Nachbargemeinde Hinterwald, Josef Steinbichler": the town the
            # apposition names is no council's that decided
            places = _CAPITALISED_WORD.findall(before[before.rfind(m.role) + len(m.role):])
            if places and not any(place in name for place in places for name in councils):
                continue
        out.append(m.canonical)
    return out


_CAPITALISED_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\b")  # the nouns and places of an apposition

# a canton's parliament, no municipality's council: its mayors are no side of its vote
_CANTONAL_COUNCILS = ("Grosser Rat", "Großer Rat", "Kantonsrat")
# "Montcharvins Bürgermeisterin", "Die Talmatter Frau Gemeindeammann": a town's genitive or adjective
_TOWN_BEFORE_TITLE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+?)(?:s|er)\s+(?:(?:Frau|Herr)\s+)?$")


def add_representatives(party_names: list[str], mentions: list[Mention], text: str,
                        knowledge: Knowledge, sides: frozenset[str] = frozenset()) -> list[str]:
    """The sides of the event, filled in: the people who speak for an organisation that is a
    party ("Nato-Generalsekretär Mark Rutte" where the Nato agreed) or for a side the lead names
    by a common noun or an office (`sides`: "Betriebsratsvorsitzender" where "Konzern, Betriebsrat
    und IG Metall" agreed), and the organisations a party person leads ("Verdi-Chef Frank
    Werneke", "die Präsidentin der VKA, Karin Welge") where the report names that organisation as
    an actor of its own too."""
    gaz = gazetteer(knowledge)
    kinds = {m.canonical: m.kind for m in mentions}
    out = list(party_names)
    org_parties = [n for n in party_names if kinds.get(n) == "organisation"]
    for m in mentions:
        if (sides and m.kind == "person" and m.canonical not in out and not m.in_relative_clause
                and not m.example and _holds_side(m.role, sides)):
            out.append(m.canonical)
    for name in org_parties:
        forms = _name_forms(name, knowledge)
        for m in mentions:
            if m.kind != "person" or m.canonical in out or m.in_relative_clause or m.example:
                continue
            role = _role_of(m, knowledge)
            if (role and _role_names(role, forms)) or _titled_by(name, forms, m, mentions, text, gaz):
                out.append(m.canonical)
    acting_orgs = {m.canonical for m in mentions if m.kind == "organisation" and not m.affiliation
                   and not m.in_relative_clause and not m.example}
    people = [m for m in mentions if m.kind == "person" and m.canonical in party_names]
    for org in sorted(acting_orgs - set(out)):
        forms = _name_forms(org, knowledge)
        for person in people:
            prefix, _, title = person.role.rpartition("-")  # "PRO-GE-Chefverhandler"
            if title.lower() in knowledge.roles.leaders and prefix.lower() in forms:
                out.append(org)
                break
            if _leads(org, person, mentions, text, gaz, knowledge.roles.leaders):
                out.append(org)
                break
    # "…, wie die Gewerkschaften PRO-GE und GPA sowie der Fachverband FMTI mitteilten": those who
    # announce the result together with a party are sides too
    for sentence in {m.sentence for m in mentions if m.source and m.canonical in out}:
        out += [m.canonical for m in mentions if m.sentence == sentence and m.source and m.kind == "organisation"
                and m.canonical not in out]
    return out


# "Der Leiter des Gefangenenkomitees der Huthis, …": a title and up to two genitive links
_TITLE_CHAIN = re.compile(r"\b([A-ZÄÖÜ][\w-]+)\s+(?:der|des)\s+(?:[A-ZÄÖÜ][\w-]+\s+)?"
                          r"(?:[A-ZÄÖÜ][\w-]+\s+(?:der|des)\s+(?:[A-ZÄÖÜ][\w-]+\s+)?)?$")


def _titles_before_apposition(names: frozenset[str], person: Mention, mentions: list[Mention], text: str,
                              pattern: re.Pattern[str], reach: int) -> list[str]:
    """The title words before an organisation (one of `names`) in the genitive that opens the
    person's apposition ('die Präsidentin der VKA, Karin Welge': 'Präsidentin')."""
    titles = []
    for m in mentions:
        if ((m.canonical not in names and m.canonical.lower() not in names) or m.sentence != person.sentence
                or m.end > person.start):
            continue
        if re.fullmatch(r"\s*(?:\([^()]{1,12}\))?\s*,\s*", text[m.end:person.start]) is None:
            continue
        before = pattern.search(text[max(0, m.start - reach):m.start])
        if before:
            titles.append(before.group(1))
    return titles


def _titled_by(org: str, forms: frozenset[str], person: Mention, mentions: list[Mention], text: str,
               gaz: Gazetteer) -> bool:
    """'Der Leiter des Gefangenenkomitees der Huthis, Abdulkader al-Murtada': the person holds a
    title the organisation (named by one of its `forms`) in the genitive right before the
    apposition gives."""
    titles = _titles_before_apposition(forms | {org}, person, mentions, text, _TITLE_CHAIN, 80)
    return any(role_base(title, gaz) for title in titles)


def _leads(org: str, person: Mention, mentions: list[Mention], text: str, gaz: Gazetteer,
           leaders: frozenset[str]) -> bool:
    """'die Präsidentin der Vereinigung … (VKA), Karin Welge': the person heads the organisation
    named in the genitive right before the apposition."""
    titles = _titles_before_apposition(frozenset({org}), person, mentions, text, _GENITIVE_APPOSITION, 60)
    return any((role_base(title, gaz) or "").lower() in leaders for title in titles)


def _resolve_relational_roles(parties: tuple[Actor, ...], knowledge: Knowledge) -> tuple[Actor, ...]:
    """'seinem Amtskollegen Gideon Saar': the counterpart holds the same office as the first party."""
    relational = knowledge.roles.relational
    if not parties:
        return parties
    first_role = parties[0].role if parties[0].role not in relational else ""
    return tuple(
        Actor(p.name, first_role if p.role in relational else p.role, p.country) for p in parties
    )


def _drop_joint_names(mentions: list[Mention], knowledge: Knowledge) -> list[Mention]:
    """'die Union' where the report also names CDU and CSU: the members stand for it."""
    named = {m.canonical for m in mentions}
    joint = {o.name for o in knowledge.actors.organisations if o.members and set(o.members) <= named}
    return [m for m in mentions if m.canonical not in joint] if joint else mentions


def _rule_parties(analysed: Analysed, knowledge: Knowledge, mentions: list[Mention]) -> list[str]:
    """The parties the lead rules choose: the lead's actors, filled in with their sides."""
    # The lead: the first two sentences of some length ("tko." or "TOKIO, 23. August." are not).
    # When neither names an actor ("Die Beschäftigten bekommen mehr Geld. Gewerkschaften und
    # Arbeitgeber einigten sich …"), the opening only set the scene and the lead starts after it.
    substantive = [s for s in analysed.sentences if len(s.text.split()) >= 5]
    gaz = gazetteer(knowledge)
    # (a presenter who opens a radio piece, "Moderatorin (Seraina Bühlmann): Auf dem Flugfeld …", names no actor)
    reporters = _reporter_names(mentions, analysed.text, knowledge.roles.reporters, gaz)
    named = {m.sentence for m in mentions if not m.in_relative_clause and m.canonical not in reporters}
    lead = substantive[:2]
    scene_set = len(substantive) > 2 and not named.intersection(s.index for s in lead)
    if scene_set:
        lead = substantive[1:3]
        if not named.intersection(s.index for s in lead):  # a teaser of several sentences, then a byline
            end = opening_byline_end(analysed, _OPENING_SENTENCES + 1)
            lead = [s for s in substantive if end is not None and s.start >= end][:2] or lead
        if not named.intersection(s.index for s in lead):
            # a presenter sets the scene in several sentences ("MODERATORIN (Eva Strasser): Sie sind …"):
            # the lead starts where the presentation first names an actor
            first = next((k for k, s in enumerate(substantive[:_SCENE_SENTENCES]) if s.index in named), None)
            if (first is not None and _presented(analysed.text, lead[0].start, knowledge.roles.reporters)
                    and "\n" not in analysed.text[lead[0].start:substantive[first].start]):
                lead = substantive[first:first + 2]
    cues = compiled_cues(knowledge)
    party_names = choose_parties(mentions, [s.text for s in lead], analysed.text, tuple(s.index for s in lead),
                                 cues.reporting_verbs, cues.agreed_forms)
    start = lead[0].index if lead else 0
    window = frozenset([s.index for s in substantive if start <= s.index][:_OPENING_SENTENCES])
    sides = (side_nouns(lead[0].text, party_names) | _acting_office(lead[0].text, gaz)) if lead else frozenset()
    if lead:
        party_names += _described_sides(lead[0].index, sides, mentions, party_names, gaz)
    party_names = acting_people(party_names, mentions, window, analysed.text, knowledge, cues.commentators, scene_set,
                                sides)
    party_names = add_participants(party_names, mentions, analysed, window)
    opening = [s.index for s in substantive if start <= s.index][:3]
    dateline = next((seg.end for seg in analysed.segments if seg.kind == "dateline"), None)
    if dateline is not None and lead and lead[0].start < dateline:
        # a teaser stands before the dateline: the report proper opens after it too
        opening += [s.index for s in substantive if s.start >= dateline and s.index not in opening][:2]
    party_names = add_deciding_bodies(party_names, mentions, analysed, opening, gaz)
    party_names = add_opening_organisations(party_names, mentions, analysed, [s.index for s in lead])
    party_names = add_signing_organisations(party_names, mentions, analysed, opening, cues.signing_forms,
                                            cues.agreed_forms)
    # each rule above adds names; one actor named twice in a sentence is still one party
    party_names = list(dict.fromkeys(add_representatives(party_names, mentions, analysed.text, knowledge, sides)))
    party_names = add_council_heads(party_names, mentions, analysed.text, knowledge.roles.municipal_heads, gaz)
    party_names = add_proposing_councils(party_names, mentions, gaz)
    party_names = add_recurring_people(party_names, mentions, len(analysed.sentences), knowledge, cues.commentators)
    party_names = add_recurring_companies(party_names, mentions, gaz)
    party_names = add_voting_groups(party_names, mentions, analysed, knowledge, cues.group_votes, cues.votes_needed)
    party_names = add_namesake_companies(party_names, mentions)
    party_names = _without_alliances_of_people(party_names, mentions, gaz)
    party_names = _without_reporting_media(party_names, mentions, gaz, lead[0].index if lead else 0)
    party_names = [name for name in party_names
                   if name not in reporters and not _asks_the_questions(name, analysed.text)]
    if not party_names:
        # "Bei der Jahreshauptversammlung des Fasnachtsvereins Pfaffenried haben die Mitglieder … beschlossen":
        # where no rule finds the actor, the one whose meeting the opening tells of decided
        party_names = list(dict.fromkeys(
            m.canonical for m in mentions if m.sentence in opening and not m.affiliation and m.kind == "organisation"
            and _MEETING_OF.search(analysed.text, max(0, m.start - 40), m.start)))[:1]
    if len(party_names) == 1:
        party_names += _second_side(party_names, mentions, reporters)
    return party_names


# a speaker's label with the name in brackets: "MODERATORIN (Eva Strasser): "
_NAMED_LABEL = re.compile(r"[A-ZÄÖÜ]\w*\s*\([^()\n]{1,60}\):\s")


def _presented(text: str, position: int, titles: tuple[str, ...]) -> bool:
    """Whether the paragraph at `position` opens with a presenter's label ("MODERATORIN (Eva
    Strasser):", "Moderation:"); `titles`: the reporters' title endings of the role list."""
    paragraph = text[text.rfind("\n", 0, position) + 1:position + 1]
    label = SPEAKER_LABEL.match(paragraph) or _NAMED_LABEL.match(paragraph)
    return label is not None and label.group().split()[0].rstrip(":").lower().startswith(
        tuple(titles) + ("moderation",))


def _second_side(party_names: list[str], mentions: list[Mention], reporters: Iterable[str],
                 min_sentences: int = 3) -> list[str]:
    """Where the rules found one party only, the actor the report names in most sentences besides
    it, if in at least `min_sentences`: an event has two sides, and where the lead names one
    ("Bürgermeister Wimmer hat die Baubewilligung erteilt"), the other is the one the report keeps
    coming back to (the club that is to build)."""
    sentences: dict[str, set[int]] = {}
    for m in mentions:
        if (m.kind in ("person", "organisation") and not m.affiliation and not m.example and not m.source
                and m.canonical not in party_names and m.canonical not in reporters):
            sentences.setdefault(m.canonical, set()).add(m.sentence)
    ranked = sorted(sentences, key=lambda name: (-len(sentences[name]), min(sentences[name])))
    return ranked[:1] if ranked and len(sentences[ranked[0]]) >= min_sentences else []


_MEETING_OF = re.compile(r"(?:versammlung|sitzung|tagung|konferenz|kongress|parteitag)\w{0,2}\s+(?:des|der)\s+\Z", re.I)


def party_candidates(analysed: Analysed, knowledge: Knowledge, mentions: list[Mention],
                     rule_parties: list[str]) -> list[Candidate]:
    """Every named actor with the signals the party model weighs (also what training reads)."""
    gaz = gazetteer(knowledge)
    by_name: dict[str, list[Mention]] = {}
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(m.canonical, []).append(m)
        by_sentence.setdefault(m.sentence, []).append(m)
    subjects: dict[str, int] = {}
    for sentence in analysed.sentences:
        found = by_sentence.get(sentence.index)
        subject = _subject_mention(sentence, found, gaz) if found else None
        if subject is not None:
            subjects[subject.canonical] = subjects.get(subject.canonical, 0) + 1
    chosen = tuple(_actor(n, by_name[n], knowledge, by_name[n][0].kind) for n in rule_parties if n in by_name)
    on_party_side = frozenset(m.canonical for m in mentions
                              if m.canonical not in rule_parties and _same_side(m, chosen, {}))
    roles = knowledge.roles
    signals = PartySignals(gazetteer(knowledge).media, compiled_cues(knowledge).commentators, roles.cabinet,
                           roles.spokespeople)
    return candidates(analysed, by_name, by_sentence, rule_parties, subjects, on_party_side, signals)


def rule_candidates(analysed: Analysed, knowledge: Knowledge) -> tuple[list[Candidate], list[str]]:
    """The party model's inputs for a report and the rules' own choice: what training reads."""
    mentions = _drop_joint_names(find_mentions(analysed, knowledge), knowledge)
    chosen = _rule_parties(analysed, knowledge, mentions)
    return party_candidates(analysed, knowledge, mentions, chosen), chosen


# "in der EU", "außerhalb der Europäischen Union": a name used as an adjective (`adjectival`) as the area
_PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]us|[Aa]ußerhalb|[Ii]nnerhalb|[Nn]ach)\s+(?:der|die|den|dem)\s+\Z")


def extract_actors(analysed: Analysed, knowledge: Knowledge) -> ActorFindings:
    """Parties (the event's actors) and everyone else named (people and organisations, not states)."""
    mentions = _drop_joint_names(find_mentions(analysed, knowledge), knowledge)
    party_names = _rule_parties(analysed, knowledge, mentions)
    if knowledge.party_model is not None:
        found = party_candidates(analysed, knowledge, mentions, party_names)
        party_names = decide_parties(knowledge.party_model, found, party_names)
    by_name: dict[str, list[Mention]] = {}
    for m in mentions:
        by_name.setdefault(m.canonical, []).append(m)
    parties = tuple(_actor(n, by_name[n], knowledge, by_name[n][0].kind) for n in party_names)
    parties = _resolve_relational_roles(parties, knowledge)
    gaz = gazetteer(knowledge)
    mentioned = []
    for name, group in by_name.items():
        kind = group[0].kind
        # "Carsten Schneider (SPD)", "Andrea Seiwald (Liste Zukunft Hallbrunn)": a political party or a
        # local list named for whose side someone is on is named in the report; other affiliations
        # ("ein Nationalrat (SVP/ZH)": the canton) are not
        # "GEW-Landesvorstandssprecherin Elke Bauer", "die Siemens-Chefin": the organisation a word
        # opens is named too (not a product's code: "IRIS-T")
        titled = kind == "organisation" and any(
            analysed.text.startswith(name + "-", m.start)
            and _WORD_AFTER_HYPHEN.match(analysed.text, m.start + len(name) + 1) for m in group)
        side_only = (all(m.affiliation for m in group) and name not in gaz.political_parties and not titled
                     and not name.split(" ", 1)[0].lower().endswith("liste"))
        if name in party_names or side_only or (kind == "state" and not (name in gaz.regions and any(
                _state_acts(analysed.text, m.start, m.end) for m in group))):
            continue  # a state named as a place is no actor ("in Bayern"), unless Länder act together
        if name in gaz.adjectival and all(m.affiliation or _PLACE_BEFORE.search(analysed.text, max(0, m.start - 24), m.start)
                                          for m in group):
            continue  # "in der EU zugelassen", "außerhalb der EU": the area, as a state is a place
        actor = _actor(name, group, knowledge, kind)
        if actor.role in knowledge.roles.relational:
            actor = Actor(actor.name, "", actor.country)
        mentioned.append(actor)
    named = set(party_names) | {a.name for a in mentioned}
    mentioned += [Actor(name, role, "") for name, role in byline_authors(analysed.text, gaz)
                  if name not in named]
    named |= {a.name for a in mentioned}
    mentioned += [Actor(body, "", "") for body in standing_bodies_named(analysed.text, knowledge.roles.standing_bodies,
                                                                         named)]
    return ActorFindings(parties, tuple(mentioned), tuple(mentions))


def standing_bodies_named(text: str, bodies: Sequence[str], named: Iterable[str]) -> list[str]:
    """The standing bodies a report names, even as its scene: a whole word ("Kantonsrat",
    "SVP-Nationalrat" too) or, for an ending in small letters, each compound the report writes
    with it in its own form ("vor dem Finanzausschuss", "des Rechtsausschusses"). A body an actor's
    name already holds ("Landratsamt Görlitz") is no second name."""
    named = list(named)
    found: list[str] = []
    for body in bodies:
        if body[:1].islower():
            words = [m.group(1) for m in re.finditer(
                rf"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+{re.escape(body)})(?:es|s)?(?![\w-])", text)]
        else:
            words = [body] if re.search(rf"\b{re.escape(body)}(?:e?s)?\b", text) else []
        found += [word for word in dict.fromkeys(words)
                  if word not in found and not any(word in name for name in named)]
    return found


_WORD_AFTER_HYPHEN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}")


# names listed before a state's ("Bayern, Baden-Württemberg und Hessen"), then what opens the clause
# they are the subject of: the sentence's start, a colon, a dash or a quote, perhaps "die Länder"
_LISTED_BEFORE = re.compile(r"(?:[A-ZÄÖÜ][\w-]+(?:,\s*|\s+und\s+|\s+sowie\s+))+$")
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?:;„“\"–]\s*|\n\s*)(?:(?:Doch|Aber|Auch|Und|Nur|Selbst)\s+)?"
                             r"(?:(?:Die|die)\s+(?:Länder|Bundesländer|Staaten|Kantone)\s+)?$")
_LISTED_AFTER = re.compile(r"(?P<others>(?:(?:,\s*|\s+und\s+|\s+sowie\s+)(?:die\s+)?[A-ZÄÖÜ][\w-]+)*)"
                           r"\s+(?P<verb>[a-zäöüß]+)\b")
_NO_ACT = frozenset("ist sind war waren liegt liegen lag lagen gilt gelten galt gibt gehört gehören grenzt "
                    "grenzen".split())  # being somewhere or so is no act


def _state_acts(text: str, start: int, end: int) -> bool:
    """'Bayern und Sachsen lehnten ein solches Verbot ab', 'Tirol und Vorarlberg haben zugesagt': a
    Land or canton listed with others as the subject that opens a clause with its finite verb acts
    in the report (not "Bayern ist das größte Land", not "in Bayern, Sachsen und Thüringen gibt es").
    Alone, it is more often the place than the government (measured on the blind references)."""
    before = text[max(0, start - 120):start]
    listed = _LISTED_BEFORE.search(before)
    if listed:
        before = before[:listed.start()]
    after = _LISTED_AFTER.match(text, end)
    return (bool(_CLAUSE_OPENING.search(before)) and after is not None and after.group("verb") not in _NO_ACT
            and (listed is not None or bool(after.group("others")))
            and morph.tag(after.group("verb")).endswith("(FIN)"))


# "Von Andrea Stöcklin", "Interview: Katharina Pfeifer", "Das Gespräch führte Jan Roth": a line
# that credits the report's author or interviewer, below the title or at the very end; the paper's
# staff word before the name ("Von unserem Redakteur Stefan Maier") and the paper, place or date
# after it ("Von Katrin Möller | Samstag, 13. September 2025", "…, ARD-Studio Rio de Janeiro") are no
# part of the name, and what follows is no sentence ("Von Peter Müller, dem Bürgermeister, stammt die Idee.")
_AUTHOR_LINE = re.compile(r"(?P<lead>(?i:von|interview(?:\s+von)?|das\s+gespräch\s+führten?|text|autor(?:in)?))\s*:?\s+"
                          r"(?:(?i:unsere[mr])\s+[A-ZÄÖÜ][\w-]+\s+)?"
                          r"(?P<names>[A-ZÄÖÜ][\w'-]+(?:\s+(?:und\s+)?[A-ZÄÖÜ][\w'-]+){1,5})"
                          r"\s*\.?(?:\s*[,|·]\s*(?:(?:[A-ZÄÖÜ\d][\w./:-]*|[a-zäöü]{1,3}(?!\w)|[|·])[,.]?\s*){1,10})?")
_AUTHOR_LINES = 8  # title, rubric, teaser, then the byline
_AUTHOR_ROLES = {"von": "Autorin/Autor", "text": "Autorin/Autor", "autor": "Autor", "autorin": "Autorin"}


def byline_authors(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """The people a byline credits, with what they did ('Autorin/Autor', 'Interview'): named in the
    report, though no actor of its event. A credit names people by given name and surname; an
    agency ('Von: APA/dpa') is the outlet, not an author."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found = []
    for line in lines[:_AUTHOR_LINES] + lines[-2:]:
        match = _AUTHOR_LINE.fullmatch(line)
        if match is None:
            continue
        lead = " ".join(match.group("lead").lower().split())
        role = _AUTHOR_ROLES.get(lead, "Interview")
        for name in re.split(r"\s+und\s+", match.group("names")):
            words = name.split()
            if 2 <= len(words) <= 3 and words[0] in gaz.first_names and (name, role) not in found:
                found.append((name, role))
    return found


def _same_side(mention: Mention, parties: tuple[Actor, ...], countries: dict[str, str],
               alliance: bool = False) -> bool:
    """Whether a named actor speaks for one of the parties: the party itself, its state, or a
    role that names it ('Verdi-Vize', 'Nato-Generalsekretär', 'Israels Ministerpräsident').
    Where a party is an alliance of states (a summit of the EU or Nato), every state and its
    representatives take part."""
    names = {p.name for p in parties}
    sides = names | {p.country for p in parties if p.country}
    country = mention.country or countries.get(mention.canonical, "")
    if mention.canonical in sides or (country and country in sides):
        return True
    if any(mention.canonical.startswith(name + " ") for name in names):
        return True  # "Lufthansa Technik": a party's subsidiary or branch
    if alliance and (mention.kind == "state" or country or (mention.kind == "person" and mention.role)):
        return True  # a member state, or a member's head of government or minister
    prefix = mention.role.split("-", 1)[0] if "-" in mention.role else ""
    return bool(prefix) and any(prefix in re.findall(r"[\w-]+", name) or prefix == name for name in names)


def _subject_mention(sentence: Sentence, mentions: list[Mention], gaz: Gazetteer,
                     max_words: int = 8) -> Mention | None:
    """The named actor in subject position: early in the main clause (before the first comma),
    not inside a relative clause, a prepositional phrase or a thing's genitive attribute; else the
    speaker of a trailing attribution (', sagte X')."""
    for m, following in zip(mentions, [*mentions[1:], None]):
        if m.in_relative_clause or m.after_preposition or m.in_attribution:
            continue
        if (m.kind != "person" and following is not None and following.kind == "person"
                and not sentence.text[m.end - sentence.start:following.start - sentence.start].strip()):
            continue  # "Bundesrat Albert Rösti": the body names the person's office, the person acts
        head = sentence.text[: m.start - sentence.start]
        genitive = _GENITIVE_OF_THING.match(head)
        if genitive and role_base(genitive.group("noun"), gaz) is None:
            continue  # "Das Haus der alten Bäckerei Moser steht zum Verkauf": the house is the subject
        apposition = _APPOSITION_HEAD.match(head) is not None  # "Die Chefin der Konservativen, Kemi Badenoch, warf …"
        if (("," in head and not apposition) or len(head.split()) > max_words
                or (_after_any_preposition(head) and not apposition)):
            continue
        return m
    return next((m for m in mentions if m.in_attribution and m.kind == "person"), None)


# "Das Haus der alten …": the name that follows is the genitive attribute of the noun that opens the sentence
_GENITIVE_OF_THING = re.compile(r"^(?:Das|Die|Der)\s+(?:[a-zäöü]\w*\s+)*(?P<noun>[A-ZÄÖÜ]\w+)\s+(?:der|des)\s+"
                                r"(?:[a-zäöü]\w*\s+)*$")
_APPOSITION_HEAD = re.compile(r"^(?:Der|Die|Das)\s[^,]{3,80},\s*$")
_ALL_PREPOSITIONS = _OBJECT_PREPOSITIONS | frozenset("mit beim zwischen unter durch ohne gegenüber seitens".split())


def _after_any_preposition(head: str) -> bool:
    """'Beim Abkommen mit den …': the name that follows is an object, not the subject."""
    words = head.split()
    while words and (words[-1].lower() in _ARTICLES or (words[-1][:1].islower() and words[-1].lower() not in _ALL_PREPOSITIONS)):
        words.pop()
    return bool(words) and words[-1].lower() in _ALL_PREPOSITIONS


def prominent_actors(mentions: Iterable[Mention], lead: int = 2, min_sentences: int = 3) -> frozenset[str]:
    """Actors the report is about: named in the lead sentences or in at least `min_sentences`
    sentences. A side the report keeps returning to is part of the event even if not a party."""
    sentences: dict[str, set[int]] = {}
    for m in mentions:
        sentences.setdefault(m.canonical, set()).add(m.sentence)
    return frozenset(name for name, found in sentences.items()
                     if len(found) >= min_sentences or min(found) < lead)


# ", erklärte der Verband." — the speaker named before, now by a common noun
_UNNAMED_SPEAKER = re.compile(
    r",\s+(?:so|sagte|sagten|erklärte|erklärten|betonte|betonten|teilte|teilten|hieß es)\s+"
    r"(?:der|die|das)\s+[A-ZÄÖÜ]\w+(?:\s+mit)?\s*[.!]?$")
_SUBORDINATORS = frozenset("ob wie wer wann warum wo weshalb dass wenn weil falls".split())
_OPEN_OPENERS = frozenset((word, verb) for word in ("offen", "unklar", "ungeklärt", "fraglich")
                          for verb in ("ist", "bleibt"))  # "Offen ist außerdem, ob …"


def third_party_sentences(analysed: Analysed, findings: ActorFindings, knowledge: Knowledge,
                          commentators: tuple[str, ...] = ()) -> frozenset[int]:
    """Sentences whose subject is an outsider: a named actor that is neither a party (nor speaks
    for one) nor prominent in the report, or a commentator ('Beobachter', 'Analysten', 'die
    Opposition'). Their reactions and assessments are neither outcome nor open issue. A sentence
    led by a pronoun continues the sentence before it. Where the lead names no party, named
    actors cannot be told apart, but commentators still are."""
    countries = {a.name: a.country for a in (*findings.parties, *findings.mentioned) if a.country}
    organisations = knowledge.actors.organisation_by_name
    alliance = any(organisations[p.name].alliance for p in findings.parties if p.name in organisations)
    prominent = prominent_actors(findings.mentions)
    gaz = gazetteer(knowledge)
    by_sentence: dict[int, list[Mention]] = {}
    for m in findings.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: set[int] = set()
    previous = False
    for sentence in analysed.sentences:
        words = [t.lower_ for t in sentence.tokens if t.is_alpha]
        label = SPEAKER_LABEL.match(sentence.text)
        if label:  # "REPORTERIN: Offen ist außerdem, ob …", "Albers: …": the words after a speaker's label
            words = words[len(label.group(0).split()):]
        subject = _subject_mention(sentence, sorted(by_sentence.get(sentence.index, []), key=lambda m: m.start), gaz)
        if words and (words[0] in _SUBORDINATORS or tuple(words[:2]) in _OPEN_OPENERS):
            # "Ob die EU-Kommission … kann, ist offen", "Offen ist außerdem, ob das Land …": the writer
            # states an open point
            subject = None
        pronoun_led = bool(words) and (words[0] in ("er", "sie") or (
            len(words) >= 2 and words[-1] in ("er", "sie") and subject is None)
            or (subject is None and _UNNAMED_SPEAKER.search(sentence.text) is not None))
        if subject is not None and not findings.parties:
            third = False  # no party to compare with
        elif subject is not None:
            # a court is no outsider: what it does or has yet to do is a step of the case
            third = (subject.canonical not in prominent and not _same_side(subject, findings.parties, countries, alliance)
                     and not names_court(subject.canonical, knowledge))
        elif commentator_led(words, commentators):
            third = True
        else:
            third = previous and pronoun_led
        if third and sentence.index > 0:
            out.add(sentence.index)
        previous = third
    return frozenset(out)
