"""A capitalised field word right before "Minister" is the minister's portfolio, though the title tables know
no sense of it and the tagger may call it a body ("Britain's Arts Minister X"), in apposition as before the
name; so is one before "Secretary" after a state's word ("Britain's Employment Secretary X"), where bare it
may be a body's officer (wave 90 H). Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Tom Ash, Britain's Research Minister, said the plan would go ahead."
RESEARCH_MINISTER_APPOSED = """
Tom       Tom       PROPN NNP 2  compound PERSON
Ash       Ash       PROPN NNP 9  nsubj    I-PERSON
,         ,         PUNCT ,   2  punct    -
Britain   Britain   PROPN NNP 7  poss     GPE
's        's        PART  POS 4  case     -
Research  Research  PROPN NNP 7  compound -
Minister  Minister  PROPN NNP 2  appos    -
,         ,         PUNCT ,   2  punct    -
said      say       VERB  VBD 0  ROOT     -
the       the       DET   DT  11 det      -
plan      plan      NOUN  NN  13 nsubj    -
would     would     AUX   MD  13 aux      -
go        go        VERB  VB  9  ccomp    -
ahead     ahead     ADV   RB  13 advmod   -
.         .         PUNCT .   9  punct    -
"""

# "Britain's Arts Minister Tom Ash said the plan would go ahead.": the tagger took "Arts" for a body.
ARTS_MINISTER_BEFORE_NAME = """
Britain   Britain   PROPN NNP 4  poss     GPE
's        's        PART  POS 1  case     -
Arts      Arts      PROPN NNP 4  compound ORG
Minister  Minister  PROPN NNP 6  compound -
Tom       Tom       PROPN NNP 6  compound PERSON
Ash       Ash       PROPN NNP 7  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
the       the       DET   DT  9  det      -
plan      plan      NOUN  NN  11 nsubj    -
would     would     AUX   MD  11 aux      -
go        go        VERB  VB  7  ccomp    -
ahead     ahead     ADV   RB  11 advmod   -
.         .         PUNCT .   7  punct    -
"""

# "Britain's Employment Secretary Tom Ash said the plan would go ahead."
EMPLOYMENT_SECRETARY_BEFORE_NAME = """
Britain    Britain    PROPN NNP 4  poss     GPE
's         's         PART  POS 1  case     -
Employment Employment PROPN NNP 4  compound -
Secretary  Secretary  PROPN NNP 6  compound -
Tom        Tom        PROPN NNP 6  compound PERSON
Ash        Ash        PROPN NNP 7  nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  9  det      -
plan       plan       NOUN  NN  11 nsubj    -
would      would      AUX   MD  11 aux      -
go         go         VERB  VB  7  ccomp    -
ahead      ahead      ADV   RB  11 advmod   -
.          .          PUNCT .   7  punct    -
"""

# "Tom Ash, Britain's Employment Secretary, said the plan would go ahead."
EMPLOYMENT_SECRETARY_APPOSED = """
Tom        Tom        PROPN NNP 2  compound PERSON
Ash        Ash        PROPN NNP 9  nsubj    I-PERSON
,          ,          PUNCT ,   2  punct    -
Britain    Britain    PROPN NNP 7  poss     GPE
's         's         PART  POS 4  case     -
Employment Employment PROPN NNP 7  compound -
Secretary  Secretary  PROPN NNP 2  appos    -
,          ,          PUNCT ,   2  punct    -
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  11 det      -
plan       plan       NOUN  NN  13 nsubj    -
would      would      AUX   MD  13 aux      -
go         go         VERB  VB  9  ccomp    -
ahead      ahead      ADV   RB  13 advmod   -
.          .          PUNCT .   9  punct    -
"""


def test_a_field_word_before_minister_in_apposition_is_the_portfolio() -> None:
    triples = read_triples(RESEARCH_MINISTER_APPOSED)
    assert ("Tom Ash", "research minister of", "United Kingdom") in triples
    assert ("Tom Ash", "minister of", "United Kingdom") not in triples


def test_a_field_word_the_tagger_took_for_a_body_before_minister_is_the_portfolio() -> None:
    triples = read_triples(ARTS_MINISTER_BEFORE_NAME)
    assert ("Tom Ash", "arts minister of", "United Kingdom") in triples


def test_a_field_word_before_secretary_after_a_states_word_is_the_portfolio() -> None:
    triples = read_triples(EMPLOYMENT_SECRETARY_BEFORE_NAME)
    assert ("Tom Ash", "employment secretary of", "United Kingdom") in triples


def test_a_field_word_before_secretary_in_apposition_is_the_portfolio() -> None:
    triples = read_triples(EMPLOYMENT_SECRETARY_APPOSED)
    assert ("Tom Ash", "employment secretary of", "United Kingdom") in triples
    assert ("Tom Ash", "secretary of", "United Kingdom") not in triples
