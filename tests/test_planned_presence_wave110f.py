"""A presence in a state only planned (a plant, an office, a subsidiary to be built, opened or set up
there) is an intent to cooperate economically (CAMEO 03); the presence set up stays as it was read
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Zenith Corp plans to build a plant in Peru."
PLANNED_PLANT = """
Zenith     Zenith     PROPN NNP  2   compound  ORG
Corp       Corp       PROPN NNP  3   nsubj     I-ORG
plans      plan       VERB  VBZ  0   ROOT      -
to         to         PART  TO   5   aux       -
build      build      VERB  VB   3   xcomp     -
a          a          DET   DT   7   det       -
plant      plant      NOUN  NN   5   dobj      -
in         in         ADP   IN   7   prep      -
Peru       Peru       PROPN NNP  8   pobj      GPE
.          .          PUNCT .    3   punct     -
"""

# "Zenith Corp built a plant in Peru."
BUILT_PLANT = """
Zenith     Zenith     PROPN NNP  2   compound  ORG
Corp       Corp       PROPN NNP  3   nsubj     I-ORG
built      build      VERB  VBD  0   ROOT      -
a          a          DET   DT   5   det       -
plant      plant      NOUN  NN   3   dobj      -
in         in         ADP   IN   5   prep      -
Peru       Peru       PROPN NNP  6   pobj      GPE
.          .          PUNCT .    3   punct     -
"""


def test_a_plant_planned_in_a_state_is_an_intent_and_one_built_keeps_its_reading() -> None:
    assert roots_between(PLANNED_PLANT, "Zenith Corp", "Peru") == {"03"}
    assert roots_between(BUILT_PLANT, "Zenith Corp", "Peru") == {None}
