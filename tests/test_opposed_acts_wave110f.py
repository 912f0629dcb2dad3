"""What is opposed is the act, not the party the act is for: "is opposed to a grain subsidy to Peru" with
"to Peru" hung on "opposed" keeps the act in the predicate ("be oppose to subsidy to"), as the parse that
hangs it on the noun does; never "be oppose to" Peru (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_triples

# "Chile is not opposed to a grain subsidy to Peru." ("to Peru" on "opposed")
OPPOSED_SUBSIDY = """
Chile      Chile      PROPN NNP  2   nsubj     GPE
is         be         AUX   VBZ  0   ROOT      -
not        not        PART  RB   2   neg       -
opposed    oppose     VERB  VBN  2   acomp     -
to         to         ADP   IN   4   prep      -
a          a          DET   DT   8   det       -
grain      grain      NOUN  NN   8   compound  -
subsidy    subsidy    NOUN  NN   5   pobj      -
to         to         ADP   IN   4   prep      -
Peru       Peru       PROPN NNP  9   pobj      GPE
.          .          PUNCT .    2   punct     -
"""

# "Chile is opposed to Peru." (the party itself opposed keeps its reading)
OPPOSED_PARTY = """
Chile      Chile      PROPN NNP  2   nsubj     GPE
is         be         AUX   VBZ  0   ROOT      -
opposed    oppose     VERB  VBN  2   acomp     -
to         to         ADP   IN   3   prep      -
Peru       Peru       PROPN NNP  4   pobj      GPE
.          .          PUNCT .    2   punct     -
"""


def test_a_party_after_an_opposed_act_is_the_acts_not_the_opposed() -> None:
    triples = read_triples(OPPOSED_SUBSIDY)
    assert ("Chile", "be oppose to", "Peru") not in {t[:3] for t in triples}
    assert any(s == "Chile" and p.endswith("oppose to subsidy to") and o == "Peru" for s, p, o in triples)
    assert read_triples(OPPOSED_PARTY) == {("Chile", "be oppose to", "Peru")}
