"""The merged graph in networkx's exchange formats: node-link JSON (lossless) and GraphML (flattened)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import IO, Any

import networkx as nx


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
