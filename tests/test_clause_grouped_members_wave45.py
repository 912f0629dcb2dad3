"""Bodies named through their members (wave 45 B): "donors grouped in the Club pledged" -> the Club acts."""

from __future__ import annotations

from hand_docs import facts, read


def test_members_grouped_in_a_body_stand_for_it() -> None:
    # "lenders grouped in the Acme Group lent money to Peru": the group lends
    reading = read("""
    lenders   lender    NOUN  NNS 6 nsubj    -
    grouped   group     VERB  VBN 1 acl      -
    in        in        ADP   IN  2 prep     -
    Acme      Acme      PROPN NNP 5 compound ORG
    Group     Group     PROPN NNP 3 pobj     I-ORG
    lent      lend      VERB  VBD 0 ROOT     -
    money     money     NOUN  NN  6 dobj     -
    to        to        ADP   IN  6 prep     -
    Peru      Peru      PROPN NNP 8 pobj     GPE
    .         .         PUNCT .   6 punct    -
    """)
    assert ("Acme Group", "lend money to", "Peru") in facts(reading, "prep")


def test_members_grouped_in_a_body_when_the_parser_takes_the_participle_for_the_verb() -> None:
    # the parser makes "grouped" the sentence's verb and the true verb its adverbial clause
    reading = read("""
    lenders   lender    NOUN  NNS 2 nsubj    -
    grouped   group     VERB  VBD 0 ROOT     -
    in        in        ADP   IN  2 prep     -
    Acme      Acme      PROPN NNP 5 compound ORG
    Group     Group     PROPN NNP 3 pobj     I-ORG
    pledged   pledge    VERB  VBD 2 advcl    -
    money     money     NOUN  NN  6 dobj     -
    to        to        ADP   IN  6 prep     -
    Peru      Peru      PROPN NNP 8 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Acme Group", "pledge money to", "Peru") in facts(reading, "prep")


def test_members_grouped_in_a_place_are_not_the_place() -> None:
    # "lenders grouped in Lima lent money to Peru": a place is where they gather, no body that acts
    reading = read("""
    lenders   lender    NOUN  NNS 5 nsubj    -
    grouped   group     VERB  VBN 1 acl      -
    in        in        ADP   IN  2 prep     -
    Lima      Lima      PROPN NNP 3 pobj     GPE
    lent      lend      VERB  VBD 0 ROOT     -
    money     money     NOUN  NN  5 dobj     -
    to        to        ADP   IN  5 prep     -
    Chile     Chile     PROPN NNP 7 pobj     GPE
    .         .         PUNCT .   5 punct    -
    """)
    assert not any(fact[0] == "Lima" for fact in facts(reading, "prep"))
