"""`geokg build`: articles in, triples.jsonl + graph.ttl + graph.html + graph.json out."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geokg.extract.io.nlp import ModelNotFound, load_model
from geokg.extract.io.reader import Article, ReadProblem, read_articles
from geokg.extract.records import ArticleResult
from geokg.extract.triples import write_triples
from geokg.graph.exports import write_node_link_json
from geokg.graph.html import write_html
from geokg.graph.merge import merge_results
from geokg.graph.rdf import write_turtle
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

    def describe(self) -> str:
        skipped = ""
        if self.problems:
            skipped = f"{self.problems} input{'s' * (self.problems != 1)} skipped, see above"
        if not self.articles:
            reason = skipped or "no input"
            return f"No articles could be read ({reason}); nothing was written to {self.out_dir}."
        return (
            f"Read {self.articles} article{'s' * (self.articles != 1)} in {self.seconds:.1f} s"
            f"{f' ({skipped})' if skipped else ''}: "
            f"{self.triples} triple{'s' * (self.triples != 1)} about {self.entities} "
            f"entit{'ies' if self.entities != 1 else 'y'}, merged into {self.relations} "
            f"relation{'s' * (self.relations != 1)} ({self.negated} negated). "
            f"Wrote {', '.join(str(p) for p in self.files)}."
        )


def _read(inputs: list[Path]) -> tuple[list[Article], int]:
    articles: list[Article] = []
    problems = 0
    for item in read_articles(inputs):
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

    try:
        cache = ParseCache(cache_dir, nlp) if cache_dir is not None else None
    except OSError as exc:
        raise BuildError(f"cannot use cache folder {cache_dir}: {exc.strerror or exc}") from exc
    results = extract_articles(articles, nlp, n_process=processes, cache=cache)
    show = progress and len(articles) >= MIN_ARTICLES_FOR_PROGRESS
    return iter(tqdm(results, total=len(articles), unit="article", file=sys.stderr, disable=not show))


def build_graph(
    inputs: list[Path],
    out_dir: Path,
    *,
    model: str,
    processes: int = 1,
    progress: bool = True,
    cache_dir: Path | None = None,
) -> BuildSummary:
    """Extract triples from every readable article under `inputs` and write the graph files into `out_dir`.

    Unreadable inputs are reported one line each on stderr and skipped. Raises BuildError when nothing
    was given, the output folder cannot be used, or the model is not installed.
    """
    started = time.perf_counter()
    if not inputs:
        raise BuildError("no input files or folders given")
    if processes < 1:
        raise BuildError(f"--processes must be at least 1 (got {processes})")
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise BuildError(f"{out_dir} exists and is not a folder")

    articles, problems = _read(list(inputs))
    if not articles:
        return BuildSummary(0, problems, 0, 0, time.perf_counter() - started, out_dir)

    results = list(_extract(articles, model, processes, progress, cache_dir))
    for result in results:
        if result.problem:
            problems += 1
            print(
                f"geokg build: {result.article.source} ({result.article.id}): {result.problem}",
                file=sys.stderr,
            )
    triples = [t for result in results for t in result.triples]
    graph = merge_results(results)

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        files = (out_dir / TRIPLES_FILE, out_dir / TURTLE_FILE, out_dir / HTML_FILE, out_dir / JSON_FILE)
        write_triples(triples, str(files[0]))
        write_turtle(graph, files[1])
        title = articles[0].title if len(articles) == 1 and articles[0].title else f"{len(articles)} articles"
        write_html(graph, files[2], title=f"geokg: {title}")
        write_node_link_json(graph, files[3])
    except OSError as exc:
        raise BuildError(f"cannot write to {out_dir}: {exc.strerror or exc}") from exc

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
    )
