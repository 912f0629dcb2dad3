"""Wave 106 G: a minister's portfolio the title words do not know is kept when the title follows the name
in apposition ("Tom Diaz, Chile's minister of financial institutions, ..." is "financial institutions
minister of" Chile, as before the name). The parses are stated by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Tom Diaz, Chile's minister of financial institutions, resigned."
_PORTFOLIO_AFTER_NAME = """
Tom           Tom           PROPN NNP 2  compound PERSON
Diaz          Diaz          PROPN NNP 11 nsubj    I-PERSON
,             ,             PUNCT ,   2  punct    -
Chile         Chile         PROPN NNP 6  poss     GPE
's            's            PART  POS 4  case     -
minister      minister      NOUN  NN  2  appos    -
of            of            ADP   IN  6  prep     -
financial     financial     ADJ   JJ  9  amod     -
institutions  institution   NOUN  NNS 7  pobj     -
,             ,             PUNCT ,   2  punct    -
resigned      resign        VERB  VBD 0  ROOT     -
.             .             PUNCT .   11 punct    -
"""


def test_an_unlisted_portfolio_after_the_name_is_kept() -> None:
    triples = read_triples(_PORTFOLIO_AFTER_NAME)
    assert ("Tom Diaz", "financial institutions minister of", "Chile") in triples
    assert ("Tom Diaz", "minister of", "Chile") not in triples
