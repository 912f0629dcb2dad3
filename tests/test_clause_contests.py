"""Contests won and given up, told with a noun (audit rounds 16-17: facts never extracted).

Each test states its parse by hand (tests/hand_docs.py), copied from the model's parse of a sentence of our
own, so no model update moves it."""

from __future__ import annotations

from hand_docs import facts, read

ALL_CLAUSE_RULES = ("svo", "prep", "noun_prep", "light_verb", "passive_prep", "circumstance_event")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in ALL_CLAUSE_RULES for fact in facts(reading, name)}


def _events(reading) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.label for e in reading.entities.entities() if e.type == "EVENT"}


def test_a_contest_won_is_an_event_though_its_organiser_owns_it() -> None:
    reading = read("""
    Maria     Maria     PROPN NNP 2 compound PERSON
    Lopez     Lopez     PROPN NNP 3 nsubj    I-PERSON
    won       win       VERB  VBD 0 ROOT     -
    the       the       DET   DT  6 det      ORG
    Green     Green     PROPN NNP 6 compound I-ORG
    Party     Party     PROPN NNP 9 poss     I-ORG
    's        's        PART  POS 6 case     I-ORG
    Ohio      Ohio      PROPN NNP 9 compound GPE
    primary   primary   NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert ("Maria Lopez", "win", "primary") in facts(reading, "svo")


def test_an_owned_contest_not_won_stays_its_owners() -> None:
    reading = read("""
    Maria     Maria     PROPN NNP 2 compound PERSON
    Lopez     Lopez     PROPN NNP 3 nsubj    I-PERSON
    visited   visit     VERB  VBD 0 ROOT     -
    the       the       DET   DT  6 det      ORG
    Green     Green     PROPN NNP 6 compound I-ORG
    Party     Party     PROPN NNP 9 poss     I-ORG
    's        's        PART  POS 6 case     I-ORG
    Ohio      Ohio      PROPN NNP 9 compound GPE
    primary   primary   NOUN  NN  3 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert "primary" not in _events(reading)


def test_a_candidate_drops_out_of_the_race() -> None:
    reading = read("""
    Ken       Ken       PROPN NNP 2 compound PERSON
    Adams     Adams     PROPN NNP 3 nsubj    I-PERSON
    dropped   drop      VERB  VBD 0 ROOT     -
    out       out       ADP   IN  3 prep     -
    of        of        ADP   IN  4 prep     -
    the       the       DET   DT  7 det      -
    race      race      NOUN  NN  5 pobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert ("Ken Adams", "drop out of", "race") in facts(reading, "prep")


def test_a_candidate_ends_his_own_bid() -> None:
    reading = read("""
    Tom          Tom          PROPN NNP 2 compound PERSON
    Baker        Baker        PROPN NNP 3 nsubj    I-PERSON
    ended        end          VERB  VBD 0 ROOT     -
    his          his          PRON  PRP$ 6 poss    -
    presidential presidential ADJ   JJ  6 amod     -
    bid          bid          NOUN  NN  3 dobj     -
    .            .            PUNCT .   3 punct    -
    """)
    assert ("Tom Baker", "end", "presidential bid") in facts(reading, "svo")


def test_talks_ended_with_a_party_are_not_a_contest() -> None:
    reading = read("""
    Tom       Tom       PROPN NNP 2 compound PERSON
    Baker     Baker     PROPN NNP 3 nsubj    I-PERSON
    ended     end       VERB  VBD 0 ROOT     -
    his       his       PRON  PRP$ 5 poss    -
    talks     talk      NOUN  NNS 3 dobj     -
    with      with      ADP   IN  5 prep     -
    Peru      Peru      PROPN NNP 6 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert not _events(reading)


def test_a_contest_placed_by_a_preposition_keeps_its_place() -> None:
    reading = read("""
    Lopez     Lopez     PROPN NNP 2 nsubj    PERSON
    lost      lose      VERB  VBD 0 ROOT     -
    the       the       DET   DT  4 det      -
    caucuses  caucus    NOUN  NNS 2 dobj     -
    in        in        ADP   IN  4 prep     -
    Guam      Guam      PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert "caucuses" not in _events(reading)
    assert ("Lopez", "lose caucus in", "Guam") in every(reading)
