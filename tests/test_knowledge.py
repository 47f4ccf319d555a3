"""The knowledge files users extend: a mistake in one is refused with its file and line, never half-read."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.knowledge import KnowledgeError, load_actors, load_roles, load_topics

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


def test_a_misspelt_list_in_the_role_list_is_refused_with_its_line(tmp_path):
    roles = tmp_path / "roles.yaml"
    roles.write_text("roles: [Präsident]\n# councils\nstaff_council: [Betriebsrat]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"roles\.yaml:3: the role list has unknown keys 'staff_council'; "
                                              r"known: .*staff_councils"):
        load_roles(roles)
    roles.write_text("roles: [Präsident]\nstaff_councils: [Betriebsrat]\n", encoding="utf-8")
    assert load_roles(roles).staff_councils == ("Betriebsrat",)


def test_a_misspelt_key_of_a_topic_is_refused_with_the_topics_line(tmp_path):
    topics = tmp_path / "topics.yaml"
    topics.write_text("topics:\n  - id: zoll\n    name: Zölle\n    term: [zoll]\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"topics\.yaml:2: topic 'zoll' has unknown keys 'term'"):
        load_topics(topics)
    topics.write_text("topics:\n  - id: zoll\n    name: Zölle\n    terms: [zoll]\n", encoding="utf-8")
    assert load_topics(topics).topics[0].terms == ("zoll",)


def test_the_shipped_knowledge_files_have_no_unknown_key():
    assert load_roles(REPO / "data" / "roles.yaml").staff_councils
    assert load_topics(REPO / "data" / "topics.yaml").topics
