"""The merged graph as RDF: entities, articles, asserted facts, and reified relations with their evidence.

Vocabularies are in graph/vocab.py. Statement-level provenance is reification, not named graphs: it reads
the same in Turtle, TriG and every SPARQL store. Each merged edge is a `geokg:Relation` (also an
`rdf:Statement`) carrying polarity, modality, CAMEO root, confidence and count, with one
`geokg:Provenance` node per supporting sentence (`prov:wasDerivedFrom` the `schema:NewsArticle`,
`prov:wasAttributedTo` the speaker, `dcterms:date` the event date). Only relations that are not negated
are also asserted as plain triples (subject rel:predicate object): a "did NOT meet" is recorded without
ever being stated.

Every node has an IRI derived from what it is (no blank nodes) and triples come out in a fixed order, so
a rerun of the same build writes the same bytes. Triples are built as pyoxigraph terms and written by
Oxigraph's streaming serializers: rdflib's in-memory graph costs about 0.9 KB per triple and its Turtle
writer slows down sharply past a few hundred thousand triples. `to_rdf` still gives an rdflib Graph for
small graphs (tests, notebooks).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from geokg.graph.links import wikidata_item
from geokg.graph.merge import entity_kind, slugify
from geokg.graph.vocab import CLASS_BY_KIND, ENTITY_BASE, GEOKG, PREFIXES, REL, SCHEMA, WIKIDATA
from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

__all__ = [
    "RDF_FORMATS",
    "article_uri",
    "entity_uri",
    "evidence_uri",
    "predicate_uri",
    "rdf_triples",
    "relation_uri",
    "to_rdf",
    "write_rdf",
    "write_turtle",
]

# Output formats by the names users type.
RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters an IRI may not hold as they are (RFC 3987 and Turtle's IRIREF), percent-encoded in URLs.
_IRI_UNSAFE = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f-\x9f]")


class _Terms:
    """A namespace's terms as pyoxigraph nodes, made once each: reading a DefinedNamespace attribute is
    slow enough to matter a million times over. The first read of a name is checked by the namespace."""

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:  # only called for names not made yet
        if name.startswith("_"):
            raise AttributeError(name)
        node = ox.NamedNode(str(getattr(self._namespace, name)))
        setattr(self, name, node)
        return node


_RDF, _RDFS, _OWL, _SKOS, _PROV, _DC = (_Terms(ns) for ns in (RDF, RDFS, OWL, SKOS, PROV, DCTERMS))
_XSD = _Terms(XSD)
_SCHEMA, _G = _Terms(SCHEMA), _Terms(GEOKG)
_DATE_NODES = {length: ox.NamedNode(str(datatype)) for length, datatype in _DATE_TYPES.items()}


# --- IRIs -----------------------------------------------------------------------------------------------


def _digest(*parts: str) -> str:
    joined = "\x1f".join(parts).encode("utf-8", "surrogatepass")
    return hashlib.sha1(joined).hexdigest()[:16]


def _entity_iri(entity_id: str) -> str:
    path = quote(entity_id.replace(":", "/", 1), safe="/-_.~", errors="replace")
    # A name ending in "." ("gpe:1-.") makes a prefixed name that Oxigraph escapes as "\." and rdflib's
    # Turtle parser then rejects: the closing dots are percent-encoded instead.
    stem = path.rstrip(".")
    return ENTITY_BASE + stem + "%2E" * (len(path) - len(stem))


def _relation_iri(subject_id: str, object_id: str, key: str) -> str:
    return f"{ENTITY_BASE}relation/{_digest(subject_id, object_id, key)}"


def _article_iri(key: str) -> str:
    return f"{ENTITY_BASE}article/{quote(key, safe='', errors='replace')}"


def _evidence_iri(relation: str, provenance: dict[str, Any]) -> str:
    # Named by what it records; the other articles that reprint its sentence do not change its name. A
    # sentence that reports no words (`content` null, or absent in records made before the field) keeps the
    # name it had before the field was added.
    identity = {
        k: v for k, v in provenance.items() if k != "also_in" and not (k == "content" and v is None)
    }
    return f"{ENTITY_BASE}evidence/{_digest(relation, json.dumps(identity, sort_keys=True, default=str))}"


def entity_uri(entity_id: str) -> URIRef:
    """ "country:IRQ" -> <https://geokg.dev/id/country/IRQ>; any other character is percent-encoded, so
    every entity name gives a valid IRI."""
    return URIRef(_entity_iri(entity_id))


def predicate_uri(predicate: str) -> URIRef:
    """A relation's lemma phrase as a property: "meet with" -> rel:meet_with."""
    return REL[slugify(predicate) or "related_to"]


