"""Fast paths for brief files: writing a freshly generated brief, reading a brief for the site.

ruamel.yaml's round-trip writer and reader are pure Python (≈20 ms per brief). A new brief has
no comments to keep and a fixed shape, so `dump_new_brief` writes it directly, byte for byte as
the round-trip writer would (tests compare the two on random briefs); any value outside the
simple cases it knows (line breaks, control or non-BMP characters, very long text, unexpected
types) makes it return None and the caller uses ruamel. `load_plain` reads with libyaml
(PyYAML's CSafeLoader) and returns None whenever the YAML 1.1 reader could disagree with the
YAML 1.2 round-trip reader (duplicate keys, `no`/`yes`, dates, numbers), so the caller falls back.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

from generator.brief import FIELD_ORDER
from generator.store import forces_double_quotes

_STR_TAG = "tag:yaml.org,2002:str"
_FLOW_KEYS = frozenset({"topics"})  # lists written inline, as store.to_commented does
_MAX_LEN = 2000  # far below the writer's line width (4096): never folded
_KEY = re.compile(r"\A[a-z][a-z0-9_]*\Z")
# Characters the round-trip writer prints as they are (allow_unicode), minus line separators.
_SIMPLE = re.compile(r"\A[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]+\Z")


@lru_cache(maxsize=1)
def _yaml12_resolvers() -> dict[str, list[tuple[str, Any]]]:
    """ruamel's YAML 1.2 implicit resolvers by first character (what its serializer consults)."""
    from ruamel.yaml.resolver import implicit_resolvers

    table: dict[str, list[tuple[str, Any]]] = {}
    for versions, tag, regexp, first in implicit_resolvers:
        if (1, 2) in versions:
            for ch in first:
                table.setdefault(ch, []).append((tag, regexp))
    return table


def _implicit(value: str) -> bool:
    """Whether the plain text reads back as a string under YAML 1.2 (not a date, number, bool)."""
    for tag, regexp in _yaml12_resolvers().get(value[:1], ()):
        if regexp.match(value):
            return tag == _STR_TAG
    return True


_LEADING = frozenset("#,[]{}&*!|>'\"%@`")
_BOTH_LATER = re.compile(r": |:\Z| #")  # searched from the second character on
_FLOW_LATER = re.compile(r"[,\[\]{}]")


def _indicators(value: str) -> tuple[bool, bool]:
    """(block_indicators, flow_indicators) as ruamel's emitter finds them, for one-line text
    whose only whitespace is the space (what `_SIMPLE` lets through)."""
    first = value[0]
    followed = len(value) == 1 or value[1] == " "
    block = flow = value.startswith(("---", "...")) or first in _LEADING or (first == "-" and followed)
    if first in "?:":
        flow = flow or len(value) == 1
        block = block or followed
    if _BOTH_LATER.search(value, 1):
        block = flow = True
    if _FLOW_LATER.search(value, 1):
        flow = True
    return block, flow


class _Unsupported(Exception):
    """A value the fast writer does not handle; the caller falls back to ruamel."""


def _scalar(value: Any, flow: bool = False) -> str:
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):  # bools returned above
        return str(value)
    if type(value) is not str:
        raise _Unsupported
    if not value or len(value) > _MAX_LEN or not _SIMPLE.match(value):
        raise _Unsupported
    if forces_double_quotes(value):
        return _double(value)
    block, flow_ind = _indicators(value)
    plain_ok = value[0] != " " and value[-1] != " " and not (flow_ind if flow else block)
    if plain_ok and _implicit(value):
        return value
    if "'" in value:
        return _double(value)
    return f"'{value}'"


