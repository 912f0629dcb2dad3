"""A verb's common-noun complement or relative antecedent stays in the predicate of a phrase after it (wave 86
H): "Investors become stockholders in Zentex" is "become stockholder in" Zentex, not a bare "become in"
(the linking verb's attr is its thing, as a direct object is: objects.SlotReader._thing_object); "a clean
bill of health that Chile could take to Peru" is "take bill to" Peru, the relative pronoun making the
antecedent the clause's object (objects.SlotReader._antecedent_object). The parses are built by hand as
the parser gave them (tests/hand_docs.py); the sentences and the names are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

BECOME = """
Investors     investor     NOUN  NNS  2  nsubj  -
become        become       VERB  VBP  0  ROOT   -
stockholders  stockholder  NOUN  NNS  2  attr   -
in            in           ADP   IN   2  prep   -
Zentex        Zentex       PROPN NNP  4  pobj   ORG
.             .            PUNCT .    2  punct  -
"""

TAKE = """
The      the      DET   DT   2  det    -
fund     fund     NOUN  NN   3  nsubj  -
gave     give     VERB  VBD  0  ROOT   -
a        a        DET   DT   6  det    -
clean    clean    ADJ   JJ   6  amod   -
bill     bill     NOUN  NN   3  dobj   -
of       of       ADP   IN   6  prep   -
health   health   NOUN  NN   7  pobj   -
that     that     PRON  WDT  12 dobj   -
Chile    Chile    PROPN NNP  12 nsubj  GPE
could    could    AUX   MD   12 aux    -
take     take     VERB  VB   6  relcl  -
to       to       ADP   IN   12 prep   -
Peru     Peru     PROPN NNP  13 pobj   GPE
.        .        PUNCT .    3  punct  -
"""


def _edges(rows: str) -> list[tuple[str, str, str]]:
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]


def test_a_linking_verbs_complement_noun_stays_in_the_predicate() -> None:
    predicates = {p for _, p, o in _edges(BECOME) if o == "Zentex"}
    assert predicates == {"become stockholder in"}  # not a bare "become in"


def test_a_relative_clauses_antecedent_thing_stays_in_the_predicate() -> None:
    assert ("Chile", "take bill to", "Peru") in _edges(TAKE)
    assert not any(p == "take to" for _, p, _ in _edges(TAKE))
