"""A reported clause's joint subject taken for the object of a verb of speech (wave 84 H): in "Ann Roe pointed
out Ghana and the industry view the levy as illegal" the parser may make Ghana and the industry what Roe
points out and leave "view" bare, which was then read as a clause coordinated with "pointed out" (the industry
views), so that the edge to Ghana had no content. A plural present "view" cannot have the singular "industry"
alone for its subject: the whole object is its subject, the clause what Roe reports, and her word about Ghana
carries it (io/nlp.py coordinated_clauses, _joint_subject_of_report). The parse is built by hand as the
parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import parse

POINTED_OUT = """
Ann        Ann        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  3  nsubj    I-PERSON
pointed    point      VERB  VBD  0  ROOT     -
out        out        ADP   RP   3  prt      -
Ghana      Ghana      PROPN NNP  3  dobj     GPE
and        and        CCONJ CC   5  cc       -
the        the        DET   DT   8  det      -
industry   industry   NOUN  NN   5  conj     -
view       view       VERB  VBP  3  ccomp    -
the        the        DET   DT   11 det      -
levy       levy       NOUN  NN   9  dobj     -
as         as         ADP   IN   9  prep     -
illegal    illegal    ADJ   JJ   12 amod     -
.          .          PUNCT .    3  punct    -
"""


def test_the_object_and_its_conjunct_are_the_reported_subject() -> None:
    doc = coordinated_clauses(parse(POINTED_OUT))
    assert (doc[4].dep_, doc[4].head.i) == ("nsubj", 8)
    assert (doc[7].dep_, doc[8].dep_, doc[8].head.i) == ("conj", "ccomp", 2)
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    about = [r for r in reading.relations if label[r.object.entity_id] == "Ghana"]
    assert about and all(r.predicate != "point out" for r in about)
    assert all(r.content == "Ghana and the industry view the levy as illegal" for r in about)
    # with a past verb there is no telling the two apart: the clauses stay coordinated
    past = coordinated_clauses(
        parse(POINTED_OUT.replace("view       view       VERB  VBP", "viewed     view       VERB  VBD"))
    )
    assert (past[7].dep_, past[8].dep_) == ("nsubj", "conj")
