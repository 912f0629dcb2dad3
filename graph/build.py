"""`geokg build`: articles in, triples.jsonl + graph.ttl + graph.html + graph.json out."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx
from geokg.extract.dates import fact_date, within
from geokg.extract.io.atomic import write_all_atomic
from geokg.extract.io.nlp import ModelNotFound, load_model
from geokg.extract.io.reader import Article, ReadProblem, read_articles
from geokg.extract.records import ArticleResult
from geokg.extract.triples import Triple, write_triples
from geokg.graph.exports import write_node_link_json
from geokg.graph.html import render_page
from geokg.graph.merge import article_key, merge_results
from geokg.graph.outputs import OutputFolderError, check_output_folder, prepare_output_folder
from geokg.graph.rdf import write_turtle
from geokg.graph.store import GraphStore, StoreError
from geokg.graph.views import DEFAULT_MAX_NODES, EntityNotFound, PageView, select_view
from tqdm import tqdm

TRIPLES_FILE = "triples.jsonl"
TURTLE_FILE = "graph.ttl"
HTML_FILE = "graph.html"
JSON_FILE = "graph.json"
# A bar for one or two articles is noise.
MIN_ARTICLES_FOR_PROGRESS = 3


class BuildError(RuntimeError):
    """A problem that stops the whole build (as opposed to one unreadable input)."""


@dataclass(frozen=True)
class BuildSummary:
    articles: int
    problems: int
    entities: int
    triples: int
    seconds: float
    out_dir: Path
    relations: int = 0
    negated: int = 0
    files: tuple[Path, ...] = field(default=())
    store: str = ""  # what the build did to a --store, one sentence
    page_note: str = ""  # what graph.html leaves out

    def describe(self) -> str:
        skipped = ""
        if self.problems:
            skipped = f"{self.problems} input{'s' * (self.problems != 1)} skipped, see above"
        if not self.articles:
            reason = skipped or "no input"
            return f"No articles could be read ({reason}); nothing was written to {self.out_dir}."
        if not self.files:
            plural = "s" * (self.articles != 1)
            return f"Read {self.articles} article{plural} in {self.seconds:.1f} s. {self.store}"
        return (
            f"Read {self.articles} article{'s' * (self.articles != 1)} in {self.seconds:.1f} s"
            f"{f' ({skipped})' if skipped else ''}: "
            f"{self.triples} triple{'s' * (self.triples != 1)} about {self.entities} "
            f"entit{'ies' if self.entities != 1 else 'y'}, merged into {self.relations} "
            f"relation{'s' * (self.relations != 1)} ({self.negated} negated). "
            f"Wrote {', '.join(str(p) for p in self.files)}.{f' {self.store}' if self.store else ''}"
            f"{f' {HTML_FILE}: {self.page_note}' if self.page_note else ''}"
        )


def _note(message: str) -> None:
    print(f"geokg build: note: {message}", file=sys.stderr)


def read_inputs(inputs: list[Path], out_dir: Path | None = None) -> tuple[list[Article], int]:
    """The readable articles under `inputs`, and how many inputs were skipped (each reported on stderr).

    Remarks that lose nothing (a guessed encoding, a repeated text read once) are `note:` lines. The
    output folder may sit inside an input folder: its files are never read back as articles.
    """
    articles: list[Article] = []
    problems = 0
    exclude = [out_dir] if out_dir is not None else []
    for item in read_articles(inputs, exclude=exclude, on_note=_note):
        if isinstance(item, ReadProblem):
            problems += 1
            print(f"geokg build: skipped {item}", file=sys.stderr)
        else:
            articles.append(item)
    return articles, problems


def _extract(
    articles: list[Article], model: str, processes: int, progress: bool, cache_dir: Path | None
) -> Iterator[ArticleResult]:
    try:
        nlp = load_model(model)
    except ModelNotFound as exc:
        raise BuildError(str(exc)) from exc
    # Imported here so that the rest of graph/ works without the extraction pipeline's heavier imports.
    from geokg.extract.io.cache import ParseCache
    from geokg.extract.pipeline import extract_articles

    cache = None
    if cache_dir is not None:
        try:
            cache = ParseCache(cache_dir, nlp, report=_note)
        except OSError as exc:
            _note(f"cannot use cache folder {cache_dir} ({exc.strerror or exc}); parsing without it")
    results = extract_articles(articles, nlp, n_process=processes, cache=cache)
    show = progress and len(articles) >= MIN_ARTICLES_FOR_PROGRESS
    return iter(tqdm(results, total=len(articles), unit="article", file=sys.stderr, disable=not show))


def extract_results(
    articles: list[Article],
    *,
    model: str,
    processes: int = 1,
    progress: bool = True,
    cache_dir: Path | None = None,
) -> tuple[list[ArticleResult], int]:
    """Every article's extraction result, and how many failed (each reported on stderr)."""
    results = list(_extract(articles, model, processes, progress, cache_dir)) if articles else []
    failed = 0
    for result in results:
        if result.problem:
            failed += 1
            print(
                f"geokg build: {result.article.source} ({result.article.id}): {result.problem}",
                file=sys.stderr,
            )
    return results, failed


