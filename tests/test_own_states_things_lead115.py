"""A state's own organ or official acting on a thing of that state does nothing to the state (lead, stop 53):
"the White House backed America's strong dollar policy" is no "White House back United States"; a stance
against it ("criticised America's trade policy") is news of the state and stays, and another state's thing
keeps its owner ("backed Japan's ..."). Parses by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

BACKED = """
The      the      DET   DT  3 det      ORG
White    White    PROPN NNP 3 compound I-ORG
House    House    PROPN NNP 4 nsubj    I-ORG
backed   back     VERB  VBD 0 ROOT     -
{owner}  {owner}  PROPN NNP 9 poss     GPE
's       's       PART  POS 5 case     -
strong   strong   ADJ   JJ  9 amod     -
dollar   dollar   NOUN  NN  9 compound -
policy   policy   NOUN  NN  4 dobj     -
.        .        PUNCT .   4 punct    -
"""


def test_backing_its_own_states_policy_is_no_fact_on_the_state() -> None:
    triples = read_triples(BACKED.format(owner="America"))
    assert not {t for t in triples if t[0] == "White House"}, triples


def test_backing_another_states_policy_keeps_the_owner() -> None:
    triples = read_triples(BACKED.format(owner="Japan"))
    assert ("White House", "back", "Japan") in triples, triples


def test_criticising_its_own_states_policy_stays() -> None:
    triples = read_triples("""
    Senator    Senator    PROPN NNP 3 compound -
    John       John       PROPN NNP 3 compound PERSON
    Smith      Smith      PROPN NNP 4 nsubj    I-PERSON
    criticised criticise  VERB  VBD 0 ROOT     -
    America    America    PROPN NNP 8 poss     GPE
    's         's         PART  POS 5 case     -
    trade      trade      NOUN  NN  8 compound -
    policy     policy     NOUN  NN  4 dobj     -
    .          .          PUNCT .   4 punct    -
    """)
    assert ("John Smith", "criticise", "United States") in triples, triples
