"""Wave 116 F: predicates cut to fragments. What a verb of seeking is "for" is part of its relation to the
phrase after it ("Velora filed for creditor protection in Ohio" is `file for creditor protection in`, not
`file in`). A counted share of a firm bought or sold is a stake in it ("Daimler bought 62.5% of Vodafone"
is `buy stake in`, as "bought a 62.5% stake in" is; not `buy % of`), and the whole of it is the firm bought
(sentences of our own, parses written by hand)."""

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


FILED_FOR = """
Velora     Velora     PROPN NNP  2  nsubj     ORG
filed      file       VERB  VBD  0  ROOT      -
for        for        ADP   IN   2  prep      -
creditor   creditor   NOUN  NN   5  compound  -
protection protection NOUN  NN   3  pobj      -
in         in         ADP   IN   2  prep      -
Ohio       Ohio       PROPN NNP  6  pobj      GPE
on         on         ADP   IN   2  prep      -
Tuesday    Tuesday    PROPN NNP  8  pobj      DATE
.          .          PUNCT .    2  punct     -
"""

APPLIED_FOR = """
Velora     Velora     PROPN NNP  2  nsubj     ORG
applied    apply      VERB  VBD  0  ROOT      -
for        for        ADP   IN   2  prep      -
a          a          DET   DT   5  det       -
licence    licence    NOUN  NN   3  pobj      -
in         in         ADP   IN   2  prep      -
Austria    Austria    PROPN NNP  6  pobj      GPE
.          .          PUNCT .    2  punct     -
"""

FILED_FOR_YEARS = """
Velora     Velora     PROPN NNP  2  nsubj     ORG
filed      file       VERB  VBD  0  ROOT      -
in         in         ADP   IN   2  prep      -
Ohio       Ohio       PROPN NNP  3  pobj      GPE
for        for        ADP   IN   2  prep      -
years      year       NOUN  NNS  5  pobj      DATE
.          .          PUNCT .    2  punct     -
"""


def test_what_is_filed_for_stays_in_the_predicate() -> None:
    assert facts(read(FILED_FOR), "prep") == {("Velora", "file for creditor protection in", "Ohio")}


def test_what_is_applied_for_stays_in_the_predicate() -> None:
    assert facts(read(APPLIED_FOR), "prep") == {("Velora", "apply for licence in", "Austria")}


def test_a_time_after_for_is_nothing_sought() -> None:
    # guard: passes with or without the change
    assert facts(read(FILED_FOR_YEARS), "prep") == {("Velora", "file in", "Ohio")}