def page_view(graph: nx.MultiDiGraph, *, max_nodes: int | None, focus: str | None, hops: int) -> PageView:
    """What graph.html shows (see graph.views.select_view), with a bad --focus as a BuildError."""
    try:
        return select_view(graph, max_nodes=max_nodes, focus=focus, hops=hops)
    except EntityNotFound as exc:
        raise BuildError(f"--focus: {exc}") from exc


def write_outputs(
    out_dir: Path,
    articles: list[Article],
    triples: list[Triple],
    graph: nx.MultiDiGraph,
    view: PageView,
    *,
    title: str | None = None,
) -> tuple[Path, ...]:
    """Write the four output files into `out_dir` (created if missing); graph.html shows `view` and
    names the `articles` its facts come from.

    All four are written beside their targets and renamed together once complete: a killed or failed
    build leaves the previous outputs whole.
    """
    if title is None:
        title = articles[0].title if len(articles) == 1 and articles[0].title else f"{len(articles)} articles"
    files = (out_dir / TRIPLES_FILE, out_dir / TURTLE_FILE, out_dir / HTML_FILE, out_dir / JSON_FILE)
    try:
        prepare_output_folder(out_dir)
        write_all_atomic(
            {
                files[0]: lambda path: write_triples(triples, str(path)),
                files[1]: lambda path: write_turtle(graph, path),
                files[2]: lambda path: path.write_text(
                    render_page(view, f"geokg: {title}", articles=articles), encoding="utf-8"
                ),
                files[3]: lambda path: write_node_link_json(graph, path),
            }
        )
    except OutputFolderError as exc:
        raise BuildError(str(exc)) from exc
    except OSError as exc:
        raise BuildError(f"cannot write to {out_dir}: {exc.strerror or exc}") from exc
    return files


def in_period(results: Iterable[ArticleResult], since: str | None, until: str | None) -> list[ArticleResult]:
    """The results with only the facts dated between `since` and `until` (inclusive; YYYY, YYYY-MM or
    YYYY-MM-DD): by event date where the text fixes one, else by article date. Undated facts drop out."""
    if since is None and until is None:
        return list(results)
    return [
        replace(r, triples=tuple(t for t in r.triples if within(fact_date(t), since, until))) for r in results
    ]


