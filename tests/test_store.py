"""The YAML store: exact round trips, deterministic output, atomic writes, positioned errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

try:
    import resource
except ImportError:  # not POSIX
    resource = None

from generator.brief import FIELD_ORDER
from generator.store import (
    DEFAULT_SCHEMA_REF,
    SCHEMA_COMMENT_PREFIX,
    BriefError,
    dump_brief,
    parse_brief_text,
    plain,
    read_brief,
    to_commented,
    write_text_atomic,
)

# Strings that YAML readers like to turn into something else, or that need quoting.
TRICKY = [
    "no", "yes", "No", "YES", "on", "off", "y", "n", "true", "False", "null", "Null", "~", "",
    "1.0", "1", "-1", "0x1f", "0o17", "1e3", ".inf", "-.nan", "1_000", "12:30", "2025-03-18",
    "2025-03", "2025-03-18 10:00", ": ", "a: b", "- x", "#", "# not a comment", "a #b", "'", '"',
    "'quoted'", '"double"', "line\nbreak", "trailing newline\n", "\n", " leading", "trailing ",
    "tab\there", "[list]", "{map}", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`",
    "|", ">", "?", "---", "...", "ä ö ü ß – „Zitat“ ‚x‘", "\u2028", "\u0085", "\ufeff", "😀",
    "\x07bell", "\\", "a\r\nb", "\r",
]

text = st.one_of(st.sampled_from(TRICKY), st.text(), st.text(alphabet=st.sampled_from(list(":#-'\" \n\tyesno10.~")), max_size=12))
actor = st.fixed_dictionaries({"name": text}, optional={"role": text, "country": text})
item = st.fixed_dictionaries({"text": text, "evidence": text})
figure = st.fixed_dictionaries({"value": text, "label": text}, optional={"evidence": text})
extra_key = text.filter(lambda k: k not in FIELD_ORDER)

brief_like = st.fixed_dictionaries(
    {
        "id": text,
        "date": text,
        "date_precision": text,
        "parties": st.lists(actor, max_size=3),
        "outcome": st.lists(item, max_size=3),
        "open_issues": st.lists(item, max_size=3),
    },
    optional={
        "schema_version": st.integers(),
        "title": text,
        "date_evidence": text,
        "source": st.fixed_dictionaries({"file": text, "sha256": text}, optional={"outlet": text}),
        "event": text,
        "summary": text,
        "mentioned": st.lists(actor, max_size=3),
        "topics": st.lists(text, max_size=4),
        "figures": st.lists(figure, max_size=2),
        "reviewed": st.booleans(),
    },
)
with_extras = st.tuples(brief_like, st.dictionaries(extra_key, text, max_size=2)).map(lambda t: {**t[0], **t[1]})


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(with_extras)
def test_dump_then_parse_round_trips_exactly(data):
    dumped = dump_brief(to_commented(data))
    assert plain(parse_brief_text(dumped, "b.yaml")) == data


@settings(max_examples=100, deadline=None)
@given(brief_like)
def test_output_is_deterministic_and_starts_with_the_schema_comment(data):
    first = dump_brief(to_commented(data))
    assert first == dump_brief(to_commented(dict(data)))
    assert first.splitlines()[0] == SCHEMA_COMMENT_PREFIX + DEFAULT_SCHEMA_REF
    # Dumping what was read gives the same text again: a rewrite without changes is no diff.
    assert dump_brief(parse_brief_text(first, "b.yaml")) == first


@settings(max_examples=100, deadline=None)
@given(brief_like)
def test_keys_come_in_contract_order(data):
    node = parse_brief_text(dump_brief(to_commented(data)), "b.yaml")
    keys = list(node)
    assert keys == [k for k in FIELD_ORDER if k in data]


def test_schema_comment_is_not_doubled_when_an_edited_brief_is_written_again():
    once = dump_brief(to_commented({"id": "x"}))
    again = dump_brief(parse_brief_text(once, "b.yaml"))
    assert again == once
    assert again.count(SCHEMA_COMMENT_PREFIX) == 1


def test_comments_and_quotes_of_a_hand_edited_brief_survive():
    text = (f"{SCHEMA_COMMENT_PREFIX}{DEFAULT_SCHEMA_REF}\n"
            "id: x   # my note\n"
            "title: 'Single quoted'\n"
            "# a comment line\n"
            "topics: [a, b]\n")
    assert dump_brief(parse_brief_text(text, "b.yaml")) == text


def test_numbers_like_figures_are_written_as_quoted_text():
    out = dump_brief(to_commented({"figures": [{"value": "175", "label": "Gefangene"}]}))
    assert '- value: "175"' in out


def test_topics_are_written_inline():
    out = dump_brief(to_commented({"id": "x", "topics": ["waffenruhe", "telefonat"]}))
    assert "topics: [waffenruhe, telefonat]\n" in out


# --- atomic writes ----------------------------------------------------------------------------

def test_write_text_atomic_replaces_the_file(tmp_path):
    target = tmp_path / "briefings" / "x.yaml"
    write_text_atomic(target, "first\n")
    write_text_atomic(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert os.listdir(target.parent) == ["x.yaml"]


def test_an_interrupted_write_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_text("old brief\n", encoding="utf-8")
    # A lone surrogate cannot be encoded as UTF-8: the write fails after the temp file exists.
    with pytest.raises(UnicodeEncodeError):
        write_text_atomic(target, "new brief " * 10_000 + "\ud800")
    assert target.read_text(encoding="utf-8") == "old brief\n"
    assert os.listdir(tmp_path) == ["x.yaml"]  # no temp file left behind


_WRITER = (
    "import signal, sys\n"
    "from pathlib import Path\n"
    "from generator.store import write_text_atomic\n"
    "if sys.argv[2] == 'die':  # Python ignores SIGXFSZ unless told otherwise\n"
    "    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)\n"
    "try:\n"
    "    write_text_atomic(Path(sys.argv[1]), 'new brief\\n' * 100_000)\n"
    "except OSError as exc:\n"
    "    print(type(exc).__name__)\n"
)


def _write_with_file_size_limit(target: Path, on_limit: str) -> subprocess.CompletedProcess:
    """Run write_text_atomic in a child process that may write only 64 KiB per file."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (65_536, resource.RLIM_INFINITY))

    return subprocess.run([sys.executable, "-c", _WRITER, str(target), on_limit],
                          preexec_fn=limit, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(resource is None, reason="needs POSIX resource limits")
def test_a_write_that_fails_half_way_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_text("old brief\n", encoding="utf-8")
    run = _write_with_file_size_limit(target, "ignore")  # the write fails with EFBIG after 64 KiB
    assert run.stdout == "OSError\n", run.stderr
    assert target.read_text(encoding="utf-8") == "old brief\n"
    assert os.listdir(tmp_path) == ["x.yaml"]  # the half-written temp file is removed


@pytest.mark.skipif(resource is None, reason="needs POSIX resource limits")
def test_a_process_killed_half_way_through_a_write_leaves_the_old_file_intact(tmp_path):
    target = tmp_path / "x.yaml"
    target.write_text("old brief\n", encoding="utf-8")
    run = _write_with_file_size_limit(target, "die")  # SIGXFSZ kills the writer mid-write
    assert run.returncode == -signal.SIGXFSZ
    assert target.read_text(encoding="utf-8") == "old brief\n"
    leftovers = [name for name in os.listdir(tmp_path) if name != "x.yaml"]
    # Only a hidden temp file may remain; it is not a *.yaml brief, so no reader picks it up.
    assert all(name.startswith(".x.yaml.") and name.endswith(".tmp") for name in leftovers)


# --- positioned errors ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: a\ntitle: x\nid: b\n",
         'b.yaml:3:1: YAML error: found duplicate key "id" with value "b" (original value: "a")'),
        ("id: a\nparties:\n  - name: A\n    name: B\n",
         'b.yaml:4:5: YAML error: found duplicate key "name" with value "B" (original value: "A")'),
        ("id: a\ntopics: [a, b\n", "b.yaml:3:1: YAML error: expected ',' or ']', but got '<stream end>'"),
        ("id: a\ntitle: x: y\n", "b.yaml:2:9: YAML error: mapping values are not allowed here"),
        ("id: a\n\ttitle: x\n", "b.yaml:2:1: YAML error: found character '\\t' that cannot start any token"),
        ("title: 'open\n", "b.yaml:2:1: YAML error: found unexpected end of stream"),
        ("date: 2025-02-30\n",
         "b.yaml:1:7: YAML error: 2025-02-30 is not a real calendar date (day is out of range for month)"),
        ("", "b.yaml:1:1: empty brief: expected a mapping with the brief's fields"),
        ("- a\n- b\n", "b.yaml:1:1: a brief must be a YAML mapping (key: value lines)"),
    ],
)
def test_yaml_problems_are_brief_errors_with_line_and_column(text, expected):
    with pytest.raises(BriefError) as caught:
        parse_brief_text(text, "b.yaml")
    assert str(caught.value) == expected


def test_read_brief_refuses_text_that_is_not_utf8(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes("title: Gespräch\n".encode("cp1252"))
    with pytest.raises(BriefError) as caught:
        read_brief(path)
    assert str(caught.value) == f"{path}: not UTF-8 text; save the brief as UTF-8"


def test_yaml_12_keeps_yes_and_no_as_text():
    data = plain(parse_brief_text("reviewed: no\ntitle: yes\nflag: true\n", "b.yaml"))
    assert data == {"reviewed": "no", "title": "yes", "flag": True}


def test_an_unquoted_date_reads_as_iso_text():
    assert plain(parse_brief_text("date: 2025-03-18\n", "b.yaml")) == {"date": "2025-03-18"}


def test_brief_error_without_position_names_only_the_file():
    assert str(BriefError("b.yaml", "problem")) == "b.yaml: problem"
    assert str(BriefError("b.yaml", "problem", 3, 5)) == "b.yaml:3:5: problem"


def test_fixture_brief_reads_and_writes_back_unchanged():
    path = Path(__file__).parent / "fixtures" / "briefings" / "2025-03-18-telefonat-trump-putin.yaml"
    text = path.read_text(encoding="utf-8")
    assert dump_brief(read_brief(path)) == text
