"""Bodies and places: a body named for a place ("the Commission for Africa") and the place named alone are
two entities; a body described by its kind and a state ("a Chilean car maker") is of that state and holds no
office (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "Ana Ruiz chairs the Council for Oceania. Ruiz visited Oceania."
COUNCIL_FOR_A_PLACE = """
Ana      Ana      PROPN NNP 2  compound PERSON
Ruiz     Ruiz     PROPN NNP 3  nsubj    I-PERSON
chairs   chair    VERB  VBZ 0  ROOT     -
the      the      DET   DT  6  det      ORG
Council  Council  PROPN NNP 6  compound I-ORG
for      for      ADP   IN  5  prep     I-ORG
Oceania  Oceania  PROPN NNP 6  pobj     I-ORG
.        .        PUNCT .   3  punct    -
Ruiz     Ruiz     PROPN NNP 10 nsubj    PERSON
visited  visit    VERB  VBD 0  ROOT     -
Oceania  Oceania  PROPN NNP 10 dobj     LOC
.        .        PUNCT .   10 punct    -
"""


def test_a_place_a_body_is_named_for_is_not_the_body() -> None:
    labels = {e.label for e in read(COUNCIL_FOR_A_PLACE).entities.entities()}
    assert "Oceania" in labels


# "Acme, a Chilean car maker, sued Globex."
BODY_OF_A_KIND = """
Acme     Acme     PROPN NNP 7 nsubj    ORG
,        ,        PUNCT ,   1 punct    -
a        a        DET   DT  6 det      -
Chilean  Chilean  ADJ   JJ  6 amod     NORP
car      car      NOUN  NN  6 compound -
maker    maker    NOUN  NN  1 appos    -
sued     sue      VERB  VBD 0 ROOT     -
Globex   Globex   PROPN NNP 7 dobj     ORG
.        .        PUNCT .   7 punct    -
"""


def test_a_body_s_kind_with_a_state_word_gives_the_state_and_no_office() -> None:
    reading = read(BODY_OF_A_KIND)
    assert {e.label: e.country for e in reading.entities.entities()}["Acme"] == "CHL"
    assert not facts(reading, "title")
