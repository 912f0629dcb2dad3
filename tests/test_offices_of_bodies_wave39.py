"""Offices of bodies (wave 39 A).

A state's body named in its holder's title with no state of its own ("Treasury Secretary X") is the body of
the state its holder serves.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read


def test_a_state_body_in_a_holders_title_is_the_holders_states() -> None:
    """ "Treasury Secretary Tom Hale of the United States met Ken Abe." """
    reading = read("""
    Treasury   Treasury   PROPN NNP  2   compound  ORG
    Secretary  Secretary  PROPN NNP  4   compound  -
    Tom        Tom        PROPN NNP  4   compound  PERSON
    Hale       Hale       PROPN NNP  9   nsubj     I-PERSON
    of         of         ADP   IN   4   prep      -
    the        the        DET   DT   8   det       GPE
    United     United     PROPN NNP  8   compound  I-GPE
    States     States     PROPN NNP  5   pobj      I-GPE
    met        meet       VERB  VBD  0   ROOT      -
    Ken        Ken        PROPN NNP  11  compound  PERSON
    Abe        Abe        PROPN NNP  9   dobj      I-PERSON
    .          .          PUNCT .    9   punct     -
    """)
    assert ("Tom Hale", "secretary of", "Treasury") in facts(reading, "title")
    assert country_of(reading, "Tom Hale") == "USA"
    assert country_of(reading, "Treasury") == "USA"
