"""Denied implication (wave 69 G): a clause under a negated verb of implication or evidence ("that did not
mean Chile would attack Peru", "did not signal that ...", "was not a signal that ...") or under a denial of
the implication ("Peru denied that the deal meant Chile would leave NATO") is asserted by no one: no fact,
and not a denial of the clause either. An implication not denied keeps its clause.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def test_negated_mean_leaves_its_clause_unasserted() -> None:
    """ "Diplomats said that did not mean Chile would attack Peru." """
    reading = read("""
    Diplomats      diplomat       NOUN   NNS     2 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    that           that           PRON   WDT     6 nsubj      -
    did            do             AUX    VBD     6 aux        -
    not            not            PART   RB      6 neg        -
    mean           mean           VERB   VB      2 ccomp      -
    Chile          Chile          PROPN  NNP     9 nsubj      GPE
    would          would          AUX    MD      9 aux        -
    attack         attack         VERB   VB      6 ccomp      -
    Peru           Peru           PROPN  NNP     9 dobj       GPE
    .              .              PUNCT  .       2 punct      -
    """)
    assert not any("attack" in r.predicate for r in reading.relations)


def test_denied_meaning_is_no_denial_of_the_clause() -> None:
    """ "Peru denied that the deal meant Chile would leave NATO": the denial is of the meaning, not of the
    leaving; no "NOT leave"."""
    reading = read("""
    Peru           Peru           PROPN  NNP     2 nsubj      GPE
    denied         deny           VERB   VBD     0 ROOT       -
    that           that           SCONJ  IN      6 mark       -
    the            the            DET    DT      5 det        -
    deal           deal           NOUN   NN      6 nsubj      -
    meant          mean           VERB   VBD     2 ccomp      -
    Chile          Chile          PROPN  NNP     9 nsubj      GPE
    would          would          AUX    MD      9 aux        -
    leave          leave          VERB   VB      6 ccomp      -
    NATO           NATO           PROPN  NNP     9 dobj       ORG
    .              .              PUNCT  .       2 punct      -
    """)
    assert not any("leave" in r.predicate for r in reading.relations)


def test_not_a_signal_that_is_no_fact() -> None:
    """ "Diplomats said the visit was not a signal that Chile would recognize Peru." """
    reading = read("""
    Diplomats      diplomat       NOUN   NNS     2 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    the            the            DET    DT      4 det        -
    visit          visit          NOUN   NN      5 nsubj      -
    was            be             AUX    VBD     2 ccomp      -
    not            not            PART   RB      5 neg        -
    a              a              DET    DT      8 det        -
    signal         signal         NOUN   NN      5 attr       -
    that           that           SCONJ  IN     12 mark       -
    Chile          Chile          PROPN  NNP    12 nsubj      GPE
    would          would          AUX    MD     12 aux        -
    recognize      recognize      VERB   VB      8 acl        -
    Peru           Peru           PROPN  NNP    12 dobj       GPE
    .              .              PUNCT  .       2 punct      -
    """)
    assert not any("recogni" in r.predicate for r in reading.relations)


def test_implication_not_denied_keeps_its_clause() -> None:
    """ "Diplomats said the visit meant Chile would recognize Peru": only a denied implication takes the
    clause away."""
    reading = read("""
    Diplomats      diplomat       NOUN   NNS     2 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    the            the            DET    DT      4 det        -
    visit          visit          NOUN   NN      5 nsubj      -
    meant          mean           VERB   VBD     2 ccomp      -
    Chile          Chile          PROPN  NNP     8 nsubj      GPE
    would          would          AUX    MD      8 aux        -
    recognize      recognize      VERB   VB      5 ccomp      -
    Peru           Peru           PROPN  NNP     8 dobj       GPE
    .              .              PUNCT  .       2 punct      -
    """)
    assert any(r.predicate.startswith("recogni") and not r.negated for r in reading.relations)
