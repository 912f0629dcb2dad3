"""Side phrases that are not what the verb acts on (audit round 14): a grievance after "over" once the verb
has its object, and the place a noun of content is in ("agreed on zones in the region").

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it."""

from __future__ import annotations

from hand_docs import facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_over_a_thing_after_the_object_is_the_cause_not_a_second_patient() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    expelled  expel     VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Peruvian  peruvian  ADJ   JJ  5 amod     NORP
    consul    consul    NOUN  NN  2 dobj     -
    over      over      ADP   IN  2 prep     -
    the       the       DET   DT  8 det      -
    treaty    treaty    NOUN  NN  6 pobj     -
    with      with      ADP   IN  8 prep     -
    Bolivia   Bolivia   PROPN NNP 9 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Bolivia" in fact for fact in every(reading))


def test_over_someones_thing_after_the_object_is_the_cause_not_its_owner() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    expelled  expel     VERB  VBD 0 ROOT     -
    the       the       DET   DT  4 det      -
    consul    consul    NOUN  NN  2 dobj     -
    over      over      ADP   IN  2 prep     -
    Bolivia   Bolivia   PROPN NNP 8 poss     GPE
    's        's        PART  POS 6 case     -
    claim     claim     NOUN  NN  5 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Bolivia" in fact for fact in every(reading))


def test_over_a_named_party_after_a_thing_object_stays() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    kept      keep      VERB  VBD 0 ROOT     -
    its       its       PRON  PRP$ 4 poss    -
    lead      lead      NOUN  NN  2 dobj     -
    over      over      ADP   IN  2 prep     -
    Peru      Peru      PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "keep lead over", "Peru") in every(reading)


def test_a_region_a_noun_of_agreement_is_in_is_its_scope_not_a_party() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 4 nsubj    GPE
    and       and       CCONJ CC  1 cc       -
    Peru      Peru      PROPN NNP 1 conj     GPE
    agreed    agree     VERB  VBD 0 ROOT     -
    on        on        ADP   IN  4 prep     -
    fishing   fishing   NOUN  NN  7 compound -
    zones     zone      NOUN  NNS 5 pobj     -
    in        in        ADP   IN  7 prep     -
    the       the       DET   DT  11 det     LOC
    South     South     PROPN NNP 11 compound I-LOC
    Pacific   Pacific   PROPN NNP 8 pobj     I-LOC
    .         .         PUNCT .   4 punct    -
    """)
    assert not any("South Pacific" in fact for fact in every(reading))


def test_a_region_a_call_is_for_is_its_scope_not_a_party() -> None:
    reading = read("""
    Morales   Morales   PROPN NNP 2 nsubj    PERSON
    called    call      VERB  VBD 0 ROOT     -
    for       for       ADP   IN  2 prep     -
    closer    close     ADJ   JJR 5 amod     -
    cooperation cooperation NOUN NN 3 pobj   -
    in        in        ADP   IN  5 prep     -
    the       the       DET   DT  8 det      -
    Andes     Andes     PROPN NNP 6 pobj     LOC
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Andes" in fact for fact in every(reading))


def test_a_place_that_places_the_subject_through_a_noun_stays() -> None:
    reading = read("""
    Morales   Morales   PROPN NNP 2 nsubj    PERSON
    stopped   stop      VERB  VBD 0 ROOT     -
    on        on        ADP   IN  2 prep     -
    the       the       DET   DT  6 det      -
    campaign  campaign  NOUN  NN  6 compound -
    trail     trail     NOUN  NN  3 pobj     -
    in        in        ADP   IN  6 prep     -
    Cusco     Cusco     PROPN NNP 7 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert any("Cusco" in fact for fact in every(reading))
