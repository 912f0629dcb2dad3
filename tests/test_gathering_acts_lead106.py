"""A gathering that acts ("the meeting of OPEC ministers urged Peru to cut output", "the summit of X
condemned Y") acts for the one party it gathers, named after "of" (arguments.resolve, words.tsv
attended_meeting_nouns); a gathering of two parties stands for neither. The lead's fix after round 166
(argument resolution, no rule version). Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "The meeting of OPEC ministers urged Peru to cut output."
MEETING_URGED = """
The       the      DET   DT  2 det      -
meeting   meeting  NOUN  NN  6 nsubj    -
of        of       ADP   IN  2 prep     -
OPEC      OPEC     PROPN NNP 5 compound ORG
ministers minister NOUN  NNS 3 pobj     -
urged     urge     VERB  VBD 0 ROOT     -
Peru      Peru     PROPN NNP 6 dobj     GPE
to        to       PART  TO  9 aux      -
cut       cut      VERB  VB  6 xcomp    -
output    output   NOUN  NN  9 dobj     -
.         .        PUNCT .   6 punct    -
"""

# "The meeting of Chile and Bolivia urged Peru to cut output."
TWO_PARTIES_MEETING_URGED = """
The       the      DET   DT  2 det      -
meeting   meeting  NOUN  NN  7 nsubj    -
of        of       ADP   IN  2 prep     -
Chile     Chile    PROPN NNP 3 pobj     GPE
and       and      CCONJ CC  4 cc       -
Bolivia   Bolivia  PROPN NNP 4 conj     GPE
urged     urge     VERB  VBD 0 ROOT     -
Peru      Peru     PROPN NNP 7 dobj     GPE
to        to       PART  TO  10 aux     -
cut       cut      VERB  VB  7 xcomp    -
output    output   NOUN  NN  10 dobj    -
.         .        PUNCT .   7 punct    -
"""


def test_a_gathering_that_acts_acts_for_the_party_it_gathers() -> None:
    triples = read_triples(MEETING_URGED)
    assert ("OPEC", "urge", "Peru") in triples, triples


def test_a_gathering_of_two_parties_stands_for_neither() -> None:
    triples = read_triples(TWO_PARTIES_MEETING_URGED)
    assert not any(p == "urge" and o == "Peru" for _, p, o in triples), triples


# "The meeting of Peru's ministers with Chile urged Bolivia to cut output." ("with" hung on the ministers)
MEETING_WITH_URGED = """
The       the      DET   DT  2  det      -
meeting   meeting  NOUN  NN  9  nsubj    -
of        of       ADP   IN  2  prep     -
Peru      Peru     PROPN NNP 6  poss     GPE
's        's       PART  POS 4  case     -
ministers minister NOUN  NNS 3  pobj     -
with      with     ADP   IN  6  prep     -
Chile     Chile    PROPN NNP 7  pobj     GPE
urged     urge     VERB  VBD 0  ROOT     -
Bolivia   Bolivia  PROPN NNP 9  dobj     GPE
to        to       PART  TO  12 aux      -
cut       cut      VERB  VB  9  xcomp    -
output    output   NOUN  NN  12 dobj     -
.         .        PUNCT .   9  punct    -
"""


def test_a_gathering_of_one_party_with_another_stands_for_neither() -> None:
    """(review 106, finding 9: the party after "with", also when the parser hangs it on the first party)"""
    triples = read_triples(MEETING_WITH_URGED)
    assert not any(s == "Peru" and p == "urge" for s, p, _ in triples), triples
    assert read_triples(MEETING_URGED), "the one-party gathering still acts"
