"""What a person is for an organisation, told by the organisation's possessive or name before the person's
name, or by a noun of what they do in apposition ("consultant for Y"): the role, and the organisation's
state as the person's (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import country_of, facts, read


def roles(reading: Reading) -> set[tuple[str, str, str]]:
    return facts(reading, "title")


def country(reading: Reading, label: str) -> str | None:
    return country_of(reading, label)


def test_a_company_s_possessive_before_a_name_that_does_not_speak_is_a_membership() -> None:
    reading = read("""
    Toyota    Toyota    PROPN NNP 4 poss     ORG
    's        's        PART  POS 1 case     -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Roe       Roe       PROPN NNP 5 nsubj    I-PERSON
    visited   visit     VERB  VBD 0 ROOT     -
    Lima      Lima      PROPN NNP 5 dobj     GPE
    .         .         PUNCT .   5 punct    -
    Police    police    NOUN  NNS 9 nsubj    -
    questioned question VERB  VBD 0 ROOT     -
    Blur      Blur      PROPN NNP 13 poss    ORG
    's        's        PART  POS 10 case    -
    Tom       Tom       PROPN NNP 13 compound PERSON
    Lee       Lee       PROPN NNP 9 dobj     I-PERSON
    .         .         PUNCT .   9 punct    -
    """)
    assert roles(reading) == {("Ana Roe", "member of", "Toyota"), ("Tom Lee", "member of", "Blur")}
    assert country(reading, "Ana Roe") == "JPN"  # the company's state


def test_a_state_s_possessive_before_a_name_is_no_membership() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 4 poss     GPE
    's        's        PART  POS 1 case     -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Roe       Roe       PROPN NNP 5 nsubj    I-PERSON
    visited   visit     VERB  VBD 0 ROOT     -
    Lima      Lima      PROPN NNP 5 dobj     GPE
    .         .         PUNCT .   5 punct    -
    """)
    assert roles(reading) == set()
    assert country(reading, "Ana Roe") == "CHL"


def test_a_noun_of_what_a_person_does_for_a_company_in_apposition_is_a_role() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Roe       Roe       PROPN NNP 10 nsubj   I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    senior    senior    ADJ   JJ  6 amod     -
    data      data      NOUN  NN  6 compound -
    consultant consultant NOUN NN 2 appos    -
    for       for       ADP   IN  6 prep     -
    Toyota    Toyota    PROPN NNP 7 pobj     ORG
    ,         ,         PUNCT ,   2 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   10 punct   -
    """)
    assert roles(reading) == {("Ana Roe", "consultant for", "Toyota")}
    assert country(reading, "Ana Roe") == "JPN"


def test_a_noun_of_what_a_person_does_with_a_company_is_a_role_too() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Roe       Roe       PROPN NNP 9 nsubj    I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    an        an        DET   DT  5 det      -
    analyst   analyst   NOUN  NN  2 appos    -
    with      with      ADP   IN  5 prep     -
    Toyota    Toyota    PROPN NNP 6 pobj     ORG
    ,         ,         PUNCT ,   2 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   9 punct    -
    """)
    assert roles(reading) == {("Ana Roe", "analyst with", "Toyota")}
    assert country(reading, "Ana Roe") == "JPN"


def test_a_person_who_works_at_a_company_is_of_its_state() -> None:
    # "Ana Roe, an analyst at Toyota, spoke."
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Roe       Roe       PROPN NNP 9 nsubj    I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    an        an        DET   DT  5 det      -
    analyst   analyst   NOUN  NN  2 appos    -
    at        at        ADP   IN  5 prep     -
    Toyota    Toyota    PROPN NNP 6 pobj     ORG
    ,         ,         PUNCT ,   2 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   9 punct    -
    """)
    assert roles(reading) == {("Ana Roe", "analyst at", "Toyota")}
    assert country(reading, "Ana Roe") == "JPN"


def test_a_title_with_a_body_is_a_role_in_it_and_a_thing_with_one_is_none() -> None:
    table = """
    Ana       Ana       PROPN NNP 2 compound PERSON
    Roe       Roe       PROPN NNP 9 nsubj    I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    the       the       DET   DT  5 det      -
    {noun}    {noun}    NOUN  NN  2 appos    -
    with      with      ADP   IN  5 prep     -
    Toyota    Toyota    PROPN NNP 6 pobj     ORG
    ,         ,         PUNCT ,   2 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   9 punct    -
    """
    assert roles(read(table.format(noun="director"))) == {("Ana Roe", "director with", "Toyota")}
    assert roles(read(table.format(noun="project"))) == set()


def test_a_noun_of_what_a_person_does_in_a_place_is_no_role() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Roe       Roe       PROPN NNP 8 nsubj    I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    a         a         DET   DT  5 det      -
    consultant consultant NOUN NN 2 appos    -
    at        at        ADP   IN  5 prep     -
    Lima      Lima      PROPN NNP 6 pobj     GPE
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """)
    assert roles(reading) == set()


