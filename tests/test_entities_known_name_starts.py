"""A tagged name the tagger cut short is the longer name: a known organisation's first words ("the Liberal
Democrats" tagged "Democrats"), a person's given name after a title ("President Ana Lima" with "Lima" tagged
a city). Sentences of our own, parses written by hand."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import country_of, facts, read

_CRITICISED = """
The         the         DET   DT  {head} det      -
{first}
Democrats   Democrats   PROPN NNPS {verb} nsubj   NORP
criticised  criticise   VERB  VBD 0  ROOT     -
Ana         Ana         PROPN NNP {name} compound PERSON
Roe         Roe         PROPN NNP {verb} dobj    I-PERSON
.           .           PUNCT .   {verb} punct    -
"""


def _read(first: str) -> Reading:
    row = f"{first} {first} PROPN NNP 3 compound -" if first else ""
    shift = 1 if first else 0
    return read(_CRITICISED.format(first=row, head=2 + shift, verb=3 + shift, name=5 + shift))


def test_the_first_words_the_tagger_left_off_a_known_organisation_are_its_name() -> None:
    reading = _read("Liberal")
    assert facts(reading, "svo") == {("Liberal Democrats", "criticise", "Ana Roe")}
    assert country_of(reading, "Liberal Democrats") == "GBR"


def test_a_name_with_nothing_left_off_stays_as_tagged() -> None:
    reading = _read("")
    # the table's short form is the party, under the row's name
    assert facts(reading, "svo") == {("Democratic Party", "criticise", "Ana Roe")}
    assert country_of(reading, "Democratic Party") == "USA"


def test_a_place_word_after_a_title_and_a_given_name_is_a_surname() -> None:
    reading = read("""
    Chilean   Chilean   ADJ   JJ  2 amod     NORP
    President President PROPN NNP 4 compound -
    Ana       Ana       PROPN NNP 4 compound -
    Lima      Lima      PROPN NNP 5 nsubj    GPE
    met       meet      VERB  VBD 0 ROOT     -
    Luis      Luis      PROPN NNP 7 compound PERSON
    Mora      Mora      PROPN NNP 5 dobj     I-PERSON
    .         .         PUNCT .   5 punct    -
    """)
    assert ("Ana Lima", "meet with", "Luis Mora") in facts(reading, "svo")
    assert ("Ana Lima", "president of", "Chile") in facts(reading, "title")
