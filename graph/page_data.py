"""What the interactive page shows, as one JSON document.

Entities carry their precomputed positions and an importance rank (for label sizes); relations carry
their distinct supporting facts (the same sentence seen in copies of one article is one fact, with every
article it appeared in); articles, sentences and the vocabularies the filters offer are listed once.
The page's script reads this document and nothing else.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Hashable, Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import networkx as nx
import pycountry
from geokg.extract.io.reader import Article
from geokg.extract.lexicon.cameo import CAMEO_ROOTS
from geokg.graph.layout import layout_positions
from geokg.graph.merge import KINDS, entity_kind

KIND_COLOURS = {
    "Country": "#0072B2",
    "Person": "#E69F00",
    "Organization": "#009E73",
    "Group": "#CC79A7",
    "Place": "#56B4E9",
    "Location": "#999933",
    "Event": "#F0E442",
    "Topic": "#332288",  # indigo: far from the conflict red (#D73027) and from the other kinds
    "Other": "#BBBBBB",
}
# Relation colours by CAMEO quad class: roots 01-08 are cooperation, 09-20 conflict.
CATEGORY_COLOURS = {"cooperation": "#1A9850", "conflict": "#D73027", "": "#8C8C8C"}
LAST_COOPERATION_ROOT = 8
FILTER_NAMES = (
    "kinds", "country", "category", "polarity", "modality", "min_confidence", "article", "date_from",
    "date_to", "search",
)  # fmt: skip
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def relation_category(event_root: str | None) -> str:
    """ "cooperation" for CAMEO roots 01-08, "conflict" for 09-20, "" when there is no (valid) root."""
    if not event_root or not str(event_root)[:2].isdigit():
        return ""
    root = int(str(event_root)[:2])
    if 1 <= root <= LAST_COOPERATION_ROOT:
        return "cooperation"
    return "conflict" if root <= len(CAMEO_ROOTS) else ""


def date_span(value: object) -> tuple[str, str] | None:
    """First and last day an ISO date of year, month or day granularity covers ("2022-03" ->
    ("2022-03-01", "2022-03-31")); None for anything else."""
    match = _DATE.match(str(value or "").strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not month:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        return None
    if not day:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    return f"{year}-{month}-{day}", f"{year}-{month}-{day}"


def safe_url(url: object) -> str | None:
    """Only web links survive: a javascript:, data: or file: address from an article is dropped."""
    text = str(url or "").strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    return text if scheme in ("http", "https") and "//" in text else None


def script_json(data: Any) -> str:
    """JSON that can sit inside a <script> element: no "</script>", "<!--" or "]]>" can occur, and the
    line separators that older JavaScript parsers reject are escaped too."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(raw, escaped)
    return text


def _clean(text: object) -> str:
    return " ".join(str(text or "").split())


def _country_names(g: nx.MultiDiGraph) -> dict[str, str]:
    names: dict[str, str] = {}
    for node_id, data in g.nodes(data=True):
        if data.get("country") and _kind(node_id, data) == "Country":
            names.setdefault(data["country"], data.get("label") or data["country"])
    for code in {data.get("country") for _, data in g.nodes(data=True)} - set(names) - {None, ""}:
        country = pycountry.countries.get(alpha_3=code)
        names[code] = getattr(country, "common_name", None) or getattr(country, "name", code)
    return dict(sorted(names.items(), key=lambda item: item[1]))


def _kind(node_id: str, data: Mapping[str, Any]) -> str:
    return data.get("kind") or entity_kind(node_id, data.get("type") or "")


def node_importance(g: nx.MultiDiGraph) -> dict[Hashable, tuple[int, int, int]]:
    """Sort key material per node: distinct neighbours, supporting sentences over its relations, mentions."""
    support: dict[Hashable, int] = dict.fromkeys(g.nodes, 0)
    for u, v, count in g.edges(data="count"):
        support[u] += int(count or 1)
        support[v] += int(count or 1)
    return {
        n: (len(set(g.predecessors(n)) | set(g.successors(n))), support[n], int(mentions or 0))
        for n, mentions in g.nodes(data="mentions")
    }


def node_size(mentions: int) -> float:
    return round(min(6 + 3.5 * math.log2(1 + max(mentions, 0)), 32), 1)


def edge_width(support: int) -> float:
    return round(1 + min(1.5 * math.log2(max(support, 1)), 6), 2)


class _Articles:
    """The page's article table, numbered in order of first use.

    A merged graph names each provenance's article by the hash of its text (`article_key`, with the
    other articles carrying the same sentence in `also_in`) and describes them in its `articles`
    attribute. Provenance without a key (older graphs) is looked up by (source, id) among the Article
    records given, else shown under its id.
    """

    def __init__(self, by_key: Mapping[str, Mapping[str, Any]], known: Iterable[Article]) -> None:
        self.by_key = by_key
        self.known = {(a.source, a.id): a for a in known}
        self.by_id = {a.id: a for a in self.known.values()}
        self.index: dict[tuple[str, ...], int] = {}
        self.rows: list[dict[str, Any]] = []

    def _add(self, key: tuple[str, ...], article_id: str, title: Any, date: Any, url: Any, source: str
             ) -> int:  # fmt: skip
        if key not in self.index:
            self.index[key] = len(self.rows)
            self.rows.append({
                "id": article_id,
                "title": _clean(title or article_id),
                "date": str(date).strip()[:10] if date_span(date) else None,
                "url": safe_url(url),
                "source": source,
            })  # fmt: skip
        return self.index[key]

    def keyed(self, key: str) -> int | None:
        record = self.by_key.get(key)
        if record is None:
            return None
        return self._add(("key", key), str(record.get("id") or key), record.get("title"), record.get("date"),
                         record.get("url"), str(record.get("source") or ""))  # fmt: skip

    def named(self, source: str, article_id: str) -> int:
        art = self.known.get((source, article_id)) or self.by_id.get(article_id)
        if art is None:
            return self._add(("name", source, article_id), article_id, None, None, None, source)
        return self._add(("name", source, article_id), article_id, art.title, art.date, art.url, source)

    def of(self, prov: Mapping[str, Any]) -> list[int]:
        """The articles a provenance entry stands for: its own first, then those in `also_in`."""
        own = self.keyed(str(prov.get("article_key") or ""))
        if own is None:
            own = self.named(str(prov.get("source") or ""), str(prov.get("article") or ""))
        others = [self.keyed(str(k)) for k in prov.get("also_in") or ()]
        return list(dict.fromkeys([own, *(i for i in others if i is not None)]))


