"""Hand-built parses: a head's title written bare and in lower case before a name ("..., president Ana Roe
said"), in a sentence that names one organisation besides, is that organisation's office, not the office of
the state the story is about; a capitalised title may still be the state's."""

from __future__ import annotations

from hand_docs import country_of, facts, read

SAID = """
Peru      Peru      PROPN NNP 3  nsubj    GPE
will      will      AUX   MD  3  aux      -
borrow    borrow    VERB  VB  13 ccomp    -
money     money     NOUN  NN  3  dobj     -
from      from      ADP   IN  3  prep     -
the       the       DET   DT  8  det      ORG
Kestrel   Kestrel   PROPN NNP 8  compound I-ORG
Bank      Bank      PROPN NNP 5  pobj     I-ORG
,         ,         PUNCT ,   13 punct    -
{title:9} {title:9} PROPN NNP 12 compound -
Ana       Ana       PROPN NNP 12 compound PERSON
Roe       Roe       PROPN NNP 13 nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
.         .         PUNCT .   13 punct    -
"""


def test_a_bare_officer_title_is_of_the_body_the_sentence_names() -> None:
    # "Peru will borrow money from the Kestrel Bank, president Ana Roe said."
    reading = read(SAID.format(title="president"))
    assert ("Ana Roe", "president of", "Kestrel Bank") in facts(reading, "title")
    assert ("Ana Roe", "president of", "Peru") not in facts(reading, "title")
    assert country_of(reading, "Ana Roe") != "PER"


def test_a_capitalised_title_is_no_such_officer() -> None:
    # "Peru will borrow money from the Kestrel Bank, President Ana Roe said."
    reading = read(SAID.format(title="President"))
    assert ("Ana Roe", "president of", "Kestrel Bank") not in facts(reading, "title")
