"""A state's firms of a trade named with a home modifier ("domestic producers", "local producers") are
the state the sentence's subject is, or else the story's, as "domestic companies" and "Japanese
producers" are (wave 106 H; actors._home_word: a BUS phrase that needs a state word takes "domestic" for
one). Sentences written for this test; the parse is hand-built."""

from __future__ import annotations

from tests.hand_docs import read_triples

# "Japan will ask domestic producers to cut exports."
ASKED = """
    Japan     Japan     PROPN NNP 3 nsubj  GPE
    will      will      AUX   MD  3 aux    -
    ask       ask       VERB  VB  0 ROOT   -
    domestic  domestic  ADJ   JJ  5 amod   -
    producers producer  NOUN  NNS 3 dobj   -
    to        to        PART  TO  7 aux    -
    cut       cut       VERB  VB  3 xcomp  -
    exports   export    NOUN  NNS 7 dobj   -
    .         .         PUNCT .   3 punct  -
"""


def test_domestic_producers_are_the_subjects_states() -> None:
    assert ("Japan", "ask", "Japanese producers") in read_triples(ASKED)
