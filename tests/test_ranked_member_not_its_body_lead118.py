"""The owner of a subject noun ranked by a superlative is not what "it" goes back to (lead, stop 54):
"Opec's smallest producer has pursued deals. It will supply Japan" says the producer, one of Opec's members,
will supply Japan, not Opec (round 204: a state's deal given to the cartel it belongs to). With no ranking
("Opec's secretariat has pursued deals") the owner of the subject stays a candidate, as before. Parsed by
hand (tests/hand_docs.py) as the model parses it; the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

_TABLE = """
    Opec       Opec       PROPN NNP  4  poss     ORG
    's         's         PART  POS  1  case     -
    {rank}
    {noun}
    has        have       AUX   VBZ  6  aux      -
    pursued    pursue     VERB  VBN  0  ROOT     -
    deals      deal       NOUN  NNS  6  dobj     -
    .          .          PUNCT .    6  punct    -
    It         it         PRON  PRP  11 nsubj    -
    will       will       AUX   MD   11 aux      -
    supply     supply     VERB  VB   0  ROOT     -
    Japan      Japan      PROPN NNP  11 dobj     GPE
    .          .          PUNCT .    11 punct    -
    """


def test_it_after_a_ranked_member_is_not_the_body() -> None:
    table = _TABLE.replace("{rank}", "smallest   small      ADJ   JJS  4  amod     -")
    triples = read_triples(table.replace("{noun}", "producer   producer   NOUN  NN   6  nsubj    -"))
    assert ("Opec", "supply", "Japan") not in triples, triples


def test_it_after_a_bodys_own_unranked_organ_may_be_the_body() -> None:
    table = _TABLE.replace("{rank}", "new        new        ADJ   JJ   4  amod     -")
    triples = read_triples(table.replace("{noun}", "secretariat secretariat NOUN NN  6  nsubj    -"))
    assert ("Opec", "supply", "Japan") in triples, triples
