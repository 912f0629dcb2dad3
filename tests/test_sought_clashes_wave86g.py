"""Clashes sought (wave 86 G): seeking a confrontation, a conflict or a war with X asks nothing of X, no
appeal (02), nor is it the fight itself: the edge has no root, and a "not" stays; wanting to involve X in
talks is an intent to meet (03). Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

SOUGHT = """
Chile      Chile      PROPN NNP 4 nsubj    GPE
did        do         AUX   VBD 4 aux      -
not        not        PART  RB  4 neg      -
seek       seek       VERB  VB  0 ROOT     -
a          a          DET   DT  7 det      -
military   military   ADJ   JJ  7 amod     -
{noun}     {noun}     NOUN  NN  4 dobj     -
with       with       ADP   IN  7 prep     -
Peru       Peru       PROPN NNP 8 pobj     GPE
.          .          PUNCT .   4 punct    -
"""


def test_seeking_a_confrontation_is_no_appeal() -> None:
    for noun in ("confrontation", "conflict"):
        acts = {a for a in read_modal_acts(SOUGHT.format(noun=noun)) if a[0] == "Chile" and a[2] == "Peru"}
        assert acts == {("Chile", f"seek {noun} with", "Peru", None, None, True)}, acts


INVOLVE = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
wants      want       VERB  VBZ 0 ROOT     -
to         to         PART  TO  4 aux      -
involve    involve    VERB  VB  2 xcomp    -
Peru       Peru       PROPN NNP 4 dobj     GPE
in         in         ADP   IN  4 prep     -
the        the        DET   DT  8 det      -
talks      talk       NOUN  NNS 6 pobj     -
.          .          PUNCT .   2 punct    -
"""


def test_wanting_to_involve_a_party_in_talks_is_an_intent_to_meet() -> None:
    roots = {a[3] for a in read_modal_acts(INVOLVE) if a[0] == "Chile" and a[2] == "Peru"}
    assert roots == {"03"}, roots
