"""A ministry's portfolio before its noun ("Brazil's finance ministry") names the ministry: it is no title
the ministry holds of the state (no "finance of Brazil"), while its act stands (sentences of our own, parsed
by hand)."""

from __future__ import annotations

from hand_docs import read_triples

# "Brazil's finance ministry called on Chile to pay."
FINANCE_MINISTRY_CALLED_ON = """
Brazil   Brazil   PROPN NNP 4 poss     GPE
's       's       PART  POS 1 case     -
finance  finance  NOUN  NN  4 compound -
ministry ministry NOUN  NN  5 nsubj    -
called   call     VERB  VBD 0 ROOT     -
on       on       ADP   IN  5 prep     -
Chile    Chile    PROPN NNP 6 pobj     GPE
to       to       PART  TO  9 aux      -
pay      pay      VERB  VB  5 xcomp    -
.        .        PUNCT .   5 punct    -
"""


def test_a_ministrys_portfolio_is_no_title_of_the_state() -> None:
    triples = read_triples(FINANCE_MINISTRY_CALLED_ON)
    predicates = {predicate for _, predicate, _ in triples}
    assert "call on" in predicates
    assert not any(p.startswith("finance") for p in predicates)
