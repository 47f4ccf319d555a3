"""Who a pronoun or a bare common noun in an item stands for, so an item says who without its report.

The evidence keeps the report's wording; only the item text names the referent, and only where
one reading is clear (German news puts the subject first and names an organisation before it
calls it "der Verband").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Mapping, NamedTuple, Sequence

from spacy.tokens import Token

from generator.nlp import morph


def gender_of(noun: str, genders: tuple[tuple[str, str], ...]) -> str | None:
    """A noun's grammatical gender by its ending (`genders` of the role list, longest first), or None."""
    lowered = noun.lower()
    return next((g for ending, g in genders if lowered.endswith(ending)), None)


class OpeningPhrase(NamedTuple):
    """The noun phrase a sentence opens with: 'Die neue Kommission', 'feminine'."""

    text: str
    agreement: str  # "masculine", "feminine", "neuter" or "plural"
    sure: bool  # the head's gender is listed (`genders`), or the phrase is plural


def resolve_pronoun(text: str, previous_people: list[str], previous_opening: OpeningPhrase | None = None,
                    previous_subject: str = "", genders: tuple[tuple[str, str], ...] = ()) -> str:
    """'Er verlangt Garantien' -> 'Orbán verlangt Garantien': who the sentence before names (German
    news puts the subject first); the evidence keeps the original wording. In this order: the noun
    phrase that sentence opens with, if it agrees (`previous_opening`: 'Sie soll im Mai tagen' ->
    'Die neue Kommission soll …'); for 'Er' its first person; else the organisation it opens with,
    if of the pronoun's gender (`previous_subject`, as read after an article: 'Er prüft eine Klage'
    -> 'Der Bund für Umwelt und Naturschutz Deutschland (BUND) prüft …'). Otherwise the pronoun
    stays: 'Sie' after 'Ministerin Anna Berg unterzeichnete eine Erklärung' may be either."""
    pronoun = _PRONOUN.match(text)
    if not pronoun:
        return text
    agreement = _pronoun_agreement(pronoun.group(1), pronoun.group(2))
    rest = text[len(pronoun.group(1)):]
    # "Der Landesanteil … Ortner sagte … Er knüpft die Auszahlung an eine Bedingung": a head of
    # unlisted gender gives way to a person named beside it
    if (previous_opening and previous_opening.text not in text and (previous_opening.sure or not previous_people)
            and previous_opening.agreement == agreement):
        return previous_opening.text + rest
    if agreement == "masculine" and previous_people:
        # "Er und Trump hätten …" where Trump led the sentence before: 'er' is someone else, so
        # the pronoun stays rather than naming the wrong person
        surname = previous_people[0].split()[-1]
        return text if surname in text else surname + rest
    if (previous_people or agreement not in _ARTICLES or not previous_subject or previous_subject in text
            or _name_gender(previous_subject, genders) != agreement):
        return text
    return f"{_ARTICLES[agreement]} {previous_subject}{rest}"


_ARTICLES = {"masculine": "Der", "feminine": "Die"}
_OPENERS = frozenset("Der Die Das Und Auch".split())


def opens_with(sentence: str, name: str) -> bool:
    """'Und der Umweltverband BUND verlangt …' opens with 'BUND', 'Die Konferenz Hessischer
    Universitätspräsidien (KHU) erklärte' with its name: after opening words and articles at most
    one capitalised noun that describes the organisation stands before its name."""
    words = sentence.split()
    while words and words[0].capitalize() in _OPENERS:
        words = words[1:]
    first = name.split()[0]
    return first in words[:2] and all(w[:1].isupper() for w in words[:words.index(first)])


def _name_gender(name: str, genders: tuple[tuple[str, str], ...]) -> str | None:
    """Gender of an organisation's name by the first word of known gender before any link word:
    'Gewerkschaft Syndicom' feminine, 'Bund für Umwelt …' masculine, 'Deutsche Bahn' feminine."""
    for word in name.split():
        if word[:1].islower():
            return None
        gender = gender_of(word, genders)
        if gender:
            return gender
    return None


