"""Praise that blames, forces posted and attacks foiled (wave 87 G): hailing something as a failure (a
defeat, a disaster) is a disapproval (11), never praise (05); missiles stationed near a place are a force
posture (15) toward the place; foiling an offensive is combat (19). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

HAILED_AS_FAILURE = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
hailed     hail       VERB  VBD 0 ROOT     -
as         as         ADP   IN  2 prep     -
a          a          DET   DT  5 det      -
{noun}     {noun}     NOUN  NN  3 pobj     -
the        the        DET   DT  7 det      -
offensive  offensive  NOUN  NN  2 dobj     -
of         of         ADP   IN  7 prep     -
Peru       Peru       PROPN NNP 8 pobj     GPE
.          .          PUNCT .   2 punct    -
"""


def test_hailing_as_a_failure_is_no_praise() -> None:
    for noun in ("failure", "defeat"):
        roots = {a[3] for a in read_modal_acts(HAILED_AS_FAILURE.format(noun=noun)) if a[2] == "Peru"}
        assert roots == {"11"}, (noun, roots)


def test_hailing_as_a_victory_stays_praise() -> None:
    roots = {a[3] for a in read_modal_acts(HAILED_AS_FAILURE.format(noun="victory")) if a[2] == "Peru"}
    assert roots == {"05"}, roots


STATIONED_NEAR = """
Chile      Chile      PROPN NNP 3 nsubj    GPE
has        have       AUX   VBZ 3 aux      -
stationed  station    VERB  VBN 0 ROOT     -
missiles   missile    NOUN  NNS 3 dobj     -
near       near       ADP   IN  3 prep     -
the        the        DET   DT  7 det      -
coast      coast      NOUN  NN  5 pobj     -
of         of         ADP   IN  7 prep     -
Peru       Peru       PROPN NNP 8 pobj     GPE
.          .          PUNCT .   3 punct    -
"""


def test_missiles_stationed_near_a_place_are_a_posture_toward_it() -> None:
    roots = {a[3] for a in read_modal_acts(STATIONED_NEAR) if a[0] == "Chile" and a[2] == "Peru"}
    assert roots == {"15"}, roots


FOILED = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
foiled     foil       VERB  VBD 0 ROOT     -
Peru       Peru       PROPN NNP 5 poss     GPE
's         's         PART  POS 3 case     -
offensive  offensive  NOUN  NN  2 dobj     -
.          .          PUNCT .   2 punct    -
"""


def test_foiling_an_offensive_is_a_fight() -> None:
    roots = {a[3] for a in read_modal_acts(FOILED) if a[0] == "Chile" and a[2] == "Peru"}
    assert roots == {"19"}, roots
