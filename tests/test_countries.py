from __future__ import annotations

import pytest
from geokg.extract.entities.countries import (
    Country,
    all_countries,
    country_by_code,
    country_of_adjective,
    country_of_institution,
    is_demonym,
    lookup_capital,
    lookup_country,
)


@pytest.mark.parametrize(
    ("mention", "iso3"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("the United States", "USA"),
        ("The United States of America", "USA"),
        ("America's", "USA"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("Russian Federation", "RUS"),
        ("Russia’s", "RUS"),
        ("Islamic Republic of Iran", "IRN"),
        ("IRAN", "IRN"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Georgia", "GEO"),
        ("Jordan", "JOR"),
        ("the Netherlands", "NLD"),
        ("Holland", "NLD"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("UAE", "ARE"),
        ("Kosovo", "XKX"),
        # states of the past, in older news: former ISO codes, or the code of the state that went on
        ("West Germany", "DEU"),
        ("the Soviet Union", "SUN"),
        ("USSR", "SUN"),
        ("East Germany", "DDR"),
        ("Yugoslavia", "YUG"),
        ("Zaire", "COD"),
    ],
)
def test_country_names_and_abbreviations(mention: str, iso3: str) -> None:
    found = lookup_country(mention)
    assert found is not None and found.iso3 == iso3
    assert not is_demonym(mention)


@pytest.mark.parametrize(
    ("mention", "iso3"),
    [
        ("Iraqi", "IRQ"),
        ("Iraqis", "IRQ"),
        ("American", "USA"),  # countryinfo also gives it to the Northern Marianas
        ("Americans", "USA"),
        ("Americans'", "USA"),
        ("Saudi", "SAU"),
        ("Saudis", "SAU"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Turkish", "TUR"),
        ("Turks", "TUR"),
        ("Syrian", "SYR"),
        ("Germans", "DEU"),
        ("French", "FRA"),  # shared with French overseas territories
        ("Chinese", "CHN"),  # shared with Hong Kong and Macau
        ("Emirati", "ARE"),
        ("Czechs", "CZE"),
        ("Thai", "THA"),  # listed by countryinfo among Thailand's altSpellings
        ("Soviet", "SUN"),
        ("Soviets", "SUN"),
        ("West German", "DEU"),
    ],
)
def test_demonyms(mention: str, iso3: str) -> None:
    found = country_of_adjective(mention)
    assert found is not None and found.iso3 == iso3
    assert is_demonym(mention)


@pytest.mark.parametrize(
    "mention",
    [
        "us",  # pronoun
        "Us",
        "u.s.",
        "turkey",  # the bird
        "china",  # porcelain
        "chad",
        "Kurdish",  # a people, not a state
        "Kurds",
        "Arab",
        "Korea",  # ambiguous between the two Koreas
        "Congo",
        "English",  # part of the UK, and a language
        "Island",  # Iceland's native name in countryinfo, an English word
        "European",
        "EU",
        "NATO",
        "",
        "the",
    ],
)
def test_non_countries(mention: str) -> None:
    assert lookup_country(mention) is None
    assert not is_demonym(mention)


def test_display_names_are_short_common_names() -> None:
    expected = {
        "USA": "United States",
        "IRN": "Iran",
        "RUS": "Russia",
        "SYR": "Syria",
        "KOR": "South Korea",
        "GBR": "United Kingdom",
        "TUR": "Turkey",
        "IRQ": "Iraq",
        "DEU": "Germany",
    }
    for iso3, name in expected.items():
        assert country_by_code(iso3) == Country(iso3, name)
    assert all("," not in c.name and "(" not in c.name for c in all_countries())


def test_country_by_code() -> None:
    assert country_by_code("irq").name == "Iraq"
    assert country_by_code("DE").iso3 == "DEU"
    assert country_by_code("USA").id == "country:USA"
    with pytest.raises(KeyError):
        country_by_code("ZZZ")


@pytest.mark.parametrize(
    ("mention", "iso3"),
    [
        ("Berlin", "DEU"),
        ("Moscow", "RUS"),
        ("Washington", "USA"),
        ("Tehran", "IRN"),
        ("Beijing", "CHN"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("The Hague", "NLD"),
        ("Baghdad's", "IRQ"),
    ],
)
def test_capitals(mention: str, iso3: str) -> None:
    found = lookup_capital(mention)
    assert found is not None and found.iso3 == iso3


def test_capitals_are_separate_from_countries() -> None:
    assert lookup_country("Berlin") is None
    assert lookup_capital("Germany") is None
    assert lookup_capital("berlin") is None
    assert lookup_capital("Brussels") is None  # metonymy for the EU, not Belgium
    assert lookup_capital("Victoria") is None  # Seychelles' capital, and a common first name


def test_a_capital_named_with_its_article_needs_it() -> None:
    found = lookup_capital("Hague", after_the=True)  # "in the Hague"
    assert found is not None and found.iso3 == "NLD"
    assert lookup_capital("Hague", after_the=False) is None  # "Hague said": a surname
    assert lookup_capital("The Hague", after_the=False) is not None


@pytest.mark.parametrize(
    ("mention", "iso3"),
    [
        ("State Department", "USA"),
        ("the Pentagon", "USA"),
        ("White House", "USA"),
        ("Kremlin", "RUS"),
        ("Bundeswehr", "DEU"),
        ("Downing Street", "GBR"),
        ("Élysée", "FRA"),
        ("U.S. State Department", "USA"),
        ("the Iraqi government", "IRQ"),
        ("Russia's Foreign Ministry", "RUS"),
        ("Ministry of Foreign Affairs of Iraq", "IRQ"),
        ("the Chinese embassy in Washington", "CHN"),
        ("Iranian authorities", "IRN"),
        ("USDA", "USA"),
        ("MITI", "JPN"),
    ],
)
def test_institutions(mention: str, iso3: str) -> None:
    found = country_of_institution(mention)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    "mention",
    ["white house", "Kurdish government", "Russian Pentagon", "the government", "Embassy in Iraq", "Iraq"],
)
def test_non_institutions(mention: str) -> None:
    assert country_of_institution(mention) is None
