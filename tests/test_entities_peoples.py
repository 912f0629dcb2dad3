"""A plural demonym standing as a noun ("Peruvians protested") stands for the state, as the annotation
guide reads it ("Iraqis" is an alias of Iraq); a state's people as a whole is only named as such ("the
Peruvian people"). Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_plural_demonym_is_the_state() -> None:
    reading = read("""
    Peruvians Peruvian PROPN NNPS 2 nsubj NORP
    protested protest  VERB  VBD  0 ROOT  -
    against   against  ADP   IN   2 prep  -
    Chile     Chile    PROPN NNP  3 pobj  GPE
    .         .        PUNCT .    2 punct -
    """)
    assert facts(reading, "prep") == {("Peru", "protest against", "Chile")}


def test_the_plural_demonym_after_the_is_the_state() -> None:
    reading = read("""
    Chile    Chile    PROPN NNP  2 nsubj GPE
    warned   warn     VERB  VBD  0 ROOT  -
    the      the      DET   DT   4 det   -
    Peruvians Peruvian PROPN NNPS 2 dobj  NORP
    .        .        PUNCT .    2 punct -
    """)
    assert facts(reading, "svo") == {("Chile", "warn", "Peru")}
