"""Lead fixes of stop 39: a reprisal in a sentence about trade is a counter-measure (CAMEO
163, a sanction), not a use of force (19); a reprisal with no word of trade stays force; a trade status
withdrawn from a state is a sanction, not a retreat from it. Parses are built by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between

TRADE_REPRISAL = """
Chile       Chile       PROPN NNP   2 nsubj     GPE
retaliated  retaliate   VERB  VBD   0 ROOT      -
against     against     ADP   IN    2 prep      -
Peru        Peru        PROPN NNP   3 pobj      GPE
after       after       SCONJ IN    7 mark      -
Lima        Lima        PROPN NNP   7 nsubj     GPE
raised      raise       VERB  VBD   2 advcl     -
its         its         PRON  PRP$ 10 poss      -
textile     textile     NOUN  NN   10 compound  -
tariffs     tariff      NOUN  NNS   7 dobj      -
.           .           PUNCT .     2 punct     -
"""

ARMED_REPRISAL = """
Chile       Chile       PROPN NNP   2 nsubj     GPE
retaliated  retaliate   VERB  VBD   0 ROOT      -
against     against     ADP   IN    2 prep      -
Peru        Peru        PROPN NNP   3 pobj      GPE
after       after       SCONJ IN    7 mark      -
Lima        Lima        PROPN NNP   7 nsubj     GPE
shelled     shell       VERB  VBD   2 advcl     -
its         its         PRON  PRP$ 10 poss      -
border      border      NOUN  NN   10 compound  -
posts       post        NOUN  NNS   7 dobj      -
.           .           PUNCT .     2 punct     -
"""


def test_a_reprisal_in_a_sentence_about_trade_is_a_counter_measure() -> None:
    assert roots_between(TRADE_REPRISAL, "Chile", "Peru") == {"16"}


def test_a_reprisal_with_no_word_of_trade_stays_force() -> None:
    assert roots_between(ARMED_REPRISAL, "Chile", "Peru") == {"19"}


def test_a_trade_status_withdrawn_from_a_state_is_a_sanction_not_a_retreat() -> None:
    roots = roots_between(
        """
        Canada    Canada    PROPN NNP  2 nsubj     GPE
        withdrew  withdraw  VERB  VBD  0 ROOT      -
        trading   trading   NOUN  NN   4 compound  -
        status    status    NOUN  NN   2 dobj      -
        from      from      ADP   IN   2 prep      -
        Poland    Poland    PROPN NNP  5 pobj      GPE
        .         .         PUNCT .    2 punct     -
        """,
        "Canada",
        "Poland",
    )
    assert roots == {"16"}
