"""Phrases of cause and purpose are not what a verb acts on: hand-built parses of sentences of our own
(extract/clauses/objects.py, `_adjunct`)."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_purpose_phrase_is_no_second_object_once_the_verb_has_one() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    praised  praise   VERB  VBD 0 ROOT  -
    Peru     Peru     PROPN NNP 2 dobj  GPE
    for      for      ADP   IN  2 prep  -
    its      its      PRON  PRP$ 6 poss -
    aid      aid      NOUN  NN  4 pobj  -
    to       to       ADP   IN  6 prep  -
    Bolivia  Bolivia  PROPN NNP 7 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert facts(reading, "svo") == {("Chile", "praise", "Peru")}
    assert facts(reading, "noun_prep") == set()  # Bolivia is not praised


def test_a_purpose_phrase_naming_an_entity_is_no_second_object() -> None:
    reading = read("""
    Ruiz          Ruiz          PROPN NNP 2 nsubj    PERSON
    endorsed      endorse       VERB  VBD 0 ROOT     -
    Lopez         Lopez         PROPN NNP 2 dobj     PERSON
    for           for           ADP   IN  2 prep     -
    the           the           DET   DT  7 det      -
    presidential  presidential  ADJ   JJ  7 amod     EVENT
    election      election      NOUN  NN  4 pobj     I-EVENT
    .             .             PUNCT .   2 punct    -
    """)
    assert facts(reading, "prep") == set()  # the election is not endorsed
    assert facts(reading, "svo") == {("Ruiz", "endorse", "Lopez")}


def test_without_an_object_the_for_phrase_is_what_the_verb_is_about() -> None:
    reading = read("""
    Chile   Chile   PROPN NNP 2 nsubj GPE
    voted   vote    VERB  VBD 0 ROOT  -
    for     for     ADP   IN  2 prep  -
    Peru    Peru    PROPN NNP 3 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert facts(reading, "prep") == {("Chile", "vote for", "Peru")}


def test_a_cause_phrase_says_why_not_on_whom() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP 2 nsubj GPE
    moved    move     VERB  VBD 0 ROOT  -
    troops   troop    NOUN  NNS 2 dobj  -
    due      due      ADP   IN  2 prep  -
    to       to       ADP   IN  4 pcomp -
    a        a        DET   DT  7 det   -
    dispute  dispute  NOUN  NN  4 pobj  -
    with     with     ADP   IN  7 prep  -
    Peru     Peru     PROPN NNP 8 pobj  GPE
    .        .        PUNCT .   2 punct -
    """)
    assert facts(reading, "noun_prep") == set()
    assert facts(reading, "prep") == set()


def test_a_passive_keeps_the_event_it_is_blamed_for_but_not_a_nouns_reach() -> None:
    blamed = read("""
    Chile    Chile    PROPN NNP 3 nsubjpass GPE
    was      be       AUX   VBD 3 auxpass   -
    blamed   blame    VERB  VBN 0 ROOT      -
    for      for      ADP   IN  3 prep      -
    the      the      DET   DT  6 det       -
    bombing  bombing  NOUN  NN  4 pobj      -
    .        .        PUNCT .   3 punct     -
    """)
    assert facts(blamed, "passive_prep") == {("Chile", "be blamed for", "bombing")}
    praised = read("""
    Peru     Peru     PROPN NNP 3 nsubjpass GPE
    was      be       AUX   VBD 3 auxpass   -
    praised  praise   VERB  VBN 0 ROOT      -
    for      for      ADP   IN  3 prep      -
    its      its      PRON  PRP$ 6 poss     -
    aid      aid      NOUN  NN  4 pobj      -
    to       to       ADP   IN  6 prep      -
    Bolivia  Bolivia  PROPN NNP 7 pobj      GPE
    .        .        PUNCT .   3 punct     -
    """)
    assert facts(praised, "passive_prep") == set()


def test_a_time_phrase_says_when_not_on_whom() -> None:
    reading = read("""
    Ruiz       Ruiz       PROPN NNP 2 nsubj    PERSON
    resigned   resign     VERB  VBD 0 ROOT     -
    following  following  VERB  VBG 2 prep     -
    the        the        DET   DT  5 det      -
    bombing    bombing    NOUN  NN  3 pobj     -
    .          .          PUNCT .   2 punct    -
    """)
    assert facts(reading, "prep") == set()
    after = read("""
    Chile   Chile   PROPN NNP 2 nsubj GPE
    spoke   speak   VERB  VBD 0 ROOT  -
    after   after   ADP   IN  2 prep  -
    Peru    Peru    PROPN NNP 3 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert facts(after, "prep") == set()


def test_an_event_a_clause_happens_at_is_where_not_on_whom() -> None:
    rally = read("""
    Ruiz     Ruiz     PROPN NNP 2 nsubj PERSON
    spoke    speak    VERB  VBD 0 ROOT  -
    at       at       ADP   IN  2 prep  -
    the      the      DET   DT  5 det   -
    protest  protest  NOUN  NN  3 pobj  -
    .        .        PUNCT .   2 punct -
    """)
    assert facts(rally, "prep") == set()
    place = read("""
    Ruiz    Ruiz    PROPN NNP 2 nsubj PERSON
    spoke   speak   VERB  VBD 0 ROOT  -
    at      at      ADP   IN  2 prep  -
    the     the     DET   DT  5 det   -
    UN      UN      PROPN NNP 3 pobj  ORG
    .       .       PUNCT .   2 punct -
    """)
    assert facts(place, "prep") == {("Ruiz", "speak at", "United Nations")}
