"""Entity rules of the extractor: one node per real thing, titles and descriptions, what a noun stands for.

Sentences are written for these tests; each asserts the facts or entities a reader takes from it and,
where a rule exists to prevent one, the wrong reading that must not appear.
"""

from __future__ import annotations

import pytest
from extraction_helpers import Run, none, one
from geokg.extract.entities.clusters import _headed_by, entity_id, slug
from geokg.extract.entities.mentions import fold
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.merge import slugify


def entity(result: ArticleResult, entity_id: str) -> Entity:
    by_id = {e.id: e for e in result.entities}
    assert entity_id in by_id, f"no {entity_id} among {sorted(by_id)}"
    return by_id[entity_id]


# --- 15: titles before names ------------------------------------------------------------------------------


def test_title_before_a_name_gives_a_role_and_the_person_country(run: Run) -> None:
    result = run("German Chancellor Friedrich Merz criticised Russia.")
    role = one(result, "Friedrich Merz", "chancellor of", "Germany")
    assert role.predicate == "chancellor of"
    assert role.extractor.startswith("geokg.title/")
    act = one(result, "Friedrich Merz", "criticise", "Russia")
    assert act.subject_country == "DEU"
    assert entity(result, "person:friedrich_merz").country == "DEU"


def test_title_with_president(run: Run) -> None:
    result = run("Turkish President Recep Tayyip Erdogan criticised Sweden.")
    one(result, "Recep Tayyip Erdogan", "president of", "Turkey")
    assert one(result, "Recep Tayyip Erdogan", "criticise", "Sweden").subject_country == "TUR"


def test_title_before_a_name_the_model_mistypes(run: Run) -> None:
    result = run("German Chancellor Olaf Scholz criticised Russia.")
    one(result, "Olaf Scholz", "chancellor of", "Germany")
    assert one(result, "Olaf Scholz", "criticise", "Russia").subject_country == "DEU"


def test_ambassador_title_names_both_the_sending_and_the_host_state(run: Run) -> None:
    result = run("US Ambassador to France Charles Kushner summoned the diplomats. Kushner criticised Israel.")
    one(result, "Charles Kushner", "ambassador of", "United States")
    one(result, "Charles Kushner", "ambassador to", "France")
    none(result, "Charles Kushner", "France", "ambassador of")
    assert one(result, "Charles Kushner", "criticise", "Israel").subject_country == "USA"


# --- 16-17: appositions and organisation descriptors -------------------------------------------------------


def test_apposition_after_the_name(run: Run) -> None:
    result = run("Sergei Lavrov, the foreign minister of Russia, criticised NATO.")
    one(result, "Sergei Lavrov", "foreign minister of", "Russia")
    assert one(result, "Sergei Lavrov", "criticise", "NATO").subject_country == "RUS"


def test_apposition_with_a_possessive_owner(run: Run) -> None:
    result = run("Russia's spokesperson, Maria Zakharova, condemned Britain.")
    one(result, "Maria Zakharova", "spokesperson of", "Russia")
    one(result, "Maria Zakharova", "condemn", "United Kingdom")


def test_organisation_descriptor_before_the_name(run: Run) -> None:
    result = run("Iranian airline Mahan Air flew to Syria.")
    assert one(result, "Mahan Air", "airline", "Iran").predicate == "airline of"
    one(result, "Mahan Air", "fly to", "Syria")


# --- 18: one node per real thing ---------------------------------------------------------------------------


def test_surname_joins_the_full_name(run: Run) -> None:
    result = run("John Kerry visited Iraq on Monday. Kerry met Iraqi leaders.")
    kerry = entity(result, "person:john_kerry")
    assert set(kerry.aliases) == {"John Kerry", "Kerry"}
    assert kerry.mentions == 2
    assert not [e for e in result.entities if e.id == "person:kerry"]
    assert {t.subject_id for t in result.triples} == {"person:john_kerry"}


@pytest.mark.parametrize(("written", "plain"), [
    ("Władysław Łukasiewicz", "Wladyslaw Lukasiewicz"),  # stroke letters NFKD leaves whole
    ("Søren Kierkegaard", "Soren Kierkegaard"),
    ("Đorđe Balašević", "Dorde Balasevic"),
    ("Gauß", "Gauss"),
    ("Ægir Sæmundsson", "Aegir Saemundsson"),
])
def test_a_name_with_and_without_its_special_letters_is_one_key_and_one_id(written: str, plain: str) -> None:
    assert fold(written) == fold(plain)
    assert entity_id(written, "PERSON") == entity_id(plain, "PERSON")
    assert slugify(written) == slugify(plain)
    assert slug(written) == slugify(plain)  # no letter is lost to "_"


