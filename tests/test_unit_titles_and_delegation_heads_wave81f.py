"""Titles held in a unit of an unnamed firm and heads of one of several delegations (wave 81 F): "X, vice
president of the bank's commercial paper unit" is the firm's officer, no office of the story's state; "Y,
heading one of three U.S. producer delegations" heads a party of the state's people, not the state. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

UNIT_OF_AN_UNNAMED_FIRM = """
U.S.       U.S.       PROPN NNP 2  compound GPE
rates      rate       NOUN  NNS 3  nsubj    -
rose       rise       VERB  VBD 0  ROOT     -
.          .          PUNCT .   3  punct    -
Michael    Michael    PROPN NNP 6  compound PERSON
Balaban    Balaban    PROPN NNP 18 nsubj    I-PERSON
,          ,          PUNCT ,   6  punct    -
vice       vice       NOUN  NN  9  compound -
president  president  NOUN  NN  6  appos    -
of         of         ADP   IN  9  prep     -
the        the        DET   DT  12 det      -
bank       bank       NOUN  NN  16 poss     -
's         's         PART  POS 12 case     -
commercial commercial ADJ   JJ  15 amod     -
paper      paper      NOUN  NN  16 compound -
unit       unit       NOUN  NN  10 pobj     -
,          ,          PUNCT ,   6  punct    -
said       say        VERB  VBD 0  ROOT     -
demand     demand     NOUN  NN  20 nsubj    -
was        be         AUX   VBD 18 ccomp    -
strong     strong     ADJ   JJ  20 acomp    -
.          .          PUNCT .   18 punct    -
"""


def test_title_in_a_unit_of_an_unnamed_firm_is_no_office_of_the_state() -> None:
    triples = read_triples(UNIT_OF_AN_UNNAMED_FIRM)
    assert not [t for t in triples if t[0] == "Michael Balaban" and t[2] == "United States"]


HEADING_ONE_OF_SEVERAL_DELEGATIONS = """
The         the        DET   DT  2  det      -
U.S.        U.S.       PROPN NNP 3  nsubj    GPE
wants       want       VERB  VBZ 0  ROOT     -
exports     export     NOUN  NNS 3  dobj     -
.           .          PUNCT .   3  punct    -
George      George     PROPN NNP 7  compound PERSON
Fluegel     Fluegel    PROPN NNP 18 nsubj    I-PERSON
,           ,          PUNCT ,   7  punct    -
heading     head       VERB  VBG 7  acl      -
one         one        NUM   CD  9  dobj     CARDINAL
of          of         ADP   IN  10 prep     -
three       three      NUM   CD  16 nummod   CARDINAL
U.S.        U.S.       PROPN NNP 16 compound GPE
soybean     soybean    NOUN  NN  15 compound -
producer    producer   NOUN  NN  16 compound -
delegations delegation NOUN  NNS 11 pobj     -
,           ,          PUNCT ,   7  punct    -
told        tell       VERB  VBD 0  ROOT     -
Reuters     Reuters    PROPN NNP 20 compound ORG
prices      price      NOUN  NNS 22 nsubj    -
would       would      AUX   MD  22 aux      -
rise        rise       VERB  VB  18 ccomp    -
.           .          PUNCT .   18 punct    -
"""


def test_heading_one_of_several_delegations_heads_no_state() -> None:
    triples = read_triples(HEADING_ONE_OF_SEVERAL_DELEGATIONS)
    assert not [t for t in triples if t[0] == "George Fluegel" and t[2] == "United States"]
