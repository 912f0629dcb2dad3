"""A planned deed that names no event of its own is an intent (03) only when it is done to a body or a
state ("planned to join Mercosur"), not a landing or a trip ("planned to land at Lima"): wave 14 left
this open (audit round 13).

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_root
from hand_docs import by_rule, read


def test_planning_to_join_a_body_states_an_intent() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    planned   plan      VERB  VBD 0 ROOT     -
    to        to        PART  TO  4 aux      -
    join      join      VERB  VB  2 xcomp    -
    Mercosur  Mercosur  PROPN NNP 4 dobj     ORG
    .         .         PUNCT .   2 punct    -
    """)
    joined = [r for r in by_rule(reading, "svo") if r.predicate == "plan to join"]
    assert joined and all(r.event_root == "03" for r in joined)


def test_planning_to_land_somewhere_is_no_intent() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    planned   plan      VERB  VBD 0 ROOT     -
    to        to        PART  TO  4 aux      -
    land      land      VERB  VB  2 xcomp    -
    at        at        ADP   IN  4 prep     -
    Lima      Lima      PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    landed = [r for r in by_rule(reading, "prep") if r.predicate.startswith("plan to land")]
    assert landed and all(r.event_root is None for r in landed)


def test_plan_and_intend_are_intents_only_on_a_body_or_a_state() -> None:
    assert event_root("plan", sense=Sense(objects={"": frozenset({"@ORG"})})) == "03"
    assert event_root("intend", sense=Sense(objects={"": frozenset({"@GPE", "@state"})})) == "03"
    assert event_root("plan") is None
    assert event_root("plan", sense=Sense(objects={"": frozenset({"flag"})})) is None
