"""An act a holder has the power or the right to do is one it may do, not one done (hand-built parse)."""

from __future__ import annotations

from hand_docs import read_modal_acts

POWERS = """
    Spain     Spain    PROPN NNP 3  nsubj    GPE
    will      will     AUX   MD  3  aux      -
    keep      keep     VERB  VB  0  ROOT     -
    NOUN      LEMMA    NOUN  NNS 3  dobj     -
    to        to       PART  TO  6  aux      -
    withdraw  withdraw VERB  VB  3  xcomp    -
    tax       tax      NOUN  NN  8  compound -
    credits   credit   NOUN  NNS 6  dobj     -
    from      from     ADP   IN  6  prep     -
    Peruvian  Peruvian ADJ   JJ  11 amod     NORP
    companies company  NOUN  NNS 9  pobj     -
    .         .        PUNCT .   3  punct    -
"""


def _withdrawals(noun: str, lemma: str) -> set[tuple[str | None, bool]]:
    table = POWERS.replace("NOUN      LEMMA", f"{noun:<9} {lemma:<8}")
    return {(modality, negated) for _, predicate, _, _, modality, negated in read_modal_acts(table)
            if predicate.startswith("withdraw")}


def test_powers_to_withdraw_are_a_withdrawal_that_may_come() -> None:
    assert _withdrawals("powers", "power") == {("may", False)}


def test_a_plain_object_before_the_infinitive_keeps_the_reading() -> None:
    assert ("may", False) not in _withdrawals("plans", "plan")


def test_powers_used_are_an_act_done() -> None:
    table = POWERS.replace("NOUN      LEMMA", f"{'powers':<9} {'power':<8}").replace(
        "    keep      keep     VERB  VB  0  ROOT     -", "    use       use      VERB  VB  0  ROOT     -"
    )
    found = _withdrawals_in(table)
    assert found and ("may", False) not in found  # "will use its powers to withdraw": a withdrawal to come


def test_powers_lost_are_an_act_that_may_not_come() -> None:
    table = POWERS.replace("NOUN      LEMMA", f"{'powers':<9} {'power':<8}").replace(
        "    keep      keep     VERB  VB  0  ROOT     -", "    lose      lose     VERB  VB  0  ROOT     -"
    )
    assert _withdrawals_in(table) == {("may", True)}


def _withdrawals_in(table: str) -> set[tuple[str | None, bool]]:
    return {(modality, negated) for _, predicate, _, _, modality, negated in read_modal_acts(table)
            if predicate.startswith("withdraw")}
