"""`geokg build`: articles in, triples.jsonl + graph.ttl + graph.html + graph.json out."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import networkx as nx
from geokg.extract.dates import fact_date, within
from geokg.extract.io.atomic import write_all_atomic
from geokg.extract.io.reader import Article, ReadProblem, expand_inputs, read_articles
from geokg.extract.io.result_cache import ModelMissing, ResultCache, extractor_fingerprint
from geokg.extract.records import ArticleResult
from geokg.extract.triples import Triple, write_triples
from geokg.extract.workers import (
    InProcessRunner,
    ProcessRunner,
    Runner,
    StreamStats,
    WorkerSetup,
    extract_stream,
)
from geokg.graph.exports import write_node_link_json
from geokg.graph.html import render_page
from geokg.graph.merge import GraphMerger, article_key
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
RESULTS_FOLDER = "results"  # inside --cache DIR, beside the parse cache
# `--min-confidence`'s default: keep every triple. Confidences are calibrated on audits of unseen news
# (confidence.tsv); the cut that drops the speech rules (0.15) raises audited precision 0.43 -> 0.47 but
# costs 9 of 201 dev facts (recall 0.747 -> 0.714) while recall is the target not met (BENCHMARKS.md,
# Calibration); users who want fewer, surer facts raise it.
DEFAULT_MIN_CONFIDENCE = 0.0


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
    cached: int = 0  # articles whose result came from the result cache
    # Wall-clock seconds per stage ("extract" streams reading, parsing, rules and merging together) and
    # the seconds the workers spent parsing ("parse") and applying the rules ("rules"), summed over them.
    timings: dict[str, float] = field(default_factory=dict)

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
        from_cache = f" ({self.cached} from the cache)" if self.cached else ""
        return (
            f"Read {self.articles} article{'s' * (self.articles != 1)}{from_cache} in {self.seconds:.1f} s"
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


def _count_articles(inputs: list[Path]) -> int:
    """How many articles the inputs hold, for the progress bar, without reading them into memory."""
    total = 0
    for item in expand_inputs(inputs):
        if isinstance(item, ReadProblem):
            continue
        if item.suffix.lower() == ".jsonl":
            try:
                with item.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                continue
        else:
            total += 1
    return total


def _fingerprint(model: str) -> str:
    """The extractor's fingerprint (see geokg.extract.io.result_cache); a missing model is fatal here,
    before any work starts."""
    try:
        return extractor_fingerprint(model)
    except ModelMissing:
        # Not a package or folder; let spaCy try (and word the error) before giving up.
        from geokg.extract.io.nlp import ModelNotFound, load_model

        try:
            load_model(model)
        except ModelNotFound as exc:
            raise BuildError(str(exc)) from exc
        return f"{model}|unidentified"


def _runner_factory(setup: WorkerSetup, processes: int, dask: str | None) -> Callable[[], Runner]:
    """Where batches run, made on the first article that needs extracting: a build whose articles are
    all cached or stored loads no pipeline and needs none installed."""
    if dask is not None:
        try:
            from geokg.extract.cluster import DaskRunner
        except ImportError as exc:
            raise BuildError(str(exc)) from exc

    def make() -> Runner:
        _fingerprint(setup.model)  # a missing pipeline is one clear error, not one per worker
        if dask is None:
            return ProcessRunner(setup, processes) if processes > 1 else InProcessRunner(setup)
        try:
            return DaskRunner(setup, dask, workers=processes if processes > 1 else None)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BuildError(f"cannot use the Dask cluster {dask!r}: {exc}") from exc

    return make


@contextmanager
def _worker_errors() -> Iterator[None]:
    """Failures of the workers that no other article would escape either, as one BuildError."""
    try:
        yield
    except BrokenProcessPool as exc:
        raise BuildError(
            "a worker process stopped unexpectedly (out of memory?); try fewer --processes"
        ) from exc
    except RuntimeError as exc:
        if type(exc).__name__ == "ModelNotFound":  # raised by a worker; nlp's module is not imported here
            raise BuildError(str(exc)) from exc
        raise


def _result_cache(cache_dir: Path | None, model: str) -> ResultCache | None:
    if cache_dir is None:
        return None
    fingerprint = _fingerprint(model)  # cached results are only found for the model that made them
    try:
        return ResultCache(Path(cache_dir) / RESULTS_FOLDER, fingerprint)
    except OSError as exc:
        _note(f"cannot use cache folder {cache_dir} ({exc.strerror or exc}); extracting without it")
        return None


def _setup(model: str, cache_dir: Path | None) -> WorkerSetup:
    return WorkerSetup(model=model, parse_cache=str(cache_dir) if cache_dir is not None else None)


def extract_results(
    articles: list[Article],
    *,
    model: str,
    processes: int = 1,
    progress: bool = True,
    cache_dir: Path | None = None,
    dask: str | None = None,
) -> tuple[list[ArticleResult], int]:
    """Every article's extraction result, in input order, and how many failed (each reported on
    stderr). Parsing and extraction run as in `build_graph` (workers, cache, Dask)."""
    if not articles:
        return [], 0
    result_cache = _result_cache(cache_dir, model)
    runner_factory = _runner_factory(_setup(model, cache_dir), processes, dask)
    show = progress and len(articles) >= MIN_ARTICLES_FOR_PROGRESS
    results: list[ArticleResult] = []
    failed = 0
    bar = tqdm(total=len(articles), unit="article", file=sys.stderr, disable=not show)
    with _worker_errors(), bar:
        for result in extract_stream(articles, runner_factory, result_cache=result_cache):
            if result.problem:
                failed += 1
                bar.write(
                    f"geokg build: {result.article.source} ({result.article.id}): {result.problem}",
                    file=sys.stderr,
                )
            results.append(result)
            bar.update()
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
    return _write_graph_files(
        out_dir, articles, graph, view, title=title,
        write_triples_to=lambda path: write_triples(triples, str(path)),
    )  # fmt: skip


def _write_graph_files(
    out_dir: Path,
    articles: list[Article],
    graph: nx.MultiDiGraph,
    view: PageView,
    *,
    write_triples_to: Callable[[Path], object],
    title: str | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[Path, ...]:
    """The four files, written beside their targets and renamed together (geokg.extract.io.atomic);
    with `timings`, the seconds each file took."""
    if title is None:
        title = articles[0].title if len(articles) == 1 and articles[0].title else f"{len(articles)} articles"
    timings = timings if timings is not None else {}
    files = (out_dir / TRIPLES_FILE, out_dir / TURTLE_FILE, out_dir / HTML_FILE, out_dir / JSON_FILE)

    def timed(stage: str, write: Callable[[Path], object]) -> Callable[[Path], None]:
        def run(path: Path) -> None:
            begun = time.perf_counter()
            write(path)
            timings[stage] = time.perf_counter() - begun

        return run

    try:
        prepare_output_folder(out_dir)
        write_all_atomic({
            files[0]: timed("triples", write_triples_to),
            files[1]: timed("turtle", lambda path: write_turtle(graph, path)),
            files[2]: timed("html", lambda path: path.write_text(
                render_page(view, f"geokg: {title}", articles=articles), encoding="utf-8")),
            files[3]: timed("json", lambda path: write_node_link_json(graph, path)),
        })  # fmt: skip
    except OutputFolderError as exc:
        raise BuildError(str(exc)) from exc
    except OSError as exc:
        raise BuildError(f"cannot write to {out_dir}: {exc.strerror or exc}") from exc
    return files


class _Outputs:
    """The output folder, made when the first result arrives; triples.jsonl is written as results
    stream in, under a temporary name until the build is complete. A build that fails after that
    leaves the folder as it found it."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.triples_path = out_dir / TRIPLES_FILE
        self._partial = out_dir / (TRIPLES_FILE + ".partial")
        self._fh: Any = None
        self._made_folder = False
        self.triples = 0

    def add(self, result_triples: Iterable[Triple]) -> None:
        if self._fh is None:
            self._made_folder = not self.out_dir.exists()
            self.out_dir.mkdir(parents=True, exist_ok=True)
            self._fh = self._partial.open("w", encoding="utf-8")
        for t in result_triples:
            self._fh.write(t.to_json() + "\n")
            self.triples += 1

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()

    def move_to(self, path: Path) -> None:
        """Put the streamed triples at `path` (the atomic writer's temporary name for triples.jsonl)."""
        if self._fh is None:  # no result came (a store with nothing in the period): an empty file
            path.write_text("", encoding="utf-8")
        else:
            os.replace(self._partial, path)

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._partial.unlink(missing_ok=True)
        if self._made_folder and not any(self.out_dir.iterdir()):
            self.out_dir.rmdir()