def test_an_untagged_name_before_a_title_and_a_person_is_their_organisation() -> None:
    reading = read("""
    Prices    price     NOUN  NNS 2 nsubj    -
    rose      rise      VERB  VBD 8 ccomp    -
    ,         ,         PUNCT ,   8 punct    -
    Acme      Acme      PROPN NNP 5 compound -
    spokesman spokesman NOUN  NN  7 compound -
    Ana       Ana       PROPN NNP 7 compound PERSON
    Roe       Roe       PROPN NNP 8 nsubj    I-PERSON
    said      say       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """)
    assert roles(reading) == {("Ana Roe", "spokesperson of", "Acme")}


def test_a_capitalised_word_opening_a_sentence_or_a_title_s_word_is_no_organisation() -> None:
    reading = read("""
    Veteran   Veteran   PROPN NNP 2 compound -
    singer    singer    NOUN  NN  4 compound -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Roe       Roe       PROPN NNP 5 nsubj    I-PERSON
    sang      sing      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
    Then      then      ADV   RB  13 advmod  -
    ,         ,         PUNCT ,   13 punct   -
    Deputy    Deputy    PROPN NNP 10 compound -
    spokesman spokesman NOUN  NN  12 compound -
    Tom       Tom       PROPN NNP 12 compound PERSON
    Lee       Lee       PROPN NNP 13 nsubj   I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   13 punct   -
    """)
    labels = {e.label for e in reading.entities.entities()}
    assert "Veteran" not in labels and "Deputy" not in labels


def test_a_craft_the_tagger_took_for_a_person_is_no_member_of_its_owner() -> None:
    reading = read("""
    Toyota    Toyota    PROPN NNP 5 poss     ORG
    's        's        PART  POS 1 case     -
    Ana       Ana       PROPN NNP 5 compound PERSON
    Roe       Roe       PROPN NNP 5 compound I-PERSON
    Rover     Rover     PROPN NNP 6 nsubj    I-PERSON
    landed    land      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert roles(reading) == set()


def test_a_commanding_officer_a_pronoun_owns_is_the_officer_of_the_one_it_names() -> None:
    reading = read("""
    Tom       Tom       PROPN NNP 2 compound PERSON
    Lee       Lee       PROPN NNP 3 nsubj    I-PERSON
    died      die       VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    Lima      Lima      PROPN NNP 4 pobj     GPE
    .         .         PUNCT .   3 punct    -
    His       his       PRON  PRP$ 9 poss    -
    commanding commanding ADJ JJ  9 amod     -
    officer   officer   NOUN  NN  14 nsubj   -
    ,         ,         PUNCT ,   9 punct    -
    Jon       Jon       PROPN NNP 12 compound PERSON
    Roe       Roe       PROPN NNP 9 appos    I-PERSON
    ,         ,         PUNCT ,   9 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   14 punct   -
    """)
    assert ("Jon Roe", "commanding officer of", "Tom Lee") in roles(reading)


def test_a_name_a_possessive_s_noun_stands_in_apposition_to_is_not_whose_it_is() -> None:
    reading = read("""
    Tom       Tom       PROPN NNP 2 compound PERSON
    Lee       Lee       PROPN NNP 3 nsubj    I-PERSON
    died      die       VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    Lima      Lima      PROPN NNP 4 pobj     GPE
    .         .         PUNCT .   3 punct    -
    Jon       Jon       PROPN NNP 8 compound PERSON
    Roe       Roe       PROPN NNP 13 nsubj   I-PERSON
    ,         ,         PUNCT ,   8 punct    -
    his       his       PRON  PRP$ 11 poss   -
    lawyer    lawyer    NOUN  NN  8 appos    -
    ,         ,         PUNCT ,   8 punct    -
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   13 punct   -
    """)
    assert ("Jon Roe", "lawyer of", "Tom Lee") in roles(reading)


def test_a_relative_named_in_a_list_read_as_an_apposition_is_the_first_name_s() -> None:
    reading = read("""
    Tom       Tom       PROPN NNP 2 compound PERSON
    Lee       Lee       PROPN NNP 10 nsubj   I-PERSON
    himself   himself   PRON  PRP 2 appos    -
    ,         ,         PUNCT ,   2 punct    -
    his       his       PRON  PRP$ 6 poss    -
    son       son       NOUN  NN  2 appos    -
    Sam       Sam       PROPN NNP 8 compound PERSON
    Roe       Roe       PROPN NNP 6 appos    I-PERSON
    ,         ,         PUNCT ,   2 punct    -
    fell      fall      VERB  VBD 0 ROOT     -
    ill       ill       ADJ   JJ  10 acomp   -
    .         .         PUNCT .   10 punct   -
    """)
    assert ("Sam Roe", "son of", "Tom Lee") in roles(reading)
