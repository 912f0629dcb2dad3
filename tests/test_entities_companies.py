"""Large companies carry the state of their headquarters, under their usual short names too."""

from __future__ import annotations

from geokg.extract.entities.organisations import lookup_organisation
from hand_docs import read


def test_short_names_of_large_companies_are_known() -> None:
    for name, country in (("Ford", "USA"), ("Ford Motor Company", "USA"), ("Nestle", "CHE"), ("GM", "USA")):
        found = lookup_organisation(name)
        assert found is not None and found.kind == "company" and found.country == country, name


def test_a_company_named_alone_takes_its_state() -> None:
    entities = read("""
    Ford      Ford     PROPN NNP 2 nsubj    ORG
    recalled  recall   VERB  VBD 0 ROOT     -
    cars      car      NOUN  NNS 2 dobj     -
    .         .        PUNCT .   2 punct    -
    """).entities.entities()
    assert [(e.label, e.type, e.country) for e in entities] == [("Ford", "ORG", "USA")]