def test_a_surname_spelt_with_and_without_its_stroke_letters_is_one_person(run: Run) -> None:
    result = run(
        "Polish senator Zbigniew Wołek visited Germany. Zbigniew Wolek met German ministers. "
        "Wołek said Poland would help."
    )
    people = {e.id for e in result.entities if e.type == "PERSON"}
    assert people == {"person:zbigniew_wolek"}


def test_country_forms_are_one_node_with_its_iso_code(run: Run) -> None:
    result = run("The U.S. imposed sanctions on Iran. The United States also condemned Syria. "
                 "American officials criticised Turkey.")
    usa = entity(result, "country:USA")
    assert {"U.S.", "United States", "American"} <= set(usa.aliases)
    assert usa.country == "USA"
    assert usa.label == "United States"
    assert {t.subject_id for t in result.triples} == {"country:USA"}
    assert {t.object for t in result.triples} == {"Iran", "Syria", "Turkey"}


def test_ethnic_adjective_and_plural_are_one_group(run: Run) -> None:
    result = run("Kurdish fighters attacked ISIS. Turkey bombed the Kurds.")
    kurds = entity(result, "group:kurds")
    assert {"Kurdish", "Kurds"} <= set(kurds.aliases)
    one(result, "Kurds", "attack", "ISIS")
    one(result, "Turkey", "bomb", "Kurds")
    assert len([e for e in result.entities if e.type == "NORP"]) == 1


def test_spelling_variants_are_one_organisation(run: Run) -> None:
    result = run("Al-Qaeda attacked Yemen. Al-Qaida also threatened Saudi Arabia.")
    qaida = entity(result, "org:al_qaida")
    assert {"Al-Qaeda", "Al-Qaida"} <= set(qaida.aliases)
    assert {t.subject_id for t in result.triples} == {"org:al_qaida"}


def test_an_institution_placed_by_an_apposition_is_one_node(run: Run) -> None:
    # The apposition gives the parliament its state, and the id depends on the state: the entity,
    # its role and its later relation must all carry the same id.
    result = run(
        "Parliament, the legislature of Serbia, voted on Monday to adopt the budget. "
        "Parliament also condemned Russia."
    )
    assert [e.id for e in result.entities if e.label == "Parliament"] == ["org:parliament@srb"]
    assert entity(result, "org:parliament@srb").mentions == 2
    assert one(result, "Parliament", "legislature of", "Serbia").subject_id == "org:parliament@srb"
    assert one(result, "Parliament", "condemn", "Russia").subject_id == "org:parliament@srb"


def test_every_triple_connects_entities_of_its_article(run: Run) -> None:
    result = run(
        "The Senate, the upper house of Italy, rejected the bill. The Senate also thanked "
        "Ambassador to Italy Mark Ellis, who met Giorgia Meloni in Rome."
    )
    ids = {e.id for e in result.entities}
    assert result.triples
    assert {t.subject_id for t in result.triples} | {t.object_id for t in result.triples} <= ids


def test_surname_shared_by_two_people_stays_unresolved(run: Run) -> None:
    result = run("George W. Bush criticised Iran. Jeb Bush visited Mexico. Bush condemned Syria.")
    ids = {e.id for e in result.entities if e.type == "PERSON"}
    assert ids == {"person:george_w_bush", "person:jeb_bush", "person:bush"}
    assert one(result, "Bush", "condemn", "Syria").subject_id == "person:bush"
    none(result, "George W. Bush", "Syria")
    none(result, "Jeb Bush", "Syria")


def test_a_relative_introduced_as_such_does_not_take_the_bare_surname(run: Run) -> None:
    result = run(
        "The novelist Helen Carver died in Boston on Sunday. "
        "The news was confirmed by her son Thomas Carver. "
        "Carver had criticised Canada for years."
    )
    assert one(result, "Helen Carver", "criticise", "Canada").subject_id == "person:helen_carver"
    assert "person:carver" not in {e.id for e in result.entities}
    assert "person:thomas_carver" in {e.id for e in result.entities}


