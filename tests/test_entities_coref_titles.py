"""Names after titles of rank the tagger misses, the sex a title says, "it" after a named storm, and "the
party" after the party just named (sentences written for these tests, read with the model)."""

from __future__ import annotations

from extraction_helpers import Run, none, one


def test_an_untagged_name_after_princess_is_a_person_that_she_refers_to(run: Run) -> None:
    result = run(
        "The Unity Party chose Princess Ubonrat Maliwan as its candidate for prime minister. "
        "Critics praised General Somchai Kittirat. She studied at Stanford University."
    )
    assert any(e.label == "Ubonrat Maliwan" and e.type == "PERSON" for e in result.entities)
    none(result, "Somchai Kittirat", "Stanford University")


def test_she_prefers_the_person_whose_title_says_a_woman(run: Run) -> None:
    result = run(
        "The council welcomed Queen Sofia Brenner and Senator Arvid Lund to Oslo. She later visited Sweden."
    )
    one(result, "Sofia Brenner", "visit", "Sweden")
    none(result, "Arvid Lund", "Sweden")


def test_it_after_a_named_storm_is_not_the_body_named_before(run: Run) -> None:
    result = run("The Red Cross sent food to the islands. Hurricane Zelda weakened as it left Cuba.")
    none(result, "Red Cross", "Cuba")


def test_the_party_is_the_party_named_just_before(run: Run) -> None:
    result = run(
        "The Harvest Party, a small farmers' party, held its first congress in June. "
        "Voters also followed the Temperance Party. The Temperance Party has ballot access in Ohio. "
        "In 2018, the party nominated Walter Brandt."
    )
    one(result, "Temperance Party", "nominate", "Walter Brandt")
    none(result, "Harvest Party", "Walter Brandt")


def test_a_states_title_is_the_one_holder_of_it_the_article_names(run: Run) -> None:
    result = run(
        "Norway's envoy to Peru criticised Chile on Monday. "
        "Envoy Lars Haugen spoke at a reception in Lima on Tuesday."
    )
    one(result, "Lars Haugen", "criticise", "Chile")
    assert any(e.label == "Lars Haugen" and e.country == "NOR" for e in result.entities)


def test_a_states_title_is_not_a_holder_of_another_states(run: Run) -> None:
    result = run(
        "Norway's envoy to Peru criticised Chile on Monday. "
        "Swedish Envoy Lars Haugen spoke at a reception in Lima on Tuesday."
    )
    none(result, "Lars Haugen", "Chile")


def test_a_states_bare_title_is_not_its_deputy(run: Run) -> None:
    result = run(
        "Norway's envoy to Peru criticised Chile on Monday. "
        "Deputy Envoy Lars Haugen spoke at a reception in Lima on Tuesday."
    )
    none(result, "Lars Haugen", "Chile")
    assert not any(e.label == "Lars Haugen" and e.country == "NOR" for e in result.entities)
