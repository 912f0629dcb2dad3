"""A firm's competitor is another firm (lead, stop 53): "Boeing's great European competitor is to sell jets to
X" is no sale by Boeing, as "Boeing's rival" is none (words.tsv relational_nouns). Parse by hand
(tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_firms_competitor_does_not_act_as_the_firm() -> None:
    triples = read_triples("""
    Nokia      Nokia      PROPN NNP 4 poss    ORG
    's         's         PART  POS 1 case    -
    main       main       ADJ   JJ  4 amod    -
    competitor competitor NOUN  NN  5 nsubj   -
    sold       sell       VERB  VBD 0 ROOT    -
    phones     phone      NOUN  NNS 5 dobj    -
    to         to         ADP   IN  5 dative  -
    Telefonica Telefonica PROPN NNP 7 pobj    ORG
    .          .          PUNCT .   5 punct   -
    """)
    assert not {t for t in triples if t[0] == "Nokia"}, triples
