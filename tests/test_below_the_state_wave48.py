"""Wave 48 D: places and governments below the state (hand-built parses of sentences written for the tests)."""

from __future__ import annotations

from hand_docs import facts, read

CHAMBER_LEADER = """
    Iraqi         iraqi         ADJ   JJ   3   amod      NORP
    parliamentary parliamentary ADJ   JJ   3   amod      -
    leader        leader        NOUN  NN   5   compound  -
    Ali           Ali           PROPN NNP  5   compound  PERSON
    Hassan        Hassan        PROPN NNP  6   nsubj     I-PERSON
    praised       praise        VERB  VBD  0   ROOT      -
    Japan         Japan         PROPN NNP  6   dobj      GPE
    .             .             PUNCT .    6   punct     -
"""


def test_a_parliamentary_leader_leads_no_state():
    """ "Iraqi parliamentary leader X": the leader of a chamber, never "leader of Iraq"."""
    found = facts(read(CHAMBER_LEADER), "title")
    assert ("Ali Hassan", "parliamentary leader of", "Iraq") in found
    assert ("Ali Hassan", "leader of", "Iraq") not in found
