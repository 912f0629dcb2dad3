"""Wave 122 H: a speaker's claim whose subject is a vague noun that goes on to act on one named actor ("the
main worries continue to dog Kestrel") is about that actor, not about the vague noun; a vague subject whose
verb acts on no actor keeps its noun as the topic (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.clauses.arguments import TOPIC_ID_PREFIX
from hand_docs import by_rule, facts, read

WORRIES_DOG_KESTREL = """
Anna      Anna      PROPN NNP  2  compound PERSON
Berg      Berg      PROPN NNP  3  nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
the       the       DET   DT   6  det      -
main      main      ADJ   JJ   6  amod     -
worries   worry     NOUN  NNS  7  nsubj    -
continue  continue  VERB  VBP  3  ccomp    -
to        to        PART  TO   9  aux      -
dog       dog       VERB  VB   7  xcomp    -
Kestrel   Kestrel   PROPN NNP  9  dobj     ORG
.         .         PUNCT .    3  punct    -
"""

WORRIES_CONTINUE_TO_GROW = """
Anna      Anna      PROPN NNP  2  compound PERSON
Berg      Berg      PROPN NNP  3  nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
the       the       DET   DT   6  det      -
main      main      ADJ   JJ   6  amod     -
worries   worry     NOUN  NNS  7  nsubj    -
continue  continue  VERB  VBP  3  ccomp    -
to        to        PART  TO   9  aux      -
grow      grow      VERB  VB   7  xcomp    -
.         .         PUNCT .    3  punct    -
"""


def test_the_actor_acted_on_is_the_topic() -> None:
    said = facts(read(WORRIES_DOG_KESTREL, topics=True), "speech_topic")
    assert said == {("Anna Berg", "say", "Kestrel")}


def test_a_vague_subject_acting_on_no_actor_keeps_its_noun() -> None:
    said = {r.object.entity_id for r in by_rule(read(WORRIES_CONTINUE_TO_GROW, topics=True), "speech_topic")}
    assert said == {f"{TOPIC_ID_PREFIX}worries@hand_built"}
