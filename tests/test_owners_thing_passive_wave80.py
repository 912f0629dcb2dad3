"""A passive whose subject is a thing a state or body owns (wave 80 F): "Peru's objections were put in a
letter from Garcia", "OPEC's output was cut in Vienna". What the thing undergoes is no act of its owner, so
rule `passive_prep` makes no edge from the owner; a person's own ("Lopez's body was found in Lima") still
stands for the person. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_states_objections_put_in_a_letter_are_no_act_of_the_state() -> None:
    reading = read("""
    Peru       Peru       PROPN NNP 3  poss      GPE
    's         's         PART  POS 1  case      -
    objections objection  NOUN  NNS 5  nsubjpass -
    were       be         AUX   VBD 5  auxpass   -
    put        put        VERB  VBN 0  ROOT      -
    in         in         ADP   IN  5  prep      -
    a          a          DET   DT  8  det       -
    letter     letter     NOUN  NN  6  pobj      -
    from       from       ADP   IN  8  prep      -
    Garcia     Garcia     PROPN NNP 9  pobj      PERSON
    to         to         ADP   IN  8  prep      -
    Lopez      Lopez      PROPN NNP 11 pobj      PERSON
    .          .          PUNCT .   5  punct     -
    """)
    assert not {f for f in facts(reading, "passive_prep") if f[0] == "Peru"}


def test_a_bodys_output_cut_somewhere_is_no_act_of_the_body() -> None:
    reading = read("""
    OPEC   OPEC   PROPN NNP 3 poss      ORG
    's     's     PART  POS 1 case      -
    output output NOUN  NN  5 nsubjpass -
    was    be     AUX   VBD 5 auxpass   -
    cut    cut    VERB  VBN 0 ROOT      -
    in     in     ADP   IN  5 prep      -
    Vienna Vienna PROPN NNP 6 pobj      GPE
    .      .      PUNCT .   5 punct     -
    """)
    assert not {f for f in facts(reading, "passive_prep") if f[0] == "OPEC"}


def test_a_persons_body_found_somewhere_still_stands_for_the_person() -> None:
    reading = read("""
    Lopez Lopez PROPN NNP 3 poss      PERSON
    's    's    PART  POS 1 case      -
    body  body  NOUN  NN  5 nsubjpass -
    was   be    AUX   VBD 5 auxpass   -
    found find  VERB  VBN 0 ROOT      -
    in    in    ADP   IN  5 prep      -
    Lima  Lima  PROPN NNP 6 pobj      GPE
    .     .     PUNCT .   5 punct     -
    """)
    assert ("Lopez", "be found in", "Lima") in facts(reading, "passive_prep")