_PRONOUN = re.compile(r"(Er|Sie) (\w+)")
# plural finite forms that do not end in "-en"
_PLURAL_FORMS = frozenset("sind waren".split())
_ARTICLE_AGREEMENT = {"Der": "masculine", "Das": "neuter"}


def _pronoun_agreement(pronoun: str, verb: str) -> str:
    if pronoun == "Er":
        return "masculine"
    return "plural" if verb.endswith("en") or verb in _PLURAL_FORMS else "feminine"


def opening_noun_phrase(tokens: Sequence[Token], genders: tuple[tuple[str, str], ...]) -> OpeningPhrase | None:
    """The noun phrase a sentence opens with, as subject, and its gender or number: 'Die neue
    Kommission' (feminine), 'Der Haushaltsausschuss des Bundestages' (masculine), 'Die Kantone'
    (plural). A 'die' phrase takes its number from the verb after it ('Die Kantone
    prüfen'). None where the sentence opens otherwise."""
    words = [t.text for t in tokens]
    if len(words) < 3 or words[0] not in ("Der", "Die", "Das"):
        return None
    i = 1
    while i < len(words) and words[i][:1].islower() and morph.tag(words[i]).startswith("ADJ"):
        i += 1  # "Die neue", "Der zuständige"
    if i >= len(words) or not words[i][:1].isupper() or morph.tag(words[i]) != "NN":
        return None
    head = words[i]
    i += 1
    if gender_of(head, genders) is not None:
        # "Die Gewerkschaft Syndicom hält …", "Der Fahrgastverband Pro Bahn kritisiert …": an
        # organisation noun before the body's name, up to the verb
        name_end = next((j for j in range(i + 1, min(len(words), i + 4)) if not words[j - 1][:1].isupper()
                         or (words[j][:1].islower() and morph.can_be_verb(words[j]))), i)
        if all(w[:1].isupper() for w in words[i:name_end]):
            i = name_end
    if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")":
        i += 3  # "Die Aufsichts- und Dienstleistungsdirektion (ADD)"
    elif i + 1 < len(words) and words[i] in ("des", "der") and words[i + 1][:1].isupper():
        i += 2  # "Der Haushaltsausschuss des Bundestages"
    elif i < len(words) and words[i] in _ATTRIBUTE_PREPOSITIONS:
        # "Die Motion zur Veröffentlichung der Standorte stammte …": a prepositional attribute, up to
        # the finite verb, with no comma between
        verb = next((j for j in range(i + 2, min(len(words), i + 7))
                     if words[j][:1].islower() and morph.is_finite_verb(words[j])), None)
        if verb is not None and not any(w in (",", ";", ":", "(", "–") for w in words[i:verb]):
            i = verb
    if i >= len(words) or not words[i][:1].islower() or not morph.can_be_verb(words[i]):
        return None  # "Die Ministerin Anna Berg …", "Der Rat, der …": not a plain subject and its verb
    if _reported(words[i]):
        return None  # "Die Quote liege weit unter dem Ziel. Sie forderte …": what someone said, not who acts next
    gender = gender_of(head, genders) or _FEMININE_BY_ENDING.search(head) and "feminine"
    if words[0] == "Die":
        verb = words[i]
        agreement = "plural" if verb.endswith("en") or verb in _PLURAL_FORMS else "feminine"
    else:
        agreement = _ARTICLE_AGREEMENT[words[0]]
    if gender not in (None, agreement) and agreement != "plural":
        return None
    text = "".join(t.text_with_ws for t in tokens[:i]).strip()
    return OpeningPhrase(text, agreement, gender is not None or agreement == "plural")


