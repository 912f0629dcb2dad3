"""Wave 116 F: predicates cut to fragments. A counted share of a firm bought or sold is a stake in it
("Daimler bought 62.5% of Vodafone" is `buy stake in`, as "bought a 62.5% stake in" is; not `buy % of`),
and the whole of it is the firm bought (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import facts, read

SHARE_BOUGHT = """
Daimler   Daimler   PROPN NNP  2  nsubj     ORG
bought    buy       VERB  VBD  0  ROOT      -
62.5      62.5      NUM   CD   4  nummod    PERCENT
%         %         NOUN  NN   2  dobj      I-PERCENT
of        of        ADP   IN   4  prep      -
Vodafone  Vodafone  PROPN NNP  5  pobj      ORG
in        in        ADP   IN   2  prep      -
May       May       PROPN NNP  7  pobj      DATE
.         .         PUNCT .    2  punct     -
"""

STAKE_BOUGHT = """
Daimler   Daimler   PROPN NNP  2  nsubj     ORG
bought    buy       VERB  VBD  0  ROOT      -
a         a         DET   DT   6  det       -
62.5      62.5      NUM   CD   5  nummod    PERCENT
%         %         NOUN  NN   6  compound  I-PERCENT
stake     stake     NOUN  NN   2  dobj      -
in        in        ADP   IN   6  prep      -
Vodafone  Vodafone  PROPN NNP  7  pobj      ORG
.         .         PUNCT .    2  punct     -
"""

SHARE_SOLD = """
Unilever  Unilever  PROPN NNP  2  nsubj     ORG
sold      sell      VERB  VBD  0  ROOT      -
14        14        NUM   CD   4  nummod    PERCENT
percent   percent   NOUN  NN   2  dobj      I-PERCENT
of        of        ADP   IN   4  prep      -
Vodafone  Vodafone  PROPN NNP  5  pobj      ORG
.         .         PUNCT .    2  punct     -
"""

WHOLE_BOUGHT = """
Daimler   Daimler   PROPN NNP  2  nsubj     ORG
acquired  acquire   VERB  VBD  0  ROOT      -
100       100       NUM   CD   4  nummod    PERCENT
%         %         NOUN  NN   2  dobj      I-PERCENT
of        of        ADP   IN   4  prep      -
Vodafone  Vodafone  PROPN NNP  5  pobj      ORG
.         .         PUNCT .    2  punct     -
"""


def test_counted_share_bought_is_a_stake() -> None:
    assert facts(read(SHARE_BOUGHT), "noun_prep") == {("Daimler", "buy stake in", "Vodafone")}


def test_share_and_stake_give_one_predicate() -> None:
    # guard: passes with or without the change
    assert facts(read(STAKE_BOUGHT), "noun_prep") == {("Daimler", "buy stake in", "Vodafone")}


def test_counted_share_sold_is_a_stake() -> None:
    assert facts(read(SHARE_SOLD), "noun_prep") == {("Unilever", "sell stake in", "Vodafone")}


def test_whole_of_a_firm_bought_is_the_firm() -> None:
    assert facts(read(WHOLE_BOUGHT), "noun_prep") == {("Daimler", "acquire", "Vodafone")}
