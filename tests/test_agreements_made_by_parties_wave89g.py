"""An agreement is made by its parties, never by itself (wave 89 G): "Acme Parks Inc signed a definitive
agreement with the Chilean government to build a park" is Acme's agreement with Chile (057), not an
agreement entity agreeing with Chile and signed by Acme: an agreement with a state's organ named by its
adjective is owned by its parties, as one with the state's name is (events._owned). Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

SIGNED = """
Acme       Acme       PROPN NNP 3  compound ORG
Parks      Parks      PROPN NNP 3  compound I-ORG
Inc        Inc        PROPN NNP 4  nsubj    I-ORG
signed     sign       VERB  VBD 0  ROOT     -
a          a          DET   DT  7  det      -
definitive definitive ADJ   JJ  7  amod     -
agreement  agreement  NOUN  NN  4  dobj     -
with       with       ADP   IN  7  prep     -
the        the        DET   DT  11 det      -
Chilean    Chilean    ADJ   JJ  11 amod     NORP
government government NOUN  NN  8  pobj     -
to         to         PART  TO  13 aux      -
build      build      VERB  VB  7  acl      -
a          a          DET   DT  15 det      -
park       park       NOUN  NN  13 dobj     -
.          .          PUNCT .   4  punct    -
"""


def test_an_agreement_with_a_states_organ_is_its_signers() -> None:
    triples = read_triples(SIGNED)
    assert ("Acme Parks Inc", "sign agreement with", "Chile") in triples, triples
    assert not {t for t in triples if "agreement" in t[0] or "agreement" in t[2]}, triples
