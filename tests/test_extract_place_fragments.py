"""Phrases of time and place that are no parties, through the model (wave 51): "in the aftermath of X's
pact" dates the clause, "in Chilean waters" places the deed, and a deed already done to an actor gains
nothing from a place reached by "in". Sentences are written for these tests."""

from __future__ import annotations

from extraction_helpers import Run, one


def test_in_the_aftermath_of_a_states_pact_gives_no_edge_to_the_state(run: Run) -> None:
    result = run("Peru acted in the aftermath of the Chilean trade pact.")
    assert not [t for t in result.triples if t.object == "Chile"]


def test_a_deed_in_a_states_waters_is_not_done_to_the_state(run: Run) -> None:
    result = run("Peru attacked a fishing boat in Chilean waters.")
    assert not [t for t in result.triples if t.object == "Chile"]


def test_a_place_adds_nothing_to_a_deed_on_an_actor_but_its_actor_stays(run: Run) -> None:
    result = run("Peruvian warships destroyed a Chilean platform in the Pacific.")
    one(result, "Peruvian military", "destroy", "Chile")
    assert not [t for t in result.triples if t.object == "Pacific"]
