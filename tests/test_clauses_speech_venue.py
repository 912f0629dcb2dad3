"""Where words are spoken ("said at the White House", "told reporters at the embassy in Lima") is no party
to the statement (sentences of our own, parses by hand)."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Ana Lee told reporters at the White House that Peru would pay."
AT_A_BODYS_BUILDING = """
Ana       Ana       PROPN NNP 2  compound PERSON
Lee       Lee       PROPN NNP 3  nsubj    I-PERSON
told      tell      VERB  VBD 0  ROOT     -
reporters reporter  NOUN  NNS 3  dobj     -
at        at        ADP   IN  3  prep     -
the       the       DET   DT  8  det      -
White     White     PROPN NNP 8  compound ORG
House     House     PROPN NNP 5  pobj     I-ORG
that      that      SCONJ IN  12 mark     -
Peru      Peru      PROPN NNP 12 nsubj    GPE
would     would     AUX   MD  12 aux      -
pay       pay       VERB  VB  3  ccomp    -
.         .         PUNCT .   3  punct    -
"""

# "Ana Lee told reporters at the embassy in Lima that Peru would pay."
AT_A_VENUE_IN_A_PLACE = """
Ana       Ana       PROPN NNP 2  compound PERSON
Lee       Lee       PROPN NNP 3  nsubj    I-PERSON
told      tell      VERB  VBD 0  ROOT     -
reporters reporter  NOUN  NNS 3  dobj     -
at        at        ADP   IN  3  prep     -
the       the       DET   DT  7  det      -
embassy   embassy   NOUN  NN  5  pobj     -
in        in        ADP   IN  7  prep     -
Lima      Lima      PROPN NNP 8  pobj     GPE
that      that      SCONJ IN  13 mark     -
Peru      Peru      PROPN NNP 13 nsubj    GPE
would     would     AUX   MD  13 aux      -
pay       pay       VERB  VB  3  ccomp    -
.         .         PUNCT .   3  punct    -
"""


def test_a_body_whose_building_a_statement_is_made_at_is_no_party_to_it() -> None:
    assert not [f for f in facts_with_roots(AT_A_BODYS_BUILDING) if f[2] == "White House"]


def test_a_place_reached_through_the_venue_is_no_party_either() -> None:
    # the unnamed embassy is the story's state's, and no party to what is said in it either
    facts = facts_with_roots(AT_A_VENUE_IN_A_PLACE)
    assert not [f for f in facts if f[2] == "Lima" or "embassy" in f[2]]
    # nor are the reporters told: the press as the audience is no party of the statement (wave 48)
    assert not [f for f in facts if f[2] == "journalists"]
