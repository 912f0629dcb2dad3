"""A tagged name the tagger cut short of a known organisation's first words is the organisation: "the Liberal
Democrats" tagged "Democrats" (sentences of our own, parses written by hand)."""

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
    assert facts(reading, "svo") == {("Democrats", "criticise", "Ana Roe")}
    assert country_of(reading, "Democrats") == "USA"
