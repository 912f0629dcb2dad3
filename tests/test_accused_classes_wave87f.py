"""A speaker accusing a class of states (wave 87 F): "Nigeria accused developed countries of ignoring Ghana's
debt problems." The rich (or the developing) states named as one class are a generic actor of no state
(sectors.tsv "developed countries", "rich nations", "developing countries", bare "no"), so the accusation
has its object, as "accused Britain of ..." does. Parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts_with_roots, read

ACCUSED = """
Nigeria    Nigeria    PROPN NNP  2  nsubj    GPE
accused    accuse     VERB  VBD  0  ROOT     -
developed  develop    VERB  VBN  4  amod     -
countries  country    NOUN  NNS  2  dobj     -
of         of         ADP   IN   2  prep     -
ignoring   ignore     VERB  VBG  5  pcomp    -
Ghana      Ghana      PROPN NNP  10 poss     GPE
's         's         PART  POS  7  case     -
debt       debt       NOUN  NN   10 compound -
problems   problem    NOUN  NNS  6  dobj     -
.          .          PUNCT .    2  punct    -
"""


def test_a_class_of_states_accused_is_the_accusations_object() -> None:
    assert ("Nigeria", "accuse", "developed countries", "11") in facts_with_roots(ACCUSED)


def test_rich_nations_are_the_same_class_of_no_state() -> None:
    rich = ACCUSED.replace("developed  develop    VERB  VBN", "rich       rich       ADJ   JJ ").replace(
        "countries  country", "nations    nation "
    )
    assert ("Nigeria", "accuse", "developed countries", "11") in facts_with_roots(rich)
    assert country_of(read(rich), "developed countries") is None
