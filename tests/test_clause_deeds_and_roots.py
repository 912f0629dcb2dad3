"""Voice and CAMEO roots of clauses (audit round 15): a past tense the tagger took for a participle, a
planned visit, a survived attack. Sentences written for these tests, parses by hand (tests/hand_docs.py)."""

from __future__ import annotations

import pytest
from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import by_rule, facts, read


def test_a_participle_with_a_direct_object_is_an_active_past() -> None:
    # the tagger's VBN for "convicted" with a subject and an object: the jury convicts, it is not convicted
    reading = read("""
    A          a          DET   DT  2 det      -
    Lima       Lima       PROPN NNP 3 compound ORG
    court      court      NOUN  NN  4 nsubj    I-ORG
    convicted  convict    VERB  VBN 0 ROOT     -
    Juan       Juan       PROPN NNP 6 compound PERSON
    Perez      Perez      PROPN NNP 4 dobj     I-PERSON
    of         of         ADP   IN  6 prep     -
    fraud      fraud      NOUN  NN  7 pobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert not by_rule(reading, "passive_prep") and not by_rule(reading, "passive")
    assert facts(reading, "svo") == {("Lima court", "convict of fraud", "Juan Perez")}


def test_a_headline_participle_of_a_naming_verb_stays_passive() -> None:
    reading = read("""
    Juan       Juan       PROPN NNP 2 compound PERSON
    Perez      Perez      PROPN NNP 3 nsubj    I-PERSON
    nicknamed  nickname   VERB  VBN 0 ROOT     -
    the        the        DET   DT  5 det      -
    Lion       Lion       PROPN NNP 3 dobj     -
    of         of         ADP   IN  5 prep     -
    Peru       Peru       PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   3 punct    -
    """)
    read_off = facts(reading, "passive_prep") | facts(reading, "svo")
    assert read_off and all(p.startswith("be ") for _s, p, _o in read_off), read_off


def test_an_earthquake_that_hit_a_state_is_no_assault() -> None:
    reading = read("""
    An         an         DET   DT  2 det      -
    earthquake earthquake NOUN  NN  3 nsubj    EVENT
    hit        hit        VERB  VBN 0 ROOT     -
    Peru       Peru       PROPN NNP 3 dobj     GPE
    .          .          PUNCT .   3 punct    -
    """)
    hits = by_rule(reading, "svo")
    assert [(r.predicate, r.event_root) for r in hits] == [("hit", None)]


def test_a_planned_visit_is_an_intent_to_meet() -> None:
    reading = read("""
    Chile      Chile      PROPN NNP 3 nsubj    GPE
    was        be         AUX   VBD 3 aux      -
    planning   plan       VERB  VBG 0 ROOT     -
    to         to         PART  TO  5 aux      -
    visit      visit      VERB  VB  3 xcomp    -
    Peru       Peru       PROPN NNP 5 dobj     GPE
    .          .          PUNCT .   3 punct    -
    """)
    [visit] = by_rule(reading, "svo")
    assert (visit.predicate, visit.event_code) == ("plan to visit", "036")


def test_surviving_an_attack_is_no_attack() -> None:
    reading = read("""
    Juan       Juan       PROPN NNP 2 compound PERSON
    Perez      Perez      PROPN NNP 3 nsubj    I-PERSON
    survived   survive    VERB  VBD 0 ROOT     -
    the        the        DET   DT  5 det      -
    bombing    bombing    NOUN  NN  3 dobj     EVENT
    .          .          PUNCT .   3 punct    -
    """)
    assert [r.event_root for r in by_rule(reading, "svo")] == [None]


@pytest.mark.parametrize(
    ("lemma", "sense", "code"),
    [
        ("rail", Sense(("against",), {}, frozenset()), "111"),
        ("express", Sense((), {"": frozenset({"dissatisfaction"})}, frozenset()), "110"),
        ("designate", Sense((), {"": frozenset({"@PERSON"})}, frozenset()), "050"),
        ("contact", Sense((), {"": frozenset({"@PERSON"})}, frozenset({"@ORG", "@MED"})), "010"),
    ],
    ids=["rail against", "express dissatisfaction", "designate a person", "an outlet contacts"],
)
def test_senses_of_round_15(lemma: str, sense: Sense, code: str) -> None:
    assert event_code(lemma, sense=sense) == code


def test_a_threatened_deed_is_the_threat() -> None:
    # the aid is not cut: CAMEO codes the threat (13), not the aid (07) the deed names
    reading = read("""
    Chile      Chile      PROPN NNP 2 nsubj    GPE
    threatened threaten   VERB  VBD 0 ROOT     -
    to         to         PART  TO  4 aux      -
    cut        cut        VERB  VB  2 xcomp    -
    aid        aid        NOUN  NN  4 dobj     -
    to         to         ADP   IN  4 prep     -
    Peru       Peru       PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    [cut] = by_rule(reading, "prep")
    assert (cut.predicate, cut.event_root) == ("threaten to cut aid to", "13")
