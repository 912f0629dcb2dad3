"""Wave 103 G, item 4: licensing a product, a right or a technology to another ("licensed the vaccine to X",
"granted a licence to X") is economic cooperation (061, root 06), as a contract is (cameo.tsv license,
licence; grant object=licence). Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import roots_between

# "Zenith Bio Inc licensed the serum to Kestrel Labs Plc."
_LICENSED = """
Zenith   Zenith   PROPN NNP 3 compound ORG
Bio      Bio      PROPN NNP 3 compound I-ORG
Inc      Inc      PROPN NNP 4 nsubj    I-ORG
licensed license  VERB  VBD 0 ROOT     -
the      the      DET   DT  6 det      -
serum    serum    NOUN  NN  4 dobj     -
to       to       ADP   IN  4 dative   -
Kestrel  Kestrel  PROPN NNP 10 compound ORG
Labs     Labs     PROPN NNP 10 compound I-ORG
Plc      Plc      PROPN NNP 7 pobj     I-ORG
.        .        PUNCT .   4 punct    -
"""

# "Peru granted a licence to Kestrel Labs Plc." (a state's grant, not aid: the firm buys the right)
_GRANTED = """
Peru     Peru     PROPN NNP 2 nsubj    GPE
granted  grant    VERB  VBD 0 ROOT     -
a        a        DET   DT  4 det      -
licence  licence  NOUN  NN  2 dobj     -
to       to       ADP   IN  2 dative   -
Kestrel  Kestrel  PROPN NNP 8 compound ORG
Labs     Labs     PROPN NNP 8 compound I-ORG
Plc      Plc      PROPN NNP 5 pobj     I-ORG
.        .        PUNCT .   2 punct    -
"""


def test_licensing_a_product_to_a_firm_is_economic_cooperation() -> None:
    assert roots_between(_LICENSED, "Zenith Bio Inc", "Kestrel Labs Plc") == {"06"}


def test_a_licence_granted_to_a_firm_is_economic_cooperation_not_aid() -> None:
    assert roots_between(_GRANTED, "Peru", "Kestrel Labs Plc") == {"06"}
