"""Plain records shared by extraction and graph building: canonical entities and per-article results."""

from __future__ import annotations

from dataclasses import dataclass

from geokg.extract.io.reader import Article
from geokg.extract.triples import Triple


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing as found in one article (merged across articles by `id`)."""

    id: str  # stable across articles: "country:IRQ", "person:john_kerry", "org:al_qaida"
    label: str  # canonical label, e.g. "John Kerry", "Iraq"
    type: str  # PERSON, GPE, ORG, NORP, LOC, FAC, EVENT…
    country: str | None = None  # ISO 3166 alpha-3: the country itself, or the state a person/org acts for
    aliases: tuple[str, ...] = ()  # surface forms seen in the text
    mentions: int = 0
    # CAMEO actor sector of an unnamed actor of a state or a named body ("MIL" for "Turkish troops", "LEG"
    # for "the Bundestag"); None for states, people and organisations that name no sector.
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: Article
    entities: tuple[Entity, ...]
    triples: tuple[Triple, ...]
    problem: str | None = None  # set when extraction failed on this article; the batch goes on
