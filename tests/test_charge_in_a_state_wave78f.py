"""A charge of a portfolio in a state (wave 78 F): "X, who is responsible for foreign investment in Peru"
holds an office of that state, so X is of Peru; and being responsible for a portfolio is no act (the
copula line keeps no event root). A charge of a wrong ("responsible for the bombing in Peru") is neither.
Parses are built by hand; the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, roots_between

CHARGE = """
    Rosa        Rosa        PROPN NNP 2  compound PERSON
    Ibarra      Ibarra      PROPN NNP 13 nsubj    I-PERSON
    ,           ,           PUNCT ,   2  punct    -
    who         who         PRON  WP  5  nsubj    -
    is          be          AUX   VBZ 2  relcl    -
    responsible responsible ADJ   JJ  5  acomp    -
    for         for         ADP   IN  6  prep     -
    foreign     foreign     ADJ   JJ  9  amod     -
    investment  investment  NOUN  NN  7  pobj     -
    in          in          ADP   IN  9  prep     -
    Peru        Peru        PROPN NNP 10 pobj     GPE
    ,           ,           PUNCT ,   2  punct    -
    met         meet        VERB  VBD 0  ROOT     -
    the         the         DET   DT  15 det      -
    bankers     banker      NOUN  NNS 13 dobj     -
    .           .           PUNCT .   13 punct    -
"""

WRONG = """
    Rosa        Rosa        PROPN NNP 2  compound PERSON
    Ibarra      Ibarra      PROPN NNP 13 nsubj    I-PERSON
    ,           ,           PUNCT ,   2  punct    -
    who         who         PRON  WP  5  nsubj    -
    was         be          AUX   VBD 2  relcl    -
    responsible responsible ADJ   JJ  5  acomp    -
    for         for         ADP   IN  6  prep     -
    the         the         DET   DT  9  det      -
    bombing     bombing     NOUN  NN  7  pobj     -
    in          in          ADP   IN  9  prep     -
    Peru        Peru        PROPN NNP 10 pobj     GPE
    ,           ,           PUNCT ,   2  punct    -
    fled        flee        VERB  VBD 0  ROOT     -
    the         the         DET   DT  15 det      -
    country     country     NOUN  NN  13 dobj     -
    .           .           PUNCT .   13 punct    -
"""


def test_a_charge_of_a_portfolio_in_a_state_is_that_states_office() -> None:
    assert country_of(read(CHARGE), "Rosa Ibarra") == "PER"


def test_a_charge_of_a_portfolio_is_no_act() -> None:
    assert roots_between(CHARGE, "Rosa Ibarra", "Peru") == {None}


def test_a_charge_of_a_wrong_gives_no_state() -> None:
    assert country_of(read(WRONG), "Rosa Ibarra") is None
