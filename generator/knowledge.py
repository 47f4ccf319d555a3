"""User-editable knowledge (topics, actors, roles, cue words) loaded from the data folder.

These lists are data, not code: a user extends them by editing YAML in `data/`. Loading is
strict so a typo in a data file is reported with its file and line instead of silently
weakening the extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from generator.extract.dates import feast_rule
from generator.extract.party_model import FEATURES, PartyModel

DEFAULT_DATA_DIR = Path("data")


PARTY_MODEL_FILE = "party_model.yaml"


class KnowledgeError(Exception):
    """A data file is missing or malformed; the message names the file."""


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    description: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...] = ()  # word starts that look like a term but are not: "kriminal" is no "krim"


@dataclass(frozen=True)
class TopicList:
    topics: tuple[Topic, ...]
    min_sentences: int = 2

    def by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}

    def resolve(self, label: str) -> str | None:
        """Topic id for an id or a German name (case-insensitive), e.g. from reference briefs."""
        wanted = label.strip().lower()
        for topic in self.topics:
            if wanted in (topic.id.lower(), topic.name.lower()):
                return topic.id
        return None


@dataclass(frozen=True)
class PersonEntry:
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    country: str = ""
    short: str = ""


@dataclass(frozen=True)
class StateEntry:
    name: str
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    region: bool = False  # a Land or canton: a party's branch there is named with it ("Grüne Tirol")
    signals: tuple[str, ...] = ()  # words that mark a report from there ("Franken", "Jänner")


@dataclass(frozen=True)
class OrganisationEntry:
    name: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    alliance: bool = False  # an alliance of states (EU, Nato): its members act in its events
    members: tuple[str, ...] = ()  # a joint name ("Union" for CDU and CSU): not listed when its members are
    media: bool = False  # an agency, paper or broadcaster: it reports events rather than acting in them
    party: bool = False  # a political party: "die Tiroler Grünen" name its branch, "Grüne Tirol"
    adjectival: bool = False  # its compounds use the name as an adjective ("EU-Recht", "auf EU-Ebene")


@dataclass(frozen=True)
class ActorList:
    people: tuple[PersonEntry, ...] = ()
    states: tuple[StateEntry, ...] = ()
    organisations: tuple[OrganisationEntry, ...] = ()
    not_actors: frozenset[str] = frozenset()  # words the tagger takes for names: seas, rivers, "Fischer"

    @cached_property
    def person_by_name(self) -> dict[str, PersonEntry]:
        """Listed people by canonical name (asked for every mention of a report)."""
        return {p.name: p for p in self.people}

    @cached_property
    def organisation_by_name(self) -> dict[str, OrganisationEntry]:
        return {o.name: o for o in self.organisations}

    @cached_property
    def political_groups(self) -> frozenset[str]:
        """Political parties and joint names of several ("CDU/CSU" for CDU and CSU)."""
        parties = {o.name for o in self.organisations if o.party}
        return frozenset(parties | {o.name for o in self.organisations if o.members and set(o.members) <= parties})

    @cached_property
    def organisation_words(self) -> frozenset[str]:
        """Listed organisations' names and aliases, lowercase: "die Union" is one already."""
        return frozenset(n.lower() for o in self.organisations for n in (o.name, *o.aliases))


