"""A region's adjective or a body's name before "Affairs" in a minister's title ("French European Affairs
Minister X", "French EC affairs minister Y") is the portfolio's, not the title's owner: the state before it
owns the office, and the region stays in the title (wave 55: "european affairs minister"). Parses
are built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_european_affairs_is_a_portfolio_of_the_state_named_before_it() -> None:
    facts = facts_with_roots(
        """
    French     french     ADJ   JJ   4   amod      NORP
    European   European   PROPN NNP  3   compound  NORP
    Affairs    Affairs    PROPN NNPS 4   compound  -
    Minister   Minister   PROPN NNP  6   compound  -
    Jean       Jean       PROPN NNP  6   compound  PERSON
    Dupont     Dupont     PROPN NNP  7   nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    Rice       Rice       PROPN NNP  7   dobj      PERSON
    .          .          PUNCT .    7   punct     -
    """
    )
    assert ("Jean Dupont", "european affairs minister of", "France", None) in facts
    assert not any(fact[2] == "European" for fact in facts)


def test_a_bodys_affairs_are_a_portfolio_too() -> None:
    facts = facts_with_roots(
        """
    French     french     ADJ   JJ   4   amod      NORP
    EC         EC         PROPN NNP  3   compound  ORG
    affairs    affair     NOUN  NNS  4   compound  -
    minister   minister   NOUN  NN   6   compound  -
    Jean       Jean       PROPN NNP  6   compound  PERSON
    Dupont     Dupont     PROPN NNP  7   nsubj     I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    Rice       Rice       PROPN NNP  7   dobj      PERSON
    .          .          PUNCT .    7   punct     -
    """
    )
    assert ("Jean Dupont", "ec affairs minister of", "France", None) in facts
