"""Hand-built parse: a firm named without its home state ("Royal Bank" after "Royal Bank of Canada") is the
same firm; an officer's bare lower-case title in a sentence naming no organisation ("Profit fell, chairman X
said") is the office of the one organisation the story names."""

from __future__ import annotations

from hand_docs import country_of, facts, read

LENT = """
Royal     Royal     PROPN NNP 2  compound ORG
Bank      Bank      PROPN NNP 5  nsubj    I-ORG
of        of        ADP   IN  2  prep     I-ORG
Canada    Canada    PROPN NNP 3  pobj     I-ORG
lent      lend      VERB  VBD 0  ROOT     -
to        to        ADP   IN  5  dative   -
Peru      Peru      PROPN NNP 6  pobj     GPE
.         .         PUNCT .   5  punct    -
"""

CHAIRMAN = """
Profit    profit    NOUN  NN  10 nsubj    -
fell      fall      VERB  VBD 15 ccomp    -
,         ,         PUNCT ,   15 punct    -
{title:9} {title:9} NOUN  NN  14 compound -
John      John      PROPN NNP 14 compound PERSON
Kemp      Kemp      PROPN NNP 15 nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
.         .         PUNCT .   15 punct    -
"""

SHORT = """
Royal     Royal     PROPN NNP 10 compound ORG
Bank      Bank      PROPN NNP 11 nsubj    I-ORG
grew      grow      VERB  VBD 0  ROOT     -
.         .         PUNCT .   11 punct    -
"""


def test_a_chairman_in_a_story_of_one_firm_is_its_chairman() -> None:
    # "Royal Bank of Canada lent to Peru. Profit fell, chairman John Kemp said."
    reading = read(LENT + CHAIRMAN.format(title="chairman"))
    assert ("John Kemp", "chairperson of", "Royal Bank of Canada") in facts(reading, "title")
    assert country_of(reading, "John Kemp") == "CAN"


def test_a_firm_named_without_its_state_is_the_same_firm() -> None:
    # "Royal Bank of Canada lent to Peru. Royal Bank grew."
    reading = read(LENT + SHORT)
    assert [e.label for e in reading.entities.entities() if e.type == "ORG"] == ["Royal Bank of Canada"]


PAYMENTS = """
Prices    price     NOUN  NNS 2  nsubj    -
rose      rise      VERB  VBD 0  ROOT     -
after     after     ADP   IN  2  prep     -
the       the       DET   DT  6  det      -
Kestrel   Kestrel   PROPN NNP 6  compound ORG
payments  payment   NOUN  NNS 3  pobj     -
.         .         PUNCT .   2  punct    -
"""


def test_a_body_named_only_before_a_things_noun_has_no_officer() -> None:
    # "Prices rose after the Kestrel payments. Profit fell, chairman John Kemp said."
    said = """
Profit    profit    NOUN  NN  9  nsubj    -
fell      fall      VERB  VBD 14 ccomp    -
,         ,         PUNCT ,   14 punct    -
chairman  chairman  NOUN  NN  13 compound -
John      John      PROPN NNP 13 compound PERSON
Kemp      Kemp      PROPN NNP 14 nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
.         .         PUNCT .   14 punct    -
"""
    assert not facts(read(PAYMENTS + said), "title")


POST = """
A         a         DET   DT  2  det      -
post      post      NOUN  NN  12 nsubj    -
by        by        ADP   IN  2  prep     -
Amy       Amy       PROPN NNP 5  compound PERSON
Cook      Cook      PROPN NNP 3  pobj     I-PERSON
,         ,         PUNCT ,   5  punct    -
director  director  NOUN  NN  5  appos    -
of        of        ADP   IN  7  prep     -
the       the       DET   DT  10 det      -
fair      fair      ADJ   JJ  8  pobj     -
,         ,         PUNCT ,   5  punct    -
praised   praise    VERB  VBD 0  ROOT     -
Acme      Acme      PROPN NNP 14 compound ORG
Corp.     Corp.     PROPN NNP 12 dobj     I-ORG
"""


def test_a_title_after_the_name_is_no_bare_title_of_the_sentences_firm() -> None:
    # "A post by Amy Cook, director of the fair, praised Acme Corp.": she directs the fair, not Acme
    assert not any(o == "Acme Corp" for _, _, o in facts(read(POST), "title"))
