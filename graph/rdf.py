"""The merged graph as RDF: entities, asserted relations, and reified relations with polarity and provenance.

Only relations that are not negated are asserted as plain triples (subject rel:predicate object). Every
relation, negated or not, is also described by a reified statement (rdf:Statement and geokg:Relation)
that holds its polarity, event root, modality, confidence, count and the sentences supporting it, so a
"did NOT meet" is recorded without ever being stated as a fact.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
from geokg.graph.merge import entity_kind, slugify
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DefinedNamespace
from rdflib.term import BNode, Node

ENTITY_BASE = "https://geokg.dev/id/"
ID = Namespace(ENTITY_BASE)
# Relation predicates get their own namespace: a lemma such as "count" or "support" must never be
# mistaken for one of the vocabulary's own properties.
REL = Namespace("https://geokg.dev/ns/rel#")


class GEOKG(DefinedNamespace):
    """The geokg vocabulary (classes and the properties of entities, relations and provenance)."""

    _NS = Namespace("https://geokg.dev/ns#")
    _fail = True

    # classes
    Entity: URIRef
    Country: URIRef
    Person: URIRef
    Organization: URIRef
    Group: URIRef
    Place: URIRef
    Location: URIRef
    Event: URIRef
    Relation: URIRef
    Provenance: URIRef
    # entity properties
    entityId: URIRef
    entityType: URIRef
    countryCode: URIRef  # ISO 3166-1 alpha-3
    country: URIRef  # the country entity a person or organisation acts for
    mentions: URIRef
    articleCount: URIRef
    # relation properties
    predicateLabel: URIRef
    negated: URIRef
    eventRoot: URIRef
    modality: URIRef
    confidence: URIRef
    count: URIRef
    provenance: URIRef
    # provenance properties
    article: URIRef
    source: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    extractor: URIRef
    attributedTo: URIRef


_CLASS_BY_KIND = {
    "Country": GEOKG.Country,
    "Person": GEOKG.Person,
    "Organization": GEOKG.Organization,
    "Group": GEOKG.Group,
    "Place": GEOKG.Place,
    "Location": GEOKG.Location,
    "Event": GEOKG.Event,
}


def entity_uri(entity_id: str) -> URIRef:
    """ "country:IRQ" -> <https://geokg.dev/id/country/IRQ>."""
    return ID[quote(entity_id.replace(":", "/", 1), safe="/-_.~")]


def predicate_uri(predicate: str) -> URIRef:
    """A relation's lemma phrase as a property: "meet with" -> rel:meet_with."""
    return REL[slugify(predicate) or "related_to"]


def relation_uri(subject_id: str, object_id: str, key: str) -> URIRef:
    """Stable per merged edge, so rebuilding the same corpus names each relation the same way."""
    digest = hashlib.sha1(f"{subject_id}\x1f{object_id}\x1f{key}".encode()).hexdigest()[:16]
    return ID[f"relation/{digest}"]


def _decimal(value: float) -> Literal:
    # xsd:decimal keeps Turtle readable (0.85, not 8.5e-01) and round-trips exactly.
    return Literal(Decimal(str(round(float(value), 4))), datatype=XSD.decimal)


def new_rdf_graph() -> Graph:
    rdf = Graph(bind_namespaces="core")
    rdf.bind("geokg", GEOKG._NS)
    rdf.bind("rel", REL)
    rdf.bind("id", ID)
    rdf.bind("skos", SKOS)
    return rdf


def _add_optional(rdf: Graph, subject: Node, prop: URIRef, value: Any) -> None:
    if value is None or value == "":
        return
    rdf.add((subject, prop, value if isinstance(value, Node) else Literal(value)))


