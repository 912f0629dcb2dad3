"""Hand-built parses: a state's name before a measure it puts to others ("the U.S. proposal", "U.S. demands")
owns the measure as its adjective or possessive does, so a stance on the measure is a stance on the state;
meeting demands is yielding to them and resisting them rejects them."""

from __future__ import annotations

from hand_docs import facts, facts_with_roots, read

REJECTED = """
Norway    Norway    PROPN NNP 2 nsubj    GPE
rejected  reject    VERB  VBD 0 ROOT     -
the       the       DET   DT  5 det      -
U.S.      U.S.      PROPN NNP 5 compound GPE
proposal  proposal  NOUN  NN  2 dobj     -
.         .         PUNCT .   2 punct    -
"""


def test_a_state_named_before_its_proposal_owns_it() -> None:
    # "Norway rejected the U.S. proposal."
    assert facts(read(REJECTED), "svo") == {("Norway", "reject proposal of", "United States")}


DEMANDS = """
Norway    Norway    PROPN NNP 2 nsubj    GPE
{verb:9} {lemma:9} VERB  VBD 0 ROOT     -
U.S.      U.S.      PROPN NNP 4 compound GPE
demands   demand    NOUN  NNS 2 dobj     -
.         .         PUNCT .   2 punct    -
"""


def test_resisting_a_state_s_demands_rejects_them() -> None:
    # "Norway resisted U.S. demands."
    assert facts_with_roots(DEMANDS.format(verb="resisted", lemma="resist")) == {
        ("Norway", "resist demand of", "United States", "12")
    }


def test_meeting_a_state_s_demands_yields_to_them() -> None:
    # "Norway met U.S. demands." (no meeting of the two)
    assert facts_with_roots(DEMANDS.format(verb="met", lemma="meet")) == {
        ("Norway", "meet demand of", "United States", "08")
    }
