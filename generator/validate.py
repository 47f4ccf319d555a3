"""Validation of briefs: JSON Schema plus semantic rules, every problem with file:line:col.

The schema (generator/schema/brief.schema.json) is the contract editors see; this module turns
its errors into one-line messages that say the fix, and adds the rules a schema cannot state:
real calendar dates, known topics, evidence that stands verbatim in the report, id equal to the
file name, no repeated items.
"""

from __future__ import annotations

import calendar
import difflib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from generator.catalog import brief_files, load_reports
from generator.ingest import Report
from generator.knowledge import Knowledge
from generator.store import BriefError, plain, position, read_brief

SCHEMA_PATH = Path(__file__).parent / "schema" / "brief.schema.json"

ITEM_LISTS = ("outcome", "open_issues")
_DATE = re.compile(r"\A(?P<year>[0-9]{4})-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?\Z")
_TRUE_WORDS = frozenset({"yes", "y", "on", "true", "ja"})
_FALSE_WORDS = frozenset({"no", "n", "off", "false", "nein"})

# Hints for required fields: what to write when the field is missing.
_REQUIRED_HINTS = {
    (): {
        "date": " (YYYY-MM-DD, or YYYY-MM with date_precision: month)",
        "date_precision": " (day or month)",
        "parties": "; write 'parties: []' if the report names none",
        "outcome": "; write 'outcome: []' if the report has none",
        "open_issues": "; write 'open_issues: []' if the report has none",
    },
    ("source",): {
        "file": " (the report's file name in seeds/)",
        "sha256": " (the SHA-256 of the report's bytes; 'briefing generate' writes it)",
    },
}
_EVIDENCE_NEEDED = "every outcome and open issue needs its evidence sentence"


@lru_cache(maxsize=1)
def brief_schema() -> dict[str, Any]:
    """The brief's JSON Schema (draft 2020-12), as shipped in the package."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(brief_schema())


def normalise_space(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=256)
def _normalised_body(body: str) -> str:
    return normalise_space(body)


def stands_in(evidence: str, body: str) -> bool:
    """True when the evidence stands verbatim in the report body (runs of whitespace count as one)."""
    wanted = normalise_space(evidence)
    return bool(wanted) and wanted in _normalised_body(body)


# --- locating and naming --------------------------------------------------------------------

def _child(node: Any, key: str | int) -> Any:
    """The round-trip child of a node for a key from plain() (which turned keys into text)."""
    if isinstance(node, list):
        return node[key] if isinstance(key, int) and key < len(node) else None
    if isinstance(node, dict):
        if key in node:
            return node[key]
        for k, v in node.items():
            if str(k) == key:
                return v
    return None


def _locate(node: Any, path: tuple[str | int, ...]) -> tuple[int, int]:
    """(line, col) of the value at `path`: its key or list item, else the nearest container."""
    if not path:
        return position(node)
    container = node
    for step in path[:-1]:
        child = _child(container, step)
        if child is None:
            return position(container)
        container = child
    last = path[-1]
    if isinstance(container, dict) and last not in container:
        for k in container:
            if str(k) == last:
                return position(container, k)
    return position(container, last)


def _prefix(path: tuple[str | int, ...]) -> str:
    """Where a field sits: '' at the top, 'source: ', 'outcome item 2: '."""
    parts = []
    for step in path:
        if isinstance(step, int):
            parts[-1] = f"{parts[-1]} item {step + 1}" if parts else f"item {step + 1}"
        else:
            parts.append(step)
    return f"{'.'.join(parts)}: " if parts else ""


def _split(path: tuple[str | int, ...]) -> tuple[str, str]:
    """Prefix of the containing object and the field's own name."""
    if not path:
        return "", "the brief"
    if isinstance(path[-1], str):
        return _prefix(path[:-1]), path[-1]
    return _prefix(path[:-2]), _prefix(path[-2:])[:-2]  # 'topics item 2'


