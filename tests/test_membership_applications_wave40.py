"""Applying to join a body told by a noun (wave 40 C): "Ruritania's application for membership in the
bank", "a bid for membership of NATO" relate the applicant to the body as "applied for membership of" does
(`apply for membership in`, root 02, the lexicon's "apply for"). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, facts, read


def _applications(table: str) -> set[tuple[str, str, str | None, bool]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, r.event_root, r.negated)
        for r in by_rule(reading, "event_noun")
        if label[r.object.entity_id] == "World Bank"
    }


def test_an_owners_application_for_membership_in_a_body_applies_to_join_it() -> None:
    found = _applications("""
    Chile       Chile       PROPN NNP 3  poss      GPE
    's          's          PART  POS 1  case      -
    application application NOUN  NN  10 nsubjpass -
    for         for         ADP   IN  3  prep      -
    membership  membership  NOUN  NN  4  pobj      -
    in          in          ADP   IN  5  prep      -
    the         the         DET   DT  8  det       ORG
    World       World       PROPN NNP 8  compound  I-ORG
    Bank        Bank        PROPN NNP 6  pobj      I-ORG
    was         be          AUX   VBD 10 auxpass   -
    welcomed    welcome     VERB  VBN 0  ROOT      -
    .           .           PUNCT .   10 punct     -
    """)
    assert found == {("Chile", "apply for membership in", "02", False)}


def test_a_bid_for_membership_of_a_body_applies_to_join_it() -> None:
    found = _applications("""
    Chile       Chile       PROPN NNP 3  poss      GPE
    's          's          PART  POS 1  case      -
    bid         bid         NOUN  NN  10 nsubj     -
    for         for         ADP   IN  3  prep      -
    membership  membership  NOUN  NN  4  pobj      -
    of          of          ADP   IN  5  prep      -
    the         the         DET   DT  8  det       ORG
    World       World       PROPN NNP 8  compound  I-ORG
    Bank        Bank        PROPN NNP 6  pobj      I-ORG
    has         have        AUX   VBZ 10 aux       -
    stalled     stall       VERB  VBN 0  ROOT      -
    .           .           PUNCT .   10 punct     -
    """)
    assert found == {("Chile", "apply for membership of", "02", False)}


def test_an_application_for_a_loan_from_a_body_is_no_membership() -> None:
    found = _applications("""
    Chile       Chile       PROPN NNP 3  poss      GPE
    's          's          PART  POS 1  case      -
    application application NOUN  NN  10 nsubjpass -
    for         for         ADP   IN  3  prep      -
    loans       loan        NOUN  NNS 4  pobj      -
    from        from        ADP   IN  5  prep      -
    the         the         DET   DT  8  det       ORG
    World       World       PROPN NNP 8  compound  I-ORG
    Bank        Bank        PROPN NNP 6  pobj      I-ORG
    was         be          AUX   VBD 10 auxpass   -
    welcomed    welcome     VERB  VBN 0  ROOT      -
    .           .           PUNCT .   10 punct     -
    """)
    assert not any(p.startswith("apply for membership") for _, p, _, _ in found)


def test_applying_to_join_a_body_is_no_joining() -> None:
    reading = read("""
    Chile   Chile   PROPN NNP 3 nsubj GPE
    has     have    AUX   VBZ 3 aux   -
    applied apply   VERB  VBN 0 ROOT  -
    to      to      PART  TO  5 aux   -
    join    join    VERB  VB  3 xcomp -
    NATO    NATO    PROPN NNP 5 dobj  ORG
    .       .       PUNCT .   3 punct -
    """)
    found = facts(reading, "svo")
    assert ("Chile", "apply to join", "NATO") in found
    assert ("Chile", "join", "NATO") not in found


def test_an_application_for_membership_a_light_verb_makes_applies_to_join() -> None:
    reading = read("""
    Chile       Chile       PROPN NNP 2  nsubj    GPE
    made        make        VERB  VBD 0  ROOT     -
    an          an          DET   DT  4  det      -
    application application NOUN  NN  2  dobj     -
    for         for         ADP   IN  4  prep     -
    membership  membership  NOUN  NN  5  pobj     -
    in          in          ADP   IN  6  prep     -
    the         the         DET   DT  10 det      ORG
    World       World       PROPN NNP 10 compound I-ORG
    Bank        Bank        PROPN NNP 7  pobj     I-ORG
    .           .           PUNCT .   2  punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    found = {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root)
        for r in by_rule(reading, "light_verb")
    }
    assert found == {("Chile", "apply for membership in", "World Bank", "02")}
