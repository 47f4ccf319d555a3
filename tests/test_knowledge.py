"""The knowledge files users extend: a mistake in one is refused with its file and line, never half-read."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.knowledge import KnowledgeError, load_actors

REPO = Path(__file__).resolve().parent.parent


def test_an_unquoted_comma_in_a_listed_name_is_refused_with_its_line(tmp_path):
    actors = tmp_path / "actors.yaml"
    actors.write_text("organisations:\n"
                      "  - {name: Swissolar}\n"
                      "  - {name: Departement für Wirtschaft, Bildung und Forschung, aliases: [WBF]}\n",
                      encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"actors\.yaml:3: .*'Bildung und Forschung'.*quotes"):
        load_actors(actors)
    actors.write_text(actors.read_text(encoding="utf-8").replace(
        "{name: Departement für Wirtschaft, Bildung und Forschung,",
        '{name: "Departement für Wirtschaft, Bildung und Forschung",'), encoding="utf-8")
    names = [entry.name for entry in load_actors(actors).organisations]
    assert names == ["Swissolar", "Departement für Wirtschaft, Bildung und Forschung"]


@pytest.mark.parametrize("kind, key", [("people", "rolle"), ("states", "adjective"), ("organisations", "alias")])
def test_a_misspelt_key_is_refused_rather_than_ignored(tmp_path, kind, key):
    actors = tmp_path / "actors.yaml"
    actors.write_text(yaml.safe_dump({kind: [{"name": "Hollbach", key: ["x"]}]}, allow_unicode=True), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=f"unknown keys '{key}'"):
        load_actors(actors)


def test_the_shipped_actor_list_has_no_name_cut_at_a_comma():
    actors = load_actors(REPO / "data" / "actors.yaml")
    listed = {entry.name for entry in actors.organisations}
    assert "Eidgenössisches Departement für Umwelt, Verkehr, Energie und Kommunikation" in listed
    assert "Eidgenössisches Departement für Umwelt" not in listed
