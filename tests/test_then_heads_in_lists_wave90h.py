"""A description set off by commas inside a list, whose "of" object is a body's name run on into a person's
name ("meetings between A, the then head of the CIA B, and C"), is the title of that name (B heads the body),
not of the name before it (wave 90 H). "The then" (held at the time told of) is a former office, as "former"
is: no longer held at the article's date (wave 91 H, restoring the convention of titles.tsv time_qualifiers).
Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "The inquiry examined meetings between Tom North, the then head of the CIA Bill Case, and a British
# official."
LISTED_THEN_HEAD = """
The       the       DET   DT  2  det      -
inquiry   inquiry   NOUN  NN  3  nsubj    -
examined  examine   VERB  VBD 0  ROOT     -
meetings  meeting   NOUN  NNS 3  dobj     -
between   between   ADP   IN  4  prep     -
Tom       Tom       PROPN NNP 7  compound PERSON
North     North     PROPN NNP 5  pobj     I-PERSON
,         ,         PUNCT ,   7  punct    -
the       the       DET   DT  11 det      -
then      then      ADV   RB  11 amod     -
head      head      NOUN  NN  7  appos    -
of        of        ADP   IN  11 prep     -
the       the       DET   DT  16 det      -
CIA       CIA       PROPN NNP 16 compound ORG
Bill      Bill      PROPN NNP 16 compound PERSON
Case      Case      PROPN NNP 12 pobj     I-PERSON
,         ,         PUNCT ,   7  punct    -
and       and       CCONJ CC  7  cc       -
a         a         DET   DT  21 det      -
British   british   ADJ   JJ  21 amod     NORP
official  official  NOUN  NN  7  conj     -
.         .         PUNCT .   3  punct    -
"""


def _apposed_head(qualifier: str) -> str:
    """ "Bill Case, the <qualifier> head of the CIA, met Tom North." """
    return f"""
Bill      Bill      PROPN NNP 2  compound PERSON
Case      Case      PROPN NNP 11 nsubj    I-PERSON
,         ,         PUNCT ,   2  punct    -
the       the       DET   DT  6  det      -
{qualifier}  {qualifier}  ADJ  JJ  6  amod  -
head      head      NOUN  NN  2  appos    -
of        of        ADP   IN  6  prep     -
the       the       DET   DT  9  det      -
CIA       CIA       PROPN NNP 7  pobj     ORG
,         ,         PUNCT ,   2  punct    -
met       meet      VERB  VBD 0  ROOT     -
Tom       Tom       PROPN NNP 13 compound PERSON
North     North     PROPN NNP 11 dobj     I-PERSON
.         .         PUNCT .   11 punct    -
"""


def test_a_listed_description_ending_in_a_body_and_a_name_is_that_names_title() -> None:
    triples = read_triples(LISTED_THEN_HEAD)
    assert not any(s == "Tom North" and o == "Bill Case" for s, _, o in triples)
    assert not any(s == "Tom North" and "official" in p for s, p, _ in triples)
    assert ("Bill Case", "former head of", "CIA") in triples  # "the then head" (wave 91 H)


def test_the_then_head_held_the_office_then_and_no_longer() -> None:
    # wave 91 H: "the then head" is a former office (wave 90 H had read it as a current one)
    triples = read_triples(_apposed_head("then"))
    assert ("Bill Case", "former head of", "CIA") in triples
    assert ("Bill Case", "head of", "CIA") not in triples
    assert ("Bill Case", "former head of", "CIA") in read_triples(_apposed_head("former"))
