"""Requirements met, deeds failed, accords signed and measures defended (wave 61 B). Meeting a requirement
another set ("met Peru's targets", "met the IMF's terms") is no meeting with its owner (CAMEO 04): a benchmark
reached is no event, terms or obligations met are yielded to (08), with the noun kept ("meet term of"). A deed
failed with no reading of its own ("failed to fulfil the agreement with X") takes no code from its object
noun: no accord, no cooperation (05). An edge to a signed accord ("sign" deal) goes when the same sentence
gives its signer a fuller edge that takes the noun in ("sign deal to supply gas to" Y, "X and Y signed a
treaty": "sign treaty with"). Defending a measure against a state ("defended the tariffs against Japan") is a
statement, no support of that state (05). Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_meeting_a_states_targets_is_no_meeting_with_it() -> None:
    facts = facts_with_roots("""
    Chile   Chile  PROPN NNP 2 nsubj GPE
    met     meet   VERB  VBD 0 ROOT  -
    Peru    Peru   PROPN NNP 5 poss  GPE
    's      's     PART  POS 3 case  -
    targets target NOUN  NNS 2 dobj  -
    .       .      PUNCT .   2 punct -
    """)
    assert not [f for f in facts if f[3] == "04"]
    assert not [f for f in facts if f[0] == "Chile" and f[1] == "meet with"]


def test_meeting_a_lenders_terms_yields_to_it_with_the_noun_kept() -> None:
    facts = facts_with_roots("""
    Chile  Chile PROPN NNP 2 nsubj -
    met    meet  VERB  VBD 0 ROOT  -
    the    the   DET   DT  4 det   -
    IMF    IMF   PROPN NNP 6 poss  ORG
    's     's    PART  POS 4 case  -
    terms  term  NOUN  NNS 2 dobj  -
    for    for   ADP   IN  6 prep  -
    the    the   DET   DT  9 det   -
    loan   loan  NOUN  NN  7 pobj  -
    .      .     PUNCT .   2 punct -
    """)
    assert ("Chile", "meet term of", "IMF", "08") in facts
    assert not [f for f in facts if f[3] == "04"]


def test_failing_to_fulfil_an_agreement_is_no_cooperation() -> None:
    facts = facts_with_roots("""
    Brazil    Brazil    PROPN NNP 2 nsubj GPE
    failed    fail      VERB  VBD 0 ROOT  -
    to        to        PART  TO  4 aux   -
    fulfill   fulfill   VERB  VB  2 xcomp -
    the       the       DET   DT  6 det   -
    agreement agreement NOUN  NN  4 dobj  -
    with      with      ADP   IN  6 prep  -
    Chile     Chile     PROPN NNP 7 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    between = {f[3] for f in facts if f[0] == "Brazil" and f[2] == "Chile"}
    assert between and "05" not in between


def test_the_edge_to_a_signed_deal_goes_when_the_sentence_names_what_it_does() -> None:
    facts = facts_with_roots("""
    Norway Norway PROPN NNP 2 nsubj GPE
    signed sign   VERB  VBD 0 ROOT  -
    a      a      DET   DT  4 det   -
    deal   deal   NOUN  NN  2 dobj  -
    to     to     PART  TO  6 aux   -
    supply supply VERB  VB  4 acl   -
    gas    gas    NOUN  NN  6 dobj  -
    to     to     ADP   IN  6 dative -
    Poland Poland PROPN NNP 8 pobj  GPE
    .      .      PUNCT .   2 punct -
    """)
    assert [f for f in facts if f[0] == "Norway" and f[2] == "Poland" and f[1].startswith("sign deal ")]
    assert not [f for f in facts if f[0] == "Norway" and f[1] == "sign"]


def test_two_signers_are_partners_with_no_bare_edge_to_the_treaty() -> None:
    facts = facts_with_roots("""
    Kohl       Kohl       PROPN NNP 4 nsubj PERSON
    and        and        CCONJ CC  1 cc    -
    Mitterrand Mitterrand PROPN NNP 1 conj  PERSON
    signed     sign       VERB  VBD 0 ROOT  -
    a          a          DET   DT  6 det   -
    treaty     treaty     NOUN  NN  4 dobj  -
    on         on         ADP   IN  6 prep  -
    defence    defence    NOUN  NN  7 pobj  -
    .          .          PUNCT .   4 punct -
    """)
    assert {f[:3] for f in facts} & {
        ("Kohl", "sign treaty with", "Mitterrand"),
        ("Mitterrand", "sign treaty with", "Kohl"),
    }
    assert not [f for f in facts if f[1] == "sign"]


def test_a_treaty_signed_with_nobody_named_stays() -> None:
    facts = facts_with_roots("""
    Chile  Chile  PROPN NNP 2 nsubj GPE
    signed sign   VERB  VBD 0 ROOT  -
    a      a      DET   DT  4 det   -
    treaty treaty NOUN  NN  2 dobj  -
    .      .      PUNCT .   2 punct -
    """)
    assert [f for f in facts if f[0] == "Chile" and f[1] == "sign"]


def test_defending_tariffs_against_a_state_is_no_support_of_it() -> None:
    facts = facts_with_roots("""
    Smith    Smith   PROPN NNP 2 nsubj PERSON
    defended defend  VERB  VBD 0 ROOT  -
    the      the     DET   DT  4 det   -
    tariffs  tariff  NOUN  NNS 2 dobj  -
    against  against ADP   IN  4 prep  -
    Japan    Japan   PROPN NNP 5 pobj  GPE
    .        .       PUNCT .   2 punct -
    """)
    between = {f[3] for f in facts if f[0] == "Smith" and f[2] == "Japan"}
    assert between and "05" not in between