def test_a_bare_family_name_written_first_joins_the_full_name_whatever_its_tag(run: Run) -> None:
    result = run(
        "Busan governor Choi Min-ho met Japanese officials on Friday. "
        "Choi's office said Choi had criticised Japan."
    )
    ids = {e.id for e in result.entities}
    assert "person:choi_min_ho" in ids
    assert not [i for i in ids if i.endswith(":choi")]


def test_a_surname_that_spells_a_capital_is_the_person_named_in_the_article(run: Run) -> None:
    result = run(
        "Police arrested Daniel Lima in March. Lima had threatened Germany. "
        "Prosecutors said Lima admired Iran."
    )
    assert "country:PER" not in {e.id for e in result.entities}
    assert all(t.subject_country != "PER" for t in result.triples)
    assert any(t.subject_id == "person:daniel_lima" for t in result.triples)


def test_bare_police_are_the_one_force_the_article_names(run: Run) -> None:
    result = run(
        "The Lakeside Police arrested a man in Canada on Monday. "
        "An undercover police officer had followed him. The police later thanked Canada."
    )
    force = one(result, "Lakeside Police", "thank", "Canada")
    assert force.subject_id == "org:lakeside_police"
    assert force.subject_country == "CAN"
    assert not [e for e in result.entities if e.id.startswith("org:police")]


@pytest.mark.parametrize(("name", "kind", "expected"), [
    ("harbour city police", "police", True),
    ("harbour city police service", "police", True),
    ("parliament of ghana", "parliament", True),
    ("police officer", "police", False),
    ("defund the police", "police", False),
])
def test_a_name_is_of_a_body_of_the_kind_its_head_says(name: str, kind: str, expected: bool) -> None:
    assert _headed_by(name.split(), kind) is expected


def test_mountains_and_cemeteries_are_places_not_organisations(run: Run) -> None:
    result = run(
        "The body of Governor Lee Sang-ho was found at Mount Halla on Friday. "
        "He will be buried at the Lakeside Cemetery. The Hill reported that Lee had visited Japan."
    )
    types = {e.label: e.type for e in result.entities}
    assert types["Mount Halla"] == "LOC"
    assert types["Lakeside Cemetery"] == "LOC"
    assert types.get("Hill", "ORG") == "ORG"  # a one-word name is no place by its head word alone


# --- 21: organs, possessions, relational nouns ------------------------------------------------------------


@pytest.mark.parametrize(("text", "subject", "verb", "obj"), [
    ("The Iraqi government condemned Turkey.", "Iraq", "condemn", "Turkey"),
    ("Russian officials criticised Israel.", "Russia", "criticise", "Israel"),
])
def test_state_organs_stand_for_the_state(run: Run, text: str, subject: str, verb: str, obj: str) -> None:
    fact = one(run(text), subject, verb, obj)
    assert fact.subject_id.startswith("country:")


def test_armed_forces_are_their_own_entity_and_officials_the_state(run: Run) -> None:
    """ANNOTATION.md: a state and its government are one entity, its armed forces another."""
    troops = one(run("U.S. troops entered Syria."), "US military", "enter", "Syria")
    assert (troops.subject_id, troops.subject_country) == ("org:military@usa", "USA")
    assert troops.subject_sector == "MIL"
    officials = one(run("Russian officials criticised Israel."), "Russia", "criticise", "Israel")
    assert (officials.subject_id, officials.subject_sector) == ("country:RUS", "GOV")
    assert officials.object_sector is None


def test_possession_stands_for_its_owner(run: Run) -> None:
    result = run("Iranian airline Mahan Air flew weapons to Syria. Germany suspended Mahan's permit.")
    fact = one(result, "Germany", "suspend", "Mahan Air")
    assert fact.object_id == "org:mahan_air"
    assert fact.object_country == "IRN"


def test_relational_noun_is_not_its_possessor(run: Run) -> None:
    result = run("Angela Merkel visited Russia. Merkel's spokesperson criticised Ukraine.")
    one(result, "Angela Merkel", "visit", "Russia")
    none(result, "Angela Merkel", "Ukraine")