def relation_uri(subject_id: str, object_id: str, key: str) -> URIRef:
    """Stable per merged edge, so rebuilding the same corpus names each relation the same way."""
    return URIRef(_relation_iri(subject_id, object_id, key))


def article_uri(key: str) -> URIRef:
    """An article by the hash of its text (graph.merge.article_key)."""
    return URIRef(_article_iri(key))


def evidence_uri(relation: str, provenance: dict[str, Any]) -> URIRef:
    """One supporting sentence of one relation, named by everything it records."""
    return URIRef(_evidence_iri(relation, provenance))


@lru_cache(maxsize=65536)
def _entity_node(entity_id: str) -> ox.NamedNode:
    return ox.NamedNode(_entity_iri(entity_id))


@lru_cache(maxsize=65536)
def _article_node(key: str) -> ox.NamedNode:
    return ox.NamedNode(_article_iri(key))


@lru_cache(maxsize=4096)
def _predicate_node(predicate: str) -> ox.NamedNode:
    return ox.NamedNode(str(predicate_uri(predicate)))


def _provenance_article_key(prov: dict[str, Any]) -> str:
    # Records written before articles were keyed by their text name the article by source and id.
    return prov.get("article_key") or _digest(str(prov.get("source") or ""), str(prov.get("article") or ""))


# --- terms ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _iri(uri: URIRef | str) -> ox.NamedNode:
    return _node(str(uri))


def _clean(text: Any) -> str:
    # A lone surrogate (from a broken decoder) cannot be written as UTF-8 by any serializer.
    return _LONE_SURROGATE.sub("\ufffd", str(text))


def _string(text: Any) -> ox.Literal:
    return ox.Literal(_clean(text))


def _typed(value: str, datatype: ox.NamedNode) -> ox.Literal:
    return ox.Literal(value, datatype=datatype)


def _integer(value: Any) -> ox.Literal:
    return _typed(str(int(value or 0)), _XSD.integer)


def _decimal(value: Any) -> ox.Literal:
    # xsd:decimal keeps Turtle readable (0.85, not 8.5e-01) and round-trips exactly.
    return _typed(format(Decimal(str(round(float(value), 4))).normalize(), "f"), _XSD.decimal)


def _boolean(value: Any) -> ox.Literal:
    return _typed("true" if value else "false", _XSD.boolean)


def _date(iso: Any) -> ox.Literal | None:
    """An ISO date of day, month or year granularity as xsd:date, xsd:gYearMonth or xsd:gYear."""
    text = str(iso or "")
    datatype = _DATE_NODES.get(len(text))
    if datatype is None or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", text):
        return None
    return _typed(text, datatype)


def _url(url: Any) -> ox.NamedNode | None:
    """A feed's URL as an IRI, with what an IRI may not hold percent-encoded; None when it is no IRI."""
    if not isinstance(url, str) or not url.strip():
        return None
    escaped = _IRI_UNSAFE.sub(lambda m: quote(m[0], safe=""), _clean(url.strip()))
    try:
        return ox.NamedNode(escaped)
    except ValueError:
        return None


class _Out:
    """Collects the triples of one subject, skipping empty values."""

    def __init__(self, subject: ox.NamedNode) -> None:
        self.subject = subject
        self.triples: list[ox.Triple] = []

    def add(self, prop: ox.NamedNode, value: ox.NamedNode | ox.Literal | None) -> None:
        if value is not None:
            self.triples.append(ox.Triple(self.subject, prop, value))

    def text(self, prop: ox.NamedNode, value: Any) -> None:
        if value is not None and value != "":
            self.add(prop, _string(value))


