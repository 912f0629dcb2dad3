"""An act another does, ordered in time (wave 87 H): "King Ortan will follow visits to Zembia by Valdoran
ministers" gives no "follow visit to" Zembia of the king's: the visits are the ministers' (the "by" phrase;
rule event_noun reads them), the king only comes after them (rules._others_act_in_time, time_order_verbs). The
parse is built by hand as the parser gave it (tests/hand_docs.py); the sentence and the names are ours."""

from __future__ import annotations

from hand_docs import read_triples

FOLLOW = """
King      king      PROPN NNP  2  compound -
Ortan     Ortan     PROPN NNP  4  nsubj  PERSON
will      will      AUX   MD   4  aux    -
follow    follow    VERB  VB   0  ROOT   -
visits    visit     NOUN  NNS  4  dobj   -
to        to        ADP   IN   5  prep   -
Zembia    Zembia    PROPN NNP  6  pobj   GPE
by        by        ADP   IN   5  prep   -
Valdoran  Valdoran  ADJ   JJ   10 amod   NORP
ministers minister  NOUN  NNS  8  pobj   -
.         .         PUNCT .    4  punct  -
"""


def test_the_one_who_follows_anothers_visits_makes_no_visit() -> None:
    assert not any(s == "Ortan" and o == "Zembia" for s, _, o in read_triples(FOLLOW))
