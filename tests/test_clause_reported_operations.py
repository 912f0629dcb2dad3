"""A report that a state's forces fought an armed group tells of an operation; it accuses the forces of
nothing, whoever reports it (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import facts, read

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
    said = facts(read(TROOPS_KILLED_REBELS), "speech_content")
    assert said == {("Canada", "say", "Peruvian military")}


def test_forces_harming_civilians_are_still_accused() -> None:
    table = TROOPS_KILLED_REBELS.replace(
        "rebels     rebel      NOUN  NNS 5 dobj     -", "villagers  villager   NOUN  NNS 5 dobj     -"
    )
    assert facts(read(table), "speech_content") == {("Canada", "accuse", "Peruvian military")}
