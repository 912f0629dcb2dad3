"""Events named by nouns as arguments, through the model: one event entity per article that kills,
injures, happens somewhere and is claimed or condemned. Sentences are written for these tests."""

from __future__ import annotations

from extraction_helpers import Run, one


def test_an_attack_and_its_later_mentions_are_one_event_that_kills_and_is_claimed(run: Run) -> None:
    result = run(
        "A bombing was reported to have killed photographer Omar Haddad in the port town of Hodeida. "
        "His colleague Ali Vega also died in the attack. Hamas later claimed responsibility. "
        "Statements of condemnation have come from the Red Cross."
    )
    events = [e for e in result.entities if e.type == "EVENT"]
    assert [e.label for e in events] == ["bombing"], events
    killed = one(result, "bombing", "kill", "Omar Haddad")
    assert killed.event_root == "18"
    one(result, "bombing", "kill", "Ali Vega")
    one(result, "bombing", "in", "Hodeida")
    assert one(result, "Red Cross", "condemn", "bombing").event_root == "11"
    claimed = one(result, "Hamas", "claim responsibility for", "bombing")
    assert claimed.event_root == "01"
