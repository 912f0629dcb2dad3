"""Bare event nouns of violence as actors (wave 52): "the attack" said to be something is the deed of the
one doer the story names for it, else nobody's; an act following another is a time relation; a plain word
about violence nobody is named for is no edge. Sentences of our own, parses written out (hand_docs)."""

from __future__ import annotations

from hand_docs import facts, read

# "Chilean warships shelled a platform. The attack was a response to Peru."
SHELLED_THEN_RESPONSE = """
Chilean   chilean   ADJ   JJ  2  amod  NORP
warships  warship   NOUN  NNS 3  nsubj -
shelled   shell     VERB  VBD 0  ROOT  -
a         a         DET   DT  5  det   -
platform  platform  NOUN  NN  3  dobj  -
.         .         PUNCT .   3  punct -
The       the       DET   DT  8  det   -
attack    attack    NOUN  NN  9  nsubj -
was       be        AUX   VBD 0  ROOT  -
a         a         DET   DT  11 det   -
response  response  NOUN  NN  9  attr  -
to        to        ADP   IN  11 prep  -
Peru      Peru      PROPN NNP 12 pobj  GPE
.         .         PUNCT .   9  punct -
"""

# "The attack was a response to Peru." (no doer named before)
RESPONSE_ALONE = """
The       the       DET   DT  2  det   -
attack    attack    NOUN  NN  3  nsubj -
was       be        AUX   VBD 0  ROOT  -
a         a         DET   DT  5  det   -
response  response  NOUN  NN  3  attr  -
to        to        ADP   IN  5  prep  -
Peru      Peru      PROPN NNP 6  pobj  GPE
.         .         PUNCT .   3  punct -
"""


def test_a_described_attack_is_the_deed_of_the_doer_the_story_names() -> None:
    reading = read(SHELLED_THEN_RESPONSE)
    copula = facts(reading, "copula")
    assert ("attack", "be response to", "Peru") not in copula
    assert any(subject != "attack" and obj == "Peru" for subject, _, obj in copula)


def test_a_described_attack_with_no_doer_is_no_subject() -> None:
    assert facts(read(RESPONSE_ALONE), "copula") == set()


def test_an_attack_following_an_appeal_relates_to_no_owner_of_it() -> None:
    # "The attack followed Peru's appeal for restraint."
    reading = read("""
    The        the        DET   DT  2 det   -
    attack     attack     NOUN  NN  3 nsubj -
    followed   follow     VERB  VBD 0 ROOT  -
    Peru       Peru       PROPN NNP 6 poss  GPE
    's         's         PART  POS 4 case  -
    appeal     appeal     NOUN  NN  3 dobj  -
    for        for        ADP   IN  6 prep  -
    restraint  restraint  NOUN  NN  7 pobj  -
    .          .          PUNCT .   3 punct -
    """)
    assert facts(reading, "svo") == set()


def test_a_warning_about_continued_attacks_is_no_edge_to_them() -> None:
    # "Peru warned that continued attacks would justify firm action."
    reading = read("""
    Peru       Peru       PROPN NNP 2 nsubj GPE
    warned     warn       VERB  VBD 0 ROOT  -
    that       that       SCONJ IN  7 mark  -
    continued  continue   VERB  VBN 5 amod  -
    attacks    attack     NOUN  NNS 7 nsubj -
    would      would      AUX   MD  7 aux   -
    justify    justify    VERB  VB  2 ccomp -
    firm       firm       ADJ   JJ  9 amod  -
    action     action     NOUN  NN  7 dobj  -
    .          .          PUNCT .   2 punct -
    """)
    assert facts(reading, "speech_content") == set()


def test_a_toll_according_to_a_source_is_no_word_about_the_attack() -> None:
    # "Six Chilean soldiers were killed in the attack, according to Peru."
    reading = read("""
    Six        six        NUM   CD  3  nummod    -
    Chilean    chilean    ADJ   JJ  3  amod      NORP
    soldiers   soldier    NOUN  NNS 5  nsubjpass -
    were       be         AUX   VBD 5  auxpass   -
    killed     kill       VERB  VBN 0  ROOT      -
    in         in         ADP   IN  5  prep      -
    the        the        DET   DT  8  det       -
    attack     attack     NOUN  NN  6  pobj      -
    ,          ,          PUNCT ,   5  punct     -
    according  accord     VERB  VBG 5  prep      -
    to         to         ADP   IN  10 prep      -
    Peru       Peru       PROPN NNP 11 pobj      GPE
    .          .          PUNCT .   5  punct     -
    """)
    assert facts(reading, "according_to") == set()
    assert ("attack", "kill", "Chilean military") in facts(reading, "passive")  # the event's own deed stays


