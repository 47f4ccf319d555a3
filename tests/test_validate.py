"""Brief validation: every check's exact message and position, the schema, `briefing check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from generator.cli import main
from generator.ingest import Report, parse_report
from generator.knowledge import ActorList, Knowledge, RoleList, Topic, TopicList, load_knowledge
from generator.store import DEFAULT_SCHEMA_REF, parse_brief_text, read_brief
from generator.validate import SCHEMA_PATH, brief_schema, check_briefings, stands_in, validate_brief

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "briefings" / "2025-03-18-telefonat-trump-putin.yaml"
SHA = "ab" * 32

KNOWLEDGE = Knowledge(
    topics=TopicList((
        Topic("waffenruhe", "Waffenruhe", "", ()),
        Topic("schwarzes-meer", "Schwarzes Meer", "", ()),
        Topic("telefonat", "Telefonat", "", ()),
    )),
    actors=ActorList(),
    roles=RoleList(),
    cues={},
)

REPORT = Report(
    "r.txt", SHA,
    "Am 18. März 2025 telefonierten sie. Ein Gefangenenaustausch\nwurde vereinbart. "
    "Eine Antwort aus Kiew steht noch aus.\n",
    None,
)

# Line numbers in the expected messages refer to this text.
BRIEF = f"""\
# yaml-language-server: $schema=../generator/schema/brief.schema.json
schema_version: 1
id: b
title: Telefonat
date: '2025-03-18'
date_precision: day
date_evidence: am 18. März 2025
source:
  file: r.txt
  outlet: taz
  sha256: {SHA}
event: e
summary: Zwei Sätze.
parties:
  - name: Donald Trump
    role: US-Präsident
    country: USA
mentioned: []
outcome:
  - text: Ein Austausch wurde vereinbart.
    evidence: Ein Gefangenenaustausch wurde vereinbart.
open_issues:
  - text: Eine Antwort steht aus.
    evidence: Eine Antwort aus Kiew steht noch aus.
topics: [waffenruhe]
figures:
  - value: "175"
    label: Kriegsgefangene
