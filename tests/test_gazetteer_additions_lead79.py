"""Names older wire copy uses (lead, stop 42): "Surinam" and "Surinamese" are Suriname's; the European
Investment Bank is a body of the European Union, with no state (it was given Italy, the state it lent to)."""

from __future__ import annotations

from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.igos import lookup_igo


def test_older_spelling_and_demonym_of_suriname() -> None:
    for name in ("Surinam", "Surinamese"):
        found = lookup_country(name)
        assert found is not None and found.iso3 == "SUR"


def test_the_european_investment_bank_is_an_international_body() -> None:
    for name in ("European Investment Bank", "EIB"):
        found = lookup_igo(name)
        assert found is not None and found.key == "EIB"