def _facts(provenance: list[dict[str, Any]], articles: _Articles, sentences: dict[str, int]) -> list[dict]:
    """One fact per distinct sentence; copies of an article add their article, not a second fact."""
    by_text: dict[str, dict[str, Any]] = {}
    for prov in provenance:
        text = _clean(prov.get("sentence"))
        arts = articles.of(prov)
        date = date_span(prov.get("event_date")) or date_span(prov.get("article_date"))
        if date is None and articles.rows[arts[0]]["date"]:
            date = date_span(articles.rows[arts[0]]["date"])
        fact = by_text.get(text.casefold())
        if fact is None:
            fact = by_text[text.casefold()] = {
                "t": sentences.setdefault(text, len(sentences)),
                "a": [],
                "c": 0.0,
                "by": None,
                "d": None,
            }
        fact["a"].extend(a for a in arts if a not in fact["a"])
        fact["c"] = max(fact["c"], round(float(prov.get("confidence") or 0.0), 3))
        fact["by"] = fact["by"] or (_clean(prov.get("attributed_to")) or None)
        said = _clean(prov.get("content"))
        if said and not fact.get("said"):
            fact["said"] = said  # what the speaker said of the object, where the edge is a word about it
        if date and (fact["d"] is None or date[0] < fact["d"][0]):
            fact["d"] = list(date)
    return sorted(by_text.values(), key=lambda f: (-f["c"], f["t"]))


def page_data(
    g: nx.MultiDiGraph,
    *,
    title: str = "",
    articles: Iterable[Article] = (),
    note: str = "",
    totals: tuple[int, int] | None = None,
    filters: Mapping[str, Any] | None = None,
    positions: Mapping[Hashable, tuple[float, float]] | None = None,
) -> dict[str, Any]:
    """The page's JSON document for graph `g` (see module docstring); `totals` are the entity and relation
    counts of the whole graph when `g` is a part of it."""
    positions = positions if positions is not None else layout_positions(g)
    importance = node_importance(g)
    order = sorted(g.nodes, key=lambda n: (tuple(-v for v in importance[n]), str(n)))
    index = {node: i for i, node in enumerate(order)}
    nodes = []
    for rank, node_id in enumerate(order):
        data = g.nodes[node_id]
        label = _clean(data.get("label") or node_id)
        aliases = dict.fromkeys(_clean(a) for a in data.get("aliases") or ())
        x, y = positions[node_id]
        nodes.append({
            "id": str(node_id),
            "label": label,
            "kind": _kind(node_id, data),
            "country": data.get("country") or None,
            "aliases": [a for a in aliases if a and a != label],
            "mentions": int(data.get("mentions") or 0),
            "articles": int(data.get("articles") or 0),
            "size": node_size(int(data.get("mentions") or 0)),
            "x": x,
            "y": y,
            "rank": rank,
        })  # fmt: skip
    arts = _Articles(g.graph.get("articles") or {}, articles)
    sentences: dict[str, int] = {}
    edges = []
    # Edges in a stable order: by their endpoints' ranks, then predicate and polarity.
    ordered = sorted(
        g.edges(keys=True, data=True),
        key=lambda e: (index[e[0]], index[e[1]], str(e[3].get("predicate")), bool(e[3].get("negated"))),
    )
    for u, v, _key, data in ordered:
        facts = _facts(list(data.get("provenance") or []), arts, sentences)
        root = data.get("event_root") or None
        edges.append({
            "id": f"e{len(edges)}",
            "s": index[u],
            "o": index[v],
            "p": _clean(data.get("predicate")),
            "neg": bool(data.get("negated")),
            "root": str(root)[:2] if root and str(root)[:2] in CAMEO_ROOTS else None,
            "cat": relation_category(root),
            "mod": data.get("modality") or None,
            "conf": round(float(data.get("confidence") or 0.0), 3),
            "n": len(facts) or int(data.get("count") or 1),
            "w": edge_width(len(facts) or int(data.get("count") or 1)),
            "f": facts,
        })  # fmt: skip
    kinds_present = {n["kind"] for n in nodes}
    return {
        "title": title,
        "note": note,
        "total": {"nodes": totals[0] if totals else len(nodes), "edges": totals[1] if totals else len(edges)},
        "kinds": [{"kind": k, "colour": KIND_COLOURS[k]} for k in KINDS if k in kinds_present],
        "categoryColours": CATEGORY_COLOURS,
        "roots": CAMEO_ROOTS,
        "countries": _country_names(g),
        "articles": arts.rows,
        "sentences": list(sentences),
        "nodes": nodes,
        "edges": edges,
        "filters": {k: v for k, v in (filters or {}).items() if v is not None},
    }
