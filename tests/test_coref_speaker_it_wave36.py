"""An "it" that speaks after a report (wave 36): "Oxfam said Peru had jailed activists. It urged Chile to act"
- a verb done in words (a statement, an appeal, a demand, an accusation, a rejection, a threat) is the body
whose verb of speech was the main clause before, not a subject of what it said; a deed ("It freed them") may
be either's, and stays unresolved.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import resolve_references
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Oxfam said Peru had jailed activists. It {verb} Chile ..."
_REPORT = """
    Oxfam        Oxfam        PROPN NNP  2   nsubj     ORG
    said         say          VERB  VBD  0   ROOT      -
    Peru         Peru         PROPN NNP  5   nsubj     GPE
    had          have         AUX   VBD  5   aux       -
    jailed       jail         VERB  VBN  2   ccomp     -
    activists    activist     NOUN  NNS  5   dobj      -
    .            .            PUNCT .    2   punct     -
    It           it           PRON  PRP  9   nsubj     -
    {verb}       {lemma}      VERB  VBD  0   ROOT      -
    Chile        Chile        PROPN NNP  9   dobj      GPE
    .            .            PUNCT .    9   punct     -
"""


def _it(verb: str, lemma: str) -> str | None:
    """The label of the antecedent of "It"."""
    doc = parse(_REPORT.format(verb=verb, lemma=lemma))
    entities = read_doc(doc, scope="hand-built").entities
    label = {e.id: e.label for e in entities.entities()}
    found = resolve_references(doc, entities).get(7)
    return label[found.entity_id] if found is not None else None


def test_an_it_that_speaks_or_accuses_is_the_body_that_reported() -> None:
    assert _it("urged", "urge") == "Oxfam"
    assert _it("accused", "accuse") == "Oxfam"
    assert _it("condemned", "condemn") == "Oxfam"


def test_an_it_of_a_deed_after_a_report_stays_unresolved() -> None:
    assert _it("invaded", "invade") is None
