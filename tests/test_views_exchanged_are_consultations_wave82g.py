"""Wave 82 G: views (opinions, ideas, assessments) given, shared or exchanged with X are a consultation
(CAMEO 04), not aid (07) or intelligence sharing (06). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between


def test_views_given_to_a_state_are_a_consultation_not_aid() -> None:
    roots = roots_between("""
    Peru   Peru   PROPN NNP  2 nsubj  GPE
    gave   give   VERB  VBD  0 ROOT   -
    its    its    PRON  PRP$ 4 poss   -
    views  view   NOUN  NNS  2 dobj   -
    to     to     ADP   IN   2 prep   -
    Chile  Chile  PROPN NNP  5 pobj   GPE
    .      .      PUNCT .    2 punct  -
    """, "Peru", "Chile")
    assert roots == {"04"}, roots


def test_ideas_shared_with_a_state_are_a_consultation_not_cooperation() -> None:
    roots = roots_between("""
    Peru    Peru    PROPN NNP  2 nsubj  GPE
    shared  share   VERB  VBD  0 ROOT   -
    its     its     PRON  PRP$ 4 poss   -
    ideas   idea    NOUN  NNS  2 dobj   -
    with    with    ADP   IN   2 prep   -
    Chile   Chile   PROPN NNP  5 pobj   GPE
    .       .       PUNCT .    2 punct  -
    """, "Peru", "Chile")
    assert roots == {"04"}, roots
