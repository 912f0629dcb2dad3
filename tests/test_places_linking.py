"""Places inside a state and the peoples of one state, on hand-built parses of sentences of our own: "the
state of X" is X, a longer name wins over the shorter one it contains, a group named by a place or a people
of one state carries that state's code without becoming the state."""

from __future__ import annotations

from geokg.extract.entities.countries import lookup_country, people_of_state
from geokg.extract.entities.mentions import find_mentions
from geokg.extract.entities.places import division_type
from hand_docs import facts, parse, read


def entities(reading):
    return {e.label: e for e in reading.entities.entities()}


def test_the_state_of_a_place_is_that_place_not_its_country() -> None:
    reading = read("""
    Greenpeace Greenpeace PROPN NNP 2 nsubj ORG
    sued    sue     VERB  VBD 0 ROOT   -
    the     the     DET   DT  5 det    -
    US      US      PROPN NNP 5 compound GPE
    state   state   NOUN  NN  2 dobj   -
    of      of      ADP   IN  5 prep   -
    Oregon  Oregon  PROPN NNP 6 pobj   GPE
    .       .       PUNCT .   2 punct  -
    """)
    assert facts(reading, "svo") == {("Greenpeace", "sue", "Oregon")}
    assert entities(reading)["Oregon"].country == "USA"


def test_the_states_of_a_list_are_each_place() -> None:
    reading = read("""
    Greenpeace Greenpeace PROPN NNP 2 nsubj ORG
    sued    sue     VERB  VBD 0 ROOT   -
    the     the     DET   DT  4 det    -
    states  state   NOUN  NNS 2 dobj   -
    of      of      ADP   IN  4 prep   -
    Ohio    Ohio    PROPN NNP 5 pobj   GPE
    and     and     CCONJ CC  6 cc     -
    Iowa    Iowa    PROPN NNP 6 conj   GPE
    .       .       PUNCT .   2 punct  -
    """)
    assert facts(reading, "svo") == {("Greenpeace", "sue", "Ohio"), ("Greenpeace", "sue", "Iowa")}


def _state_after(place: str, label: str) -> str:
    return f"""
    The     the     DET   DT  3 det    -
    United  United  PROPN NNP 3 compound GPE
    States  States  PROPN NNP 4 nsubj  I-GPE
    warned  warn    VERB  VBD 0 ROOT   -
    Chile   Chile   PROPN NNP 4 dobj   GPE
    .       .       PUNCT .   4 punct  -
    {place}  {place}  PROPN NNP 8 nsubj  {label}
    raised  raise   VERB  VBD 0 ROOT   -
    taxes   tax     NOUN  NNS 8 dobj   -
    .       .       PUNCT .   8 punct  -
    Greenpeace Greenpeace PROPN NNP 12 nsubj ORG
    sued    sue     VERB  VBD 0 ROOT   -
    the     the     DET   DT  14 det   -
    state   state   NOUN  NN  12 dobj  -
    .       .       PUNCT .   12 punct -
    """


def test_the_state_after_a_federal_state_is_that_state() -> None:
    assert ("Greenpeace", "sue", "Idaho") in facts(read(_state_after("Idaho", "GPE")), "svo")


def test_the_state_after_a_city_is_still_the_country() -> None:
    # a city is no state: "the state" goes on meaning the latest country (Chile)
    sued = {o for _, p, o in facts(read(_state_after("Denver", "GPE")), "svo") if p == "sue"}
    assert sued == {"Chile"}


def test_a_demonym_and_a_country_name_tagged_apart_are_one_longer_name() -> None:
    doc = parse("""
    American American ADJ   JJ  2 amod  NORP
    Samoans  Samoan   PROPN NNPS 3 nsubj NORP
    sued     sue      VERB  VBD 0 ROOT  -
    Utah     Utah     PROPN NNP 3 dobj  GPE
    .        .        PUNCT .   3 punct -
    """)
    first = find_mentions(doc)[0]
    assert (first.start, first.end, first.text, first.country.iso3) == (0, 2, "American Samoans", "ASM")
    assert all(m.country is None or m.country.iso3 not in ("USA", "WSM") for m in find_mentions(doc))


def test_an_untagged_territory_name_wins_over_the_shorter_names_inside_it() -> None:
    doc = parse("""
    American American ADJ   JJ  2 amod  -
    Samoa    Samoa    PROPN NNP 3 nsubj -
    has      have     VERB  VBZ 0 ROOT  -
    a        a        DET   DT  5 det   -
    delegate delegate NOUN  NN  3 dobj  -
    .        .        PUNCT .   3 punct -
    """)
    [mention] = find_mentions(doc)
    assert (mention.text, mention.label, mention.country.iso3) == ("American Samoa", "GPE", "ASM")


