"""Wire headlines shorten a compass word to its initial ("S. KOREA MINISTER TO VISIT U.S.", "NEW S.AFRICA
ACCORD"): "S. Korea", "N. Korea" and "S. Africa", with or without the space, are those states
(countries.tsv names), never a person named "S. Korea"; so is the old one-word "Hongkong" ("Hongkong Land
Co Ltd" is a firm of Hong Kong). The lead's fixes after round 167 (data only)."""

from __future__ import annotations

from geokg.extract.entities.countries import lookup_country


def test_initialled_compass_names_are_their_states() -> None:
    found = {
        name: getattr(lookup_country(name), "iso3", None)
        for name in ("S. Korea", "S.Africa", "N. Korea", "Hongkong")
    }
    assert found == {"S. Korea": "KOR", "S.Africa": "ZAF", "N. Korea": "PRK", "Hongkong": "HKG"}
