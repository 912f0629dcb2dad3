"""A title of an institution every state has, written bare before a name ("central bank president X", wave
71 F), is a state's office, never that of the one organisation the story names besides: the holder listed
after a state's minister is of the minister's state. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read

ROLE = "central bank president of"

_URGED = """
The        the        DET   DT   3 det      ORG
World      World      PROPN NNP  3 compound I-ORG
Bank       Bank       PROPN NNP  4 nsubj    I-ORG
urged      urge       VERB  VBD  0 ROOT     -
Peru       Peru       PROPN NNP  4 dobj     GPE
to         to         PART  TO   7 aux      -
pay        pay        VERB  VB   4 xcomp    -
.          .          PUNCT .    4 punct    -
"""


def test_an_institution_s_head_is_no_officer_of_the_story_s_organisation() -> None:
    reading = read(
        _URGED
        + """
    Finance   Finance   PROPN NNP 10 compound -
    Minister  Minister  PROPN NNP 12 compound -
    Ana       Ana       PROPN NNP 12 compound PERSON
    Ruiz      Ruiz      PROPN NNP 19 nsubj    I-PERSON
    and       and       CCONJ CC  12 cc       -
    central   central   ADJ   JJ  15 amod     -
    bank      bank      NOUN  NN  16 compound -
    president president NOUN  NN  12 conj     -
    Luis      Luis      PROPN NNP 18 compound PERSON
    Soto      Soto      PROPN NNP 12 appos    I-PERSON
    visited   visit     VERB  VBD 0  ROOT     -
    Washington Washington PROPN NNP 19 dobj   GPE
    .         .         PUNCT .   19 punct    -
    """
    )
    assert ("Luis Soto", ROLE, "World Bank") not in facts(reading, "title")


def test_an_institution_s_head_listed_after_a_minister_is_of_the_minister_s_state() -> None:
    reading = read(
        _URGED
        + """
    Peru      Peru      PROPN NNP 12 poss     GPE
    's        's        PART  POS 9  case     -
    Finance   Finance   PROPN NNP 12 compound -
    Minister  Minister  PROPN NNP 14 compound -
    Ana       Ana       PROPN NNP 14 compound PERSON
    Ruiz      Ruiz      PROPN NNP 21 nsubj    I-PERSON
    and       and       CCONJ CC  14 cc       -
    central   central   ADJ   JJ  17 amod     -
    bank      bank      NOUN  NN  18 compound -
    president president NOUN  NN  14 conj     -
    Luis      Luis      PROPN NNP 20 compound PERSON
    Soto      Soto      PROPN NNP 14 appos    I-PERSON
    visited   visit     VERB  VBD 0  ROOT     -
    Washington Washington PROPN NNP 21 dobj   GPE
    .         .         PUNCT .   21 punct    -
    """
    )
    found = facts(reading, "title")
    assert ("Luis Soto", ROLE, "World Bank") not in found
    assert ("Luis Soto", ROLE, "Peru") in found
