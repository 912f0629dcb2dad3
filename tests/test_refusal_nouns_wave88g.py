"""Wave 88 G: a noun of refusal with a "to"-infinitive ("Peru's refusal to meet Chile", "its unwillingness
to sell arms to Chile") is its owner's refused act, read as "Peru refused to meet Chile" is: a refusal
(CAMEO 12) where the act reaches a party. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_possessed_refusal_to_meet_a_state_refuses() -> None:
    """ "Peru's refusal to meet Chile angered Bolivia": Peru refused to meet Chile (12)."""
    facts = facts_with_roots("""
    Peru      Peru      PROPN NNP 3  poss   GPE
    's        's        PART  POS 1  case   -
    refusal   refusal   NOUN  NN  7  nsubj  -
    to        to        PART  TO  5  aux    -
    meet      meet      VERB  VB  3  acl    -
    Chile     Chile     PROPN NNP 5  dobj   GPE
    angered   anger     VERB  VBD 0  ROOT   -
    Bolivia   Bolivia   PROPN NNP 7  dobj   GPE
    .         .         PUNCT .   7  punct  -
    """)
    assert ("Peru", "refuse to meet with", "Chile", "12") in facts, facts


def test_unwillingness_to_sell_to_a_state_refuses() -> None:
    """ "Bolivia criticised Peru's unwillingness to sell arms to Chile": Peru refused to sell to Chile."""
    facts = facts_with_roots("""
    Bolivia       Bolivia       PROPN NNP 2  nsubj  GPE
    criticised    criticise     VERB  VBD 0  ROOT   -
    Peru          Peru          PROPN NNP 5  poss   GPE
    's            's            PART  POS 3  case   -
    unwillingness unwillingness NOUN  NN  2  dobj   -
    to            to            PART  TO  7  aux    -
    sell          sell          VERB  VB  5  acl    -
    arms          arm           NOUN  NNS 7  dobj   -
    to            to            ADP   IN  7  prep   -
    Chile         Chile         PROPN NNP 9  pobj   GPE
    .             .             PUNCT .   2  punct  -
    """)
    assert {fact[3] for fact in facts if fact[0] == "Peru" and fact[2] == "Chile"} == {"12"}, facts
