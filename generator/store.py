"""Reading and writing brief files: round-trip YAML, atomic writes, positioned errors.

Briefs are edited by people, so they are read with ruamel.yaml (YAML 1.2: `no` stays a string,
duplicate keys are errors, every node knows its line) and written through a temp file and a
rename, so an interrupted run never leaves a truncated brief.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.error import MarkedYAMLError

from generator.brief import FIELD_ORDER

SCHEMA_COMMENT_PREFIX = "# yaml-language-server: $schema="
# Relative to briefings/: editors resolve it next to the brief.
DEFAULT_SCHEMA_REF = "../generator/schema/brief.schema.json"


@dataclass(frozen=True)
class BriefError(Exception):
    """A problem in one brief file, located where possible (1-based line and column)."""

    path: str
    message: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col}: {self.message}"
        return f"{self.path}: {self.message}"


# Plain scalars that a YAML 1.1 reader (PyYAML, many editors) would not read back as text.
_YAML11_AMBIGUOUS = re.compile(
    r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    r"|~|null|Null|NULL|[-+]?[0-9][0-9_.:]*(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)"
    r"|0x[0-9a-fA-F_]+|0o?[0-7_]+)$"
)


# Text ruamel would write in a form it reads back differently: '?x' or ': x' plain inside [flow
# lists] becomes a mapping; NEL and the Unicode line separators inside quotes become line breaks.
_MISREAD = re.compile(r"\A\?|\A:(?:\s|\Z)|[\x85\u2028\u2029]")


def forces_double_quotes(value: str) -> bool:
    """Text the writer puts in double quotes so every YAML reader takes it as written."""
    return bool(_YAML11_AMBIGUOUS.match(value) or _MISREAD.search(value))


def _represent_str(representer: Any, value: str) -> Any:
    style = '"' if forces_double_quotes(value) else None
    return representer.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _BriefConstructor(RoundTripConstructor):
    """Round-trip constructor that reports an impossible date (2025-02-30) with its position."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError as exc:
            raise ConstructorError(
                None, None, f"{node.value} is not a real calendar date ({exc})", node.start_mark
            ) from None


# Registered on the subclass only: ruamel's own constructor classes stay untouched.
_BriefConstructor.add_constructor("tag:yaml.org,2002:timestamp", _BriefConstructor.construct_yaml_timestamp)


class _BriefRepresenter(RoundTripRepresenter):
    """Quotes text that a YAML 1.1 reader would take for a boolean, number or null."""


_BriefRepresenter.add_representer(str, _represent_str)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _BriefConstructor
    yaml.Representer = _BriefRepresenter
    yaml.allow_duplicate_keys = False
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def plain(value: Any) -> Any:
    """Turn ruamel's round-trip nodes into plain dicts, lists and strings (dates as ISO text)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (_dt.datetime, _dt.date)):
        return value.isoformat()[:10]
    if isinstance(value, str):
        return str(value)
    return value


def parse_brief_text(text: str, path: str) -> CommentedMap:
    """Parse a brief's text; raise BriefError with the line and column of a syntax problem."""
    try:
        data = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        if "duplicate key" in problem or "found duplicate key" in str(exc):
            problem = problem.replace("\n", " ")
        raise BriefError(path, f"YAML error: {problem}", line, col) from None
    except Exception as exc:  # ruamel raises a few unmarked errors (e.g. bad unicode)
        raise BriefError(path, f"YAML error: {exc}") from None
    if data is None:
        raise BriefError(path, "empty brief: expected a mapping with the brief's fields", 1, 1)
    if not isinstance(data, CommentedMap):
        raise BriefError(path, "a brief must be a YAML mapping (key: value lines)", 1, 1)
    return data


def read_brief_text(path: Path) -> str:
    """A brief's text (a byte-order mark dropped); not UTF-8 is a BriefError naming the file."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise BriefError(str(path), "not UTF-8 text; save the brief as UTF-8") from None


def read_brief(path: Path) -> CommentedMap:
    return parse_brief_text(read_brief_text(path), str(path))


def position(node: Any, key: str | int | None = None) -> tuple[int, int]:
    """1-based (line, col) of a key (or list index) inside a round-trip node, else of the node."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return (0, 0)
    try:
        if isinstance(node, CommentedMap) and key is not None and key in node:
            line, col = lc.key(key)
            return (line + 1, col + 1)
        if isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
            line, col = lc.item(key)
            return (line + 1, col + 1)
    except (KeyError, TypeError, IndexError):
        pass
    return (lc.line + 1, lc.col + 1)


def to_commented(data: dict[str, Any]) -> CommentedMap:
    """A fresh round-trip node for a generated brief, keys in contract order, topics inline."""
    ordered = CommentedMap()
    for key in FIELD_ORDER:
        if key in data:
            ordered[key] = _commented_value(key, data[key])
    for key in data:
        if key not in ordered:
            ordered[key] = _commented_value(key, data[key])
    return ordered


def _commented_value(key: str, value: Any) -> Any:
    if isinstance(value, dict):
        node = CommentedMap()
        for k, v in value.items():
            node[k] = _commented_value(k, v)
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_commented_value(key, v) for v in value)
        if key == "topics":
            seq.fa.set_flow_style()
        return seq
    return value


def dump_brief(node: CommentedMap, schema_ref: str = DEFAULT_SCHEMA_REF) -> str:
    """Serialise a brief; the first line points editors at the JSON Schema."""
    buf = io.StringIO()
    _yaml().dump(node, buf)
    body = buf.getvalue()
    lines = body.splitlines(keepends=True)
    if lines and lines[0].startswith(SCHEMA_COMMENT_PREFIX):
        lines = lines[1:]
    return f"{SCHEMA_COMMENT_PREFIX}{schema_ref}\n" + "".join(lines)


def dump_new_brief(data: dict[str, Any], schema_ref: str = DEFAULT_SCHEMA_REF) -> str:
    """The text of a freshly generated brief: what `dump_brief(to_commented(data))` writes,
    through the fast writer when it knows every value (see generator.fastyaml)."""
    from generator.fastyaml import dump_new_brief as fast

    text = fast(data, f"{SCHEMA_COMMENT_PREFIX}{schema_ref}\n")
    return text if text is not None else dump_brief(to_commented(data), schema_ref)


def write_text_atomic(path: Path, text: str, durable: bool = True) -> None:
    """Write through a temp file in the same folder and rename: readers see old or new, never half.
    `durable=False` skips the fsync, for files whose loss only costs time (caches)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
