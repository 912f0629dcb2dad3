"""A firm's nationality said later in a description (wave 92 E): "Brelmar GmbH said it won an order. The
order is worth 20 mln dlrs. The West German company will supply the furnaces" gives Brelmar West Germany,
across the sentence between that names no firm as its subject, as "the West German company" right after
the firm's sentence does (affiliations/described.py `_firm_subjects_before`, coref.py `_company_going_on`).
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

FIRM_THEN_ORDER = """
Brelmar     Brelmar     PROPN NNP  2  compound ORG
Industries  Industries  PROPN NNP  3  nsubj    I-ORG
said        say         VERB  VBD  0  ROOT     -
it          it          PRON  PRP  5  nsubj    -
won         win         VERB  VBD  3  ccomp    -
an          an          DET   DT   7  det      -
order       order       NOUN  NN   5  dobj     -
.           .           PUNCT .    3  punct    -
The         the         DET   DT   10 det      -
order       order       NOUN  NN   11 nsubj    -
is          be          AUX   VBZ  0  ROOT     -
worth       worth       ADJ   JJ   11 acomp    -
20          20          NUM   CD   15 nummod   MONEY
mln         mln         NOUN  NN   15 amod     I-MONEY
dlrs        dlrs        NOUN  NNS  12 npadvmod I-MONEY
.           .           PUNCT .    11 punct    -
The         the         DET   DT   20 det      -
West        West        ADJ   JJ   19 amod     NORP
German      German      ADJ   JJ   20 amod     I-NORP
company     company     NOUN  NN   22 nsubj    -
will        will        AUX   MD   22 aux      -
supply      supply      VERB  VB   0  ROOT     -
furnaces    furnace     NOUN  NNS  22 dobj     -
to          to          ADP   IN   22 prep     -
Peru        Peru        PROPN NNP  24 pobj     GPE
.           .           PUNCT .    22 punct    -
"""


def test_a_firm_described_by_its_state_a_sentence_later_is_of_that_state() -> None:
    assert country_of(read(FIRM_THEN_ORDER), "Brelmar Industries") == "DEU"
    assert ("Brelmar Industries", "supply furnace to", "Peru") in read_triples(FIRM_THEN_ORDER)
