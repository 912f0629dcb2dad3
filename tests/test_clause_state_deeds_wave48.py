"""CAMEO codes of states' deeds in wire copy (wave 48 C): an accord ended or left reduces relations and is
no signing; notifying X of something is a statement to X; barring someone from doing something is a
sanction; beefing up a fleet shows force; what is sought "through" a place asks nothing of it. Sentences
written for these tests, parses by hand (tests/hand_docs.py)."""

from __future__ import annotations

import pytest
from geokg.extract.lexicon.cameo import Sense, event_code
from hand_docs import by_rule, read


def _codes(reading, rule: str) -> set[tuple[str, str | None]]:
    return {(r.predicate, r.event_code) for r in by_rule(reading, rule)}


def test_an_accord_its_owner_ends_reduces_relations_and_is_no_signing() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    terminated terminate  VERB  VBD 0 ROOT     -
    its        its        PRON  PRP$ 5 poss    -
    trade      trade      NOUN  NN  5 compound -
    pact       pact       NOUN  NN  2 dobj     -
    with       with       ADP   IN  5 prep     -
    Chile      Chile      PROPN NNP 6 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(reading, "noun_prep") == {("terminate pact with", "160")}
    assert not by_rule(reading, "event_noun")  # was "pact with" Chile, 057: a signing


def test_an_accord_left_through_its_owners_pronoun_reaches_the_other_party() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    withdrew   withdraw   VERB  VBD 0 ROOT     -
    from       from       ADP   IN  2 prep     -
    its        its        PRON  PRP$ 6 poss    -
    trade      trade      NOUN  NN  6 compound -
    accord     accord     NOUN  NN  3 pobj     -
    with       with       ADP   IN  6 prep     -
    Chile      Chile      PROPN NNP 7 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert _codes(reading, "noun_prep") == {("withdraw from accord with", "160")}
    assert not by_rule(reading, "event_noun")


def test_an_accord_signed_stays_a_signing() -> None:
    reading = read("""
    Bolivia    Bolivia    PROPN NNP 2 nsubj    GPE
    signed     sign       VERB  VBD 0 ROOT     -
    its        its        PRON  PRP$ 4 poss    -
    pact       pact       NOUN  NN  2 dobj     -
    with       with       ADP   IN  4 prep     -
    Chile      Chile      PROPN NNP 5 pobj     GPE
    .          .          PUNCT .   2 punct    -
    """)
    assert [r.event_root for r in by_rule(reading, "event_noun")] == ["05"]


@pytest.mark.parametrize(
    ("verb", "particle", "accord"),
    [
        ("end", "", "treaty"),
        ("terminate", "", "agreement"),
        ("scrap", "", "deal"),
        ("abrogate", "", "accord"),
        ("tear", "up", "pact"),
        ("quit", "", "treaty"),
    ],
)
def test_ending_an_accord_reduces_relations(verb: str, particle: str, accord: str) -> None:
    sense = Sense((particle,) if particle else (), {"": frozenset({accord})})
    assert event_code(verb, sense=sense) == "160"
    assert event_code("end", sense=Sense(objects={"": frozenset({"war"})})) is None  # only an accord


def test_an_accord_under_a_noun_of_ending_is_no_signing() -> None:
    reading = read("""
    Bolivia     Bolivia     PROPN NNP 2 nsubj    GPE
    announced   announce    VERB  VBD 0 ROOT     -
    the         the         DET   DT  4 det      -
    termination termination NOUN  NN  2 dobj     -
    of          of          ADP   IN  4 prep     -
    its         its         PRON  PRP$ 7 poss    -
    pact        pact        NOUN  NN  5 pobj     -
    with        with        ADP   IN  7 prep     -
    Chile       Chile       PROPN NNP 8 pobj     GPE
    .           .           PUNCT .   2 punct    -
    """)
    assert not by_rule(reading, "event_noun")  # was "pact with" Chile, 057: a signing
