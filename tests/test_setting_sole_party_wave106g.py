"""Wave 106 G mend (REVIEW106 finding 4): a fronted "In <state>," is no party to an act only when the clause
acts on another party, a counterparty ("In Bolivia, Zenith Corp sold its stake to Kestrel Ltd" has no edge to
Bolivia: tests/test_fronted_settings_wave106g.py). Where the place is the act's only other party it is the
relation of interest and keeps its edge ("In Peru, Acme will build a smelter", "In Peru, Chile opened an
embassy"). The parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "In Peru, Acme will build a smelter."
_FRONTED_SMELTER = """
In       in       ADP   IN  6  prep     -
Peru     Peru     PROPN NNP 1  pobj     GPE
,        ,        PUNCT ,   6  punct    -
Acme     Acme     PROPN NNP 6  nsubj    ORG
will     will     AUX   MD  6  aux      -
build    build    VERB  VB  0  ROOT     -
a        a        DET   DT  8  det      -
smelter  smelter  NOUN  NN  6  dobj     -
.        .        PUNCT .   6  punct    -
"""

# "In Peru, Chile opened an embassy."
_FRONTED_EMBASSY = """
In       in       ADP   IN  5  prep     -
Peru     Peru     PROPN NNP 1  pobj     GPE
,        ,        PUNCT ,   5  punct    -
Chile    Chile    PROPN NNP 5  nsubj    GPE
opened   open     VERB  VBD 0  ROOT     -
an       an       DET   DT  7  det      -
embassy  embassy  NOUN  NN  5  dobj     -
.        .        PUNCT .   5  punct    -
"""


def test_a_fronted_place_that_is_the_only_party_keeps_its_edge() -> None:
    assert ("Acme", "build smelter in", "Peru") in read_triples(_FRONTED_SMELTER)
    assert ("Chile", "open embassy in", "Peru") in read_triples(_FRONTED_EMBASSY)
