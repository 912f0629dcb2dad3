"""A warning that the warner's side will or may hit back threatens the one warned (CAMEO 13), whatever the
kind of reprisal; another's reprisal foreseen is no threat. Sentences written for these tests, parses built
by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots

WOULD_RETALIATE = """
Chile      Chile      PROPN NNP  2   nsubj     GPE
warned     warn       VERB  VBD  0   ROOT      -
Peru       Peru       PROPN NNP  2   dobj      GPE
that       that       SCONJ IN   7   mark      -
it         it         PRON  PRP  7   nsubj     -
would      would      AUX   MD   7   aux       -
retaliate  retaliate  VERB  VB   2   ccomp     -
.          .          PUNCT .    2   punct     -
"""

MAY_TAKE_MEASURES = """
Chile       Chile       PROPN NNP  2   nsubj     GPE
warned      warn        VERB  VBD  0   ROOT      -
Peru        Peru        PROPN NNP  2   dobj      GPE
it          it          PRON  PRP  6   nsubj     -
may         may         AUX   MD   6   aux       -
take        take        VERB  VB   2   ccomp     -
retaliatory retaliatory ADJ   JJ   8   amod      -
measures    measure     NOUN  NNS  6   dobj      -
.           .           PUNCT .    2   punct     -
"""


def test_a_warning_that_the_warner_would_retaliate_threatens() -> None:
    assert ("Chile", "warn", "Peru", "13") in facts_with_roots(WOULD_RETALIATE)


def test_a_warning_that_the_warner_may_take_retaliatory_measures_threatens() -> None:
    assert ("Chile", "warn", "Peru", "13") in facts_with_roots(MAY_TAKE_MEASURES)


def test_a_warning_that_a_third_state_may_retaliate_is_a_statement() -> None:
    it = "it         it         PRON  PRP  7   nsubj     -"
    table = WOULD_RETALIATE.replace(it, "Bolivia    Bolivia    PROPN NNP  7   nsubj     GPE")
    found = facts_with_roots(table)
    assert ("Chile", "warn", "Peru", "01") in found
    assert not any(root == "13" for *_, root in found)


def test_measures_called_nothing_are_no_reprisal() -> None:
    table = MAY_TAKE_MEASURES.replace(
        "retaliatory retaliatory ADJ   JJ   8   amod", "new         new         ADJ   JJ   8   amod"
    )
    assert ("Chile", "warn", "Peru", "01") in facts_with_roots(table)
