"""A short name that opens the names of a firm and of its unit is the firm named by that word and its legal
form alone (through the model: the entities' clusters)."""

from __future__ import annotations

from extraction_helpers import Run, one

STORY = (
    "BRANDT WINS ORDER\n\n"
    "Brandt GmbH said its Brandt Technik GmbH subsidiary has won an order from Beta Corp of Seoul. "
    "Among other things Brandt said it will train the Korean workforce and sue Gamma Corp.\n"
)


def test_a_short_name_of_a_firm_and_its_unit_is_the_firm_of_that_name(run: Run) -> None:
    one(run(STORY), "Brandt GmbH", "sue", "Gamma Corp")
