"""Object control with a controller that stands for its teller (wave 87 H): "General Zorbek warned his troops
to expect attacks from Iran" makes the troops (the one warned, the direct object) the doer of "expect", never
the general who warns them; troops the story names as no entity give no edge rather than the teller's
(frame.ClauseReader._subject_noun). A named controller still acts ("urged Jordan to expect ..."). The parses
are built by hand as the parser gave them (tests/hand_docs.py); the sentences and the names are ours."""

from __future__ import annotations

from hand_docs import read_triples

OWN_TROOPS = """
General  general  PROPN NNP  2  compound -
Zorbek   Zorbek   PROPN NNP  3  nsubj  PERSON
warned   warn     VERB  VBD  0  ROOT   -
his      his      PRON  PRP$ 5  poss   -
troops   troop    NOUN  NNS  3  dobj   -
to       to       PART  TO   7  aux    -
expect   expect   VERB  VB   3  xcomp  -
further  further  ADJ   JJ   9  amod   -
attacks  attack   NOUN  NNS  7  dobj   -
from     from     ADP   IN   9  prep   -
Iran     Iran     PROPN NNP  10 pobj   GPE
.        .        PUNCT .    3  punct  -
"""

NAMED_HEARER = """
General  general  PROPN NNP  2  compound -
Zorbek   Zorbek   PROPN NNP  3  nsubj  PERSON
warned   warn     VERB  VBD  0  ROOT   -
Jordan   Jordan   PROPN NNP  3  dobj   GPE
to       to       PART  TO   6  aux    -
expect   expect   VERB  VB   3  xcomp  -
attacks  attack   NOUN  NNS  6  dobj   -
from     from     ADP   IN   7  prep   -
Iran     Iran     PROPN NNP  8  pobj   GPE
.        .        PUNCT .    3  punct  -
"""


def test_the_teller_is_no_doer_of_what_his_own_men_are_told_to_do() -> None:
    assert not any(s == "Zorbek" and o == "Iran" for s, _, o in read_triples(OWN_TROOPS))


def test_a_named_hearer_does_what_it_is_told() -> None:
    facts = read_triples(NAMED_HEARER)
    assert ("Jordan", "expect attack from", "Iran") in facts
    assert not any(s == "Zorbek" and o == "Iran" for s, _, o in facts)
