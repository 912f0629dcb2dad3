"""An object "it" its verb calls by a common noun of no actor (wave 36): "Ann Roe called it a serious
mistake" - a thing, an act or an event, never the body the sentence before named; "called it a rogue state"
may still be that body.

Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.coref import resolve_references
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Peru criticised Oxfam. Ann Roe called it a {adjective} {noun}."
_CALLED = """
    Peru         Peru         PROPN NNP  2   nsubj     GPE
    criticised   criticise    VERB  VBD  0   ROOT      -
    Oxfam        Oxfam        PROPN NNP  2   dobj      ORG
    .            .            PUNCT .    2   punct     -
    Ann          Ann          PROPN NNP  6   compound  PERSON
    Roe          Roe          PROPN NNP  7   nsubj     I-PERSON
    called       call         VERB  VBD  0   ROOT      -
    it           it           PRON  PRP  7   dobj      -
    a            a            DET   DT   11  det       -
    {adjective}  {adjective}  ADJ   JJ   11  amod      -
    {noun}       {noun}       NOUN  NN   7   oprd      -
    .            .            PUNCT .    7   punct     -
"""


def _it(adjective: str, noun: str) -> str | None:
    """The label of the antecedent of "it"."""
    doc = parse(_CALLED.format(adjective=adjective, noun=noun))
    entities = read_doc(doc, scope="hand-built").entities
    label = {e.id: e.label for e in entities.entities()}
    found = resolve_references(doc, entities).get(7)
    return label[found.entity_id] if found is not None else None


def test_an_it_called_a_mistake_or_an_event_is_no_body() -> None:
    assert _it("serious", "mistake") is None
    assert _it("terrible", "event") is None


def test_an_it_called_a_kind_of_actor_may_be_the_body_named_before() -> None:
    assert _it("rogue", "state") == "Peru"
    assert _it("brutal", "regime") == "Peru"
