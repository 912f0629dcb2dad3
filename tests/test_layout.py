"""Positions for the page: repeatable, spread out, linked entities close, components apart."""

from __future__ import annotations

import itertools
import math
import random

import networkx as nx
import numpy as np
from geokg.graph.layout import EDGE_LENGTH, EXACT_LIMIT, layout_positions
from synthetic_graph import synthetic_graph


def _shuffled_copy(g: nx.MultiDiGraph, seed: int) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    nodes, edges = list(g.nodes(data=True)), list(g.edges(keys=True, data=True))
    rng.shuffle(nodes)
    rng.shuffle(edges)
    copy = nx.MultiDiGraph()
    copy.add_nodes_from(nodes)
    copy.add_edges_from(edges)
    return copy


def test_same_graph_same_positions_whatever_the_insertion_order():
    g = synthetic_graph(120, seed=3)
    assert layout_positions(g) == layout_positions(_shuffled_copy(g, 1))


def test_different_seed_different_picture():
    g = synthetic_graph(60, seed=3)
    assert layout_positions(g, seed=1) != layout_positions(g, seed=2)


def test_nodes_do_not_pile_up_and_linked_nodes_sit_closer_than_others():
    g = nx.MultiDiGraph(nx.connected_watts_strogatz_graph(80, 4, 0.1, seed=2))
    pos = layout_positions(g)
    points = np.array([pos[n] for n in g.nodes])
    nearest = min(math.dist(a, b) for a, b in itertools.combinations(points, 2))
    assert nearest > 0.15 * EDGE_LENGTH
    linked = np.mean([math.dist(pos[u], pos[v]) for u, v in g.edges()])
    everyone = np.mean([math.dist(a, b) for a, b in itertools.combinations(points, 2)])
    assert linked < everyone / 2


def _boxes(g: nx.Graph, pos: dict) -> list[tuple[float, float, float, float]]:
    boxes = []
    for component in nx.connected_components(nx.Graph(g.to_undirected())):
        xs, ys = zip(*(pos[n] for n in component), strict=True)
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def test_components_are_packed_without_overlapping():
    g = nx.MultiDiGraph()
    nx.add_path(g, range(10))
    nx.add_star(g, range(10, 22))
    g.add_edge(30, 31)
    g.add_node(40)
    pos = layout_positions(g)
    assert set(pos) == set(g.nodes)
    for a, b in itertools.combinations(_boxes(g, pos), 2):
        assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)


def test_large_components_use_the_approximate_solver_and_stay_repeatable():
    g = synthetic_graph(EXACT_LIMIT + 200, seed=5)
    pos = layout_positions(g)
    assert pos == layout_positions(g)
    points = np.array(list(pos.values()))
    assert np.isfinite(points).all()
    # Spread over an area that grows with the number of nodes, not collapsed onto a line or a point.
    spread = points.max(0) - points.min(0)
    assert spread.min() > 5 * EDGE_LENGTH and spread.max() < 5 * spread.min()


def test_empty_and_single_node_graphs():
    assert layout_positions(nx.MultiDiGraph()) == {}
    g = nx.MultiDiGraph()
    g.add_node("a")
    assert layout_positions(g) == {"a": (0.0, 0.0)}
