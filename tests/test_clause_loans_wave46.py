"""Loans approved (wave 46 C): "approved loans totalling $220 million to Pakistan" is aid to the borrower."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_loan_approved_to_a_state_is_aid() -> None:
    found = facts_with_roots("""
    The         the         DET   DT  4 det      -
    Asian       Asian       PROPN NNP 4 compound ORG
    Development Development PROPN NNP 4 compound I-ORG
    Bank        Bank        PROPN NNP 5 nsubj    I-ORG
    approved    approve     VERB  VBD 0 ROOT     -
    loans       loan        NOUN  NNS 5 dobj     -
    to          to          ADP   IN  6 prep     -
    Peru        Peru        PROPN NNP 7 pobj     GPE
    .           .           PUNCT .   5 punct    -
    """)
    # a development body's loan (wave 93 G: a commercial bank's, "Acme Bank approved loans", is business, 06)
    assert ("Asian Development Bank", "approve loan to", "Peru", "07") in found


def test_the_phrase_hung_on_a_participle_of_value_is_the_verbs() -> None:
    # "approved loans totalling 220 mln dlrs to Peru": the parser hangs "to Peru" on "totalling"
    found = facts_with_roots("""
    The         the         DET   DT  4 det      -
    Asian       Asian       PROPN NNP 4 compound ORG
    Development Development PROPN NNP 4 compound I-ORG
    Bank        Bank        PROPN NNP 5 nsubj    I-ORG
    approved    approve     VERB  VBD 0 ROOT     -
    loans       loan        NOUN  NNS 5 dobj     -
    totalling   total       VERB  VBG 6 acl      -
    220         220         NUM   CD  10 nummod  CARDINAL
    mln         mln         ADJ   JJ  10 amod    -
    dlrs        dlrs        NOUN  NNS 7 dobj     -
    to          to          ADP   IN  7 prep     -
    Peru        Peru        PROPN NNP 11 pobj    GPE
    .           .           PUNCT .   5 punct    -
    """)
    assert ("Asian Development Bank", "approve loan to", "Peru", "07") in found
