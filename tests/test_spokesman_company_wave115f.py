"""Wave 115 F: "the company" in what a firm's spokesman or lawyer says is the firm he speaks for, named in
his own sentence (coref._body_its_mouthpiece_speaks_for): "Karl Weiss, a spokesman for Veltra's lawyers,
said the company stands by its accounts" is Veltra's word about Veltra (the lawyers' client), never a firm
the sentences before named or described as a company. The sentences are ours and their parses are written
by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts_with_content

# "Norddeich Bank, a company in Bremen, sued Veltra."
SUED = """
Norddeich Norddeich PROPN NNP  2  compound ORG
Bank      Bank      PROPN NNP  9  nsubj    I-ORG
,         ,         PUNCT ,    2  punct    -
a         a         DET   DT   5  det      -
company   company   NOUN  NN   2  appos    -
in        in        ADP   IN   5  prep     -
Bremen    Bremen    PROPN NNP  6  pobj     GPE
,         ,         PUNCT ,    2  punct    -
sued      sue       VERB  VBD  0  ROOT     -
Veltra    Veltra    PROPN NNP  9  dobj     ORG
.         .         PUNCT .    9  punct    -
"""

# "Karl Weiss, a spokesman for Veltra's lawyers, said the company stands by its accounts." (tokens 12-)
SPOKESMAN_FOR_LAWYERS = """
Karl      Karl      PROPN NNP  13 compound PERSON
Weiss     Weiss     PROPN NNP  22 nsubj    I-PERSON
,         ,         PUNCT ,    13 punct    -
a         a         DET   DT   16 det      -
spokesman spokesman NOUN  NN   13 appos    -
for       for       ADP   IN   16 prep     -
Veltra    Veltra    PROPN NNP  20 poss     ORG
's        's        PART  POS  18 case     -
lawyers   lawyer    NOUN  NNS  17 pobj     -
,         ,         PUNCT ,    13 punct    -
said      say       VERB  VBD  0  ROOT     -
the       the       DET   DT   24 det      -
company   company   NOUN  NN   25 nsubj    -
stands    stand     VERB  VBZ  22 ccomp    -
by        by        ADP   IN   25 prep     -
its       its       PRON  PRP$ 28 poss     -
accounts  account   NOUN  NNS  26 pobj     -
.         .         PUNCT .    22 punct    -
"""


def test_the_company_a_spokesman_for_a_firms_lawyers_speaks_of_is_that_firm() -> None:
    said = {
        fact[2]
        for fact in facts_with_content(SUED + SPOKESMAN_FOR_LAWYERS)
        if fact[0] == "Karl Weiss" and fact[3] == "the company stands by its accounts"
    }
    assert "Norddeich Bank" not in said
    assert said == {"Veltra"}
