"""A title whose "of" names a field of a body's work ("X, Acme's head of research", "Y, director of
communications at Zenith") heads that line of work at the body, never the body itself: the role fact keeps
the field and is held "at" the body (wave 112 E). Each test states its parse by hand (tests/hand_docs.py);
the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read_triples, then_abroad

# "Nina Hale, Larkspur Trust's head of Food Policy, said prices rose."  (the tagger calls the trust a person)
HEAD_OF_A_FIELD_OWNED = """
Nina      Nina      PROPN NNP  2 compound  PERSON
Hale      Hale      PROPN NNP  12 nsubj    I-PERSON
,         ,         PUNCT ,    2 punct     -
Larkspur  Larkspur  PROPN NNP  5 compound  PERSON
Trust     Trust     PROPN NNP  7 poss      I-PERSON
's        's        PART  POS  5 case      -
head      head      NOUN  NN   2 appos     -
of        of        ADP   IN   7 prep      -
Food      Food      PROPN NNP  10 compound -
Policy    Policy    PROPN NNP  8 pobj      -
,         ,         PUNCT ,    2 punct     -
said      say       VERB  VBD  0 ROOT      -
prices    price     NOUN  NNS  14 nsubj    -
rose      rise      VERB  VBD  12 ccomp    -
.         .         PUNCT .    12 punct    -
"""

# "Omar Vance, director of communications at Zenith Motors, said sales fell."
DIRECTOR_OF_A_FIELD_AT = """
Omar            Omar            PROPN NNP  2 compound  PERSON
Vance           Vance           PROPN NNP  12 nsubj    I-PERSON
,               ,               PUNCT ,    2 punct     -
director        director        NOUN  NN   2 appos     -
of              of              ADP   IN   4 prep      -
communications  communication   NOUN  NNS  5 pobj      -
at              at              ADP   IN   4 prep      -
Zenith          Zenith          PROPN NNP  9 compound  ORG
Motors          Motors          PROPN NNPS 7 pobj      I-ORG
,               ,               PUNCT ,    2 punct     -
said            say             VERB  VBD  0 ROOT      -
sales           sale            NOUN  NNS  13 nsubj    -
fell            fall            VERB  VBD  11 ccomp    -
.               .               PUNCT .    11 punct    -
"""

# "Omar Vance, director of Zenith Motors, said sales fell."  (the body itself: its director)
DIRECTOR_OF_THE_BODY = """
Omar      Omar      PROPN NNP  2 compound  PERSON
Vance     Vance     PROPN NNP  9 nsubj     I-PERSON
,         ,         PUNCT ,    2 punct     -
director  director  NOUN  NN   2 appos     -
of        of        ADP   IN   4 prep      -
Zenith    Zenith    PROPN NNP  7 compound  ORG
Motors    Motors    PROPN NNPS 5 pobj      I-ORG
,         ,         PUNCT ,    2 punct     -
said      say       VERB  VBD  0 ROOT      -
sales     sale      NOUN  NNS  10 nsubj    -
fell      fall      VERB  VBD  9 ccomp     -
.         .         PUNCT .    9 punct     -
"""


def test_a_bodys_head_of_a_field_heads_the_field_at_the_body() -> None:
    triples = read_triples(then_abroad(HEAD_OF_A_FIELD_OWNED))
    assert ("Nina Hale", "head of food policy at", "Larkspur Trust") in triples
    assert ("Nina Hale", "head of", "Larkspur Trust") not in triples


def test_a_director_of_a_field_at_a_body_keeps_the_field() -> None:
    triples = read_triples(then_abroad(DIRECTOR_OF_A_FIELD_AT))
    assert ("Omar Vance", "director of communications at", "Zenith Motors") in triples


def test_a_director_of_the_body_itself_stays_its_director() -> None:
    # positive guard: a named body after "of" is the body the title heads
    assert ("Omar Vance", "director of", "Zenith Motors") in read_triples(then_abroad(DIRECTOR_OF_THE_BODY))
