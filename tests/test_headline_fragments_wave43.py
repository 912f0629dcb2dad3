"""Wire headline pieces are no names (wave 43 B): a span holding a spaced dash ("BPD - MEES") or a word run
into a double dash ("agenda--") is a headline's break, no entity; a Title Case verb the tagger fused to a
state's name ("The U.S. Intends to table proposals") ends the name before it. A hyphen joining the words of
a name ("al-Assad") stays. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _labels(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities()}


def test_a_span_across_a_spaced_dash_is_no_name() -> None:
    table = """
    Kuwait  Kuwait  PROPN NNP 2 nsubj    GPE
    cut     cut     VERB  VBD 8 ccomp    -
    output  output  NOUN  NN  2 dobj     -
    ,       ,       PUNCT ,   8 punct    -
    MEES    MEES    PROPN NNP 7 compound ORG
    -       -       PUNCT :   7 punct    I-ORG
    Reuters Reuters PROPN NNP 8 nsubj    I-ORG
    said    say     VERB  VBD 0 ROOT     -
    .       .       PUNCT .   8 punct    -
    """
    assert not any("-" in label for label in _labels(table))


def test_a_word_run_into_a_double_dash_is_no_name() -> None:
    table = """
    Japan    Japan    PROPN NNP 2 nsubj    GPE
    rejected reject   VERB  VBD 0 ROOT     -
    the      the      DET   DT  5 det      ORG
    U.S.     U.S.     PROPN NNP 5 compound I-ORG
    agenda-- agenda-- PROPN NNP 2 dobj     I-ORG
    on       on       ADP   IN  5 prep     -
    farm     farm     NOUN  NN  8 compound -
    trade    trade    NOUN  NN  6 pobj     -
    .        .        PUNCT .   2 punct    -
    """
    reading = read(table)
    assert not any("--" in e.label for e in reading.entities.entities())
    assert not any(r.predicate == "reject" for r in reading.relations)


def test_a_title_case_verb_fused_to_a_state_is_no_word_of_its_name() -> None:
    table = """
    The       the      DET   DT  2 det   ORG
    U.S.      U.S.     PROPN NNP 3 nsubj I-ORG
    Intends   intend   VERB  VBZ 9 ccomp I-ORG
    to        to       PART  TO  5 aux   -
    table     table    VERB  VB  3 xcomp -
    proposals proposal NOUN  NNS 5 dobj  -
    ,         ,        PUNCT ,   9 punct -
    officials official NOUN  NNS 9 nsubj -
    said      say      VERB  VBD 0 ROOT  -
    .         .        PUNCT .   9 punct -
    """
    labels = _labels(table)
    assert not any("Intends" in label for label in labels)


def test_a_hyphen_inside_a_name_stays() -> None:
    table = """
    Bashar Bashar PROPN NNP  4 compound PERSON
    al     al     PROPN NNP  4 compound I-PERSON
    -      -      PUNCT HYPH 4 punct    I-PERSON
    Assad  Assad  PROPN NNP  5 nsubj    I-PERSON
    met    meet   VERB  VBD  0 ROOT     -
    Putin  Putin  PROPN NNP  5 dobj     PERSON
    .      .      PUNCT .    5 punct    -
    """
    assert "Bashar al-Assad" in _labels(table)
