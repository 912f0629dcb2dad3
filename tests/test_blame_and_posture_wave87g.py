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

