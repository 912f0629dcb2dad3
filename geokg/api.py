"""`geokg.build` and `geokg.load`: knowledge graphs in Python, with the same steps as `geokg build`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from geokg.extract.io.nlp import DEFAULT_MODEL
from geokg.extract.io.reader import Article
from geokg.extract.io.wrapping import as_prose
from geokg.extract.triples import read_triples
from geokg.graph.build import (
    DEFAULT_MIN_CONFIDENCE,
    JSON_FILE,
    TRIPLES_FILE,
    BuildError,
    check_min_confidence,
    confident,
    extract_results,
    read_inputs,
)
from geokg.graph.exports import read_node_link_json
from geokg.knowledge import KnowledgeGraph

TITLE_CHARS = 100

PathLike = str | Path


def text_article(text: str, number: int) -> Article:
    """A text given in Python as an article: id "text-N", its first line as the title."""
    text = as_prose(text)
    title = text.strip().split("\n", 1)[0].strip()
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1] + "…"
    return Article(id=f"text-{number}", text=text, source=f"<text {number}>", title=title)


def build(
    inputs: PathLike | Iterable[PathLike] = (),
    *,
    texts: Iterable[str | Article] = (),
    model: str = DEFAULT_MODEL,
    out: PathLike | None = None,
    processes: int = 1,
    progress: bool = False,
    cache: PathLike | None = None,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> KnowledgeGraph:
    """Build a knowledge graph from article files and folders (`inputs`) and/or strings (`texts`).

    Nothing is written unless `out` names a folder, which then gets the four files of `geokg build`.
    `min_confidence` leaves out the triples less confident than that (as `geokg build --min-confidence`).
    Unreadable inputs are reported on stderr and skipped, as on the command line. Raises BuildError when
    there is nothing to read or the model is not installed.
    """
    paths = [Path(inputs)] if isinstance(inputs, str | Path) else [Path(p) for p in inputs]
    if isinstance(texts, str):
        texts = [texts]
    if processes < 1:
        raise BuildError(f"processes must be at least 1 (got {processes})")
    check_min_confidence(min_confidence)
    articles, problems = read_inputs(paths) if paths else ([], 0)
    given = [t if isinstance(t, Article) else text_article(str(t), i) for i, t in enumerate(texts, 1)]
    articles += [a for a in given if a.text.strip()]
    if not articles:
        raise BuildError("no articles to build from" + (" (see the problems above)" if problems else ""))
    results, failed = extract_results(
        articles,
        model=model,
        processes=processes,
        progress=progress,
        cache_dir=Path(cache) if cache is not None else None,
    )
    kg = KnowledgeGraph.from_results(articles, confident(results, min_confidence), problems=problems + failed)
    if out is not None:
        kg.save(out)
    return kg


def load(folder: PathLike) -> KnowledgeGraph:
    """A knowledge graph from a folder written by `geokg build` or `KnowledgeGraph.save` (its graph.json
    and triples.jsonl). The articles are those graph.json describes, without their text."""
    folder = Path(folder)
    graph_file, triples_file = folder / JSON_FILE, folder / TRIPLES_FILE
    if not graph_file.is_file():
        raise FileNotFoundError(f"{graph_file} not found (is {folder} a geokg build folder?)")
    graph = read_node_link_json(graph_file)
    triples = read_triples(str(triples_file)) if triples_file.is_file() else []
    articles = [
        Article(id=str(record.get("id") or key), text="", source=str(record.get("source") or ""),
                title=str(record.get("title") or ""), date=record.get("date"), url=record.get("url"))
        for key, record in (graph.graph.get("articles") or {}).items()
    ]  # fmt: skip
    return KnowledgeGraph(graph, triples, articles)
