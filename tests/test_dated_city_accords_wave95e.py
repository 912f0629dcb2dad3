"""A city before an accord's noun is where it was made, also with a date before the city (wave 95 E): the
parser hangs "March 3" on the city, and the date's words are no part of its name, so "the March 3 Lisbon
accord between A, B and C" is an accord among A, B and C, none with Lisbon. Each test states its parse by hand
(tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

_DATED_CITY_ACCORD = """
    Ministers  minister  NOUN  NNS 2  nsubj    -
    backed     back      VERB  VBD 0  ROOT     -
    the        the       DET   DT  7  det      -
    March      March     PROPN NNP 6  nmod     DATE
    3          3         NUM   CD  4  nummod   I-DATE
    Lisbon     Lisbon    PROPN NNP 7  compound GPE
    accord     accord    NOUN  NN  2  dobj     -
    between    between   ADP   IN  7  prep     -
    Peru       Peru      PROPN NNP 8  pobj     GPE
    ,          ,         PUNCT ,   9  punct    -
    Chile      Chile     PROPN NNP 9  conj     GPE
    and        and       CCONJ CC  11 cc       -
    Bolivia    Bolivia   PROPN NNP 11 conj     GPE
    .          .         PUNCT .   2  punct    -
    """


def test_a_dated_city_before_an_accord_is_no_party() -> None:
    found = facts_with_roots(_DATED_CITY_ACCORD)
    assert not any("Lisbon" in (f[0], f[2]) for f in found)


def test_the_parties_of_a_dated_city_accord_are_its_members() -> None:
    found = facts_with_roots(_DATED_CITY_ACCORD)
    assert ("Peru", "accord with", "Chile", "05") in found
    assert ("Chile", "accord with", "Bolivia", "05") in found
