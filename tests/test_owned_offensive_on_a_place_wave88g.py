"""Wave 88 G: a known place compounded on a state's act of force ("Chile's Tacna offensive", "the Chilean
Tacna offensive") is where the owner strikes, as in "Chile's offensive against Tacna" (CAMEO 19), not the
name of an operation nor a party that acts. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_possessed_offensive_on_a_place_attacks_the_place() -> None:
    """ "Peru said it had foiled Chile's Tacna offensive": Chile attacks Tacna (19), besides the foiling."""
    facts = facts_with_roots("""
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    said      say       VERB  VBD 0  ROOT     -
    it        it        PRON  PRP 5  nsubj    -
    had       have      AUX   VBD 5  aux      -
    foiled    foil      VERB  VBN 2  ccomp    -
    Chile     Chile     PROPN NNP 9  poss     GPE
    's        's        PART  POS 6  case     -
    Tacna     Tacna     PROPN NNP 9  compound GPE
    offensive offensive NOUN  NN  5  dobj     -
    .         .         PUNCT .   2  punct    -
    """)
    assert ("Chile", "attack", "Tacna", "19") in facts, facts
    assert not any(fact[0] == "Tacna" for fact in facts), facts


def test_state_word_on_the_place_owns_the_offensive() -> None:
    """ "The Chilean Tacna offensive stalled", the state's word hung on the place: Chile attacks Tacna."""
    facts = facts_with_roots("""
    The       the       DET   DT  4  det      -
    Chilean   Chilean   ADJ   JJ  3  amod     NORP
    Tacna     Tacna     PROPN NNP 4  compound GPE
    offensive offensive NOUN  NN  5  nsubj    -
    stalled   stall     VERB  VBD 0  ROOT     -
    .         .         PUNCT .   5  punct    -
    """)
    assert ("Chile", "attack", "Tacna", "19") in facts, facts
