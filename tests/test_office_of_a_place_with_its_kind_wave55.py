"""Wave 55 A: "the governor of Parana state Alvaro Dias": the place's kind written after its name ("state",
"province", "county") is no title; the office noun before "of" is, held for the place (governor of Parana,
not "state of Parana"). Sentence written for this test; the parse is hand-built."""

from __future__ import annotations

from tests.hand_docs import facts, read

# "The governor of Parana state Alvaro Dias said the bank would pay."
GOVERNOR_OF_STATE = """
    The        the        DET   DT     2 det        -
    governor   governor   NOUN  NN     8 nsubj      -
    of         of         ADP   IN     2 prep       -
    Parana     Parana     PROPN NNP    5 compound   GPE
    state      state      NOUN  NN     3 pobj       -
    Alvaro     Alvaro     PROPN NNP    7 compound   PERSON
    Dias       Dias       PROPN NNP    2 appos      I-PERSON
    said       say        VERB  VBD    0 ROOT       -
    the        the        DET   DT    10 det        -
    bank       bank       NOUN  NN    12 nsubj      -
    would      would      AUX   MD    12 aux        -
    pay        pay        VERB  VB     8 ccomp      -
    .          .          PUNCT .      8 punct      -
"""


def test_the_office_before_of_is_held_for_the_place_its_kind_follows():
    titles = facts(read(GOVERNOR_OF_STATE), "title")
    assert ("Alvaro Dias", "governor of", "Parana") in titles
    assert not any(predicate.startswith("state ") for _, predicate, _ in titles)
