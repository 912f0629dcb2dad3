"""Names the tagger cuts or fuses: an elided particle of a surname, a ticket written "X/Y", two bodies of
one noun fused across a comma, a portfolio before a role noun, and a town written with its state
(sentences written for these tests, read with the model)."""

from __future__ import annotations

from extraction_helpers import Run
from hand_docs import read


def labels(result, entity_type: str | None = None) -> set[str]:
    return {e.label for e in result.entities if entity_type is None or e.type == entity_type}


def test_a_surname_with_an_elided_particle_is_part_of_the_name(run: Run) -> None:
    result = run("The minister served under President Amaury Lucien d'Orvault in 1975.")
    assert "Amaury Lucien d'Orvault" in labels(result, "PERSON")
    assert "Amaury Lucien" not in labels(result)


def test_a_ticket_of_two_candidates_is_no_person() -> None:
    reading = read("""
    Odum      Odum      PROPN NNP 3 compound PERSON
    /         /         SYM   SYM 3 punct    I-PERSON
    Fenn      Fenn      PROPN NNP 4 nsubj    I-PERSON
    won       win       VERB  VBD 0 ROOT     -
    the       the       DET   DT  6 det      -
    nomination nomination NOUN NN 4 dobj     -
    .         .         PUNCT .   4 punct    -
    """)
    people = {e.label for e in reading.entities.entities() if e.type == "PERSON"}
    assert not any("/" in label for label in people)


def test_two_parties_fused_across_a_comma_are_two() -> None:
    reading = read("""
    We        we        PRON  PRP 2 nsubj    -
    met       meet      VERB  VBD 0 ROOT     -
    the       the       DET   DT  5 det      ORG
    Temperance Temperance PROPN NNP 5 compound I-ORG
    Party     Party     PROPN NNP 2 dobj     I-ORG
    ,         ,         PUNCT ,   5 punct    I-ORG
    Harvest   Harvest   PROPN NNP 8 compound I-ORG
    Party     Party     PROPN NNP 5 appos    I-ORG
    .         .         PUNCT .   2 punct    -
    """)
    bodies = {e.label for e in reading.entities.entities()}
    assert "Temperance Party, Harvest Party" not in bodies
    assert {"Temperance Party", "Harvest Party"} <= bodies


def test_a_portfolio_before_a_role_noun_is_no_body(run: Run) -> None:
    result = run("On Monday, the former National Security Adviser Arne Vold released a book about Norway.")
    assert "National Security" not in labels(result)


def test_a_town_written_with_its_state_is_not_the_person_of_that_name(run: Run) -> None:
    result = run(
        "A statue of George Marshall was toppled. Later, protesters rioted in Marshall, Texas near the court."
    )
    assert "Marshall" in labels(result, "GPE")


def test_a_named_convention_or_primary_is_an_event_not_a_body(run: Run) -> None:
    result = run(
        "Due to the storm, the Republican National Convention moved from Dayton to Toledo. "
        "The Republican National Committee agreed."
    )
    types = {e.label: e.type for e in result.entities}
    assert types.get("Republican National Convention") == "EVENT"
    assert types.get("Republican National Committee") == "ORG"


def test_a_saints_name_opens_the_name_of_a_building(run: Run) -> None:
    result = run("During the riot, protesters set fire to St. John's Methodist Church near the park.")
    assert "St. John's Methodist Church" in labels(result)
    assert "Church" not in labels(result)


def test_a_known_body_then_a_verb_is_no_person_after_the_body() -> None:
    reading = read("""
    Protesters  protester  NOUN  NNS 2 nsubj    -
    formed      form       VERB  VBD 0 ROOT     -
    the         the        DET   DT  6 det      ORG
    Capitol     Capitol    PROPN NNP 5 compound I-ORG
    Hill        Hill       PROPN NNP 6 compound I-ORG
    Occupied    occupy     VERB  VBN 7 amod     I-ORG
    Protest     Protest    PROPN NNP 2 dobj     I-ORG
    .           .          PUNCT .   2 punct    -
    """)
    people = {e.label for e in reading.entities.entities() if e.type == "PERSON"}
    assert "Occupied Protest" not in people
