"""A minister's portfolio written after the role noun with "for" ("Australian Minister for Foreign Affairs
X", "Irish Minister for Health Y") is the title's, owned by the state before it, as with "of". The parse is
built by hand."""

from __future__ import annotations

from hand_docs import facts, read


def test_minister_for_a_portfolio_is_the_states_minister() -> None:
    reading = read(
        """
    Australian australian ADJ   JJ   2   amod      NORP
    Minister   Minister   PROPN NNP  8   nsubj     -
    for        for        ADP   IN   2   prep      -
    Foreign    Foreign    PROPN NNP  5   compound  -
    Affairs    Affairs    PROPN NNPS 3   pobj      -
    Bill       Bill       PROPN NNP  7   compound  PERSON
    Hayden     Hayden     PROPN NNP  2   conj      I-PERSON
    met        meet       VERB  VBD  0   ROOT      -
    Yeutter    Yeutter    PROPN NNP  8   dobj      PERSON
    .          .          PUNCT .    8   punct     -
    """
    )
    assert ("Bill Hayden", "foreign minister of", "Australia") in facts(reading, "title")