def test_two_demonyms_side_by_side_stay_two_states() -> None:
    doc = parse("""
    French  French  ADJ  JJ  3 amod  NORP
    German  German  ADJ  JJ  3 amod  NORP
    firms   firm    NOUN NNS 4 nsubj -
    agreed  agree   VERB VBD 0 ROOT  -
    .       .       PUNCT .  4 punct -
    """)
    assert [m.country.iso3 for m in find_mentions(doc) if m.country] == ["FRA", "DEU"]


def test_residents_of_a_place_inside_a_state_are_that_place_s_group() -> None:
    reading = read("""
    Oregon    Oregon    PROPN NNP 2 compound GPE
    residents resident  NOUN  NNS 3 nsubj -
    protested protest   VERB  VBD 0 ROOT  -
    the       the       DET   DT  5 det   -
    tax       tax       NOUN  NN  3 dobj  -
    .         .         PUNCT .   3 punct -
    """)
    group = entities(reading)["Oregon residents"]
    assert (group.type, group.country) == ("NORP", "USA")
    assert "US residents" not in entities(reading)


def test_a_people_of_a_federal_state_is_a_group_of_its_country() -> None:
    reading = read("""
    Texans  Texan   PROPN NNPS 2 nsubj NORP
    backed  back    VERB  VBD 0 ROOT  -
    the     the     DET   DT  4 det   -
    law     law     NOUN  NN  2 dobj  -
    .       .       PUNCT .   2 punct -
    """)
    group = entities(reading)["Texans"]
    assert (group.id, group.type, group.country) == ("group:texans", "NORP", "USA")
    assert "United States" not in entities(reading)


def test_an_indigenous_people_of_one_state_carries_its_code() -> None:
    reading = read("""
    Native   Native   PROPN NNP 2 compound NORP
    American American PROPN NNP 3 compound I-NORP
    groups   group    NOUN  NNS 4 nsubj -
    sued     sue      VERB  VBD 0 ROOT  -
    Idaho    Idaho    PROPN NNP 4 dobj  GPE
    .        .        PUNCT .   4 punct -
    """)
    [group] = [e for e in reading.entities.entities() if e.type == "NORP"]
    assert group.country == "USA" and group.label.startswith("Native American")


def test_lookups_of_peoples_and_divisions() -> None:
    assert people_of_state("Montanans").iso3 == "USA"
    assert people_of_state("Queenslanders").iso3 == "AUS"
    assert people_of_state("Americans") is None  # the country's own demonym stands for the country
    assert lookup_country("Montanans") is None
    assert lookup_country("American Samoans").iso3 == "ASM"
    assert division_type("Montana") == "state"
    assert division_type("Alberta") == "province"
    assert division_type("Punjab", ["PAK"]) == "province"
    assert division_type("Paris") is None


def _town_and(country: str, label: str) -> str:
    return f"""
    Rebels  rebel   NOUN  NNS 2 nsubj -
    shelled shell   VERB  VBD 0 ROOT  -
    Qarbal  Qarbal  PROPN NNP 2 dobj  GPE
    ,       ,       PUNCT ,   3 punct -
    {country} {country} PROPN NNP 3 appos {label}
    .       .       PUNCT .   2 punct -
    """


def test_a_town_written_with_its_country_after_a_comma_lies_in_it() -> None:
    assert entities(read(_town_and("Yemen", "GPE")))["Qarbal"].country == "YEM"
    assert entities(read(_town_and("Idaho", "GPE")))["Qarbal"].country == "USA"  # a state's part: its country


def test_a_known_city_keeps_its_country_when_another_follows_in_a_list() -> None:
    reading = read(_town_and("China", "GPE").replace("Qarbal  Qarbal", "Osaka   Osaka"))
    assert entities(reading)["Osaka"].country == "JPN"


def test_the_province_after_a_province_is_that_province() -> None:
    table = _state_after("Alberta", "GPE").replace("state   state   NOUN", "province province NOUN")
    assert ("Greenpeace", "sue", "Alberta") in facts(read(table), "svo")


def test_english_names_of_subdivisions_are_known_with_their_kind() -> None:
    from geokg.extract.entities.places import place_country

    assert (place_country("Bavaria").country, division_type("Bavaria")) == ("DEU", "land")
    assert place_country("Tuscany").country == "ITA"  # the region, before a small town abroad
    assert ("Greenpeace", "sue", "Bavaria") in facts(read(_state_after("Bavaria", "GPE")), "svo")


