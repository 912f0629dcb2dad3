"""`KnowledgeGraph`: a built graph in Python, as tables, networkx, RDF, SPARQL, files or an inline page."""

from __future__ import annotations

import html
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult
from geokg.extract.triples import Triple
from geokg.graph.build import page_view, write_outputs
from geokg.graph.html import render_page
from geokg.graph.merge import merge_results
from geokg.graph.page_data import relation_category
from geokg.graph.views import DEFAULT_MAX_NODES, select_view

if TYPE_CHECKING:
    import pandas as pd
    import pyoxigraph
    import rdflib

TRIPLE_COLUMNS = [name for name in Triple.__dataclass_fields__]


class Page:
    """An interactive page (the same one `geokg build` writes) that notebooks show inline.

    It is shown in an iframe whose `srcdoc` holds the whole page: an iframe pointing at a file renders
    blank in VS Code and Colab, and the frame keeps the page's styles and scripts away from the notebook.
    """

    def __init__(self, page: str, *, height: int = 650, note: str = "") -> None:
        self.html = page
        self.height = height
        self.note = note

    def _repr_html_(self) -> str:
        # sandbox without allow-same-origin: the page runs in an origin of its own and cannot reach the
        # notebook; links from facts may still open in a new tab.
        return (
            f'<div class="geokg-page"><iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            'title="geokg knowledge graph"></iframe></div>'
        )

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.html, encoding="utf-8")
        return path

    def __repr__(self) -> str:
        return f"<geokg page, {len(self.html):,} characters{': ' + self.note if self.note else ''}>"


