"""Definite descriptions of named things: "the bill" after a law's name (hand-built parses)."""

from __future__ import annotations

from hand_docs import by_rule, read


def svo(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in by_rule(reading, "svo")
    }


SIGNED = """
    The          the          DET   DT   2   det       -
    governor     governor     NOUN  NN   3   nsubj     -
    signed       sign         VERB  VBD  0   ROOT      -
    the          the          DET   DT   7   det       -
    Harbour      Harbour      PROPN NNP  6   compound  ORG
    Safety       Safety       PROPN NNP  7   compound  I-ORG
    Act          Act          PROPN NNP  3   dobj      I-ORG
    .            .            PUNCT .    3   punct     -
    Greenpeace   Greenpeace   PROPN NNP  10  nsubj     ORG
    opposed      oppose       VERB  VBD  0   ROOT      -
    {det}        {det}        DET   DT   12  det       -
    bill         bill         NOUN  NN   10  dobj      -
    .            .            PUNCT .    10  punct     -
"""


def test_the_bill_after_a_law_s_name_is_that_law() -> None:
    reading = read(SIGNED.format(det="the"))
    assert ("Greenpeace", "oppose", "Harbour Safety Act") in svo(reading)
    assert "bill" not in {e.label for e in reading.entities.entities()}


def test_a_bill_is_another_document_than_the_law_named_before() -> None:
    reading = read(SIGNED.format(det="a"))
    assert ("Greenpeace", "oppose", "Harbour Safety Act") not in svo(reading)


DEPRESSION = """
    Tropical     Tropical     PROPN NNP  2   compound  -
    Depression   Depression   PROPN NNP  3   compound  -
    Nine         Nine         PROPN NNP  4   nsubj     -
    formed       form         VERB  VBD  0   ROOT      -
    near         near         ADP   IN   4   prep      -
    Cuba         Cuba         PROPN NNP  5   pobj      GPE
    on           on           ADP   IN   4   prep      -
    Friday       Friday       PROPN NNP  7   pobj      DATE
    .            .            PUNCT .    4   punct     -
    The          the          DET   DT   11  det       -
    depression   depression   NOUN  NN   12  nsubj     -
    battered     batter       VERB  VBD  0   ROOT      -
    Jamaica      Jamaica      PROPN NNP  12  dobj      GPE
    .            .            PUNCT .    12  punct     -
"""


def test_an_untagged_tropical_depression_is_a_storm_and_the_depression_is_it() -> None:
    reading = read(DEPRESSION)
    storms = {e.label: e.type for e in reading.entities.entities()}
    assert storms.get("Tropical Depression Nine") == "EVENT"
    assert ("Tropical Depression Nine", "batter", "Jamaica") in svo(reading)


def test_the_great_depression_is_no_storm() -> None:
    reading = read(DEPRESSION.replace("Tropical     Tropical", "Great        Great   "))
    assert "Great Depression Nine" not in {e.label for e in reading.entities.entities()}


def test_a_department_after_secretary_of_is_part_of_the_title() -> None:
    reading = read("""
    Reporters    reporter     NOUN  NNS  2   nsubj     -
    questioned   question     VERB  VBD  0   ROOT      -
    Ann          Ann          PROPN NNP  4   compound  PERSON
    Lee          Lee          PROPN NNP  2   dobj      I-PERSON
    ,            ,            PUNCT ,    4   punct     -
    the          the          DET   DT   7   det       -
    Secretary    Secretary    PROPN NNP  4   appos     -
    of           of           ADP   IN   7   prep      -
    Transportation Transportation PROPN NNP  8   pobj      ORG
    ,            ,            PUNCT ,    4   punct     -
    on           on           ADP   IN   2   prep      -
    Monday       Monday       PROPN NNP  11  pobj      DATE
    .            .            PUNCT .    2   punct     -
    """)
    assert "Transportation" not in {e.label for e in reading.entities.entities()}
