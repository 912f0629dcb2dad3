"""A person noun with a state's adjective ("a Syrian boy", "a Peruvian girl") is an unnamed person from that
state, not the state (audit round 14).

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_a_boy_of_a_state_is_not_the_state() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    rescued   rescue    VERB  VBD 0 ROOT     -
    a         a         DET   DT  5 det      -
    Syrian    syrian    ADJ   JJ  5 amod     NORP
    boy       boy       NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Syria" in fact for fact in every(reading))


def test_a_states_adjective_hung_past_the_person_noun_still_describes_the_person() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    helped    help      VERB  VBD 0 ROOT     -
    a         a         DET   DT  7 det      -
    Peruvian  peruvian  ADJ   JJ  7 amod     NORP
    girl      girl      NOUN  NN  7 compound -
    flee      flee      NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert not any("Peru" in fact for fact in every(reading))


def test_a_states_thing_still_stands_for_the_state() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    rejected  reject    VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      -
    Peruvian  peruvian  ADJ   JJ  5 amod     NORP
    bid       bid       NOUN  NN  2 dobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Chile", "reject", "Peru") in every(reading)
