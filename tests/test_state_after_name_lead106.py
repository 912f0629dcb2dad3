"""A state right after a name and its "of" is said of the name even where the parser ran the state into the
next item of a list ("Energy Minister Juan Rojas of Chile and Mining Minister Ana Paz of Bolivia", "Chile"
parsed as a modifier of the next title): his office is Chile's, not the state named in the item before
(roles/of_phrases._state_after_name) (sentence of our own, parsed by hand as the model misparses it)."""

from __future__ import annotations

from hand_docs import read_triples

LIST_OF_HEADS = """
The         the        DET   DT  2  det       -
delegations delegation NOUN  NNS 4  nsubjpass -
are         be         AUX   VBP 4  auxpass   -
headed      head       VERB  VBN 0  ROOT      -
by          by         ADP   IN  4  agent     -
Torres      Torres     PROPN NNP 5  pobj      PERSON
of          of         ADP   IN  6  prep      -
Peru        Peru       PROPN NNP 7  pobj      GPE
,           ,          PUNCT ,   6  punct     -
Energy      Energy     PROPN NNP 11 compound  -
Minister    Minister   PROPN NNP 13 compound  -
Juan        Juan       PROPN NNP 13 compound  PERSON
Rojas       Rojas      PROPN NNP 6  conj      I-PERSON
of          of         ADP   IN  13 prep      -
Chile       Chile      PROPN NNP 18 nmod      GPE
and         and        CCONJ CC  15 cc        -
Mining      Mining     PROPN NNP 15 conj      -
Minister    Minister   PROPN NNP 14 pobj      -
Ana         Ana        PROPN NNP 20 compound  PERSON
Paz         Paz        PROPN NNP 13 appos     I-PERSON
of          of         ADP   IN  20 prep      -
Bolivia     Bolivia    PROPN NNP 21 pobj      GPE
.           .          PUNCT .   4  punct     -
"""


def test_the_state_after_the_name_owns_the_title_the_parser_ran_it_on() -> None:
    triples = read_triples(LIST_OF_HEADS)
    assert ("Juan Rojas", "energy minister of", "Chile") in triples
    assert not any(s == "Juan Rojas" and o == "Peru" for s, _, o in triples)


# "Deputy Governor Ana Ruiz of Chile's central bank said rates would rise."
OF_A_STATES_BODY = """
Deputy   Deputy   PROPN NNP 2  compound -
Governor Governor PROPN NNP 4  compound -
Ana      Ana      PROPN NNP 4  compound PERSON
Ruiz     Ruiz     PROPN NNP 10 nsubj    I-PERSON
of       of       ADP   IN  4  prep     -
Chile    Chile    PROPN NNP 9  poss     GPE
's       's       PART  POS 6  case     -
central  central  ADJ   JJ  9  amod     -
bank     bank     NOUN  NN  5  pobj     -
said     say      VERB  VBD 0  ROOT     -
rates    rate     NOUN  NNS 13 nsubj    -
would    would    AUX   MD  13 aux      -
rise     rise     VERB  VB  10 ccomp    -
.        .        PUNCT .   10 punct    -
"""


def test_a_state_that_owns_the_body_after_of_is_no_state_said_of_the_name() -> None:
    # (the review of stop 47) "X of Chile's central bank": the office is the bank's, not a state's title
    triples = read_triples(OF_A_STATES_BODY)
    assert ("Ana Ruiz", "deputy governor of", "Chile") not in triples