_ATTRIBUTE_PREPOSITIONS = frozenset("zur zum für über gegen von vom".split())
# German grammar: nouns in these endings are feminine ("die Motion", "die Mehrheit"); not in the
# role list's `genders`, whose endings also mark organisation nouns
_FEMININE_BY_ENDING = re.compile(r"(?:tion|heit|keit|ität)$", re.I)


def _reported(verb: str) -> bool:
    """'liege', 'sei', 'müsse': the present subjunctive of reported speech (a past 'sollte' is no such
    form, nor the past of 'werden': 'Im Dorf wurde gefordert, …')."""
    return verb == "sei" or (verb.endswith("e") and not verb.endswith("te") and len(verb) > 3 and verb != "wurde")


# "Der Verband fordert …": a common noun with its article, followed by no name or genitive of its own
_GENERIC_NOUN = re.compile(r"\b([Dd](?:er|ie|as)) ([A-ZÄÖÜ][a-zäöüß]{3,})\b"
                           r"(?!\s*[(\-„\"«]|\s+[A-ZÄÖÜ]|\s+(?:der|des|für|von|vom|zur|zum)\s)")
NOMINATIVE_GENDER = {"der": "masculine", "die": "feminine", "das": "neuter"}  # the gender a nominative article marks
# "In Gornja Reka muss …": the place a clause opens with, up to the end of the text searched
# (a noun of the clause) with no break between
CLAUSE_SET_IN = re.compile(r"(?:^|[,;:–]\s)[Ii]n ([A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)?)\s[^,;:–]*\Z")
# "Dort entscheidet die Gemeindeversammlung …", "Auch dort muss der Gemeinderat …": a clause set in a
# place named before, which need not be the place of the body the report named last
_CLAUSE_SET_THERE = re.compile(r"(?:^|[,;:–]\s)(?:\w+\s)?[Dd]ort\s[^,;:–]*\Z")


def introducing_nouns(report_text: str, organisations: Iterable[str]) -> dict[str, str]:
    """The common noun a report names an organisation after ("die Gewerkschaft Verdi" -> Verdi:
    "gewerkschaft"), so a later "Die Gewerkschaft" can be told by name."""
    out: dict[str, str] = {}
    for name in organisations:
        # the whole name must follow the noun: not "die Gewerkschaft IG" of "… IG Bergbau, Chemie, Energie"
        found = re.search(rf"\b[dD](?:er|ie|as|en|em|es)\s+([A-ZÄÖÜ][a-zäöüß]{{3,}})\s+{re.escape(name.split(' (')[0])}"
                          rf"\b(?!\s+[A-ZÄÖÜ0-9])", report_text)
        if found:
            out[name] = found.group(1).lower()
    return out


def name_generic_noun(text: str, earlier_organisations: list[str], genders: tuple[tuple[str, str], ...],
                      listed: frozenset[str] = frozenset(), introduced: Mapping[str, str] | None = None) -> str:
    """'Der Verband fordert …' -> 'Der Sozialverband VdK fordert …': an organisation named before
    whose name (before any genitive) has a word ending in that noun, so the item says who without
    its report, or that the report introduced with that noun (`introduced`: "die Gewerkschaft
    Verdi"). The article must fit the noun's gender (`genders` of the role list), which keeps
    plurals ('die Kassen') and other cases out; a noun that is a listed name (`listed`: 'Union')
    stays. Of several, the one named most often (the report's bank, not 'einer Schweizer
    Privatbank' it talks to), then the latest; `earlier_organisations` holds every mention before,
    in order, as read after an article."""
    match = _GENERIC_NOUN.search(text)
    if not match:
        return text
    noun = match.group(2).lower()
    gender = gender_of(noun, genders)
    if gender is None or NOMINATIVE_GENDER[match.group(1).lower()] != gender or noun in listed:
        return text
    counts: dict[str, int] = {}
    for name in earlier_organisations:
        words = re.split(r"[\s-]+", name.split(" (")[0])
        head = next((words[:i] for i, w in enumerate(words) if w[:1].islower()), words)
        if head and head[0] not in ("Der", "Die", "Das") and name.lower() != noun and (any(
                w.lower().endswith(noun) for w in head) or (introduced or {}).get(name, "").endswith(noun)):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return text
    latest = {name: index for index, name in enumerate(earlier_organisations)}
    chosen = max(counts, key=lambda name: (counts[name], latest[name]))
    if chosen in text:
        return text
    place = CLAUSE_SET_IN.search(text[:match.start()])
    if place and not set(place.group(1).split()) & set(chosen.split()):
        return text  # "In Gornja Reka muss der Gemeinderat …": the council of the place the clause names
    if _CLAUSE_SET_THERE.search(text[:match.start()]):
        return text
    if not any(w.lower().endswith(noun) for w in re.split(r"[\s-]+", chosen.split(" (")[0])):
        # a name the report gave after the noun stays after it: "Die Gewerkschaft IG BCE fordert …"
        return text[:match.end(2)] + " " + chosen + text[match.end(2):]
    return text[:match.start(2)] + chosen + text[match.end(2):]


