"""A body named for a place ("the Commission for Africa") and the place itself named alone are two
entities: the short name is what the body is for, not a short form of it (sentences of our own)."""

from __future__ import annotations

from hand_docs import read

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
