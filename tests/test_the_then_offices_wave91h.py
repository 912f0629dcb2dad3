"""A title after "the then" is an office held at the time told of and no longer at the article's date: a
former office ("the then Peruvian Foreign Minister X": former foreign minister of Peru), before the name and
in apposition, where a portfolio word stands between "then" and the title noun ("X, the then foreign minister
of Peru,"), as titles.tsv time_qualifiers has "then" (wave 91 H, review 90 item 8). A bare "then" stays an
adverb (tests/test_entities_roles.py). Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "The accord was signed by the then Peruvian Foreign Minister Tom Ash."
BEFORE_THE_NAME = """
The        the        DET   DT  2  det       -
accord     accord     NOUN  NN  4  nsubjpass -
was        be         AUX   VBD 4  auxpass   -
signed     sign       VERB  VBN 0  ROOT      -
by         by         ADP   IN  4  agent     -
the        the        DET   DT  10 det       -
then       then       ADV   RB  10 amod      -
Peruvian   Peruvian   ADJ   JJ  10 amod      NORP
Foreign    Foreign    PROPN NNP 10 compound  -
Minister   Minister   PROPN NNP 12 compound  -
Tom        Tom        PROPN NNP 12 compound  PERSON
Ash        Ash        PROPN NNP 5  pobj      I-PERSON
.          .          PUNCT .   4  punct     -
"""

# "Tom Ash, the then foreign minister of Peru, signed the accord."
IN_APPOSITION = """
Tom        Tom        PROPN NNP 2  compound PERSON
Ash        Ash        PROPN NNP 11 nsubj    I-PERSON
,          ,          PUNCT ,   2  punct    -
the        the        DET   DT  7  det      -
then       then       ADV   RB  7  amod     -
foreign    foreign    ADJ   JJ  7  amod     -
minister   minister   NOUN  NN  2  appos    -
of         of         ADP   IN  7  prep     -
Peru       Peru       PROPN NNP 8  pobj     GPE
,          ,          PUNCT ,   2  punct    -
signed     sign       VERB  VBD 0  ROOT     -
the        the        DET   DT  13 det      -
accord     accord     NOUN  NN  11 dobj     -
.          .          PUNCT .   11 punct    -
"""


def test_the_then_before_a_title_and_name_is_a_former_office() -> None:
    triples = read_triples(BEFORE_THE_NAME)
    assert ("Tom Ash", "former foreign minister of", "Peru") in triples
    assert ("Tom Ash", "foreign minister of", "Peru") not in triples


def test_the_then_before_a_portfolio_in_apposition_is_a_former_office() -> None:
    triples = read_triples(IN_APPOSITION)
    assert ("Tom Ash", "former foreign minister of", "Peru") in triples
    assert ("Tom Ash", "foreign minister of", "Peru") not in triples
