"""A noun of people that also names a weapon ("bombers") is the weapon where a model's designation or a
maker's "-made" stands before it: aircraft captured are no attackers (hand-built parses)."""

from __future__ import annotations

from hand_docs import read, read_triples

CAPTURED = """
    Chadian      chadian      ADJ   JJ   2 amod     NORP
    troops       troop        NOUN  NNS  3 nsubj    -
    captured     capture      VERB  VBD  0 ROOT     -
    11           11           NUM   CD   9 nummod   CARDINAL
    Czechoslovak Czechoslovak PROPN NNP  7 npadvmod NORP
    -            -            PUNCT HYPH 7 punct    -
    made         make         VERB  VBN  9 amod     -
    L-39         L-39         PUNCT ''   9 amod     PRODUCT
    bombers      bomber       NOUN  NNS  3 dobj     -
    .            .            PUNCT .    3 punct    -
"""

ONE_WORD_MAKER = """
Chadian   chadian   ADJ   JJ  2 amod   NORP
troops    troop     NOUN  NNS 3 nsubj  -
captured  capture   VERB  VBD 0 ROOT   -
11        11        NUM   CD  6 nummod CARDINAL
U.S.-made u.s.-made ADJ   JJ  6 amod   -
bombers   bomber    NOUN  NNS 3 dobj   -
.         .         PUNCT .   3 punct  -
"""

SUICIDE = """
    Suicide  suicide NOUN  NN  2 compound -
    bombers  bomber  NOUN  NNS 3 nsubj    -
    attacked attack  VERB  VBD 0 ROOT     -
    a        a       DET   DT  6 det      -
    Chadian  chadian ADJ   JJ  6 amod     NORP
    base     base    NOUN  NN  3 dobj     -
    .        .       PUNCT .   3 punct    -
"""


def test_bombers_of_a_model_and_a_maker_are_aircraft_not_attackers() -> None:
    assert "attackers" not in {e.label for e in read(CAPTURED).entities.entities()}
    assert not any(obj == "attackers" for _, _, obj in read_triples(CAPTURED))


def test_suicide_bombers_stay_attackers() -> None:
    assert "attackers" in {e.label for e in read(SUICIDE).entities.entities()}


def test_bombers_of_a_maker_written_as_one_word_are_aircraft() -> None:
    assert "attackers" not in {e.label for e in read(ONE_WORD_MAKER).entities.entities()}