def _add_entities(rdf: Graph, g: nx.MultiDiGraph) -> None:
    country_nodes = {
        data.get("country"): node_id
        for node_id, data in g.nodes(data=True)
        if data.get("country") and entity_kind(node_id, data.get("type") or "") == "Country"
    }
    classes_used: set[URIRef] = set()
    for node_id, data in g.nodes(data=True):
        uri = entity_uri(node_id)
        label = data.get("label") or node_id
        rdf_class = _CLASS_BY_KIND.get(data.get("kind") or entity_kind(node_id, data.get("type") or ""))
        rdf.add((uri, RDF.type, rdf_class or GEOKG.Entity))
        classes_used.add(rdf_class or GEOKG.Entity)
        rdf.add((uri, RDFS.label, Literal(label)))
        rdf.add((uri, GEOKG.entityId, Literal(node_id)))
        _add_optional(rdf, uri, GEOKG.entityType, data.get("type"))
        code = data.get("country")
        if code:
            rdf.add((uri, GEOKG.countryCode, Literal(code)))
            home = country_nodes.get(code)
            if home is not None and home != node_id:
                rdf.add((uri, GEOKG.country, entity_uri(home)))
        for alias in data.get("aliases") or ():
            if alias and alias != label:
                rdf.add((uri, SKOS.altLabel, Literal(alias)))
        rdf.add((uri, GEOKG.mentions, Literal(int(data.get("mentions") or 0))))
        rdf.add((uri, GEOKG.articleCount, Literal(int(data.get("articles") or 0))))
    for rdf_class in classes_used:
        rdf.add((rdf_class, RDF.type, OWL.Class))
        rdf.add((rdf_class, RDFS.label, Literal(rdf_class.removeprefix(str(GEOKG._NS)))))
        if rdf_class != GEOKG.Entity:
            rdf.add((rdf_class, RDFS.subClassOf, GEOKG.Entity))


def _add_provenance(rdf: Graph, relation: URIRef, prov: dict[str, Any]) -> None:
    node = BNode()
    rdf.add((relation, GEOKG.provenance, node))
    rdf.add((node, RDF.type, GEOKG.Provenance))
    _add_optional(rdf, node, GEOKG.article, prov.get("article"))
    _add_optional(rdf, node, GEOKG.source, prov.get("source"))
    _add_optional(rdf, node, GEOKG.sentence, prov.get("sentence"))
    for prop, name in ((GEOKG.start, "start"), (GEOKG.end, "end")):
        if prov.get(name) is not None:
            rdf.add((node, prop, Literal(int(prov[name]))))
    _add_optional(rdf, node, GEOKG.extractor, prov.get("extractor"))
    _add_optional(rdf, node, GEOKG.attributedTo, prov.get("attributed_to"))
    if prov.get("confidence") is not None:
        rdf.add((node, GEOKG.confidence, _decimal(prov["confidence"])))


def _add_relations(rdf: Graph, g: nx.MultiDiGraph) -> None:
    predicates: dict[URIRef, str] = {}
    for subj, obj, key, data in g.edges(keys=True, data=True):
        predicate = str(data.get("predicate") or "")
        negated = bool(data.get("negated"))
        s_uri, o_uri, p_uri = entity_uri(subj), entity_uri(obj), predicate_uri(predicate)
        predicates.setdefault(p_uri, predicate)
        if not negated:
            rdf.add((s_uri, p_uri, o_uri))
        relation = relation_uri(subj, obj, str(key))
        rdf.add((relation, RDF.type, RDF.Statement))
        rdf.add((relation, RDF.type, GEOKG.Relation))
        rdf.add((relation, RDF.subject, s_uri))
        rdf.add((relation, RDF.predicate, p_uri))
        rdf.add((relation, RDF.object, o_uri))
        rdf.add((relation, GEOKG.predicateLabel, Literal(predicate)))
        rdf.add((relation, GEOKG.negated, Literal(negated)))
        _add_optional(rdf, relation, GEOKG.eventRoot, data.get("event_root"))
        _add_optional(rdf, relation, GEOKG.modality, data.get("modality"))
        if data.get("confidence") is not None:
            rdf.add((relation, GEOKG.confidence, _decimal(data["confidence"])))
        provenance = data.get("provenance") or []
        rdf.add((relation, GEOKG.count, Literal(int(data.get("count") or len(provenance)))))
        for prov in provenance:
            _add_provenance(rdf, relation, prov)
    for p_uri, label in predicates.items():
        rdf.add((p_uri, RDF.type, OWL.ObjectProperty))
        rdf.add((p_uri, RDFS.label, Literal(label)))


def to_rdf(g: nx.MultiDiGraph) -> Graph:
    """Describe a merged graph (see graph.merge.merge_results) in RDF."""
    rdf = new_rdf_graph()
    _add_entities(rdf, g)
    _add_relations(rdf, g)
    return rdf


def write_turtle(g: nx.MultiDiGraph | Graph, path: str | Path) -> None:
    rdf = g if isinstance(g, Graph) else to_rdf(g)
    rdf.serialize(destination=str(path), format="turtle", encoding="utf-8")
