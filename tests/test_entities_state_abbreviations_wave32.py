"""A state's abbreviation before a body's name (extract/entities/mentions.py): "the U.S. Libertarian
Party" is the Libertarian Party the tables know, one node with the party of every other article; a firm
written "US Orbis Cruises" and elsewhere "Orbis Cruises" is one firm under its own name. A name the
tables know with the abbreviation ("UK Independence Party") and one never written without it keep it.
Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import read


def _ids(table: str) -> set[str]:
    return {e.id for e in read(table).entities.entities()}


def _countries(table: str) -> dict[str, str | None]:
    return {e.id: e.country for e in read(table).entities.entities()}


def test_a_us_abbreviation_before_a_known_party_of_the_us_is_no_part_of_its_name() -> None:
    ids = _ids("""
    The          the          DET   DT  4 det      ORG
    U.S.         U.S.         PROPN NNP 4 compound I-ORG
    Libertarian  Libertarian  PROPN NNP 4 compound I-ORG
    Party        Party        PROPN NNP 5 nsubj    I-ORG
    endorsed     endorse      VERB  VBD 0 ROOT     -
    Dana         Dana         PROPN NNP 7 compound PERSON
    Vance        Vance        PROPN NNP 5 dobj     I-PERSON
    .            .            PUNCT .   5 punct    -
    """)
    assert "org:libertarian_party" in ids
    assert "org:us_libertarian_party" not in ids


def test_a_firm_written_alone_elsewhere_loses_the_abbreviation_before_it_not_its_state() -> None:
    ids = _countries("""
    Inspectors   inspector    NOUN  NNS 2  nsubj    -
    fined        fine         VERB  VBD 0  ROOT     -
    US           US           PROPN NNP 5  compound ORG
    Orbis        Orbis        PROPN NNP 5  compound I-ORG
    Cruises      Cruises      PROPN NNP 2  dobj     I-ORG
    .            .            PUNCT .   2  punct    -
    Orbis        Orbis        PROPN NNP 8  compound ORG
    Cruises      Cruises      PROPN NNP 9  nsubj    I-ORG
    appealed     appeal       VERB  VBD 9  ROOT     -
    .            .            PUNCT .   9  punct    -
    """)
    assert ids.get("org:orbis_cruises") == "USA"
    assert "org:us_orbis_cruises" not in ids


def test_a_firm_never_written_without_the_abbreviation_keeps_it() -> None:
    ids = _ids("""
    Inspectors   inspector    NOUN  NNS 2  nsubj    -
    fined        fine         VERB  VBD 0  ROOT     -
    US           US           PROPN NNP 5  compound ORG
    Orbis        Orbis        PROPN NNP 5  compound I-ORG
    Cruises      Cruises      PROPN NNP 2  dobj     I-ORG
    .            .            PUNCT .   2  punct    -
    """)
    assert "org:us_orbis_cruises" in ids


def test_a_name_the_tables_know_with_the_abbreviation_keeps_it() -> None:
    ids = _ids("""
    The          the          DET   DT  4 det      ORG
    UK           UK           PROPN NNP 4 compound I-ORG
    Independence Independence PROPN NNP 4 compound I-ORG
    Party        Party        PROPN NNP 5 nsubj    I-ORG
    endorsed     endorse      VERB  VBD 0 ROOT     -
    Dana         Dana         PROPN NNP 7 compound PERSON
    Vance        Vance        PROPN NNP 5 dobj     I-PERSON
    .            .            PUNCT .   5 punct    -
    """)
    assert not any(i.startswith("org:independence_party") for i in ids)
    assert any(i.startswith("org:uk_independence_party") for i in ids), ids
