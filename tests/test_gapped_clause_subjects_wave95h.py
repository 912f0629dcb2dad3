"""A clause coordinated with its own modal and verb ("X will own N pct and Y will have ..."): the parser may
take Y for one more thing the first verb acts on. Sentence written for this test, parse built by hand as
the parser gave it."""

from __future__ import annotations

from geokg.extract.io.nlp import coordinated_clauses
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Marlow said it will hold 40 pct, Anna Berg will own ten pct and the Bank of Lanark will have a six pct
# interest."
MODAL_CLAUSES = """
Marlow     Marlow     PROPN NNP 2  nsubj    ORG
said       say        VERB  VBD 0  ROOT     -
it         it         PRON  PRP 5  nsubj    -
will       will       AUX   MD  5  aux      -
hold       hold       VERB  VB  2  ccomp    -
40         40         NUM   CD  7  nummod   -
pct        pct        NOUN  NN  5  dobj     -
,          ,          PUNCT ,   12 punct    -
Anna       Anna       PROPN NNP 10 compound PERSON
Berg       Berg       PROPN NNP 12 nsubj    I-PERSON
will       will       AUX   MD  12 aux      -
own        own        VERB  VB  2  conj     -
ten        ten        NUM   CD  14 nummod   -
pct        pct        NOUN  NN  12 dobj     -
and        and        CCONJ CC  14 cc       -
the        the        DET   DT  17 det      ORG
Bank       Bank       PROPN NNP 14 conj     I-ORG
of         of         ADP   IN  17 prep     I-ORG
Lanark     Lanark     PROPN NNP 18 pobj     I-ORG
will       will       AUX   MD  21 aux      -
have       have       VERB  VB  12 conj     -
a          a          DET   DT  25 det      -
six        six        NUM   CD  25 nummod   -
pct        pct        NOUN  NN  25 amod     -
interest   interest   NOUN  NN  21 dobj     -
.          .          PUNCT .   2  punct    -
"""

# "Anna Berg will own ten pct of Marlow and Lanark." : the conjunct is the verb's own object's, no clause's
OWN_OBJECT = """
Anna       Anna       PROPN NNP 2  compound PERSON
Berg       Berg       PROPN NNP 4  nsubj    I-PERSON
will       will       AUX   MD  4  aux      -
own        own        VERB  VB  0  ROOT     -
ten        ten        NUM   CD  6  nummod   -
pct        pct        NOUN  NN  4  dobj     -
of         of         ADP   IN  6  prep     -
Marlow     Marlow     PROPN NNP 7  pobj     ORG
and        and        CCONJ CC  8  cc       -
Lanark     Lanark     PROPN NNP 8  conj     ORG
.          .          PUNCT .   4  punct    -
"""


def _edges(doc) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_the_name_before_a_gapped_clause_s_modal_is_its_subject() -> None:
    doc = coordinated_clauses(parse(MODAL_CLAUSES))
    assert (doc[16].dep_, doc[16].head.text) == ("nsubj", "have")
    assert (doc[14].dep_, doc[14].head.text) == ("cc", "own")
    assert ("Anna Berg", "own", "Bank of Lanark") not in _edges(doc)
    assert ("Anna Berg", "own", "Bank of Lanark") in _edges(parse(MODAL_CLAUSES))  # what the repair removes
    # a conjunct of the modal verb's own object is no stranded subject
    own = coordinated_clauses(parse(OWN_OBJECT))
    assert (own[9].dep_, own[9].head.text) == ("conj", "Marlow")
