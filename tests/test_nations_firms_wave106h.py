"""A state's own firms, asked or counted by it (wave 106 H). "The nation's largest companies" are of the
state the sentence names as its actor, also through the office holder who is its subject ("Peru's Minister
of Trade, X, will meet ..."), or else (as before this wave; a guard) of the state the sentence before has
for its subject; and a bare
class of firms a state, or an office holder of its government, asks to act ("Peru will ask companies to
boost imports") is that state's firms. Each story names a second state (hand_docs.then_abroad), so that
no story state settles it. Sentences written for these tests; the parses are hand-built."""

from __future__ import annotations

from tests.hand_docs import read, read_triples, then_abroad

# "Peru's Minister of Trade, Tom Diaz, will meet the nation's largest companies."
MEETS = """
    Peru      Peru      PROPN NNP 3  poss     GPE
    's        's        PART  POS 1  case     -
    Minister  Minister  PROPN NNP 11 nsubj    -
    of        of        ADP   IN  3  prep     -
    Trade     Trade     PROPN NNP 4  pobj     -
    ,         ,         PUNCT ,   3  punct    -
    Tom       Tom       PROPN NNP 8  compound PERSON
    Diaz      Diaz      PROPN NNP 3  appos    I-PERSON
    ,         ,         PUNCT ,   3  punct    -
    will      will      AUX   MD  11 aux      -
    meet      meet      VERB  VB  0  ROOT     -
    the       the       DET   DT  13 det      -
    nation    nation    NOUN  NN  16 poss     -
    's        's        PART  POS 13 case     -
    largest   large     ADJ   JJS 16 amod     -
    companies company   NOUN  NNS 11 dobj     -
    .         .         PUNCT .   11 punct    -
"""

# "Peru asked Chile for talks. The nation's largest companies will urge Canada to act.": the sentence before
# names two states; its subject is the actor
SENTENCE_BEFORE = """
    Peru      Peru      PROPN NNP 2  nsubj    GPE
    asked     ask       VERB  VBD 0  ROOT     -
    Chile     Chile     PROPN NNP 2  dobj     GPE
    for       for       ADP   IN  2  prep     -
    talks     talk      NOUN  NNS 4  pobj     -
    .         .         PUNCT .   2  punct    -
    The       the       DET   DT  8  det      -
    nation    nation    NOUN  NN  11 poss     -
    's        's        PART  POS 8  case     -
    largest   large     ADJ   JJS 11 amod     -
    companies company   NOUN  NNS 13 nsubj    -
    will      will      AUX   MD  13 aux      -
    urge      urge      VERB  VB  6  ROOT     -
    Canada    Canada    PROPN NNP 13 dobj     GPE
    to        to        PART  TO  16 aux      -
    act       act       VERB  VB  13 xcomp    -
    .         .         PUNCT .   13 punct    -
"""

# "Peru will ask companies to boost imports."
ASKS = """
    Peru      Peru      PROPN NNP 3  nsubj    GPE
    will      will      AUX   MD  3  aux      -
    ask       ask       VERB  VB  0  ROOT     -
    companies company   NOUN  NNS 3  dobj     -
    to        to        PART  TO  6  aux      -
    boost     boost     VERB  VB  3  xcomp    -
    imports   import    NOUN  NNS 6  dobj     -
    .         .         PUNCT .   3  punct    -
"""

# "Peruvian Trade Minister Tom Diaz urged producers to cut output."
MINISTER_URGES = """
    Peruvian  peruvian  ADJ   JJ  3  amod     NORP
    Trade     Trade     PROPN NNP 3  compound -
    Minister  Minister  PROPN NNP 5  compound -
    Tom       Tom       PROPN NNP 5  compound PERSON
    Diaz      Diaz      PROPN NNP 6  nsubj    I-PERSON
    urged     urge      VERB  VBD 0  ROOT     -
    producers producer  NOUN  NNS 6  dobj     -
    to        to        PART  TO  9  aux      -
    cut       cut       VERB  VB  6  xcomp    -
    output    output    NOUN  NN  9  dobj     -
    .         .         PUNCT .   6  punct    -
"""

# "Kestrel Corp will ask companies to boost imports.": a firm asks; the class stays of no state
FIRM_ASKS = """
    Kestrel   Kestrel   PROPN NNP 2  compound ORG
    Corp      Corp      PROPN NNP 4  nsubj    I-ORG
    will      will      AUX   MD  4  aux      -
    ask       ask       VERB  VB  0  ROOT     -
    companies company   NOUN  NNS 4  dobj     -
    to        to        PART  TO  7  aux      -
    boost     boost     VERB  VB  4  xcomp    -
    imports   import    NOUN  NNS 7  dobj     -
    .         .         PUNCT .   4  punct    -
"""


def test_the_nations_firms_are_the_state_of_the_office_holder_subject() -> None:
    assert ("Tom Diaz", "meet with", "Peruvian businesses") in read_triples(then_abroad(then_abroad(MEETS)))


def test_the_nations_firms_are_the_state_the_sentence_before_has_for_subject() -> None:
    # a guard: the story's reading of "the nation" already gave this; the subject's state must not undo it
    assert ("Peruvian businesses", "urge", "Canada") in read_triples(
        then_abroad(then_abroad(SENTENCE_BEFORE))
    )


def test_a_bare_class_a_state_asks_is_its_firms() -> None:
    assert ("Peru", "ask", "Peruvian businesses") in read_triples(then_abroad(ASKS))


def test_a_bare_class_a_states_office_holder_urges_is_its_firms() -> None:
    assert ("Tom Diaz", "urge", "Peruvian producers") in read_triples(then_abroad(MINISTER_URGES))


def test_a_bare_class_a_firm_asks_is_of_no_state() -> None:
    reading = read(then_abroad(FIRM_ASKS))
    assert [e.country for e in reading.entities.entities() if e.label == "businesses"] == [None]
