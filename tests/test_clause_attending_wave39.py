"""Attending a gathering of a body (wave 39 C): "attended the IMF meeting", "will attend the bank's
session", "attended the session of the Assembly" meet with the body (root 04), as "the meeting of X" does;
a gathering of no body is no fact. Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts_with_roots, read


def test_a_body_named_before_the_meeting_attended_is_met_with() -> None:
    table = """
    Ruritania Ruritania PROPN NNP 3 nsubj    GPE
    is        be        AUX   VBZ 3 aux      -
    attending attend    VERB  VBG 0 ROOT     -
    the       the       DET   DT  6 det      -
    IMF       IMF       PROPN NNP 6 compound ORG
    meeting   meeting   NOUN  NN  3 dobj     -
    as        as        ADP   IN  3 prep     -
    an        an        DET   DT  9 det      -
    observer  observer  NOUN  NN  7 pobj     -
    .         .         PUNCT .   3 punct    -
    """
    assert ("Ruritania", "attend meeting of", "IMF", "04") in facts_with_roots(table)


def test_a_summit_to_be_attended_keeps_its_modality() -> None:
    reading = read("""
    Ruritania Ruritania PROPN NNP 3 nsubj    GPE
    will      will      AUX   MD  3 aux      -
    attend    attend    VERB  VB  0 ROOT     -
    the       the       DET   DT  6 det      -
    NATO      NATO      PROPN NNP 6 compound ORG
    summit    summit    NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    found = [r for r in reading.relations if r.predicate == "attend summit of"]
    assert found and {(r.modality, r.event_root) for r in found} == {("will", "04")}


def test_a_body_in_the_possessive_holds_the_session_attended() -> None:
    table = """
    Ruritania Ruritania PROPN NNP 2 nsubj GPE
    attended  attend    VERB  VBD 0 ROOT  -
    the       the       DET   DT  4 det   ORG
    IMF       IMF       PROPN NNP 6 poss  I-ORG
    's        's        PART  POS 4 case  -
    session   session   NOUN  NN  2 dobj  -
    .         .         PUNCT .   2 punct -
    """
    found = facts_with_roots(table)
    assert ("Ruritania", "attend session of", "IMF", "04") in found
    assert not any(p == "attend" for _, p, _, _ in found)  # the IMF itself is not what was attended


def test_a_session_of_a_body_is_a_meeting_with_it() -> None:
    table = """
    Ruritania Ruritania PROPN NNP 2 nsubj GPE
    attended  attend    VERB  VBD 0 ROOT  -
    the       the       DET   DT  4 det   -
    session   session   NOUN  NN  2 dobj  -
    of        of        ADP   IN  4 prep  -
    NATO      NATO      PROPN NNP 5 pobj  ORG
    .         .         PUNCT .   2 punct -
    """
    assert ("Ruritania", "attend session of", "NATO", "04") in facts_with_roots(table)


def test_a_place_before_the_summit_holds_no_meeting() -> None:
    reading = read("""
    Ruritania Ruritania PROPN NNP 2 nsubj    GPE
    attended  attend    VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Geneva    Geneva    PROPN NNP 5 compound GPE
    summit    summit    NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert not by_rule(reading, "noun_prep") and not by_rule(reading, "svo")


def test_a_summit_of_a_former_alliance_the_parser_calls_a_law() -> None:
    table = """
    Ruritania Ruritania PROPN NNP 3 nsubj    GPE
    will      will      AUX   MD  3 aux      -
    attend    attend    VERB  VB  0 ROOT     -
    the       the       DET   DT  7 det      LAW
    Warsaw    Warsaw    PROPN NNP 6 compound I-LAW
    Pact      Pact      PROPN NNP 7 compound I-LAW
    summit    summit    NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """
    # the gazetteer of bodies (igos.tsv) knows the alliance, whatever label the parser gives it
    assert ("Ruritania", "attend summit of", "Warsaw Pact", "04") in facts_with_roots(table)


def test_each_body_of_a_joint_meeting_attended_is_met_with() -> None:
    found = facts_with_roots("""
    Ruritania Ruritania PROPN NNP 3  nsubj    GPE
    will      will      AUX   MD  3  aux      -
    attend    attend    VERB  VB  0  ROOT     -
    the       the       DET   DT  9  det      -
    IMF       IMF       PROPN NNP 9  nmod     ORG
    and       and       CCONJ CC  5  cc       -
    World     World     PROPN NNP 8  compound ORG
    Bank      Bank      PROPN NNP 5  conj     I-ORG
    meetings  meeting   NOUN  NNS 3  dobj     -
    .         .         PUNCT .   3  punct    -
    """)
    assert {("Ruritania", "attend meeting of", body, "04") for body in ("IMF", "World Bank")} <= found
