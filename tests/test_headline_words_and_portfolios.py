"""Hand-built parses: a headline's verb the tagger took for a one-word name ("DEBT RATIO PEAKS, MINISTER
SAYS") is no person; the words of an unknown portfolio before "Minister" ("Development Supervision Minister
X") are no organisation the minister belongs to."""

from __future__ import annotations

from hand_docs import facts, read

SAYS = """
DEBT      debt      NOUN  NN  3  compound -
RATIO     RATIO     PROPN NNP 3  compound -
PEAKS     PEAKS     PROPN NNP 6  nsubj    ORG
,         ,         PUNCT ,   6  punct    -
MINISTER  MINISTER  PROPN NNP 6  nsubj    -
SAYS      say       VERB  VBZ 0  ROOT     PERSON
"""

PORTFOLIO = """
Peru        Peru        PROPN NNP 3  nsubj    GPE
will        will        AUX   MD  3  aux      -
act         act         VERB  VB  10 ccomp    -
,           ,           PUNCT ,   10 punct    -
{first:11} {first:11} PROPN NNP 7  compound ORG
Supervision Supervision PROPN NNP 7  compound I-ORG
Minister    Minister    PROPN NNP 9  compound -
Ana         Ana         PROPN NNP 9  compound PERSON
Lopez       Lopez       PROPN NNP 10 nsubj    I-PERSON
said        say         VERB  VBD 0  ROOT     -
.           .           PUNCT .   10 punct    -
"""


def test_a_headlines_verb_is_no_name() -> None:
    reading = read(SAYS)
    assert not [e for e in reading.entities.entities() if e.label.upper() == "SAYS"]


def test_an_unknown_portfolio_is_no_body_of_the_minister() -> None:
    # "Peru will act, Development Supervision Minister Ana Lopez said."
    reading = read(PORTFOLIO.format(first="Development"))
    assert not [e for e in reading.entities.entities() if e.label == "Development Supervision"]
    assert not any(o == "Development Supervision" for _, _, o in facts(reading, "title"))


COMMUNITY = """
The       the       DET   DT  2  det      -
Community Community PROPN NNP 3  nsubj    ORG
faces     face      VERB  VBZ 0  ROOT     -
a         a         DET   DT  5  det      -
deficit   deficit   NOUN  NN  3  dobj     -
.         .         PUNCT .   3  punct    -
The       the       DET   DT  9  det      ORG
European  European  PROPN NNP 9  compound I-ORG
Community Community PROPN NNP 10 nsubj    I-ORG
grew      grow      VERB  VBD 0  ROOT     -
.         .         PUNCT .   10 punct    -
"""


def test_a_body_named_by_its_last_word_is_no_person_by_surname() -> None:
    # "The Community faces a deficit. The European Community grew.": a body's head noun, no surname
    reading = read(COMMUNITY)
    assert [(e.label, e.type) for e in reading.entities.entities()] == [("European Community", "ORG")]
