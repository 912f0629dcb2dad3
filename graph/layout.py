"""Node positions for the page, computed once in Python so the same graph always gives the same picture.

Each connected component gets a force-directed layout (Fruchterman-Reingold forces with a seeded start),
then the components are packed side by side, largest first. Small components are solved exactly; large
ones approximate far-away repulsion by the masses of grid cells and compute near repulsion pairwise, so
5,000 nodes lay out in seconds instead of the minutes an all-pairs solver needs.
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

# World units (vis-network pixels at zoom 1) between two linked nodes.
EDGE_LENGTH = 110.0
# Above this many nodes a component's repulsion is approximated (see _repulsion_grid).
EXACT_LIMIT = 800
# Cells per side of the far-field grid of a large component (about one per 3 nodes along a side).
MIN_GRID_CELLS, MAX_GRID_CELLS = 16, 20
NEAR_RADIUS = 2.0  # pairwise repulsion within this many edge lengths in a large component
COMPONENT_GAP = 1.2  # between packed components, in edge lengths
# Strength of the pull to a component's middle, relative to its mean node mass (see force_layout).
GRAVITY = 1.5

Position = tuple[float, float]


def _iterations(n: int) -> int:
    return 300 if n <= 60 else 200 if n <= 400 else 120


def _pairwise(
    px: np.ndarray, py: np.ndarray, mass: np.ndarray, qx: np.ndarray, qy: np.ndarray, qmass: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Repulsion on points p from points q: mass_p * mass_q / distance, pointing away from q (k = 1)."""
    dx = px[:, None] - qx[None, :]
    dy = py[:, None] - qy[None, :]
    dist2 = dx * dx
    dist2 += dy * dy
    np.maximum(dist2, 1e-4, out=dist2)
    weight = np.divide(qmass[None, :], dist2, out=dist2)
    return mass * (dx * weight).sum(1), mass * (dy * weight).sum(1)


def _scatter(index: np.ndarray, values: np.ndarray, n: int) -> np.ndarray:
    return np.bincount(index, weights=values, minlength=n)


