"""A persistent, queryable graph: an embedded Oxigraph database that `geokg build --store DIR` adds to.

A store folder holds two things:

- `articles/`: one compressed extraction record per article (its text, entities and triples), named by
  the hash of its text, and `articles/index.json` listing them in the order they were added. These are
  the store's truth: the same article again (under any name) is recognised by its hash and adds nothing.
- `oxigraph/`: the RDF of the graph merged from all those records (graph/rdf.py), kept in step with
  them. After new articles arrive, the whole graph is merged again, so new articles join the entities
  already there exactly as if everything had been built together, and only the triples that changed
  are written. An interrupted update leaves a marker, and the next build finishes it.

`query()` runs SPARQL over a store, an open pyoxigraph Store or an in-memory merged graph alike;
graph/exports.py writes a store out (`geokg export`).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple
from geokg.graph.merge import article_key, merge_results
from geokg.graph.rdf import rdf_triples
from geokg.graph.vocab import PREFIXES

__all__ = [
    "QUERY_FORMATS",
    "GraphStore",
    "QueryResult",
    "StoreError",
    "memory_store",
    "query",
]

RECORDS_DIR = "articles"
INDEX_FILE = "index.json"
DATABASE_DIR = "oxigraph"
PENDING_MARKER = "sync-pending"
QUERY_FORMATS = ("table", "csv", "tsv", "json")
# Table cells longer than this are cut (the CSV and JSON formats are never cut).
TABLE_CELL_CHARS = 80
# Additions above this size are bulk-loaded (not one transaction; the pending marker covers a crash).
BULK_LOAD_QUADS = 50_000


class StoreError(RuntimeError):
    """A store folder that cannot be used, or a query that cannot run."""


# --- records ----------------------------------------------------------------------------------------


def _record(result: ArticleResult) -> dict[str, Any]:
    return {
        "article": asdict(result.article),
        "entities": [asdict(e) for e in result.entities],
        "triples": [t.to_dict() for t in result.triples],
        "problem": result.problem,
    }


def _result(record: dict[str, Any]) -> ArticleResult:
    entities = tuple(Entity(**{**e, "aliases": tuple(e.get("aliases") or ())}) for e in record["entities"])
    return ArticleResult(
        article=Article(**record["article"]),
        entities=entities,
        triples=tuple(Triple.from_dict(t) for t in record["triples"]),
        problem=record.get("problem"),
    )


def _write_atomic(path: Path, data: bytes, *, durable: bool = False) -> None:
    """Write through a temporary file and a rename, so a killed process never leaves half a file.
    `durable` also waits for the disk (for the index, which commits a batch of records)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class StoreUpdate:
    """What one build did to a store."""

    added: int  # articles new to the store
    known: int  # articles skipped because the store already had their text
    articles: int  # articles in the store afterwards
    triples: int  # RDF triples in the store afterwards
    removed_triples: int = 0
    added_triples: int = 0

    def describe(self, path: Path) -> str:
        known = f", {self.known} already there" if self.known else ""
        return (
            f"Store {path}: {self.added} new article{'s' * (self.added != 1)}{known}; "
            f"{self.articles} article{'s' * (self.articles != 1)}, {self.triples} RDF triples "
            f"(+{self.added_triples} -{self.removed_triples})."
        )


