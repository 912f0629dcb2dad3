"""A deed the subject only claims to do is a claim, not the deed: "Ruritania claims to rule the islands" keeps
"claim" in the predicate, as "plans to" and "hopes to" do (words.tsv chain_verbs: claim, pretend, profess,
purport). The parse is built by hand as the parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

CLAIMED = """
Chile      Chile      PROPN NNP  2  nsubj    GPE
claims     claim      VERB  VBZ  0  ROOT     -
to         to         PART  TO   4  aux      -
rule       rule       VERB  VB   2  xcomp    -
Peru       Peru       PROPN NNP  4  dobj     GPE
.          .          PUNCT .    2  punct    -
"""


def test_a_claimed_rule_keeps_the_claim_in_its_predicate() -> None:
    reading = read_doc(parse(CLAIMED), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]
    assert edges == [("Chile", "claim to rule", "Peru")]
