"""A title's unnamed object named in apposition right after it (wave 121 E): "X, the chairman of Italy's
biggest lender, Unibanca Popolare," chairs the named body, and acts for its state; the parser hangs the
name on the common noun, not on the person. Each test states its parse by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples, then_abroad

# "Pablo Ferrer, the chairman of Italy's biggest lender, Unibanca Popolare, resigned on Friday."
CHAIRMAN_OF_LENDER = """
Pablo     Pablo     PROPN  NNP     2 compound  PERSON
Ferrer    Ferrer    PROPN  NNP    15 nsubj     I-PERSON
,         ,         PUNCT  ,       2 punct     -
the       the       DET    DT      5 det       -
chairman  chairman  NOUN   NN      2 appos     -
of        of        ADP    IN      5 prep      -
Italy     Italy     PROPN  NNP    10 poss      GPE
's        's        PART   POS     7 case      -
biggest   big       ADJ    JJS    10 amod      -
lender    lender    NOUN   NN      6 pobj      -
,         ,         PUNCT  ,      10 punct     -
Unibanca  Unibanca  PROPN  NNP    13 compound  ORG
Popolare  Popolare  PROPN  NNP    10 appos     I-ORG
,         ,         PUNCT  ,       2 punct     -
resigned  resign    VERB   VBD     0 ROOT      -
on        on        ADP    IN     15 prep      -
Friday    Friday    PROPN  NNP    16 pobj      DATE
.         .         PUNCT  .      15 punct     -
"""


def test_the_title_is_held_in_the_body_named_after_its_noun() -> None:
    triples = read_triples(then_abroad(CHAIRMAN_OF_LENDER))
    assert ("Pablo Ferrer", "chairperson of", "Unibanca Popolare") in triples


def test_the_chairman_acts_for_the_banks_state() -> None:
    assert country_of(read(then_abroad(CHAIRMAN_OF_LENDER)), "Pablo Ferrer") == "ITA"
