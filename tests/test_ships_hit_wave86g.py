"""Attacks on shipping (wave 86 G): a state that hits vessels, ships, tankers or targets fights (190, as its
forces do), and a count of them ("dozens of vessels") is looked through to what is counted, which stays in
the predicate ("hit vessel in"). Each test states its parse by hand (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

HIT_DOZENS = """
Chile      Chile      PROPN NNP 6 nsubj    GPE
and        and        CCONJ CC  1 cc       -
Peru       Peru       PROPN NNP 1 conj     GPE
have       have       AUX   VBP 6 aux      -
repeatedly repeatedly ADV   RB  6 advmod   -
hit        hit        VERB  VBN 0 ROOT     -
dozens     dozen      NOUN  NNS 6 dobj     CARDINAL
of         of         ADP   IN  7 prep     -
vessels    vessel     NOUN  NNS 8 pobj     -
in         in         ADP   IN  9 prep     -
the        the        DET   DT  13 det     -
Velsk      Velsk      PROPN NNP 13 compound LOC
Sea        Sea        PROPN NNP 10 pobj    I-LOC
.          .          PUNCT .   6 punct    -
"""

HIT_TANKERS = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
hit        hit        VERB  VBD 0 ROOT     -
two        two        NUM   CD  4 nummod   CARDINAL
tankers    tanker     NOUN  NNS 2 dobj     -
in         in         ADP   IN  2 prep     -
the        the        DET   DT  8 det      -
Velsk      Velsk      PROPN NNP 8 compound LOC
Sea        Sea        PROPN NNP 5 pobj     I-LOC
.          .          PUNCT .   2 punct    -
"""


def test_states_hitting_a_count_of_vessels_fight() -> None:
    facts = facts_with_roots(HIT_DOZENS)
    assert ("Chile", "hit vessel in", "Velsk Sea", "19") in facts
    assert ("Peru", "hit vessel in", "Velsk Sea", "19") in facts


def test_a_state_hitting_tankers_fights() -> None:
    assert ("Chile", "hit tanker in", "Velsk Sea", "19") in facts_with_roots(HIT_TANKERS)
