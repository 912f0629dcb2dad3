"""A dependent territory named with its sovereign state: the article is set in the sovereign's state, so its
unnamed national bodies are the sovereign's (sentences of our own, parses by hand)."""

from __future__ import annotations

from geokg.extract.entities.countries import sovereign_of
from geokg.extract.pipeline import read_doc
from hand_docs import parse
from spacy.tokens import Doc


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
    # a legislature every territory has is the territory's; Congress, which none has, stays the sovereign's
    senate = table.replace("Congress  Congress", "Senate    Senate  ")
    assert entity(read_doc(parse(senate), "hand-built"), "Senate").country == "GUM"
    assert entity(read_doc(parse(table), "hand-built"), "Congress").country == "USA"


def test_federal_agencies_without_a_state_word_have_their_country() -> None:
    from geokg.extract.entities.organisations import lookup_organisation

    for name in ("Selective Service System", "General Services Administration", "USCIS"):
        found = lookup_organisation(name, set())
        assert found is not None and (found.country, found.sector) == ("USA", "GOV")


def test_a_party_name_two_states_use_goes_to_the_state_the_article_names() -> None:
    from geokg.extract.entities.organisations import lookup_organisation

    assert lookup_organisation("Liberal Democrats", {"AUS"}).country == "AUS"
    assert lookup_organisation("Liberal Democrats", set()).country == "GBR"


def _with_headline(table: str) -> Doc:
    """The hand parse with its "NL" token made the line break that ends an article's headline."""
    doc = parse(table)
    return Doc(
        doc.vocab,
        words=["\n\n" if t.text == "NL" else t.text for t in doc],
        spaces=[bool(t.whitespace_) and t.text != "NL" for t in doc],
        lemmas=[t.lemma_ for t in doc],
        pos=[t.pos_ for t in doc],
        tags=[t.tag_ for t in doc],
        heads=[t.head.i for t in doc],
        deps=[t.dep_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )


# "Guam governor quits \n\n Senator Quitugua met the United States envoy. Congress voted."
HEADLINED_TERRITORY = """
Guam      Guam      PROPN NNP 2 compound GPE
governor  governor  NOUN  NN  3 nsubj  -
quits     quit      VERB  VBZ 0 ROOT   -
NL        NL        SPACE _SP 3 dep    -
Senator   Senator   PROPN NNP 6 compound -
Quitugua  Quitugua  PROPN NNP 7 nsubj  PERSON
met       meet      VERB  VBD 0 ROOT   -
the       the       DET   DT  11 det   -
United    United    PROPN NNP 10 compound GPE
States    States    PROPN NNP 11 compound I-GPE
envoy     envoy     NOUN  NN  7 dobj   -
.         .         PUNCT .   7 punct  -
Congress  Congress  PROPN NNP 14 nsubj ORG
voted     vote      VERB  VBD 0 ROOT   -
.         .         PUNCT .   14 punct -
"""


def test_a_story_headlined_on_a_territory_alone_is_set_in_the_territory() -> None:
    # the territory's own senator, though the sovereign is named too; Congress stays the sovereign's
    reading = read_doc(_with_headline(HEADLINED_TERRITORY), "hand-built")
    assert entity(reading, "Quitugua").country == "GUM"
    assert entity(reading, "Congress").country == "USA"


def test_a_story_headlined_with_the_sovereign_is_set_in_the_sovereign() -> None:
    # "Guam US quits \n\n ...": the headline names the sovereign as well
    table = HEADLINED_TERRITORY.replace(
        "governor  governor  NOUN  NN  3 nsubj  -", "US        US        PROPN NNP 3 nsubj  GPE"
    )
    reading = read_doc(_with_headline(table), "hand-built")
    assert entity(reading, "Quitugua").country == "USA"


def test_a_city_of_a_named_country_comes_before_a_subdivision_elsewhere() -> None:
    from geokg.extract.entities.places import place_country

    assert place_country("San Juan", {"PRI", "USA"}).country == "PRI"
    assert place_country("San Juan").country == "ARG"  # the province, with no country to settle it
    # a smaller namesake in a named country does not outrank the subdivision of a larger city's country
    assert place_country("Birmingham", {"USA"}).country == "GBR"
