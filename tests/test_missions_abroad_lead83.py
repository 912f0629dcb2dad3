"""A state's embassy or consulate stands in another state: "the Soviet embassy said" in a story about a
Philippine mine is no evidence that the story is set in the Soviet Union, so a bare "Central Bank" there is
the Philippines'. Sentences ours; read through the model (the setting weighs a whole story's mentions)."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc

STORY = (
    "SOVIET FIRM IN TALKS ON PHILIPPINE NICKEL MINE\n\n"
    "Talks are on between a Philippine bank and a Soviet trading company on the nickel mine, the Soviet "
    "embassy said. The Soviet embassy said the Central Bank had approved the talks. The mine is in the "
    "southern Philippines."
)


def test_a_bare_central_bank_is_of_the_story_not_of_the_embassy_state(nlp) -> None:
    reading = read_doc(nlp(STORY), scope="t", day="1987-03-19")
    countries = {e.label: e.country for e in reading.entities.entities()}
    assert countries["Central Bank"] == "PHL"
    assert countries["Soviet embassy"] == "SUN"