def _double(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _simple_key(key: Any) -> bool:
    return isinstance(key, str) and bool(_KEY.match(key)) and _implicit(key)


def _mapping_lines(mapping: dict[str, Any], indent: str, first_prefix: str) -> list[str]:
    """Lines of a flat mapping of scalars; the first line starts with `first_prefix`."""
    if not mapping:
        raise _Unsupported
    lines = []
    for n, (key, value) in enumerate(mapping.items()):
        if not _simple_key(key) or isinstance(value, (dict, list)):
            raise _Unsupported
        lines.append(f"{first_prefix if n == 0 else indent}{key}: {_scalar(value)}")
    return lines


def _field_lines(key: str, value: Any) -> list[str]:
    if not _simple_key(key):
        raise _Unsupported
    if isinstance(value, dict):
        return [f"{key}:", *_mapping_lines(value, "  ", "  ")]
    if isinstance(value, list):
        if not value:
            return [f"{key}: []"]
        if key in _FLOW_KEYS:
            if any(isinstance(v, (dict, list)) for v in value):
                raise _Unsupported
            return [f"{key}: [{', '.join(_scalar(v, flow=True) for v in value)}]"]
        lines = [f"{key}:"]
        for item in value:
            if isinstance(item, dict):
                lines += _mapping_lines(item, "    ", "  - ")
            elif isinstance(item, list):
                raise _Unsupported
            else:
                lines.append(f"  - {_scalar(item)}")
        return lines
    if value is None:
        raise _Unsupported
    return [f"{key}: {_scalar(value)}"]


def dump_new_brief(data: dict[str, Any], header: str) -> str | None:
    """The text ruamel would write for `store.to_commented(data)` after `header`, or None."""
    ordered = [k for k in FIELD_ORDER if k in data] + [k for k in data if k not in FIELD_ORDER]
    try:
        lines = [line for key in ordered for line in _field_lines(key, data[key])]
    except _Unsupported:
        return None
    return header + "\n".join(lines) + "\n"


# --- reading ---------------------------------------------------------------------------------

_AMBIGUOUS_TAG = "tag:briefing:ambiguous"
_DECIMAL = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")


class _Ambiguous(Exception):
    """The text holds something the two readers could take differently."""


class _Yaml12SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser with YAML 1.2 scalar resolution, as ruamel's round-trip reader has it.

    Plain `true`/`false` and plain decimal integers resolve as such; every other plain scalar
    that YAML 1.2 does not read as text (null, floats, octal or hex numbers, dates, `<<`) gets a
    tag whose constructor refuses, and so do duplicate keys: the caller then uses ruamel."""

    yaml_implicit_resolvers: dict = {}


def _build_resolvers() -> None:
    from ruamel.yaml.resolver import implicit_resolvers

    for versions, tag, regexp, first in implicit_resolvers:
        if (1, 2) not in versions:
            continue
        if tag == "tag:yaml.org,2002:int":
            _Yaml12SafeLoader.add_implicit_resolver(tag, _DECIMAL, list("-+0123456789"))
        keep = tag in ("tag:yaml.org,2002:bool",)
        _Yaml12SafeLoader.add_implicit_resolver(tag if keep else _AMBIGUOUS_TAG, regexp, first)


def _refuse(loader: Any, node: Any) -> Any:
    raise _Ambiguous


def _construct_mapping(loader: Any, node: Any) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    keys = [loader.construct_object(k, deep=True) for k, _ in node.value]
    if any(not isinstance(k, str) for k in keys) or len(set(keys)) != len(keys):
        raise _Ambiguous
    return loader.construct_mapping(node, deep=True)


_build_resolvers()
_Yaml12SafeLoader.add_constructor(_AMBIGUOUS_TAG, _refuse)
_Yaml12SafeLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
for _tag in ("float", "timestamp", "null", "merge", "binary", "set", "omap", "pairs", "value"):
    _Yaml12SafeLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _refuse)


def _plain_types(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_plain_types(v) for v in value.values())
    if isinstance(value, list):
        return all(_plain_types(v) for v in value)
    return isinstance(value, (str, int))  # bool is an int


def load_plain(text: str) -> dict[str, Any] | None:
    """The brief as plain data via libyaml, or None when only the round-trip reader can tell
    (YAML directives, null, floats, dates, duplicate keys, a syntax error, not a mapping)."""
    if text.startswith("%") or "\n%" in text:
        return None
    try:
        data = yaml.load(text, Loader=_Yaml12SafeLoader)
    except (_Ambiguous, yaml.YAMLError, ValueError, TypeError, RecursionError):
        return None
    if not isinstance(data, dict) or not _plain_types(data):
        return None
    return data
