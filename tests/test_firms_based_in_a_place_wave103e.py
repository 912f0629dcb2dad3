"""Wave 103 E, item 2: a firm described by its seat ("X, based in Portugal", "Y, a Porto-based firm") takes
the place's state. Two of the tagger's slips kept it from doing so: a firm's name ending in the word of its
trade ("Textiles", "Chemicals") taken for a person's, and a town before "-based" taken for a body.
Sentences ours, parses built by hand (as the tagger and parser read them)."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import country_of, read, then_abroad

# "Marrow Textiles, based in Portugal, exports the cloth."
_BASED_IN = """
Marrow   Marrow   PROPN NNP 2 compound PERSON
Textiles Textiles PROPN NNP 8 nsubj    I-PERSON
,        ,        PUNCT ,   2 punct    -
based    base     VERB  VBN 2 acl      -
in       in       ADP   IN  4 prep     -
Portugal Portugal PROPN NNP 5 pobj     GPE
,        ,        PUNCT ,   2 punct    -
exports  export   VERB  VBZ 0 ROOT     -
the      the      DET   DT  10 det     -
cloth    cloth    NOUN  NN  8 dobj     -
.        .        PUNCT .   8 punct    -
"""

# "Heron Corp, a Porto-based firm, makes the tiles."
_CITY_BASED = """
Heron Heron PROPN NNP 2  compound ORG
Corp  Corp  PROPN NNP 10 nsubj    I-ORG
,     ,     PUNCT ,   2  punct    -
a     a     DET   DT  8  det      -
Porto Porto PROPN NNP 7  npadvmod ORG
-     -     PUNCT HYPH 7 punct    -
based base  VERB  VBN 8  amod     -
firm  firm  NOUN  NN  2  appos    -
,     ,     PUNCT ,   2  punct    -
makes make  VERB  VBZ 0  ROOT     -
the   the   DET   DT  12 det      -
tiles tile  NOUN  NNS 10 dobj     -
.     .     PUNCT .   10 punct    -
"""


def _type_of(reading: Reading, label: str) -> str:
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity.type


def test_a_firm_named_by_its_trade_based_in_a_state_is_that_states_firm() -> None:
    reading = read(then_abroad(_BASED_IN))
    assert _type_of(reading, "Marrow Textiles") == "ORG"
    assert country_of(reading, "Marrow Textiles") == "PRT"


def test_a_town_before_based_is_the_firms_seat_not_a_body() -> None:
    reading = read(then_abroad(_CITY_BASED))
    assert _type_of(reading, "Porto") == "GPE"
    assert country_of(reading, "Heron Corp") == "PRT"
