"""Mends of the review of wave 86 (the lead): a quantity of things held or owed ("a series of loans to Peru")
is read through to the party of the things as before wave 86 H, not as the things' owner after "of"
(objects.through_noun: the quantity's branch comes first). The parse is built by hand as the parser gave it
(tests/hand_docs.py, with "to Peru" hung on the loans, as the parser may); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

SERIES = """
Tom     Tom     PROPN NNP 2 compound PERSON
Vale    Vale    PROPN NNP 3 nsubj    I-PERSON
warned  warn    VERB  VBD 0 ROOT     -
against against ADP   IN  3 prep     -
a       a       DET   DT  6 det      -
series  series  NOUN  NN  4 pobj     -
of      of      ADP   IN  6 prep     -
loans   loan    NOUN  NNS 7 pobj     -
to      to      ADP   IN  8 prep     -
Peru    Peru    PROPN NNP 9 pobj     GPE
.       .       PUNCT .   3 punct    -
"""


def test_a_quantity_of_owed_things_reaches_their_party() -> None:
    assert ("Tom Vale", "warn against loan to", "Peru") in read_triples(SERIES)
