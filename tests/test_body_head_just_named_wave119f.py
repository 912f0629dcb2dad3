"""Wave 119 F: "the <body> leader" opening the sentence right after one whose subject is a person named by
name is that person, when the text names no one else of the body and gives the person no role of another
body or state: "Former boxer Dan Reyes attacked the plan. The Greens leader criticised Norway." -> Dan Reyes
criticise Norway, and Dan Reyes leader of Greens (rule "title"), not the Greens criticising Norway.
Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import read

LEADER = """
The          the          DET    DT     {n}  det        -
Greens       Greens       PROPN  NNPS   {n}  compound   NORP
leader       leader       NOUN   NN     {v}  nsubj      -
criticised   criticise    VERB   VBD    0    ROOT       -
Norway       Norway       PROPN  NNP    {v}  dobj       GPE
.            .            PUNCT  .      {v}  punct      -
"""


def _leader(at: int) -> str:
    """ "The Greens leader criticised Norway.", its first word at position `at` (1-based)."""
    return LEADER.format(n=at + 2, v=at + 3)


# "Former boxer Dan Reyes attacked the plan. The Greens leader criticised Norway."
NAMED_THEN_LEADER = (
    """
Former       former       ADJ    JJ     2   amod       -
boxer        boxer        NOUN   NN     4   compound   -
Dan          Dan          PROPN  NNP    4   compound   PERSON
Reyes        Reyes        PROPN  NNP    5   nsubj      I-PERSON
attacked     attack       VERB   VBD    0   ROOT       -
the          the          DET    DT     7   det        -
plan         plan         NOUN   NN     5   dobj       -
.            .            PUNCT  .      5   punct      -
"""
    + _leader(9)
)

# "Acme chairman Dan Reyes attacked the plan. The Greens leader criticised Norway."
TITLED_THEN_LEADER = (
    """
Acme         Acme         PROPN  NNP    2   compound   ORG
chairman     chairman     NOUN   NN     4   compound   -
Dan          Dan          PROPN  NNP    4   compound   PERSON
Reyes        Reyes        PROPN  NNP    5   nsubj      I-PERSON
attacked     attack       VERB   VBD    0   ROOT       -
the          the          DET    DT     7   det        -
plan         plan         NOUN   NN     5   dobj       -
.            .            PUNCT  .      5   punct      -
"""
    + _leader(9)
)

# "Norway raised the tax. The Greens leader criticised Norway."
STATE_THEN_LEADER = (
    """
Norway       Norway       PROPN  NNP    2   nsubj      GPE
raised       raise        VERB   VBD    0   ROOT       -
the          the          DET    DT     4   det        -
tax          tax          NOUN   NN     2   dobj       -
.            .            PUNCT  .      2   punct      -
"""
    + _leader(6)
)


def _triples(table: str) -> list[tuple[str, str, str, str]]:
    reading = read(table, "2005-03-01")
    label = {e.id: e.label for e in reading.entities.entities()}
    return [
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.rule.name)
        for r in reading.relations
    ]


def test_the_body_leader_is_the_person_just_named() -> None:
    triples = _triples(NAMED_THEN_LEADER)
    assert ("Dan Reyes", "criticise", "Norway", "svo") in triples
    assert ("Dan Reyes", "leader of", "Greens", "title") in triples
    assert ("Greens", "criticise", "Norway", "svo") not in triples


def test_not_a_person_with_a_role_of_another_body() -> None:
    triples = _triples(TITLED_THEN_LEADER)
    assert not [t for t in triples if t[0] == "Dan Reyes" and t[1] == "leader of"]
    assert ("Dan Reyes", "criticise", "Norway", "svo") not in triples


def test_no_person_named_before() -> None:
    assert not [t for t in _triples(STATE_THEN_LEADER) if t[1] == "leader of"]
