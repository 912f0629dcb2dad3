"""Event codes of business, politics and speech that are no force (wave 54 D): a legal, court or political
battle or fight is a contest, no fight (19); fighting a bill or a legislature opposes it (11); a firm's
fight is competition. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def _roots(table: str, subject: str, obj: str) -> set[str | None]:
    return {root for s, _, o, root in facts_with_roots(table) if (s, o) == (subject, obj)}


def test_a_legal_battle_fought_with_a_firm_is_no_fight() -> None:
    roots = _roots(
        """
    Exxon   Exxon   PROPN NNP 2 nsubj ORG
    fought  fight   VERB  VBD 0 ROOT  -
    a       a       DET   DT  6 det   -
    bitter  bitter  ADJ   JJ  6 amod  -
    legal   legal   ADJ   JJ  6 amod  -
    battle  battle  NOUN  NN  2 dobj  -
    with    with    ADP   IN  6 prep  -
    Chevron Chevron PROPN NNP 7 pobj  ORG
    .       .       PUNCT .   2 punct -
    """,
        "Exxon",
        "Chevron",
    )
    assert roots == {None}


def test_a_long_war_fought_with_a_state_is_still_a_fight() -> None:
    roots = _roots(
        """
    Peru   Peru   PROPN NNP 2 nsubj GPE
    fought fight  VERB  VBD 0 ROOT  -
    a      a      DET   DT  5 det   -
    long   long   ADJ   JJ  5 amod  -
    war    war    NOUN  NN  2 dobj  -
    with   with   ADP   IN  5 prep  -
    Chile  Chile  PROPN NNP 6 pobj  GPE
    .      .      PUNCT .   2 punct -
    """,
        "Peru",
        "Chile",
    )
    assert roots == {"19"}


def test_a_court_fight_lost_is_no_fight() -> None:
    roots = _roots(
        """
    Exxon   Exxon   PROPN NNP 2 nsubj    ORG
    lost    lose    VERB  VBD 0 ROOT     -
    a       a       DET   DT  5 det      -
    court   court   NOUN  NN  5 compound -
    fight   fight   NOUN  NN  2 dobj     -
    with    with    ADP   IN  5 prep     -
    Chevron Chevron PROPN NNP 6 pobj     ORG
    .       .       PUNCT .   2 punct    -
    """,
        "Exxon",
        "Chevron",
    )
    assert roots == {None}


def test_a_firm_fighting_a_firm_in_court_is_no_fight() -> None:
    roots = _roots(
        """
    Shell  Shell  PROPN NNP 2 nsubj ORG
    fought fight  VERB  VBD 0 ROOT  -
    Mobil  Mobil  PROPN NNP 2 dobj  ORG
    in     in     ADP   IN  2 prep  -
    court  court  NOUN  NN  4 pobj  -
    .      .      PUNCT .   2 punct -
    """,
        "Shell",
        "Mobil",
    )
    assert roots == {None}


def test_a_politician_fighting_the_legislature_disapproves() -> None:
    roots = _roots(
        """
    Senator  senator  PROPN NNP 2 compound -
    Smith    Smith    PROPN NNP 4 nsubj    PERSON
    is       be       AUX   VBZ 4 aux      -
    fighting fight    VERB  VBG 0 ROOT     -
    the      the      DET   DT  6 det      -
    Senate   Senate   PROPN NNP 4 dobj     ORG
    over     over     ADP   IN  4 prep     -
    the      the      DET   DT  10 det     -
    farm     farm     NOUN  NN  10 compound -
    bill     bill     NOUN  NN  7 pobj     -
    .        .        PUNCT .   4 punct    -
    """,
        "Smith",
        "Senate",
    )
    assert roots == {"11"}


def test_a_firm_fighting_a_firm_competes() -> None:
    roots = _roots(
        """
    Shell  Shell  PROPN NNP 3 nsubj   ORG
    has    have   AUX   VBZ 3 aux     -
    fought fight  VERB  VBN 0 ROOT    -
    Mobil  Mobil  PROPN NNP 3 dobj    ORG
    for    for    ADP   IN  3 prep    -
    two    two    NUM   CD  7 nummod  DATE
    years  year   NOUN  NNS 5 pobj    I-DATE
    .      .      PUNCT .   3 punct   -
    """,
        "Shell",
        "Mobil",
    )
    assert roots == {None}

