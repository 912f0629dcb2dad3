"""Wave 122 G: a sum a verb takes as its object ("spent 300m euros on buying out the minority holders of X",
"paid $4m for breaking the rules") does none of the act of the gerund after it, as an object of control
does ("stopped the firm from selling"): the verb's subject does it (subjects._from_governor). Each parse is
written by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

SPENT_ON_BUYING = """
Larchmont  Larchmont  PROPN NNP 2  nsubj    ORG
spent      spend      VERB  VBD 0  ROOT     -
300m       300m       NUM   CD  4  nummod   MONEY
euros      euro       NOUN  NNS 2  dobj     I-MONEY
on         on         ADP   IN  2  prep     -
buying     buy        VERB  VBG 5  pcomp    -
out        out        ADP   RP  6  prt      -
minority   minority   NOUN  NN  9  compound -
holders    holder     NOUN  NNS 6  dobj     -
in         in         ADP   IN  9  prep     -
Brightwell Brightwell PROPN NNP 10 pobj     ORG
.          .          PUNCT .   2  punct    -
"""


def test_spender_of_a_sum_does_the_gerunds_act() -> None:
    triples = read_triples(SPENT_ON_BUYING)
    assert any(s == "Larchmont" and o == "Brightwell" and p.startswith("buy out") for s, p, o in triples)


def test_an_object_of_control_still_does_the_gerunds_act() -> None:
    # guard: passes with or without the change
    triples = read_triples("""
    Larchmont  Larchmont  PROPN NNP 2 nsubj ORG
    stopped    stop       VERB  VBD 0 ROOT  -
    Brightwell Brightwell PROPN NNP 2 dobj  ORG
    from       from       ADP   IN  2 prep  -
    selling    sell       VERB  VBG 4 pcomp -
    to         to         ADP   IN  5 prep  -
    Peru       Peru       PROPN NNP 6 pobj  GPE
    .          .          PUNCT .   2 punct -
    """)
    assert not any(s == "Larchmont" and o == "Peru" for s, _, o in triples)
