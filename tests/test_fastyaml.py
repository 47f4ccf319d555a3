"""The fast brief writer and reader agree with ruamel's round-trip writer and reader."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.fastyaml import dump_new_brief, load_plain
from generator.store import SCHEMA_COMMENT_PREFIX, DEFAULT_SCHEMA_REF, dump_brief, parse_brief_text, plain, to_commented

ROOT = Path(__file__).resolve().parents[1]
HEADER = f"{SCHEMA_COMMENT_PREFIX}{DEFAULT_SCHEMA_REF}\n"
# Characters that change how YAML writes or reads a scalar, plus ordinary German text.
TRICKY = list(":#-?[]{},&*!|>'\"%@` \t\\~=<.0123456789eExXoObB+_") + ["yes", "no", "on", "null", "true", "False",
                                                                       "2025-03-18", "1e3", ".inf", "0x1F", "0o17",
                                                                       "---", "...", "ä", "ß", "„", "–", "\u00a0"]
SCALAR = st.one_of(
    st.lists(st.sampled_from(TRICKY), max_size=8).map("".join),
    st.text(max_size=15),
    st.sampled_from(["Putin", "Waffenruhe für 30 Tage", "'2025-03'", "2025-03", "30", "-1", "Trump: ja", "a #b"]),
)


def brief_like(s: st.SearchStrategy) -> st.SearchStrategy:
    item = st.fixed_dictionaries({"text": s, "evidence": s})
    actor = st.fixed_dictionaries({"name": s}, optional={"role": s, "country": s})
    return st.fixed_dictionaries({
        "schema_version": st.just(1), "id": s, "title": s, "date": s, "date_precision": s, "date_evidence": s,
        "source": st.fixed_dictionaries({"file": s, "sha256": s}, optional={"outlet": s}),
        "event": s, "summary": s, "parties": st.lists(actor, max_size=2), "mentioned": st.lists(actor, max_size=2),
        "outcome": st.lists(item, max_size=2), "open_issues": st.lists(item, max_size=2),
        "topics": st.lists(s, max_size=3), "figures": st.lists(item, max_size=1), "reviewed": st.booleans(),
    })


@settings(max_examples=400, deadline=None)
@given(SCALAR, st.sampled_from(["top", "mapping", "list item", "flow"]))
def test_fast_writer_writes_each_scalar_as_ruamel_does(value, where):
    data = {"top": {"title": value}, "mapping": {"source": {"file": value, "sha256": "ab"}},
            "list item": {"outcome": [{"text": value, "evidence": "x"}, {"text": "y", "evidence": value}]},
            "flow": {"topics": [value, "b"]}}[where]
    fast = dump_new_brief(data, HEADER)
    if fast is not None:
        assert fast == dump_brief(to_commented(data))


@settings(max_examples=60, deadline=None)
@given(brief_like(SCALAR))
def test_fast_writer_writes_what_ruamel_writes(data):
    fast = dump_new_brief(data, HEADER)
    slow = dump_brief(to_commented(data))
    if fast is not None:
        assert fast == slow
        assert plain(parse_brief_text(fast, "x.yaml")) == json.loads(json.dumps(data))


def test_fast_writer_takes_the_common_case():
    """Generated briefs go the fast way, byte for byte as before."""
    for path in sorted((ROOT / "tests" / "golden" / "briefs").glob("*.yaml")) + sorted((ROOT / "briefings").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = plain(parse_brief_text(text, str(path)))
        assert dump_new_brief(data, HEADER) == text, path


@settings(max_examples=100, deadline=None)
@given(brief_like(SCALAR))
def test_fast_reader_reads_what_ruamel_reads_or_declines(data):
    text = dump_brief(to_commented(data))
    fast = load_plain(text)
    if fast is not None:
        assert fast == plain(parse_brief_text(text, "x.yaml"))


ODD = [
    "a: 1\na: 2\n",  # duplicate key: ruamel refuses, PyYAML would keep the last
    "reviewed: no\n",  # YAML 1.1 boolean, YAML 1.2 text
    "date: 2025-03-18\n",  # a date object in both, read differently
    "n: 0o17\n", "n: 017\n", "n: 1_000\n", "x: 1.5\n", "x: ~\n", "x:\n", "<<: {a: 1}\n", "%YAML 1.1\n---\na: b\n",
    "a: !!float 1\n", "- a\n", "a: [b, {c: d}]\n", "a: 'it''s'\n", "a: \"\\u00e4\"\n", "1: a\n", "true: a\n",
]


def test_fast_reader_on_odd_yaml():
    for text in ODD:
        fast = load_plain(text)
        if fast is not None:
            assert fast == plain(parse_brief_text(text, "x.yaml")), text
    assert load_plain("a: 1\na: 2\n") is None
    assert load_plain("reviewed: no\n") == {"reviewed": "no"}
    assert load_plain("date: 2025-03-18\n") is None
    assert load_plain("reviewed: false\nn: 1\n") == {"reviewed": False, "n": 1}
