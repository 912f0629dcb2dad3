"""A state's possessive before a bank named in its land's language (wave 71 F): "Austria's
Kestrel-Bankverein", "Spain's Banco Kestrel" name a commercial bank of that state, no part of it; "Spain's
Banco Central" is the state's organ and stays its part. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts, read

PART = "part of"


def test_a_hyphenated_bank_name_is_a_firm_of_the_state() -> None:
    reading = read("""
    Austria    Austria    PROPN NNP  5 poss     GPE
    's         's         PART  POS  1 case     -
    Kestrel    Kestrel    PROPN NNP  5 compound ORG
    -          -          PUNCT HYPH 5 punct    I-ORG
    Bankverein Bankverein PROPN NNP  6 nsubj    I-ORG
    cut        cut        VERB  VBD  0 ROOT     -
    its        its        PRON  PRP$ 8 poss     -
    rates      rate       NOUN  NNS  6 dobj     -
    .          .          PUNCT .    6 punct    -
    """)
    assert not any(f[1] == PART for f in facts(reading, "title"))
    assert country_of(reading, "Kestrel-Bankverein") == "AUT"


def _banco(second: str) -> str:
    return f"""
    Spain    Spain    PROPN NNP 4 poss     GPE
    's       's       PART  POS 1 case     -
    Banco    Banco    PROPN NNP 4 compound ORG
    {second} {second} PROPN NNP 5 nsubj    I-ORG
    cut      cut      VERB  VBD 0 ROOT     -
    its      its      PRON  PRP$ 7 poss    -
    rates    rate     NOUN  NNS 5 dobj     -
    .        .        PUNCT .   5 punct    -
    """


def test_a_bank_named_in_the_land_s_language_is_a_firm_of_the_state() -> None:
    reading = read(_banco("Kestrel"))
    assert not any(f[1] == PART for f in facts(reading, "title"))
    assert country_of(reading, "Banco Kestrel") == "ESP"


def test_a_central_bank_named_in_the_land_s_language_stays_part_of_the_state() -> None:
    reading = read(_banco("Central"))
    assert ("Banco Central", PART, "Spain") in facts(reading, "title")
