""" "<place> based <name>" written without the hyphen of "Paris-based" reads to the parser as a clause, the
place the subject of a verb "based", the name its object. The repair (io/nlp.py based_names) parses it as the
compound: the place is where the named body is based (its country), never an actor, and the name is the
subject of the sentence's verbs (wave 86 E). Each test states its parse by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import based_names
from geokg.extract.pipeline import read_doc
from hand_docs import country_of, parse

# "Australia based Corvell Ltd said it would bid for Tamaro Corp." as the model parses it
BASED_BIDDER = """
Australia    Australia    PROPN NNP  2 nsubj     GPE
based        base         VERB  VBD  5 csubj     -
Corvell      Corvell      PROPN NNP  4 compound  ORG
Ltd          Ltd          PROPN NNP  2 dobj      I-ORG
said         say          VERB  VBD  0 ROOT      -
it           it           PRON  PRP  8 nsubj     -
would        would        AUX   MD   8 aux       -
bid          bid          VERB  VB   5 ccomp     -
for          for          ADP   IN   8 prep      -
Tamaro       Tamaro       PROPN NNP  11 compound ORG
Corp.        Corp.        PROPN NNP  9 pobj      I-ORG
"""

# "London based Corvell Plc will buy Tamaro Corp." as the model parses it
BASED_BUYER = """
London       London       PROPN NNP  2 nsubj     GPE
based        base         VERB  VBD  6 csubj     -
Corvell      Corvell      PROPN NNP  4 compound  ORG
Plc          Plc          PROPN NNP  2 dobj      I-ORG
will         will         AUX   MD   6 aux       -
buy          buy          VERB  VB   0 ROOT      -
Tamaro       Tamaro       PROPN NNP  8 compound  ORG
Corp.        Corp.        PROPN NNP  6 dobj      I-ORG
"""


def _read(table: str) -> tuple[set[tuple[str, str, str]], str | None, str]:
    reading = read_doc(based_names(parse(table)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    triples = {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations
    }
    firm = next(e.label for e in reading.entities.entities() if e.label.startswith("Corvell"))
    return triples, country_of(reading, firm), firm


def test_a_place_based_firm_is_the_subject_of_its_verb_and_of_that_place() -> None:
    triples, country, firm = _read(BASED_BIDDER)
    assert (firm, "bid for", "Tamaro Corp") in triples
    assert country == "AUS"
    assert not {t for t in triples if t[0] == "Australia"}


def test_the_place_of_a_based_firm_is_no_actor() -> None:
    triples, country, firm = _read(BASED_BUYER)
    assert (firm, "buy", "Tamaro Corp") in triples
    assert country == "GBR"
    assert not {t for t in triples if t[0] == "United Kingdom" or t[0] == "London"}
