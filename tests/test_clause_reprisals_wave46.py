"""Deeds done in reprisal (wave 46 C): "imposed sanctions in retaliation for X's refusal" is the deed done
against X, coded as the deed (sanctions, 16), not as force."""

from __future__ import annotations

from hand_docs import facts_with_roots

SANCTIONS_IN_RETALIATION = """
    Peru        Peru        PROPN NNP 2 nsubj GPE
    imposed     impose      VERB  VBD 0 ROOT  -
    sanctions   sanction    NOUN  NNS 2 dobj  -
    in          in          ADP   IN  3 prep  -
    retaliation retaliation NOUN  NN  4 pobj  -
    for         for         ADP   IN  5 prep  -
    Chile       Chile       PROPN NNP 9 poss  GPE
    's          's          PART  POS 7 case  -
    refusal     refusal     NOUN  NN  6 pobj  -
    .           .           PUNCT .   2 punct -
"""


def test_sanctions_imposed_in_retaliation_reduce_relations_with_the_state_answered() -> None:
    found = facts_with_roots(SANCTIONS_IN_RETALIATION)
    assert ("Peru", "retaliation for", "Chile", "16") in found
    assert not any(f[3] == "19" for f in found), found


def test_a_retaliation_of_a_verb_with_no_code_keeps_the_nouns_code() -> None:
    # "Peru acted in retaliation for Chile's attack": no deed of its own, the reprisal is the event (19)
    found = facts_with_roots("""
    Peru        Peru        PROPN NNP 2 nsubj GPE
    acted       act         VERB  VBD 0 ROOT  -
    in          in          ADP   IN  2 prep  -
    retaliation retaliation NOUN  NN  3 pobj  -
    for         for         ADP   IN  4 prep  -
    Chile       Chile       PROPN NNP 8 poss  GPE
    's          's          PART  POS 6 case  -
    attack      attack      NOUN  NN  5 pobj  -
    .           .           PUNCT .   2 punct -
    """)
    assert ("Peru", "retaliation for", "Chile", "19") in found


def test_a_reprisal_hung_on_the_verb_is_coded_as_the_deed() -> None:
    # "Peru imposed the sanctions in retaliation for Chile's refusal", the phrase on the verb
    found = facts_with_roots("""
    Peru        Peru        PROPN NNP 2 nsubj GPE
    imposed     impose      VERB  VBD 0 ROOT  -
    the         the         DET   DT  4 det   -
    sanctions   sanction    NOUN  NNS 2 dobj  -
    in          in          ADP   IN  2 prep  -
    retaliation retaliation NOUN  NN  5 pobj  -
    for         for         ADP   IN  6 prep  -
    Chile       Chile       PROPN NNP 10 poss GPE
    's          's          PART  POS 8 case  -
    refusal     refusal     NOUN  NN  7 pobj  -
    .           .           PUNCT .   2 punct -
    """)
    assert ("Peru", "retaliation for", "Chile", "16") in found
    assert not any(f[3] == "19" for f in found), found
