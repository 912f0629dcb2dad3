"""A title owned by "the company" is the firm's that "its" would name (wave 108 G2): in "Zenith Corp said
profits rose. The company's chairman, Dag Lund, said demand was strong." Lund is Zenith's chairman, as
"Its chairman, Dag Lund" makes him: a bare "the company" before a title stands for the firm the subject
of its clause or of the sentence before names. Not "the parent company's chairman", which names another
firm. The parses are built by hand as the parser gives them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

CHAIRMAN = """
Zenith    Zenith    PROPN NNP  2  compound ORG
Corp      Corp      PROPN NNP  3  nsubj    I-ORG
said      say       VERB  VBD  0  ROOT     -
profits   profit    NOUN  NNS  5  nsubj    -
rose      rise      VERB  VBD  3  ccomp    -
.         .         PUNCT .    3  punct    -
The       the       DET   DT   8  det      -
company   company   NOUN  NN   10 poss     -
's        's        PART  POS  8  case     -
chairman  chairman  NOUN  NN   15 nsubj    -
,         ,         PUNCT ,    10 punct    -
Dag       Dag       PROPN NNP  13 compound PERSON
Lund      Lund      PROPN NNP  10 appos    I-PERSON
,         ,         PUNCT ,    10 punct    -
said      say       VERB  VBD  15 ROOT     -
demand    demand    NOUN  NN   17 nsubj    -
was       be        AUX   VBD  15 ccomp    -
strong    strong    ADJ   JJ   17 acomp    -
.         .         PUNCT .    15 punct    -
"""

PARENT = CHAIRMAN.replace(
    "The       the       DET   DT   8  det ", "parent    parent    NOUN  NN   8  compound"
)


def test_the_companys_chairman_is_the_firms() -> None:
    triples = read_triples(CHAIRMAN)
    assert any(s == "Dag Lund" and p.startswith("chair") and o == "Zenith Corp" for s, p, o in triples), (
        triples
    )
    # "the parent company's chairman" chairs another firm, one the text does not name
    assert not any(s == "Dag Lund" and o == "Zenith Corp" for s, p, o in read_triples(PARENT))