# --- the graph ------------------------------------------------------------------------------------------


def _articles(g: nx.MultiDiGraph) -> Iterator[ox.Triple]:
    known: dict[str, dict[str, Any]] = dict(g.graph.get("articles") or {})
    # Provenance may name articles the graph has no record of (a graph.json from an older build).
    for _, _, prov_list in g.edges(data="provenance"):
        for prov in prov_list or ():
            key = _provenance_article_key(prov)
            if key not in known:
                known[key] = {"id": prov.get("article"), "source": prov.get("source"),
                              "date": prov.get("article_date"), "url": prov.get("article_url")}  # fmt: skip
    for key in sorted(known):
        meta = known[key]
        out = _Out(_article_node(key))
        out.add(_RDF.type, _SCHEMA.NewsArticle)
        out.text(_DC.identifier, meta.get("id"))
        out.text(_DC.source, meta.get("source"))
        out.text(_SCHEMA.headline, meta.get("title"))
        published = str(meta.get("date") or "")
        out.add(_SCHEMA.datePublished, _date(published) if len(published) == 10 else None)
        out.add(_SCHEMA.url, _url(meta.get("url")))
        out.text(_G.textHash, key)
        yield from out.triples


def _entities(g: nx.MultiDiGraph) -> Iterator[ox.Triple]:
    country_nodes = {
        data.get("country"): node_id
        for node_id, data in g.nodes(data=True)
        if data.get("country") and entity_kind(node_id, data.get("type") or "") == "Country"
    }
    for node_id in sorted(g.nodes):
        data = g.nodes[node_id]
        out = _Out(_entity_node(node_id))
        label = data.get("label") or node_id
        kind = data.get("kind") or entity_kind(node_id, data.get("type") or "")
        out.add(_RDF.type, _iri(CLASS_BY_KIND.get(kind, SCHEMA.Thing)))
        out.text(_DC.identifier, node_id)
        out.text(_SKOS.prefLabel, label)
        out.text(_RDFS.label, label)
        for alias in sorted({_clean(a) for a in data.get("aliases") or () if a and a != label}):
            out.text(_SKOS.altLabel, alias)
        out.text(_G.entityType, data.get("type"))
        code = data.get("country")
        if code:
            out.text(_G.countryCode, code)
            home = country_nodes.get(code)
            if home is not None and home != node_id:
                out.add(_G.country, _entity_node(home))
            item = wikidata_item(code) if kind == "Country" else None
            out.add(_SKOS.exactMatch, _iri(WIKIDATA[item]) if item else None)
        out.add(_G.mentions, _integer(data.get("mentions")))
        out.add(_G.articleCount, _integer(data.get("articles")))
        yield from out.triples


def _evidence(relation: str, prov: dict[str, Any]) -> tuple[str, list[ox.Triple]]:
    uri = _evidence_iri(relation, prov)
    out = _Out(ox.NamedNode(uri))
    out.add(_RDF.type, _G.Provenance)
    out.add(_PROV.wasDerivedFrom, _article_node(_provenance_article_key(prov)))
    for key in sorted(prov.get("also_in") or ()):
        out.add(_PROV.wasDerivedFrom, _article_node(key))
    if prov.get("attributed_to_id"):
        out.add(_PROV.wasAttributedTo, _entity_node(prov["attributed_to_id"]))
    else:
        out.text(_G.attributedTo, prov.get("attributed_to"))
    out.text(_G.sentence, prov.get("sentence"))
    out.text(_G.content, prov.get("content"))
    for prop, name in ((_G.start, "start"), (_G.end, "end")):
        if prov.get(name) is not None:
            out.add(prop, _integer(prov[name]))
    out.text(_G.extractor, prov.get("extractor"))
    if prov.get("confidence") is not None:
        out.add(_G.confidence, _decimal(prov["confidence"]))
    out.add(_DC.date, _date(prov.get("event_date")))
    return str(uri), out.triples


