"""SPARQL over a knowledge graph's RDF, for `KnowledgeGraph.query`.

The RDF is loaded into an in-memory Oxigraph store (rdflib's own engine takes tens of seconds on queries
that Oxigraph answers in milliseconds) and results come back as plain Python: a pandas DataFrame for
SELECT, a bool for ASK, an rdflib Graph for CONSTRUCT and DESCRIBE. This is the one place to switch to a
persistent store later.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import rdflib

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{name}" for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "unsignedInt",
    "unsignedLong", "negativeInteger", "nonPositiveInteger",
)}  # fmt: skip
_FLOATS = {f"{_XSD}decimal", f"{_XSD}double", f"{_XSD}float"}


def load_store(rdf: rdflib.Graph) -> ox.Store:
    store = ox.Store()
    store.load(rdf.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def python_value(term: Any) -> Any:
    """An RDF term as the Python value a table wants: IRIs as strings, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype else ""
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == f"{_XSD}boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def _rdflib_term(term: Any) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    datatype = term.datatype.value if term.datatype and not term.language else ""
    # RDF 1.1 makes every plain literal an xsd:string; rdflib keeps them apart, so plain stays plain.
    if datatype in ("", f"{_XSD}string"):
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(datatype))


def run_query(store: ox.Store, sparql: str, prefixes: dict[str, str] | None = None) -> Any:
    """Run `sparql` on `store`; `prefixes` are declared for the query unless it declares them itself."""
    import pandas as pd

    try:
        result = store.query(sparql, prefixes=prefixes or {})
    except SyntaxError as exc:
        raise ValueError(f"not a valid SPARQL query: {exc}") from exc
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = [[python_value(solution[name]) for name in names] for solution in result]
        return pd.DataFrame(rows, columns=names)
    graph = rdflib.Graph()
    for name, iri in (prefixes or {}).items():
        graph.bind(name, iri)
    for triple in result:
        graph.add((_rdflib_term(triple.subject), _rdflib_term(triple.predicate), _rdflib_term(triple.object)))
    return graph