@dataclass
class _Index:
    keys: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> _Index:
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(list(data["articles"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{path} is damaged ({exc}); remove the store folder and build again") from exc

    def write(self, path: Path) -> None:
        _write_atomic(path, json.dumps({"articles": self.keys}, indent=0).encode("utf-8"), durable=True)


# --- the store ----------------------------------------------------------------------------------------


class GraphStore:
    """A geokg store folder (see the module docstring). Open one with `GraphStore(path)`: it is created
    when missing, unless `create=False`."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} exists and is not a folder")
        if not create and not (self.path / DATABASE_DIR).is_dir():
            raise StoreError(f"{self.path} is not a geokg store (build one with geokg build ... --store DIR)")
        self.records = self.path / RECORDS_DIR
        try:
            if not read_only:
                self.records.mkdir(parents=True, exist_ok=True)
            database = str(self.path / DATABASE_DIR)
            self.rdf = ox.Store.read_only(database) if read_only else ox.Store(database)
        except OSError as exc:
            if "LOCK" in str(exc):
                raise StoreError(f"the store {self.path} is in use by another build") from exc
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        self.index = _Index.read(self.records / INDEX_FILE)
        self.read_only = read_only

    @property
    def interrupted(self) -> bool:
        """Whether an update of the RDF was interrupted (the next build completes it)."""
        return self._pending()

    # articles

    def keys(self) -> list[str]:
        """Article keys (text hashes) in the order the articles were added."""
        return list(self.index.keys)

    def __contains__(self, article: Article | str) -> bool:
        key = article if isinstance(article, str) else article_key(article.text)
        return key in set(self.index.keys)

    def results(self) -> Iterator[ArticleResult]:
        """Every stored extraction record, in the order the articles were added."""
        for key in self.index.keys:
            path = self.records / f"{key}.json.gz"
            try:
                yield _result(json.loads(gzip.decompress(path.read_bytes())))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise StoreError(f"{path}: damaged record ({exc}); rebuild that article") from exc

    def graph(self) -> nx.MultiDiGraph:
        """The merged graph of every stored article (as `merge_results` would give for all of them)."""
        return merge_results(self.results())

    def add(self, results: Iterable[ArticleResult]) -> StoreUpdate:
        """Add the results of articles the store does not have yet, then bring the RDF up to date."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        known = set(self.index.keys)
        added = skipped = 0
        for result in results:
            key = article_key(result.article.text)
            if key in known or result.problem:
                skipped += key in known
                continue
            record = gzip.compress(json.dumps(_record(result)).encode("utf-8", "surrogatepass"))
            _write_atomic(self.records / f"{key}.json.gz", record)
            self.index.keys.append(key)
            known.add(key)
            added += 1
        removed_triples = added_triples = 0
        if added or self._pending():
            self.index.write(self.records / INDEX_FILE)
            removed_triples, added_triples = self.sync()
        return StoreUpdate(
            added, skipped, len(self.index.keys), len(self.rdf), removed_triples, added_triples
        )

    # the RDF

    def _pending(self) -> bool:
        return (self.path / PENDING_MARKER).exists()

    def sync(self, graph: nx.MultiDiGraph | None = None) -> tuple[int, int]:
        """Make the RDF say exactly what the merged records say; returns (triples removed, triples added)."""
        marker = self.path / PENDING_MARKER
        marker.write_text("An update of the RDF was interrupted; the next geokg build finishes it.\n")
        triples = rdf_triples(graph or self.graph())
        if not len(self.rdf):  # a new store: stream everything in, without holding it
            self.rdf.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
            self.rdf.flush()
            marker.unlink()
            return 0, len(self.rdf)
        wanted = {ox.Quad(t.subject, t.predicate, t.object) for t in triples}
        present = set(self.rdf.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        stale, new = present - wanted, wanted - present
        for quad in stale:
            self.rdf.remove(quad)
        if len(new) > BULK_LOAD_QUADS:
            self.rdf.bulk_extend(new)
        else:
            self.rdf.extend(new)
        self.rdf.flush()
        marker.unlink()
        return len(stale), len(new)

    def __len__(self) -> int:
        return len(self.rdf)

    def query(self, sparql: str) -> QueryResult:
        return query(self.rdf, sparql)


# --- queries --------------------------------------------------------------------------------------------


def memory_store(g: nx.MultiDiGraph) -> ox.Store:
    """An in-memory Oxigraph store holding the RDF of a merged graph, for SPARQL without a store folder."""
    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in rdf_triples(g))
    return store


def _compact(term: Any) -> str:
    """A term as a person reads it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = max((ns for ns in PREFIXES.values() if term.value.startswith(ns)), key=len, default=None)
        if best is None:
            return term.value
        prefix = next(name for name, ns in PREFIXES.items() if ns == best)
        return f"{prefix}:{term.value[len(best) :]}"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(getattr(term, "value", term))


def _python(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value.rsplit("#", 1)[-1]
        if datatype == "integer":
            return int(term.value)
        if datatype in ("decimal", "double", "float"):
            return float(term.value)
        if datatype == "boolean":
            return term.value == "true"
        return term.value
    return term.value


@dataclass
class QueryResult:
    """The answer to a SPARQL query: `variables` and `rows` (SELECT), `boolean` (ASK) or `triples`
    (CONSTRUCT, DESCRIBE)."""

    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)  # pyoxigraph terms, None where unbound
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (numbers, booleans, strings, IRIs as strings)."""
        return [{v: _python(term) for v, term in zip(self.variables, row, strict=True)} for row in self.rows]

    def to_string(self, result_format: str = "table") -> str:
        if result_format not in QUERY_FORMATS:
            raise StoreError(f"unknown format {result_format!r} (use one of {', '.join(QUERY_FORMATS)})")
        if self.boolean is not None:
            if result_format == "json":
                return json.dumps({"head": {}, "boolean": self.boolean})
            return "true\n" if self.boolean else "false\n"
        if self.triples or not self.variables:
            rdf_format = ox.RdfFormat.N_TRIPLES if result_format in ("csv", "tsv") else ox.RdfFormat.TURTLE
            return ox.serialize(self.triples, format=rdf_format, prefixes=PREFIXES).decode("utf-8")
        if result_format == "table":
            return self._table()
        if result_format in ("csv", "tsv"):
            buffer = io.StringIO()
            delimiter = "," if result_format == "csv" else "\t"
            writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
            writer.writerow(self.variables)
            writer.writerows([["" if t is None else t.value for t in row] for row in self.rows])
            return buffer.getvalue()
        bindings = [_json_binding(self.variables, row) for row in self.rows]
        document = {"head": {"vars": self.variables}, "results": {"bindings": bindings}}
        return json.dumps(document, ensure_ascii=False)

    def _table(self) -> str:
        cells = [[_cut(_compact(t)) for t in row] for row in self.rows]
        widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(self.variables)]
        lines = [
            "  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=True)).rstrip(),
            "  ".join("-" * w for w in widths),
        ]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
        lines.append(f"({len(self.rows)} row{'s' * (len(self.rows) != 1)})")
        return "\n".join(lines) + "\n"


def _cut(text: str) -> str:
    text = " ".join(text.split())  # one line per row, whatever the sentence holds
    return text if len(text) <= TABLE_CELL_CHARS else text[: TABLE_CELL_CHARS - 1] + "…"


def _json_binding(variables: list[str], row: list[Any]) -> dict[str, Any]:
    """One row in the SPARQL 1.1 Query Results JSON format."""
    binding: dict[str, Any] = {}
    for name, term in zip(variables, row, strict=True):
        if term is None:
            continue
        if isinstance(term, ox.NamedNode):
            binding[name] = {"type": "uri", "value": term.value}
        elif isinstance(term, ox.BlankNode):
            binding[name] = {"type": "bnode", "value": term.value}
        else:
            binding[name] = {"type": "literal", "value": term.value}
            if term.language:
                binding[name]["xml:lang"] = term.language
            elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                binding[name]["datatype"] = term.datatype.value
    return binding


def query(source: GraphStore | ox.Store | nx.MultiDiGraph, sparql: str) -> QueryResult:
    """Run a SPARQL query over a store, an open pyoxigraph Store, or a merged networkx graph (loaded into
    an in-memory store). geokg's prefixes (graph/vocab.py: schema, skos, prov, dcterms, geokg, rel,
    country, person, ...) need no PREFIX lines."""
    if isinstance(source, GraphStore):
        store = source.rdf
    elif isinstance(source, nx.MultiDiGraph):
        store = memory_store(source)
    else:
        store = source
    try:
        answer = store.query(sparql, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise StoreError(f"the query is not valid SPARQL: {exc}") from exc
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult(boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        return QueryResult(triples=list(answer))
    variables = [v.value for v in answer.variables]
    return QueryResult(variables=variables, rows=[[solution[v] for v in variables] for solution in answer])
