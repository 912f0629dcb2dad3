"""Wave 29: a capitalised field of study after "degree(s) in", "a doctorate in" or "professor of" is no
organisation (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Ana Roe obtained two degrees, in Marine Biology and Public Law."
TWO_DEGREES = """
Ana       Ana       PROPN NNP 2  compound PERSON
Roe       Roe       PROPN NNP 3  nsubj    I-PERSON
obtained  obtain    VERB  VBD 0  ROOT     -
two       two       NUM   CD  5  nummod   -
degrees   degree    NOUN  NNS 3  dobj     -
,         ,         PUNCT ,   3  punct    -
in        in        ADP   IN  3  prep     -
Marine    Marine    PROPN NNP 9  compound ORG
Biology   Biology   PROPN NNP 7  pobj     I-ORG
and       and       CCONJ CC  9  cc       -
Public    Public    PROPN NNP 12 compound LOC
Law       Law       PROPN NNP 9  conj     I-LOC
.         .         PUNCT .   3  punct    -
"""

# "Ana Roe, a professor of Urban Planning, met Lee in {place}."
PROFESSOR_OF = """
Ana        Ana        PROPN NNP 2  compound PERSON
Roe        Roe        PROPN NNP 10 nsubj    I-PERSON
,          ,          PUNCT ,   2  punct    -
a          a          DET   DT  5  det      -
professor  professor  NOUN  NN  2  appos    -
of         of         ADP   IN  5  prep     -
Urban      Urban      PROPN NNP 8  compound ORG
Planning   Planning   PROPN NNP 6  pobj     I-ORG
,          ,          PUNCT ,   2  punct    -
met        meet       VERB  VBD 0  ROOT     -
Lee        Lee        PROPN NNP 10 dobj     PERSON
.          .          PUNCT .   10 punct    -
"""

# "Ana Roe obtained a degree in London."
DEGREE_IN_A_TOWN = """
Ana       Ana       PROPN NNP 2 compound PERSON
Roe       Roe       PROPN NNP 3 nsubj    I-PERSON
obtained  obtain    VERB  VBD 0 ROOT     -
a         a         DET   DT  5 det      -
degree    degree    NOUN  NN  3 dobj     -
in        in        ADP   IN  3 prep     -
London    London    PROPN NNP 6 pobj     GPE
.         .         PUNCT .   3 punct    -
"""


def _labels(table: str) -> set[str]:
    return {e.label for e in read_doc(parse(table), "hand-built", None).entities.entities()}


def test_fields_listed_after_degrees_in_are_no_entities() -> None:
    labels = _labels(TWO_DEGREES)
    assert "Marine Biology" not in labels
    assert "Public Law" not in labels
    assert "Ana Roe" in labels


def test_the_field_of_a_professor_is_no_entity() -> None:
    assert "Urban Planning" not in _labels(PROFESSOR_OF)


def test_a_town_after_a_degree_in_is_kept() -> None:
    assert "London" in _labels(DEGREE_IN_A_TOWN)
