"""An owner's remark or comment is the owner's word: a report of what it did speaks of its owner, as a
report of the owner's statement or warning does (hand-built parse)."""

from __future__ import annotations

import pytest
from hand_docs import facts, read

REPORT = """
    Smith     Smith     PROPN NNP 2 nsubj    PERSON
    said      say       VERB  VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 5 poss     GPE
    's        's        PART  POS 3 case     -
    NOUN      LEMMA     NOUN  NNS 6 nsubj    -
    hurt      hurt      VERB  VBD 2 ccomp    -
    the       the       DET   DT  8 det      -
    talks     talk      NOUN  NNS 6 dobj     -
    .         .         PUNCT .   2 punct    -
"""


@pytest.mark.parametrize("noun,lemma", [("remarks", "remark"), ("comments", "comment")])
def test_a_report_of_an_owners_remarks_speaks_of_the_owner(noun: str, lemma: str) -> None:
    reading = read(REPORT.replace("NOUN      LEMMA", f"{noun:<9} {lemma:<9}"))
    assert ("Smith", "say", "Peru") in facts(reading, "speech_content")


def test_a_report_of_an_owners_thing_still_does_not() -> None:
    reading = read(REPORT.replace("NOUN      LEMMA", f"{'prices':<9} {'price':<9}"))
    assert ("Smith", "say", "Peru") not in facts(reading, "speech_content")
