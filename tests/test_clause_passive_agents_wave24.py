"""Passives and their agents (round 24): the members of a passive's subject are never agent and patient
of each other."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import read

# "Also, Brown from Utah, and Hawks center Green, Black and White were each suspended for leaving their
# bench" (or "… suspended by the NBA."): the parser makes the first member, with its "from" phrase and
# the "and", an active subject of the passive verb and starts the passive subject at "Green".
LISTED = """
Also        also        ADV   RB   17    advmod    -
,           ,           PUNCT ,    17    punct     -
Brown       Brown       PROPN NNP  17    nsubj     PERSON
from        from        ADP   IN   3     prep      -
Utah        Utah        PROPN NNP  4     pobj      GPE
,           ,           PUNCT ,    3     punct     -
and         and         CCONJ CC   3     cc        -
Hawks       Hawks       PROPN NNPS 9     compound  ORG
center      center      NOUN  NN   10    compound  -
Green       Green       PROPN NNP  17    nsubjpass PERSON
,           ,           PUNCT ,    10    punct     -
Black       Black       PROPN NNP  10    conj      PERSON
and         and         CCONJ CC   12    cc        -
White       White       PROPN NNP  12    conj      PERSON
were        be          AUX   VBD  17    auxpass   -
each        each        DET   DT   17    dep       -
suspended   suspend     VERB  VBN  0     ROOT      -
"""
NO_AGENT = """
for         for         ADP   IN   17    prep      -
leaving     leave       VERB  VBG  18    pcomp     -
their       their       PRON  PRP$ 21    poss      -
bench       bench       NOUN  NN   19    dobj      -
.           .           PUNCT .    17    punct     -
"""
WITH_AGENT = """
by          by          ADP   IN   17    agent     -
the         the         DET   DT   20    det       -
NBA         NBA         PROPN NNP  18    pobj      ORG
.           .           PUNCT .    17    punct     -
"""
PLAYERS = {"Brown", "Green", "Black", "White"}


def _listed(rest: str) -> Reading:
    return read(LISTED + rest)


def _pairs(reading: Reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_the_first_of_listed_passive_subjects_is_no_agent_of_the_others() -> None:
    pairs = _pairs(_listed(NO_AGENT))
    assert not {(s, o) for s, _, o in pairs if s in PLAYERS and o in PLAYERS}


def test_each_listed_passive_subject_is_a_patient_of_the_by_agent() -> None:
    pairs = _pairs(_listed(WITH_AGENT))
    assert {("NBA", "suspend", player) for player in PLAYERS} <= pairs
    assert not {(s, o) for s, _, o in pairs if s in PLAYERS and o in PLAYERS}
