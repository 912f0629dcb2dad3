"""A bare state office of the source a sentence is told "according to" is of the state the sentence is about
(lead, stop 55): "Kenya may lose $1bn, according to tourism minister X" in a story mostly about another
state made X that state's minister. Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read

STORY = """
    Peru       Peru       PROPN NNP 2  nsubj    GPE
    needs      need       VERB  VBZ 0  ROOT     -
    aid        aid        NOUN  NN  2  dobj     -
    .          .          PUNCT .   2  punct    -
    Peru       Peru       PROPN NNP 6  nsubj    GPE
    asked      ask        VERB  VBD 6  ROOT     -
    for        for        ADP   IN  6  prep     -
    loans      loan       NOUN  NNS 7  pobj     -
    .          .          PUNCT .   6  punct    -
    Kenya      Kenya      PROPN NNP 12 nsubj    GPE
    may        may        AUX   MD  12 aux      -
    lose       lose       VERB  VB  12 ROOT     -
    tourists   tourist    NOUN  NNS 12 dobj     -
    ,          ,          PUNCT ,   12 punct    -
    according  accord     VERB  VBG 12 prep     -
    to         to         ADP   IN  15 prep     -
    tourism    tourism    NOUN  NN  18 compound -
    minister   minister   NOUN  NN  20 compound -
    John       John       PROPN NNP 20 compound PERSON
    Otieno     Otieno     PROPN NNP 16 pobj     I-PERSON
    .          .          PUNCT .   12 punct    -
    Peru       Peru       PROPN NNP 24 nsubj    GPE
    rebuilds   rebuild    VERB  VBZ 24 ROOT     -
    .          .          PUNCT .   24 punct    -
"""


def test_the_source_is_the_sentences_states_minister() -> None:
    assert country_of(read(STORY), "John Otieno") == "KEN"