class KnowledgeGraph:
    """A merged knowledge graph with the triples and articles it came from.

    Build one with `geokg.build(...)` or read a build folder with `geokg.load(...)`.
    """

    def __init__(
        self,
        graph: nx.MultiDiGraph,
        triples: Iterable[Triple] = (),
        articles: Iterable[Article] = (),
        *,
        problems: int = 0,
    ) -> None:
        self.graph = graph
        self.triple_records: tuple[Triple, ...] = tuple(triples)
        self.article_records: tuple[Article, ...] = tuple(articles)
        self.problems = problems

    @classmethod
    def from_results(
        cls, articles: Iterable[Article], results: Iterable[ArticleResult], *, problems: int = 0
    ) -> KnowledgeGraph:
        results = list(results)
        triples = [t for result in results for t in result.triples]
        return cls(merge_results(results), triples, articles, problems=problems)

    # ---------- tables ----------
    @cached_property
    def triples(self) -> pd.DataFrame:
        """One row per extracted fact (the fields of triples.jsonl)."""
        import pandas as pd

        rows = [t.to_dict() for t in self.triple_records]
        columns = list(rows[0]) if rows else TRIPLE_COLUMNS
        return pd.DataFrame(rows, columns=columns)

    @cached_property
    def entities(self) -> pd.DataFrame:
        """One row per entity, best-connected first: id, label, kind, type, country, aliases, mentions,
        articles (how many mention it), relations (merged relations it takes part in)."""
        import pandas as pd

        rows = [
            {
                "id": node,
                "label": data.get("label") or node,
                "kind": data.get("kind"),
                "type": data.get("type"),
                "country": data.get("country"),
                "aliases": list(data.get("aliases") or ()),
                "mentions": int(data.get("mentions") or 0),
                "articles": int(data.get("articles") or 0),
                "relations": self.graph.degree(node),
            }
            for node, data in self.graph.nodes(data=True)
        ]
        columns = ["id", "label", "kind", "type", "country", "aliases", "mentions", "articles", "relations"]
        table = pd.DataFrame(rows, columns=columns)
        # what a claim is about (kind Topic) is no entity the text mentions: after the actors, not above them
        order = table.assign(topic=table["kind"].eq("Topic")).sort_values(
            ["topic", "relations", "mentions", "id"], ascending=[True, False, False, True]
        )
        return order.drop(columns="topic").reset_index(drop=True)

    @cached_property
    def relations(self) -> pd.DataFrame:
        """One row per merged relation (an edge of the graph): who did what to whom, how often said."""
        import pandas as pd

        rows = []
        for subj, obj, data in self.graph.edges(data=True):
            provenance = data.get("provenance") or []
            rows.append({
                "subject_id": subj,
                "subject": self.graph.nodes[subj].get("label") or subj,
                "predicate": data.get("predicate"),
                "object_id": obj,
                "object": self.graph.nodes[obj].get("label") or obj,
                "negated": bool(data.get("negated")),
                "event_root": data.get("event_root"),
                "category": relation_category(data.get("event_root")) or None,
                "modality": data.get("modality"),
                "confidence": float(data.get("confidence") or 0.0),
                "sentences": len({" ".join(str(p.get("sentence") or "").split()) for p in provenance}),
                "articles": len({p.get("article") for p in provenance}),
            })  # fmt: skip
        columns = ["subject_id", "subject", "predicate", "object_id", "object", "negated", "event_root",
                   "category", "modality", "confidence", "sentences", "articles"]  # fmt: skip
        return pd.DataFrame(rows, columns=columns)

    @cached_property
    def articles(self) -> pd.DataFrame:
        """One row per article read: id, title, date, url, source."""
        import pandas as pd

        rows = [
            {"id": a.id, "title": a.title, "date": a.date, "url": a.url, "source": a.source}
            for a in self.article_records
        ]
        return pd.DataFrame(rows, columns=["id", "title", "date", "url", "source"])

    # ---------- other shapes ----------
    def to_networkx(self) -> nx.MultiDiGraph:
        """A copy of the merged graph (nodes: entities; edges: relations with their provenance)."""
        return self.graph.copy()

    def to_rdf(self) -> rdflib.Graph:
        """The graph in RDF (the vocabulary of graph.ttl); a new rdflib Graph on each call."""
        from geokg.graph.rdf import to_rdf

        return to_rdf(self.graph)

    @cached_property
    def _store(self) -> pyoxigraph.Store:
        from geokg.graph.store import memory_store

        return memory_store(self.graph)

    def query(self, sparql: str) -> Any:
        """Run a SPARQL query over the graph's RDF (the vocabulary of graph.ttl). geokg's prefixes
        (schema:, skos:, prov:, dcterms:, geokg:, rel:, country:, person:, …) need no declaration.
        SELECT gives a DataFrame, ASK a bool, CONSTRUCT and DESCRIBE an rdflib Graph."""
        from geokg.sparql import run_query

        return run_query(self._store, sparql)

    def save(
        self,
        folder: str | Path,
        *,
        max_nodes: int | None = DEFAULT_MAX_NODES,
        focus: str | None = None,
        hops: int = 1,
    ) -> tuple[Path, ...]:
        """Write triples.jsonl, graph.ttl, graph.html and graph.json into `folder`, as `geokg build` does."""
        view = page_view(self.graph, max_nodes=max_nodes, focus=focus, hops=hops)
        articles, triples = list(self.article_records), list(self.triple_records)
        return write_outputs(Path(folder), articles, triples, self.graph, view)

    def show(
        self,
        *,
        focus: str | None = None,
        hops: int = 1,
        max_nodes: int | None = DEFAULT_MAX_NODES,
        show_isolated: bool = False,
        height: int = 650,
        title: str | None = None,
        **filters: Any,
    ) -> Page:
        """The interactive page, shown inline in a notebook.

        `focus` (a name, alias, id or country code) and `hops` show one entity's neighbourhood;
        `max_nodes` keeps the best-connected. Filters preset the page's controls and stay adjustable:
        kinds (list), country (ISO alpha-3), category ("cooperation", "conflict", "none" or a CAMEO root
        "01"…"20"), polarity ("asserted" or "negated"), modality ("none" or a modal verb),
        min_confidence, article (an article id), date_from and date_to (YYYY-MM-DD), search (a name
        to select when the page opens).
        """
        view = select_view(
            self.graph, max_nodes=max_nodes, focus=focus, hops=hops, show_isolated=show_isolated
        )
        heading = title or f"geokg: {self._title()}"
        page = render_page(view, heading, articles=self.article_records, filters=filters)
        return Page(page, height=height, note=view.note)

    def _repr_html_(self) -> str:
        return self.show()._repr_html_()

    def _title(self) -> str:
        if len(self.article_records) == 1 and self.article_records[0].title:
            return self.article_records[0].title
        count = len(self.article_records) or len({t.article for t in self.triple_records})
        return f"{count} article{'s' * (count != 1)}"

    def __repr__(self) -> str:
        negated = sum(1 for _, _, n in self.graph.edges(data="negated") if n)
        return (
            f"<KnowledgeGraph: {self._title()}, {len(self.triple_records):,} triples, "
            f"{self.graph.number_of_nodes():,} entities, {self.graph.number_of_edges():,} relations "
            f"({negated:,} negated)>"
        )
