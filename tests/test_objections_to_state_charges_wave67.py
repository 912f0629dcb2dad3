"""Objections to a state's charges (wave 67 E, second task): a fee, levy, surcharge or tax a state charges is
a measure of it as a tariff is (words.tsv aimed_measure_nouns), so its abbreviation before the noun owns it;
objecting to or complaining about such a measure (words.tsv measure_reaction_verbs: object to, complain
about) acts on its owner, as protesting it does, and a reprisal for it is a sanction (cameo.tsv, 163).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_protesting_a_states_fee_protests_the_state() -> None:
    found = facts_with_roots("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    protested protest   VERB  VBD 0 ROOT     -
    the       the       DET   DT  6 det      -
    U.K.      U.K.      PROPN NNP 6 compound GPE
    landing   landing   NOUN  NN  6 compound -
    fee       fee       NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "protest", "United Kingdom", "14") in found


def test_objecting_to_a_states_levy_disapproves_of_the_state() -> None:
    found = facts_with_roots("""
    Chile    Chile    PROPN NNP 2 nsubj    GPE
    objected object   VERB  VBD 0 ROOT     -
    to       to       ADP   IN  2 prep     -
    the      the      DET   DT  6 det      -
    U.K.     U.K.     PROPN NNP 6 compound GPE
    levy     levy     NOUN  NN  3 pobj     -
    at       at       ADP   IN  2 prep     -
    the      the      DET   DT  9 det      -
    talks    talk     NOUN  NNS 7 pobj     -
    .        .        PUNCT .   2 punct    -
    """)
    assert ("Chile", "object to", "United Kingdom", "11") in found


def test_complaining_about_a_states_quotas_disapproves_of_the_state() -> None:
    found = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj    GPE
    complained complain  VERB  VBD 0 ROOT     -
    about      about     ADP   IN  2 prep     -
    the        the       DET   DT  6 det      -
    U.K.       U.K.      PROPN NNP 6 compound GPE
    quotas     quota     NOUN  NNS 3 pobj     -
    .          .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "complain about", "United Kingdom", "11") in found


def test_a_reprisal_against_a_states_surcharge_is_a_sanction() -> None:
    found = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj    GPE
    retaliated retaliate VERB  VBD 0 ROOT     -
    against    against   ADP   IN  2 prep     -
    the        the       DET   DT  6 det      -
    U.K.       U.K.      PROPN NNP 6 compound GPE
    surcharge  surcharge NOUN  NN  3 pobj     -
    .          .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "retaliate against", "United Kingdom", "16") in found


def test_a_full_state_name_before_a_levy_stays_unread_as_its_owner() -> None:
    found = facts_with_roots("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    protested protest   VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Peru      Peru      PROPN NNP 5 compound GPE
    levy      levy      NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert not any(f[2] == "Peru" for f in found)
