"""Asking whether a party could give something is asking that party for it (wave 87 F): "Kuwait had asked if
protection for its tankers could be provided by U.S. destroyers" asks the United States for protection
(02), as "Kuwait asked the United States for protection" does. The question ("if", "whether") after a verb
of asking, with a modal and a verb of aid (CAMEO 07), asks the giver: the by-agent of a passive, else the
subject (objects._asked_to_give). What would go to another than the asker ("asked whether Britain would
supply arms to Iraq", put by reporters) asks nobody for anything. Parses are built by hand as the parser
gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

ASKED_IF = """
Kuwait      Kuwait      PROPN NNP  3  nsubj    GPE
had         have        AUX   VBD  3  aux      -
asked       ask         VERB  VBN  0  ROOT     -
if          if          SCONJ IN   11 mark     -
protection  protection  NOUN  NN   11 nsubjpass -
for         for         ADP   IN   5  prep     -
its         its         PRON  PRP$ 8  poss     -
tankers     tanker      NOUN  NNS  6  pobj     -
could       could       AUX   MD   11 aux      -
be          be          AUX   VB   11 auxpass  -
provided    provide     VERB  VBN  3  ccomp    -
by          by          ADP   IN   11 agent    -
U.S.        U.S.        PROPN NNP  14 compound GPE
destroyers  destroyer   NOUN  NNS  12 pobj     -
.           .           PUNCT .    3  punct    -
"""

ASKED_WHETHER = """
Reporters  reporter  NOUN  NNS  2  nsubj    -
asked      ask       VERB  VBD  0  ROOT     -
whether    whether   SCONJ IN   6  mark     -
Britain    Britain   PROPN NNP  6  nsubj    GPE
would      would     AUX   MD   6  aux      -
supply     supply    VERB  VB   2  ccomp    -
arms       arm       NOUN  NNS  6  dobj     -
to         to        ADP   IN   6  prep     -
Iraq       Iraq      PROPN NNP  8  pobj     GPE
.          .         PUNCT .    2  punct    -
"""


def test_asking_whether_a_party_could_provide_asks_that_party() -> None:
    found = {f for f in facts_with_roots(ASKED_IF) if f[0] == "Kuwait" and f[1] == "ask"}
    assert found == {("Kuwait", "ask", "US military", "02")}


def test_asking_whether_a_party_would_supply_another_asks_nobody() -> None:
    assert not {f for f in facts_with_roots(ASKED_WHETHER) if f[1] == "ask"}
