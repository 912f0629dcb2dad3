"""Countries of buildings, venues and small places written with the place they stand in (sentences of our
own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.affiliations.organisations import _country_in_name
from geokg.extract.pipeline import read_doc
from hand_docs import parse


def entity(reading, label):
    [found] = [e for e in reading.entities.entities() if e.label == label]
    return found


VENUE_IN_A_CITY = """
A         a         DET   DT  2 det    -
concert   concert   NOUN  NN  3 nsubj  -
opened    open      VERB  VBD 0 ROOT   -
at        at        ADP   IN  3 prep   -
Bellamy   Bellamy   PROPN NNP 6 compound FAC
Hall      Hall      PROPN NNP 4 pobj   I-FAC
in        in        ADP   IN  6 prep   -
Lyon      Lyon      PROPN NNP 7 pobj   GPE
.         .         PUNCT .   3 punct  -
"""


def test_a_venue_written_with_the_city_it_stands_in_lies_in_that_city_s_country() -> None:
    reading = read_doc(parse(VENUE_IN_A_CITY), "hand-built")
    assert entity(reading, "Bellamy Hall").country == "FRA"


def test_a_venue_noun_places_a_name_the_tagger_took_for_an_organisation() -> None:
    reading = read_doc(parse(VENUE_IN_A_CITY.replace("FAC", "ORG")), "hand-built")
    assert entity(reading, "Bellamy Hall").country == "FRA"


def test_an_organisation_that_is_no_building_is_not_placed_by_where_it_acts() -> None:
    reading = read_doc(
        parse("""
        Greenpeace Greenpeace PROPN NNP 2 nsubj ORG
        protested  protest    VERB  VBD 0 ROOT  -
        in         in         ADP   IN  2 prep  -
        Lyon       Lyon       PROPN NNP 3 pobj  GPE
        .          .          PUNCT .   2 punct -
        """),
        "hand-built",
    )
    assert entity(reading, "Greenpeace").country is None


def test_a_village_the_gazetteer_lacks_lies_in_the_region_written_after_it() -> None:
    reading = read_doc(
        parse("""
        A         a         DET   DT  2 det      -
        barn      barn      NOUN  NN  3 nsubj    -
        burned    burn      VERB  VBD 0 ROOT     -
        near      near      ADP   IN  3 prep     -
        Quimbleford Quimbleford PROPN NNP 4 pobj GPE
        in        in        ADP   IN  5 prep     -
        Bavaria   Bavaria   PROPN NNP 6 pobj     GPE
        .         .         PUNCT .   3 punct    -
        """),
        "hand-built",
    )
    assert entity(reading, "Quimbleford").country == "DEU"


def test_a_state_s_name_closing_an_organisation_s_name_gives_its_country() -> None:
    assert _country_in_name("Thriving Norway") == "NOR"
    assert _country_in_name("Cycling New Zealand") == "NZL"
    assert _country_in_name("Radio Free Europe") is None
    assert _country_in_name("South Sudan") is None  # all of it a state's name: the state itself


def test_a_candidate_of_a_party_named_after_its_state_acts_for_that_state() -> None:
    # "Ann Brook, the Thriving Norway candidate, spoke."
    reading = read_doc(
        parse("""
        Ann       Ann       PROPN NNP 2 compound PERSON
        Brook     Brook     PROPN NNP 9 nsubj    I-PERSON
        ,         ,         PUNCT ,   2 punct    -
        the       the       DET   DT  7 det      -
        Thriving  Thriving  PROPN NNP 6 compound ORG
        Norway    Norway    PROPN NNP 7 compound I-ORG
        candidate candidate NOUN  NN  2 appos    -
        ,         ,         PUNCT ,   2 punct    -
        spoke     speak     VERB  VBD 0 ROOT     -
        .         .         PUNCT .   9 punct    -
        """),
        "hand-built",
    )
    assert entity(reading, "Thriving Norway").country == "NOR"
    assert entity(reading, "Ann Brook").country == "NOR"


def test_an_institution_the_tagger_took_for_a_place_in_apposition_to_its_city_is_of_that_country() -> None:
    # "She was taken to a hospital in Lyon, Quimbelle." (tagged as a place, unknown to the gazetteer)
    reading = read_doc(
        parse("""
        She       she       PRON  PRP  3 nsubjpass -
        was       be        AUX   VBD  3 auxpass   -
        taken     take      VERB  VBN  0 ROOT      -
        to        to        ADP   IN   3 prep      -
        a         a         DET   DT   6 det       -
        hospital  hospital  NOUN  NN   4 pobj      -
        in        in        ADP   IN   6 prep      -
        Lyon      Lyon      PROPN NNP  7 pobj      GPE
        ,         ,         PUNCT ,    8 punct     -
        Quimbelle Quimbelle PROPN NNP  8 appos     GPE
        .         .         PUNCT .    3 punct     -
        """),
        "hand-built",
    )
    quimbelle = entity(reading, "Quimbelle")
    assert (quimbelle.type, quimbelle.country) == ("ORG", "FRA")


def test_a_foundation_named_after_the_city_written_before_it_is_of_that_country() -> None:
    # "He was flown by Lyon charity Quimbelle for Peace Foundation."
    reading = read_doc(
        parse("""
        He         he         PRON  PRP 3 nsubjpass -
        was        be         AUX   VBD 3 auxpass   -
        flown      fly        VERB  VBN 0 ROOT      -
        by         by         ADP   IN  3 agent     -
        Lyon       Lyon       PROPN NNP 7 compound  GPE
        charity    charity    ADJ   JJ  7 amod      -
        Quimbelle  Quimbelle  PROPN NNP 4 pobj      ORG
        for        for        ADP   IN  7 prep      I-ORG
        Peace      Peace      PROPN NNP 10 compound I-ORG
        Foundation Foundation PROPN NNP 8 pobj      I-ORG
        .          .          PUNCT .   3 punct     -
        """),
        "hand-built",
    )
    assert entity(reading, "Quimbelle for Peace Foundation").country == "FRA"


def test_an_authority_named_with_a_region_is_of_the_region_s_country() -> None:
    # "The Transit Authority of Bavaria said."
    reading = read_doc(
        parse("""
        The       the       DET   DT  3 det    -
        Transit   Transit   PROPN NNP 3 compound ORG
        Authority Authority PROPN NNP 6 nsubj  I-ORG
        of        of        ADP   IN  3 prep   I-ORG
        Bavaria   Bavaria   PROPN NNP 4 pobj   I-ORG
        said      say       VERB  VBD 0 ROOT   -
        .         .         PUNCT .   6 punct  -
        """),
        "hand-built",
    )
    assert entity(reading, "Transit Authority of Bavaria").country == "DEU"


LOCATED = """
Quimbly   Quimbly   PROPN NNP 3 nsubjpass PERSON
is        be        AUX   VBZ 3 auxpass   -
located   locate    VERB  VBN 0 ROOT      -
in        in        ADP   IN  3 prep      -
the       the       DET   DT  6 det       -
state     state     NOUN  NN  4 pobj      -
of        of        ADP   IN  6 prep      -
Bavaria   Bavaria   PROPN NNP 7 pobj      GPE
.         .         PUNCT .   3 punct     -
"""


def test_a_name_said_to_be_located_in_a_place_is_a_place_of_that_country() -> None:
    # "Quimbly is located in the state of Bavaria." (an electorate the tagger took for a person)
    quimbly = entity(read_doc(parse(LOCATED), "hand-built"), "Quimbly")
    assert (quimbly.type, quimbly.country) == ("GPE", "DEU")


def test_a_person_said_to_live_in_a_place_stays_a_person() -> None:
    quimbly = entity(read_doc(parse(LOCATED.replace("locate ", "live   ")), "hand-built"), "Quimbly")
    assert (quimbly.type, quimbly.country) == ("PERSON", None)


def test_a_name_said_to_be_a_state_is_a_place_when_the_gazetteer_knows_it() -> None:
    # "Bavaria is the largest German state." (Bavaria tagged as an organisation)
    reading = read_doc(
        parse("""
        Bavaria   Bavaria   PROPN NNP 2 nsubj ORG
        is        be        AUX   VBZ 0 ROOT  -
        the       the       DET   DT  6 det   -
        largest   large     ADJ   JJS 6 amod  -
        German    German    ADJ   JJ  6 amod  NORP
        state     state     NOUN  NN  2 attr  -
        .         .         PUNCT .   2 punct -
        """),
        "hand-built",
    )
    bavaria = entity(reading, "Bavaria")
    assert (bavaria.type, bavaria.country) == ("GPE", "DEU")


# "Farmers in Lyon and Nantes sold corn on Quimbly Street."
STREET = """
Farmers   farmer    NOUN  NNS 6 nsubj    -
in        in        ADP   IN  1 prep     -
Lyon      Lyon      PROPN NNP 2 pobj     GPE
and       and       CCONJ CC  3 cc       -
Nantes    Nantes    PROPN NNP 3 conj     GPE
sold      sell      VERB  VBD 0 ROOT     -
corn      corn      NOUN  NN  6 dobj     -
on        on        ADP   IN  6 prep     -
Quimbly   Quimbly   PROPN NNP 10 compound FAC
Street    Street    PROPN NNP 8 pobj     I-FAC
.         .         PUNCT .   6 punct    -
"""


def test_a_street_named_without_its_town_lies_in_the_article_s_state() -> None:
    assert entity(read_doc(parse(STREET), "hand-built"), "Quimbly Street").country == "FRA"


def test_without_a_state_of_the_article_a_street_gets_none() -> None:
    table = STREET.replace(
        "Lyon      Lyon      PROPN NNP 2 pobj     GPE", "Lyon      Lyon      PROPN NNP 2 pobj     -"
    )
    table = table.replace(
        "Nantes    Nantes    PROPN NNP 3 conj     GPE", "Nantes    Nantes    PROPN NNP 3 conj     -"
    )
    assert entity(read_doc(parse(table), "hand-built"), "Quimbly Street").country is None


def test_a_place_the_gazetteer_lacks_said_to_be_located_in_a_region_takes_its_country() -> None:
    quimbly = entity(
        read_doc(parse(LOCATED.replace("nsubjpass PERSON", "nsubjpass GPE")), "hand-built"), "Quimbly"
    )
    assert (quimbly.type, quimbly.country) == ("GPE", "DEU")
