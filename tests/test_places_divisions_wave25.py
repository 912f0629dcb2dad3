"""States and provinces on hand-built parses of sentences of our own: a state the tagger calls an
organisation or a people (or a person, before an office) is the place, in its country; a state's name a town
abroad shares is read with the article's other places."""

from __future__ import annotations

from geokg.extract.entities.places import place_country
from hand_docs import country_of, read


def _state_before_title(state: str, label: str) -> str:
    """ "<state> Chief Minister Ana Roe met Bo Lee.", the state tagged `label`."""
    return f"""
    {state}  {state}  PROPN NNP 3 compound {label}
    Chief    Chief    PROPN NNP 3 compound -
    Minister Minister PROPN NNP 5 compound -
    Ana      Ana      PROPN NNP 5 compound PERSON
    Roe      Roe      PROPN NNP 6 nsubj    I-PERSON
    met      meet     VERB  VBD 0 ROOT     -
    Bo       Bo       PROPN NNP 8 compound PERSON
    Lee      Lee      PROPN NNP 6 dobj     I-PERSON
    .        .        PUNCT .   6 punct    -
    """


def test_a_state_the_tagger_calls_an_organisation_or_a_people_is_the_place() -> None:
    for label in ("ORG", "NORP", "PERSON"):
        reading = read(_state_before_title("Karnataka", label))
        [state] = [e for e in reading.entities.entities() if e.label == "Karnataka"]
        assert (state.type, state.country) == ("GPE", "IND")


def test_an_organisation_with_a_name_the_ISO_table_alone_knows_is_no_place() -> None:
    from geokg.extract.entities.places import is_named_division

    reading = read(_state_before_title("Delta", "ORG"))  # the airline, though Nigeria has a Delta state
    assert country_of(reading, "Delta") is None
    assert is_named_division("Maharashtra") and not is_named_division("Delta")


def test_a_state_s_name_the_tagger_calls_a_person_stays_one_where_it_names_no_office() -> None:
    reading = read("""
    Victoria Victoria PROPN NNP 2 nsubj PERSON
    met      meet     VERB  VBD 0 ROOT  -
    Bo       Bo       PROPN NNP 4 compound PERSON
    Lee      Lee      PROPN NNP 2 dobj  I-PERSON
    .        .        PUNCT .   2 punct -
    """)
    [named] = [e for e in reading.entities.entities() if e.label == "Victoria"]
    assert (named.type, named.country) == ("PERSON", None)


def _arrested_in(state: str, city: str) -> str:
    """ "Police arrested Ana Roe in <state> and <city>."."""
    return f"""
    Police   police   NOUN  NNS 2 nsubj    -
    arrested arrest   VERB  VBD 0 ROOT     -
    Ana      Ana      PROPN NNP 4 compound PERSON
    Roe      Roe      PROPN NNP 2 dobj     I-PERSON
    in       in       ADP   IN  2 prep     -
    {state}  {state}  PROPN NNP 5 pobj     GPE
    and      and      CCONJ CC  6 cc       -
    {city}   {city}   PROPN NNP 6 conj     GPE
    .        .        PUNCT .   2 punct    -
    """


def test_a_state_s_name_a_town_abroad_shares_follows_the_article_s_other_places() -> None:
    assert country_of(read(_arrested_in("Ontario", "Toronto")), "Ontario") == "CAN"
    assert country_of(read(_arrested_in("Ontario", "Fresno")), "Ontario") == "USA"  # the Californian town
    assert country_of(read(_arrested_in("Punjab", "Lahore")), "Punjab") == "PAK"
    assert country_of(read(_arrested_in("Punjab", "Amritsar")), "Punjab") == "IND"


def test_a_state_s_name_is_the_town_of_the_country_the_article_names_when_the_largest_lies_elsewhere() -> (
    None
):
    assert place_country("Victoria", ["CAN"]).country == "CAN"  # the town in British Columbia
    assert place_country("Victoria").country == "AUS"  # the state, with no country to settle it
    assert place_country("Birmingham", ["USA"]).country == "GBR"  # its largest town is the English one


def test_english_names_of_states_news_uses_are_known() -> None:
    assert place_country("North-West Frontier Province").country == "PAK"
    assert place_country("Anbar").country == "IRQ"
    assert place_country("North Kivu").country == "COD"


def test_a_us_state_abbreviated_as_ap_writes_it_is_in_the_us() -> None:
    assert place_country("Pa.").country == "USA"  # not the town of Pa in Burkina Faso
    assert place_country("Ga.").country == "USA"
    assert place_country("Pa").country != "USA"  # without its period the abbreviation is no state
