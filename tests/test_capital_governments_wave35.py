""" "the Ankara government", "the Lima regime": a capital just before a government noun names its state's
government, the state, never the city; "the Ankara city government" stays the city's own (sentences of our
own, parsed by hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "The Ankara government warned Greece."
CAPITAL_GOVERNMENT = """
The        the        DET   DT  3 det      -
Ankara     Ankara     PROPN NNP 3 compound GPE
government government NOUN  NN  4 nsubj    -
warned     warn       VERB  VBD 0 ROOT     -
Greece     Greece     PROPN NNP 4 dobj     GPE
.          .          PUNCT .   4 punct    -
"""

# "Chile accused the Lima regime."
CAPITAL_REGIME_OBJECT = """
Chile    Chile   PROPN NNP 2 nsubj    GPE
accused  accuse  VERB  VBD 0 ROOT     -
the      the     DET   DT  5 det      -
Lima     Lima    PROPN NNP 5 compound GPE
regime   regime  NOUN  NN  2 dobj     -
.        .       PUNCT .   2 punct    -
"""

# "The Ankara city government warned Greece."
CITY_GOVERNMENT = """
The        the        DET   DT  4 det      -
Ankara     Ankara     PROPN NNP 4 compound GPE
city       city       NOUN  NN  4 compound -
government government NOUN  NN  5 nsubj    -
warned     warn       VERB  VBD 0 ROOT     -
Greece     Greece     PROPN NNP 5 dobj     GPE
.          .          PUNCT .   5 punct    -
"""


def test_a_capital_before_government_is_the_state() -> None:
    assert ("Turkey", "warn", "Greece") in facts(read(CAPITAL_GOVERNMENT), "svo")


def test_a_capital_before_regime_as_object_is_the_state() -> None:
    assert ("Chile", "accuse", "Peru") in facts(read(CAPITAL_REGIME_OBJECT), "svo")


def test_a_city_government_stays_the_city() -> None:
    assert ("Turkey", "warn", "Greece") not in facts(read(CITY_GOVERNMENT), "svo")


# "The mayor of Ankara resigned. The Ankara government warned Greece."
MAYOR_THEN_GOVERNMENT = """
The        the        DET   DT  2  det      -
mayor      mayor      NOUN  NN  5  nsubj    -
of         of         ADP   IN  2  prep     -
Ankara     Ankara     PROPN NNP 3  pobj     GPE
resigned   resign     VERB  VBD 0  ROOT     -
.          .          PUNCT .   5  punct    -
The        the        DET   DT  9  det      -
Ankara     Ankara     PROPN NNP 9  compound GPE
government government NOUN  NN  10 nsubj    -
warned     warn       VERB  VBD 0  ROOT     -
Greece     Greece     PROPN NNP 10 dobj     GPE
.          .          PUNCT .   10 punct    -
"""


def test_a_capital_whose_mayor_is_named_keeps_its_own_government() -> None:
    assert ("Turkey", "warn", "Greece") not in facts(read(MAYOR_THEN_GOVERNMENT), "svo")
