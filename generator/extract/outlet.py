"""The report's outlet (agency, paper or broadcaster), where the text names one in its dateline,
byline, or a programme line or masthead above its first sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.extract.text import Analysed
from generator.knowledge import Knowledge
from generator.nlp.segment import dateline_parts

# the parts of a programme line: "Regionaljournal Ostschweiz, Radio SRF 1, Dienstag, 26. August 2025"
_PROGRAMME_PARTS = re.compile(r"\s*(?:,|\s[–—-]\s|\||·)\s*")


def extract_outlet(analysed: Analysed, knowledge: Knowledge | None = None) -> str:
    for seg in analysed.segments:
        if seg.kind == "dateline":
            _, outlet = dateline_parts(analysed.text, seg)
            if outlet:
                return outlet
        if seg.kind == "byline" and ":" in seg.text(analysed.text):  # "Von: APA/dpa", not "Von Anna Berg"
            outlet = _byline_outlet(seg.text(analysed.text).split(":", 1)[1], knowledge)
            if outlet:
                return outlet
    return _programme_broadcaster(analysed, knowledge) if knowledge else ""


def _byline_outlet(names: str, knowledge: Knowledge | None) -> str:
    """The outlets a byline lists after its colon ("APA/Reuters/dpa/TASS"), without the journalist it
    may name instead or beside them ("Interview: Reto Aebischer", "Von: Samir Osman /Reuters") or a
    date or place added; "Stefan Mayrhofer, Oberösterreichische Nachrichten" gives the paper."""
    media = dict(_media_aliases(knowledge)) if knowledge else {}
    publications = knowledge.roles.publications if knowledge else ()
    kept = [part for part in (p.strip() for p in re.split(r"[/,|]", names))
            if part in media or re.fullmatch(r"[a-z]{2,5}|[A-Z]{2,5}", part)  # a listed medium, "dpa", "APA"
            or (" " in part and part.rsplit(" ", 1)[1].lower().endswith(publications))]  # "… Nachrichten"
    return "/".join(kept)


def _programme_broadcaster(analysed: Analysed, knowledge: Knowledge) -> str:
    """A broadcast's programme line or a paper's masthead above the first sentence ("Regionaljournal
    Ostschweiz, Radio SRF 1, Dienstag, …", "ORF Kärnten heute, Sendung vom 11. November 2025", "NZZ ·
    Schweiz · Donnerstag, 21. August 2025"): the listed medium one of its parts begins with, by its
    canonical name (`media: true` in the actor list). A heading that only speaks of one ("Wie der ORF
    sparen muss") names no outlet."""
    opens_with_medium, canonical = _media_pattern(_media_aliases(knowledge))
    for seg in analysed.segments[:3]:
        if seg.kind != "heading":
            break
        for part in _PROGRAMME_PARTS.split(seg.text(analysed.text)):
            found = opens_with_medium.match(part)
            if found:
                return canonical[found.group(1)]
    return ""


def _media_aliases(knowledge: Knowledge) -> tuple[tuple[str, str], ...]:
    """Each name of a listed medium (`media: true` in the actor list), its own and its aliases, with
    its canonical name."""
    return tuple((alias, o.name) for o in knowledge.actors.organisations if o.media for alias in (o.name, *o.aliases))


@lru_cache(maxsize=8)
def _media_pattern(aliases: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for a listed medium's name at the start of a text (the longest alias first, not a
    compound's first part: "ORF-Stiftungsrat"), and each alias's canonical name."""
    canonical = dict(aliases)
    names = sorted(canonical, key=len, reverse=True)
    return re.compile(rf"({'|'.join(map(re.escape, names))})(?![\w-])"), canonical