def build_graph(
    inputs: list[Path],
    out_dir: Path | None,
    *,
    model: str,
    processes: int = 1,
    progress: bool = True,
    cache_dir: Path | None = None,
    store_dir: Path | None = None,
    since: str | None = None,
    until: str | None = None,
    max_nodes: int | None = DEFAULT_MAX_NODES,
    focus: str | None = None,
    hops: int = 1,
) -> BuildSummary:
    """Extract triples from every readable article under `inputs` and write the graph files into `out_dir`.

    With `store_dir`, the articles are added to that persistent store (graph/store.py): articles it
    already holds are not extracted again, and the files in `out_dir` (if given) describe the whole store.
    `since` / `until` keep only the facts of that period in the files (the store keeps every fact).

    `max_nodes`, `focus` and `hops` shape graph.html only (graph.views.select_view); the other files hold
    the whole graph.

    Unreadable inputs are reported one line each on stderr and skipped. Raises BuildError when nothing
    was given, the output folder or store cannot be used, the model is not installed, or `focus` names
    no entity.
    """
    started = time.perf_counter()
    if not inputs:
        raise BuildError("no input files or folders given")
    if processes < 1:
        raise BuildError(f"--processes must be at least 1 (got {processes})")
    if out_dir is None and store_dir is None:
        raise BuildError("give an output folder (--out) or a store (--store)")
    if out_dir is None and (since or until):
        raise BuildError("--since/--until filter the files written to --out; the store keeps every fact")
    out_dir = Path(out_dir) if out_dir is not None else None
    if out_dir is not None:
        try:
            check_output_folder(out_dir)
        except OutputFolderError as exc:
            raise BuildError(str(exc)) from exc

    if hops < 0:
        raise BuildError(f"--hops must be 0 or more (got {hops})")
    if max_nodes is not None and max_nodes < 0:
        raise BuildError(f"--max-nodes must be 0 (no limit) or more (got {max_nodes})")
    articles, problems = read_inputs(list(inputs), out_dir)
    if not articles:
        where = out_dir or Path(store_dir or ".")
        return BuildSummary(0, problems, 0, 0, time.perf_counter() - started, where)

    store = _open_store(store_dir) if store_dir is not None else None
    to_extract = articles if store is None else _new_to(store, articles)
    results, failed = extract_results(
        to_extract, model=model, processes=processes, progress=progress, cache_dir=cache_dir
    )
    problems += failed
    store_note = ""
    if store is not None:
        try:
            update = store.add(results)
        except (OSError, StoreError) as exc:
            raise BuildError(f"cannot update the store {store_dir}: {exc}") from exc
        update = replace(update, known=update.known + len(articles) - len(to_extract))
        store_note = update.describe(store.path)
        if out_dir is None:
            seconds = time.perf_counter() - started
            return BuildSummary(len(articles), problems, 0, 0, seconds, store.path, store=store_note)
        results = list(store.results())
    results = in_period(results, since, until)
    triples = [t for result in results for t in result.triples]
    graph = merge_results(results)
    view = page_view(graph, max_nodes=max_nodes, focus=focus, hops=hops)
    title = articles[0].title if len(articles) == 1 and articles[0].title else f"{len(articles)} articles"
    # The page names every article its facts come from: with a store, those of earlier builds too.
    files = write_outputs(out_dir, [r.article for r in results], triples, graph, view, title=title)

    return BuildSummary(
        articles=len(articles),
        problems=problems,
        entities=graph.number_of_nodes(),
        triples=len(triples),
        seconds=time.perf_counter() - started,
        out_dir=out_dir,
        relations=graph.number_of_edges(),
        negated=sum(1 for _, _, negated in graph.edges(data="negated") if negated),
        files=files,
        store=store_note,
        page_note=view.note,
    )


def _open_store(path: Path) -> GraphStore:
    try:
        return GraphStore(path)
    except StoreError as exc:
        raise BuildError(str(exc)) from exc


def _new_to(store: GraphStore, articles: list[Article]) -> list[Article]:
    """The articles whose text the store does not hold yet, each text once."""
    seen = set(store.keys())
    fresh = []
    for article in articles:
        key = article_key(article.text)
        if key not in seen:
            seen.add(key)
            fresh.append(article)
    return fresh
