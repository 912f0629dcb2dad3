"""Wave 107 F: nouns compounded into an unnamed body's own noun ("Chile's self defence forces", "border
security forces") name the body's kind, not a title it holds of its state; a party's word before the leaders
of a chamber ("the Democratic leaders of Congress") says which leaders, the chamber's, not whose. Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples

# "The jet, part of Chile's self defence forces, will fly low."
_KIND_OF_FORCES = """
The      the      DET   DT  2  det      -
jet      jet      NOUN  NN  13 nsubj    -
,        ,        PUNCT ,   2  punct    -
part     part     NOUN  NN  2  appos    -
of       of       ADP   IN  4  prep     -
Chile    Chile    PROPN NNP 10 poss     GPE
's       's       PART  POS 6  case     -
self     self     NOUN  NN  9  compound -
defence  defence  NOUN  NN  10 compound -
forces   force    NOUN  NNS 5  pobj     -
,        ,        PUNCT ,   2  punct    -
will     will     AUX   MD  13 aux      -
fly      fly      VERB  VB  0  ROOT     -
low      low      ADV   RB  13 advmod   -
.        .        PUNCT .   13 punct    -
"""


def test_nouns_compounded_into_an_unnamed_bodys_noun_are_no_title_of_its_state() -> None:
    reading = read(_KIND_OF_FORCES)
    assert "Chilean military" in {e.label for e in reading.entities.entities()}
    facts = read_triples(_KIND_OF_FORCES)
    assert not any(subject == "Chilean military" and obj == "Chile" for subject, _, obj in facts), facts


# "The two Democratic leaders of Congress praised President Bolt's decision."
_PARTY_WORD_CHAMBER_LEADERS = """
The         the         DET   DT  4  det      -
two         two         NUM   CD  4  nummod   CARDINAL
Democratic  democratic  ADJ   JJ  4  amod     NORP
leaders     leader      NOUN  NNS 7  nsubj    -
of          of          ADP   IN  4  prep     -
Congress    Congress    PROPN NNP 5  pobj     ORG
praised     praise      VERB  VBD 0  ROOT     -
President   President   PROPN NNP 9  compound -
Bolt        Bolt        PROPN NNP 11 poss     PERSON
's          's          PART  POS 9  case     -
decision    decision    NOUN  NN  7  dobj     -
.           .           PUNCT .   7  punct    -
"""


def test_a_party_word_before_a_chambers_leaders_says_which_leaders_not_whose() -> None:
    facts = read_triples(_PARTY_WORD_CHAMBER_LEADERS)
    assert ("Congress", "praise", "Bolt") in facts, facts
    assert not any(subject == "Democratic Party" for subject, _, _ in facts), facts
