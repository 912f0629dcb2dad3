"""Parties that agreed to do something together intend to cooperate (CAMEO 030, root 03); agreeing with each
other with no deed named is a view shared (019, root 01). Parses are built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_agreeing_to_act_together_is_intent_to_cooperate() -> None:
    facts = facts_with_roots(
        """
    Peru       Peru       PROPN NNP  4   nsubj     GPE
    and        and        CCONJ CC   1   cc        -
    Chile      Chile      PROPN NNP  1   conj      GPE
    agreed     agree      VERB  VBD  0   ROOT      -
    to         to         PART  TO   6   aux       -
    expand     expand     VERB  VB   4   xcomp     -
    trade      trade      NOUN  NN   6   dobj      -
    .          .          PUNCT .    4   punct     -
    """
    )
    assert ("Peru", "agree with", "Chile", "03") in facts


def test_agreeing_with_no_deed_named_is_a_view_shared() -> None:
    facts = facts_with_roots(
        """
    Peru       Peru       PROPN NNP  4   nsubj     GPE
    and        and        CCONJ CC   1   cc        -
    Chile      Chile      PROPN NNP  1   conj      GPE
    agreed     agree      VERB  VBD  0   ROOT      -
    on         on         ADP   IN   4   prep      -
    Monday     Monday     PROPN NNP  5   pobj      DATE
    .          .          PUNCT .    4   punct     -
    """
    )
    assert ("Peru", "agree with", "Chile", "01") in facts
