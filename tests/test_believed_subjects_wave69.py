"""The subject of a clause after a verb of belief (wave 69 G): "Chile does not believe Peru yet threatens
Bolivia, the official said" is no distrust of Peru. The parser may take the clause's subject for the
belief's object and hang the clause's finite verb, left without a subject, on the belief verb
(io/nlp.py believed_subjects gives the clause its subject back); the clause under a denied belief is then
asserted by no one. "does not believe Peru" alone (a real object) keeps its edge.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import believed_subjects
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# the parse the model gives: "Peru" the belief's object, "threatens" its clause without a subject
BELIEVED_AS_OBJECT = """
    Chile          Chile          PROPN  NNP     4 nsubj      GPE
    does           do             AUX    VBZ     4 aux        -
    not            not            PART   RB      4 neg        -
    believe        believe        VERB   VB     12 ccomp      -
    Peru           Peru           PROPN  NNP     4 dobj       GPE
    yet            yet            ADV    RB      7 advmod     -
    threatens      threaten       VERB   VBZ     4 ccomp      -
    Bolivia        Bolivia        PROPN  NNP     7 dobj       GPE
    ,              ,              PUNCT  ,      12 punct      -
    the            the            DET    DT     11 det        -
    official       official       NOUN   NN     12 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    .              .              PUNCT  .      12 punct      -
"""

DISTRUST = """
    Chile          Chile          PROPN  NNP     4 nsubj      GPE
    does           do             AUX    VBZ     4 aux        -
    not            not            PART   RB      4 neg        -
    believe        believe        VERB   VB      8 ccomp      -
    Peru           Peru           PROPN  NNP     4 dobj       GPE
    ,              ,              PUNCT  ,       8 punct      -
    officials      official       NOUN   NNS     8 nsubj      -
    said           say            VERB   VBD     0 ROOT       -
    .              .              PUNCT  .       8 punct      -
"""


def _read(doc):  # type: ignore[no-untyped-def]
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.negated)
        for r in reading.relations
    }


def test_the_clause_subject_taken_for_the_belief_object_is_given_back() -> None:
    doc = believed_subjects(parse(BELIEVED_AS_OBJECT))
    assert (doc[4].dep_, doc[4].head.text) == ("nsubj", "threatens")
    relations = _read(doc)
    assert not any(p == "believe" for _, p, _, _ in relations)  # no "Chile NOT believe Peru"
    assert not any(p.startswith("threaten") for _, p, _, _ in relations)  # denied belief: not asserted


def test_a_belief_with_a_real_object_keeps_it() -> None:
    doc = believed_subjects(parse(DISTRUST))
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "believe")
    assert any(p == "believe" and neg for _, p, _, neg in _read(doc))
