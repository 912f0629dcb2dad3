"""International bodies (data/igos.tsv): the UN, NATO, the EU, their organs and agencies, summit groups.

They are actors of their own and belong to no state: a mention that names one never takes a country, and
the head of one (offices.tsv) acts for the body, not for the state they come from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geokg.extract.entities.mentions import fold
from geokg.extract.lexicon.loader import read_table
from geokg.extract.lexicon.words import HYPHEN_PREFIXES

COLUMNS = ("key", "label", "aliases", "wikidata", "kind", "parent", "note")
# The kind of a summit club of states without a secretariat ("Group of Seven", "Paris Club").
GROUP_KIND = "group"
# The kind of a body whose members are national societies, not states ("Red Cross"): no state sends it an
# envoy, and a state's word before its name names that state's own society
ASSOCIATION_KIND = "association"
# A prefix a hyphen joins to its word ("Co-operation", words.tsv hyphen_prefixes), which news also writes
# closed up ("Cooperation")
_HYPHENED_PREFIX = re.compile(rf"\b({'|'.join(sorted(HYPHEN_PREFIXES))})-(?=\w)", re.IGNORECASE)
# The -ize spelling of a word the -ise spelling also writes ("Organization", "Organisation")
_IZE = re.compile(r"iz(ation|ations|e|ed|es|ing)\b")


@dataclass(frozen=True, slots=True)
class Igo:
    key: str  # "UN", "NATO"
    label: str  # "United Nations"
    kind: str  # igo | organ | agency | court | group | association


@cache
def _by_alias() -> dict[str, Igo]:
    found: dict[str, Igo] = {}
    for row in read_table("igos.tsv", COLUMNS, ("key", "label", "aliases", "kind")):
        igo = Igo(row["key"], row["label"], row["kind"])
        for alias in (row["label"], *row["aliases"].split(";")):
            alias = alias.strip()
            # An acronym is matched as written ("WHO", never "who"); a name in any case.
            found.setdefault(alias if alias.isupper() else fold(alias), igo)
            if not alias.isupper():
                found.setdefault(_spelling(alias), igo)
    return found


def _spelling(name: str) -> str:
    """The folded name with its spelling variants made one: "Organization for Economic Co-operation" and
    "Organisation for Economic Cooperation" name one body (British and American spelling, a prefix's hyphen
    are no part of a name)."""
    return _IZE.sub(r"is\1", fold(_HYPHENED_PREFIX.sub(r"\1", name)))


@cache
def _by_key() -> dict[str, Igo]:
    return {igo.key: igo for igo in _by_alias().values()}


def lookup_igo(text: str) -> Igo | None:
    """The international body a name stands for: "the U.N. Security Council", "NATO", "Interpol"."""
    text = text.strip()
    table = _by_alias()
    found = table.get(text.replace(".", "")) or table.get(text) or table.get(fold(text))
    if found is None and len(text) >= 4 and text.isalpha() and text.istitle():
        found = table.get(text.upper())  # "Opec", "Nato", "Asean": a spoken acronym written as a word
    return found if found is not None or text.isupper() else table.get(_spelling(text))


def alias_keys() -> list[str]:
    """Every name and alias the table knows (folded, or acronyms as written)."""
    return list(_by_alias())


def igo_by_key(key: str) -> Igo | None:
    return _by_key().get(key)


def has_member_states(igo: Igo | None) -> bool:
    """Is the body one of states (or an organ, agency, court or club of them), which states send envoys
    to? Not an association of national societies ("Red Cross"), whose members are no states."""
    return igo is not None and igo.kind != ASSOCIATION_KIND
