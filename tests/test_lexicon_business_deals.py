"""Deals between firms and states carry the roots of agreement and appeal (cameo.tsv lines)."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import facts_with_roots


def test_initialling_a_contract_with_a_firm_agrees_with_it() -> None:
    found = facts_with_roots("""
    Ruritel     Ruritel     PROPN NNP 2 nsubj ORG
    initialled  initial     VERB  VBD 0 ROOT  -
    a           a           DET   DT  4 det   -
    contract    contract    NOUN  NN  2 dobj  -
    with        with        ADP   IN  4 prep  -
    Zenda       Zenda       PROPN NNP 5 pobj  ORG
    .           .           PUNCT .   2 punct -
    """)
    assert ("Ruritel", "initial contract with", "Zenda", "05") in found


def test_the_lexicon_codes_initialling_as_agreement_and_contracts_as_deals() -> None:
    assert event_code("initial") == "057"
    # a contract itself (won, awarded, signed by a firm or a state) is a business deal, economic cooperation
    # (wave 54); initialling its text stays the formal agreement's act
    assert event_code("contract", noun=True) == "061"


def test_approaching_banks_asks_something_of_them() -> None:
    banks = Sense((), {"": frozenset({"@NORP", "@BUS"})}, frozenset())
    shore = Sense((), {"": frozenset({"shore"})}, frozenset())
    assert event_code("approach", sense=banks) == "020"
    assert event_code("approach", sense=shore) is None


def test_reducing_a_quantity_is_no_cut_in_relations() -> None:
    def sense(noun: str) -> Sense:
        return Sense((), {"": frozenset({noun})}, frozenset())

    assert event_code("reduce", sense=sense("surplus")) is None
    assert event_code("reduce", sense=sense("deficit")) is None
    assert event_code("reduce", sense=sense("tie")) == "160"
    assert event_code("reduce", sense=sense("aid")) == "162"


def test_an_event_named_in_two_words_after_a_light_verb_takes_their_code() -> None:
    found = facts_with_roots("""
    Ruritania  Ruritania  PROPN NNP 2 nsubj    GPE
    announced  announce   VERB  VBD 0 ROOT     -
    tariff     tariff     NOUN  NN  4 compound -
    cuts       cut        NOUN  NNS 2 dobj     -
    for        for        ADP   IN  4 prep     -
    Chile      Chile      PROPN NNP 5 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert ("Ruritania", "announce tariff cut for", "Chile", "08") in found
