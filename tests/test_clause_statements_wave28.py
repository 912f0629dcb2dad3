"""Statements and what they are made in (audit round 30): agreeing that something is so is a statement,
not a pledge to cooperate.

The clause tests state their parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots

# "Ana Ruiz agreed that Chile had misjudged Peru."
AGREED_THAT = """
    Ana       Ana       PROPN NNP  2  compound PERSON
    Ruiz      Ruiz      PROPN NNP  3  nsubj    I-PERSON
    agreed    agree     VERB  VBD  0  ROOT     -
    that      that      SCONJ IN   7  mark     -
    Chile     Chile     PROPN NNP  7  nsubj    GPE
    had       have      AUX   VBD  7  aux      -
    misjudged misjudge  VERB  VBN  3  ccomp    -
    Peru      Peru      PROPN NNP  7  dobj     GPE
    .         .         PUNCT .    3  punct    -
"""

# "Chile agreed to talks with Peru."
AGREED_TO = """
    Chile     Chile     PROPN NNP  2  nsubj    GPE
    agreed    agree     VERB  VBD  0  ROOT     -
    to        to        ADP   IN   2  prep     -
    talks     talk      NOUN  NNS  3  pobj     -
    with      with      ADP   IN   4  prep     -
    Peru      Peru      PROPN NNP  5  pobj     GPE
    .         .         PUNCT .    2  punct    -
"""


def test_agreeing_that_something_is_so_is_a_statement() -> None:
    said = {(s, p, o, root) for s, p, o, root in facts_with_roots(AGREED_THAT) if s == "Ana Ruiz"}
    assert said == {("Ana Ruiz", "agree", "Chile", "01")}


def test_agreeing_to_talks_stays_an_intent_to_cooperate() -> None:
    roots = {root for s, _, o, root in facts_with_roots(AGREED_TO) if (s, o) == ("Chile", "Peru")}
    assert roots == {"03"}


# "Ana Ruiz argued in a long column for the Herald that Chile erred."
IN_A_COLUMN = """
    Ana       Ana       PROPN NNP  2  compound PERSON
    Ruiz      Ruiz      PROPN NNP  3  nsubj    I-PERSON
    argued    argue     VERB  VBD  0  ROOT     -
    in        in        ADP   IN   3  prep     -
    a         a         DET   DT   7  det      -
    long      long      ADJ   JJ   7  amod     -
    column    column    NOUN  NN   4  pobj     -
    for       for       ADP   IN   7  prep     -
    the       the       DET   DT   10 det      -
    Herald    Herald    PROPN NNP  8  pobj     ORG
    that      that      SCONJ IN   13 mark     -
    Chile     Chile     PROPN NNP  13 nsubj    GPE
    erred     err       VERB  VBD  3  ccomp    -
    .         .         PUNCT .    3  punct    -
"""


def test_the_piece_a_statement_is_made_in_is_its_outlets_medium() -> None:
    told = {(p, root) for s, p, o, root in facts_with_roots(IN_A_COLUMN) if (s, o) == ("Ana Ruiz", "Herald")}
    assert told == {("argue in", "01")}
