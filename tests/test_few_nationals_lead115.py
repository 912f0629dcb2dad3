"""A few of a people, counted, are so many persons, the state's citizens, not its people (lead, stop 53):
"Iran arrested two Americans" holds US citizens, not "US people"; "some Americans" or "thousands of Americans"
stay the people. Parses by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

ARRESTED = """
Iran      Iran      PROPN NNP 2 nsubj  GPE
arrested  arrest    VERB  VBD 0 ROOT   -
{count}   {lemma}   {pos}   {tag}  4 {dep} -
Americans Americans PROPN NNPS 2 dobj  NORP
.         .         PUNCT .   2 punct  -
"""


def test_two_of_a_people_are_its_citizens() -> None:
    triples = read_triples(ARRESTED.format(count="two", lemma="two", pos="NUM", tag="CD", dep="nummod"))
    assert {o for s, p, o in triples if p == "arrest"} == {"US citizens"}, triples


def test_some_of_a_people_stay_the_people() -> None:
    triples = read_triples(ARRESTED.format(count="some", lemma="some", pos="DET", tag="DT", dep="det"))
    assert {o for s, p, o in triples if p == "arrest"} == {"US people"}, triples
