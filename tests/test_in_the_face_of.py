"""Hand-built parse: "in the face of X", like "in view of X", says in what circumstance the verb acts, never
whom it acts on: "Peru pressed ahead in the face of opposition from Chile" is no deed of Peru's on the
opposition."""

from __future__ import annotations

from hand_docs import read

PRESSED = """
Peru       Peru       PROPN NNP  2   nsubj     GPE
pressed    press      VERB  VBD  0   ROOT      -
ahead      ahead      ADV   RB   2   advmod    -
in         in         ADP   IN   2   prep      -
the        the        DET   DT   6   det       -
face       face       NOUN  NN   4   pobj      -
of         of         ADP   IN   6   prep      -
opposition opposition NOUN  NN   7   pobj      -
from       from       ADP   IN   8   prep      -
Chile      Chile      PROPN NNP  9   pobj      GPE
.          .          PUNCT .    2   punct     -
"""


def test_in_the_face_of_names_no_patient() -> None:
    reading = read(PRESSED)
    assert not any("face" in r.predicate for r in reading.relations)
