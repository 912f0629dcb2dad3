"""A wanted or sought act is an intent, not the act (wave 92 G): "Chile wants to increase copper exports
to Kenya" and "firms are seeking to invest in Kenya" tell no trade done yet, only CAMEO's intent to
cooperate (03, material: 031), as "offered to increase exports" is; a hostile act wanted keeps its own
code (frame.Clause.code_of, words.tsv wanting_verbs). Parses built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

WANTED = """
Chile      Chile      PROPN NNP  2  nsubj    GPE
wants      want       VERB  VBZ  0  ROOT     -
to         to         PART  TO   4  aux      -
increase   increase   VERB  VB   2  xcomp    -
copper     copper     NOUN  NN   6  compound -
exports    export     NOUN  NNS  4  dobj     -
to         to         ADP   IN   6  prep     -
Kenya      Kenya      PROPN NNP  7  pobj     GPE
.          .          PUNCT .    2  punct    -
"""

SOUGHT = """
Firms      firm       NOUN  NNS  3  nsubj    -
are        be         AUX   VBP  3  aux      -
seeking    seek       VERB  VBG  0  ROOT     -
to         to         PART  TO   5  aux      -
invest     invest     VERB  VB   3  xcomp    -
in         in         ADP   IN   5  prep     -
Kenya      Kenya      PROPN NNP  6  pobj     GPE
.          .          PUNCT .    3  punct    -
"""


def _kenyan_roots(rows: str) -> set[str | None]:
    reading = read_doc(parse(rows), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {r.event_root for r in reading.relations if label.get(r.object.entity_id) == "Kenya"}


def test_an_act_of_trade_wanted_is_an_intent_to_cooperate() -> None:
    assert _kenyan_roots(WANTED) == {"03"}


def test_an_investment_sought_is_an_intent_to_cooperate() -> None:
    assert _kenyan_roots(SOUGHT) == {"03"}
