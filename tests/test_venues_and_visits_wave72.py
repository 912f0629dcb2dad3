"""Journeys for talks (wave 72 F): travel to a state or its capital "for talks", "for consultations", "for a
meeting" or "for a visit" is a visit (042: cameo.tsv purpose=@talks rows); a trip with no such purpose to a
city stays a location fact. A city before a meeting's noun is its venue, no party. Each test states its parse
by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, roots_between

_GOES_FOR_TALKS = """
    Mendez   Mendez   PROPN NNP 3  nsubj    PERSON
    would    would    AUX   MD  3  aux      -
    go       go       VERB  VB  0  ROOT     -
    to       to       ADP   IN  3  prep     -
    Lima     Lima     PROPN NNP 4  pobj     GPE
    next     next     ADJ   JJ  7  amod     DATE
    week     week     NOUN  NN  3  npadvmod I-DATE
    for      for      ADP   IN  3  prep     -
    talks    talk     NOUN  NNS 8  pobj     -
    on       on       ADP   IN  9  prep     -
    fishing  fishing  NOUN  NN  10 pobj     -
    .        .        PUNCT .   3  punct    -
    """


def test_going_to_a_capital_for_talks_is_a_visit() -> None:
    assert roots_between(_GOES_FOR_TALKS, "Mendez", "Lima") == {"04"}


def test_going_to_a_capital_with_no_purpose_of_talks_stays_a_place() -> None:
    table = _GOES_FOR_TALKS.replace("talks    talk     NOUN  NNS", "repairs  repair   NOUN  NNS")
    assert roots_between(table, "Mendez", "Lima") == {None}


def test_flying_to_a_capital_for_a_meeting_is_a_visit() -> None:
    found = facts_with_roots("""
    Mendez  Mendez  PROPN NNP 2 nsubj PERSON
    flew    fly     VERB  VBD 0 ROOT  -
    to      to      ADP   IN  2 prep  -
    Quito   Quito   PROPN NNP 3 pobj  GPE
    for     for     ADP   IN  2 prep  -
    a       a       DET   DT  7 det   -
    meeting meeting NOUN  NN  5 pobj  -
    .       .       PUNCT .   2 punct -
    """)
    assert ("Mendez", "fly to", "Quito", "04") in found


# The city before a meeting's noun is its venue, no party (wave 72 F: nouns._named_after_a_place); a state
# there stays a party.
_CITY_MEETING = """
    The     the     DET   DT  3 det      -
    Quito   Quito   PROPN NNP 3 compound GPE
    meeting meeting NOUN  NN  8 nsubj    -
    of      of      ADP   IN  3 prep     -
    the     the     DET   DT  7 det      ORG
    Andean  Andean  PROPN NNP 7 compound I-ORG
    Group   Group   PROPN NNP 4 pobj     I-ORG
    ended   end     VERB  VBD 0 ROOT     -
    on      on      ADP   IN  8 prep     -
    Friday  Friday  PROPN NNP 9 pobj     DATE
    .       .       PUNCT .   8 punct    -
    """


def test_a_city_before_a_meeting_is_its_venue_not_a_party() -> None:
    assert not any(f[0] == "Quito" or f[2] == "Quito" for f in facts_with_roots(_CITY_MEETING))


def test_a_state_before_a_meeting_stays_a_party() -> None:
    table = _CITY_MEETING.replace("Quito   Quito  ", "Peru    Peru   ")
    assert ("Peru", "meet with", "Andean Group", "04") in facts_with_roots(table)