def _repulsion_exact(pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
    """Sum over all other nodes."""
    out = np.empty_like(pos)
    x, y = pos[:, 0], pos[:, 1]
    chunk = max(1, 2_000_000 // len(pos))
    for start in range(0, len(pos), chunk):
        part = slice(start, start + chunk)
        out[part, 0], out[part, 1] = _pairwise(x[part], y[part], mass[part], x, y, mass)
    return out


def _repulsion_grid(pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
    """Every grid cell pushes as one heavy node at its centre of mass; nodes closer than NEAR_RADIUS also
    push each other directly, which keeps neighbours apart where the cell view is too coarse."""
    n = len(pos)
    cells = min(max(round(math.sqrt(n) / 3), MIN_GRID_CELLS), MAX_GRID_CELLS)
    low, high = pos.min(0), pos.max(0)
    size = max(float((high - low).max()) / cells, 1e-6)
    cell = np.minimum(((pos - low) / size).astype(np.int64), cells - 1)
    _, inverse = np.unique(cell[:, 0] * cells + cell[:, 1], return_inverse=True)
    cell_mass = np.bincount(inverse, weights=mass)
    cx = np.bincount(inverse, weights=mass * pos[:, 0]) / cell_mass
    cy = np.bincount(inverse, weights=mass * pos[:, 1]) / cell_mass
    out = np.empty_like(pos)
    x, y = pos[:, 0], pos[:, 1]
    # Single precision is plenty for forces between cells and halves the work.
    x32, y32, m32 = x.astype(np.float32), y.astype(np.float32), mass.astype(np.float32)
    cx32, cy32, cm32 = cx.astype(np.float32), cy.astype(np.float32), cell_mass.astype(np.float32)
    chunk = max(1, 2_000_000 // len(cell_mass))
    for start in range(0, n, chunk):
        part = slice(start, start + chunk)
        out[part, 0], out[part, 1] = _pairwise(x32[part], y32[part], m32[part], cx32, cy32, cm32)
    pairs = cKDTree(pos).query_pairs(NEAR_RADIUS, output_type="ndarray")
    if len(pairs):
        i, j = pairs[:, 0], pairs[:, 1]
        dx, dy = x[i] - x[j], y[i] - y[j]
        weight = mass[i] * mass[j] / np.maximum(dx * dx + dy * dy, 1e-4)
        for axis, d in ((0, dx), (1, dy)):
            push = d * weight
            out[:, axis] += _scatter(i, push, n) - _scatter(j, push, n)
    return out


def force_layout(n: int, edges: np.ndarray, *, seed: int) -> np.ndarray:
    """Positions of a connected component with n nodes and index pairs `edges`, ideal edge length 1.

    Repulsion grows with degree (hubs push harder, as in ForceAtlas2) so that the clouds of small
    neighbours around two big hubs do not overlap.
    """
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    degree = np.bincount(edges.ravel(), minlength=n).astype(float) if len(edges) else np.zeros(n)
    mass = np.sqrt(1.0 + degree)
    repulsion = _repulsion_exact if n <= EXACT_LIMIT else _repulsion_grid
    iterations = _iterations(n)
    start_temp = side / 4
    for step in range(iterations):
        disp = repulsion(pos, mass)
        if len(edges):
            i, j = edges[:, 0], edges[:, 1]
            delta = pos[i] - pos[j]
            pull = delta * np.sqrt((delta**2).sum(-1))[:, None]  # attraction dist^2 / k along the edge
            for axis in (0, 1):
                disp[:, axis] += _scatter(j, pull[:, axis], n) - _scatter(i, pull[:, axis], n)
        # Repulsion adds up over the whole component and would push its rim outwards without end; a pull
        # to the middle that grows with distance (balanced at a radius of about sqrt(n)) holds it together.
        disp -= GRAVITY * mass.mean() * mass[:, None] * (pos - pos.mean(0))
        temp = start_temp * (1 - step / iterations) + 0.01
        length = np.maximum(np.sqrt((disp**2).sum(-1)), 1e-9)[:, None]
        pos += disp / length * np.minimum(length, temp)
    return pos - pos.mean(0)


def _pack(blocks: list[np.ndarray]) -> list[np.ndarray]:
    """Place component layouts in rows (largest first), rows about as wide as the whole is tall."""
    sizes = [(b.max(0) - b.min(0)) + COMPONENT_GAP if len(b) else np.zeros(2) for b in blocks]
    area = sum(float(w * h) for w, h in sizes)
    width = max(max((float(w) for w, _ in sizes), default=0.0), math.sqrt(area) * 1.4)
    placed: list[np.ndarray] = []
    x = y = row_height = 0.0
    for block, (w, h) in zip(blocks, sizes, strict=True):
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.append(block - block.min(0) + np.array([x, y]))
        x += float(w)
        row_height = max(row_height, float(h))
    return placed


def layout_positions(
    g: nx.Graph, *, seed: int = 7, edge_length: float = EDGE_LENGTH
) -> dict[Hashable, Position]:
    """Deterministic (x, y) per node: the same nodes and edges give the same positions, whatever the order
    they were added in. Edge direction and parallel edges do not matter."""
    skeleton = nx.Graph()
    skeleton.add_nodes_from(g.nodes)
    skeleton.add_edges_from((u, v) for u, v in g.edges() if u != v)
    components = [sorted(c, key=str) for c in nx.connected_components(skeleton)]
    components.sort(key=lambda c: (-len(c), str(c[0])))
    blocks = []
    for nodes in components:
        if len(nodes) == 1:
            blocks.append(np.zeros((1, 2)))
            continue
        index = {node: i for i, node in enumerate(nodes)}
        pairs = {tuple(sorted((index[u], index[v]))) for u, v in skeleton.subgraph(nodes).edges()}
        edges = np.array(sorted(pairs), dtype=int)
        blocks.append(force_layout(len(nodes), edges, seed=seed))
    placed = _pack(blocks)
    middle = np.concatenate(placed).mean(0) if placed else np.zeros(2)
    positions: dict[Hashable, Position] = {}
    for nodes, block in zip(components, placed, strict=True):
        for node, (x, y) in zip(nodes, (block - middle) * edge_length, strict=True):
            positions[node] = (round(float(x), 1), round(float(y), 1))
    return positions