def _relations(g: nx.MultiDiGraph, predicates: dict[str, str]) -> Iterator[ox.Triple]:
    edges = sorted(g.edges(keys=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    for subj, obj, key in edges:
        data = g.edges[subj, obj, key]
        predicate = str(data.get("predicate") or "")
        negated = bool(data.get("negated"))
        s_uri, o_uri, p_uri = _entity_node(subj), _entity_node(obj), _predicate_node(predicate)
        predicates.setdefault(p_uri.value, predicate)
        if not negated:
            yield ox.Triple(s_uri, p_uri, o_uri)
        relation = _relation_iri(subj, obj, str(key))
        provenance = data.get("provenance") or []
        evidence = sorted(_evidence(relation, prov) for prov in provenance)
        out = _Out(ox.NamedNode(relation))
        out.add(_RDF.type, _RDF.Statement)
        out.add(_RDF.type, _G.Relation)
        out.add(_RDF.subject, s_uri)
        out.add(_RDF.predicate, p_uri)
        out.add(_RDF.object, o_uri)
        out.text(_G.predicateLabel, predicate)
        out.add(_G.negated, _boolean(negated))
        out.text(_G.eventRoot, data.get("event_root"))
        out.text(_G.modality, data.get("modality"))
        if data.get("confidence") is not None:
            out.add(_G.confidence, _decimal(data["confidence"]))
        out.add(_G.count, _integer(data.get("count") or len(provenance)))
        articles = {_provenance_article_key(p) for p in provenance}
        articles.update(key for p in provenance for key in p.get("also_in") or ())
        for article in sorted(articles):
            out.add(_PROV.wasDerivedFrom, _article_node(article))
        for uri, _ in evidence:
            out.add(_G.provenance, ox.NamedNode(uri))
        yield from out.triples
        for _, triples in evidence:
            yield from triples


def _predicates(predicates: dict[str, str]) -> Iterator[ox.Triple]:
    for iri in sorted(predicates):
        out = _Out(_iri(iri))
        out.add(_RDF.type, _OWL.ObjectProperty)
        out.text(_RDFS.label, predicates[iri])
        yield from out.triples


def rdf_triples(g: nx.MultiDiGraph) -> Iterator[ox.Triple]:
    """Every triple describing a merged graph (see graph.merge.merge_results), in a fixed order: articles,
    entities, relations each followed by its evidence, then the relation properties used."""
    predicates: dict[str, str] = {}
    yield from _articles(g)
    yield from _entities(g)
    yield from _relations(g, predicates)
    yield from _predicates(predicates)


# --- rdflib and files -----------------------------------------------------------------------------------


def _rdflib_term(term: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    datatype = term.datatype.value
    if datatype == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def bind_prefixes(rdf: Graph) -> Graph:
    for name, iri in PREFIXES.items():
        rdf.bind(name, iri, override=True, replace=True)
    return rdf


def to_rdf(g: nx.MultiDiGraph | Iterable[ox.Triple]) -> Graph:
    """The RDF of a merged graph as an rdflib Graph (for small graphs: rdflib holds ~0.9 KB a triple)."""
    rdf = bind_prefixes(Graph(bind_namespaces="none"))
    triples = rdf_triples(g) if isinstance(g, nx.MultiDiGraph) else g
    for t in triples:
        rdf.add((_rdflib_term(t.subject), _rdflib_term(t.predicate), _rdflib_term(t.object)))  # type: ignore[arg-type]
    return rdf


def write_rdf(g: nx.MultiDiGraph, out: str | Path | IO[bytes], rdf_format: str = "ttl") -> None:
    """Stream the RDF of a merged graph to a file (path or binary file object) in one of RDF_FORMATS.
    Quad formats (TriG, N-Quads) put everything in the default graph."""
    fmt = RDF_FORMATS[rdf_format]
    triples = rdf_triples(g)
    data: Iterable[ox.Triple | ox.Quad] = (
        (ox.Quad(t.subject, t.predicate, t.object) for t in triples) if fmt.supports_datasets else triples
    )
    target = str(out) if isinstance(out, str | Path) else out
    ox.serialize(data, target, fmt, prefixes=PREFIXES if fmt is not ox.RdfFormat.JSON_LD else None)


def write_turtle(g: nx.MultiDiGraph, path: str | Path | IO[bytes]) -> None:
    write_rdf(g, path, "ttl")
