"""Wave 103 E, item 3: a sea named by "the" and a word like an adjective ("the Adriatic", "the Baltic"),
placed by a preposition, is a place (LOC), which the tagger may take for a people (NORP); a state's people
after "the" ("aid to the French") stays the people. Sentences ours, parses built by hand."""

from __future__ import annotations

from geokg.extract.pipeline import Reading
from hand_docs import read

# "Chile moved two frigates toward the Adriatic on Monday."
_SEA = """
Chile    Chile    PROPN NNP 2 nsubj    GPE
moved    move     VERB  VBD 0 ROOT     -
two      two      NUM   CD  4 nummod   -
frigates frigate  NOUN  NNS 2 dobj     -
toward   toward   ADP   IN  2 prep     -
the      the      DET   DT  7 det      -
Adriatic Adriatic PROPN NNP 5 pobj     NORP
on       on       ADP   IN  2 prep     -
Monday   Monday   PROPN NNP 8 pobj     DATE
.        .        PUNCT .   2 punct    -
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
    assert _typed(read(_SEA), "Adriatic") == ("LOC", None)
    # a state's people after "the" stays the people
    assert not any(e.type == "LOC" for e in read(_PEOPLE).entities.entities())
