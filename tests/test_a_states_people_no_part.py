"""A state's possessive before a group of its people of no state sector ("Chile's banks", "Peru's farmers")
makes them that state's, not a part of it: no "part of" fact; a state's organs ("Chile's troops") stay its
parts. Parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Chile's banks lent heavily to Peru."
CHILES_BANKS = """
    Chile   Chile   PROPN NNP 3 poss   GPE
    's      's      PART  POS 1 case   -
    banks   bank    NOUN  NNS 4 nsubj  -
    lent    lend    VERB  VBD 0 ROOT   -
    heavily heavily ADV   RB  4 advmod -
    to      to      ADP   IN  4 prep   -
    Peru    Peru    PROPN NNP 6 pobj   GPE
    .       .       PUNCT .   4 punct  -
"""


def _parts(table: str) -> set[str]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {label[r.subject.entity_id] for r in reading.relations if r.predicate == "part of"}


def test_a_states_banks_are_no_part_of_it() -> None:
    reading = read(CHILES_BANKS)
    assert not _parts(CHILES_BANKS)
    [banks] = [e for e in reading.entities.entities() if e.label == "Chilean banks"]
    assert banks.country == "CHL"


def test_a_states_troops_are_its_part() -> None:
    table = CHILES_BANKS.replace("banks   bank    NOUN", "troops  troop   NOUN")
    assert _parts(table) == {"Chilean military"}
