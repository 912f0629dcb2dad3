"""Countries of seats of government and of relatives (wave 115 G): the seat of a government that speaks
for it ("Downing Street denied ...") is that government, whatever its name ends in, never a street of the
story's state; a relative named beside a title's possessive ("the prime minister's daughter, X", "X, the
Peruvian president's wife") is of the state of that title's holder. Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

# "Downing Street denied the report."  (the tagger's ORG, and its LOC)
SEAT = """
Downing  Downing  PROPN NNP  2  compound  {label}
Street   Street   PROPN NNP  3  nsubj     I-{label}
denied   deny     VERB  VBD  0  ROOT      -
the      the      DET   DT   5  det       -
report   report   NOUN  NN   3  dobj      -
.        .        PUNCT .    3  punct     -
"""

# "Norwegian Prime Minister Tom Holden arrived. The prime minister's daughter, Emma Holden, objected."
TITLED_FATHER = """
Norwegian  norwegian  ADJ   JJ   3  amod      NORP
Prime      Prime      PROPN NNP  3  compound  -
Minister   Minister   PROPN NNP  5  compound  -
Tom        Tom        PROPN NNP  5  compound  PERSON
Holden     Holden     PROPN NNP  6  nsubj     I-PERSON
arrived    arrive     VERB  VBD  0  ROOT      -
.          .          PUNCT .    6  punct     -
The        the        DET   DT   10 det       -
prime      prime      ADJ   JJ   10 amod      -
minister   minister   NOUN  NN   12 poss      -
's         's         PART  POS  10 case      -
daughter   daughter   NOUN  NN   17 nsubj     -
,          ,          PUNCT ,    12 punct     -
Emma       Emma       PROPN NNP  15 compound  PERSON
Holden     Holden     PROPN NNP  12 appos     I-PERSON
,          ,          PUNCT ,    12 punct     -
objected   object     VERB  VBD  0  ROOT      -
.          .          PUNCT .    17 punct     -
"""

# "Rosa Lind, the {state}president's wife, objected."
WIFE_OF_TITLE = """
Rosa       Rosa       PROPN NNP  2  compound  PERSON
Lind       Lind       PROPN NNP  10 nsubj     I-PERSON
,          ,          PUNCT ,    2  punct     -
the        the        DET   DT   6  det       -
{state}
president  president  NOUN  NN   8  poss      -
's         's         PART  POS  6  case      -
wife       wife       NOUN  NN   2  appos     -
,          ,          PUNCT ,    2  punct     -
objected   object     VERB  VBD  0  ROOT      -
.          .          PUNCT .    10 punct     -
"""
PERUVIAN = "Peruvian   peruvian   ADJ   JJ   6  amod      NORP"
NO_STATE = "sitting    sitting    ADJ   JJ   6  amod      -"


def test_a_seat_of_government_tagged_a_body_is_its_government_not_a_street() -> None:
    reading = read(then_abroad(SEAT.format(label="ORG")))
    [seat] = [e for e in reading.entities.entities() if e.label == "Downing Street"]
    assert (seat.type, seat.country) == ("ORG", "GBR")


def test_a_seat_of_government_tagged_a_place_speaks_for_its_government() -> None:
    reading = read(then_abroad(SEAT.format(label="LOC")))
    [seat] = [e for e in reading.entities.entities() if e.label == "Downing Street"]
    assert (seat.type, seat.country) == ("ORG", "GBR")


def test_the_relative_of_a_titled_holder_named_before_is_of_the_holders_state() -> None:
    reading = read(then_abroad(TITLED_FATHER))
    assert country_of(reading, "Tom Holden") == "NOR"
    assert country_of(reading, "Emma Holden") == "NOR"


def test_the_relative_of_a_title_with_a_state_word_is_of_that_state() -> None:
    reading = read(then_abroad(WIFE_OF_TITLE.format(state=PERUVIAN)))
    assert country_of(reading, "Rosa Lind") == "PER"


def test_the_relative_of_a_title_no_one_holds_in_the_story_takes_no_state() -> None:
    reading = read(then_abroad(WIFE_OF_TITLE.format(state=NO_STATE)))
    assert country_of(reading, "Rosa Lind") is None