def in_period(results: Iterable[ArticleResult], since: str | None, until: str | None) -> list[ArticleResult]:
    """The results with only the facts dated between `since` and `until` (inclusive; YYYY, YYYY-MM or
    YYYY-MM-DD): by event date where the text fixes one, else by article date. Undated facts drop out."""
    if since is None and until is None:
        return list(results)
    return [
        replace(r, triples=tuple(t for t in r.triples if within(fact_date(t), since, until))) for r in results
    ]


def confident(results: Iterable[ArticleResult], min_confidence: float) -> list[ArticleResult]:
    """The results with only the triples whose confidence is at least `min_confidence`."""
    if min_confidence <= 0:
        return list(results)
    return [
        replace(result, triples=tuple(t for t in result.triples if t.confidence >= min_confidence))
        for result in results
    ]


def check_min_confidence(min_confidence: float) -> None:
    """Refuse a minimum confidence outside [0, 1] (a BuildError saying so)."""
    if not 0 <= min_confidence <= 1:
        raise BuildError(f"--min-confidence must be between 0 and 1 (got {min_confidence})")


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
    dask: str | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> BuildSummary:
    """Extract triples from every readable article under `inputs` and write the graph files into `out_dir`.

    Articles stream through: they are read, sent to the workers (this process, `processes` local worker
    processes, or the Dask cluster at `dask`, "local" for one on this machine) in small batches, and
    their results are merged and written as they come back, in input order. With `cache_dir`, parses
    and per-article results are kept there, and a rebuild redoes only new or changed articles.

    With `store_dir`, the articles are added to that persistent store (graph/store.py): articles it
    already holds are not extracted again, and the files in `out_dir` (if given) describe the whole store.
    `since` / `until` keep only the facts of that period in the files (the store keeps every fact), and
    `min_confidence` only the triples at least that confident (in every file; the store keeps them all).

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
    check_min_confidence(min_confidence)
    if max_nodes is not None and max_nodes < 0:
        raise BuildError(f"--max-nodes must be 0 (no limit) or more (got {max_nodes})")
    inputs = list(inputs)
    result_cache = _result_cache(cache_dir, model)
    runner_factory = _runner_factory(_setup(model, cache_dir), processes, dask)
    store = _open_store(store_dir) if store_dir is not None else None
    stored = set(store.keys()) if store is not None else set()

    total = _count_articles(inputs)
    show = progress and total >= MIN_ARTICLES_FOR_PROGRESS
    bar = tqdm(total=total, unit="article", file=sys.stderr, disable=not show)
    problems = 0
    read: list[Article] = []  # the first article only: its title names a one-article graph
    read_count = 0

    def articles() -> Iterator[Article]:
        nonlocal problems, read_count
        exclude = [out_dir] if out_dir is not None else []
        for item in read_articles(inputs, exclude=exclude, on_note=_note):
            if isinstance(item, ReadProblem):
                problems += 1
                bar.write(f"geokg build: skipped {item}", file=sys.stderr)
                continue
            read_count += 1
            if not read:
                read.append(item)
            if store is not None:  # the store holds each text once and extracts it once
                key = article_key(item.text)
                if key in stored:
                    bar.update()
                    continue
                stored.add(key)
            yield item

    stats = StreamStats()
    merger = GraphMerger()
    outputs = _Outputs(out_dir) if out_dir is not None else None
    fresh: list[ArticleResult] = []  # new results for the store (small records, never parses)
    # The articles the page names (their records without the text: the text is not needed there).
    page_articles: list[Article] = []

    def take(result: ArticleResult) -> None:
        (result,) = confident(in_period([result], since, until), min_confidence)
        if outputs is not None:
            outputs.add(result.triples)
        merger.add(result)
        page_articles.append(replace(result.article, text=""))

    timings: dict[str, float] = {}
    try:
        with _worker_errors(), bar:
            for result in extract_stream(articles(), runner_factory, result_cache=result_cache, stats=stats):
                if result.problem:
                    problems += 1
                    bar.write(
                        f"geokg build: {result.article.source} ({result.article.id}): {result.problem}",
                        file=sys.stderr,
                    )
                if store is None:
                    take(result)
                else:
                    fresh.append(result)
                bar.update()
        timings["extract"] = time.perf_counter() - started
        timings["parse"], timings["rules"] = stats.parse_seconds, stats.extract_seconds
        store_note = ""
        if store is not None and read_count:
            try:
                update = store.add(fresh)
            except (OSError, StoreError) as exc:
                raise BuildError(f"cannot update the store {store_dir}: {exc}") from exc
            update = replace(update, known=update.known + read_count - len(fresh))
            store_note = update.describe(store.path)
            if outputs is None:
                seconds = time.perf_counter() - started
                return BuildSummary(read_count, problems, 0, 0, seconds, store.path, store=store_note)
            for result in store.results():
                take(result)
        if outputs is not None:
            outputs.close()
    except OSError as exc:
        if outputs is not None:
            outputs.discard()
        raise BuildError(f"cannot write to {out_dir}: {exc.strerror or exc}") from exc
    except BaseException:
        if outputs is not None:
            outputs.discard()
        raise
    if not read_count:
        if outputs is not None:
            outputs.discard()
        where = out_dir or Path(store_dir or ".")
        return BuildSummary(0, problems, 0, 0, time.perf_counter() - started, where)
    assert out_dir is not None and outputs is not None

    try:  # whatever fails from here on, the output folder is left as it was found
        begun = time.perf_counter()
        graph = merger.graph()
        timings["merge"] = time.perf_counter() - begun
        view = page_view(graph, max_nodes=max_nodes, focus=focus, hops=hops)
        title = read[0].title if read_count == 1 and read[0].title else f"{read_count} articles"
        # The page names every article its facts come from: with a store, those of earlier builds too.
        files = _write_graph_files(
            out_dir, page_articles, graph, view, title=title, timings=timings,
            write_triples_to=outputs.move_to,
        )  # fmt: skip
    except BaseException:
        outputs.discard()
        raise

    return BuildSummary(
        articles=read_count,
        problems=problems,
        entities=graph.number_of_nodes(),
        triples=outputs.triples,
        seconds=time.perf_counter() - started,
        out_dir=out_dir,
        relations=graph.number_of_edges(),
        negated=sum(1 for _, _, negated in graph.edges(data="negated") if negated),
        files=files,
        store=store_note,
        page_note=view.note,
        cached=stats.cached,
        timings=timings,
    )


def _open_store(path: Path) -> GraphStore:
    try:
        return GraphStore(path)
    except StoreError as exc:
        raise BuildError(str(exc)) from exc
