"""Meetings at a place keep their code (wave 92 G): "Kalder and Osmond are scheduled to meet April 5-6 in
Ottawa" tells a meeting held in Ottawa; the place edge of the verb of meeting itself is that meeting (04),
as an attended meeting's is, besides the two subjects' meeting with each other (reciprocal), not a bare
venue with no code (relations._met_at_place). The parse is built by hand as the parser gave it
(tests/hand_docs.py); the sentence and the people are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

SCHEDULED = """
Kalder     Kalder     PROPN NNP  5  nsubjpass PERSON
and        and        CCONJ CC   1  cc        -
Osmond     Osmond     PROPN NNP  1  conj      PERSON
are        be         AUX   VBP  5  auxpass   -
scheduled  schedule   VERB  VBN  0  ROOT      -
to         to         PART  TO   7  aux       -
meet       meet       VERB  VB   5  xcomp     -
April      April      PROPN NNP  7  npadvmod  DATE
5          5          NUM   CD   8  nummod    I-DATE
-          -          SYM   SYM  11 punct     I-DATE
6          6          NUM   CD   8  nummod    I-DATE
in         in         ADP   IN   7  prep      -
Ottawa     Ottawa     PROPN NNP  12 pobj      GPE
.          .          PUNCT .    5  punct     -
"""


def test_a_scheduled_meeting_in_a_city_keeps_its_code_on_the_place_edge() -> None:
    reading = read_doc(parse(SCHEDULED), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = {
        (label.get(r.subject.entity_id), r.predicate, label.get(r.object.entity_id), r.event_root)
        for r in reading.relations
    }
    assert ("Kalder", "meet in", "Ottawa", "04") in edges
    assert ("Osmond", "meet in", "Ottawa", "04") in edges
    assert ("Kalder", "meet with", "Osmond", "04") in edges
