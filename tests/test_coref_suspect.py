""" "The accused", "the suspect", "the attacker": the one person an article charges (wave 14b).

Each test states its parse by hand (tests/hand_docs.py), so no model update moves it."""

from __future__ import annotations

from hand_docs import facts, read

CHARGED = """
    Juan       Juan       PROPN NNP 2 compound PERSON
    Ortiz      Ortiz      PROPN NNP 3 nsubj    I-PERSON
    appeared   appear     VERB  VBD 0 ROOT     -
    in         in         ADP   IN  3 prep     -
    court      court      NOUN  NN  4 pobj     -
    ,          ,          PUNCT ,   3 punct    -
    charged    charge     VERB  VBN 3 advcl    -
    with       with       ADP   IN  7 prep     -
    murder     murder     NOUN  NN  8 pobj     -
    .          .          PUNCT .   3 punct    -
"""

ARRESTED = """
    Chilean    chilean    ADJ   JJ  12 amod    NORP
    police     police     NOUN  NNS 13 nsubj   -
    arrested   arrest     VERB  VBD 0 ROOT     -
    the        the        DET   DT  15 det     -
    accused    accuse     VERB  VBN 13 dobj    -
    in         in         ADP   IN  15 prep    -
    Lima       Lima       PROPN NNP 16 pobj    GPE
    .          .          PUNCT .   13 punct   -
"""


def test_the_accused_is_the_one_person_the_article_charges() -> None:
    reading = read(CHARGED + ARRESTED)
    assert ("Chilean police", "arrest", "Juan Ortiz") in facts(reading, "svo")


def test_the_accused_is_nobody_when_two_people_are_charged() -> None:
    two = """
    Juan       Juan       PROPN NNP 2 compound PERSON
    Ortiz      Ortiz      PROPN NNP 6 nsubj    I-PERSON
    and        and        CCONJ CC  2 cc       -
    Ana        Ana        PROPN NNP 5 compound PERSON
    Cruz       Cruz       PROPN NNP 2 conj     I-PERSON
    appeared   appear     VERB  VBD 0 ROOT     -
    in         in         ADP   IN  6 prep     -
    court      court      NOUN  NN  7 pobj     -
    ,          ,          PUNCT ,   6 punct    -
    charged    charge     VERB  VBN 6 advcl    -
    with       with       ADP   IN  10 prep    -
    murder     murder     NOUN  NN  11 pobj    -
    .          .          PUNCT .   6 punct    -
    """
    arrested = "\n".join(
        " ".join(
            str(int(cell) + 3) if n == 4 and cell != "0" else cell for n, cell in enumerate(line.split())
        )
        for line in ARRESTED.strip().splitlines()
    )
    reading = read(two + arrested)
    assert not any("Juan Ortiz" in fact or "Ana Cruz" in fact for fact in facts(reading, "svo"))
