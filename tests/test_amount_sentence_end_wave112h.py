"""Wave 112 H: an amount's unit that the tokenizer reads with the sentence's full stop ("$480m.") ends the
sentence before a capitalised word, so that the next sentence's subject is not run into the amount, where
a clause of the sentence before ("which the company put at $480m") would take it as its object (sentences
of our own)."""

from __future__ import annotations

import spacy
from geokg.extract.io.nlp import paragraph_breaks
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab


def _starts(words: str, tags: str) -> dict[str, bool | None]:
    """Sentence starts of the words; a "$" and a number before "m." are written with no space after them."""
    split = words.split()
    spaces = [
        not (w == "$" or (w.isdigit() and n + 1 < len(split) and split[n + 1] == "m."))
        for n, w in enumerate(split)
    ]
    doc = paragraph_breaks(Doc(VOCAB, words=split, spaces=spaces, tags=tags.split()))
    return {token.text: token.is_sent_start for token in doc}


def test_an_amounts_unit_with_the_full_stop_ends_the_sentence_before_a_capitalised_word() -> None:
    # "Storm losses, which the firm put at $480m. Allianz said it could not tell."
    starts = _starts(
        "Storm losses , which the firm put at $ 480 m. Allianz said it could not tell .",
        "NN NNS , WDT DT NN VBD IN $ CD NN NNP VBD PRP MD RB VB .",
    )
    assert starts["Allianz"] is True


def test_a_unit_before_a_lower_case_word_or_after_no_number_ends_nothing() -> None:
    # guard: passes with or without the change
    starts = _starts("Costs of $ 5 m. were paid .", "NNS IN $ CD NN VBD VBN .")
    assert starts["were"] is not True
    starts = _starts("He met Jan m. Kowal said no .", "PRP VBD NNP NN NNP VBD UH .")
    assert starts["Kowal"] is not True
