"""Per-article extraction results merged into one networkx graph: a node per entity, an edge per fact."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from geokg.extract.entities.clusters import entity_id
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple

# Entity types (spaCy NER labels) grouped into the few kinds the graph shows and types in RDF.
_KIND_BY_TYPE = {
    "PERSON": "Person",
    "ORG": "Organization",
    "NORP": "Group",
    "GPE": "Place",
    "LOC": "Location",
    "FAC": "Location",
    "EVENT": "Event",
}
KINDS = ("Country", "Person", "Organization", "Group", "Place", "Location", "Event", "Other")


def entity_kind(entity_id: str, entity_type: str) -> str:
    """The broad class of an entity; a GPE is a Country only when its canonical id says it is one."""
    if entity_id.startswith("country:"):
        return "Country"
    return _KIND_BY_TYPE.get(entity_type.upper(), "Other")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by underscores ("Hoshyar Zebari" -> "hoshyar_zebari")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def fallback_id(label: str, entity_type: str) -> str:
    """An id for a triple argument that came without one; the type prefix keeps "Georgia" the
    state apart from "Georgia" the person."""
    return entity_id(label, entity_type)


def edge_key(predicate: str, negated: bool) -> str:
    """Edges merge by (subject, object, key); the key holds what makes two facts the same fact."""
    return f"{'not' if negated else 'is'}:{predicate}"


def _most_common(counts: Counter[Any], fallback: Any = None) -> Any:
    """The most frequent value; ties go to the value seen first (Counter keeps insertion order)."""
    if not counts:
        return fallback
    best = max(counts.values())
    return next(value for value, n in counts.items() if n == best)


@dataclass
class _NodeAcc:
    labels: Counter[str] = field(default_factory=Counter)
    types: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    articles: set[Hashable] = field(default_factory=set)


@dataclass
class _EdgeAcc:
    event_roots: Counter[str] = field(default_factory=Counter)
    modalities: Counter[str] = field(default_factory=Counter)
    confidence: float = 0.0
    provenance: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)


def article_key(text: str) -> str:
    """An article's identity: a hash of its text, so the same article under another name is one article."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _provenance(t: Triple, key: str, speaker: str) -> dict[str, Any]:
    return {
        "article": t.article,
        "source": t.source,
        "sentence": t.sentence,
        "start": t.start,
        "end": t.end,
        "extractor": t.extractor,
        "attributed_to": t.attributed_to,
        "confidence": t.confidence,
        # Dates for filters (OWNERS.md): event_date when the text fixes it, else article_date.
        "article_date": t.article_date,
        "event_date": t.event_date,
        "article_url": t.article_url,
        "article_key": key,
        "attributed_to_id": speaker,
        # Keys of the other articles that carry the very same sentence (a reprint, an updated version):
        # the sentence is one piece of evidence, kept once.
        "also_in": [],
    }


