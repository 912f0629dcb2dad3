"""A state's chambers and laws (sentences of our own, parses written by hand): a bare "House" is a chamber,
never the White House, and the state's that has one; a law named with a state's word is that state's."""

from __future__ import annotations

from hand_docs import country_of, read

# "The White House opposed the bill. The House approved the bill. Japan objected."
HOUSES = """
The      the      DET   DT  3  det      -
White    White    PROPN NNP 3  compound ORG
House    House    PROPN NNP 4  nsubj    I-ORG
opposed  oppose   VERB  VBD 0  ROOT     -
the      the      DET   DT  6  det      -
bill     bill     NOUN  NN  4  dobj     -
.        .        PUNCT .   4  punct    -
The      the      DET   DT  9  det      -
House    House    PROPN NNP 10 nsubj    ORG
approved approve  VERB  VBD 0  ROOT     -
the      the      DET   DT  12 det      -
bill     bill     NOUN  NN  10 dobj     -
.        .        PUNCT .   10 punct    -
Japan    Japan    PROPN NNP 15 nsubj    GPE
objected object   VERB  VBD 0  ROOT     -
.        .        PUNCT .   15 punct    -
"""

# "Japan fears bills in the House. Japan asked the United States for help."
HOUSE_ABROAD = """
Japan    Japan    PROPN NNP 2  nsubj    GPE
fears    fear     VERB  VBZ 0  ROOT     -
bills    bill     NOUN  NNS 2  dobj     -
in       in       ADP   IN  3  prep     -
the      the      DET   DT  6  det      -
House    House    PROPN NNP 4  pobj     ORG
.        .        PUNCT .   2  punct    -
Japan    Japan    PROPN NNP 9  nsubj    GPE
asked    ask      VERB  VBD 0  ROOT     -
the      the      DET   DT  12 det      -
United   United   PROPN NNP 12 compound GPE
States   States   PROPN NNP 9  dobj     I-GPE
for      for      ADP   IN  9  prep     -
help     help     NOUN  NN  13 pobj     -
.        .        PUNCT .   9  punct    -
"""

# "Thailand criticized the U.S. Farm Act. Thailand asked Japan for help."
LAW = """
Thailand   Thailand   PROPN NNP 2  nsubj    GPE
criticized criticize  VERB  VBD 0  ROOT     -
the        the        DET   DT  6  det      -
{word}     {word}     PROPN NNP 6  compound ORG
Farm       Farm       PROPN NNP 6  compound I-ORG
Act        Act        PROPN NNP 2  dobj     I-ORG
.          .          PUNCT .   2  punct    -
Thailand   Thailand   PROPN NNP 9  nsubj    GPE
asked      ask        VERB  VBD 0  ROOT     -
Japan      Japan      PROPN NNP 9  dobj     GPE
for        for        ADP   IN  9  prep     -
help       help       NOUN  NN  11 pobj     -
.          .          PUNCT .   9  punct    -
"""


def test_the_bare_house_is_no_white_house() -> None:
    reading = read(HOUSES)
    labels = {e.label for e in reading.entities.entities()}
    assert {"White House", "House"} <= labels


def test_the_house_is_the_one_named_state_that_has_one() -> None:
    # Japan's chambers are its Diet's lower and upper house: the story's "House" is the United States'
    assert country_of(read(HOUSE_ABROAD), "House") == "USA"


def test_a_law_named_with_a_states_abbreviation_is_that_states() -> None:
    assert country_of(read(LAW.format(word="U.S.")), "U.S. Farm Act") == "USA"


def test_a_law_named_with_a_states_adjective_is_that_states() -> None:
    assert country_of(read(LAW.format(word="Japanese")), "Japanese Farm Act") == "JPN"
