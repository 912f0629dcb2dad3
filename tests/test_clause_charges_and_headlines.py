"""Clause arguments of audit round 19: a headline's bare "-ed" form with no object is a passive, the wrong a
verb of charging names is its predicate ("accuse of fraud"), and a "from" phrase after a verb of joining
says whence its subject comes.

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it;
the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

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


def test_the_wrong_charged_is_the_predicate_and_its_place_no_party() -> None:
    # "accused Peru of fraud at the border post in Tacna": Peru is accused, of fraud; Tacna is no party
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj    GPE
    accused   accuse    VERB  VBD 0 ROOT     -
    Peru      Peru      PROPN NNP 2 dobj     GPE
    of        of        ADP   IN  3 prep     -
    fraud     fraud     NOUN  NN  4 pobj     -
    in        in        ADP   IN  2 prep     -
    Tacna     Tacna     PROPN NNP 6 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    found = every(reading)
    assert ("Chile", "accuse of fraud", "Peru") in found
    assert not any("Tacna" in fact for fact in found)


def test_a_charge_with_its_wrong_on_the_verb() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    charged   charge    VERB  VBD 0 ROOT     -
    Ana       Ana       PROPN NNP 4 compound PERSON
    Lopez     Lopez     PROPN NNP 2 dobj     I-PERSON
    with      with      ADP   IN  2 prep     -
    bribery   bribery   NOUN  NN  5 pobj     -
    in        in        ADP   IN  6 prep     -
    Bolivia   Bolivia   PROPN NNP 7 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    found = every(reading)
    assert ("Peru", "charge with bribery", "Ana Lopez") in found
    assert not any("Bolivia" in fact for fact in found)


def test_joining_from_another_body_joins_only_the_object() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 3 nsubj    GPE
    will      will      AUX   MD  3 aux      -
    join      join      VERB  VB  0 ROOT     -
    the       the       DET   DT  6 det      -
    Pacific   Pacific   PROPN NNP 6 compound ORG
    Alliance  Alliance  PROPN NNP 3 dobj     I-ORG
    from      from      ADP   IN  3 prep     -
    the       the       DET   DT  10 det     -
    Andean    Andean    PROPN NNP 10 compound ORG
    Pact      Pact      PROPN NNP 7 pobj     I-ORG
    .         .         PUNCT .   3 punct    -
    """)
    found = every(reading)
    assert ("Chile", "join", "Pacific Alliance") in found
    assert not any("Andean Pact" in fact for fact in found)


def test_a_source_the_parser_makes_the_subject_is_no_speaker() -> None:
    # "According to agency X, the prosecutor Y said …": "to" left without its object, X taken for the
    # subject; Y says it, X is the source it is reported from
    reading = read("""
    According According VERB  VBG 12 prep    -
    to        to        ADP   IN  1 prep     -
    news      news      NOUN  NN  4 compound -
    agency    agency    NOUN  NN  5 compound -
    Andina    Andina    PROPN NNP 12 nsubj   ORG
    ,         ,         PUNCT ,   5 punct    -
    the       the       DET   DT  8 det      -
    prosecutor prosecutor NOUN NN 5 appos    -
    Ana       Ana       PROPN NNP 10 compound PERSON
    Lopez     Lopez     PROPN NNP 8 appos    I-PERSON
    ,         ,         PUNCT ,   5 punct    -
    said      say       VERB  VBD 0 ROOT     -
    Chile     Chile     PROPN NNP 15 nsubj   GPE
    would     would     AUX   MD  15 aux     -
    appeal    appeal    VERB  VB  12 ccomp   -
    .         .         PUNCT .   12 punct   -
    """)
    # (what Chile would do has no fact of its own here, so the report of Chile is an edge: wave 34)
    said = facts(reading, "speech_content")
    assert ("Ana Lopez", "say", "Chile") in said
    assert not any(fact[0] == "Andina" for fact in said)
    label = {e.id: e.label for e in reading.entities.entities()}
    sources = {label.get(r.attributed_to or "") for r in by_rule(reading, "speech_content")}
    assert sources == {"Andina"}
