"""Events whose object or agent sits one step away from the name (wave 22): an unnamed envoy of a state
acts for that state.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def test_expelling_a_states_ambassador_reduces_relations_with_that_state() -> None:
    reading = read("""
    Ghana       Ghana       PROPN NNP 2 nsubj    GPE
    expelled    expel       VERB  VBD 0 ROOT     -
    Togo        Togo        PROPN NNP 5 poss     GPE
    's          's          PART  POS 3 case     -
    ambassador  ambassador  NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Ghana", "expel", "Togo") in facts(reading, "svo")
    (relation,) = [r for r in by_rule(reading, "svo") if r.predicate == "expel"]
    assert relation.event_code == "161"


def test_an_envoy_named_by_its_states_adjective_is_that_state() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj    GPE
    summoned    summon      VERB  VBD 0 ROOT     -
    the         the         DET   DT  5 det      -
    Bolivian    bolivian    ADJ   JJ  5 amod     NORP
    envoy       envoy       NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Peru", "summon", "Bolivia") in facts(reading, "svo")


def test_an_unnamed_ambassador_as_subject_acts_for_the_state() -> None:
    reading = read("""
    The         the         DET   DT  3 det      -
    Danish      danish      ADJ   JJ  3 amod     NORP
    ambassador  ambassador  NOUN  NN  4 nsubj    -
    met         meet        VERB  VBD 0 ROOT     -
    Norwegian   norwegian   ADJ   JJ  6 amod     NORP
    officials   official    NOUN  NNS 4 dobj     -
    .           .           PUNCT .   4 punct    -
    """)
    assert ("Denmark", "meet with", "Norway") in facts(reading, "svo")


def test_a_persons_envoy_is_not_that_person() -> None:
    reading = read("""
    Jane        Jane        PROPN NNP 2 compound PERSON
    Roe         Roe         PROPN NNP 4 poss     I-PERSON
    's          's          PART  POS 2 case     -
    envoy       envoy       NOUN  NN  5 nsubj    -
    criticised  criticise   VERB  VBD 0 ROOT     -
    Chile       Chile       PROPN NNP 5 dobj     GPE
    .           .           PUNCT .   5 punct    -
    """)
    assert not any(fact[0] == "Jane Roe" for fact in facts(reading, "svo"))


def test_a_states_own_envoy_acts_for_it_though_a_persons_envoy_does_not() -> None:
    reading = read("""
    Peru        Peru        PROPN NNP 2 nsubj    GPE
    summoned    summon      VERB  VBD 0 ROOT     -
    Bolivia     Bolivia     PROPN NNP 5 poss     GPE
    's          's          PART  POS 3 case     -
    envoy       envoy       NOUN  NN  2 dobj     -
    .           .           PUNCT .   2 punct    -
    """)
    assert ("Peru", "summon", "Bolivia") in facts(reading, "svo")
