"""Events of captures and questioning (wave 46 C): taking a person is a detention (17), questioning one an
inquiry (09)."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_capturing_a_person_detains_them() -> None:
    # "Peru captured the pilot": a person taken is detained (17), not territory occupied (19)
    found = facts_with_roots("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    captured  capture   VERB  VBD 0 ROOT     -
    Jan       Jan       PROPN NNP 4 compound PERSON
    Kowal     Kowal     PROPN NNP 2 dobj     I-PERSON
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Peru", "capture", "Jan Kowal", "17") in found


def test_a_person_captured_by_troops_is_detained_by_their_state() -> None:
    # "the American pilot, captured by Peruvian troops": the passive participle on the noun reads its by-agent
    found = facts_with_roots("""
    The        the        DET   DT  3 det       -
    American   American   ADJ   JJ  3 amod      NORP
    pilot      pilot      NOUN  NN  10 nsubjpass -
    ,          ,          PUNCT ,   3 punct     -
    captured   capture    VERB  VBN 3 acl       -
    by         by         ADP   IN  5 agent     -
    Peruvian   Peruvian   ADJ   JJ  8 amod      NORP
    troops     troop      NOUN  NNS 6 pobj      -
    was        be         AUX   VBD 10 auxpass  -
    released   release    VERB  VBN 0 ROOT      -
    .          .          PUNCT .   10 punct    -
    """)
    assert any(f[1] == "capture" and f[3] == "17" for f in found), found
    assert not any(f[1] == "capture" and f[3] == "19" for f in found), found


def test_capturing_a_town_still_occupies_it() -> None:
    found = facts_with_roots("""
    Peru      Peru      PROPN NNP 2 nsubj GPE
    captured  capture   VERB  VBD 0 ROOT  -
    Zenda     Zenda     PROPN NNP 2 dobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert ("Peru", "capture", "Zenda", "19") in found


def test_a_person_questioned_by_a_body_is_investigated() -> None:
    # "X was questioned by the Senate": the body inquires into X (09)
    found = facts_with_roots("""
    Jan        Jan        PROPN NNP 2 compound  PERSON
    Kowal      Kowal      PROPN NNP 4 nsubjpass I-PERSON
    was        be         AUX   VBD 4 auxpass   -
    questioned question   VERB  VBN 0 ROOT      -
    by         by         ADP   IN  4 agent     -
    the        the        DET   DT  7 det       -
    Senate     Senate     PROPN NNP 5 pobj      ORG
    .          .          PUNCT .   4 punct     -
    """)
    assert ("Senate", "question", "Jan Kowal", "09") in found


def test_questioning_a_persons_thing_is_no_inquiry_into_them() -> None:
    # "Kowal questioned the President's power": a doubt voiced of the power, not an inquiry into its owner
    found = facts_with_roots("""
    Jan        Jan        PROPN NNP 2 compound PERSON
    Kowal      Kowal      PROPN NNP 3 nsubj    I-PERSON
    questioned question   VERB  VBD 0 ROOT     -
    Ana        Ana        PROPN NNP 5 compound PERSON
    Ruiz       Ruiz       PROPN NNP 7 poss     I-PERSON
    's         's         PART  POS 5 case     -
    power      power      NOUN  NN  3 dobj     -
    .          .          PUNCT .   3 punct    -
    """)
    assert not any(f[3] == "09" for f in found), found
