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


def test_companies_of_older_wire_copy_are_known_by_their_headquarters() -> None:
    older = (("Kmart", "USA"), ("Credit Lyonnais", "FRA"), ("Yahoo!", "USA"), ("Foxconn", "TWN"))
    for name, country in older:
        found = lookup_organisation(name)
        assert found is not None and found.kind == "company" and found.country == country, name


def test_a_surname_that_also_names_a_company_stays_a_name() -> None:
    # "Michael Sears" and "Michael Dell" are people; the companies are listed only under forms no person bears
    for name in ("Sears", "Dell", "Schwab", "Nomura"):
        assert lookup_organisation(name) is None, name
    assert lookup_organisation("Sears, Roebuck and Co.") is not None


def test_an_older_company_named_alone_takes_its_state() -> None:
    entities = read("""
    Kmart     Kmart    PROPN NNP 2 nsubj    ORG
    closed    close    VERB  VBD 0 ROOT     -
    stores    store    NOUN  NNS 2 dobj     -
    .         .        PUNCT .   2 punct    -
    """).entities.entities()
    assert [(e.label, e.type, e.country) for e in entities] == [("Kmart", "ORG", "USA")]


def _brought_to(*name: str) -> list[tuple[str, str | None]]:
    """ "Erskine brought papers to <name> (BA).": the company is used as a destination, with a ticker."""
    last = 4 + len(name)
    rows = [
        "Erskine Erskine PROPN NNP 2 nsubj PERSON",
        "brought bring VERB VBD 0 ROOT -",
        "papers paper NOUN NNS 2 dobj -",
        "to to ADP IN 2 prep -",
    ]
    for j, word in enumerate(name):
        head, dep = (last, "compound") if j < len(name) - 1 else (4, "pobj")
        rows.append(f"{word} {word} PROPN NNP {head} {dep} {'ORG' if j == 0 else 'I-ORG'}")
    rows += [
        f"( ( PUNCT -LRB- {last} punct -",
        f"BA BA PROPN NNP {last} appos ORG",
        f") ) PUNCT -RRB- {last} punct -",
        ". . PUNCT . 2 punct -",
    ]
    entities = read("\n".join(rows)).entities.entities()
    return [(e.type, e.country) for e in entities if e.type != "PERSON"]


def test_a_company_used_as_a_destination_is_no_town() -> None:
    # "Ba" is a town in Fiji: neither the known company nor its ticker makes the company a place there
    assert _brought_to("Boeing") == [("ORG", "USA")]
    assert _brought_to("Acme", "Rockets") == [("ORG", None)]
