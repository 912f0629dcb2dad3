"""Appeals to a third party to act (wave 84 H): in "The Senate called for President Tom Vale immediately to
force Ghana to lift its blockade" the parser may take "for" for a preposition of "called" and hang the
infinitive on the verb on its own, so that the Senate forces Ghana. As after "called on X to" and "urged X
to", the actor named after "called (appealed, pressed) for" is the one asked to act: Vale forces Ghana, as
the Senate would have it, and the Senate calls for Vale (subjects._asked_for_by_name). The parse is built by
hand as the parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

CALLED_FOR = """
The        the        DET   DT   2  det      -
Senate     Senate     PROPN NNP  3  nsubj    ORG
called     call       VERB  VBD  0  ROOT     -
for        for        ADP   IN   3  prep     -
President  President  PROPN NNP  7  compound -
Tom        Tom        PROPN NNP  7  compound PERSON
Vale       Vale       PROPN NNP  4  pobj     I-PERSON
immediately immediately ADV   RB   10 advmod   -
to         to         PART  TO   10 aux      -
force      force      VERB  VB   3  advcl    -
Ghana      Ghana      PROPN NNP  10 dobj     GPE
to         to         PART  TO   13 aux      -
lift       lift       VERB  VB   10 xcomp    -
its        its        PRON  PRP$ 15 poss     -
blockade   blockade   NOUN  NN   13 dobj     -
.          .          PUNCT .    3  punct    -
"""


def test_the_one_called_for_is_asked_to_act() -> None:
    reading = read_doc(parse(CALLED_FOR), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]): r for r in reading.relations
    }
    assert ("Senate", "force", "Ghana") not in edges
    forced = edges[("Tom Vale", "force", "Ghana")]
    assert forced.modality == "should"
    assert forced.attributed_to is not None and label[forced.attributed_to] == "Senate"
    assert edges[("Senate", "call for", "Tom Vale")].event_root == "02"
