"""A firm's officer "for" a state or region ("Halvorsen Securities general manager for Canada") runs the
firm's business there: he holds the firm's title, no office of that place. Sentences of our own, parses
written by hand."""

from __future__ import annotations

from hand_docs import country_of, facts, read

_BEFORE_NAME = """
{owner1}
{owner2}
{title1}  {title1}  ADJ   JJ  4  amod     -
manager   manager   NOUN  NN  9  nsubj    -
for       for       ADP   IN  4  prep     -
Canada    Canada    PROPN NNP 8  compound GPE
Ana       Ana       PROPN NNP 8  compound PERSON
Roe       Roe       PROPN NNP 5  pobj     I-PERSON
met       meet      VERB  VBD 0  ROOT     -
Luis      Luis      PROPN NNP 11 compound PERSON
Mora      Mora      PROPN NNP 9  dobj     I-PERSON
.         .         PUNCT .   9  punct    -
"""


def test_a_firms_officer_for_a_state_before_the_name_holds_no_office_of_it() -> None:
    reading = read(
        _BEFORE_NAME.format(
            owner1="Halvorsen  Halvorsen  PROPN NNP  2 compound ORG",
            owner2="Securities Securities PROPN NNPS 4 compound I-ORG",
            title1="general",
        )
    )
    titles = facts(reading, "title")
    assert ("Ana Roe", "general manager of", "Halvorsen Securities") in titles
    assert not any(obj == "Canada" for _, _, obj in titles)
    assert country_of(reading, "Ana Roe") != "CAN"


def test_a_firm_named_with_its_legal_form_owns_the_title_too() -> None:
    reading = read(
        _BEFORE_NAME.format(
            owner1="Halvorsen Halvorsen PROPN NNP 2 compound ORG",
            owner2="Co        Co        PROPN NNP 4 compound I-ORG",
            title1="general",
        )
    )
    titles = facts(reading, "title")
    assert ("Ana Roe", "general manager of", "Halvorsen Co") in titles
    assert not any(obj == "Canada" for _, _, obj in titles)


def test_a_bodys_officer_for_a_state_before_the_name_keeps_what_the_title_is_for() -> None:
    # not a firm: "the UN general manager for Canada" holds a post for that state
    reading = read(
        _BEFORE_NAME.format(
            owner1="the the DET   DT  4 det      -",
            owner2="UN  UN  PROPN NNP 4 compound ORG",
            title1="general",
        )
    )
    titles = facts(reading, "title")
    assert ("Ana Roe", "general manager for", "Canada") in titles


_APPOSITION = """
Ana        Ana        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  11 nsubj    I-PERSON
,          ,          PUNCT ,    2  punct    -
{owner1}
{owner2}
general    general    ADJ   JJ   7  amod     -
manager    manager    NOUN  NN   2  appos    -
for        for        ADP   IN   7  prep     -
Canada     Canada     PROPN NNP  8  pobj     GPE
,          ,          PUNCT ,    2  punct    -
met        meet       VERB  VBD  0  ROOT     -
Luis       Luis       PROPN NNP  13 compound PERSON
Mora       Mora       PROPN NNP  11 dobj     I-PERSON
.          .          PUNCT .    11 punct    -
"""


def test_a_firms_officer_for_a_state_in_apposition_holds_no_office_of_it() -> None:
    reading = read(
        _APPOSITION.format(
            owner1="Halvorsen  Halvorsen  PROPN NNP  5 compound ORG",
            owner2="Securities Securities PROPN NNPS 7 compound I-ORG",
        )
    )
    titles = facts(reading, "title")
    assert ("Ana Roe", "general manager of", "Halvorsen Securities") in titles
    assert not any(obj == "Canada" for _, _, obj in titles)


def test_a_state_bodys_officer_in_apposition_keeps_what_the_title_is_for() -> None:
    reading = read(
        _APPOSITION.format(
            owner1="the the DET DT 7 det -",
            owner2="UN  UN  PROPN NNP 7 compound ORG",
        )
    )
    titles = facts(reading, "title")
    assert ("Ana Roe", "general manager for", "Canada") in titles


def test_an_officer_for_a_state_of_a_firm_named_by_its_noun_holds_no_office_of_it() -> None:
    reading = read("""
    Ana        Ana        PROPN NNP  2  compound PERSON
    Roe        Roe        PROPN NNP  12 nsubj    I-PERSON
    ,          ,          PUNCT ,    2  punct    -
    the        the        DET   DT   5  det      -
    company    company    NOUN  NN   8  poss     -
    's         's         PART  POS  5  case     -
    general    general    ADJ   JJ   8  amod     -
    manager    manager    NOUN  NN   2  appos    -
    for        for        ADP   IN   8  prep     -
    Canada     Canada     PROPN NNP  9  pobj     GPE
    ,          ,          PUNCT ,    2  punct    -
    met        meet       VERB  VBD  0  ROOT     -
    Luis       Luis       PROPN NNP  14 compound PERSON
    Mora       Mora       PROPN NNP  12 dobj     I-PERSON
    .          .          PUNCT .    12 punct    -
    """)
    assert not any(obj == "Canada" for _, _, obj in facts(reading, "title"))


def test_an_officer_for_a_state_of_a_firm_named_by_its_noun_before_the_name_holds_no_office_of_it() -> None:
    reading = read("""
    The       the       DET   DT  2  det      -
    company   company   NOUN  NN  5  poss     -
    's        's        PART  POS 2  case     -
    general   general   ADJ   JJ  5  amod     -
    manager   manager   NOUN  NN  10 nsubj    -
    for       for       ADP   IN  5  prep     -
    Canada    Canada    PROPN NNP 9  compound GPE
    Ana       Ana       PROPN NNP 9  compound PERSON
    Roe       Roe       PROPN NNP 6  pobj     I-PERSON
    met       meet      VERB  VBD 0  ROOT     -
    Luis      Luis      PROPN NNP 12 compound PERSON
    Mora      Mora      PROPN NNP 10 dobj     I-PERSON
    .         .         PUNCT .   10 punct    -
    """)
    assert not any(obj == "Canada" for _, _, obj in facts(reading, "title"))
