"""Wave 29: a body placed by its town in AP style ("X, Boulder, Colo.,") and a company "of" a town
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.pipeline import Reading, read_doc
from hand_docs import parse


def _entity_country(reading: Reading, label: str) -> str | None:
    [found] = [e for e in reading.entities.entities() if e.label == label]
    return found.country


# "The Zenta Array, {town}, {state} sued Peru."
BODY_TOWN_STATE = """
The       the       DET   DT  4  det      -
Zenta     Zenta     PROPN NNP 4  compound ORG
Array     Array     PROPN NNP 4  compound I-ORG
Group     Group     PROPN NNP 10 nsubj    I-ORG
,         ,         PUNCT ,   4  punct    -
{town}    {town}    PROPN NNP 4  npadvmod GPE
,         ,         PUNCT ,   6  punct    -
{state}   {state}   PROPN NNP 6  appos    GPE
,         ,         PUNCT ,   6  punct    -
sued      sue       VERB  VBD 0  ROOT     -
Peru      Peru      PROPN NNP 10 dobj     GPE
.         .         PUNCT .   10 punct    -
"""


def test_a_body_followed_by_its_town_and_us_state_lies_in_the_united_states() -> None:
    reading = read_doc(parse(BODY_TOWN_STATE.format(town="Boulder", state="Colo.")), "hand-built", None)
    assert _entity_country(reading, "Zenta Array Group") == "USA"


def test_a_body_followed_by_a_town_and_no_us_state_is_not_placed_by_it() -> None:
    # "X, Lyon, Rhone, sued": only the AP form of a US state is sure enough to place a body
    reading = read_doc(parse(BODY_TOWN_STATE.format(town="Lyon", state="Rhone")), "hand-built", None)
    assert _entity_country(reading, "Zenta Array Group") is None


# "Zenta Inc. of {town} sued Peru."
COMPANY_OF_TOWN = """
Zenta   Zenta   PROPN NNP 2 compound ORG
Inc.    Inc.    PROPN NNP 5 nsubj    I-ORG
of      of      ADP   IN  2 prep     -
{town}  {town}  PROPN NNP 3 pobj     GPE
sued    sue     VERB  VBD 0 ROOT     -
Peru    Peru    PROPN NNP 5 dobj     GPE
.       .       PUNCT .   5 punct    -
"""


def test_a_company_of_a_town_is_based_in_the_towns_state() -> None:
    reading = read_doc(parse(COMPANY_OF_TOWN.format(town="Provo")), "hand-built", None)
    assert _entity_country(reading, "Zenta Inc.") == "USA"


# "Ana Roe of {body} University in {town} sued Peru."
BODY_IN_TOWN = """
Ana        Ana        PROPN NNP 2 compound PERSON
Roe        Roe        PROPN NNP 8 nsubj    I-PERSON
of         of         ADP   IN  2 prep     -
{body}     {body}     PROPN NNP 5 compound ORG
University University PROPN NNP 3 pobj     I-ORG
in         in         ADP   IN  5 prep     -
{town}     {town}     PROPN NNP 6 pobj     GPE
sued       sue        VERB  VBD 0 ROOT     -
Peru       Peru       PROPN NNP 8 dobj     GPE
.          .          PUNCT .   8 punct    -
"""


def test_a_capitals_namesake_hosting_a_body_of_a_us_state_is_the_us_town() -> None:
    for body, town in (("Ohio", "Athens"), ("Texas", "Paris")):
        reading = read_doc(parse(BODY_IN_TOWN.format(body=body, town=town)), "hand-built", None)
        assert _entity_country(reading, town) == "USA", town
        assert _entity_country(reading, f"{body} University") == "USA", body


def test_a_capital_hosting_a_body_of_no_state_stays_the_capital() -> None:
    reading = read_doc(parse(BODY_IN_TOWN.format(body="Zenta", town="Athens")), "hand-built", None)
    assert _entity_country(reading, "Athens") == "GRC"


# "Ana Roe of Ohio Herald in Paris sued Peru."
OUTLET_IN_TOWN = (
    BODY_IN_TOWN.replace("{body}     {body}", "Ohio       Ohio")
    .replace("University University", "Herald     Herald    ")
    .replace("{town}", "Paris ")
)


def test_an_outlet_of_a_us_state_in_a_capital_leaves_the_capital() -> None:
    # a paper, a ministry or a team works abroad; only a university or hospital is where its town is
    reading = read_doc(parse(OUTLET_IN_TOWN), "hand-built", None)
    assert _entity_country(reading, "Paris") == "FRA"
