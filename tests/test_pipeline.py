"""The default pipeline's own components agree with what spaCy itself would give."""

from __future__ import annotations

from pathlib import Path

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.nlp.pipeline import doc_text, make_pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _spacy_lookup_lemmas(text: str) -> list[str]:
    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.tokenizer = make_pipeline().tokenizer  # the same tokens, to compare lemma by lemma
    return [t.lemma_ for t in nlp(text)]


def test_lemmas_are_spacys_lookup_lemmas_on_every_seed():
    nlp = make_pipeline()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ours = [t.lemma_ for t in nlp(text)]
        assert ours == _spacy_lookup_lemmas(text), path.name
        assert "vereinbart" in ours or "einigen" in ours or "telefonieren" in ours, path.name


def test_lemmas_of_inflected_words():
    doc = make_pipeline()("Die Präsidenten vereinbarten einen Austausch der Gefangenen.")
    assert [t.lemma_ for t in doc][:3] == ["der", "Präsident", "vereinbart"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aäbcdeöfüßAZ .,;:!?\"„“-\n\t 0123")), max_size=300))
def test_doc_text_is_the_text(text):
    doc = make_pipeline()(text)
    assert doc_text(doc) == doc.text == text


def test_a_full_stop_after_a_name_ending_in_a_capital_is_its_own_token():
    """spaCy splits "." only after a small letter or two capitals: "AfD." and "SpaceX." stayed one
    token, so the name was never read; "z.B." and "Nr." keep their points."""
    words = [t.text for t in make_pipeline()("Kritik kam von der AfD. Der Auftrag ging an SpaceX. Siehe z.B. Nr. 4.")]
    assert words[4:6] == ["AfD", "."] and "SpaceX" in words and "z.B." in words and "Nr." in words, words
