"""The merged graph as one self-contained interactive HTML page (pyvis network data, vis-network inlined).

pyvis builds the node and edge records; the page itself comes from our own template because pyvis's
"in_line" template still loads bootstrap from a CDN, and the page must work offline and inside an
iframe srcdoc.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from geokg.graph.merge import KINDS, entity_kind
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

KIND_COLOURS = {
    "Country": "#0072B2",
    "Person": "#E69F00",
    "Organization": "#009E73",
    "Group": "#CC79A7",
    "Place": "#56B4E9",
    "Location": "#999933",
    "Event": "#F0E442",
    "Other": "#BBBBBB",
}
EDGE_COLOUR = "#8a8a8a"
NEGATED_COLOUR = "#D55E00"
MAX_SENTENCES_IN_TITLE = 5
MAX_SENTENCE_CHARS = 300

_TEMPLATES = Path(__file__).parent / "templates"
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[Markup, Markup]:
    js = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    css = (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    # Inline code must not close its own element early.
    return Markup(js.replace("</script", "<\\/script")), Markup(css.replace("</style", "<\\/style"))


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]))


def node_size(mentions: int) -> float:
    return round(min(12 + 5 * math.log2(1 + max(mentions, 0)), 45), 1)


def edge_label(predicate: str, negated: bool) -> str:
    return f"NOT {predicate}" if negated else predicate


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _kind(node_id: str, data: dict[str, Any]) -> str:
    return data.get("kind") or entity_kind(node_id, data.get("type") or "")


def node_title(node_id: str, data: dict[str, Any], country_labels: dict[str, str]) -> str:
    """Hover text (plain text: vis-network shows titles as text, "\\n" breaks lines)."""
    label = data.get("label") or node_id
    lines = [label, f"{_kind(node_id, data)} ({data.get('type') or '?'})"]
    code = data.get("country")
    if code:
        home = country_labels.get(code)
        lines.append(f"Country: {home} ({code})" if home and home != label else f"Country: {code}")
    aliases = [a for a in data.get("aliases") or () if a != label]
    if aliases:
        lines.append("Also: " + ", ".join(aliases[:8]) + (" …" if len(aliases) > 8 else ""))
    mentions, articles = int(data.get("mentions") or 0), int(data.get("articles") or 0)
    lines.append(f"{mentions} mention{'s' * (mentions != 1)} in {articles} article{'s' * (articles != 1)}")
    lines.append(f"id: {node_id}")
    return "\n".join(lines)


def edge_title(subject: str, obj: str, data: dict[str, Any]) -> str:
    predicate = str(data.get("predicate") or "")
    negated = bool(data.get("negated"))
    provenance = data.get("provenance") or []
    head = f"{subject} —{edge_label(predicate, negated)}→ {obj}"
    facts = [f"confidence {float(data.get('confidence') or 0):.2f}", f"{len(provenance)} sentence(s)"]
    if negated:
        facts.insert(0, "negated")
    for name in ("modality", "event_root"):
        if data.get(name):
            facts.append(f"{name.replace('_', ' ')}: {data[name]}")
    lines = [head, ", ".join(facts), ""]
    for prov in provenance[:MAX_SENTENCES_IN_TITLE]:
        where = prov.get("article") or prov.get("source") or "?"
        said = f" (according to {prov['attributed_to']})" if prov.get("attributed_to") else ""
        lines.append(f"“{_clip(str(prov.get('sentence') or ''), MAX_SENTENCE_CHARS)}” [{where}]{said}")
    if len(provenance) > MAX_SENTENCES_IN_TITLE:
        lines.append(f"… and {len(provenance) - MAX_SENTENCES_IN_TITLE} more")
    return "\n".join(lines).rstrip()


def physics_options(node_count: int) -> dict[str, Any]:
    """vis-network options; stabilisation is bounded so a large graph settles in seconds, not minutes."""
    iterations = 1000 if node_count <= 200 else 400 if node_count <= 1000 else 150
    return {
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -80,
                "centralGravity": 0.01,
                "springLength": 140,
                "springConstant": 0.06,
                "avoidOverlap": 0.4,
            },
            "minVelocity": 0.75,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
        },
        # The initial Kamada-Kawai pass is quadratic; skip it when it would dominate.
        "layout": {"improvedLayout": node_count <= 150, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "nodes": {"shape": "dot", "font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "font": {"size": 11, "align": "middle", "strokeWidth": 3},
            "smooth": {"enabled": True, "type": "continuous", "roundness": 0.2},
        },
    }


def to_network(g: nx.MultiDiGraph) -> Network:
    """A pyvis Network with one node per entity and one edge per merged relation; `g` is not modified."""
    net = Network(directed=True, cdn_resources="in_line")
    country_labels = {
        data["country"]: data.get("label") or node_id
        for node_id, data in g.nodes(data=True)
        if data.get("country") and _kind(node_id, data) == "Country"
    }
    for node_id, data in g.nodes(data=True):
        kind = _kind(node_id, data)
        net.add_node(
            node_id,
            label=str(data.get("label") or node_id),
            color=KIND_COLOURS.get(kind, KIND_COLOURS["Other"]),
            size=node_size(int(data.get("mentions") or 0)),
            title=node_title(node_id, data, country_labels),
            kind=kind,
        )
    # Parallel edges between the same two entities get increasingly curved arcs so each label is readable.
    parallel: defaultdict[frozenset[str], int] = defaultdict(int)
    for subj, obj, data in g.edges(data=True):
        negated = bool(data.get("negated"))
        pair = frozenset((subj, obj))
        rank = parallel[pair]
        parallel[pair] += 1
        colour = NEGATED_COLOUR if negated else EDGE_COLOUR
        edge: dict[str, Any] = {
            "label": edge_label(str(data.get("predicate") or ""), negated),
            "title": edge_title(g.nodes[subj].get("label") or subj, g.nodes[obj].get("label") or obj, data),
            "color": {"color": colour, "highlight": colour, "hover": colour},
            "dashes": negated,
            "width": round(1 + min(math.log2(1 + int(data.get("count") or 1)), 4), 2),
            "negated": negated,
        }
        if negated:
            edge["font"] = {"color": NEGATED_COLOUR}
        if rank:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": round(0.15 * rank, 2)}
        net.add_edge(subj, obj, **edge)
    net.options = physics_options(g.number_of_nodes())
    return net


def html_document(
    g: nx.MultiDiGraph, title: str = "geokg knowledge graph", *, show_isolated: bool = False
) -> str:
    """The whole page as a string (for a file, or an iframe srcdoc in a notebook).

    Entities that take part in no relation are left out unless `show_isolated`: a page of who did what
    to whom is easier to read without dozens of unconnected dots (datelines, passing mentions).
    """
    # A graph with no relations at all still shows its entities rather than an empty page.
    hide = not show_isolated and g.number_of_edges() > 0
    isolated = [n for n in g.nodes if g.degree(n) == 0] if hide else []
    shown = g.subgraph(set(g.nodes) - set(isolated)) if isolated else g
    net = to_network(shown)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    kinds = Counter(node["kind"] for node in nodes)
    legend = [{"kind": k, "colour": KIND_COLOURS[k], "count": kinds[k]} for k in KINDS if kinds[k]]
    negated = sum(1 for e in edges if e["negated"])
    stats = f"{len(nodes)} entities, {len(edges)} relations ({negated} negated)"
    if isolated:
        stats += (
            f"; {len(isolated)} {'entity' if len(isolated) == 1 else 'entities'} without relations not shown"
        )
    vis_js, vis_css = _vis_assets()
    return (
        _environment()
        .get_template("graph.html")
        .render(
            title=title,
            stats=stats,
            legend=legend,
            nodes=nodes,
            edges=edges,
            options=net.options,
            node_count=len(nodes),
            negated_colour=NEGATED_COLOUR,
            min_height="480px",
            vis_js=vis_js,
            vis_css=vis_css,
        )
    )


def write_html(
    g: nx.MultiDiGraph, path: str | Path, title: str = "geokg knowledge graph", *, show_isolated: bool = False
) -> None:
    Path(path).write_text(html_document(g, title=title, show_isolated=show_isolated), encoding="utf-8")
