"""A group that meets, with its members named in a clause describing it ("the pact, which includes Bolivia
and Peru, will meet"): the members meet each other, but no member meets the group it belongs to. Parse by
hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "The Andean Pact, which includes Bolivia and Peru, will meet next week." (the pact tagged ORG here)
GROUP_WITH_MEMBERS = """
    The       the       DET   DT  3  det      ORG
    Andean    Andean    PROPN NNP 3  compound I-ORG
    Pact      Pact      PROPN NNP 12 nsubj    I-ORG
    ,         ,         PUNCT ,   3  punct    -
    which     which     PRON  WDT 6  nsubj    -
    includes  include   VERB  VBZ 3  relcl    -
    Bolivia   Bolivia   PROPN NNP 6  dobj     GPE
    and       and       CCONJ CC  7  cc       -
    Peru      Peru      PROPN NNP 7  conj     GPE
    ,         ,         PUNCT ,   3  punct    -
    will      will      AUX   MD  12 aux      -
    meet      meet      VERB  VB  0  ROOT     -
    next      next      ADJ   JJ  14 amod     DATE
    week      week      NOUN  NN  12 npadvmod I-DATE
    .         .         PUNCT .   12 punct    -
"""


def test_members_named_in_a_relative_clause_meet_each_other_not_their_group() -> None:
    reading = read(GROUP_WITH_MEMBERS)
    label = {e.id: e.label for e in reading.entities.entities()}
    meetings = {
        frozenset((label[r.subject.entity_id], label[r.object.entity_id]))
        for r in reading.relations
        if r.rule.name == "reciprocal"
    }
    assert meetings == {frozenset(("Bolivia", "Peru"))}
