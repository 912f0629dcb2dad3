"""Loans approved (wave 46 C): "approved loans totalling $220 million to Pakistan" is aid to the borrower."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_loan_approved_to_a_state_is_aid() -> None:
    found = facts_with_roots("""
    The      the      DET   DT  3 det      -
    Acme     Acme     PROPN NNP 3 compound ORG
    Bank     Bank     PROPN NNP 4 nsubj    I-ORG
    approved approve  VERB  VBD 0 ROOT     -
    loans    loan     NOUN  NNS 4 dobj     -
    to       to       ADP   IN  5 prep     -
    Peru     Peru     PROPN NNP 6 pobj     GPE
    .        .        PUNCT .   4 punct    -
    """)
    assert ("Acme Bank", "approve loan to", "Peru", "07") in found


def test_the_phrase_hung_on_a_participle_of_value_is_the_verbs() -> None:
    # "approved loans totalling 220 mln dlrs to Peru": the parser hangs "to Peru" on "totalling"
    found = facts_with_roots("""
    The       the      DET   DT  3 det      -
    Acme      Acme     PROPN NNP 3 compound ORG
    Bank      Bank     PROPN NNP 4 nsubj    I-ORG
    approved  approve  VERB  VBD 0 ROOT     -
    loans     loan     NOUN  NNS 4 dobj     -
    totalling total    VERB  VBG 5 acl      -
    220       220      NUM   CD  9 nummod   CARDINAL
    mln       mln      ADJ   JJ  9 amod     -
    dlrs      dlrs     NOUN  NNS 6 dobj     -
    to        to       ADP   IN  6 prep     -
    Peru      Peru     PROPN NNP 10 pobj    GPE
    .         .        PUNCT .   4 punct    -
    """)
    assert ("Acme Bank", "approve loan to", "Peru", "07") in found
