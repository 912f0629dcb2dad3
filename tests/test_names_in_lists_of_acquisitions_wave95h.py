"""A list of what a firm acquired, each thing told by a reduced relative ("Acquisitions included X bought
from Y and Z bought from W"): the name before "bought from" is a thing bought, never the buyer. Sentences
written for these tests, parses built by hand as the parser gave them."""

from __future__ import annotations

from geokg.extract.io.nlp import acquired_names
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Acquisitions included Delta Inc bought from Orvan Tools and Rayon Works bought from Kemi NV."
INCLUDED = """
Acquisitions acquisition NOUN  NNS 2  nsubj    -
included     include     VERB  VBD 0  ROOT     -
Delta        Delta       PROPN NNP 4  compound ORG
Inc          Inc         PROPN NNP 5  nsubj    I-ORG
bought       buy         VERB  VBD 2  ccomp    -
from         from        ADP   IN  5  prep     -
Orvan        Orvan       PROPN NNP 8  compound ORG
Tools        Tools       PROPN NNP 6  pobj     I-ORG
and          and         CCONJ CC  8  cc       -
Rayon        Rayon       PROPN NNP 11 compound ORG
Works        Works       PROPN NNP 8  conj     I-ORG
bought       buy         VERB  VBD 2  advcl    -
from         from        ADP   IN  12 prep     -
Kemi         Kemi        PROPN NNP 15 compound ORG
NV           NV          PROPN NNP 13 pobj     I-ORG
.            .           PUNCT .   2  punct    -
"""

# "Sales included Delta Inc bought from Orvan Tools and Rayon Works bought from Kemi NV.": no list of
# acquisitions, no repair
SALES = INCLUDED.replace("Acquisitions acquisition", "Sales        sale       ", 1)


def _edges(doc) -> set[tuple[str, str, str]]:
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_names_before_bought_from_in_a_list_of_acquisitions_are_things_bought() -> None:
    before = _edges(parse(INCLUDED))
    assert ("Delta Inc", "buy from", "Orvan Tools") in before  # what the repair removes
    doc = acquired_names(parse(INCLUDED))
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "included")
    assert (doc[4].dep_, doc[4].head.text) == ("acl", "Inc")
    assert (doc[10].dep_, doc[10].head.text) == ("conj", "Inc")
    assert (doc[8].dep_, doc[8].head.text) == ("cc", "Inc")
    assert (doc[11].dep_, doc[11].head.text) == ("acl", "Works")
    assert not any(subject in ("Delta Inc", "Rayon Works") for subject, _, _ in _edges(doc))
    assert not any(obj == "Rayon Works" for _, _, obj in _edges(doc))
    # a sentence whose subject is no noun of acquisition is left as the parser read it
    assert acquired_names(parse(SALES))[3].dep_ == "nsubj"
