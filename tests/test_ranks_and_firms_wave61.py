"""Wave 61 (D): abbreviated ranks before names end no sentence."""

from __future__ import annotations

import spacy
from geokg.extract.io.nlp import _keep_abbreviated_ranks


def test_an_abbreviated_rank_and_its_full_stop_are_one_token() -> None:
    nlp = spacy.blank("en")
    _keep_abbreviated_ranks(nlp)
    text = "Officials said Staff Sgt. Ann Cole and Lt. Col. Raj Patel met Insp. Omar Diaz."
    words = [t.text for t in nlp.tokenizer(text)]
    assert {"Sgt.", "Lt.", "Col.", "Insp."} <= set(words)
    assert words.count(".") == 1  # the sentence's own full stop only


def test_a_word_honorific_keeps_its_sentence_end() -> None:
    nlp = spacy.blank("en")
    _keep_abbreviated_ranks(nlp)
    assert [t.text for t in nlp.tokenizer("We thank you, Sir.")][-2:] == ["Sir", "."]
