"""A list of what a firm acquired inside a clause a reporting verb takes ("The firm said acquisitions were X,
Y bought from Z and W bought from V"): the names before "bought from" are things bought, neither the buyer
nor a unit of the firm named before them. Sentences written for these tests, parses built by hand as the
parser gave them."""

from __future__ import annotations

from geokg.extract.io.nlp import acquired_names
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "The firm said acquisitions were the coatings operations of Acme Corp, Delta Corp bought from Orvan Tools
# and Rayon Works bought from Kemi NV."
SAID = """
The          the         DET   DT  2  det      -
firm         firm        NOUN  NN  3  nsubj    -
said         say         VERB  VBD 0  ROOT     -
acquisitions acquisition NOUN  NNS 5  nsubj    -
were         be          AUX   VBD 3  ccomp    -
the          the         DET   DT  8  det      -
coatings     coating     NOUN  NNS 8  compound -
operations   operation   NOUN  NNS 5  attr     -
of           of          ADP   IN  8  prep     -
Acme         Acme        PROPN NNP 11 compound ORG
Corp         Corp        PROPN NNP 9  pobj     I-ORG
,            ,           PUNCT ,   11 punct    -
Delta        Delta       PROPN NNP 14 compound ORG
Corp         Corp        PROPN NNP 11 appos    I-ORG
bought       buy         VERB  VBD 8  acl      -
from         from        ADP   IN  15 prep     -
Orvan        Orvan       PROPN NNP 18 compound ORG
Tools        Tools       PROPN NNP 16 pobj     I-ORG
and          and         CCONJ CC  18 cc       -
Rayon        Rayon       PROPN NNP 21 compound ORG
Works        Works       PROPN NNP 18 conj     I-ORG
bought       buy         VERB  VBD 8  acl      -
from         from        ADP   IN  22 prep     -
Kemi         Kemi        PROPN NNP 25 compound ORG
NV           NV          PROPN NNP 23 pobj     I-ORG
.            .           PUNCT .   3  punct    -
"""

# "The firm said sales were ...": no list of acquisitions, no repair
SALES = SAID.replace("acquisitions acquisition", "sales        sale       ", 1)


def _edges(doc) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_names_before_bought_from_in_a_reported_list_of_acquisitions_are_things_bought() -> None:
    assert ("Delta Corp", "operation of", "Acme Corp") in _edges(parse(SAID))  # what the repair removes
    doc = acquired_names(parse(SAID))
    assert (doc[13].dep_, doc[13].head.text) == ("conj", "operations")
    assert (doc[14].dep_, doc[14].head.text) == ("acl", "Corp")
    assert (doc[20].dep_, doc[20].head.text) == ("conj", "operations")
    assert (doc[18].dep_, doc[18].head.text) == ("cc", "operations")
    assert (doc[21].dep_, doc[21].head.text) == ("acl", "Works")
    after = _edges(doc)
    assert not any(subject in ("Delta Corp", "Rayon Works") for subject, _, _ in after)
    assert not any({"Delta Corp", "Acme Corp"} == {subject, obj} for subject, _, obj in after)
    # a clause whose subject is no noun of acquisition is left as the parser read it
    assert acquired_names(parse(SALES))[13].dep_ == "appos"
