"""A journey for talks with a party the text names is a consultation: the talks' edge (04) and the
destination's (042), even where the destination alone would be a mere location ("flies to Brussels")
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import roots_between

# "Carl Berg flies to Brussels for talks with NATO officials."
TRIP_FOR_TALKS = """
Carl       Carl       PROPN NNP  2   compound  PERSON
Berg       Berg       PROPN NNP  3   nsubj     I-PERSON
flies      fly        VERB  VBZ  0   ROOT      -
to         to         ADP   IN   3   prep      -
Brussels   Brussels   PROPN NNP  4   pobj      GPE
for        for        ADP   IN   3   prep      -
talks      talk       NOUN  NNS  6   pobj      -
with       with       ADP   IN   7   prep      -
NATO       NATO       PROPN NNP  10  compound  ORG
officials  official   NOUN  NNS  8   pobj      -
.          .          PUNCT .    3   punct     -
"""

# "Carl Berg flies to Brussels for talks.": talks with nobody named leave the city a location
TRIP_ALONE = """
Carl       Carl       PROPN NNP  2   compound  PERSON
Berg       Berg       PROPN NNP  3   nsubj     I-PERSON
flies      fly        VERB  VBZ  0   ROOT      -
to         to         ADP   IN   3   prep      -
Brussels   Brussels   PROPN NNP  4   pobj      GPE
for        for        ADP   IN   3   prep      -
talks      talk       NOUN  NNS  6   pobj      -
.          .          PUNCT .    3   punct     -
"""


def test_the_talks_of_a_trip_are_a_consultation() -> None:
    assert roots_between(TRIP_FOR_TALKS, "Carl Berg", "NATO") == {"04"}


def test_the_destination_of_a_trip_for_talks_is_visited() -> None:
    assert roots_between(TRIP_FOR_TALKS, "Carl Berg", "Brussels") == {"04"}
    assert roots_between(TRIP_ALONE, "Carl Berg", "Brussels") == {None}
