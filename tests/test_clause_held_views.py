"""What someone believes another ought to do is a view, no appeal to them; what they say another must do
demands it (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "Canada believes Peru must leave."
BELIEVES_PERU_MUST_LEAVE = """
Canada    Canada    PROPN NNP 2 nsubj  GPE
believes  believe   VERB  VBZ 0 ROOT   -
Peru      Peru      PROPN NNP 5 nsubj  GPE
must      must      AUX   MD  5 aux    -
leave     leave     VERB  VB  2 ccomp  -
.         .         PUNCT .   2 punct  -
"""


def test_a_belief_of_what_another_must_do_demands_nothing() -> None:
    assert not facts(read(BELIEVES_PERU_MUST_LEAVE), "speech_content")


def test_saying_what_another_must_do_demands_it() -> None:
    table = BELIEVES_PERU_MUST_LEAVE.replace(
        "believes  believe   VERB  VBZ 0 ROOT   -", "said      say       VERB  VBD 0 ROOT   -"
    )
    assert facts(read(table), "speech_content") == {("Canada", "demand", "Peru")}
