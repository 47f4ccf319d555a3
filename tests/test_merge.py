"""Property tests: hand edits interleaved with regenerations never lose an edit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.merge import merge_brief, merge_list

words = st.text(alphabet="abcdefgh äöüß", min_size=1, max_size=6)
# unique by value: two equal items may print their keys in a different order
items = st.lists(st.fixed_dictionaries({"text": words, "evidence": words}), max_size=6,
                 unique_by=lambda i: (i["text"], i["evidence"]))


@given(base=items, theirs=items, data=st.data())
def test_person_additions_and_deletions_survive(base, theirs, data):
    deleted = data.draw(st.lists(st.sampled_from(base), unique_by=repr)) if base else []
    added = data.draw(st.lists(st.fixed_dictionaries({"text": words, "evidence": st.just("von Hand")}), max_size=3, unique_by=repr))
    mine = [i for i in base if i not in deleted] + added
    merged = merge_list(mine, base, theirs)
    for item in added:
        assert item in merged
    for item in deleted:
        if item not in added:
            assert item not in merged
    assert len({repr(i) for i in merged}) == len(merged)  # no duplicates


@given(base=items, theirs=items)
def test_untouched_list_follows_the_machine(base, theirs):
    merged = merge_list(list(base), base, theirs)
    # compared as values: an item may print its keys in another order than its equal
    assert sorted(repr(sorted(i.items())) for i in merged) == sorted(repr(sorted(i.items())) for i in theirs)


brief_values = st.fixed_dictionaries({
    "title": words, "summary": words, "date": st.sampled_from(["2025-03", "2025-03-18"]),
    "outcome": items, "open_issues": items, "topics": st.lists(words, max_size=4, unique=True),
})


@settings(max_examples=200)
@given(steps=st.lists(st.tuples(brief_values, st.booleans(), st.sampled_from(["title", "summary", "outcome", "topics"])), min_size=1, max_size=6))
def test_edit_regenerate_sequences_lose_no_edit(steps):
    """Alternate regenerations (new machine output) with hand edits of random fields."""
    base = None
    current: dict = {}
    edits: dict = {}
    for machine, edit, field in steps:
        merged = merge_brief(current, base, machine).values if current else dict(machine)
        for key, value in edits.items():
            if key in ("title", "summary"):
                assert merged[key] == value
            else:
                for item in value:
                    assert item in merged[key]
        current, base = dict(merged), dict(machine)
        if edit:
            if field in ("title", "summary"):
                current[field] = edits[field] = f"von Hand {len(edits)}"
            elif field == "outcome":
                extra = {"text": f"hand {len(edits)}", "evidence": "e"}
                current["outcome"] = current["outcome"] + [extra]
                edits.setdefault("outcome", []).append(extra)
            else:
                current["topics"] = current["topics"] + ["handthema"]
                edits["topics"] = ["handthema"]


@given(brief_values, brief_values)
def test_regenerating_twice_changes_nothing(first, second):
    once = merge_brief(first, first, second).values
    assert merge_brief(once, second, second).values == once


def test_no_record_keeps_everything():
    mine = {"title": "Mein Titel", "outcome": []}
    merged = merge_brief(mine, None, {"title": "Maschine", "outcome": [{"text": "x", "evidence": "y"}], "summary": "s"})
    assert merged.values["title"] == "Mein Titel"
    assert merged.values["summary"] == "s"
    assert "title" in merged.kept
