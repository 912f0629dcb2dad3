"""Meetings told by their owner's noun (wave 40 C): "Chile's meeting with Peru was postponed", "talks
were called off": the owner's meeting with its "with" partner did not take place; "Chile's talks with Peru
on Wednesday will focus on trade": it is still to come. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, read


def _meeting(table: str):  # type: ignore[no-untyped-def]
    reading = read(table)
    return [(r.negated, r.modality, r.event_root) for r in by_rule(reading, "event_noun")]


def test_a_meeting_its_clause_postpones_did_not_take_place() -> None:
    found = _meeting("""
    Chile     Chile     PROPN NNP 3 poss      GPE
    's        's        PART  POS 1 case      -
    meeting   meeting   NOUN  NN  7 nsubjpass -
    with      with      ADP   IN  3 prep      -
    Peru      Peru      PROPN NNP 4 pobj      GPE
    was       be        AUX   VBD 7 auxpass   -
    postponed postpone  VERB  VBN 0 ROOT      -
    .         .         PUNCT .   7 punct     -
    """)
    assert found == [(True, None, "04")]


def test_talks_called_off_did_not_take_place() -> None:
    found = _meeting("""
    Chile     Chile     PROPN NNP 3 poss      GPE
    's        's        PART  POS 1 case      -
    talks     talk      NOUN  NNS 8 nsubjpass -
    with      with      ADP   IN  3 prep      -
    Peru      Peru      PROPN NNP 4 pobj      GPE
    have      have      AUX   VBP 8 aux       -
    been      be        AUX   VBN 8 auxpass   -
    called    call      VERB  VBN 0 ROOT      -
    off       off       ADP   RP  8 prt       -
    .         .         PUNCT .   8 punct     -
    """)
    assert found == [(True, None, "04")]


def test_a_meeting_not_postponed_still_holds() -> None:
    found = _meeting("""
    Chile     Chile     PROPN NNP 3 poss      GPE
    's        's        PART  POS 1 case      -
    meeting   meeting   NOUN  NN  8 nsubjpass -
    with      with      ADP   IN  3 prep      -
    Peru      Peru      PROPN NNP 4 pobj      GPE
    was       be        AUX   VBD 8 auxpass   -
    not       not       PART  RB  8 neg       -
    postponed postpone  VERB  VBN 0 ROOT      -
    .         .         PUNCT .   8 punct     -
    """)
    assert found == [(False, None, "04")]


FUTURE_TALKS = """
Chile     Chile     PROPN NNP 3 poss      GPE
's        's        PART  POS 1 case      -
talks     talk      NOUN  NNS 9 nsubj     -
with      with      ADP   IN  3 prep      -
Peru      Peru      PROPN NNP 4 pobj      GPE
on        on        ADP   IN  3 prep      -
Wednesday Wednesday PROPN NNP 6 pobj      DATE
{aux}
{verb}
on        on        ADP   IN  9 prep      -
trade     trade     NOUN  NN  10 pobj     -
.         .         PUNCT .   9 punct     -
"""


def test_dated_talks_a_future_clause_tells_of_are_still_to_come() -> None:
    table = FUTURE_TALKS.format(
        aux="will      will      AUX   MD  9 aux       -", verb="focus     focus     VERB  VB  0 ROOT      -"
    )
    assert _meeting(table) == [(False, "will", "04")]


def test_dated_talks_a_past_clause_tells_of_were_held() -> None:
    table = FUTURE_TALKS.format(
        aux="did       do        AUX   VBD 9 aux       -", verb="focus     focus     VERB  VB  0 ROOT      -"
    )
    assert _meeting(table) == [(False, None, "04")]


def test_undated_talks_a_future_clause_tells_of_may_be_over() -> None:
    found = _meeting("""
    Chile     Chile     PROPN NNP 3 poss      GPE
    's        's        PART  POS 1 case      -
    talks     talk      NOUN  NNS 7 nsubj     -
    with      with      ADP   IN  3 prep      -
    Peru      Peru      PROPN NNP 4 pobj      GPE
    will      will      AUX   MD  7 aux       -
    help      help      VERB  VB  0 ROOT      -
    trade     trade     NOUN  NN  7 dobj      -
    .         .         PUNCT .   7 punct     -
    """)
    assert found == [(False, None, "04")]
