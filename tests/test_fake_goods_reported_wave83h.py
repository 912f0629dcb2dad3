"""A report of what was done to fake goods criticises nobody (wave 83 H): "said Chile had turned away
thousands of fake shoes" reports an act of Chile's on goods that are fake; the judgement is of the goods,
not of Chile, so the speaker's word is a statement (this wave's change: words.tsv spurious_thing_words on
a noun that names no act, stance._spurious_thing). The same word on words still judges their maker ("said
Chile had spread fake information": criticism, a guard). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_goods_called_fake_in_a_report_are_no_criticism_of_who_turned_them_away() -> None:
    triples = read_triples("""
    Vargas     Vargas     PROPN NNP 2  nsubj    PERSON
    said       say        VERB  VBD 0  ROOT     -
    Chile      Chile      PROPN NNP 5  nsubj    GPE
    had        have       AUX   VBD 5  aux      -
    turned     turn       VERB  VBN 2  ccomp    -
    away       away       ADP   RP  5  prt      -
    thousands  thousand   NOUN  NNS 5  dobj     -
    of         of         ADP   IN  7  prep     -
    fake       fake       ADJ   JJ  10 amod     -
    shoes      shoe       NOUN  NNS 8  pobj     -
    .          .          PUNCT .   2  punct    -
    """)
    assert ("Vargas", "criticise", "Chile") not in triples, triples
    assert ("Vargas", "say", "Chile") in triples, triples


def test_information_called_fake_in_a_report_still_criticises_who_spread_it() -> None:
    triples = read_triples("""
    Vargas      Vargas      PROPN NNP 2  nsubj    PERSON
    said        say         VERB  VBD 0  ROOT     -
    Chile       Chile       PROPN NNP 5  nsubj    GPE
    had         have        AUX   VBD 5  aux      -
    spread      spread      VERB  VBN 2  ccomp    -
    fake        fake        ADJ   JJ  7  amod     -
    information information NOUN  NN  5  dobj     -
    .           .           PUNCT .   2  punct    -
    """)
    assert ("Vargas", "criticise", "Chile") in triples, triples