def _suggest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not matches:
        matches = difflib.get_close_matches(word.casefold(), list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# --- schema errors --------------------------------------------------------------------------

def _schema_errors(data: dict[str, Any], node: Any, path: str) -> list[BriefError]:
    raw = sorted(_validator().iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    typed = {tuple(e.absolute_path) for e in raw if e.validator == "type"}
    errors: list[BriefError] = []
    explained: set[tuple] = set()
    for error in raw:
        where = tuple(error.absolute_path)
        if error.validator != "type" and where in typed:
            continue  # a value of the wrong type: one message is enough
        if error.validator == "required":
            # jsonschema raises one error per missing name; _explain reports them all at once.
            if where in explained:
                continue
            explained.add(where)
        for message, at in _explain(error, where):
            errors.append(BriefError(path, message, *_locate(node, at)))
    return errors


def _explain(error: ValidationError, where: tuple[str | int, ...]) -> Iterator[tuple[str, tuple]]:
    """One (message, location path) per problem the jsonschema error stands for."""
    kind, value, schema = error.validator, error.instance, error.schema
    prefix, field = _split(where)
    if kind == "required":
        for name in error.validator_value:
            if name not in value:
                yield _missing(where, name), where
        return
    if kind == "additionalProperties":
        allowed = list(schema.get("properties", {}))
        for key in value:
            if key not in allowed:
                guess = _suggest(key, allowed)
                hint = f"did you mean '{guess}'?" if guess else f"allowed: {', '.join(allowed)}"
                yield f"{_prefix(where)}unknown field '{key}' ({hint})", where + (key,)
        return
    if kind == "type":
        yield prefix + _wrong_type(field, value, error.validator_value, where, schema), where
    elif kind == "const":
        yield f"{prefix}{field} must be {_shown(error.validator_value)}, not {_shown(value)}", where
    elif kind == "enum":
        choices = " or ".join(str(c) for c in error.validator_value)
        yield f"{prefix}{field} must be {choices}, not '{_shown(value)}'", where
    elif kind == "pattern":
        yield prefix + _bad_pattern(field, value, where), where
    elif kind == "minLength":
        need = f"; {_EVIDENCE_NEEDED}" if where[-1:] == ("evidence",) and where[:1] != ("figures",) else ""
        yield f"{prefix}{field} is empty{need}", where
    elif kind == "uniqueItems":
        seen: set[str] = set()
        for index, item in enumerate(value):
            if repr(item) in seen:
                yield f"{field} lists '{_shown(item)}' twice; remove one", where + (index,)
            seen.add(repr(item))
    else:
        yield f"{prefix}{field}: {error.message}", where


def _missing(where: tuple[str | int, ...], name: str) -> str:
    if where[:1] in (("outcome",), ("open_issues",)) and len(where) == 2:
        if name == "evidence":
            return (f"{_prefix(where)}{_EVIDENCE_NEEDED}; add 'evidence:' with the report's sentence, "
                    f"verbatim")
        return f"{_prefix(where)}missing '{name}' (a clean German sentence)"
    hint = _REQUIRED_HINTS.get(where, {}).get(name, "")
    return f"{_prefix(where)}missing required field '{name}'{hint}"


def _wrong_type(field: str, value: Any, expected: str, where: tuple, schema: dict[str, Any]) -> str:
    if expected == "boolean":
        if isinstance(value, str) and value.strip().casefold() in _TRUE_WORDS | _FALSE_WORDS:
            word = "true" if value.strip().casefold() in _TRUE_WORDS else "false"
            return f"{field} must be true or false, not the text '{value}'; write {where[-1]}: {word}"
        return f"{field} must be true or false, not '{_shown(value)}'"
    if expected == "array":
        if value is None:
            return f"{field} is empty; write '{where[-1]}: []' if there are none"
        return f"{field} must be a list: one '- ' line per entry, or [] for none"
    if expected == "object":
        lines = " and ".join(f"'{name}:'" for name in schema.get("required", ()))
        return f"{field} must be a mapping with {lines} lines"

    if expected == "integer":
        return f"{field} must be a whole number"
    # Text expected.
    if value is None:
        return f"{field} is empty; write the text or remove the line"
    if isinstance(value, bool):
        return f"{field} must be text, but {_shown(value)} is read as true/false; put it in quotes"
    if isinstance(value, (int, float)):
        return f"{field} must be text, but {value} is read as a number; put it in quotes: \"{value}\""
    if isinstance(value, list):
        return f"{field} must be text, not a list"
    if isinstance(value, dict):
        return f"{field} must be text, not a mapping"
    return f"{field} must be text"


def _bad_pattern(field: str, value: str, where: tuple) -> str:
    name = where[-1]
    if name in ("id", "event"):
        return (f"{field} '{value}' may contain only lowercase letters a-z, digits and single hyphens "
                f"(e.g. 2025-03-18-telefonat-trump-putin)")
    if name == "date":
        return f"{field} '{value}' must be YYYY-MM-DD, or YYYY-MM with date_precision: month"
    if name == "sha256":
        return f"{field} must be the 64 lowercase hex digits of the report's SHA-256"
    return f"{field} '{value}' does not have the expected form"


# --- semantic rules -------------------------------------------------------------------------

def _check_id(data: dict[str, Any], node: Any, path: str) -> Iterator[BriefError]:
    brief_id, stem = data.get("id"), Path(path).stem
    well_formed = isinstance(brief_id, str) and re.fullmatch(brief_schema()["properties"]["id"]["pattern"], brief_id)
    if well_formed and brief_id != stem:
        yield BriefError(
            path,
            f"id '{brief_id}' does not match the file name {Path(path).name}; "
            f"set id: {stem} or rename the file to {brief_id}.yaml",
            *position(node, "id"),
        )


def _check_date(data: dict[str, Any], node: Any, path: str) -> Iterator[BriefError]:
    value, precision = data.get("date"), data.get("date_precision")
    match = _DATE.match(value) if isinstance(value, str) else None
    if not match:
        return  # missing, mistyped or malformed: the schema has said so
    at = position(node, "date")
    year, month = int(match["year"]), int(match["month"])
    day = int(match["day"]) if match["day"] else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]):
        yield BriefError(path, f"date '{value}' is not a real calendar date", *at)
        return
    if precision == "day" and day is None:
        yield BriefError(path, f"date '{value}' gives only the month but date_precision is day; "
                               f"write the day (YYYY-MM-DD) or set date_precision: month", *at)
    elif precision == "month" and day is not None:
        yield BriefError(path, f"date '{value}' gives a day but date_precision is month; "
                               f"write date: '{value[:7]}' or set date_precision: day", *at)