class _Merger:
    def __init__(self, renamed: dict[str, str] | None = None) -> None:
        self.renamed = renamed or {}  # entity id -> the id of the same entity under a fuller name
        self.nodes: dict[str, _NodeAcc] = {}
        self.edges: dict[tuple[str, str, str], _EdgeAcc] = {}
        self.edge_fields: dict[tuple[str, str, str], tuple[str, bool]] = {}
        # (article, entity) pairs already counted, so a result fed twice does not double mentions.
        self.entity_seen: set[tuple[Hashable, str]] = set()
        # article key -> what the RDF says about the article (the first name its text came under).
        self.articles: dict[str, dict[str, Any]] = {}

    def node(self, node_id: str) -> _NodeAcc:
        return self.nodes.setdefault(node_id, _NodeAcc())

    def add_entity(self, article: Hashable, ent: Entity) -> None:
        node_id = self.renamed.get(ent.id, ent.id)
        if (article, ent.id) in self.entity_seen:
            return
        self.entity_seen.add((article, ent.id))
        acc = self.node(node_id)
        weight = max(ent.mentions, 1)
        acc.labels[ent.label] += weight
        acc.types[ent.type] += weight
        if ent.country:
            acc.countries[ent.country] += weight
        acc.aliases.update(a for a in ent.aliases if a)
        acc.aliases.add(ent.label)
        acc.mentions += ent.mentions
        acc.articles.add(article)

    def add_argument(
        self, article: Hashable, node_id: str, label: str, entity_type: str, country: str | None
    ) -> None:
        acc = self.node(node_id)
        if label:
            acc.aliases.add(label)
        acc.articles.add(article)
        # Triple fields only describe a node that no article listed as an entity (see _finish_node).
        acc.labels.setdefault(label, 0)
        acc.types.setdefault(entity_type, 0)
        if country:
            acc.countries.setdefault(country, 0)

    def add_triple(self, article: Hashable, t: Triple, text_key: str = "") -> None:
        subj = t.subject_id or fallback_id(t.subject, t.subject_type)
        obj = t.object_id or fallback_id(t.object, t.object_type)
        subj, obj = self.renamed.get(subj, subj), self.renamed.get(obj, obj)
        self.add_argument(article, subj, t.subject, t.subject_type, t.subject_country)
        self.add_argument(article, obj, t.object, t.object_type, t.object_country)
        key = (subj, obj, edge_key(t.predicate, t.negated))
        self.edge_fields.setdefault(key, (t.predicate, t.negated))
        acc = self.edges.setdefault(key, _EdgeAcc())
        speaker = self.renamed.get(t.attributed_to_id, t.attributed_to_id)
        prov = _provenance(t, text_key, speaker)
        # The same sentence again, from this article or another, is not a second piece of evidence.
        sentence = " ".join(t.sentence.split())
        prov_key = ("sentence", sentence) if sentence else tuple(map(str, prov.values()))
        known = acc.provenance.get(prov_key)
        if known is not None:
            if text_key and text_key != known["article_key"] and text_key not in known["also_in"]:
                known["also_in"].append(text_key)
            return
        acc.provenance[prov_key] = prov
        if t.event_root:
            acc.event_roots[t.event_root] += 1
        if t.modality:
            acc.modalities[t.modality] += 1
        acc.confidence = max(acc.confidence, t.confidence)

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph(articles=self.articles)
        for node_id, acc in self.nodes.items():
            label = _most_common(+acc.labels) or _most_common(acc.labels) or node_id
            entity_type = _most_common(+acc.types) or _most_common(acc.types, "")
            country = _most_common(+acc.countries) or _most_common(acc.countries)
            g.add_node(
                node_id,
                label=label,
                type=entity_type,
                kind=entity_kind(node_id, entity_type),
                country=country,
                aliases=sorted(acc.aliases),
                mentions=acc.mentions,
                articles=len(acc.articles),
            )
        for (subj, obj, key), acc in self.edges.items():
            predicate, negated = self.edge_fields[(subj, obj, key)]
            provenance = list(acc.provenance.values())
            g.add_edge(
                subj,
                obj,
                key=key,
                predicate=predicate,
                negated=negated,
                event_root=_most_common(acc.event_roots),
                modality=_most_common(acc.modalities),
                confidence=acc.confidence,
                count=len(provenance),
                provenance=provenance,
            )
        return g


def merge_results(results: Iterable[ArticleResult]) -> nx.MultiDiGraph:
    """Merge per-article results into one graph.

    Nodes are keyed by canonical entity id and carry label, type, kind, country (ISO alpha-3 or None),
    aliases (sorted), mentions (summed over articles) and articles (how many mention the entity).
    Edges are keyed by (subject, object, edge_key(predicate, negated)) and carry predicate, negated,
    event_root, modality, confidence (the best supporting triple's), count and provenance (one dict per
    supporting sentence, with its article's key, date and url and its event date; an identical sentence
    in another article adds that article's key to `also_in`, not a second entry). The graph attribute
    `articles` maps each article key to its id, source, title, date and url. An article whose text was
    merged before, under any name, adds nothing.
    """
    results = list(results)
    merger = _Merger(same_person(ent.id for result in results for ent in result.entities))
    for result in results:
        key = article_key(result.article.text)
        article = (result.article.source, result.article.id)
        known = merger.articles.setdefault(key, _article_record(result))
        if (known["source"], known["id"]) != article:
            continue
        for ent in result.entities:
            merger.add_entity(article, ent)
        for t in result.triples:
            merger.add_triple(article, t, key)
    return merger.graph()


def _article_record(result: ArticleResult) -> dict[str, Any]:
    a = result.article
    return {"id": a.id, "source": a.source, "title": a.title, "date": a.date, "url": a.url}


def _name_words(person_id: str) -> list[str]:
    return person_id.split(":", 1)[1].split("_")


def same_person(entity_ids: Iterable[str]) -> dict[str, str]:
    """Across articles, a short name joins the one longer name it can only be part of: "person:trump"
    (an article that never gave the first name) -> "person:donald_trump". Ambiguous short names stay."""
    people = {i for i in entity_ids if i.startswith("person:")}
    words = {i: _name_words(i) for i in people}
    mapping: dict[str, str] = {}
    for short in people:
        sw = words[short]
        longer = sorted(
            (
                i
                for i in people
                if len(words[i]) > len(sw)
                and (words[i][-len(sw) :] == sw or (len(sw) == 1 and words[i][0] == sw[0]))
            ),
            key=lambda i: -len(words[i]),
        )
        if longer and all(words[i] == words[longer[0]][-len(words[i]) :] for i in longer):
            mapping[short] = longer[0]
    return mapping
