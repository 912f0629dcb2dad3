"""A capital before a state's ministry ("the Bonn Finance Ministry", "the Tokyo Foreign Ministry") names the
state whose government sits there; a city's own body ("Paris Police") is no state's. Parses are built by
hand."""

from __future__ import annotations

from hand_docs import country_of, read

BONN_MINISTRY = """
    The        the        DET   DT   4   det       ORG
    Bonn       Bonn       PROPN NNP  4   compound  I-ORG
    Finance    Finance    PROPN NNP  4   compound  I-ORG
    Ministry   Ministry   PROPN NNP  5   nsubj     I-ORG
    criticised criticise  VERB  VBD  0   ROOT      -
    France     France     PROPN NNP  5   dobj      GPE
    .          .          PUNCT .    5   punct     -
"""


def test_a_capitals_ministry_is_the_states() -> None:
    assert country_of(read(BONN_MINISTRY), "Bonn Finance Ministry") == "DEU"


def test_a_capitals_police_is_no_states() -> None:
    police = """
    The        the        DET   DT   3   det       ORG
    Bonn       Bonn       PROPN NNP  3   compound  I-ORG
    Police     Police     PROPN NNP  4   nsubj     I-ORG
    criticised criticise  VERB  VBD  0   ROOT      -
    France     France     PROPN NNP  4   dobj      GPE
    .          .          PUNCT .    4   punct     -
    """
    assert country_of(read(police), "Bonn Police") != "DEU"
