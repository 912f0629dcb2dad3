"""Wave 103 H: a state's trading firms named by a class noun. "Japanese operators", like "Japanese traders"
and "dealers", are the state's trading firms in a market (sectors.tsv operators, BUS), not the state and
not nobody: "Japanese operators sold sugar to Peru" is their sale (06), and "Peru bought sugar from Thai
operators" Peru's purchase from them. The parses are stated by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts

# "Japanese operators sold sugar to Peru, dealers said."
_OPERATORS_SOLD = """
Japanese     Japanese     ADJ   JJ   2   amod      NORP
operators    operator     NOUN  NNS  3   nsubj     -
sold         sell         VERB  VBD  10  ccomp     -
sugar        sugar        NOUN  NN   3   dobj      -
to           to           ADP   IN   3   prep      -
Peru         Peru         PROPN NNP  5   pobj      GPE
,            ,            PUNCT ,    10  punct     -
dealers      dealer       NOUN  NNS  10  nsubj     -
said         say          VERB  VBD  0   ROOT      -
.            .            PUNCT .    10  punct     -
"""

# "Peru bought sugar from Thai operators."
_BOUGHT_FROM_OPERATORS = """
Peru         Peru         PROPN NNP  2   nsubj     GPE
bought       buy          VERB  VBD  0   ROOT      -
sugar        sugar        NOUN  NN   2   dobj      -
from         from         ADP   IN   2   prep      -
Thai         Thai         ADJ   JJ   6   amod      NORP
operators    operator     NOUN  NNS  4   pobj      -
.            .            PUNCT .    2   punct     -
"""


def _sales(table: str) -> set[tuple[str, str, str, str | None]]:
    return {(subj, pred, obj, root) for subj, pred, obj, root, _, _ in read_modal_acts(table)}


def test_a_states_operators_sell_to_a_state() -> None:
    assert ("Japanese operators", "sell sugar to", "Peru", "06") in _sales(_OPERATORS_SOLD)


def test_a_state_buys_from_anothers_operators() -> None:
    assert ("Peru", "buy sugar from", "Thai operators", "06") in _sales(_BOUGHT_FROM_OPERATORS)
