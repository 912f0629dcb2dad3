"""Qualified denials and dashed parentheticals (wave 70 G). A "not" that a hedge follows ("does not
necessarily oppose X", "not always", "not entirely") does not deny the act, and a denial limited to part of
the time ("in some months it did not sell any", "sometimes did not pay") is no flat denial: neither is
asserted either way, so no fact is read (a plain "does not oppose" stays denied, and the positive clause of
the same sentence stays). A word inside a parenthetical set off by dashes ("-- overriding President X's
veto --") is never the object of a verb outside it, whatever head the parser gives it.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

HEDGED = """
    Chile          Chile          PROPN  NNP     5 nsubj      GPE
    does           do             AUX    VBZ     5 aux        -
    not            not            PART   RB      5 neg        -
    necessarily    necessarily    ADV    RB      5 advmod     -
    oppose         oppose         VERB   VB      0 ROOT       -
    a              a              DET    DT      7 det        -
    loan           loan           NOUN   NN      5 dobj       -
    to             to             ADP    IN      7 prep       -
    Peru           Peru           PROPN  NNP     8 pobj       GPE
    .              .              PUNCT  .       5 punct      -
"""

DENIED = """
    Chile          Chile          PROPN  NNP     4 nsubj      GPE
    does           do             AUX    VBZ     4 aux        -
    not            not            PART   RB      4 neg        -
    oppose         oppose         VERB   VB      0 ROOT       -
    a              a              DET    DT      6 det        -
    loan           loan           NOUN   NN      4 dobj       -
    to             to             ADP    IN      6 prep       -
    Peru           Peru           PROPN  NNP     7 pobj       GPE
    .              .              PUNCT  .       4 punct      -
"""


def test_not_necessarily_hedges_and_asserts_nothing() -> None:
    """ "Chile does not necessarily oppose a loan to Peru": no "NOT oppose", no "oppose" either."""
    assert not [a for a in read_modal_acts(HEDGED) if "oppose" in a[1]]


def test_plain_not_still_denies() -> None:
    """ "Chile does not oppose a loan to Peru": denied."""
    opposed = [a for a in read_modal_acts(DENIED) if "oppose" in a[1]]
    assert opposed and all(a[5] for a in opposed)


def test_denial_in_some_months_is_partial() -> None:
    """ "Chile sold wheat to Peru but in some months it did not sell any to Bolivia": the sale stands; the
    partial denial gives no "NOT sell" to Bolivia."""
    acts = read_modal_acts("""
    Chile          Chile          PROPN  NNP     2 nsubj      GPE
    sold           sell           VERB   VBD     0 ROOT       -
    wheat          wheat          NOUN   NN      2 dobj       -
    to             to             ADP    IN      2 dative     -
    Peru           Peru           PROPN  NNP     4 pobj       GPE
    but            but            CCONJ  CC      2 cc         -
    in             in             ADP    IN     13 prep       -
    some           some           DET    DT      9 det        DATE
    months         month          NOUN   NNS     7 pobj       I-DATE
    it             it             PRON   PRP    13 nsubj      -
    did            do             AUX    VBD    13 aux        -
    not            not            PART   RB     13 neg        -
    sell           sell           VERB   VB      2 conj       -
    any            any            PRON   DT     13 dobj       -
    to             to             ADP    IN     13 prep       -
    Bolivia        Bolivia        PROPN  NNP    15 pobj       GPE
    .              .              PUNCT  .      13 punct      -
    """)
    assert any(a[0] == "Chile" and a[2] == "Peru" and not a[5] for a in acts)
    assert not [a for a in acts if a[2] == "Bolivia"]


def test_sometimes_not_is_partial() -> None:
    """ "Chile sometimes did not pay Peru": no flat "NOT pay"."""
    acts = read_modal_acts("""
    Chile          Chile          PROPN  NNP     5 nsubj      GPE
    sometimes      sometimes      ADV    RB      5 advmod     -
    did            do             AUX    VBD     5 aux        -
    not            not            PART   RB      5 neg        -
    pay            pay            VERB   VB      0 ROOT       -
    Peru           Peru           PROPN  NNP     5 dobj       GPE
    .              .              PUNCT  .       5 punct      -
    """)
    assert not [a for a in acts if "pay" in a[1]]


def test_name_inside_dashes_is_no_object_of_the_verb_outside() -> None:
    """ "Officials said Chile had not meant when it signed the pact -- overriding President Garcia's veto --
    to anger Peru": the parser makes "veto" the object of "meant"; Garcia is no one Chile meant."""
    acts = read_modal_acts("""
    Officials      official       NOUN   NNS     2 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    Chile          Chile          PROPN  NNP     6 nsubj      GPE
    had            have           AUX    VBD     6 aux        -
    not            not            PART   RB      6 neg        -
    meant          mean           VERB   VBN     2 ccomp      -
    when           when           SCONJ  WRB     9 advmod     -
    it             it             PRON   PRP     9 nsubj      -
    signed         sign           VERB   VBD     6 advcl      -
    the            the            DET    DT     11 det        -
    pact           pact           NOUN   NN      9 dobj       -
    --             --             PUNCT  :       6 punct      -
    overriding     override       VERB   VBG    17 amod       -
    President      President      PROPN  NNP    15 compound   -
    Garcia         Garcia         PROPN  NNP    17 poss       PERSON
    's             's             PART   POS    15 case       -
    veto           veto           NOUN   NN      6 dobj       -
    --             --             PUNCT  :       6 punct      -
    to             to             PART   TO     20 aux        -
    anger          anger          VERB   VB      6 xcomp      -
    Peru           Peru           PROPN  NNP    20 dobj       GPE
    .              .              PUNCT  .       2 punct      -
    """)
    assert not [a for a in acts if a[0] == "Chile" and a[2] == "Garcia"]
