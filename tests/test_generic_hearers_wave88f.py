"""Appeals to a class of states (wave 88 F): "Kenya's finance minister said creditor nations must ease their
terms" and "Kenya called on the international community to help Africa". The lending states named as one
class and the international community are generic actors of no state (sectors.tsv "creditor nations",
"international community", bare "no"), so a speaker's "must"/"should" about them is the demand or appeal it
is about a named state, and they can be the hearer of an appeal whose content reaches the one helped. Parses
are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, facts_with_roots, read

OBLIGED = """
Kenya     Kenya     PROPN NNP  4  poss     GPE
's        's        PART  POS  1  case     -
finance   finance   NOUN  NN   4  compound -
minister  minister  NOUN  NN   5  nsubj    -
said      say       VERB  VBD  0  ROOT     -
creditor  creditor  NOUN  NN   7  compound -
nations   nation    NOUN  NNS  9  nsubj    -
must      must      AUX   MD   9  aux      -
ease      ease      VERB  VB   5  ccomp    -
their     their     PRON  PRP$ 11 poss     -
terms     term      NOUN  NNS  9  dobj     -
.         .         PUNCT .    5  punct    -
"""

CALLED_ON = """
Kenya          Kenya          PROPN NNP 2  nsubj  GPE
called         call           VERB  VBD 0  ROOT   -
on             on             ADP   IN  2  prep   -
the            the            DET   DT  6  det    -
international  international  ADJ   JJ  6  amod   -
community      community      NOUN  NN  3  pobj   -
to             to             PART  TO  8  aux    -
help           help           VERB  VB  2  xcomp  -
Africa         Africa         PROPN NNP 8  dobj   LOC
.              .              PUNCT .   2  punct  -
"""


def test_must_about_creditor_nations_is_a_demand_on_them() -> None:
    assert ("Kenya", "demand", "creditor countries", "10") in facts_with_roots(OBLIGED)
    assert country_of(read(OBLIGED), "creditor countries") is None


def test_should_about_creditor_nations_is_an_appeal_to_them() -> None:
    should = OBLIGED.replace("must      must ", "should    should")
    assert ("Kenya", "urge", "creditor countries", "02") in facts_with_roots(should)


def test_the_international_community_is_the_hearer_of_an_appeal() -> None:
    found = facts_with_roots(CALLED_ON)
    assert ("Kenya", "call on", "international community", "02") in found
    assert ("international community", "help", "Africa", "07") in found
    assert country_of(read(CALLED_ON), "international community") is None