@dataclass(frozen=True)
class RoleList:
    roles: frozenset[str] = frozenset()
    suffixes: tuple[str, ...] = ()
    inflections: dict[str, str] = field(default_factory=dict)
    relational: frozenset[str] = frozenset()
    organisation_heads: frozenset[str] = frozenset()
    organisation_tails: frozenset[str] = frozenset()  # last words of names: "AG", "Group", "Partners"
    leaders: frozenset[str] = frozenset()  # lowercase: "chef" in "Verdi-Chef" leads Verdi
    institutions: tuple[str, ...] = ()  # lowercase word endings: "gericht" in "Landesarbeitsgericht Köln"
    bodies: tuple[str, ...] = ()  # public bodies: endings of compounds ("kammer") or whole words ("Landtag")
    spokespeople: tuple[str, ...] = ()  # lowercase title endings of those who speak for others: "sprecher"
    documents: tuple[str, ...] = ()  # lowercase endings of documents' names: "vertrag" in "Gesamtarbeitsvertrag (GAV)"
    genders: tuple[tuple[str, str], ...] = ()  # (lowercase noun ending, gender), longest ending first
    local_bodies: frozenset[str] = frozenset()  # councils named by their place: "Stadtrat", "Grosser Rat"
    legislatures: tuple[str, ...] = ()  # bodies that decide by vote: whole words or lowercase endings
    club_prefixes: frozenset[str] = frozenset()  # short forms that open a club's name: "FC", "SV"
    publications: tuple[str, ...] = ()  # lowercase endings of papers' names: "rundschau" in "Frankfurter Rundschau"
    governments: frozenset[str] = frozenset()  # a region's government after its adjective: "Landesregierung"
    cabinet: tuple[str, ...] = ()  # lowercase title endings of cabinet offices: "minister" acts for a state
    district_bodies: frozenset[str] = frozenset()  # councils named by their district: "Kreistag"
    reporters: tuple[str, ...] = ()  # lowercase title endings of a report's own people: "reporterin"
    group_heads: frozenset[str] = frozenset()  # nouns before a group's own name: "Hackergruppe"
    regional_associations: tuple[str, ...] = ()  # lowercase endings named by a region: "verband"
    municipal_heads: frozenset[str] = frozenset()  # lowercase titles of a municipality's head: "bürgermeisterin"
    regional_bodies: frozenset[str] = frozenset()  # a Land's or canton's bodies named alone: "Landtag"
    common_acronyms: frozenset[str] = frozenset()  # short forms of common nouns, no organisation: "UVP", "DNA"
    assemblies: frozenset[str] = frozenset()  # citizens' assemblies that vote on a council's proposal
    citizen_groups: tuple[str, ...] = ()  # name parts ("initiative"), first words ("IG"), their ends ("-verein")
    standing_bodies: tuple[str, ...] = ()  # bodies named wherever a report names them: "Kantonsrat"
    cantonal_offices: tuple[str, ...] = ()  # offices named by "kantonal": "Laboratorium", compound ends "pflege"
    staff_councils: tuple[str, ...] = ()  # councils of a workforce, named with whose: "Betriebsrat der SAL"
    territorial_offices: tuple[str, ...] = ()  # endings of offices named with their canton: "verwaltung"
    branches: tuple[str, ...] = ()  # regional branches, named with their region and whose: "Landesstelle"


@dataclass(frozen=True, eq=False)  # hashed by identity: caches key on the loaded instance
class Knowledge:
    topics: TopicList
    actors: ActorList
    roles: RoleList
    cues: dict[str, Any]
    first_names: frozenset[str] = frozenset()
    party_model: PartyModel | None = None


def _load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: data file missing") from None
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise KnowledgeError(f"{where}: {exc.problem}") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise KnowledgeError(f"{where}: expected a list of words")
    return tuple(str(v) for v in value)


def _keys_of(entry_type: type) -> frozenset[str]:
    """The keys an entry of the file may have: its dataclass's fields, which the loader fills by name."""
    return frozenset(f.name for f in fields(entry_type))


def load_topics(path: Path) -> TopicList:
    raw = _load_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("topics"), list):
        raise KnowledgeError(f"{path}: expected a mapping with a `topics:` list")
    topics = []
    seen: set[str] = set()
    _refuse_unknown_keys(raw, _keys_of(TopicList), path, "the topic list")
    for index, entry in enumerate(raw["topics"]):
        where = f"{path}: topics[{index}]"
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            raise KnowledgeError(f"{where}: each topic needs `id` and `name`")
        topic_id = str(entry["id"])
        _refuse_unknown_keys(entry, _keys_of(Topic), path, f"topic {topic_id!r}", f"id: {topic_id}")
        if topic_id in seen:
            raise KnowledgeError(f"{where}: duplicate topic id {topic_id!r}")
        seen.add(topic_id)
        terms = tuple(t.lower() for t in _strings(entry.get("terms"), where))
        exclude = tuple(t.lower() for t in _strings(entry.get("exclude"), where))
        topics.append(Topic(topic_id, str(entry["name"]), str(entry.get("description", "")), terms, exclude))
    return TopicList(tuple(topics), int(raw.get("min_sentences", 2)))


_ACTOR_KEYS = {"people": _keys_of(PersonEntry), "states": _keys_of(StateEntry),
               "organisations": _keys_of(OrganisationEntry)}


