"""Three-way merge of a brief: the person's edits win, untouched parts follow the machine.

`base` is what the generator wrote last time, `mine` the file as it is now (perhaps edited by a
person), `theirs` the new machine output. Per field: unchanged since `base` -> take `theirs`;
changed -> keep `mine`. List fields are merged item by item, so a person who deletes a wrong
outcome item does not get it back, an item they rewrote stays as they wrote it, and items the
machine adds later still arrive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.brief import FIELD_ORDER

MACHINE_FIELDS = tuple(k for k in FIELD_ORDER if k not in ("schema_version", "id", "reviewed"))
LIST_FIELDS = frozenset({"parties", "mentioned", "outcome", "open_issues", "topics", "figures"})


@dataclass(frozen=True)
class Merge:
    values: dict[str, Any]  # the merged value of every machine field present in either side
    kept: tuple[str, ...]  # fields where a person's edit was kept, with what was kept


def item_key(item: Any) -> str:
    """Identity of a list item independent of key order (the file and the cache order keys differently)."""
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def merge_list(mine: list[Any], base: list[Any], theirs: list[Any]) -> list[Any]:
    """Item-level merge: person's additions and deletions stay; the rest follows the machine."""
    base_keys = {item_key(i) for i in base}
    mine_keys = {item_key(i) for i in mine}
    theirs_keys = {item_key(i) for i in theirs}
    merged = [i for i in mine if item_key(i) not in base_keys or item_key(i) in theirs_keys]
    merged_keys = {item_key(i) for i in merged}
    for item in theirs:
        key = item_key(item)
        if key not in base_keys and key not in mine_keys and key not in merged_keys:
            merged.append(item)
            merged_keys.add(key)
    return merged


def _describe_list_edit(mine: list[Any], base: list[Any]) -> str:
    base_keys = {item_key(i) for i in base}
    mine_keys = {item_key(i) for i in mine}
    added = sum(1 for i in mine if item_key(i) not in base_keys)
    removed = sum(1 for i in base if item_key(i) not in mine_keys)
    parts = []
    if added:
        parts.append(f"{added} added or rewritten")
    if removed:
        parts.append(f"{removed} removed or rewritten")
    if not parts:
        parts.append("reordered")
    return ", ".join(parts)


def merge_brief(mine: dict[str, Any], base: dict[str, Any] | None, theirs: dict[str, Any]) -> Merge:
    """Merge one brief. Without a `base` (no record of the last generation) every field of
    `mine` is kept: nothing a person may have written is ever overwritten on a guess."""
    values: dict[str, Any] = {}
    kept: list[str] = []
    for key in MACHINE_FIELDS:
        if key not in mine and key not in theirs:
            continue
        if base is None:
            if key in mine:
                values[key] = mine[key]
                if mine[key] != theirs.get(key):
                    kept.append(key)
            else:
                values[key] = theirs[key]
            continue
        if key not in mine and key in base:
            kept.append(f"{key} (removed)")  # the person deleted the whole field
            continue
        if key not in mine:
            values[key] = theirs[key]
            continue
        if mine[key] == base.get(key):
            if key in theirs:
                values[key] = theirs[key]
            continue
        if key in LIST_FIELDS and isinstance(mine[key], list) and isinstance(base.get(key), list):
            values[key] = merge_list(mine[key], base[key], theirs.get(key) or [])
            kept.append(f"{key} ({_describe_list_edit(mine[key], base[key])})")
        else:
            values[key] = mine[key]
            kept.append(key)
    return Merge(values, tuple(kept))
