"""Wave 43: a bare "Speaker" holds the office of the chamber his sentence names ("Speaker X said the House
would vote": speaker of the House, not of the state), and "the House" with no state in a story whose places
are all of one state is that state's chamber. Sentences written for these tests; the parses are
hand-built."""

from __future__ import annotations

from tests.hand_docs import country_of, facts, read

SPEAKER_AND_HOUSE = """
    Speaker  Speaker  PROPN NNP  3 compound -
    Tom      Tom      PROPN NNP  3 compound PERSON
    Hale     Hale     PROPN NNP  4 nsubj    I-PERSON
    said     say      VERB  VBD  0 ROOT     -
    the      the      DET   DT   6 det      -
    House    House    PROPN NNP  8 nsubj    ORG
    would    would    AUX   MD   8 aux      -
    vote     vote     VERB  VB   4 ccomp    -
    on       on       ADP   IN   8 prep     -
    the      the      DET   DT   11 det     -
    bill     bill     NOUN  NN   9 pobj     -
    .        .        PUNCT .    4 punct    -
"""

# "... He spoke in Ohio.": the story's one place is of the United States
IN_OHIO = (
    SPEAKER_AND_HOUSE.rstrip()
    + """
    He       he       PRON  PRP  14 nsubj   -
    spoke    speak    VERB  VBD  0 ROOT     -
    in       in       ADP   IN   14 prep    -
    Ohio     Ohio     PROPN NNP  15 pobj    GPE
    .        .        PUNCT .    14 punct   -
"""
)

SPEAKER_ALONE = """
    Speaker  Speaker  PROPN NNP  3 compound -
    Tom      Tom      PROPN NNP  3 compound PERSON
    Hale     Hale     PROPN NNP  4 nsubj    I-PERSON
    spoke    speak    VERB  VBD  0 ROOT     -
    .        .        PUNCT .    4 punct    -
"""


def test_bare_speaker_holds_the_office_of_the_chamber_his_sentence_names():
    assert ("Tom Hale", "speaker of", "House") in facts(read(SPEAKER_AND_HOUSE), "title")


def test_bare_speaker_with_no_chamber_named_holds_none():
    assert not any(obj == "House" for _, _, obj in facts(read(SPEAKER_ALONE), "title"))


def test_house_of_a_story_whose_places_are_of_one_state_is_that_state():
    reading = read(IN_OHIO)
    assert country_of(reading, "House") == "USA"
    assert country_of(reading, "Tom Hale") == "USA"
    assert ("Tom Hale", "speaker of", "House") in facts(reading, "title")
    assert ("Tom Hale", "speaker of", "United States") not in facts(reading, "title")


SPEAKER_AND_SENATE = SPEAKER_AND_HOUSE.replace(
    "House    House    PROPN NNP  8 nsubj    ORG", "Senate   Senate   PROPN NNP  8 nsubj    ORG"
)


def test_bare_speaker_holds_no_office_of_a_senate_his_sentence_names():
    assert "Senate" in SPEAKER_AND_SENATE
    assert not any(obj == "Senate" for _, _, obj in facts(read(SPEAKER_AND_SENATE), "title"))