def test_a_city_larger_than_the_country_of_a_subdivision_of_its_name_wins() -> None:
    from geokg.extract.entities.places import place_country

    assert place_country("Charlotte").country == "USA"  # not the parish of Saint Vincent
    assert place_country("Charlotte", ["VCT"]).country == "VCT"  # unless the article names that state
    assert place_country("Victoria").country == "AUS"  # the state, counted with its country's people


def test_a_great_capital_wins_over_a_subdivision_of_its_name_abroad() -> None:
    from geokg.extract.entities.places import place_country

    assert place_country("Santiago").country == "CHL"  # Chile's capital, not the Dominican province
    assert place_country("Santiago", ["DOM"]).country == "DOM"  # unless the article names that state
    assert place_country("Victoria").country == "AUS"  # a small capital does not beat a state


def _member_of(institution: str) -> str:
    """ "Ana Roe of <institution> spoke.": the institution's words are tokens 4 .. 3 + n, its last word
    the object of "of", the others compounds of that word."""
    words = institution.split()
    n = len(words)
    rows = [
        f"{w} {w} PROPN NNP {3 if k == n - 1 else n + 3} {'pobj' if k == n - 1 else 'compound'} "
        + ("ORG" if k == 0 else "I-ORG")
        for k, w in enumerate(words)
    ]
    return "\n".join(
        [
            "Ana Ana PROPN NNP 2 compound PERSON",
            f"Roe Roe PROPN NNP {n + 4} nsubj I-PERSON",
            "of of ADP IN 2 prep -",
            *rows,
            "spoke speak VERB VBD 0 ROOT -",
            f". . PUNCT . {n + 4} punct -",
        ]
    )


def test_an_institution_s_own_noun_is_no_place_and_a_place_after_it_is() -> None:
    london = entities(read(_member_of("University College London")))["University College London"]
    assert london.country == "GBR"  # not the town of University, Florida
    assert entities(read(_member_of("University of Anglia")))["University of Anglia"].country is None


def test_a_subdivision_keeps_its_name_from_a_smaller_city_abroad() -> None:
    from geokg.extract.entities.places import place_country

    # the English district (counted with its country) comes first, even where the article names the US
    assert place_country("Birmingham", ["USA"]).country == "GBR"


def test_a_subdivision_named_with_an_ordinary_word_is_known_only_whole() -> None:
    from geokg.extract.entities.places import place_country

    assert place_country("Free State").country == "ZAF"
    assert not place_country("Free").known  # "the Free Software Foundation" is in no province


def _told(paper: str) -> str:
    first, second = paper.split()
    return f"""
    Ana    Ana    PROPN NNP 2 nsubj    PERSON
    spoke  speak  VERB  VBD 0 ROOT     -
    to     to     ADP   IN  2 prep     -
    the    the    DET   DT  6 det      ORG
    {first} {first} PROPN NNP 6 compound I-ORG
    {second} {second} PROPN NNP 3 pobj I-ORG
    .      .      PUNCT .   2 punct    -
    """


def test_a_newspaper_named_after_its_town_is_of_the_town_s_country() -> None:
    assert entities(read(_told("Omsk Tribune")))["Omsk Tribune"].country == "RUS"
    assert entities(read(_told("Northern Tribune")))["Northern Tribune"].country is None
    assert entities(read(_told("Gulf Herald")))["Gulf Herald"].country is None


def test_a_city_named_with_city_is_that_city_not_a_province_of_its_first_word() -> None:
    from geokg.extract.entities.places import place_country

    # the gazetteer's "Gaza City" row is Palestinian; "Gaza" alone is also a province of Mozambique
    assert place_country("Gaza City").country == "PSE"
    assert place_country("Quebec City").country == "CAN"


def test_a_laboratory_or_observatory_named_after_its_place_is_of_that_place_s_state() -> None:
    lab = entities(read(_member_of("Idaho National Laboratory")))["Idaho National Laboratory"]
    assert lab.country == "USA"
    assert entities(read(_member_of("Paris Observatory")))["Paris Observatory"].country == "FRA"


def test_a_stock_exchange_named_after_its_city_is_of_that_city_s_state() -> None:
    # one market in one city: "the Omsk Stock Exchange" is Russian
    assert entities(read(_member_of("Omsk Stock Exchange")))["Omsk Stock Exchange"].country == "RUS"
