"""Hand-built parse: an officer's bare lower-case title in a sentence naming no organisation ("Profit fell,
chairman X said") is the office of the one firm the story's lead names, when the lead names no other
organisation, though the story names other bodies further on (offices._firm_of_the_lead). The texts are
ours."""

from __future__ import annotations

from hand_docs import facts, read

ONE_FIRM_LEAD = """
Tarvo     Tarvo     PROPN NNP  3  compound ORG
Motor     Motor     PROPN NNP  3  compound I-ORG
AG        AG        PROPN NNP  4  nsubj    I-ORG
grew      grow      VERB  VBD  0  ROOT     -
.         .         PUNCT .    4  punct    -
Prices    price     NOUN  NNS  7  nsubj    -
rose      rise      VERB  VBD  0  ROOT     -
at        at        ADP   IN   7  prep     -
Harlow    Harlow    PROPN NNP  11 compound ORG
Motors    Motors    PROPN NNPS 11 compound I-ORG
Inc       Inc       PROPN NNP  8  pobj     I-ORG
.         .         PUNCT .    7  punct    -
Profit    profit    NOUN  NN   14 nsubj    -
fell      fall      VERB  VBD  19 ccomp    -
,         ,         PUNCT ,    19 punct    -
chairman  chairman  NOUN  NN   18 compound -
John      John      PROPN NNP  18 compound PERSON
Kemp      Kemp      PROPN NNP  19 nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
.         .         PUNCT .    19 punct    -
"""

TWO_FIRM_LEAD = """
Tarvo     Tarvo     PROPN NNP  3  compound ORG
Motor     Motor     PROPN NNP  3  compound I-ORG
AG        AG        PROPN NNP  8  nsubj    I-ORG
and       and       CCONJ CC   3  cc       -
Harlow    Harlow    PROPN NNP  7  compound ORG
Motors    Motors    PROPN NNPS 7  compound I-ORG
Inc       Inc       PROPN NNP  3  conj     I-ORG
grew      grow      VERB  VBD  0  ROOT     -
.         .         PUNCT .    8  punct    -
Profit    profit    NOUN  NN   11 nsubj    -
fell      fall      VERB  VBD  16 ccomp    -
,         ,         PUNCT ,    16 punct    -
chairman  chairman  NOUN  NN   15 compound -
John      John      PROPN NNP  15 compound PERSON
Kemp      Kemp      PROPN NNP  16 nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
.         .         PUNCT .    16 punct    -
"""


def test_a_bare_officers_title_is_the_office_of_the_one_firm_of_the_lead() -> None:
    # "Tarvo Motor AG grew. Prices rose at Harlow Motors Inc. Profit fell, chairman John Kemp said."
    assert ("John Kemp", "chairperson of", "Tarvo Motor AG") in facts(read(ONE_FIRM_LEAD), "title")
    # "Tarvo Motor AG and Harlow Motors Inc grew. Profit fell, chairman John Kemp said.": whose is unsaid
    assert not facts(read(TWO_FIRM_LEAD), "title")
