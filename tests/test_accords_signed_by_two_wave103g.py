"""Wave 103 G, item 1: an accord signed by two parties "after talks with" a third is an accord between the
two signers; the phrase of time only dates the signing (the talks are the signers' own meeting with the
third), it names no partner to the accord. Active and passive alike; the passive's by-agents met the third
as the active's subjects do. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "The pact was signed by Peru and Chile after talks with Acme Bank."
_PASSIVE = """
The    the    DET   DT  2  det       -
pact   pact   NOUN  NN  4  nsubjpass -
was    be     AUX   VBD 4  auxpass   -
signed sign   VERB  VBN 0  ROOT      -
by     by     ADP   IN  4  agent     -
Peru   Peru   PROPN NNP 5  pobj      GPE
and    and    CCONJ CC  6  cc        -
Chile  Chile  PROPN NNP 6  conj      GPE
after  after  ADP   IN  4  prep      -
talks  talk   NOUN  NNS 9  pobj      -
with   with   ADP   IN  10 prep      -
Acme   Acme   PROPN NNP 13 compound  ORG
Bank   Bank   PROPN NNP 11 pobj      I-ORG
.      .      PUNCT .   4  punct     -
"""

# "Peru and Chile signed the pact after talks with Acme Bank."
_ACTIVE = """
Peru   Peru   PROPN NNP 4  nsubj     GPE
and    and    CCONJ CC  1  cc        -
Chile  Chile  PROPN NNP 1  conj      GPE
signed sign   VERB  VBD 0  ROOT      -
the    the    DET   DT  6  det       -
pact   pact   NOUN  NN  4  dobj      -
after  after  ADP   IN  4  prep      -
talks  talk   NOUN  NNS 7  pobj      -
with   with   ADP   IN  8  prep      -
Acme   Acme   PROPN NNP 11 compound  ORG
Bank   Bank   PROPN NNP 9  pobj      I-ORG
.      .      PUNCT .   4  punct     -
"""


def _between(facts: set[tuple[str, str, str, str | None]], a: str, b: str) -> set[str]:
    return {p for s, p, o, _ in facts if {s, o} == {a, b}}


def test_a_pact_signed_by_two_after_talks_with_a_third_is_theirs() -> None:
    facts = facts_with_roots(_PASSIVE)
    assert "sign pact with" in _between(facts, "Peru", "Chile"), facts


def test_the_active_signers_after_talks_with_a_third_sign_with_each_other() -> None:
    facts = facts_with_roots(_ACTIVE)
    assert "sign pact with" in _between(facts, "Peru", "Chile"), facts


def test_the_passive_signers_met_the_third() -> None:
    facts = facts_with_roots(_PASSIVE)
    met = {(s, root) for s, _, o, root in facts if o == "Acme Bank"}
    assert ("Peru", "04") in met and ("Chile", "04") in met, facts
