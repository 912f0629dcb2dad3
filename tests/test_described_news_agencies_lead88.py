"""A name the text calls a news agency ("told the Kenyan news agency KNA that ...") is a wire told the words,
no party to them, as "told Reuters" is (rules._news_agency). The parse is built by hand as the parser gave
it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

TOLD = """
Ann    Ann    PROPN NNP 2  compound PERSON
Roe    Roe    PROPN NNP 3  nsubj    I-PERSON
told   tell   VERB  VBD 0  ROOT     -
the    the    DET   DT  7  det      -
Kenyan Kenyan PROPN NNP 7  compound NORP
news   news   NOUN  NN  7  compound -
agency agency NOUN  NN  3  dobj     -
KNA    KNA    PROPN NNP 3  dobj     ORG
that   that   SCONJ IN  12 mark     -
Peru   Peru   PROPN NNP 12 nsubj    GPE
would  would  AUX   MD  12 aux      -
pay    pay    VERB  VB  3  ccomp    -
Chile  Chile  PROPN NNP 12 dobj     GPE
.      .      PUNCT .   3  punct    -
"""


def test_a_news_agency_the_text_names_as_one_is_no_party_told() -> None:
    triples = read_triples(TOLD)
    assert not {t for t in triples if t[2] == "KNA"}, triples
    assert ("Peru", "pay", "Chile") in triples
