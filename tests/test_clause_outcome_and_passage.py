"""Arguments from the right slot (audit round 16): a gerund after the noun of an outcome ("led to the city
using the army") has that noun for subject; a bill that "passed the Senate" was passed by it; what a lacked
authority was for is no partner. Sentences written for these tests, parses by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_gerund_after_an_outcome_has_the_outcomes_noun_for_subject() -> None:
    # "using" hung on "leading": the place led to uses the army, not the body that withdrew
    reading = read("""
    The       the       DET   DT  3 det      ORG
    Red       Red       PROPN NNP 3 compound I-ORG
    Cross     Cross     PROPN NNP 4 nsubj    I-ORG
    withdrew  withdraw  VERB  VBD 0 ROOT     -
    ,         ,         PUNCT ,   4 punct    -
    leading   lead      VERB  VBG 4 advcl    -
    to        to        ADP   IN  6 prep     -
    Lima      Lima      PROPN NNP 7 pobj     GPE
    using     use       VERB  VBG 6 advcl    -
    the       the       DET   DT  12 det     ORG
    Peruvian  Peruvian  PROPN NNP 12 compound I-ORG
    Army      Army      PROPN NNP 9 dobj     I-ORG
    .         .         PUNCT .   4 punct    -
    """)
    users = {s for s, p, _o in facts(reading, "svo") if p == "use"}
    assert users and "Red Cross" not in users, users


def test_a_gerund_after_a_plain_preposition_keeps_the_clauses_subject() -> None:
    # "fired at protesters using tear gas": the police use it, whatever the gerund follows
    reading = read("""
    Peruvian  Peruvian  PROPN NNP 2 compound ORG
    Police    Police    PROPN NNP 3 nsubj    I-ORG
    fired     fire      VERB  VBD 0 ROOT     -
    at        at        ADP   IN  3 prep     -
    Chileans  Chileans  PROPN NNPS 4 pobj    NORP
    using     use       VERB  VBG 3 advcl    -
    the       the       DET   DT  9 det      ORG
    Peruvian  Peruvian  PROPN NNP 9 compound I-ORG
    Army      Army      PROPN NNP 6 dobj     I-ORG
    .         .         PUNCT .   3 punct    -
    """)
    users = {s for s, p, _o in facts(reading, "svo") if p == "use"}
    assert users == {"Peruvian Police"}, users


def test_a_bill_that_passed_a_chamber_was_passed_by_it() -> None:
    reading = read("""
    The       the       DET   DT  2 det      -
    bill      bill      NOUN  NN  3 nsubj    -
    passed    pass      VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      ORG
    Senate    Senate    PROPN NNP 3 dobj     I-ORG
    of        of        ADP   IN  5 prep     -
    Peru      Peru      PROPN NNP 6 pobj     GPE
    on        on        ADP   IN  3 prep     -
    Monday    Monday    PROPN NNP 8 pobj     DATE
    .         .         PUNCT .   3 punct    -
    """)
    assert facts(reading, "svo") == {("Senate", "pass", "bill")}


def test_what_a_lacked_authority_was_for_is_no_partner() -> None:
    # "to" of the infinitive taken for a preposition: Ohio is no partner of Perez's lack
    reading = read("""
    The       the       DET   DT  3 det      ORG
    Supreme   Supreme   PROPN NNP 3 compound I-ORG
    Court     Court     PROPN NNP 4 nsubj    I-ORG
    ruled     rule      VERB  VBD 0 ROOT     -
    Juan      Juan      PROPN NNP 6 compound PERSON
    Perez     Perez     PROPN NNP 7 nsubj    I-PERSON
    lacked    lack      VERB  VBD 4 ccomp    -
    authority authority NOUN  NN  7 dobj     -
    to        to        ADP   IN  7 prep     -
    delay     delay     NOUN  NN  13 nmod    -
    Ohio      Ohio      PROPN NNP 13 poss    GPE
    's        's        PART  POS 11 case    -
    vote      vote      NOUN  NN  9 pobj     -
    .         .         PUNCT .   4 punct    -
    """)
    assert not [f for rule in ("svo", "prep", "noun_prep") for f in facts(reading, rule) if f[2] == "Ohio"]
