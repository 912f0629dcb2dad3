"""Lead, wave 108: a body's head word alone ("the Bank") names again the body named in full before it with
that head before "of" and a place the gazetteer knows, state or not ("the Bank of England"), as it does one
named with a state ("the Council" of "the Supreme Council of X"). The parse is stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "The Bank of Scotland sold bonds. The Bank criticised Acme Corp."
_BANK_AGAIN = """
The        the        DET   DT  2  det      -
Bank       Bank       PROPN NNP 5  nsubj    ORG
of         of         ADP   IN  2  prep     I-ORG
Scotland   Scotland   PROPN NNP 3  pobj     I-ORG
sold       sell       VERB  VBD 0  ROOT     -
bonds      bond       NOUN  NNS 5  dobj     -
.          .          PUNCT .   5  punct    -
The        the        DET   DT  9  det      -
Bank       Bank       PROPN NNP 10 nsubj    ORG
criticised criticise  VERB  VBD 0  ROOT     -
Acme       Acme       PROPN NNP 12 compound ORG
Corp       Corp       PROPN NNP 10 dobj     I-ORG
.          .          PUNCT .   10 punct    -
"""


def test_the_bank_is_the_bank_of_the_place_named_before() -> None:
    assert ("Bank of Scotland", "criticise", "Acme Corp") in read_triples(_BANK_AGAIN)
