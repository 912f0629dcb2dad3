"""Clause arguments of audit round 19: a headline's bare "-ed" form with no object is a passive, the wrong a
verb of charging names is its predicate ("accuse of fraud"), and a "from" phrase after a verb of joining
says whence its subject comes.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event", "copula")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_a_headline_past_with_no_object_is_a_passive() -> None:
    # "Alliance unveiled at Lima summit": the alliance is what was unveiled, it unveiled nothing
    reading = read("""
    Pacific   Pacific   PROPN NNP 2 compound ORG
    Alliance  Alliance  PROPN NNP 3 nsubj    I-ORG
    unveiled  unveil    VERB  VBD 0 ROOT     -
    at        at        ADP   IN  3 prep     -
    Lima      Lima      PROPN NNP 4 pobj     GPE
    """)
    found = every(reading)
    assert ("Pacific Alliance", "unveil at", "Lima") not in found
    assert ("Pacific Alliance", "be unveiled at", "Lima") in found


def test_a_headline_past_of_a_verb_without_object_stays_active() -> None:
    reading = read("""
    Envoy     envoy     NOUN  NN  2 compound -
    Pedro     Pedro     PROPN NNP 3 compound PERSON
    Ruiz      Ruiz      PROPN NNP 4 nsubj    I-PERSON
    arrived   arrive    VERB  VBD 0 ROOT     -
    in        in        ADP   IN  4 prep     -
    Lima      Lima      PROPN NNP 5 pobj     GPE
    """)
    assert ("Pedro Ruiz", "arrive in", "Lima") in every(reading)


def test_a_body_sentence_past_stays_active() -> None:
    # a sentence with its full stop is no headline: its past tense is a past tense
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    retaliated retaliate VERB VBD 0 ROOT     -
    against   against   ADP   IN  2 prep     -
    Peru      Peru      PROPN NNP 3 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "retaliate against", "Peru") in every(reading)
