"""A state's possessive before a firm's name (wave 67 H): "Peru's Kestrel Bank", "France's Renault" name a
firm of that state, no part of it; "Peru's Reserve Bank" and "Japan's Export-Import Bank" are the state's
organs and stay its parts. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read

PART = "part of"


def _bank_cut_rates(state: str, first: str, head: str = "Bank") -> str:
    return f"""
    {state}  {state}  PROPN NNP 4 poss     GPE
    's       's       PART  POS 1 case     -
    {first}  {first}  PROPN NNP 4 compound ORG
    {head}   {head}   PROPN NNP 5 nsubj    I-ORG
    cut      cut      VERB  VBD 0 ROOT     -
    its      its      PRON  PRP$ 7 poss    -
    rates    rate     NOUN  NNS 5 dobj     -
    .        .        PUNCT .   5 punct    -
    """


def test_a_firm_named_by_its_own_word_and_trade_is_no_part_of_the_state() -> None:
    reading = read(_bank_cut_rates("Peru", "Kestrel"))
    assert not any(f[1] == PART for f in facts(reading, "title"))
    assert country_of(reading, "Kestrel Bank") == "PER"


def test_a_firm_the_tables_know_is_no_part_of_the_state() -> None:
    reading = read("""
    France  France  PROPN NNP 3 poss  GPE
    's      's      PART  POS 1 case  -
    Renault Renault PROPN NNP 4 nsubj ORG
    cut     cut     VERB  VBD 0 ROOT  -
    its     its     PRON  PRP$ 6 poss -
    prices  price   NOUN  NNS 4 dobj  -
    .       .       PUNCT .   4 punct -
    """)
    assert ("Renault", PART, "France") not in facts(reading, "title")
    assert country_of(reading, "Renault") == "FRA"


def test_a_state_bank_keeps_being_part_of_the_state() -> None:
    reading = read(_bank_cut_rates("Peru", "Reserve"))
    assert ("Reserve Bank", PART, "Peru") in facts(reading, "title")


def test_a_bank_the_tables_know_as_an_agency_keeps_being_part_of_the_state() -> None:
    reading = read(_bank_cut_rates("Japan", "Export-Import"))
    assert ("Export-Import Bank", PART, "Japan") in facts(reading, "title")


def test_a_development_bank_keeps_being_part_of_the_state() -> None:
    reading = read(_bank_cut_rates("Peru", "Development"))
    assert ("Development Bank", PART, "Peru") in facts(reading, "title")
