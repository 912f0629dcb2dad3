"""Reactions to a state's measures (wave 62 E): a state's abbreviation ("U.K.") or capital ("Tokyo") before
a measure noun (sanction, tariff, duty, quota, curb, embargo, ...) owns it as its adjective does, while a
full name before it ("the Peru sanctions") may be the target and is not read as the owner; a reprisal,
protest or response to a measure ("retaliated against", "protested against", "responded to") acts on its
owner, also one named after "imposed by"; a reprisal for a trade measure is a sanction (16), no fight (19).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_modal_acts


def test_a_states_abbreviation_before_a_measure_criticised_is_its_owner() -> None:
    found = facts_with_roots("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    condemned condemn   VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    U.K.      U.K.      PROPN NNP 5 compound GPE
    tariffs   tariff    NOUN  NNS 2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "condemn", "United Kingdom", "11") in found


def test_a_reprisal_against_a_states_duties_is_a_sanction_on_it() -> None:
    found = facts_with_roots("""
    Chile      Chile     PROPN NNP 2 nsubj    GPE
    retaliated retaliate VERB  VBD 0 ROOT     -
    against    against   ADP   IN  2 prep     -
    the        the       DET   DT  6 det      -
    U.K.       U.K.      PROPN NNP 6 compound GPE
    duties     duty      NOUN  NNS 3 pobj     -
    .          .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "retaliate against", "United Kingdom", "16") in found


def test_a_denied_reprisal_against_a_demonyms_embargo_is_no_fight() -> None:
    acts = read_modal_acts("""
    Chile     Chile     PROPN NNP 2  nsubj GPE
    said      say       VERB  VBD 0  ROOT  -
    it        it        PRON  PRP 6  nsubj -
    would     would     AUX   MD  6  aux   -
    not       not       PART  RB  6  neg   -
    retaliate retaliate VERB  VB  2  ccomp -
    against   against   ADP   IN  6  prep  -
    the       the       DET   DT  10 det   -
    British   british   ADJ   JJ  10 amod  NORP
    embargo   embargo   NOUN  NN  7  pobj  -
    .         .         PUNCT .   2  punct -
    """)
    retaliated = [a for a in acts if a[:3] == ("Chile", "retaliate against", "United Kingdom")]
    assert retaliated and all(a[3] == "16" and a[5] for a in retaliated)


def test_a_response_to_a_capitals_curbs_is_to_its_state() -> None:
    found = facts_with_roots("""
    Chile     Chile    PROPN NNP 2 nsubj    GPE
    responded respond  VERB  VBD 0 ROOT     -
    to        to       ADP   IN  2 prep     -
    the       the      DET   DT  6 det      -
    Tokyo     Tokyo    PROPN NNP 6 compound GPE
    curbs     curb     NOUN  NNS 3 pobj     -
    .         .        PUNCT .   2 punct    -
    """)
    assert ("Chile", "respond to", "Japan", "01") in found


def test_a_protest_against_quotas_imposed_by_a_state_is_against_it() -> None:
    found = facts_with_roots("""
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    protested protest   VERB  VBD 0  ROOT     -
    against   against   ADP   IN  2  prep     -
    the       the       DET   DT  5  det      -
    quotas    quota     NOUN  NNS 3  pobj     -
    imposed   impose    VERB  VBN 5  acl      -
    by        by        ADP   IN  6  agent    -
    the       the       DET   DT  10 det      GPE
    United    United    PROPN NNP 10 compound I-GPE
    States    States    PROPN NNP 7  pobj     I-GPE
    .         .         PUNCT .   2  punct    -
    """)
    assert ("Peru", "protest against", "United States", "14") in found


def test_a_states_full_name_before_sanctions_is_not_their_owner() -> None:
    found = facts_with_roots("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    condemned condemn   VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Peru      Peru      PROPN NNP 5 compound GPE
    sanctions sanction  NOUN  NNS 2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert not [f for f in found if f[0] == "Chile" and f[2] == "Peru"]


def test_sanctions_of_an_abbreviation_on_a_state_keep_their_target() -> None:
    found = facts_with_roots("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    condemned condemn   VERB  VBD 0 ROOT     -
    U.K.      U.K.      PROPN NNP 4 compound GPE
    sanctions sanction  NOUN  NNS 2 dobj     -
    on        on        ADP   IN  4 prep     -
    Peru      Peru      PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert ("United Kingdom", "sanction", "Peru", "16") in found
    assert ("Chile", "condemn", "United Kingdom", "11") in found


def test_lifted_sanctions_on_a_state_still_ease_them() -> None:
    found = facts_with_roots("""
    Britain   Britain   PROPN NNP 2 nsubj GPE
    lifted    lift      VERB  VBD 0 ROOT  -
    the       the       DET   DT  4 det   -
    sanctions sanction  NOUN  NNS 2 dobj  -
    on        on        ADP   IN  4 prep  -
    Chile     Chile     PROPN NNP 5 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert ("United Kingdom", "lift sanction on", "Chile", "08") in found
