"""The right node: titles and bodies only one state has carry its country (sentences of our own, parses
written by hand)."""

from __future__ import annotations

from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.titles import state_of_title
from hand_docs import country_of, read, then_abroad

# "{Title} Ida Berg criticised the plan.": a title written without its state before a name.
TITLED = """
{first}     {first}     PROPN NNP 3  compound -
{second}    {second}    PROPN NNP 3  compound -
Secretary   Secretary   PROPN NNP 5  compound -
Ida         Ida         PROPN NNP 5  compound PERSON
Berg        Berg        PROPN NNP 6  nsubj    I-PERSON
criticised  criticise   VERB  VBD 0  ROOT     -
the         the         DET   DT 8   det      -
plan        plan        NOUN  NN  6  dobj     -
.           .           PUNCT .   6  punct    -
"""


def test_a_title_only_one_state_has_gives_its_holder_that_state() -> None:
    reading = read(then_abroad(TITLED.format(first="Shadow", second="Home")))
    assert country_of(reading, "Ida Berg") == "GBR"


def test_a_title_many_states_have_gives_no_state() -> None:
    reading = read(then_abroad(TITLED.format(first="Shadow", second="Health")))
    assert country_of(reading, "Ida Berg") is None


def test_single_state_titles_are_matched_by_their_last_words() -> None:
    assert state_of_title(["Shadow", "Home", "Secretary"]) == "GBR"
    assert state_of_title(["Chancellor", "of", "the", "Exchequer"]) == "GBR"
    assert state_of_title(["Tánaiste"]) == "IRL"
    assert state_of_title(["Foreign", "Secretary"]) is None  # India's is a civil servant


def test_bodies_only_one_state_has_carry_its_country() -> None:
    for name in ("Home Office", "the Exchequer", "Northern Ireland Office", "Holyrood"):
        found = lookup_organisation(name)
        assert found is not None and found.country == "GBR", name

