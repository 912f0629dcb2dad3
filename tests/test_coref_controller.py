"""A possessive in an infinitive whose doer is the object of the verb above it ("asked Norway to double its
aid"): the object is whose the thing is, not the subject of the sentence (a sentence of our own, parsed by
hand)."""

from __future__ import annotations

from hand_docs import facts, read

ASKED_TO_DOUBLE_ITS_AID = """
Canada  Canada  PROPN NNP  2 nsubj  GPE
asked   ask     VERB  VBD  0 ROOT   -
Norway  Norway  PROPN NNP  2 dobj   GPE
to      to      PART  TO   5 aux    -
double  double  VERB  VB   2 xcomp  -
its     its     PRON  PRP$ 7 poss   -
aid     aid     NOUN  NN   5 dobj   -
to      to      ADP   IN   7 prep   -
Haiti   Haiti   PROPN NNP  8 pobj   GPE
.       .       PUNCT .    2 punct  -
"""


def test_a_possessive_in_an_object_controlled_infinitive_is_the_object_s() -> None:
    found = facts(read(ASKED_TO_DOUBLE_ITS_AID), "event_noun")
    assert ("Norway", "aid", "Haiti") in found
    assert not any(subject == "Canada" for subject, _, _ in found)


WANTED_TO_DOUBLE_ITS_AID = """
Canada  Canada  PROPN NNP  2 nsubj  GPE
wanted  want    VERB  VBD  0 ROOT   -
to      to      PART  TO   4 aux    -
double  double  VERB  VB   2 xcomp  -
its     its     PRON  PRP$ 6 poss   -
aid     aid     NOUN  NN   4 dobj   -
to      to      ADP   IN   6 prep   -
Haiti   Haiti   PROPN NNP  7 pobj   GPE
.       .       PUNCT .    2 punct  -
"""


def test_with_no_object_above_the_possessive_is_the_subject_s() -> None:
    assert ("Canada", "aid", "Haiti") in facts(read(WANTED_TO_DOUBLE_ITS_AID), "event_noun")


# "Ana Ruiz met Tom Reed on his first visit to Chile." (the names tell no sex: the subject is whose)
MET_ON_HIS_VISIT = """
Ana      Ana      PROPN NNP 2  compound PERSON
Ruiz     Ruiz     PROPN NNP 3  nsubj    I-PERSON
met      meet     VERB  VBD 0  ROOT     -
Tom      Tom      PROPN NNP 5  compound PERSON
Reed     Reed     PROPN NNP 3  dobj     I-PERSON
on       on       ADP   IN  3  prep     -
his      his      PRON  PRP$ 9 poss     -
first    first    ADJ   JJ  9  amod     ORDINAL
visit    visit    NOUN  NN  6  pobj     -
to       to       ADP   IN  9  prep     -
Chile    Chile    PROPN NNP 10 pobj     GPE
.        .        PUNCT .   3  punct    -
"""


def test_a_possessive_in_a_phrase_on_the_verb_is_the_subject_s() -> None:
    found = facts(read(MET_ON_HIS_VISIT), "event_noun")
    assert ("Ana Ruiz", "visit", "Chile") in found
    assert ("Tom Reed", "visit", "Chile") not in found


def test_a_reason_after_for_is_the_object_s() -> None:
    table = MET_ON_HIS_VISIT.replace("met      meet ", "thanked  thank").replace(
        "on       on       ADP", "for      for      ADP"
    )
    found = facts(read(table), "event_noun")
    assert ("Tom Reed", "visit", "Chile") in found
