"""Side phrases that are no relations (audit rounds 6-7): an age, a comparison, a fronted "with" scene, the
owner of the object's own post, a name as a copula's attribute.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event", "copula")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_an_age_participle_places_nobody() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 3 compound PERSON
    Lopez     Lopez     PROPN NNP 3 nsubj    I-PERSON
    died      die       VERB  VBD 0 ROOT     -
    ,         ,         PUNCT ,   3 punct    -
    aged      age       VERB  VBN 3 advcl    -
    81        81        NUM   CD  5 npadvmod DATE
    ,         ,         PUNCT ,   5 punct    -
    in        in        ADP   IN  5 prep     -
    Lima      Lima      PROPN NNP 8 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert not any(fact[1].startswith("age") for fact in every(reading))


def test_aged_with_an_object_is_still_a_verb() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    aged      age       VERB  VBD 0 ROOT     -
    its       its       PRON  PRP$ 4 poss    -
    fleet     fleet     NOUN  NN  2 dobj     -
    in        in        ADP   IN  2 prep     -
    Peru      Peru      PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "age fleet in", "Peru") in every(reading)


def test_compared_to_without_an_object_measures_only() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    fares     fare      VERB  VBZ 0 ROOT     -
    well      well      ADV   RB  2 advmod   -
    compared  compare   VERB  VBN 2 advcl    -
    to        to        ADP   IN  4 prep     -
    Peru      Peru      PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Peru" in fact for fact in every(reading))


def test_unlike_compares_and_relates_nobody() -> None:
    reading = read("""
    Unlike    unlike    ADP   IN  5 prep     -
    Peru      Peru      PROPN NNP 1 pobj     GPE
    ,         ,         PUNCT ,   5 punct    -
    Chile     Chile     PROPN NNP 5 nsubj    GPE
    votes     vote      VERB  VBZ 0 ROOT     -
    by        by        ADP   IN  5 prep     -
    mail      mail      NOUN  NN  6 pobj     -
    .         .         PUNCT .   5 punct    -
    """)
    assert not any("Peru" in fact for fact in every(reading))


FRONTED_WITH = """
    With      with      ADP   IN  9 prep     -
    many      many      ADJ   JJ  4 amod     -
    Peruvian  peruvian  ADJ   JJ  4 amod     NORP
    workers   worker    NOUN  NNS 1 pobj     I-NORP
    in        in        ADP   IN  4 prep     -
    town      town      NOUN  NN  5 pobj     -
    ,         ,         PUNCT ,   9 punct    -
    Chile     Chile     PROPN NNP 9 nsubj    GPE
    {verb}
    the       the       DET   DT  11 det     -
    plan      plan      NOUN  NN  9 dobj     -
    .         .         PUNCT .   9 punct    -
    """


def test_a_fronted_with_phrase_sets_the_scene() -> None:
    reading = read(FRONTED_WITH.format(verb="expanded expand VERB VBD 0 ROOT -"))
    assert not any("Peruvian workers" in fact for fact in every(reading))


def test_a_fronted_with_keeps_the_partner_of_a_joint_verb() -> None:
    reading = read(FRONTED_WITH.format(verb="discussed discuss VERB VBD 0 ROOT -"))
    assert any(fact[0] == "Chile" and "Peruvian workers" in fact[2] for fact in every(reading))


def test_the_owner_of_the_objects_post_is_the_object_itself() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    named     name      VERB  VBD 0 ROOT     -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Lopez     Lopez     PROPN NNP 2 dobj     I-PERSON
    to        to        ADP   IN  2 prep     -
    her       her       PRON  PRP$ 7 poss    -
    post      post      NOUN  NN  5 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    found = every(reading)
    assert ("Chile", "name", "Ana Lopez") in found
    assert not any(fact[1] == "name to" for fact in found)


def test_a_name_as_the_copulas_attribute_leaves_no_relation() -> None:
    reading = read("""
    Andes     Andes     PROPN NNP 2 compound ORG
    Air       Air       PROPN NNP 3 nsubj    I-ORG
    was       be        AUX   VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 3 attr     GPE
    carrier   carrier   NOUN  NN  3 npadvmod -
    until     until     ADP   IN  3 prep     -
    1990      1990      NUM   CD  6 pobj     DATE
    .         .         PUNCT .   3 punct    -
    """)
    assert not any(fact[0] == "Andes Air" and fact[2] == "Peru" for fact in every(reading))


def test_a_possessive_attribute_still_names_whose() -> None:
    reading = read("""
    Andes     Andes     PROPN NNP 2 compound ORG
    Air       Air       PROPN NNP 3 nsubj    I-ORG
    was       be        AUX   VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 3 attr     GPE
    's        's        PART  POS 4 case     -
    first     first     ADJ   JJ  4 amod     -
    .         .         PUNCT .   3 punct    -
    """)
    assert any(fact[0] == "Andes Air" and fact[2] == "Peru" for fact in every(reading))


def test_the_owner_of_what_a_charge_is_for_is_no_party_to_it() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 3 nsubj    GPE
    fined     fine      VERB  VBD 0 ROOT     -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Lopez     Lopez     PROPN NNP 2 dobj     I-PERSON
    .         .         PUNCT .   2 punct    -
    Chile     Chile     PROPN NNP 9 nsubjpass GPE
    was       be        AUX   VBD 9 auxpass  -
    also      also      ADV   RB  9 advmod   -
    convicted convict   VERB  VBN 0 ROOT     -
    of        of        ADP   IN  9 prep     -
    fraud     fraud     NOUN  NN  10 pobj    -
    for       for       ADP   IN  11 prep    -
    her       her       PRON  PRP$ 14 poss   -
    acts      act       NOUN  NNS 12 pobj    -
    .         .         PUNCT .   9 punct    -
    """)
    assert not any(fact[0] == "Chile" and fact[2] == "Ana Lopez" for fact in every(reading))


def test_a_possessive_name_whose_noun_the_parser_lost_is_no_object() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Lopez     Lopez     PROPN NNP 3 nsubj    I-PERSON
    ranked    rank      VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    contest   contest   NOUN  NN  3 dobj     -
    as        as        ADP   IN  3 prep     -
    Peru      Peru      PROPN NNP 6 pobj     GPE
    's        's        PART  POS 7 case     -
    dullest   dull      ADJ   JJS 7 amod     -
    race      race      NOUN  NN  7 appos    -
    .         .         PUNCT .   3 punct    -
    """)
    assert not any(fact[2] == "Peru" for fact in every(reading))


def test_a_capitalised_conjunct_of_a_copulas_role_is_no_role() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Lind      Lind      PROPN NNP 3 nsubj    I-PERSON
    is        be        AUX   VBZ 0 ROOT     -
    a         a         DET   DT  5 det      -
    farmer    farmer    NOUN  NN  3 attr     -
    and       and       CCONJ CC  5 cc       -
    a         a         DET   DT  8 det      -
    Master    Master    PROPN NNP 5 conj     -
    at        at        ADP   IN  8 prep     -
    Andes     Andes     PROPN NNP 11 compound ORG
    University University PROPN NNP 9 pobj   I-ORG
    .         .         PUNCT .   3 punct    -
    """)
    assert not any(fact[2] == "Andes University" for fact in every(reading))
