"""A headline set in capitals hides a verb's preposition from the tagger (wave 64 N): "UN CALLS ON PERU AND
CHILE TO HALT FIRE" parsed with "ON" as the first word of the name "ON PERU" loses "call on" (an appeal,
02). The repair (io/nlp.py headline_prepositions) makes the word the verb's preposition and the name its
object. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import headline_prepositions
from hand_docs import parse

HEADLINE = """
    UN    UN    PROPN NNP 2 nsubj    ORG
    CALLS call  VERB  VBZ 0 ROOT     -
    ON    ON    PROPN NNP 4 compound -
    PERU  PERU  PROPN NNP 2 dobj     GPE
    AND   and   CCONJ CC  4 cc       -
    CHILE CHILE PROPN NNP 4 conj     GPE
    TO    to    PART  TO  8 aux      -
    HALT  halt  VERB  VB  2 advcl    -
    FIRE  fire  NOUN  NN  8 dobj     -
    """


def test_a_preposition_in_capitals_after_a_verb_is_the_verbs() -> None:
    doc = headline_prepositions(parse(HEADLINE))
    on, peru = doc[2], doc[3]
    assert (on.pos_, on.dep_, on.head.i, on.lemma_) == ("ADP", "prep", 1, "on")
    assert (peru.dep_, peru.head.i) == ("pobj", 2)


def test_a_lower_case_word_is_left_alone() -> None:
    doc = headline_prepositions(parse(HEADLINE.replace("ON    ON ", "On    On ")))
    assert doc[2].dep_ == "compound"
