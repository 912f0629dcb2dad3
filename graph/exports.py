"""The graph in exchange formats: node-link JSON (lossless) and GraphML (flattened) from a merged networkx
graph; RDF, GraphML and CSV tables from a store (`geokg export`)."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox
from geokg.graph.rdf import RDF_FORMATS
from geokg.graph.store import GraphStore, StoreError, query
from geokg.graph.vocab import PREFIXES

EXPORT_FORMATS = ("ttl", "nt", "trig", "nq", "jsonld", "graphml", "csv")


def write_node_link_json(g: nx.MultiDiGraph, path: str | Path) -> None:
    # The `edges` name is passed explicitly: networkx 3.x changed its default from "links".
    data = nx.node_link_data(g, edges="edges")
    Path(path).write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")


def read_node_link_json(path: str | Path) -> nx.MultiDiGraph:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    return graph if isinstance(graph, nx.MultiDiGraph) else nx.MultiDiGraph(graph)


# Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/FFFF): dropped from GraphML.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: Any) -> Any:
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def _scalar_attributes(data: dict[str, Any]) -> dict[str, Any]:
    """GraphML holds only scalars: lists and dicts become JSON text, missing values are left out."""
    flat: dict[str, Any] = {}
    for name, value in data.items():
        if value is None:
            continue
        if isinstance(value, list | tuple | dict):
            flat[name] = _xml_text(json.dumps(value, ensure_ascii=False))
        else:
            flat[name] = _xml_text(value)
    return flat


def write_graphml(g: nx.MultiDiGraph, path: str | Path | IO[bytes]) -> None:
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((_xml_text(n), _scalar_attributes(d)) for n, d in g.nodes(data=True))
    flat.add_edges_from(
        (_xml_text(u), _xml_text(v), _xml_text(k), _scalar_attributes(d))
        for u, v, k, d in g.edges(keys=True, data=True)
    )
    nx.write_graphml(flat, str(path) if isinstance(path, str | Path) else path)


# --- exports of a store ------------------------------------------------------------------------------

_NODES_QUERY = """
SELECT ?id ?label ?kind ?type ?country ?wikidata ?mentions ?articles WHERE {
    ?entity dcterms:identifier ?id ; skos:prefLabel ?label ; a ?class .
    BIND (REPLACE(STR(?class), "^.*[/#]", "") AS ?kind)
    OPTIONAL { ?entity geokg:entityType ?type }
    OPTIONAL { ?entity geokg:countryCode ?country }
    OPTIONAL { ?entity skos:exactMatch ?wikidata }
    OPTIONAL { ?entity geokg:mentions ?mentions }
    OPTIONAL { ?entity geokg:articleCount ?articles }
} ORDER BY ?id
"""
# Dates of a relation: each supporting sentence's event date, else its article's date (as OWNERS.md says).
# Aggregates run in their own subqueries: one undated sentence must not blank a relation's dates.
_EDGES_QUERY = """
SELECT ?source ?target ?predicate ?negated ?event_root ?modality ?confidence ?count
       ?first_date ?last_date ?example
WHERE {
    ?relation a geokg:Relation ; rdf:subject ?s ; rdf:object ?o ; geokg:predicateLabel ?predicate ;
              geokg:negated ?negated ; geokg:count ?count .
    ?s dcterms:identifier ?source . ?o dcterms:identifier ?target .
    OPTIONAL { ?relation geokg:eventRoot ?event_root }
    OPTIONAL { ?relation geokg:modality ?modality }
    OPTIONAL { ?relation geokg:confidence ?confidence }
    OPTIONAL {
        SELECT ?relation (MIN(?date) AS ?first_date) (MAX(?date) AS ?last_date) WHERE {
            ?relation geokg:provenance ?evidence .
            OPTIONAL { ?evidence dcterms:date ?event_date }
            OPTIONAL { ?evidence prov:wasDerivedFrom/schema:datePublished ?published }
            BIND (STR(COALESCE(?event_date, ?published)) AS ?date)
            FILTER (BOUND(?date))
        } GROUP BY ?relation
    }
    OPTIONAL {
        SELECT ?relation (MIN(?text) AS ?example) WHERE {
            ?relation geokg:provenance/geokg:sentence ?text
        } GROUP BY ?relation
    }
}
ORDER BY ?source ?target ?predicate ?negated
"""


def _table_rows(store: ox.Store, sparql: str) -> tuple[list[str], Iterator[dict[str, Any]]]:
    result = query(store, sparql)
    return result.variables, iter(result.records())


def _text_rows(store: ox.Store, sparql: str) -> tuple[list[str], Iterator[list[str]]]:
    result = query(store, sparql)
    return result.variables, (["" if t is None else t.value for t in row] for row in result.rows)


def export(source: GraphStore | ox.Store, export_format: str, out: str | Path | IO[bytes]) -> None:
    """Write a store's graph: RDF (ttl, nt, trig, nq, jsonld) streamed by Oxigraph, GraphML with scalar
    attributes (for Gephi), or CSV (`out` is then a folder that receives nodes.csv and edges.csv)."""
    store = source.rdf if isinstance(source, GraphStore) else source
    if export_format in RDF_FORMATS and export_format in EXPORT_FORMATS:
        fmt = RDF_FORMATS[export_format]
        target = str(out) if isinstance(out, str | Path) else out
        if fmt.supports_datasets:
            store.dump(target, fmt, prefixes=PREFIXES if fmt is ox.RdfFormat.TRIG else None)
        else:
            prefixes = PREFIXES if fmt is ox.RdfFormat.TURTLE else None
            store.dump(target, fmt, from_graph=ox.DefaultGraph(), prefixes=prefixes)
        return
    if export_format == "graphml":
        g = nx.MultiDiGraph()
        for row in _table_rows(store, _NODES_QUERY)[1]:
            g.add_node(row.pop("id"), **row)
        for row in _table_rows(store, _EDGES_QUERY)[1]:
            g.add_edge(row.pop("source"), row.pop("target"), **row)
        write_graphml(g, out)
        return
    if export_format == "csv":
        if not isinstance(out, str | Path):
            raise StoreError("CSV export writes two files (nodes.csv, edges.csv): give a folder with --out")
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        for name, sparql in (("nodes.csv", _NODES_QUERY), ("edges.csv", _EDGES_QUERY)):
            columns, rows = _text_rows(store, sparql)
            with (folder / name).open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(columns)
                writer.writerows(rows)
        return
    raise StoreError(f"unknown export format {export_format!r} (use one of {', '.join(EXPORT_FORMATS)})")


def print_export(source: GraphStore, export_format: str) -> None:
    """An export to standard output (every format but CSV)."""
    export(source, export_format, sys.stdout.buffer)
    sys.stdout.buffer.flush()
