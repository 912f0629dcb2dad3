"""The place of a market act is where, no partner (wave 93 G): "Many Dutch investors buy gold bars in Belgium
and Austria to avoid the tax" tells where the gold is bought; neither state sells it, so the place edges
take no code (cameo.tsv buy/sell/purchase in object=@GPE, @state, @LOC), both conjuncts of the place
(frame.Clause._own_argument reads a conjunct of a preposition's object as that preposition's object too).
The buyer a sale is made to keeps its 061. Parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

BOUGHT_IN = """
Many       many       ADJ   JJ   3  amod   -
Dutch      dutch      ADJ   JJ   3  amod   NORP
investors  investor   NOUN  NNS  4  nsubj  -
buy        buy        VERB  VBP  0  ROOT   -
gold       gold       NOUN  NN   6  amod   -
bars       bar        NOUN  NNS  4  dobj   -
in         in         ADP   IN   4  prep   -
Belgium    Belgium    PROPN NNP  7  pobj   GPE
and        and        CCONJ CC   8  cc     -
Austria    Austria    PROPN NNP  8  conj   GPE
to         to         PART  TO   12 aux    -
avoid      avoid      VERB  VB   4  advcl  -
the        the        DET   DT   14 det    -
tax        tax        NOUN  NN   12 dobj   -
.          .          PUNCT .    4  punct  -
"""

SOLD_TO_IN = """
Canadian   canadian   ADJ   JJ   2  amod   NORP
traders    trader     NOUN  NNS  3  nsubj  -
sold       sell       VERB  VBD  0  ROOT   -
wheat      wheat      NOUN  NN   3  dobj   -
to         to         ADP   IN   3  prep   -
Poland     Poland     PROPN NNP  5  pobj   GPE
in         in         ADP   IN   3  prep   -
Brazil     Brazil     PROPN NNP  7  pobj   GPE
.          .          PUNCT .    3  punct  -
"""


def _edges(table: str) -> set[tuple[str | None, str, str | None, str | None]]:
    reading = read_doc(parse(table), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label.get(r.subject.entity_id), r.predicate, label.get(r.object.entity_id), r.event_root)
        for r in reading.relations
    }


def test_the_places_a_purchase_is_made_in_take_no_code() -> None:
    places = {(e[2], e[3]) for e in _edges(BOUGHT_IN) if e[1].endswith(" in")}
    assert places == {("Belgium", None), ("Austria", None)}


def test_a_sale_keeps_its_buyer_and_leaves_its_place_without_code() -> None:
    edges = {(e[1], e[2], e[3]) for e in _edges(SOLD_TO_IN)}
    assert ("sell wheat to", "Poland", "06") in edges
    assert ("sell wheat in", "Brazil", None) in edges
