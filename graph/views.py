"""Which part of a merged graph a page shows: entities with relations, an ego graph around one entity,
or the best-connected N, with a note saying what was left out."""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
from geokg.extract.io.text import strip_accents
from geokg.graph.merge import entity_kind
from geokg.graph.page_data import node_importance

# Above this many entities the page is cut to the best-connected ones unless asked otherwise.
DEFAULT_MAX_NODES = 5000


class EntityNotFound(LookupError):
    """A --focus or search that names no entity of the graph."""


@dataclass(frozen=True)
class PageView:
    graph: nx.MultiDiGraph
    note: str  # what the page leaves out, one sentence (empty when it shows everything)
    total_nodes: int
    total_edges: int


def normalise(text: str) -> str:
    """Lower case without accents, so "Erdogan" finds "Erdoğan" (the page's search does the same)."""
    return " ".join(strip_accents(text).casefold().split())


def _names(node_id: Hashable, data: dict) -> list[str]:
    return [normalise(str(n)) for n in (data.get("label"), *(data.get("aliases") or ()), node_id) if n]


def find_entity(g: nx.MultiDiGraph, query: str) -> Hashable:
    """The entity a user means by an id, a label, an alias or (for a country) its ISO code.

    Exact names beat prefixes, prefixes beat substrings; among equals the best-connected wins.
    """
    wanted = normalise(query)
    if not wanted:
        raise EntityNotFound("an empty name matches no entity")
    if query in g:
        return query
    importance = node_importance(g)
    best: tuple[tuple, Hashable] | None = None
    for node_id, data in g.nodes(data=True):
        names = _names(node_id, data)
        code = str(data.get("country") or "").casefold()
        if wanted in names or (code == wanted and data.get("kind") == "Country"):
            tier = 0
        elif any(n.startswith(wanted) or f" {wanted}" in f" {n}" for n in names):
            tier = 1
        elif any(wanted in n for n in names):
            tier = 2
        else:
            continue
        key = (tier, tuple(-v for v in importance[node_id]), str(node_id))
        if best is None or key < best[0]:
            best = (key, node_id)
    if best is None:
        labels = [str(data.get("label") or n) for n, data in g.nodes(data=True)]
        close = difflib.get_close_matches(query, labels, n=5, cutoff=0.6)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise EntityNotFound(f"no entity matches {query!r}{hint}")
    return best[1]


def ego_graph(g: nx.MultiDiGraph, centre: Hashable, hops: int) -> nx.MultiDiGraph:
    """The entity and everything within `hops` relations of it, in either direction."""
    if hops < 0:
        raise ValueError(f"hops must be 0 or more (got {hops})")
    keep = set(nx.single_source_shortest_path_length(g.to_undirected(as_view=True), centre, cutoff=hops))
    return g.subgraph(keep).copy()


def best_connected(g: nx.MultiDiGraph, max_nodes: int) -> tuple[nx.MultiDiGraph, list[Hashable]]:
    """The `max_nodes` entities with most distinct neighbours (then most supporting sentences, then
    mentions) and the relations among them; also the left-out entities, best-connected first."""
    importance = node_importance(g)
    # what a claim is about (kind Topic) is no actor: it is shown beside the actors that speak of it,
    # never ranked among them (its edges all come from speakers, which would make a common word a hub)
    ranked = sorted(
        g.nodes, key=lambda n: (_is_topic(n, g.nodes[n]), tuple(-v for v in importance[n]), str(n))
    )
    return g.subgraph(ranked[:max_nodes]).copy(), ranked[max_nodes:]


def _is_topic(node_id: Hashable, data: Mapping[str, Any]) -> bool:
    return (data.get("kind") or entity_kind(str(node_id), data.get("type") or "")) == "Topic"


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def select_view(
    g: nx.MultiDiGraph,
    *,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    focus: str | None = None,
    hops: int = 1,
    show_isolated: bool = False,
) -> PageView:
    """The part of `g` a page shows: an ego graph when `focus` is given, entities without relations
    dropped (unless `show_isolated`, or when there are no relations at all), then at most `max_nodes`
    entities (None or 0: no limit). Raises EntityNotFound for an unknown `focus`."""
    total_nodes, total_edges = g.number_of_nodes(), g.number_of_edges()
    notes: list[str] = []
    view = g
    if focus is not None:
        centre = find_entity(g, focus)
        view = ego_graph(g, centre, hops)
        label = g.nodes[centre].get("label") or centre
        notes.append(
            f"Showing {label} and its neighbourhood within {_count(hops, 'relation', 'relations')}: "
            f"{_count(view.number_of_nodes(), 'entity', 'entities')} of {total_nodes:,}."
        )
    if not show_isolated and view.number_of_edges() > 0:
        isolated = [n for n in view.nodes if view.degree(n) == 0]
        if isolated:
            view = view.subgraph(set(view.nodes) - set(isolated)).copy()
            notes.append(f"{_count(len(isolated), 'entity', 'entities')} without relations not shown.")
    if max_nodes and view.number_of_nodes() > max_nodes:
        before = view.number_of_edges()
        view, dropped = best_connected(view, max_nodes)
        names = ", ".join(str(g.nodes[n].get("label") or n) for n in dropped[:3])
        notes.append(
            f"Only the {max_nodes:,} best-connected entities are shown: "
            f"{_count(len(dropped), 'entity', 'entities')} and "
            f"{_count(before - view.number_of_edges(), 'relation', 'relations')} left out "
            f"(the best-connected of them: {names})."
        )
    return PageView(view if view is not g else g, " ".join(notes), total_nodes, total_edges)
