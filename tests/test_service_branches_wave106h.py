"""Services of a state's forces (wave 106 H). A marine corps the tagger calls a people ("Marine Cpl. X", NORP)
is the forces, an organisation of sector MIL (retyping.forces_taken_for_peoples; state_bodies.tsv
"Marine", "Marines"), and a bare service ("the Army", "Marine") in a story whose only state is its
dateline's ("WASHINGTON - Army Staff Sgt. X was arrested") is that state's forces, and its ranked men
that state's people (affiliations/organisations.article_actors, as for a bare chamber). Sentences written
for these tests; the parses are hand-built (the dateline a sentence of its own, as the model parses it)."""

from __future__ import annotations

from tests.hand_docs import read

# "WASHINGTON, March 3 - Police questioned Marine Cpl. Jan Bolt."
MARINE_CORPORAL = """
    WASHINGTON WASHINGTON PROPN NNP 0  ROOT     GPE
    ,          ,          PUNCT ,   1  punct    -
    March      March      PROPN NNP 1  npadvmod DATE
    3          3          NUM   CD  3  nummod   I-DATE
    -          -          PUNCT :   3  punct    -
    Police     police     PROPN NNP 7  nsubj    -
    questioned question   VERB  VBD 0  ROOT     -
    Marine     Marine     PROPN NNP 9  compound NORP
    Cpl.       Cpl.       PROPN NNP 11 compound -
    Jan        Jan        PROPN NNP 11 compound PERSON
    Bolt       Bolt       PROPN NNP 7  dobj     I-PERSON
    .          .          PUNCT .   7  punct    -
"""

# "WASHINGTON, March 3 - Army Staff Sgt. Tom Diaz was arrested."
ARMY_SERGEANT = """
    WASHINGTON WASHINGTON PROPN NNP 0  ROOT      GPE
    ,          ,          PUNCT ,   1  punct     -
    March      March      PROPN NNP 1  npadvmod  DATE
    3          3          NUM   CD  3  nummod    I-DATE
    -          -          PUNCT :   3  punct     -
    Army       Army       PROPN NNP 9  compound  ORG
    Staff      Staff      PROPN NNP 8  compound  -
    Sgt.       Sgt.       PROPN NNP 9  compound  -
    Tom        Tom        PROPN NNP 10 compound  PERSON
    Diaz       Diaz       PROPN NNP 12 nsubjpass I-PERSON
    was        be         AUX   VBD 12 auxpass   -
    arrested   arrest     VERB  VBN 0  ROOT      -
    .          .          PUNCT .   12 punct     -
"""


def test_a_marine_corps_tagged_as_a_people_is_the_forces() -> None:
    reading = read(MARINE_CORPORAL)
    [marine] = [e for e in reading.entities.entities() if e.label == "Marine"]
    assert (marine.type, marine.sector, marine.country) == ("ORG", "MIL", "USA")


def test_a_bare_service_of_a_datelined_story_is_that_states() -> None:
    reading = read(ARMY_SERGEANT)
    states = {e.label: e.country for e in reading.entities.entities()}
    assert (states["Army"], states["Tom Diaz"]) == ("USA", "USA")