# "Vizepräsidentin", "Ihr Sprecher", "Die stellvertretende Fraktionsvorsitzende": an office alone
# opening the item, before the person who holds it
_OFFICE_OPENING = r"^(?:(?:Der|Die|Das|Ihr|Ihre|Sein|Seine|Dessen|Deren)\s+)?(?:[a-zäöüß]+\s+){0,2}(?P<office>[A-ZÄÖÜ][a-zäöüß]+)\s+"


def speakers_sides(sentences: Sequence[str], people_by_sentence: Mapping[int, Sequence[str]],
                   sides_by_sentence: Mapping[int, Sequence[str]], cabinet: tuple[str, ...]) -> dict[str, str]:
    """Whom a speaker acts for: 'Auch der Österreichische Gemeindebund meldete sich zu Wort.
    Vizepräsidentin Andrea Schwarzl verlangte …' -> {'Andrea Schwarzl': 'Österreichischer
    Gemeindebund'}. A person a sentence opens with, named by an office alone, speaks for the one
    organisation the sentence before names, as the press introduces a body's speaker. Not where the
    sentence names an organisation itself, where the sentence before names a person too (the body may
    be theirs: "rief GEW-Landesvorsitzende Heike Rothe"), where the office names its body
    ("SFH-Juristin"), is a government office (a minister speaks for the government, not for the body
    named before) or is one of two ("Bürgermeister X und Geschäftsführer Y unterzeichneten")."""
    found: dict[str, str] = {}
    for index, text in enumerate(sentences):
        sides = list(dict.fromkeys(sides_by_sentence.get(index - 1, ())))
        if index == 0 or len(sides) != 1 or sides_by_sentence.get(index) or people_by_sentence.get(index - 1):
            continue
        for name in people_by_sentence.get(index, ()):
            match = re.match(_OFFICE_OPENING + re.escape(name) + r"\b(?!\s*[(,]|\s+und\b)", text)
            office = match.group("office").lower() if match else ""
            if match and "minister" not in office and not office.endswith(cabinet):
                found.setdefault(name, sides[0])
    return found


def name_speakers_side(text: str, sides: Mapping[str, str]) -> str:
    """'Vizepräsidentin Andrea Schwarzl verlangte …', 'Dieckmann verlangte …' -> '… Andrea Schwarzl
    (Österreichischer Gemeindebund) verlangte …': the item opening with a speaker says whom they
    speak for (`sides`, see speakers_sides), unless it names that body already."""
    for name, side in sides.items():
        if side.casefold() in text.casefold():
            continue
        for form in (name, name.rsplit(" ", 1)[-1]):
            opening = _OFFICE_OPENING if form == name else r"^"
            match = re.match(opening + re.escape(form) + r"\b(?!\s*[(,]|\s+und\b|-)", text)
            if match:
                return text[:match.end()] + f" ({side})" + text[match.end():]
    return text


