"""Review 106, findings 7 and 11 (wave 106 H mend): one reader of a minister's portfolio the title words do
not know (titles.unlisted_portfolio, on lower-case words), which the readers of the tokens before a name
(roles/before_name) and after it (roles/nouns) ask, with one constant; words of no portfolio
(portfolio_stop_words: "state", "religion", "god") and tokens of an entity type ("minister of many years":
DATE) are no portfolio, so the title stays a bare "minister". The parses are stated by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.titles import role_phrase, unlisted_portfolio
from hand_docs import read, read_triples

# "Tom Diaz, Chile's minister of many years, resigned."
_MANY_YEARS = """
Tom           Tom           PROPN NNP 2  compound PERSON
Diaz          Diaz          PROPN NNP 12 nsubj    I-PERSON
,             ,             PUNCT ,   2  punct    -
Chile         Chile         PROPN NNP 6  poss     GPE
's            's            PART  POS 4  case     -
minister      minister      NOUN  NN  2  appos    -
of            of            ADP   IN  6  prep     -
many          many          ADJ   JJ  9  amod     DATE
years         year          NOUN  NNS 7  pobj     I-DATE
,             ,             PUNCT ,   2  punct    -
has           have          AUX   VBZ 12 aux      -
resigned      resign        VERB  VBN 0  ROOT     -
.             .             PUNCT .   12 punct    -
"""

# "Chile's minister of many years Tom Diaz resigned.": the time before the name
_MANY_YEARS_BEFORE = """
Chile         Chile         PROPN NNP 3 poss     GPE
's            's            PART  POS 1 case     -
minister      minister      NOUN  NN  8 compound -
of            of            ADP   IN  3 prep     -
many          many          ADJ   JJ  6 amod     DATE
years         year          NOUN  NNS 4 pobj     I-DATE
Tom           Tom           PROPN NNP 8 compound PERSON
Diaz          Diaz          PROPN NNP 9 nsubj    I-PERSON
resigned      resign        VERB  VBD 0 ROOT     -
.             .             PUNCT .   9 punct    -
"""

# "Carl Berg, Peru's minister of religion, resigned."
_RELIGION = """
Carl          Carl          PROPN NNP 2  compound PERSON
Berg          Berg          PROPN NNP 10 nsubj    I-PERSON
,             ,             PUNCT ,   2  punct    -
Peru          Peru          PROPN NNP 6  poss     GPE
's            's            PART  POS 4  case     -
minister      minister      NOUN  NN  2  appos    -
of            of            ADP   IN  6  prep     -
religion      religion      NOUN  NN  7  pobj     -
,             ,             PUNCT ,   2  punct    -
resigned      resign        VERB  VBD 0  ROOT     -
.             .             PUNCT .   10 punct    -
"""


def test_one_reader_of_unlisted_portfolio_words() -> None:
    assert unlisted_portfolio(["financial", "institutions"])
    assert not unlisted_portfolio(["state"])  # "minister of state" is a rank
    assert not unlisted_portfolio(["of", "the", "small", "states"])  # past the longest portfolio


def test_a_time_after_minister_of_is_no_portfolio() -> None:
    triples = read_triples(_MANY_YEARS)
    assert ("Tom Diaz", "minister of", "Chile") in triples
    assert ("Tom Diaz", "many years minister of", "Chile") not in triples


def test_a_time_after_minister_of_before_the_name_is_no_portfolio() -> None:
    reading = read(_MANY_YEARS_BEFORE)
    assert not [t for t in read_triples(_MANY_YEARS_BEFORE) if "many years" in t[1]]
    # the anchor: the person is still read (this rare order gives him no title; "of many years" is none)
    assert [e.type for e in reading.entities.entities() if e.label == "Tom Diaz"] == ["PERSON"]


def test_religion_after_minister_of_is_no_portfolio() -> None:
    assert role_phrase(["minister", "of", "religion"]) != "religion minister"
    triples = read_triples(_RELIGION)
    assert ("Carl Berg", "minister of", "Peru") in triples
    assert ("Carl Berg", "religion minister of", "Peru") not in triples
