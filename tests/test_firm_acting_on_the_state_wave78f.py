"""A firm acting on the story's one state is an outside party (wave 78 F): "Halvard Corp cut its rating of
Norway's debt. Halvard criticised the government of Norway." does not make Halvard Corp Norway's firm, as
the story-state default would; a firm that only acts in the state ("opened a plant in Norway") keeps it.
Parses are built by hand; the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

RATER = """
    Halvard    Halvard    PROPN NNP 2  compound ORG
    Corp       Corp       PROPN NNP 3  nsubj    I-ORG
    cut        cut        VERB  VBD 0  ROOT     -
    its        its        PRON  PRP$ 5 poss     -
    rating     rating     NOUN  NN  3  dobj     -
    of         of         ADP   IN  5  prep     -
    Norway     Norway     PROPN NNP 9  poss     GPE
    's         's         PART  POS 7  case     -
    debt       debt       NOUN  NN  6  pobj     -
    .          .          PUNCT .   3  punct    -
    Halvard    Halvard    PROPN NNP 12 nsubj    -
    criticised criticise  VERB  VBD 0  ROOT     -
    the        the        DET   DT  14 det      -
    government government NOUN  NN  12 dobj     -
    of         of         ADP   IN  14 prep     -
    Norway     Norway     PROPN NNP 15 pobj     GPE
    .          .          PUNCT .   12 punct    -
"""

LOCAL = """
    Halvard    Halvard    PROPN NNP 2  compound ORG
    Corp       Corp       PROPN NNP 3  nsubj    I-ORG
    opened     open       VERB  VBD 0  ROOT     -
    a          a          DET   DT  5  det      -
    plant      plant      NOUN  NN  3  dobj     -
    in         in         ADP   IN  5  prep     -
    Norway     Norway     PROPN NNP 6  pobj     GPE
    .          .          PUNCT .   3  punct    -
    Halvard    Halvard    PROPN NNP 10 nsubj    -
    hired      hire       VERB  VBD 0  ROOT     -
    workers    worker     NOUN  NNS 10 dobj     -
    in         in         ADP   IN  10 prep     -
    Norway     Norway     PROPN NNP 12 pobj     GPE
    .          .          PUNCT .   10 punct    -
"""


def test_a_firm_rating_and_criticising_the_state_is_no_firm_of_it() -> None:
    assert country_of(read(RATER), "Halvard Corp") is None


def test_a_firm_acting_in_the_state_is_of_it() -> None:
    assert country_of(read(LOCAL), "Halvard Corp") == "NOR"
