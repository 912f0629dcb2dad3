"""A small town named after a city abroad many times its size does not take the name in a story on the
town's country: "talks in Geneva" in a story on the United States are in Switzerland, while a namesake of
some size in the story's country keeps it ("Toledo" in a US story is Ohio's)."""

from __future__ import annotations

from geokg.extract.entities.places import place_country


def test_a_small_namesake_town_in_the_storys_country_yields_to_the_city_abroad() -> None:
    assert place_country("Geneva", ["USA"]).country == "CHE"
    assert place_country("Naples", ["USA"]).country == "ITA"


def test_a_namesake_city_of_some_size_in_the_storys_country_keeps_the_name() -> None:
    assert place_country("Toledo", ["USA"]).country == "USA"
    assert place_country("Springfield", ["USA"]).country == "USA"


def test_a_pair_of_states_after_an_abbreviation_is_split_at_its_hyphen(nlp) -> None:
    """ "the U.K.-Soviet accord" names two states; "U.K.-based" stays one word (the tokenizer's rule only)."""
    words = [t.text for t in nlp.tokenizer("the U.K.-Soviet accord of U.K.-based firms")]
    assert words == ["the", "U.K.", "-", "Soviet", "accord", "of", "U.K.-based", "firms"]
