"""Links from geokg's entities to outside knowledge bases: countries to their Wikidata items."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WIKIDATA_COUNTRIES = Path(__file__).parent / "data" / "wikidata_countries.tsv"
_CODE = re.compile(r"[A-Z]{3}")
_ITEM = re.compile(r"Q[1-9][0-9]*")


class LinkTableError(ValueError):
    """A malformed line in a link table, reported as file:line."""


def read_link_table(path: Path) -> dict[str, str]:
    """ISO alpha-3 code -> Wikidata item id, from a TSV file (lexicon convention: `#` comments, then a
    header naming the columns `iso3` and `wikidata`, then one country per line)."""
    table: dict[str, str] = {}
    header: list[str] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if not {"iso3", "wikidata"} <= set(header):
                raise LinkTableError(f"{path}:{lineno}: header needs columns iso3 and wikidata")
            continue
        row = dict(zip(header, cells, strict=False))
        code, item = row.get("iso3", ""), row.get("wikidata", "")
        if not _CODE.fullmatch(code) or not _ITEM.fullmatch(item):
            raise LinkTableError(f"{path}:{lineno}: expected an ISO alpha-3 code and a Q-id, got {line!r}")
        if code in table:
            raise LinkTableError(f"{path}:{lineno}: {code} is listed twice")
        table[code] = item
    return table


@cache
def country_items() -> dict[str, str]:
    return read_link_table(WIKIDATA_COUNTRIES)


def wikidata_item(country_code: str | None) -> str | None:
    """ "IRQ" -> "Q796"; None for a code the table does not hold."""
    return country_items().get(country_code or "")
