"""A report that a state's forces fought an armed group tells of an operation; it accuses the forces of
nothing, whoever reports it (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

# "Canada said Peruvian troops killed ten rebels."
TROOPS_KILLED_REBELS = """
Canada     Canada     PROPN NNP 2 nsubj    GPE
said       say        VERB  VBD 0 ROOT     -
Peruvian   Peruvian   ADJ   JJ  4 amod     NORP
troops     troop      NOUN  NNS 5 nsubj    -
killed     kill       VERB  VBD 2 ccomp    -
ten        ten        NUM   CD  7 nummod   CARDINAL
rebels     rebel      NOUN  NNS 5 dobj     -
.          .          PUNCT .   2 punct    -
"""


def test_forces_fighting_rebels_are_reported_not_accused() -> None:
    reading = read(TROOPS_KILLED_REBELS)
    # no accusation; and the operation is the content's own fact, Canada's word, so no plain `say` edge
    # repeats it without the claim (wave 34)
    assert facts(reading, "speech_content") == set()
    [killed] = by_rule(reading, "svo")
    assert reading.entities.entity(killed.attributed_to).label == "Canada"


def test_forces_harming_civilians_are_still_accused() -> None:
    table = TROOPS_KILLED_REBELS.replace(
        "rebels     rebel      NOUN  NNS 5 dobj     -", "villagers  villager   NOUN  NNS 5 dobj     -"
    )
    assert facts(read(table), "speech_content") == {("Canada", "accuse", "Peruvian military")}
