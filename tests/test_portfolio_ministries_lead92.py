"""A bare portfolio minister is of the one state whose ministry of that portfolio the story names, over the
state the paragraph before ends on (through the model: the entities' countries)."""

from __future__ import annotations

from extraction_helpers import Run, one

STORY = (
    "OIL PRODUCERS TO MEET\n\n"
    "Five oil producing nations will meet in Caracas tomorrow, "
    "Venezuela's ministry of energy and mines said. "
    "Colombia will also attend as an observer, the ministry said.\n"
    "    Energy and Mines Minister Arturo Perez said the meeting has no set agenda.\n"
)


def test_a_portfolio_minister_is_of_the_state_whose_ministry_the_story_names(run: Run) -> None:
    office = one(run(STORY), "Arturo Perez", "minister of", "Venezuela")
    assert office.subject_country == "VEN"
