"""A meeting "of" two international bodies is the sessions each holds ("the meetings of the International
Monetary Fund and the World Bank"), not a meeting between them; "a meeting of Chile and Peru" still is one.
Parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Chile will attend the meetings of the International Monetary Fund and the World Bank."
SESSIONS = """
    Chile         Chile         PROPN NNP 3  nsubj    GPE
    will          will          AUX   MD  3  aux      -
    attend        attend        VERB  VB  0  ROOT     -
    the           the           DET   DT  5  det      -
    meetings      meeting       NOUN  NNS 3  dobj     -
    of            of            ADP   IN  5  prep     -
    the           the           DET   DT  10 det      ORG
    International International PROPN NNP 10 compound I-ORG
    Monetary      Monetary      PROPN NNP 10 compound I-ORG
    Fund          Fund          PROPN NNP 6  pobj     I-ORG
    and           and           CCONJ CC  10 cc       -
    the           the           DET   DT  14 det      ORG
    World         World         PROPN NNP 14 compound I-ORG
    Bank          Bank          PROPN NNP 10 conj     I-ORG
    .             .             PUNCT .   3  punct    -
"""


def _met(table: str) -> set[frozenset[str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        frozenset((label[r.subject.entity_id], label[r.object.entity_id]))
        for r in reading.relations
        if r.predicate == "meet with"
    }


def test_the_meetings_of_two_bodies_are_no_meeting_between_them() -> None:
    assert frozenset(("International Monetary Fund", "World Bank")) not in _met(SESSIONS)


# "Chile will attend the meeting of Peru and Bolivia."
STATES_MEETING = """
    Chile    Chile    PROPN NNP 3 nsubj GPE
    will     will     AUX   MD  3 aux   -
    attend   attend   VERB  VB  0 ROOT  -
    the      the      DET   DT  5 det   -
    meeting  meeting  NOUN  NN  3 dobj  -
    of       of       ADP   IN  5 prep  -
    Peru     Peru     PROPN NNP 6 pobj  GPE
    and      and      CCONJ CC  7 cc    -
    Bolivia  Bolivia  PROPN NNP 7 conj  GPE
    .        .        PUNCT .   3 punct -
"""


def test_the_meeting_of_two_states_is_one_between_them() -> None:
    assert frozenset(("Peru", "Bolivia")) in _met(STATES_MEETING)
