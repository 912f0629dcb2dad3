"""Wave 44 C: lists and appositions of members, and words an outlet carries for their owner."""

from __future__ import annotations

from hand_docs import read

# "Radio Lima broadcast the Foreign Ministry's denial." (my own sentence)
BROADCAST_DENIAL = """
Radio     Radio     PROPN NNP 2 compound ORG
Lima      Lima      PROPN NNP 3 nsubj    I-ORG
broadcast broadcast VERB  VBD 0 ROOT     -
the       the       DET   DT  6 det      ORG
Foreign   Foreign   PROPN NNP 6 compound I-ORG
Ministry  Ministry  PROPN NNP 8 poss     I-ORG
's        's        PART  POS 6 case     -
denial    denial    NOUN  NN  3 dobj     -
.         .         PUNCT .   3 punct    -
"""

# "Chile criticised the Foreign Ministry's denial." (my own sentence)
CRITICISED_DENIAL = """
Chile      Chile      PROPN NNP 2 nsubj    GPE
criticised criticise  VERB  VBD 0 ROOT     -
the        the        DET   DT  5 det      ORG
Foreign    Foreign    PROPN NNP 5 compound I-ORG
Ministry   Ministry   PROPN NNP 7 poss     I-ORG
's         's         PART  POS 5 case     -
denial     denial     NOUN  NN  2 dobj     -
.          .          PUNCT .   2 punct    -
"""


def _pairs(table: str) -> set[tuple[str, str, str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}


def test_an_outlet_carrying_anothers_words_does_nothing_to_their_owner() -> None:
    assert not any(obj == "Foreign Ministry" for _, _, obj in _pairs(BROADCAST_DENIAL))


def test_a_stance_on_anothers_words_still_reaches_their_owner() -> None:
    assert ("Chile", "criticise", "Foreign Ministry") in _pairs(CRITICISED_DENIAL)
