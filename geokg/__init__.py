"""geokg: geopolitical knowledge graphs from news articles.

    import geokg
    kg = geokg.build(["articles/", "more.txt"])     # or geokg.build(texts=["..."]), geokg.load("out/")
    kg.triples, kg.entities, kg.relations           # pandas tables
    kg.to_networkx(), kg.to_rdf(), kg.query("SELECT ...")
    kg.show(country="RUS")                          # the interactive page, inline in Jupyter
    kg.save("out/")                                 # the files of `geokg build`

The installed package gathers the repository's folders under one name: `geokg.extract` (the `extract/`
folder: text -> spaCy Doc -> entities -> triples) and `geokg.graph` (the `graph/` folder: triples ->
merged graph -> Turtle, HTML, JSON, and the command line). `geokg.evaluate` scores triples against gold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["BuildError", "KnowledgeGraph", "Page", "build", "load"]

if TYPE_CHECKING:
    from geokg.api import build, load
    from geokg.graph.build import BuildError
    from geokg.knowledge import KnowledgeGraph, Page

_LAZY = {
    "build": "geokg.api",
    "load": "geokg.api",
    "KnowledgeGraph": "geokg.knowledge",
    "Page": "geokg.knowledge",
    "BuildError": "geokg.graph.build",
}


def __getattr__(name: str) -> Any:
    # Imported on first use: `import geokg` stays fast for the command line, which does not need spaCy
    # and pandas just to print its help.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'geokg' has no attribute {name!r}")
