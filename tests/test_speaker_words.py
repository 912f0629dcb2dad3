"""Whom a speaker's words name: relatives and associates of the speaker are not the speaker.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from extraction_helpers import Run


@pytest.mark.parametrize("noun", ["colleagues", "friends", "partners"])
def test_whom_a_speaker_urges_to_act_is_not_the_speaker(run: Run, noun: str) -> None:
    result = run(f"Daniel Okafor urged his {noun} to support Ukraine.")
    assert not [t for t in result.triples if t.subject == "Daniel Okafor" and t.object == "Ukraine"]


def test_a_speaker_after_an_opening_verb_of_speech_speaks_and_does_not_act(run: Run) -> None:
    result = run('Remarked biologist Ruth Baker, "Peru must protect its forests."')
    assert not [t for t in result.triples if t.subject == "Ruth Baker" and t.predicate == "protect"]
    assert [t for t in result.triples if t.subject == "Ruth Baker" and t.object == "Peru"]
