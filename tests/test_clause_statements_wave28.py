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
