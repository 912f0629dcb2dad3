"""Prepositional phrases that say when or where, not to whom (wave 51): "in the aftermath of X's pact" and
"in the run-up to X's vote" date the clause; "in Chilean waters" places a deed and makes no object of the
state; a place reached by "in" adds nothing to a deed already done to an actor in the same clause.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, facts_with_roots, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event", "copula")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def test_in_the_aftermath_of_an_event_says_when_not_whom() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    the       the       DET   DT  6 det      -
    aftermath aftermath NOUN  NN  4 pobj     -
    of        of        ADP   IN  6 prep     -
    the       the       DET   DT  11 det     -
    Chilean   chilean   ADJ   JJ  11 amod    NORP
    trade     trade     NOUN  NN  11 compound -
    pact      pact      NOUN  NN  7 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert not any("Chile" in fact for fact in every(reading))


def test_in_the_run_up_to_an_event_says_when_though_the_parser_splits_the_word() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    the       the       DET   DT  8 det      -
    run       run       NOUN  NN  8 compound -
    -         -         PUNCT HYPH 8 punct   -
    up        up        NOUN  NN  4 pobj     -
    to        to        ADP   IN  8 prep     -
    the       the       DET   DT  13 det     -
    Chilean   chilean   ADJ   JJ  13 amod    NORP
    trade     trade     NOUN  NN  13 compound -
    talks     talk      NOUN  NNS 9 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert not any("Chile" in fact for fact in every(reading))


def test_in_a_states_waters_places_the_deed_and_makes_no_object_of_the_state() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    attacked  attack    VERB  VBD 0 ROOT     -
    a         a         DET   DT  4 det      -
    tanker    tanker    NOUN  NN  2 dobj     -
    in        in        ADP   IN  4 prep     -
    Chilean   chilean   ADJ   JJ  7 amod     NORP
    waters    water     NOUN  NNS 5 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert not any("Chile" in fact for fact in every(reading))


def test_into_a_states_airspace_still_reaches_the_state() -> None:
    reading = read("""
    Peruvian  peruvian  ADJ   JJ  2 amod     NORP
    jets      jet       NOUN  NNS 3 nsubj    -
    flew      fly       VERB  VBD 0 ROOT     -
    into      into      ADP   IN  3 prep     -
    Chilean   chilean   ADJ   JJ  6 amod     NORP
    airspace  airspace  NOUN  NN  4 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert any(fact[1] == "fly into" and fact[2] == "Chile" for fact in every(reading))


def test_a_place_adds_nothing_to_a_deed_done_to_an_actor() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    arrested  arrest    VERB  VBD 0 ROOT     -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Ruiz      Ruiz      PROPN NNP 2 dobj     I-PERSON
    in        in        ADP   IN  2 prep     -
    Cuzco     Cuzco     PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    found = every(reading)
    assert ("Peru", "arrest", "Ana Ruiz") in found
    assert not any("Cuzco" in fact for fact in found)


def test_a_place_stays_where_the_deed_has_no_actor_object() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    raided    raid      VERB  VBD 0 ROOT     -
    a         a         DET   DT  4 det      -
    warehouse warehouse NOUN  NN  2 dobj     -
    in        in        ADP   IN  2 prep     -
    Cuzco     Cuzco     PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert any("Cuzco" in fact for fact in every(reading))


def test_in_a_states_airspace_on_the_verb_is_where_not_whom() -> None:
    reading = read("""
    Peruvian  peruvian  ADJ   JJ  2 amod     NORP
    jets      jet       NOUN  NNS 3 nsubj    -
    flew      fly       VERB  VBD 0 ROOT     -
    in        in        ADP   IN  3 prep     -
    Chilean   chilean   ADJ   JJ  6 amod     NORP
    airspace  airspace  NOUN  NN  4 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert not any("Chile" in fact for fact in every(reading))


def test_a_states_adjective_the_parser_cut_from_its_waters_is_still_no_object() -> None:
    # the parser takes "Chilean" for the object of "in" and hangs "waters" on the verb
    found = facts_with_roots("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    cited     cite      VERB  VBD 0 ROOT     -
    the       the       DET   DT  7 det      -
    Peruvian  peruvian  ADJ   JJ  7 amod     NORP
    missile   missile   NOUN  NN  7 compound -
    strike    strike    NOUN  NN  3 dobj     -
    in        in        ADP   IN  7 prep     -
    Chilean   Chilean   PROPN NNP 8 pobj     GPE
    waters    water     NOUN  NNS 3 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert not any("Chile" in fact for fact in found)


def test_an_events_place_stays_though_it_kills_a_person() -> None:
    reading = read("""
    The       the       DET   DT  2 det      -
    bombing   bombing   NOUN  NN  3 nsubj    -
    killed    kill      VERB  VBD 0 ROOT     -
    Ana       Ana       PROPN NNP 5 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 dobj     I-PERSON
    in        in        ADP   IN  3 prep     -
    Cuzco     Cuzco     PROPN NNP 6 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert ("bombing", "kill in", "Cuzco") in facts(reading, "prep")


def test_a_place_adds_nothing_to_a_deed_the_verb_is_only_by_forces() -> None:
    # "sink" is force only with forces as its agent: the verb still may be a deed
    reading = read("""
    Peruvian  peruvian  ADJ   JJ  2 amod     NORP
    warships  warship   NOUN  NNS 3 nsubj    -
    sank      sink      VERB  VBD 0 ROOT     -
    Ana       Ana       PROPN NNP 5 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 dobj     I-PERSON
    in        in        ADP   IN  3 prep     -
    Cuzco     Cuzco     PROPN NNP 6 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert not any("Cuzco" in fact for fact in every(reading))
