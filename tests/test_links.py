"""Countries -> Wikidata items (graph/data/wikidata_countries.tsv, read by graph/links.py)."""

from __future__ import annotations

import pycountry
import pytest
from geokg.graph.links import (
    WIKIDATA_COUNTRIES,
    LinkTableError,
    country_items,
    read_link_table,
    wikidata_item,
)


def test_every_iso_country_and_kosovo_has_one_wikidata_item():
    items = country_items()
    assert {c.alpha_3 for c in pycountry.countries} | {"XKX"} <= set(items)
    assert len(set(items.values())) == len(items)  # no item serves two codes
    assert (wikidata_item("IRQ"), wikidata_item("USA"), wikidata_item("XKX")) == ("Q796", "Q30", "Q1246")
    assert wikidata_item(None) is None and wikidata_item("ZZZ") is None


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("IRQ\tQ796x\tIraq", "Q-id"),
        ("iraq\tQ796\tIraq", "alpha-3"),
        ("IRQ\tQ796\tIraq\nIRQ\tQ797\tIraq", "twice"),
    ],
)
def test_a_malformed_table_is_reported_with_file_and_line(tmp_path, line, problem):
    table = tmp_path / "links.tsv"
    table.write_text(f"# comment\niso3\twikidata\tname\n{line}\n", encoding="utf-8")
    with pytest.raises(LinkTableError, match=rf"links\.tsv:\d+: .*{problem}"):
        read_link_table(table)


def test_the_shipped_table_follows_the_lexicon_convention():
    lines = WIKIDATA_COUNTRIES.read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line and not line.startswith("#"))
    assert header.split("\t")[:2] == ["iso3", "wikidata"]
