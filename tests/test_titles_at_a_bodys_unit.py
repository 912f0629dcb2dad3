"""A title of an unnamed unit of a named body ("deputy manager of Acme Securities' bond department") is held
at the body, in its unit: "deputy manager of bond department at Acme Securities", not an office of the body
itself. The parse is built by hand."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_title_of_a_firms_department_is_held_at_the_firm() -> None:
    reading = read(
        """
    Jane       Jane       PROPN NNP  2   compound  PERSON
    Roe        Roe        PROPN NNP  13  nsubj     I-PERSON
    ,          ,          PUNCT ,    2   punct     -
    deputy     deputy     NOUN  NN   5   compound  -
    manager    manager    NOUN  NN   2   appos     -
    of         of         ADP   IN   5   prep      -
    Acme       Acme       PROPN NNP  8   compound  ORG
    Securities Securities PROPN NNP  11  poss      I-ORG
    '          '          PART  POS  8   case      I-ORG
    bond       bond       NOUN  NN   11  compound  -
    department department NOUN  NN   6   pobj      -
    ,          ,          PUNCT ,    2   punct     -
    met        meet       VERB  VBD  0   ROOT      -
    Chilean    chilean    ADJ   JJ   15  amod      NORP
    officials  official   NOUN  NNS  13  dobj      -
    .          .          PUNCT .    13  punct     -
    """
    )
    titles = facts(reading, "title")
    assert ("Jane Roe", "deputy manager of bond department at", "Acme Securities") in titles
    assert ("Jane Roe", "deputy manager of", "Acme Securities") not in titles