def _line_of(path: Path, *forms: str) -> str:
    """'data/actors.yaml:700' for the first line that holds one of the forms (the path alone where none does)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if any(form in line for form in forms):
            return f"{path}:{number}"
    return str(path)


def _refuse_unknown_keys(raw: dict[Any, Any], known: frozenset[str], path: Path, where: str, *forms: str,
                        hint: str = "") -> None:
    """A misspelt key ("staff_council:", "term:") would be read as no list at all: say so with its line."""
    unknown = sorted(str(key) for key in raw if str(key) not in known)
    if unknown:
        line = _line_of(path, *forms) if forms else _line_of(path, *(f"{key}:" for key in unknown))
        raise KnowledgeError(f"{line}: {where} has unknown keys {', '.join(map(repr, unknown))}{hint}; "
                             f"known: {', '.join(sorted(known))}")


def load_actors(path: Path) -> ActorList:
    raw = _load_yaml(path) or {}
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: expected a mapping with people, states, organisations")

    def entries(key: str) -> list[dict[str, Any]]:
        items = raw.get(key) or []
        if not isinstance(items, list) or not all(isinstance(i, dict) and i.get("name") for i in items):
            raise KnowledgeError(f"{path}: every entry under `{key}` needs a `name`")
        for item in items:
            # "{name: Departement für Wirtschaft, Bildung und Forschung}": an unquoted comma cuts the name
            # and makes its rest a key without a value; say so rather than match a name cut short
            cut = any(value is None for k, value in item.items() if str(k) not in _ACTOR_KEYS[key])
            hint = " (a name with a comma needs quotes in {…})" if cut else ""
            name = str(item["name"])
            _refuse_unknown_keys(item, _ACTOR_KEYS[key], path, f"entry {name!r} under `{key}`",
                                 f"name: {name}", f'name: "{name}', hint=hint)
        return items

    people = tuple(
        PersonEntry(str(e["name"]), _strings(e.get("aliases"), f"{path}: {e['name']}"),
                    str(e.get("role", "")), str(e.get("country", "")), str(e.get("short", "")))
        for e in entries("people")
    )
    states = tuple(
        StateEntry(str(e["name"]), _strings(e.get("aliases"), f"{path}: {e['name']}"),
                   tuple(a.lower() for a in _strings(e.get("adjectives"), f"{path}: {e['name']}")),
                   _strings(e.get("places"), f"{path}: {e['name']}"),
                   _strings(e.get("demonyms"), f"{path}: {e['name']}"), bool(e.get("region", False)),
                   _strings(e.get("signals"), f"{path}: {e['name']}"))
        for e in entries("states")
    )
    organisations = tuple(
        OrganisationEntry(str(e["name"]), _strings(e.get("aliases"), f"{path}: {e['name']}"),
                          str(e.get("country", "")), bool(e.get("alliance", False)),
                          _strings(e.get("members"), f"{path}: {e['name']}: members"), bool(e.get("media", False)),
                          bool(e.get("party", False)), bool(e.get("adjectival", False)))
        for e in entries("organisations")
    )
    not_actors = frozenset(_strings(raw.get("not_actors"), f"{path}: not_actors"))
    return ActorList(people, states, organisations, not_actors)


def load_roles(path: Path) -> RoleList:
    raw = _load_yaml(path) or {}
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: expected a mapping with roles and suffixes")
    _refuse_unknown_keys(raw, _keys_of(RoleList), path, "the role list")
    inflections = raw.get("inflections") or {}
    if not isinstance(inflections, dict):
        raise KnowledgeError(f"{path}: `inflections` must map a form to its base form")
    return RoleList(
        frozenset(_strings(raw.get("roles"), f"{path}: roles")),
        tuple(s.lower() for s in _strings(raw.get("suffixes"), f"{path}: suffixes")),
        {str(k): str(v) for k, v in inflections.items()},
        frozenset(_strings(raw.get("relational"), f"{path}: relational")),
        frozenset(_strings(raw.get("organisation_heads"), f"{path}: organisation_heads")),
        frozenset(_strings(raw.get("organisation_tails"), f"{path}: organisation_tails")),
        frozenset(s.lower() for s in _strings(raw.get("leaders"), f"{path}: leaders")),
        tuple(s.lower() for s in _strings(raw.get("institutions"), f"{path}: institutions")),
        tuple(_strings(raw.get("bodies"), f"{path}: bodies")),
        tuple(s.lower() for s in _strings(raw.get("spokespeople"), f"{path}: spokespeople")),
        tuple(s.lower() for s in _strings(raw.get("documents"), f"{path}: documents")),
        _genders(raw.get("genders"), path),
        frozenset(_strings(raw.get("local_bodies"), f"{path}: local_bodies")),
        _strings(raw.get("legislatures"), f"{path}: legislatures"),
        frozenset(_strings(raw.get("club_prefixes"), f"{path}: club_prefixes")),
        tuple(s.lower() for s in _strings(raw.get("publications"), f"{path}: publications")),
        frozenset(_strings(raw.get("governments"), f"{path}: governments")),
        tuple(s.lower() for s in _strings(raw.get("cabinet"), f"{path}: cabinet")),
        frozenset(_strings(raw.get("district_bodies"), f"{path}: district_bodies")),
        tuple(s.lower() for s in _strings(raw.get("reporters"), f"{path}: reporters")),
        frozenset(_strings(raw.get("group_heads"), f"{path}: group_heads")),
        tuple(s.lower() for s in _strings(raw.get("regional_associations"), f"{path}: regional_associations")),
        frozenset(s.lower() for s in _strings(raw.get("municipal_heads"), f"{path}: municipal_heads")),
        frozenset(_strings(raw.get("regional_bodies"), f"{path}: regional_bodies")),
        frozenset(_strings(raw.get("common_acronyms"), f"{path}: common_acronyms")),
        frozenset(_strings(raw.get("assemblies"), f"{path}: assemblies")),
        tuple(_strings(raw.get("citizen_groups"), f"{path}: citizen_groups")),
        tuple(_strings(raw.get("standing_bodies"), f"{path}: standing_bodies")),
        tuple(_strings(raw.get("cantonal_offices"), f"{path}: cantonal_offices")),
        tuple(_strings(raw.get("staff_councils"), f"{path}: staff_councils")),
        tuple(s.lower() for s in _strings(raw.get("territorial_offices"), f"{path}: territorial_offices")),
        tuple(_strings(raw.get("branches"), f"{path}: branches")),
    )


_GENDERS = ("masculine", "feminine", "neuter")


def _genders(raw: Any, path: Path) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not set(raw) <= set(_GENDERS):
        raise KnowledgeError(f"{path}: `genders` must map {', '.join(_GENDERS)} to lists of noun endings")
    pairs = {(ending.lower(), gender)
             for gender in _GENDERS for ending in _strings(raw.get(gender), f"{path}: genders")}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


def load_word_list(path: Path) -> frozenset[str]:
    """One word per line; `#` starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise KnowledgeError(f"{path}: data file missing") from None
    return frozenset(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))