reviewed: false
"""


def problems(text: str, reports: dict[str, Report] | None = None, path: str = "briefings/b.yaml") -> list[str]:
    node = parse_brief_text(text, path)
    return [str(e) for e in validate_brief(node, path, KNOWLEDGE, {"r.txt": REPORT} if reports is None else reports)]


def edited(old: str, new: str) -> str:
    assert BRIEF.count(old) == 1, old
    return BRIEF.replace(old, new)


def test_the_base_brief_is_valid():
    assert problems(BRIEF) == []


# One row per error class: (what to change in the base brief, the exact message).
CASES = [
    ("reviewed: false\n", "reviewed: false\noutcomes: []\n",
     "briefings/b.yaml:30:1: unknown field 'outcomes' (did you mean 'outcome'?)"),
    ("reviewed: false\n", "reviewed: false\ncolour: red\n",
     "briefings/b.yaml:30:1: unknown field 'colour' (allowed: schema_version, id, title, date, date_precision, "
     "date_evidence, source, event, summary, parties, mentioned, outcome, open_issues, topics, figures, reviewed)"),
    ("    role: US-Präsident\n", "    rolle: US-Präsident\n",
     "briefings/b.yaml:16:5: parties item 1: unknown field 'rolle' (did you mean 'role'?)"),
    ("  outlet: taz\n", "  outlet: taz\n  hash: x\n",
     "briefings/b.yaml:11:3: source: unknown field 'hash' (allowed: file, outlet, sha256)"),
    ("date_precision: day\n", "",
     "briefings/b.yaml:2:1: missing required field 'date_precision' (day or month)"),
    ("date: '2025-03-18'\n", "",
     "briefings/b.yaml:2:1: missing required field 'date' (YYYY-MM-DD, or YYYY-MM with date_precision: month)"),
    ("id: b\n", "", "briefings/b.yaml:2:1: missing required field 'id'"),
    ("open_issues:\n  - text: Eine Antwort steht aus.\n    evidence: Eine Antwort aus Kiew steht noch aus.\n", "",
     "briefings/b.yaml:2:1: missing required field 'open_issues'; write 'open_issues: []' if the report has none"),
    (f"  sha256: {SHA}\n", "",
     "briefings/b.yaml:8:1: source: missing required field 'sha256' "
     "(the SHA-256 of the report's bytes; 'briefing generate' writes it)"),
    ("  - name: Donald Trump\n    role", "  - role",
     "briefings/b.yaml:15:5: parties item 1: missing required field 'name'"),
    ("    evidence: Ein Gefangenenaustausch wurde vereinbart.\n", "",
     "briefings/b.yaml:20:5: outcome item 1: every outcome and open issue needs its evidence sentence; "
     "add 'evidence:' with the report's sentence, verbatim"),
    ("    evidence: Ein Gefangenenaustausch wurde vereinbart.\n", "    evidence: ''\n",
     "briefings/b.yaml:21:5: outcome item 1: evidence is empty; every outcome and open issue needs its "
     "evidence sentence"),
    ("  - text: Eine Antwort steht aus.\n    evidence", "  - evidence",
     "briefings/b.yaml:23:5: open_issues item 1: missing 'text' (a clean German sentence)"),
    ("  - text: Ein Austausch wurde vereinbart.\n", "  - text: ''\n",
     "briefings/b.yaml:20:5: outcome item 1: text is empty"),
    ("reviewed: false", "reviewed: yes",
     "briefings/b.yaml:29:1: reviewed must be true or false, not the text 'yes'; write reviewed: true"),
    ("reviewed: false", "reviewed: no",
     "briefings/b.yaml:29:1: reviewed must be true or false, not the text 'no'; write reviewed: false"),
    ("reviewed: false", "reviewed: on",
     "briefings/b.yaml:29:1: reviewed must be true or false, not the text 'on'; write reviewed: true"),
    ("reviewed: false", "reviewed: 'false'",
     "briefings/b.yaml:29:1: reviewed must be true or false, not the text 'false'; write reviewed: false"),
    ("reviewed: false", "reviewed: maybe",
     "briefings/b.yaml:29:1: reviewed must be true or false, not 'maybe'"),
    ("title: Telefonat", "title: 2025",
     'briefings/b.yaml:4:1: title must be text, but 2025 is read as a number; put it in quotes: "2025"'),
    ("title: Telefonat", "title: true",
     "briefings/b.yaml:4:1: title must be text, but true is read as true/false; put it in quotes"),
    ("title: Telefonat", "title:",
     "briefings/b.yaml:4:1: title is empty; write the text or remove the line"),
    ("title: Telefonat", "title: [a]", "briefings/b.yaml:4:1: title must be text, not a list"),
    ('  - value: "175"', "  - value: 175",
     'briefings/b.yaml:27:5: figures item 1: value must be text, but 175 is read as a number; put it in quotes: "175"'),
    ("topics: [waffenruhe]", "topics: [waffenruhe, 3]",
     'briefings/b.yaml:25:22: topics item 2 must be text, but 3 is read as a number; put it in quotes: "3"'),
    ("mentioned: []", "mentioned: Steve Witkoff",
     "briefings/b.yaml:18:1: mentioned must be a list: one '- ' line per entry, or [] for none"),
    ("mentioned: []", "mentioned:",
     "briefings/b.yaml:18:1: mentioned is empty; write 'mentioned: []' if there are none"),
    ("  - text: Ein Austausch wurde vereinbart.\n    evidence: Ein Gefangenenaustausch wurde vereinbart.\n",
     "  - Ein Austausch wurde vereinbart.\n",
     "briefings/b.yaml:20:5: outcome item 1 must be a mapping with 'text:' and 'evidence:' lines"),
    ("schema_version: 1", "schema_version: 2", "briefings/b.yaml:2:1: schema_version must be 1, not 2"),
    ("schema_version: 1", "schema_version: '1'", "briefings/b.yaml:2:1: schema_version must be a whole number"),
    ("date_precision: day", "date_precision: year",
     "briefings/b.yaml:6:1: date_precision must be day or month, not 'year'"),
    ("id: b", "id: B_1",
     "briefings/b.yaml:3:1: id 'B_1' may contain only lowercase letters a-z, digits and single hyphens "
     "(e.g. 2025-03-18-telefonat-trump-putin)"),
    ("event: e", "event: e--f",
     "briefings/b.yaml:12:1: event 'e--f' may contain only lowercase letters a-z, digits and single hyphens "
     "(e.g. 2025-03-18-telefonat-trump-putin)"),
    ("id: b", "id: c",
     "briefings/b.yaml:3:1: id 'c' does not match the file name b.yaml; set id: b or rename the file to c.yaml"),
    ("date: '2025-03-18'", "date: 18.03.2025",
     "briefings/b.yaml:5:1: date '18.03.2025' must be YYYY-MM-DD, or YYYY-MM with date_precision: month"),
    ("date: '2025-03-18'", "date: '2025-02-29'", "briefings/b.yaml:5:1: date '2025-02-29' is not a real calendar date"),
    ("date: '2025-03-18'", "date: 2025-13", "briefings/b.yaml:5:1: date '2025-13' is not a real calendar date"),
    ("date: '2025-03-18'", "date: 2025-03",
     "briefings/b.yaml:5:1: date '2025-03' gives only the month but date_precision is day; "
     "write the day (YYYY-MM-DD) or set date_precision: month"),
    ("date_precision: day", "date_precision: month",
     "briefings/b.yaml:5:1: date '2025-03-18' gives a day but date_precision is month; "
     "write date: '2025-03' or set date_precision: day"),
    (f"sha256: {SHA}", "sha256: ABC",
     "briefings/b.yaml:11:3: source: sha256 must be the 64 lowercase hex digits of the report's SHA-256"),
    ("topics: [waffenruhe]", "topics: [waffenruhe, Schwarzes Meer]",
     "briefings/b.yaml:25:22: topic 'Schwarzes Meer' is a topic name; write its id 'schwarzes-meer'"),
    ("topics: [waffenruhe]", "topics: [waffenruh]",
     "briefings/b.yaml:25:10: unknown topic 'waffenruh' (did you mean 'waffenruhe'?)"),
    ("topics: [waffenruhe]", "topics: [zoll]",
     "briefings/b.yaml:25:10: unknown topic 'zoll'; use an id from data/topics.yaml or add the topic there"),
    ("topics: [waffenruhe]", "topics: [waffenruhe, telefonat, waffenruhe]",
     "briefings/b.yaml:25:33: topics lists 'waffenruhe' twice; remove one"),
    ("    evidence: Ein Gefangenenaustausch wurde vereinbart.\n", "    evidence: Ein Austausch wurde vereinbart.\n",
     "briefings/b.yaml:21:5: outcome item 1: evidence does not stand verbatim in r.txt; "
     "copy the sentence exactly from the report"),
    ("open_issues:\n", "  - text: ein austausch wurde  vereinbart.\n"
                       "    evidence: Am 18. März 2025 telefonierten sie.\nopen_issues:\n",
     "briefings/b.yaml:22:5: outcome item 2 repeats item 1 (same text); remove one"),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASES)
def test_each_error_class_has_its_exact_message(old, new, expected):
    assert problems(edited(old, new)) == [expected]


def test_a_source_that_is_not_a_mapping():
    text = edited("source:\n  file: r.txt\n  outlet: taz\n" f"  sha256: {SHA}\n", "source: r.txt\n")
    assert problems(text) == ["briefings/b.yaml:8:1: source must be a mapping with 'file:' and 'sha256:' lines"]


def test_a_missing_report_is_not_an_error():
    text = edited("    evidence: Ein Gefangenenaustausch wurde vereinbart.\n", "    evidence: Nicht im Text.\n")
    assert problems(text, reports={}) == []


def test_a_hand_written_brief_needs_no_source():
    text = edited("source:\n  file: r.txt\n  outlet: taz\n" f"  sha256: {SHA}\n", "")
    assert problems(text) == []


def test_several_problems_come_in_file_order():
    text = edited("title: Telefonat", "title: 1").replace("reviewed: false", "reviewed: no")
    assert problems(text) == [
        'briefings/b.yaml:4:1: title must be text, but 1 is read as a number; put it in quotes: "1"',
        "briefings/b.yaml:29:1: reviewed must be true or false, not the text 'no'; write reviewed: false",
    ]


def test_evidence_may_differ_from_the_report_only_in_whitespace():
    assert stands_in("Ein Gefangenenaustausch wurde vereinbart.", REPORT.body)  # a line break in the report
    assert stands_in("  Eine Antwort aus\nKiew steht noch aus. ", REPORT.body)
    assert not stands_in("Eine Antwort aus Kiew steht aus.", REPORT.body)
    assert not stands_in("   ", REPORT.body)


# --- the schema -------------------------------------------------------------------------------

def test_the_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(brief_schema())
    assert brief_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_schema_comment_of_a_brief_points_at_the_shipped_schema():
    assert (REPO / "briefings" / DEFAULT_SCHEMA_REF).resolve() == SCHEMA_PATH.resolve()
    assert FIXTURE.read_text(encoding="utf-8").splitlines()[0].endswith(DEFAULT_SCHEMA_REF)


def _properties(schema: dict, where: str = ""):
    for name, sub in schema.get("properties", {}).items():
        yield f"{where}{name}", sub
        yield from _properties(sub, f"{where}{name}.")
    for name, sub in schema.get("$defs", {}).items():
        yield from _properties(sub, f"{name}.")


def test_every_property_has_a_description_for_editors():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    undocumented = [name for name, sub in _properties(schema) if not sub.get("description")]
    assert undocumented == []


def test_the_schema_keeps_the_contract_fields():
    from generator.brief import FIELD_ORDER

    assert tuple(brief_schema()["properties"]) == FIELD_ORDER


def test_the_example_brief_is_valid_against_the_real_report_and_topics():
    knowledge = load_knowledge(REPO / "data")
    report = parse_report("001_b7d16c56b0be5410.txt", (REPO / "seeds" / "001_b7d16c56b0be5410.txt").read_bytes())
    node = read_brief(FIXTURE)
    assert validate_brief(node, str(FIXTURE), knowledge, {report.file: report}) == []


# --- check_briefings and `briefing check` ------------------------------------------------------

def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "briefings"
    folder.mkdir()
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "r.txt").write_text(REPORT.body, encoding="utf-8")
    (folder / "b.yaml").write_text(BRIEF, encoding="utf-8")
    (folder / "a.yaml").write_text("id: a\ntitle: 'open\n", encoding="utf-8")
    (folder / "c.yaml").write_text("id: c\ndate: '2025-03'\nid: d\n", encoding="utf-8")
    (folder / "d.yaml").write_text(BRIEF.replace("reviewed: false", "reviewed: yes"), encoding="utf-8")
    (folder / "notes.txt").write_text("not a brief", encoding="utf-8")
    return folder


def test_check_reports_every_problem_of_every_file(tmp_path):
    folder = _folder(tmp_path)
    found = [str(p) for p in check_briefings(folder, tmp_path / "seeds", KNOWLEDGE)]
    assert found == [
        f"{folder}/a.yaml:3:1: YAML error: found unexpected end of stream",
        f'{folder}/c.yaml:3:1: YAML error: found duplicate key "id" with value "d" (original value: "c")',
        f"{folder}/d.yaml:3:1: id 'b' does not match the file name d.yaml; set id: d or rename the file to b.yaml",
        f"{folder}/d.yaml:29:1: reviewed must be true or false, not the text 'yes'; write reviewed: true",
        f"{folder}/d.yaml:3:1: id 'b' is also used by {folder}/b.yaml; ids must be unique",
    ]


def test_check_checks_evidence_against_the_seeds_folder(tmp_path):
    folder = _folder(tmp_path)
    (tmp_path / "seeds" / "r.txt").write_text("Ein anderer Text.\n", encoding="utf-8")
    found = [str(p) for p in check_briefings(folder, tmp_path / "seeds", KNOWLEDGE) if p.path.endswith("/b.yaml")]
    assert found == [
        f"{folder}/b.yaml:21:5: outcome item 1: evidence does not stand verbatim in r.txt; "
        "copy the sentence exactly from the report",
        f"{folder}/b.yaml:24:5: open_issues item 1: evidence does not stand verbatim in r.txt; "
        "copy the sentence exactly from the report",
    ]


def test_check_on_a_missing_folder(tmp_path):
    assert [str(p) for p in check_briefings(tmp_path / "nope", tmp_path, KNOWLEDGE)] == [
        f"{tmp_path}/nope: no such folder of briefs"]


def test_briefing_check_prints_each_problem_and_fails(tmp_path, capsys):
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / "b.yaml").write_text(BRIEF.replace("reviewed: false", "reviewed: no"), encoding="utf-8")
    status = main(["check", "--briefings", str(folder), "--seeds", str(tmp_path), "--data", str(REPO / "data")])
    assert capsys.readouterr().out == (
        f"{folder}/b.yaml:29:1: reviewed must be true or false, not the text 'no'; write reviewed: false\n"
        "1 briefs checked, 1 problems\n"
    )
    assert status == 1


def test_briefing_check_passes_on_valid_briefs(tmp_path, capsys):
    folder = tmp_path / "briefings"
    folder.mkdir()
    (folder / FIXTURE.name).write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    status = main(["check", "--briefings", str(folder), "--seeds", str(REPO / "seeds"), "--data", str(REPO / "data")])
    assert capsys.readouterr().out == "1 briefs checked, 0 problems\n"
    assert status == 0
