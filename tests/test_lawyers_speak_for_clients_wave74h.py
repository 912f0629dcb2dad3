"""Lawyers speak for their client (wave 74 H): "attorneys for X told a court that …", "X's lawyers said …"
report X's words, as "a spokesman for X said" does, never an unnamed group's nor another party's. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_content, read_attributed


def test_attorneys_for_a_person_report_his_words() -> None:
    facts = read_attributed("""
    Attorneys attorney NOUN  NNS 5  nsubj    -
    for       for      ADP   IN  1  prep     -
    Tom       Tom      PROPN NNP 4  compound PERSON
    Rigby     Rigby    PROPN NNP 2  pobj     I-PERSON
    told      tell     VERB  VBD 0  ROOT     -
    the       the      DET   DT  8  det      ORG
    Supreme   Supreme  PROPN NNP 8  compound I-ORG
    Court     Court    PROPN NNP 5  dobj     I-ORG
    that      that     SCONJ IN  13 mark     -
    Delta     Delta    PROPN NNP 11 compound ORG
    Mining    Mining   PROPN NNP 13 nsubj    I-ORG
    had       have     AUX   VBD 13 aux      -
    cheated   cheat    VERB  VBN 5  ccomp    -
    him       he       PRON  PRP 13 dobj     -
    .         .        PUNCT .   5  punct    -
    """)
    assert ("Delta Mining", "cheat", "Tom Rigby", "Tom Rigby") in facts
    assert not [f for f in facts if f[3] not in (None, "Tom Rigby")]


def test_a_persons_lawyers_speak_for_him() -> None:
    facts = facts_with_content("""
    Rigby    Rigby    PROPN NNP 3  poss     PERSON
    's       's       PART  POS 1  case     -
    lawyers  lawyer   NOUN  NNS 4  nsubj    -
    told     tell     VERB  VBD 0  ROOT     -
    the      the      DET   DT  7  det      ORG
    Supreme  Supreme  PROPN NNP 7  compound I-ORG
    Court    Court    PROPN NNP 4  dobj     I-ORG
    that     that     SCONJ IN  12 mark     -
    Delta    Delta    PROPN NNP 10 compound ORG
    Mining   Mining   PROPN NNP 12 nsubj    I-ORG
    had      have     AUX   VBD 12 aux      -
    cheated  cheat    VERB  VBN 4  ccomp    -
    him      he       PRON  PRP 12 dobj     -
    .        .        PUNCT .   4  punct    -
    """)
    assert any(f[0] == "Rigby" and f[2] == "Delta Mining" for f in facts)