def load_cues(path: Path) -> dict[str, Any]:
    raw = _load_yaml(path)
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: expected a mapping of cue lists")
    feasts = (raw.get("dates") or {}).get("feasts") if isinstance(raw.get("dates"), dict) else None
    if feasts is not None and (not isinstance(feasts, dict) or any(feast_rule(v) is None for v in feasts.values())):
        raise KnowledgeError(f"{path}: `dates.feasts` must map each feast to its days from Easter Sunday "
                             "(Aschermittwoch: -46) or to its day as MM-DD (Heiligabend: \"12-24\")")
    return raw


def _numbers(raw: Any, size: int, what: str) -> tuple[float, ...]:
    if not isinstance(raw, list) or len(raw) != size or not all(
            isinstance(x, (int, float)) and not isinstance(x, bool) for x in raw):
        raise KnowledgeError(f"{what} must be a list of {size} numbers")
    return tuple(float(x) for x in raw)


def load_party_model(path: Path) -> PartyModel | None:
    """The trained party model, or None where the data folder has none (the rules decide alone)."""
    if not path.exists():
        return None
    raw = _load_yaml(path)
    if not isinstance(raw, dict):
        raise KnowledgeError(f"{path}: expected a mapping with features, weights, means, scales, threshold")
    if raw.get("features") != list(FEATURES):
        raise KnowledgeError(f"{path}: trained for other features than this version computes; "
                             "retrain it with `briefing train-parties` or delete it")
    threshold = raw.get("threshold")
    if not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
        raise KnowledgeError(f"{path}: `threshold` must be a number between 0 and 1")
    scales = _numbers(raw.get("scales"), len(FEATURES), f"{path}: `scales`")
    if any(s <= 0 for s in scales):
        raise KnowledgeError(f"{path}: every scale must be above 0")
    return PartyModel(_numbers(raw.get("weights"), len(FEATURES) + 1, f"{path}: `weights`"),
                      _numbers(raw.get("means"), len(FEATURES), f"{path}: `means`"), scales, float(threshold))


_FILES = ("topics.yaml", "actors.yaml", "roles.yaml", "cues.yaml", "first_names.txt", PARTY_MODEL_FILE)


def _stamps(base: Path) -> tuple[tuple[str, int, int], ...]:
    """When and how big each data file is: an edit (or a new party model) makes a new cache key."""
    stamps = []
    for name in _FILES:
        try:
            stat = (base / name).stat()
        except OSError:
            continue
        stamps.append((name, stat.st_mtime_ns, stat.st_size))
    return tuple(stamps)


@lru_cache(maxsize=8)
def _load_knowledge_cached(data_dir: str, stamps: tuple[tuple[str, int, int], ...]) -> Knowledge:
    del stamps  # part of the cache key only
    base = Path(data_dir)
    return Knowledge(
        topics=load_topics(base / "topics.yaml"),
        actors=load_actors(base / "actors.yaml"),
        roles=load_roles(base / "roles.yaml"),
        cues=load_cues(base / "cues.yaml"),
        first_names=load_word_list(base / "first_names.txt"),
        party_model=load_party_model(base / PARTY_MODEL_FILE),
    )


def load_knowledge(data_dir: Path = DEFAULT_DATA_DIR) -> Knowledge:
    base = Path(data_dir).resolve()
    return _load_knowledge_cached(str(base), _stamps(base))
