"""An "it" that reports is never a name inside the words it reports (wave 68h): "The Trade Ministry said
rice sales grew. Peru, Chile and Bolivia bought most, it said." - the listed states are what is said, a
conjunct as much as the first of them; the "it" goes on with the body that reported before.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import resolve_references
from geokg.extract.pipeline import read_doc
from hand_docs import parse

_REPORT = """
    The          the          DET   DT   3   det       ORG
    Trade        Trade        PROPN NNP  3   compound  I-ORG
    Ministry     Ministry     PROPN NNP  4   nsubj     I-ORG
    said         say          VERB  VBD  0   ROOT      -
    rice         rice         NOUN  NN   6   compound  -
    sales        sale         NOUN  NNS  7   nsubj     -
    grew         grow         VERB  VBD  4   ccomp     -
    .            .            PUNCT .    4   punct     -
    Peru         Peru         PROPN NNP  14  nsubj     GPE
    ,            ,            PUNCT ,    9   punct     -
    Chile        Chile        PROPN NNP  9   conj      GPE
    and          and          CCONJ CC   11  cc        -
    Bolivia      Bolivia      PROPN NNP  11  conj      GPE
    bought       buy          VERB  VBD  18  ccomp     -
    most         most         ADJ   JJS  14  dobj      -
    ,            ,            PUNCT ,    18  punct     -
    it           it           PRON  PRP  18  nsubj     -
    said         say          VERB  VBD  0   ROOT      -
    .            .            PUNCT .    18  punct     -
"""


def test_an_it_that_reports_a_list_of_states_is_the_body_that_reported_before() -> None:
    doc = parse(_REPORT)
    entities = read_doc(doc, scope="hand-built").entities
    label = {e.id: e.label for e in entities.entities()}
    it = next(t.i for t in doc if t.lower_ == "it")
    found = resolve_references(doc, entities).get(it)
    assert found is not None
    assert label[found.entity_id] == "Trade Ministry"
