"""Threats, vows and warnings of reprisal (wave 50 C): a harm promised on a condition, a vow to hit back, a
warning of reprisal are threats (CAMEO 13)."""

from __future__ import annotations

from hand_docs import by_rule, read

BLOCK_UNLESS = """
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    block      block      VERB  VB  0 ROOT     -
    aid        aid        NOUN  NN  3 dobj     -
    to         to         ADP   IN  3 prep     -
    Peru       Peru       PROPN NNP 5 pobj     GPE
    unless     unless     SCONJ IN  9 mark     -
    Lima       Lima       PROPN NNP 9 nsubj    GPE
    agrees     agree      VERB  VBZ 3 advcl    -
    .          .          PUNCT .   3 punct    -
"""

BLOCK_IF_NOT = """
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    block      block      VERB  VB  0 ROOT     -
    aid        aid        NOUN  NN  3 dobj     -
    to         to         ADP   IN  3 prep     -
    Peru       Peru       PROPN NNP 5 pobj     GPE
    if         if         SCONJ IN  11 mark    -
    Lima       Lima       PROPN NNP 11 nsubj   GPE
    does       do         AUX   VBZ 11 aux     -
    not        not        PART  RB  11 neg     -
    agree      agree      VERB  VB  3 advcl    -
    .          .          PUNCT .   3 punct    -
"""

BLOCK_PLAIN = """
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    will       will       AUX   MD  3 aux      -
    block      block      VERB  VB  0 ROOT     -
    aid        aid        NOUN  NN  3 dobj     -
    to         to         ADP   IN  3 prep     -
    Peru       Peru       PROPN NNP 5 pobj     GPE
    .          .          PUNCT .   3 punct    -
"""


def test_a_harm_promised_unless_something_is_done_is_a_threat() -> None:
    for table in (BLOCK_UNLESS, BLOCK_IF_NOT):
        [block] = by_rule(read(table), "prep")
        assert (block.predicate, block.event_root, block.modality) == ("threaten to block aid to", "13", "will")


def test_an_unconditional_harm_to_come_keeps_its_own_root() -> None:
    [block] = by_rule(read(BLOCK_PLAIN), "prep")
    assert (block.predicate, block.event_root, block.modality) == ("block aid to", "12", "will")
