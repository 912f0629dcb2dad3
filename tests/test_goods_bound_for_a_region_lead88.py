"""Goods bound for a region ("duties on European exports to the Gulf") go to a market, no party the measure is
aimed at: no edge to the region; a state the goods go to stays ("exports to Bolivia") (objects.through_noun,
_bound_for). The parse is built by hand as the parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

DUTIES = """
Chile      Chile    PROPN NNP 2  nsubj GPE
threatened threaten VERB  VBD 0  ROOT  -
to         to       PART  TO  4  aux   -
impose     impose   VERB  VB  2  xcomp -
duties     duty     NOUN  NNS 4  dobj  -
on         on       ADP   IN  5  prep  -
European   european ADJ   JJ  8  amod  NORP
exports    export   NOUN  NNS 6  pobj  -
to         to       ADP   IN  8  prep  -
the        the      DET   DT  11 det   -
Gulf       Gulf     PROPN NNP 9  pobj  LOC
.          .        PUNCT .   2  punct -
"""


def test_goods_bound_for_a_region_reach_no_party() -> None:
    assert not {t for t in read_triples(DUTIES) if t[2] == "Gulf"}
    to_a_state = DUTIES.replace("the        the      DET   DT  11 det   -\n", "").replace(
        "Gulf       Gulf     PROPN NNP 9  pobj  LOC", "Bolivia    Bolivia  PROPN NNP 9  pobj  GPE"
    )
    assert {t for t in read_triples(to_a_state) if t[2] == "Bolivia"}
