"""A body a story names in full once and later without its state ("the Chamber of Peru Exporters",
then "the Chamber of Exporters") is one body (clusters._named_without_its_state); and a
bare "X of <body>" adds no membership where the story gives X an office in that body
(roles._memberships_under_offices). Through the model: the join is the clusters' behaviour. The
sentences are ours."""

from __future__ import annotations

from extraction_helpers import Run, find, none, one

TEXT = (
    "Factory Plan Backed\n\n"
    "Tom Lane, director-general of the Chamber of Peru Exporters, praised the plan on Monday.\n\n"
    '"It is a good plan," said Lane of the Chamber of Exporters.\n'
)


def test_the_short_name_is_the_body_and_the_office_is_its_only_role(run: Run) -> None:
    result = run(TEXT)
    office = one(result, "Tom Lane", "director general of", "Chamber of Peru Exporters")
    assert office.object_country == "PER"
    none(result, "Tom Lane", "Chamber of Exporters")
    assert not find(result, "Tom Lane", "member of", "Chamber of Peru Exporters")
