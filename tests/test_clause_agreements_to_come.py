"""The "to"-infinitive of an agreement binds the side that concludes it: "signed a contract to sell jets to
X" is the signer's sale to X, still to come (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Peru {verb} a {noun} to sell jets to Chile."
AGREED = """
Peru    Peru    PROPN NNP 2  nsubj  GPE
{verb}  {lemma} VERB  VBD 0  ROOT   -
a       a       DET   DT  4  det    -
{noun}  {noun}  NOUN  NN  2  dobj   -
to      to      PART  TO  6  aux    -
sell    sell    VERB  VB  4  {dep}  -
jets    jet     NOUN  NNS 6  dobj   -
to      to      ADP   IN  6  prep   -
Chile   Chile   PROPN NNP 8  pobj   GPE
.       .       PUNCT .   2  punct  -
"""


def test_a_signed_contract_to_sell_is_the_signers_sale_to_come() -> None:
    facts = facts_with_roots(AGREED.format(verb="signed", lemma="sign", noun="contract", dep="acl"))
    assert ("Peru", "sign contract to sell jet to", "Chile", "06") in facts


def test_an_agreement_infinitive_parsed_as_a_relative_clause_reads_the_same() -> None:
    facts = facts_with_roots(AGREED.format(verb="reached", lemma="reach", noun="deal", dep="relcl"))
    assert ("Peru", "reach deal to sell jet to", "Chile", "06") in facts


def test_a_deal_the_subject_only_rejects_is_not_its_deed() -> None:
    facts = facts_with_roots(AGREED.format(verb="rejected", lemma="reject", noun="deal", dep="relcl"))
    assert not any(predicate.endswith("sell jet to") for _, predicate, _, _ in facts)
