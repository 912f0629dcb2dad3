"""A state's plan of a military or nuclear site in another state ("Iran plans to build a nuclear plant in
X") is no intent to cooperate economically; a firm's plan of such a plant, and a state's car plant, stay one
(CAMEO 03) (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Peru plans to build a nuclear plant in Chile."
STATE_NUCLEAR_PLANT = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
plans      plan       VERB  VBZ  0   ROOT      -
to         to         PART  TO   4   aux       -
build      build      VERB  VB   2   xcomp     -
a          a          DET   DT   7   det       -
nuclear    nuclear    ADJ   JJ   7   amod      -
plant      plant      NOUN  NN   4   dobj      -
in         in         ADP   IN   7   prep      -
Chile      Chile      PROPN NNP  8   pobj      GPE
.          .          PUNCT .    2   punct     -
"""

# "Peru plans to build an arms factory in Chile."
STATE_ARMS_FACTORY = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
plans      plan       VERB  VBZ  0   ROOT      -
to         to         PART  TO   4   aux       -
build      build      VERB  VB   2   xcomp     -
an         an         DET   DT   7   det       -
arms       arm        NOUN  NNS  7   compound  -
factory    factory    NOUN  NN   4   dobj      -
in         in         ADP   IN   7   prep      -
Chile      Chile      PROPN NNP  8   pobj      GPE
.          .          PUNCT .    2   punct     -
"""

# "Peru plans to build a car plant in Chile."
STATE_CAR_PLANT = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
plans      plan       VERB  VBZ  0   ROOT      -
to         to         PART  TO   4   aux       -
build      build      VERB  VB   2   xcomp     -
a          a          DET   DT   7   det       -
car        car        NOUN  NN   7   compound  -
plant      plant      NOUN  NN   4   dobj      -
in         in         ADP   IN   7   prep      -
Chile      Chile      PROPN NNP  8   pobj      GPE
.          .          PUNCT .    2   punct     -
"""

# "Zenith Corp plans to build a nuclear plant in Chile."
FIRM_NUCLEAR_PLANT = """
Zenith     Zenith     PROPN NNP  2   compound  ORG
Corp       Corp       PROPN NNP  3   nsubj     I-ORG
plans      plan       VERB  VBZ  0   ROOT      -
to         to         PART  TO   5   aux       -
build      build      VERB  VB   3   xcomp     -
a          a          DET   DT   8   det       -
nuclear    nuclear    ADJ   JJ   8   amod      -
plant      plant      NOUN  NN   5   dobj      -
in         in         ADP   IN   8   prep      -
Chile      Chile      PROPN NNP  9   pobj      GPE
.          .          PUNCT .    3   punct     -
"""


def test_a_states_planned_nuclear_or_arms_site_abroad_is_no_economic_intent() -> None:
    assert roots_between(STATE_NUCLEAR_PLANT, "Peru", "Chile") == {None}
    assert roots_between(STATE_ARMS_FACTORY, "Peru", "Chile") == {None}


def test_a_states_car_plant_and_a_firms_nuclear_plant_stay_an_intent() -> None:
    assert roots_between(STATE_CAR_PLANT, "Peru", "Chile") == {"03"}
    assert roots_between(FIRM_NUCLEAR_PLANT, "Zenith Corp", "Chile") == {"03"}
