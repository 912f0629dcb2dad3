"""Whom a grievance lodged with a body is against (wave 85 G): in "Peru is suspending its complaint to the
Tribunal against Chile" the parser hangs "against Chile" on the body, as if the Tribunal were against
Chile; the repair (io/nlp.py grievance_targets) gives the phrase to the complaint, so the suspended
complaint reaches Chile, a concession (08). The parse is stated by hand (tests/hand_docs.py); the sentence
and names are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import grievance_targets
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# as the model parses it: "against" on "Tribunal"
LODGED = """
Peru       Peru       PROPN NNP 3  nsubj    GPE
is         be         AUX   VBZ 3  aux      -
suspending suspend    VERB  VBG 0  ROOT     -
its        its        PRON  PRP$ 5 poss     -
complaint  complaint  NOUN  NN  3  dobj     -
to         to         ADP   IN  3  prep     -
the        the        DET   DT  9  det      ORG
Arbitral   Arbitral   PROPN NNP 9  compound I-ORG
Tribunal   Tribunal   PROPN NNP 6  pobj     I-ORG
against    against    ADP   IN  9  prep     -
Chile      Chile      PROPN NNP 10 pobj     GPE
.          .          PUNCT .   3  punct    -
"""


def test_against_hung_on_the_body_is_the_grievances() -> None:
    doc = grievance_targets(parse(LODGED))
    assert doc[9].head.i == 4  # "against" on "complaint"
    reading = read_doc(doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    codes = {
        r.event_code
        for r in reading.relations
        if label[r.subject.entity_id] == "Peru"
        and label[r.object.entity_id] == "Chile"
        and r.predicate.startswith("suspend")
    }
    assert codes and all(c and c.startswith("08") for c in codes), codes