FIRST_PERSON = frozenset("ich wir mir mich uns unser unsere unseren unserem mein meine meinen meinem".split())


def opens_in_first_person(text: str) -> bool:
    """'Wir haben …', '«Unsere Stromrechnung …': the speaker's own words, quoted or not."""
    first = re.match(r"\w+", text.lstrip("\"„“«»‚‘ "))
    return first is not None and first.group(0).lower() in FIRST_PERSON


def name_first_person(text: str, speaker: str, reported: bool = False) -> str:
    """'Wir haben in Innsbruck beschlossen, …' in an interview's answer -> 'Katharina Oberleitner:
    Wir haben …': the item keeps the answer's words and says whose they are. `reported`: only
    'man' in reported speech ('Man werde den Bescheid anfechten'), whose speaker the sentence
    before names."""
    if speaker and (_REPORTED_MAN.match(text) if reported else opens_in_first_person(text)):
        return f"{speaker}: {text}"
    return text


def name_reported_speaker(text: str, speaker: str) -> str:
    """'Es fehle eine verbindliche Regel …' after 'Der Präsident Peter Adrian kritisierte …' ->
    'Peter Adrian: Es fehle …': reported speech that names no one is the words of the speaker the
    sentence before names (the caller picks the one person, or the organisation it opens with); the
    item says whose. Only where the first clause's verb is in the present subjunctive of reported
    speech ('fehle', 'sei', 'dürfe'), not 'Es fehlt …'."""
    if not speaker or speaker.split()[-1] in text or ": " in text[:40] or text[:1] in "«„\"“»":
        return text  # a quotation says whose words in its own way
    first_clause = re.split(r"[,;:–]", text, maxsplit=1)[0]
    words = re.findall(r"\b[a-zäöüß]+\b", first_clause)
    if FIRST_PERSON.intersection(re.findall(r"\w+", first_clause.lower())):
        return text  # "ich habe", "wir werde": the speaker's own words, no reported speech
    if any(_reported(word) and morph.can_be_verb(word) and morph.tag(word).startswith(("VA", "VM", "VV"))
           for word in words[:8]):
        return f"{speaker}: {text}"
    return text


_REPORTED_MAN = re.compile(r"Man (?:werde|habe|sei|wolle|müsse|könne|dürfe|solle|hoffe|rechne|gehe|sehe|lehne|prüfe)\b")


def interviewee(people: Iterable[tuple[str, int]], first_question: int, text: str = "") -> str:
    """The person an interview's answers are by, of the people its introduction names (before the
    first question): the one whose name labels answers ("MEINL-REISINGER: Mehr, als …"), else whom
    the questions address ("Herr Hrdlicka, …"), else the one the report names most often, the first
    of equals. `people`: (name, sentence index) of every mention of a person, in order; `text`:
    the report."""
    mentions = list(people)
    introduced = list(dict.fromkeys(name for name, sentence in mentions if sentence < first_question))
    questions = "\n".join(line for line in text.splitlines() if "?" in line)
    # a label that recurs ("Reisinger: …" answer after answer), not a headline ("Dopingfall Hofbauer: …")
    labels = Counter(label.casefold() for label in _ANSWER_LABEL.findall(text))
    for called in ({label for label, count in labels.items() if count > 1},
                   {name.casefold() for name in _ADDRESSED.findall(questions)}):
        named = [name for name in introduced if any(c.endswith(name.split()[-1].casefold()) for c in called)]
        if named:
            return named[0]
    counts = Counter(name for name, _ in mentions if name in introduced)
    return counts.most_common(1)[0][0] if counts else ""


_ANSWER_LABEL = re.compile(r"^((?:[A-ZÄÖÜ][\w.-]*\s)?[A-ZÄÖÜ][\w-]+):\s", re.M)
_ADDRESSED = re.compile(r"\b(?:Herr|Frau)\s+((?:[A-ZÄÖÜ][\w-]+\s)?[A-ZÄÖÜ][\w-]+)")
