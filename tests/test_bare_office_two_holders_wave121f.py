"""A bare "the prime minister" in an undated story that names two people who held the office in turn
(wave 121 F): one whom the text gives another office ("Chancellor Y") is not its holder, so the other is;
where the text tells neither apart, the office has no actor, rather than the state. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours (the two names are rows of the office table)."""

from __future__ import annotations

from hand_docs import read_triples

# "Boris Johnson spoke in London on Monday. Chancellor Rishi Sunak agreed. France criticised the prime
# minister on Tuesday."
CHANCELLOR_NAMED = """
Boris      Boris      PROPN NNP 2  compound PERSON
Johnson    Johnson    PROPN NNP 3  nsubj    I-PERSON
spoke      speak      VERB  VBD 0  ROOT     -
in         in         ADP   IN  3  prep     -
London     London     PROPN NNP 4  pobj     GPE
on         on         ADP   IN  3  prep     -
Monday     Monday     PROPN NNP 6  pobj     DATE
.          .          PUNCT .   3  punct    -
Chancellor Chancellor PROPN NNP 11 compound -
Rishi      Rishi      PROPN NNP 11 compound PERSON
Sunak      Sunak      PROPN NNP 12 nsubj    I-PERSON
agreed     agree      VERB  VBD 0  ROOT     -
.          .          PUNCT .   12 punct    -
France     France     PROPN NNP 15 nsubj    GPE
criticised criticise  VERB  VBD 0  ROOT     -
the        the        DET   DT  18 det      -
prime      prime      ADJ   JJ  18 amod     -
minister   minister   NOUN  NN  15 dobj     -
on         on         ADP   IN  15 prep     -
Tuesday    Tuesday    PROPN NNP 19 pobj     DATE
.          .          PUNCT .   15 punct    -
"""

# "Boris Johnson and Rishi Sunak spoke in London on Monday. France criticised the prime minister on
# Tuesday."
NEITHER_TOLD_APART = """
Boris      Boris     PROPN NNP 2  compound PERSON
Johnson    Johnson   PROPN NNP 6  nsubj    I-PERSON
and        and       CCONJ CC  2  cc       -
Rishi      Rishi     PROPN NNP 5  compound PERSON
Sunak      Sunak     PROPN NNP 2  conj     I-PERSON
spoke      speak     VERB  VBD 0  ROOT     -
in         in        ADP   IN  6  prep     -
London     London    PROPN NNP 7  pobj     GPE
on         on        ADP   IN  6  prep     -
Monday     Monday    PROPN NNP 9  pobj     DATE
.          .         PUNCT .   6  punct    -
France     France    PROPN NNP 13 nsubj    GPE
criticised criticise VERB  VBD 0  ROOT     -
the        the       DET   DT  16 det      -
prime      prime     ADJ   JJ  16 amod     -
minister   minister  NOUN  NN  13 dobj     -
on         on        ADP   IN  13 prep     -
Tuesday    Tuesday   PROPN NNP 17 pobj     DATE
.          .         PUNCT .   13 punct    -
"""


def test_the_one_titled_otherwise_is_not_the_holder() -> None:
    triples = read_triples(CHANCELLOR_NAMED)
    assert ("France", "criticise", "Boris Johnson") in triples
    assert ("France", "criticise", "United Kingdom") not in triples


def test_two_holders_told_apart_by_nothing_give_no_actor() -> None:
    triples = read_triples(NEITHER_TOLD_APART)
    assert not any(t[0] == "France" and t[1] == "criticise" for t in triples)