def test_relational_noun_named_in_apposition_is_that_person(run: Run) -> None:
    result = run("Angela Merkel visited Russia. Merkel's spokesperson, Steffen Seibert, criticised Ukraine.")
    one(result, "Steffen Seibert", "spokesperson of", "Angela Merkel")
    one(result, "Steffen Seibert", "criticise", "Ukraine")
    none(result, "Angela Merkel", "Ukraine")


def test_relational_noun_subject_of_a_coordinated_clause_is_not_the_first_subject(run: Run) -> None:
    result = run("Boris Johnson criticised Vladimir Putin, and his allies condemned Russia.")
    one(result, "Boris Johnson", "criticise", "Vladimir Putin")
    none(result, "Boris Johnson", "Russia")


# --- 22-23: titles with a country, examples ---------------------------------------------------------------


def test_title_with_a_country_is_the_one_person_holding_it(run: Run) -> None:
    result = run("Iraqi Foreign Minister Fuad Hussein arrived in Washington. "
                 "Antony Blinken met the Iraqi minister on Monday.")
    fact = one(result, "Antony Blinken", "meet", "Fuad Hussein")
    assert fact.object_country == "IRQ"
    none(result, "Antony Blinken", "Iraq")


def test_counterpart_with_a_country_is_the_one_person_of_that_country(run: Run) -> None:
    result = run("Iraqi Foreign Minister Fuad Hussein arrived in Washington. "
                 "Antony Blinken met his Iraqi counterpart on Monday.")
    one(result, "Antony Blinken", "meet", "Fuad Hussein")


def test_examples_are_the_arguments(run: Run) -> None:
    result = run("The United States praised allies such as Poland.")
    one(result, "United States", "praise", "Poland")


def test_coordinated_examples_are_each_an_argument(run: Run) -> None:
    result = run("Russia threatened countries such as Finland and Sweden.")
    one(result, "Russia", "threaten", "Finland")
    one(result, "Russia", "threaten", "Sweden")


# --- 32-33: capitals and parts of countries ----------------------------------------------------------------


def test_acting_capital_stands_for_its_state(run: Run) -> None:
    result = run("Moscow condemned Poland.")
    fact = one(result, "Russia", "condemn", "Poland")
    assert fact.subject_id == "country:RUS"
    assert "Moscow" in entity(result, "country:RUS").aliases


def test_capital_as_a_place_is_not_its_state(run: Run) -> None:
    result = run("Viktor Petrov was flown to a hospital in Berlin.")
    fact = one(result, "Viktor Petrov", "flown", "Berlin")
    assert not fact.object_id.startswith("country:")
    assert "country:DEU" not in {e.id for e in result.entities}


def test_direction_part_of_a_country_is_the_country(run: Run) -> None:
    result = run("Turkey shelled Northern Syria.")
    assert one(result, "Turkey", "shell", "Syria").object_id == "country:SYR"


@pytest.mark.parametrize(("text", "subject", "predicate"), [
    ("Russia damaged the economy of Turkey.", "Russia", "damage"),
    ("Donald Trump threatened to destroy the economy of Turkey.", "Donald Trump", "threaten to destroy"),
])
def test_economy_of_a_country_is_the_country(run: Run, text: str, subject: str, predicate: str) -> None:
    fact = one(run(text), subject, predicate, "Turkey")
    assert fact.object_id == "country:TUR"


def test_the_first_of_two_surnames_joins_the_full_name_whatever_its_tag(run: Run) -> None:
    # Spanish and Portuguese names carry two surnames; news shortens them to the first.
    result = run(
        "Governor Tomás Ibarra Llorente resigned on Friday. "
        "Ibarra had criticised Chile. Ibarra Llorente also thanked Peru."
    )
    ids = {e.id for e in result.entities if not e.id.startswith("country:")}
    assert "person:tomas_ibarra_llorente" in ids
    assert not [i for i in ids if i.endswith(":ibarra") or i.endswith(":ibarra_llorente")]


def test_a_bare_given_name_is_no_second_surname(run: Run) -> None:
    # "Ibarra" is not the second-to-last word of a two-word name: "Ana Ibarra" keeps her own node
    result = run("Tomás Ibarra Llorente met Ana Ibarra in Lima. Ana Ibarra criticised Chile.")
    ids = {e.id for e in result.entities if e.type == "PERSON"}
    assert {"person:tomas_ibarra_llorente", "person:ana_ibarra"} <= ids
