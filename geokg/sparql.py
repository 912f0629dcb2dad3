"""SPARQL for `KnowledgeGraph.query`, in the shapes a notebook wants.

graph/store.py runs the query (on the graph's in-memory Oxigraph store, with geokg's prefixes declared);
this module turns its answer into a pandas DataFrame for SELECT, a bool for ASK and an rdflib Graph for
CONSTRUCT and DESCRIBE.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox


def run_query(store: ox.Store, sparql: str) -> Any:
    """Run `sparql` on `store`; a query that is not valid SPARQL raises ValueError."""
    import pandas as pd

    from geokg.graph.rdf import to_rdf
    from geokg.graph.store import StoreError, query

    try:
        result = query(store, sparql)
    except StoreError as exc:
        raise ValueError(str(exc)) from exc
    if result.boolean is not None:
        return result.boolean
    if result.triples or not result.variables:
        return to_rdf(result.triples)
    return pd.DataFrame(result.records(), columns=result.variables)
