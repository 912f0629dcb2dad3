"""A dependent territory named with its sovereign state: the article is set in the sovereign's state, so its
unnamed national bodies are the sovereign's (sentences of our own, parses by hand)."""

from __future__ import annotations

from geokg.extract.entities.countries import sovereign_of
from geokg.extract.pipeline import read_doc
from hand_docs import parse


def entity(reading, label):
    [found] = [e for e in reading.entities.entities() if e.label == label]
    return found


def test_dependencies_have_their_sovereign_and_states_none() -> None:
    assert sovereign_of("PRI") == "USA"
    assert sovereign_of("GIB") == "GBR"
    assert sovereign_of("GRL") == "DNK"
    assert sovereign_of("FRA") is None
    assert sovereign_of("HKG") is None  # news treats Hong Kong as a state of its own


# "Guam and the United States signed a pact. Guam lobbied Guam's voters. Guam asked Congress."
TERRITORY_AND_SOVEREIGN = """
Guam      Guam      PROPN NNP 6 nsubj  GPE
and       and       CCONJ CC  1 cc     -
the       the       DET   DT  5 det    -
United    United    PROPN NNP 5 compound GPE
States    States    PROPN NNP 1 conj   I-GPE
signed    sign      VERB  VBD 0 ROOT   -
a         a         DET   DT  8 det    -
pact      pact      NOUN  NN  6 dobj   -
.         .         PUNCT .   6 punct  -
Guam      Guam      PROPN NNP 11 nsubj GPE
asked     ask       VERB  VBD 0  ROOT  -
Congress  Congress  PROPN NNP 11 dobj  ORG
for       for       ADP   IN  11 prep  -
votes     vote      NOUN  NNS 13 pobj  -
.         .         PUNCT .   11 punct -
"""


def test_a_national_body_in_a_story_of_a_territory_and_its_sovereign_is_the_sovereign_s() -> None:
    reading = read_doc(parse(TERRITORY_AND_SOVEREIGN), "hand-built")
    assert entity(reading, "Guam").country == "GUM"
    assert entity(reading, "Congress").country == "USA"


def test_a_story_of_a_territory_alone_stays_the_territory_s() -> None:
    table = TERRITORY_AND_SOVEREIGN.replace(
        "United    United    PROPN NNP 5 compound GPE", "Pacific   Pacific   PROPN NNP 5 compound -"
    )
    table = table.replace(
        "States    States    PROPN NNP 1 conj   I-GPE", "Forum     Forum     PROPN NNP 1 conj   -"
    )
    reading = read_doc(parse(table), "hand-built")
    assert entity(reading, "Congress").country != "USA"


def test_federal_agencies_without_a_state_word_have_their_country() -> None:
    from geokg.extract.entities.organisations import lookup_organisation

    for name in ("Selective Service System", "General Services Administration", "USCIS"):
        found = lookup_organisation(name, set())
        assert found is not None and (found.country, found.sector) == ("USA", "GOV")


def test_a_party_name_two_states_use_goes_to_the_state_the_article_names() -> None:
    from geokg.extract.entities.organisations import lookup_organisation

    assert lookup_organisation("Liberal Democrats", {"AUS"}).country == "AUS"
    assert lookup_organisation("Liberal Democrats", set()).country == "GBR"
