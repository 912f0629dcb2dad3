"""Wave 43: ranks of offices and the state of an office.

"Assistant Treasury Secretary X" is assistant secretary of the Treasury, and an office whose phrase names
no state does not take the state of the people its holder meets or of the city the holder is in. Sentences
written for these tests; the parses are hand-built."""

from __future__ import annotations

from tests.hand_docs import country_of, facts, read

ASSISTANT_SECRETARY_ABROAD = """
    Assistant  Assistant  PROPN NNP  3 compound -
    Treasury   Treasury   PROPN NNP  3 compound ORG
    Secretary  Secretary  PROPN NNP  5 compound -
    Helen      Helen      PROPN NNP  5 compound PERSON
    Marsh      Marsh      PROPN NNP  6 nsubj    I-PERSON
    met        meet       VERB  VBD  0 ROOT     -
    Thai       thai       ADJ   JJ   8 amod     NORP
    officials  official   NOUN  NNS  6 dobj     -
    in         in         ADP   IN   6 prep     -
    Bangkok    Bangkok    PROPN NNP  9 pobj     GPE
    .          .          PUNCT .    6 punct    -
"""


def test_rank_before_the_body_of_a_title_stays_with_the_title():
    reading = read(ASSISTANT_SECRETARY_ABROAD)
    # (wave 51: the department named by its portfolio makes the title the state's office, and the one state
    # with an assistant secretary of the treasury is the United States)
    assert ("Helen Marsh", "assistant secretary of the treasury of", "United States") in facts(
        reading, "title"
    )
    assert ("Helen Marsh", "secretary of", "Treasury") not in facts(reading, "title")


def test_office_takes_no_state_from_the_people_its_holder_meets_or_his_city():
    reading = read(ASSISTANT_SECRETARY_ABROAD)
    assert country_of(reading, "Helen Marsh") == "USA"  # the office's one state (wave 51), not Thailand
    assert country_of(reading, "Thailand") == "THA"  # the officials she met stay Thailand's


# "Deputy Treasury Secretary Helen Marsh spoke.", the tagger taking "Treasury" for a person's name
DEPUTY_SECRETARY_BODY_TAGGED_A_NAME = """
    Deputy     Deputy     PROPN NNP  3 compound -
    Treasury   Treasury   PROPN NNP  3 compound PERSON
    Secretary  Secretary  PROPN NNP  5 compound -
    Helen      Helen      PROPN NNP  5 compound PERSON
    Marsh      Marsh      PROPN NNP  6 nsubj    I-PERSON
    spoke      speak      VERB  VBD  0 ROOT     -
    .          .          PUNCT .    6 punct    -
"""


def test_bare_body_tagged_a_name_before_a_title_is_the_body_and_keeps_the_rank():
    reading = read(DEPUTY_SECRETARY_BODY_TAGGED_A_NAME)
    assert ("Helen Marsh", "deputy secretary of the treasury of", "United States") in facts(reading, "title")
    [treasury] = [e for e in reading.entities.entities() if e.label == "Treasury"]
    assert treasury.type == "ORG"


# "... met bankers in Boston. Marsh said rates would fall in Ohio.": the state is named outside the sides of
# her own clause too (in what she says), so the story's one state is hers
AT_HOME = """
    Assistant  Assistant  PROPN NNP  3 compound -
    Treasury   Treasury   PROPN NNP  3 compound ORG
    Secretary  Secretary  PROPN NNP  5 compound -
    Helen      Helen      PROPN NNP  5 compound PERSON
    Marsh      Marsh      PROPN NNP  6 nsubj    I-PERSON
    met        meet       VERB  VBD  0 ROOT     -
    bankers    banker     NOUN  NNS  6 dobj     -
    in         in         ADP   IN   6 prep     -
    Boston     Boston     PROPN NNP  8 pobj     GPE
    .          .          PUNCT .    6 punct    -
    Marsh      Marsh      PROPN NNP  12 nsubj   PERSON
    said       say        VERB  VBD  0 ROOT     -
    rates      rate       NOUN  NNS  15 nsubj   -
    would      would      AUX   MD   15 aux     -
    fall       fall       VERB  VB   12 ccomp   -
    in         in         ADP   IN   15 prep    -
    Ohio       Ohio       PROPN NNP  16 pobj    GPE
    .          .          PUNCT .    12 punct   -
"""


def test_office_of_a_story_whose_state_is_named_beyond_the_holder_sides_takes_it():
    reading = read(AT_HOME)
    assert country_of(reading, "Helen Marsh") == "USA"


# "The United States acted. The United States insisted. The government of Prime Minister Margaret Thatcher
# objected.": the government is hers; "the government" does not own her title (it would be the story's state)
GOVERNMENT_OF_A_TITLED_HEAD = """
    The         the         DET   DT   3 det      GPE
    United      United      PROPN NNP  3 compound I-GPE
    States      States      PROPN NNP  4 nsubj    I-GPE
    acted       act         VERB  VBD  0 ROOT     -
    .           .           PUNCT .    4 punct    -
    The         the         DET   DT   8 det      GPE
    United      United      PROPN NNP  8 compound I-GPE
    States      States      PROPN NNP  9 nsubj    I-GPE
    insisted    insist      VERB  VBD  0 ROOT     -
    .           .           PUNCT .    9 punct    -
    The         the         DET   DT   12 det     -
    government  government  NOUN  NN   18 nsubj   -
    of          of          ADP   IN   12 prep    -
    Prime       Prime       PROPN NNP  15 compound -
    Minister    Minister    PROPN NNP  17 compound -
    Margaret    Margaret    PROPN NNP  17 compound PERSON
    Thatcher    Thatcher    PROPN NNP  13 pobj    I-PERSON
    objected    object      VERB  VBD  0 ROOT     -
    .           .           PUNCT .    18 punct   -
"""


def test_title_after_a_common_noun_of_is_not_that_noun_office():
    titles = facts(read(GOVERNMENT_OF_A_TITLED_HEAD, day="1985-06-01"), "title")
    assert ("Margaret Thatcher", "prime minister of", "United States") not in titles
    assert ("Margaret Thatcher", "prime minister of", "United Kingdom") in titles


RANK_BEFORE_A_STATE = """
    Deputy          Deputy          PROPN NNP  4 compound -
    Chilean         Chilean         ADJ   JJ   4 amod     NORP
    Trade           Trade           PROPN NNP  4 compound -
    Representative  Representative  PROPN NNP  6 compound -
    Ana             Ana             PROPN NNP  6 compound PERSON
    Ruiz            Ruiz            PROPN NNP  7 nsubj    I-PERSON
    spoke           speak           VERB  VBD  0 ROOT     -
    .               .               PUNCT .    7 punct    -
"""


def test_rank_before_the_state_of_a_title_stays_with_the_title():
    titles = facts(read(RANK_BEFORE_A_STATE), "title")
    assert ("Ana Ruiz", "deputy trade representative of", "Chile") in titles
    assert ("Ana Ruiz", "trade representative of", "Chile") not in titles
