"""Fragments of spoken answers that are no relations (audit round 14): a word of a name as a copula's
attribute ("be ex", "be -"), whose view an attribute is ("part-time for me"), the author of the object
("reading a novel by X"), a preposition made with a noun ("in terms of"), and a denial about objects a
relative clause restricts ("did not meet one X who …").

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event", "copula")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_a_word_of_a_name_is_no_attribute_noun() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    is        be        AUX   VBZ 0 ROOT     -
    ex        ex        NOUN  NN  3 attr     PERSON
    -         -         ADJ   JJ  3 attr     I-PERSON
    Catholic  Catholic  PROPN NNP 3 attr     I-PERSON
    .         .         PUNCT .   3 punct    -
    """)
    assert not {fact for fact in every(reading) if fact[1] in ("be ex", "be -")}


def test_for_after_a_copulas_attribute_is_whose_view_not_a_party() -> None:
    reading = read("""
    Oxfam     Oxfam     PROPN NNP 2 nsubj    ORG
    is        be        AUX   VBZ 0 ROOT     -
    part      part      NOUN  NN  5 amod     -
    -         -         PUNCT HYPH 5 punct   -
    time      time      NOUN  NN  2 attr     -
    for       for       ADP   IN  2 prep     -
    Ana       Ana       PROPN NNP 8 compound PERSON
    Ruiz      Ruiz      PROPN NNP 6 pobj     I-PERSON
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Ana Ruiz" in fact for fact in every(reading))


def test_by_after_the_object_of_an_active_verb_names_its_author() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 4 nsubj    I-PERSON
    is        be        AUX   VBZ 4 aux      -
    reading   read      VERB  VBG 0 ROOT     -
    a         a         DET   DT  6 det      -
    novel     novel     NOUN  NN  4 dobj     -
    by        by        ADP   IN  4 prep     -
    Mario     Mario     PROPN NNP 9 compound PERSON
    Vargas    Vargas    PROPN NNP 7 pobj     I-PERSON
    .         .         PUNCT .   4 punct    -
    """)
    assert not any("Mario Vargas" in fact for fact in every(reading))


def test_in_terms_of_says_in_what_respect_not_whom() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    terms     term      NOUN  NNS 4 pobj     -
    of        of        ADP   IN  5 prep     -
    the       the       DET   DT  8 det      ORG
    Andean    Andean    PROPN NNP 9 compound I-ORG
    Community Community PROPN NNP 6 pobj     I-ORG
    .         .         PUNCT .   3 punct    -
    """)
    assert not {fact for fact in every(reading) if "term" in fact[1]}


def test_a_denial_about_objects_a_relative_clause_restricts_is_not_about_the_object() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 5 nsubj    I-PERSON
    did       do        AUX   VBD 5 aux      -
    not       not       PART  RB  5 neg      -
    meet      meet      VERB  VB  0 ROOT     -
    one       one       NUM   CD  7 nummod   -
    Chilean   Chilean   PROPN NNP 5 dobj     NORP
    who       who       PRON  WP  9 nsubj    -
    backed    back      VERB  VBD 7 relcl    -
    the       the       DET   DT  11 det     -
    plan      plan      NOUN  NN  9 dobj     -
    .         .         PUNCT .   5 punct    -
    """)
    assert not any("Chile" in fact for fact in every(reading))


def test_a_plain_denial_about_the_object_stays() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 5 nsubj    I-PERSON
    did       do        AUX   VBD 5 aux      -
    not       not       PART  RB  5 neg      -
    meet      meet      VERB  VB  0 ROOT     -
    Mario     Mario     PROPN NNP 7 compound PERSON
    Vargas    Vargas    PROPN NNP 5 dobj     I-PERSON
    .         .         PUNCT .   5 punct    -
    """)
    assert ("Ana Ruiz", "meet with", "Mario Vargas") in every(reading)
