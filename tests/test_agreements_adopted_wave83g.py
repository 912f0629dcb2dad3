"""Wave 83 G: adopting an agreement (a treaty, an accord, a pact, a convention) concludes or ratifies it, as
signing it does (CAMEO 057); sanctions adopted stay imposed (163). The test states its parse by hand
(tests/hand_docs.py); the sentence and the pact are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_pact_adopted_is_an_agreement_concluded() -> None:
    """ "Peru adopted the Corvo Pact": a formal agreement taken on (057), no longer an act of no root."""
    facts = facts_with_roots("""
    Peru     Peru     PROPN NNP 2  nsubj    GPE
    adopted  adopt    VERB  VBD 0  ROOT     -
    the      the      DET   DT  5  det      -
    Corvo    Corvo    PROPN NNP 5  compound ORG
    Pact     Pact     PROPN NNP 2  dobj     I-ORG
    .        .        PUNCT .   2  punct    -
    """)
    assert ("Peru", "adopt", "Corvo Pact", "05") in facts, facts
