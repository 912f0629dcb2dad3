"""Wave 88 G: "call on <class> to V" is the speaker's appeal (CAMEO 02) to that class of firms as to a named
state ("called on oil producers to curb output": producers of no state, sectors.tsv BUS), and a body that
bounds the class ("producers outside OPEC"), which the parser hangs on the verb, is no party to the call.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_class_called_on_to_act_is_appealed_to() -> None:
    """ "Peru called on oil producers to curb output": Peru appeals to the producers (02)."""
    facts = facts_with_roots("""
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    called    call      VERB  VBD 0  ROOT     -
    on        on        ADP   IN  2  prep     -
    oil       oil       NOUN  NN  5  compound -
    producers producer  NOUN  NNS 3  pobj     -
    to        to        PART  TO  7  aux      -
    curb      curb      VERB  VB  2  xcomp    -
    output    output    NOUN  NN  7  dobj     -
    .         .         PUNCT .   2  punct    -
    """)
    assert {fact[3] for fact in facts if fact[:3] == ("Peru", "call on", "producers")} == {"02"}, facts


def test_body_bounding_the_class_is_no_party() -> None:
    """ "Peru called on oil producers outside OPEC to curb output", "outside" hung on the verb: Peru appeals
    to the producers, and calls nothing "outside OPEC"."""
    facts = facts_with_roots("""
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    called    call      VERB  VBD 0  ROOT     -
    on        on        ADP   IN  2  prep     -
    oil       oil       NOUN  NN  5  compound -
    producers producer  NOUN  NNS 3  pobj     -
    outside   outside   ADP   IN  2  prep     -
    OPEC      OPEC      PROPN NNP 6  pobj     ORG
    to        to        PART  TO  9  aux      -
    curb      curb      VERB  VB  2  advcl    -
    output    output    NOUN  NN  9  dobj     -
    .         .         PUNCT .   2  punct    -
    """)
    assert ("Peru", "call on", "producers", "02") in facts, facts
    assert not any(fact[2] == "OPEC" for fact in facts), facts
