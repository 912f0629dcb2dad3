"""Province governors and opposition leaders named with a state word are actors of that state: "Peruvian
governors" (GOV, an actor of their own, since they may oppose the state's government) and "Peruvian
opposition leaders" (the state's opposition, OPP). Parses by hand (tests/hand_docs.py); sentences ours."""

from __future__ import annotations

from hand_docs import read

# "Peruvian governors demanded the resignation of Alan Garcia."
GOVERNORS = """
    Peruvian    peruvian    ADJ   JJ  2 amod     NORP
    governors   governor    NOUN  NNS 3 nsubj    -
    demanded    demand      VERB  VBD 0 ROOT     -
    the         the         DET   DT  5 det      -
    resignation resignation NOUN  NN  3 dobj     -
    of          of          ADP   IN  5 prep     -
    Alan        Alan        PROPN NNP 8 compound PERSON
    Garcia      Garcia      PROPN NNP 6 pobj     I-PERSON
    .           .           PUNCT .   3 punct    -
"""

# "Peruvian opposition leaders criticised Alan Garcia."
OPPOSITION_LEADERS = """
    Peruvian    peruvian    ADJ   JJ  3 amod     NORP
    opposition  opposition  NOUN  NN  3 compound -
    leaders     leader      NOUN  NNS 4 nsubj    -
    criticised  criticise   VERB  VBD 0 ROOT     -
    Alan        Alan        PROPN NNP 6 compound PERSON
    Garcia      Garcia      PROPN NNP 4 dobj     I-PERSON
    .           .           PUNCT .   4 punct    -
"""


def _subjects(table: str) -> set[tuple[str, str | None, str | None]]:
    reading = read(table)
    entity = {e.id: e for e in reading.entities.entities()}
    subjects = [
        entity[r.subject.entity_id]
        for r in reading.relations
        if entity[r.object.entity_id].label == "Alan Garcia"
    ]
    return {(e.label, e.country, e.sector) for e in subjects}


def test_governors_of_a_state_word_are_its_governors() -> None:
    assert _subjects(GOVERNORS) == {("Peruvian governors", "PER", "GOV")}


def test_opposition_leaders_of_a_state_word_are_its_opposition() -> None:
    assert _subjects(OPPOSITION_LEADERS) == {("Peruvian opposition", "PER", "OPP")}
