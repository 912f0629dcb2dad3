"""A member of a chamber only some states have ("Senator X", "the Senate Banking Committee") is no member of
the story's state where that state has no such chamber: of the one state the story names that has it, else
of none. Sentences written for these tests, parses built by hand."""

from __future__ import annotations

from hand_docs import country_of, read

# "Senator Jake Garn met Prime Minister Yasuhiro Nakasone in Tokyo on Monday to discuss U.S. trade."
MET_IN_TOKYO = """
Senator    Senator    PROPN NNP  3   compound  -
Jake       Jake       PROPN NNP  3   compound  PERSON
Garn       Garn       PROPN NNP  4   nsubj     I-PERSON
met        meet       VERB  VBD  0   ROOT      -
Prime      Prime      PROPN NNP  6   compound  -
Minister   Minister   PROPN NNP  8   compound  -
Yasuhiro   Yasuhiro   PROPN NNP  8   compound  PERSON
Nakasone   Nakasone   PROPN NNP  4   dobj      I-PERSON
in         in         ADP   IN   4   prep      -
Tokyo      Tokyo      PROPN NNP  9   pobj      GPE
on         on         ADP   IN   4   prep      -
Monday     Monday     PROPN NNP  11  pobj      DATE
to         to         PART  TO   14  aux       -
discuss    discuss    VERB  VB   4   advcl     -
U.S.       U.S.       PROPN NNP  16  compound  GPE
trade      trade      NOUN  NN   14  dobj      -
.          .          PUNCT .    4   punct     -
"""

# "... The Senate Banking Committee wrote to him." after the meeting
COMMITTEE = """
The        the        DET   DT   22  det       -
Senate     Senate     PROPN NNP  22  compound  ORG
Banking    Banking    PROPN NNP  22  compound  I-ORG
Committee  Committee  PROPN NNP  23  nsubj     I-ORG
wrote      write      VERB  VBD  23  ROOT      -
to         to         ADP   IN   23  prep      -
him        he         PRON  PRP  24  pobj      -
.          .          PUNCT .    23  punct     -
"""


def test_a_senator_in_a_story_set_in_japan_is_of_the_state_named_that_has_a_senate() -> None:
    reading = read(MET_IN_TOKYO)
    assert country_of(reading, "Jake Garn") == "USA"
    assert country_of(reading, "Yasuhiro Nakasone") == "JPN"


def test_a_senator_with_no_state_named_that_has_a_senate_has_none() -> None:
    us = "U.S.       U.S.       PROPN NNP  16  compound  GPE"
    table = MET_IN_TOKYO.replace(us, "foreign    foreign    ADJ   JJ   16  amod      -")
    assert country_of(read(table), "Jake Garn") is None


def test_a_chamber_s_committee_is_of_the_state_named_that_has_the_chamber() -> None:
    reading = read(MET_IN_TOKYO + COMMITTEE)
    assert country_of(reading, "Senate Banking Committee") == "USA"


def test_a_chamber_s_committee_is_not_of_a_state_without_the_chamber() -> None:
    us = "U.S.       U.S.       PROPN NNP  16  compound  GPE"
    table = MET_IN_TOKYO.replace(us, "foreign    foreign    ADJ   JJ   16  amod      -")
    assert country_of(read(table + COMMITTEE), "Senate Banking Committee") is None
