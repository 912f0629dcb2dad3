"""A capital before the words for a government stands for its state ("the Baghdad government"), but in a
story of the city's own offices the city's government is the city's (sentences of our own, parses by hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "The Baghdad government condemned Iran."
CAPITAL_GOVERNMENT = """
The        the        DET   DT  3 det      -
Baghdad    Baghdad    PROPN NNP 3 compound GPE
government government NOUN  NN  4 nsubj    -
condemned  condemn    VERB  VBD 0 ROOT     -
Iran       Iran       PROPN NNP 4 dobj     GPE
.          .          PUNCT .   4 punct    -
"""

# "... The mayor resigned.": the same sentence in a story of the city's own office
CITY_STORY = CAPITAL_GOVERNMENT + """
The        the        DET   DT  8 det      -
mayor      mayor      NOUN  NN  9 nsubj    -
resigned   resign     VERB  VBD 0 ROOT     -
.          .          PUNCT .   9 punct    -
"""


def test_a_capitals_government_is_its_state() -> None:
    assert ("Iraq", "condemn", "Iran") in facts(read(CAPITAL_GOVERNMENT), "svo")


def test_in_a_story_of_the_citys_offices_it_is_the_citys_government() -> None:
    assert ("Iraq", "condemn", "Iran") not in facts(read(CITY_STORY), "svo")
