"""A state's thing that opens a compound after its possessive (wave 88 F): "The Paris Club will consider
Peru's debt payment schedule." The schedule is the debt's, and so Peru's: the body considers Peru's debt
("consider debt of" Peru, with "will"), as "will consider Peru's debt" reads; a possessive before a compound
that does not open with such a thing ("Peru's payment schedule") still reaches no one. Parses are built by
hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_modal_acts

SCHEDULE = """
The       the       DET   DT  3  det      ORG
Paris     Paris     PROPN NNP 3  compound I-ORG
Club      Club      PROPN NNP 5  nsubj    I-ORG
will      will      AUX   MD  5  aux      -
consider  consider  VERB  VB  0  ROOT     -
Peru      Peru      PROPN NNP 10 poss     GPE
's        's        PART  POS 6  case     -
debt      debt      NOUN  NN  9  compound -
payment   payment   NOUN  NN  10 compound -
schedule  schedule  NOUN  NN  5  dobj     -
.         .         PUNCT .   5  punct    -
"""


def test_a_states_debt_opening_a_compound_is_its_debt_considered() -> None:
    assert ("Paris Club", "consider debt of", "Peru", "01") in facts_with_roots(SCHEDULE)
    modal = {(s, p, o, m) for s, p, o, _, m, _ in read_modal_acts(SCHEDULE)}
    assert ("Paris Club", "consider debt of", "Peru", "will") in modal
    # "will consider Peru's trade payment schedule": no owned thing opens the compound, no owner reached
    assert not facts_with_roots(SCHEDULE.replace("debt      debt      NOUN", "trade     trade     NOUN"))


REJECTED = """
The       the       DET   DT  3  det      ORG
Paris     Paris     PROPN NNP 3  compound I-ORG
Club      Club      PROPN NNP 4  nsubj    I-ORG
rejected  reject    VERB  VBD 0  ROOT     -
Peru      Peru      PROPN NNP 9  poss     GPE
's        's        PART  POS 5  case     -
debt      debt      NOUN  NN  8  compound -
payment   payment   NOUN  NN  9  compound -
schedule  schedule  NOUN  NN  4  dobj     -
.         .         PUNCT .   4  punct    -
"""


def test_a_schedule_rejected_is_the_states_debt_rejected() -> None:
    # the debt's owner is rejected through it, not as a state rejected outright
    found = facts_with_roots(REJECTED)
    assert ("Paris Club", "reject debt of", "Peru", "12") in found
    assert ("Paris Club", "reject", "Peru", "12") not in found
