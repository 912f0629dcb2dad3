"""A story whose one state is told only by its named chamber ("Congress") and a senator's party tag
("Sen Tom Ash (R-Tex)") names too little of the state to be set in it, yet its other bare bodies of a state
("the Treasury", "the administration") are that state's, as a reader takes them; where a second state is
named, they stay open. Wave 93 H (affiliations/organisations.bodies_of_one_state). Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

# "The Treasury urged Congress to pass the bill. Sen Tom Ash (R-Tex) backed it."
TREASURY_AND_CONGRESS = """
The       the       DET   DT  2  det      -
Treasury  Treasury  PROPN NNP 3  nsubj    ORG
urged     urge      VERB  VBD 0  ROOT     -
Congress  Congress  PROPN NNP 3  dobj     ORG
to        to        PART  TO  6  aux      -
pass      pass      VERB  VB  3  xcomp    -
the       the       DET   DT  8  det      -
bill      bill      NOUN  NN  6  dobj     -
.         .         PUNCT .   3  punct    -
Sen       Sen       PROPN NNP 12 compound -
Tom       Tom       PROPN NNP 12 compound PERSON
Ash       Ash       PROPN NNP 18 nsubj    I-PERSON
(         (         PUNCT -LRB- 12 punct  -
R         R         PROPN NNP 12 appos    -
-         -         PUNCT HYPH 14 punct   -
Tex       Tex       PROPN NNP 14 appos    -
)         )         PUNCT -RRB- 12 punct  -
backed    back      VERB  VBD 0  ROOT     -
it        it        PRON  PRP 18 dobj     -
.         .         PUNCT .   18 punct    -
"""


def test_a_bare_body_takes_the_one_state_its_fellow_body_is_of() -> None:
    reading = read(TREASURY_AND_CONGRESS)
    assert country_of(reading, "Congress") == "USA"
    assert country_of(reading, "Treasury") == "USA"
    # a second state named: the Treasury may be either's
    assert country_of(read(then_abroad(TREASURY_AND_CONGRESS)), "Treasury") is None