def test_a_warning_about_continued_attacks_is_one_to_their_doer_named_before() -> None:
    # "Chilean gunboats attacked a ship. Peru warned that continued attacks would justify firm action."
    reading = read("""
    Chilean    chilean    ADJ   JJ  2  amod  NORP
    gunboats   gunboat    NOUN  NNS 3  nsubj -
    attacked   attack     VERB  VBD 0  ROOT  -
    a          a          DET   DT  5  det   -
    ship       ship       NOUN  NN  3  dobj  -
    .          .          PUNCT .   3  punct -
    Peru       Peru       PROPN NNP 8  nsubj GPE
    warned     warn       VERB  VBD 0  ROOT  -
    that       that       SCONJ IN  13 mark  -
    continued  continue   VERB  VBN 11 amod  -
    attacks    attack     NOUN  NNS 13 nsubj -
    would      would      AUX   MD  13 aux   -
    justify    justify    VERB  VB  8  ccomp -
    firm       firm       ADJ   JJ  15 amod  -
    action     action     NOUN  NN  13 dobj  -
    .          .          PUNCT .   8  punct -
    """)
    warned = facts(reading, "speech_content")
    assert warned and all(subject == "Peru" and obj != "attacks" for subject, _, obj in warned)


def test_an_event_following_events_somewhere_did_not_act_there() -> None:
    # "The shooting followed three shootings in Texas."
    reading = read("""
    The        the        DET   DT  2 det    -
    shooting   shooting   NOUN  NN  3 nsubj  -
    followed   follow     VERB  VBD 0 ROOT   -
    three      three      NUM   CD  5 nummod -
    shootings  shooting   NOUN  NNS 3 dobj   -
    in         in         ADP   IN  5 prep   -
    Texas      Texas      PROPN NNP 6 pobj   GPE
    .          .          PUNCT .   3 punct  -
    """)
    assert facts(reading, "event_place") == set()


def test_condemning_the_attack_condemns_its_doer_named_before() -> None:
    # "Chilean gunboats attacked a ship. Peru condemned the attack."
    reading = read("""
    Chilean    chilean    ADJ   JJ  2  amod  NORP
    gunboats   gunboat    NOUN  NNS 3  nsubj -
    attacked   attack     VERB  VBD 0  ROOT  -
    a          a          DET   DT  5  det   -
    ship       ship       NOUN  NN  3  dobj  -
    .          .          PUNCT .   3  punct -
    Peru       Peru       PROPN NNP 8  nsubj GPE
    condemned  condemn    VERB  VBD 0  ROOT  -
    the        the        DET   DT  10 det   -
    attack     attack     NOUN  NN  8  dobj  -
    .          .          PUNCT .   8  punct -
    """)
    condemned = facts(reading, "svo")
    assert condemned and all(s == "Peru" and o not in ("attack", "Peru") for s, _, o in condemned)


def test_condemning_an_attack_nobody_is_named_for_stays_with_the_attack() -> None:
    # "A bomb exploded in a market. Peru condemned the attack."
    reading = read("""
    A          a          DET   DT  2  det   -
    bomb       bomb       NOUN  NN  3  nsubj -
    exploded   explode    VERB  VBD 0  ROOT  -
    in         in         ADP   IN  3  prep  -
    a          a          DET   DT  6  det   -
    market     market     NOUN  NN  4  pobj  -
    .          .          PUNCT .   3  punct -
    Peru       Peru       PROPN NNP 9  nsubj GPE
    condemned  condemn    VERB  VBD 0  ROOT  -
    the        the        DET   DT  11 det   -
    attack     attack     NOUN  NN  9  dobj  -
    .          .          PUNCT .   9  punct -
    """)
    assert facts(reading, "svo") == {("Peru", "condemn", "attack")}  # the event, labelled by its act
