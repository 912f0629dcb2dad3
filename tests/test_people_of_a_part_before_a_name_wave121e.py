"""One of the people of a state's part right before a name (wave 121 E): "New Yorker X", "Texan Y" say the
person is of that part's state (countries.tsv people_of_states), as "Italian Z" says Z is Italian, whatever
the tagger called the word (it takes "New Yorker" for a body). Each test states its parse by hand
(tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, then_abroad

# "New Yorker Paul Ranieri met Gordon Holt in Paris."
NEW_YORKER = """
New      New      PROPN  NNP     2 compound  ORG
Yorker   Yorker   PROPN  NNP     4 compound  I-ORG
Paul     Paul     PROPN  NNP     4 compound  PERSON
Ranieri  Ranieri  PROPN  NNP     5 nsubj     I-PERSON
met      meet     VERB   VBD     0 ROOT      -
Gordon   Gordon   PROPN  NNP     7 compound  PERSON
Holt     Holt     PROPN  NNP     5 dobj      I-PERSON
in       in       ADP    IN      5 prep      -
Paris    Paris    PROPN  NNP     8 pobj      GPE
.        .        PUNCT  .       5 punct     -
"""

# "Texan Paul Ranieri met Gordon Holt in Paris."
TEXAN = """
Texan    Texan    PROPN  NNP     3 compound  NORP
Paul     Paul     PROPN  NNP     3 compound  PERSON
Ranieri  Ranieri  PROPN  NNP     4 nsubj     I-PERSON
met      meet     VERB   VBD     0 ROOT      -
Gordon   Gordon   PROPN  NNP     6 compound  PERSON
Holt     Holt     PROPN  NNP     4 dobj      I-PERSON
in       in       ADP    IN      4 prep      -
Paris    Paris    PROPN  NNP     7 pobj      GPE
.        .        PUNCT  .       4 punct     -
"""


def test_a_new_yorker_before_a_name_is_american() -> None:
    reading = read(then_abroad(NEW_YORKER))
    assert country_of(reading, "Paul Ranieri") == "USA"
    assert country_of(reading, "Gordon Holt") is None  # nothing places the man he met


def test_a_texan_before_a_name_is_american() -> None:
    assert country_of(read(then_abroad(TEXAN)), "Paul Ranieri") == "USA"
