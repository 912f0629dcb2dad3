"""Wave 103 E, item 3: a sea named by "the" and a word like an adjective ("the Aegean", "the Adriatic"),
placed by a preposition, is a place (LOC), which the tagger may take for a people (NORP); a state's people
after "the" ("aid to the French") stays the people. Sentences ours, parses built by hand."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import read

# "Turkey sent a survey ship into the Aegean yesterday."
_SEA = """
Turkey    Turkey    PROPN NNP 2 nsubj    GPE
sent      send      VERB  VBD 0 ROOT     -
a         a         DET   DT  5 det      -
survey    survey    NOUN  NN  5 compound -
ship      ship      NOUN  NN  2 dobj     -
into      into      ADP   IN  2 prep     -
the       the       DET   DT  8 det      -
Aegean    Aegean    PROPN NNP 6 pobj     NORP
yesterday yesterday NOUN  NN  2 npadvmod -
.         .         PUNCT .   2 punct    -
"""

# "Peru sent aid to the French."
_PEOPLE = """
Peru   Peru   PROPN NNP 2 nsubj GPE
sent   send   VERB  VBD 0 ROOT  -
aid    aid    NOUN  NN  2 dobj  -
to     to     ADP   IN  2 prep  -
the    the    DET   DT  6 det   -
French French PROPN NNP 4 pobj  NORP
.      .      PUNCT .   2 punct -
"""


def _typed(reading: Reading, label: str) -> tuple[str, str | None]:
    [entity] = [e for e in reading.entities.entities() if e.label == label]
    return entity.type, entity.country


def test_a_sea_named_like_an_adjective_after_a_place_preposition_is_a_place() -> None:
    assert _typed(read(_SEA), "Aegean") == ("LOC", None)
    # a state's people after "the" stays the people
    assert not any(e.type == "LOC" for e in read(_PEOPLE).entities.entities())
