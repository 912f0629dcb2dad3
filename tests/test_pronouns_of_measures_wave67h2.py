"""A pronoun in an object's place that stands for a measure, goods, a plan or a law the sentence before (or
its own) named is that thing, not a state or body named near it (wave 67 H2): "Canada raised duties on
Mexican steel. Mexico wants Ottawa to scrap them, officials said" gives no "scrap" edge to Mexico; "The
Senate approved the bill. Obama signed it" signs the bill, not the Senate. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

DUTIES = """
Canada    Canada    PROPN NNP 2  nsubj GPE
raised    raise     VERB  VBD 0  ROOT  -
duties    duty      NOUN  NNS 2  dobj  -
on        on        ADP   IN  3  prep  -
Mexican   mexican   ADJ   JJ  6  amod  NORP
steel     steel     NOUN  NN  4  pobj  -
.         .         PUNCT .   2  punct -
Mexico    Mexico    PROPN NNP 9  nsubj GPE
wants     want      VERB  VBZ 16 ccomp -
Ottawa    Ottawa    PROPN NNP 12 nsubj GPE
to        to        PART  TO  12 aux   -
scrap     scrap     VERB  VB  9  ccomp -
them      they      PRON  PRP 12 dobj  -
,         ,         PUNCT ,   16 punct -
officials official  NOUN  NNS 16 nsubj -
said      say       VERB  VBD 0  ROOT  -
.         .         PUNCT .   16 punct -
"""

BILL = """
The       the       DET   DT  2  det   -
Senate    Senate    PROPN NNP 3  nsubj ORG
approved  approve   VERB  VBD 0  ROOT  -
the       the       DET   DT  5  det   -
bill      bill      NOUN  NN  3  dobj  -
.         .         PUNCT .   3  punct -
Obama     Obama     PROPN NNP 8  nsubj PERSON
signed    sign      VERB  VBD 0  ROOT  -
it        it        PRON  PRP 8  dobj  -
.         .         PUNCT .   8  punct -
"""


def test_them_for_duties_named_before_is_no_state() -> None:
    triples = read_triples(DUTIES)
    assert not [t for t in triples if t[1].startswith("scrap")], triples


def test_it_for_a_bill_named_before_is_the_bill() -> None:
    triples = read_triples(BILL)
    assert not [t for t in triples if t[0] == "Obama" and t[2] == "Senate"], triples
    assert [t for t in triples if t[0] == "Obama" and t[1] == "sign" and t[2] == "bill"], triples
