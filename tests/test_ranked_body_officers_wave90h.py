"""A rank written between a body's name and "Secretary" is the secretary's rank in that body: "Treasury
Financial Secretary X" is the Treasury's financial secretary (as "Treasury Secretary Y" is its secretary), not
a bare secretary of the story's state; so is a capitalised "Under" the parser took for a preposition ("Defence
Ministry Under Secretary X"), and a rank the tagger ran the body's name on over ("[Foreign Office Permanent]
Secretary X") (wave 90 H). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Treasury Financial Secretary Tom Ash told Parliament the plan would go ahead."
FINANCIAL_SECRETARY = """
Treasury   Treasury   PROPN NNP 3  compound ORG
Financial  Financial  PROPN NNP 3  compound -
Secretary  Secretary  PROPN NNP 5  compound -
Tom        Tom        PROPN NNP 5  compound PERSON
Ash        Ash        PROPN NNP 6  nsubj    I-PERSON
told       tell       VERB  VBD 0  ROOT     -
Parliament Parliament PROPN NNP 6  dobj     ORG
the        the        DET   DT  9  det      -
plan       plan       NOUN  NN  11 nsubj    -
would      would      AUX   MD  11 aux      -
go         go         VERB  VB  6  ccomp    -
ahead      ahead      ADV   RB  11 advmod   -
.          .          PUNCT .   6  punct    -
"""

# "Tom Ash, the Treasury Financial Secretary, said the plan would go ahead."
FINANCIAL_SECRETARY_APPOSED = """
Tom        Tom        PROPN NNP 2  compound PERSON
Ash        Ash        PROPN NNP 9  nsubj    I-PERSON
,          ,          PUNCT ,   2  punct    -
the        the        DET   DT  7  det      -
Treasury   Treasury   PROPN NNP 7  compound ORG
Financial  Financial  PROPN NNP 7  compound -
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

# "Defence Ministry Under Secretary Tom Ash said the plan would go ahead.": "Under" read as a preposition.
UNDER_SECRETARY = """
Defence    Defence    PROPN NNP 2  compound ORG
Ministry   Ministry   PROPN NNP 7  nsubj    I-ORG
Under      under      ADP   IN  2  prep     -
Secretary  Secretary  PROPN NNP 6  compound -
Tom        Tom        PROPN NNP 6  compound PERSON
Ash        Ash        PROPN NNP 3  pobj     I-PERSON
said       say        VERB  VBD 0  ROOT     -
the        the        DET   DT  9  det      -
plan       plan       NOUN  NN  11 nsubj    -
would      would      AUX   MD  11 aux      -
go         go         VERB  VB  7  ccomp    -
ahead      ahead      ADV   RB  11 advmod   -
.          .          PUNCT .   7  punct    -
"""

# "Foreign Office Permanent Secretary Tom Ash said the plan would go ahead.": the tagger's body runs on
# over the rank.
PERMANENT_SECRETARY = """
Foreign    Foreign    PROPN NNP 2  compound ORG
Office     Office     PROPN NNP 4  compound I-ORG
Permanent  Permanent  PROPN NNP 4  compound I-ORG
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


def test_a_rank_between_a_body_and_secretary_is_the_bodys_secretarys_rank() -> None:
    triples = read_triples(FINANCIAL_SECRETARY)
    assert ("Tom Ash", "financial secretary of", "Treasury") in triples
    assert not any(s == "Tom Ash" and p == "secretary of" for s, p, _ in triples)


def test_a_rank_between_a_body_and_secretary_in_apposition() -> None:
    triples = read_triples(FINANCIAL_SECRETARY_APPOSED)
    assert ("Tom Ash", "financial secretary of", "Treasury") in triples


def test_a_capitalised_under_before_secretary_is_the_rank() -> None:
    triples = read_triples(UNDER_SECRETARY)
    assert ("Tom Ash", "under secretary of", "Defence Ministry") in triples


def test_a_rank_the_tagger_put_in_the_bodys_name_is_the_secretarys() -> None:
    triples = read_triples(PERMANENT_SECRETARY)
    assert ("Tom Ash", "permanent secretary of", "Foreign Office") in triples
