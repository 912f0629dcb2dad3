"""Destroying, sinking and damaging by forces or between states is military force (CAMEO 19), as an attack by
them is; destruction with no such actors keeps the codebook's property code (1712), and a sinking or damage
by no force is no event ("prices sank")."""

from __future__ import annotations

from geokg.extract.lexicon.cameo import Sense, event_code

STATE = frozenset({"@state", "@GPE"})
FORCES = frozenset({"@MIL", "@ORG"})


def test_forces_destroying_a_target_fight() -> None:
    assert event_code("destroy", sense=Sense((), {"": frozenset({"platform"})}, FORCES)) == "190"


def test_a_state_destroying_another_states_things_fights_it() -> None:
    assert event_code("destroy", sense=Sense((), {"": STATE}, frozenset({"@state"}))) == "190"


def test_destruction_by_no_state_or_force_is_damage_to_property() -> None:
    assert event_code("destroy", sense=Sense((), {"": frozenset({"@ORG"})}, frozenset({"@PERSON"}))) == "1712"


def test_sinking_and_damage_are_force_only_by_forces() -> None:
    assert event_code("sink", sense=Sense((), {"": frozenset({"boat"})}, FORCES)) == "190"
    assert event_code("damage", sense=Sense((), {"": frozenset({"terminal"})}, FORCES)) == "190"
    assert event_code("sink", sense=Sense((), {}, frozenset({"@market"}))) is None
    assert event_code("damage", sense=Sense((), {"": frozenset({"ties"})}, frozenset({"@EVENT"}))) is None
