"""Idioms of "have" that say what one thinks of or aims at (wave 97 F): "had Japan in mind", "has Peru on
its agenda", "in sight", "at heart" close the phrase, and the object is no thing held nor a party acted on,
so rule svo gives no "have" edge to it. The parser hangs the closing phrase on the verb or on the object.
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_ON_THE_VERB = """
    Delacroix  Delacroix  PROPN NNP 3  nsubj    PERSON
    clearly    clearly    ADV   RB  3  advmod   -
    had        have       VERB  VBD 9  ccomp    -
    Japan      Japan      PROPN NNP 3  dobj     GPE
    in         in         ADP   IN  3  prep     -
    mind       mind       NOUN  NN  5  pobj     -
    ,          ,          PUNCT ,   9  punct    -
    officials  official   NOUN  NNS 9  nsubj    -
    said       say        VERB  VBD 0  ROOT     -
    .          .          PUNCT .   9  punct    -
    """

_ON_THE_OBJECT = """
    Valdor     Valdor     PROPN NNP 2  nsubj    GPE
    has        have       VERB  VBZ 0  ROOT     -
    Peru       Peru       PROPN NNP 2  dobj     GPE
    high       high       ADV   RB  5  advmod   -
    on         on         ADP   IN  3  prep     -
    its        its        PRON  PRP$ 7 poss     -
    agenda     agenda     NOUN  NN  5  pobj     -
    .          .          PUNCT .   2  punct    -
    """


def test_having_a_state_in_mind_is_no_have_edge() -> None:
    assert not any(p == "have" and o == "Japan" for _, p, o in read_triples(_ON_THE_VERB))


def test_having_a_state_on_its_agenda_is_no_have_edge() -> None:
    assert not any(p == "have" and o == "Peru" for _, p, o in read_triples(_ON_THE_OBJECT))
