"""The merged graph as one self-contained interactive HTML page: search, filters, a fact panel.

The page is our own template with vis-network inlined (the copy that ships with pyvis); its data is one
JSON document (graph/page_data.py) read by our script (templates/graph.js). Nothing is fetched: the page
works from a file, offline, and inside a notebook's iframe srcdoc. A Content-Security-Policy allows only
the page's own two scripts (by hash), so even markup that slipped into the page could not run.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from geokg.extract.io.reader import Article
from geokg.graph.page_data import CATEGORY_COLOURS, FILTER_NAMES, KIND_COLOURS, page_data, script_json
from geokg.graph.views import DEFAULT_MAX_NODES, PageView, select_view
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

__all__ = ["CATEGORY_COLOURS", "KIND_COLOURS", "html_document", "render_page", "write_html"]

_TEMPLATES = Path(__file__).parent / "templates"
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"


def _inline_script(code: str) -> str:
    # Inline code must not close its own element early, nor open an HTML comment that would hide the end.
    if "<!--" in code:
        raise ValueError("inline script contains '<!--'")
    return code.replace("</script", "<\\/script")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    return {
        "vis_js": _inline_script((_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")),
        "vis_css": (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8").replace("</style", "<\\/style"),
        "app_js": _inline_script((_TEMPLATES / "graph.js").read_text(encoding="utf-8")),
        "app_css": (_TEMPLATES / "graph.css").read_text(encoding="utf-8"),
    }


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]))


def check_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(filters) - set(FILTER_NAMES))
    if unknown:
        raise TypeError(f"unknown page filter(s) {', '.join(unknown)}; known: {', '.join(FILTER_NAMES)}")
    return dict(filters)


def render_page(
    view: PageView,
    title: str = "geokg knowledge graph",
    *,
    articles: Iterable[Article] = (),
    filters: Mapping[str, Any] | None = None,
) -> str:
    """The page for a view chosen with graph.views.select_view (a file's content or an iframe srcdoc)."""
    assets = _assets()
    data = page_data(
        view.graph,
        title=title,
        articles=articles,
        note=view.note,
        totals=(view.total_nodes, view.total_edges),
        filters=check_filters(filters or {}),
    )
    csp = f"default-src 'none'; script-src {_sha256(assets['vis_js'])} {_sha256(assets['app_js'])}; " + (
        "style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )
    return (
        _environment()
        .get_template("graph.html")
        .render(
            title=title,
            csp=csp,
            note=view.note,
            has_nodes=bool(data["nodes"]),
            data_json=Markup(script_json(data)),
            **{name: Markup(value) for name, value in assets.items()},
        )
    )


def html_document(
    g: nx.MultiDiGraph,
    title: str = "geokg knowledge graph",
    *,
    articles: Iterable[Article] = (),
    show_isolated: bool = False,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    focus: str | None = None,
    hops: int = 1,
    filters: Mapping[str, Any] | None = None,
) -> str:
    """The whole page for `g` as a string; see graph.views.select_view for what it leaves out."""
    view = select_view(g, max_nodes=max_nodes, focus=focus, hops=hops, show_isolated=show_isolated)
    return render_page(view, title, articles=articles, filters=filters)


def write_html(
    g: nx.MultiDiGraph,
    path: str | Path,
    title: str = "geokg knowledge graph",
    *,
    articles: Iterable[Article] = (),
    show_isolated: bool = False,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    focus: str | None = None,
    hops: int = 1,
    filters: Mapping[str, Any] | None = None,
) -> str:
    """Write the page; returns the view's note (what the page leaves out, or "")."""
    view = select_view(g, max_nodes=max_nodes, focus=focus, hops=hops, show_isolated=show_isolated)
    Path(path).write_text(render_page(view, title, articles=articles, filters=filters), encoding="utf-8")
    return view.note
