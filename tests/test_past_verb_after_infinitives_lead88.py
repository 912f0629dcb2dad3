"""A past verb with no subject that the parser hung as a conjunct on the last of a chain of infinitives
("Chile has said it will not allow Peru to use the port and offered its ships to Bolivia") joins the finite
verb above them: Chile offered the ships, not Peru (nlp.coordinated_clauses, _finite_above_infinitive). The
parse is built by hand as the parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import parse

OFFERED = """
Chile   Chile   PROPN NNP  3  nsubj GPE
has     have    AUX   VBZ  3  aux   -
said    say     VERB  VBN  0  ROOT  -
it      it      PRON  PRP  7  nsubj -
will    will    AUX   MD   7  aux   -
not     not     PART  RB   7  neg   -
allow   allow   VERB  VB   3  ccomp -
Peru    Peru    PROPN NNP  10 nsubj GPE
to      to      PART  TO   10 aux   -
use     use     VERB  VB   7  ccomp -
the     the     DET   DT   12 det   -
port    port    NOUN  NN   10 dobj  -
and     and     CCONJ CC   10 cc    -
offered offer   VERB  VBD  10 conj  -
its     its     PRON  PRP$ 16 poss  -
ships   ship    NOUN  NNS  14 dobj  -
to      to      ADP   IN   14 prep  -
Bolivia Bolivia PROPN NNP  17 pobj  GPE
.       .       PUNCT .    3  punct -
"""


def test_a_past_verb_hung_on_an_infinitive_is_the_finite_verbs_conjunct() -> None:
    doc = coordinated_clauses(parse(OFFERED))
    assert doc[13].head.i == 2 and doc[13].dep_ == "conj"
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    offers = [label[r.subject.entity_id] for r in reading.relations if "offer" in r.predicate]
    assert offers and set(offers) == {"Chile"}, offers
