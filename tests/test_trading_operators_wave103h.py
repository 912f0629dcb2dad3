"""Wave 103 H: a state's trading firms named by a class noun. "Brazilian operators", like "Brazilian traders"
and "dealers", are the state's trading firms in a market (sectors.tsv operators, BUS), not the state and
not nobody: "Brazilian operators shipped coffee to Egypt" is their sale (06), and "Egypt purchased coffee
from Indonesian operators" Egypt's purchase from them. The parses are stated by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Brazilian operators shipped coffee to Egypt, dealers said."
_OPERATORS_SHIPPED = """
Brazilian    Brazilian    ADJ   JJ   2   amod      NORP
operators    operator     NOUN  NNS  3   nsubj     -
shipped      ship         VERB  VBD  10  ccomp     -
coffee       coffee       NOUN  NN   3   dobj      -
to           to           ADP   IN   3   prep      -
Egypt        Egypt        PROPN NNP  5   pobj      GPE
,            ,            PUNCT ,    10  punct     -
dealers      dealer       NOUN  NNS  10  nsubj     -
said         say          VERB  VBD  0   ROOT      -
.            .            PUNCT .    10  punct     -
"""

# "Egypt purchased coffee from Indonesian operators."
_PURCHASED_FROM_OPERATORS = """
Egypt        Egypt        PROPN NNP  2   nsubj     GPE
purchased    purchase     VERB  VBD  0   ROOT      -
coffee       coffee       NOUN  NN   2   dobj      -
from         from         ADP   IN   2   prep      -
Indonesian   Indonesian   ADJ   JJ   6   amod      NORP
operators    operator     NOUN  NNS  4   pobj      -
.            .            PUNCT .    2   punct     -
"""


def _sales(table: str) -> set[tuple[str, str, str, str | None]]:
    return {(subj, pred, obj, root) for subj, pred, obj, root, _, _ in read_modal_acts(table)}


def test_a_states_operators_sell_to_a_state() -> None:
    assert ("Brazilian operators", "ship coffee to", "Egypt", "06") in _sales(_OPERATORS_SHIPPED)


def test_a_state_buys_from_anothers_operators() -> None:
    sales = _sales(_PURCHASED_FROM_OPERATORS)
    assert ("Egypt", "purchase coffee from", "Indonesian operators", "06") in sales