def _check_topics(data: dict[str, Any], node: Any, path: str, knowledge: Knowledge) -> Iterator[BriefError]:
    topics = data.get("topics")
    if not isinstance(topics, list):
        return
    known = knowledge.topics.by_id()
    for index, topic in enumerate(topics):
        if not isinstance(topic, str) or topic in known:
            continue
        at = _locate(node, ("topics", index))
        resolved = knowledge.topics.resolve(topic)
        if resolved:
            message = f"topic '{topic}' is a topic name; write its id '{resolved}'"
        else:
            guess = _suggest(topic, sorted(known))
            message = (f"unknown topic '{topic}' (did you mean '{guess}'?)" if guess else
                       f"unknown topic '{topic}'; use an id from data/topics.yaml or add the topic there")
        yield BriefError(path, message, *at)


def _items(data: dict[str, Any]) -> Iterator[tuple[str, int, dict[str, Any]]]:
    for name in ITEM_LISTS:
        items = data.get(name)
        if isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    yield name, index, item


def _check_items(data: dict[str, Any], node: Any, path: str, reports: dict[str, Report]) -> Iterator[BriefError]:
    source = data.get("source")
    report = reports.get(source.get("file")) if isinstance(source, dict) and isinstance(source.get("file"), str) else None
    first_seen: dict[tuple[str, str], int] = {}
    for name, index, item in _items(data):
        text = item.get("text")
        if isinstance(text, str) and text.strip():
            key = (name, normalise_space(text).casefold())
            if key in first_seen:
                yield BriefError(path, f"{name} item {index + 1} repeats item {first_seen[key] + 1} "
                                       f"(same text); remove one", *_locate(node, (name, index)))
            else:
                first_seen[key] = index
        evidence = item.get("evidence")
        if report is not None and isinstance(evidence, str) and evidence.strip() and not stands_in(evidence, report.body):
            yield BriefError(
                path,
                f"{name} item {index + 1}: evidence does not stand verbatim in {report.file}; "
                f"copy the sentence exactly from the report",
                *_locate(node, (name, index, "evidence")),
            )


# --- entry points ---------------------------------------------------------------------------

def validate_brief(node: Any, path: str, knowledge: Knowledge, reports: dict[str, Report]) -> list[BriefError]:
    """Every problem of one parsed brief (a ruamel round-trip node), in file order."""
    data = plain(node)
    if not isinstance(data, dict):
        return [BriefError(path, "a brief must be a YAML mapping (key: value lines)", 1, 1)]
    errors = _schema_errors(data, node, path)
    errors.extend(_check_id(data, node, path))
    errors.extend(_check_date(data, node, path))
    errors.extend(_check_topics(data, node, path, knowledge))
    errors.extend(_check_items(data, node, path, reports))
    return sorted(errors, key=lambda e: (e.line, e.col, e.message))


def check_briefings(briefings_dir: Path, seeds_dir: Path, knowledge: Knowledge) -> list[BriefError]:
    """Validate every brief in the folder; one bad file never hides the problems of the others."""
    if not briefings_dir.is_dir():
        return [BriefError(str(briefings_dir), "no such folder of briefs")]
    reports, _ = load_reports(seeds_dir)
    problems: list[BriefError] = []
    owners: dict[str, Path] = {}
    for path in brief_files(briefings_dir):
        try:
            node = read_brief(path)
        except BriefError as exc:
            problems.append(exc)
            continue
        problems.extend(validate_brief(node, str(path), knowledge, reports))
        brief_id = node.get("id")
        if isinstance(brief_id, str):
            if brief_id in owners:
                problems.append(BriefError(
                    str(path), f"id '{brief_id}' is also used by {owners[brief_id]}; ids must be unique",
                    *position(node, "id")))
            else:
                owners[brief_id] = path
    return problems
