"""Fighting a state's trade measure or its action is opposing it (11), no use of force (hand-built
parses); fighting its troops stays a fight."""

from __future__ import annotations

import pytest
from hand_docs import roots_between

FIGHT = """
    Chile     Chile     PROPN NNP 3 nsubj    GPE
    will      will      AUX   MD  3 aux      -
    fight     fight     VERB  VB  0 ROOT     -
    Japan     Japan     PROPN NNP 6 poss     GPE
    's        's        PART  POS 4 case     -
    NOUN      LEMMA     NOUN  NNS 3 dobj     -
    .         .         PUNCT .   3 punct    -
"""

ACTION = """
    Chile   Chile   PROPN NNP  3 nsubj    GPE
    will    will    AUX   MD   3 aux      -
    fight   fight   VERB  VB   0 ROOT     -
    the     the     DET   DT   6 det      -
    Peruvian Peruvian ADJ JJ   6 amod     NORP
    action  action  NOUN  NN   3 dobj     -
    against against ADP   IN   6 prep     -
    its     its     PRON  PRP$ 9 poss     -
    exports export  NOUN  NNS  7 pobj     -
    .       .       PUNCT .    3 punct    -
"""


@pytest.mark.parametrize("noun,lemma", [("tariffs", "tariff"), ("quotas", "quota")])
def test_fighting_a_states_trade_measure_is_opposition(noun: str, lemma: str) -> None:
    table = FIGHT.replace("NOUN      LEMMA", f"{noun:<9} {lemma:<9}")
    assert roots_between(table, "Chile", "Japan") == {"11"}


def test_fighting_a_states_action_is_opposition() -> None:
    assert roots_between(ACTION, "Chile", "Peru") == {"11"}
