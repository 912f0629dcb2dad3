"""A name many states' agencies share goes by the setting's state unless a word gives another (lead, stop
55); a state's word on the common noun the name restates after a comma gives it too: "a suit brought by
the US market watchdog, the Securities and Exchange Commission" in a story set in Ghana is the US agency,
not Ghana's (the parser may hang the name anywhere, so the words' order is read). Parsed by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

STORY = """
    Acme        Acme        PROPN NNP  2  nsubj    ORG
    settled     settle      VERB  VBD  0  ROOT     -
    a           a           DET   DT   4  det      -
    suit        suit        NOUN  NN   2  dobj     -
    brought     bring       VERB  VBN  4  acl      -
    by          by          ADP   IN   5  agent    -
    the         the         DET   DT   10 det      -
    WORD        WORD        PROPN NNP  10 nmod     GPE
    market      market      NOUN  NN   10 compound -
    watchdog    watchdog    NOUN  NN   6  pobj     -
    ,           ,           PUNCT ,    2  punct    -
    the         the         DET   DT   16 det      -
    Securities  Securities  PROPN NNPS 16 nmod     ORG
    and         and         CCONJ CC   13 cc       I-ORG
    Exchange    Exchange    PROPN NNP  13 conj     I-ORG
    Commission  Commission  PROPN NNP  2  dep      I-ORG
    .           .           PUNCT .    2  punct    -
    Ghana       Ghana       PROPN NNP  19 nsubj    GPE
    denied      deny        VERB  VBD  19 ROOT     -
    it          it          PRON  PRP  19 dobj     -
    in          in          ADP   IN   19 prep     -
    Accra       Accra       PROPN NNP  21 pobj     GPE
    .           .           PUNCT .    19 punct    -
    Ghana       Ghana       PROPN NNP  25 nsubj    GPE
    objected    object      VERB  VBD  25 ROOT     -
    .           .           PUNCT .    25 punct    -
"""


def test_the_state_word_on_the_restated_noun_places_the_agency() -> None:
    reading = read(STORY.replace("WORD        WORD", "US          US"))
    assert country_of(reading, "Securities and Exchange Commission") == "USA"


def test_with_no_state_word_the_setting_still_places_it() -> None:
    state_word = "WORD        WORD        PROPN NNP  10 nmod     GPE"
    plain = STORY.replace(state_word, "new  new  ADJ  JJ  10  amod  -")
    reading = read(plain)
    assert country_of(reading, "Securities and Exchange Commission") == "GHA"
