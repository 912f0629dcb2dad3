"""Extraction at the parser's pace: articles go to workers in batches, each worker parses and extracts
them and sends back only the small results, and the caller receives them in input order as they come.

A *runner* says where batches run: in this process (`InProcessRunner`), in local worker processes
(`ProcessRunner`), or on a Dask cluster (`geokg.extract.cluster.DaskRunner`). All of them run the same
function, `extract_batch`, so they give the same results. Every worker process loads its pipeline once
(`load_model` is cached per process) and keeps it for all its batches.
"""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from geokg.extract.io.reader import Article
from geokg.extract.io.result_cache import ResultCache
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple

# spaCy and the pipeline are imported inside the functions that run in workers: the process that only
# hands out articles and merges results never needs them.

DEFAULT_BATCH_SIZE = 16


@dataclass(frozen=True)
class WorkerSetup:
    """Everything a worker needs, small enough to send with every batch."""

    model: str  # installed pipeline package or folder, as load_model takes it
    parse_cache: str | None = None  # folder of the parse cache, as the worker sees it
    batch_size: int = DEFAULT_BATCH_SIZE


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article's result without the article's text: the caller has the text already. The article
    record itself comes back, as extraction may complete it (a date read from the dateline)."""

    article: Article
    entities: tuple[Entity, ...]
    triples: tuple[Triple, ...]
    problem: str | None = None


@dataclass(frozen=True)
class BatchOutcome:
    results: list[Extracted]
    parse_seconds: float
    extract_seconds: float


# One pipeline per process, which spaCy does not promise to be safe across threads (a Dask worker may
# run several tasks at once).
_PIPELINE_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _parse_cache(folder: str, model: str) -> Any:
    from geokg.extract.io.cache import ParseCache
    from geokg.extract.io.nlp import load_model

    try:
        return ParseCache(Path(folder), load_model(model))
    except OSError:  # a worker that cannot reach the folder parses without it
        return None


def warm_up(setup: WorkerSetup) -> None:
    """Load the pipeline now, when a worker starts, rather than with its first batch."""
    from geokg.extract.io.nlp import load_model

    load_model(setup.model)


def extract_batch(setup: WorkerSetup, articles: Sequence[Article]) -> BatchOutcome:
    """Parse (or read from the parse cache) and extract a few articles; runs in any worker."""
    from geokg.extract.io.nlp import load_model
    from geokg.extract.pipeline import extract_safely, parse_batch

    with _PIPELINE_LOCK:
        nlp = load_model(setup.model)
        cache = _parse_cache(setup.parse_cache, setup.model) if setup.parse_cache else None
        started = time.perf_counter()
        docs = parse_batch(articles, nlp, cache, setup.batch_size)
        parsed = time.perf_counter()
        results = [extract_safely(doc, article) for doc, article in zip(docs, articles, strict=True)]
        done = time.perf_counter()
    return BatchOutcome(
        [Extracted(replace(r.article, text=""), r.entities, r.triples, r.problem) for r in results],
        parsed - started,
        done - parsed,
    )


class Pending(Protocol):
    def done(self) -> bool: ...
    def result(self) -> BatchOutcome: ...


class Runner(Protocol):
    workers: int

    def submit(self, articles: list[Article]) -> Pending: ...
    def close(self) -> None: ...


class InProcessRunner:
    """Runs each batch at once, in this process."""

    workers = 1

    def __init__(self, setup: WorkerSetup) -> None:
        self.setup = setup
        warm_up(setup)

    def submit(self, articles: list[Article]) -> Pending:
        future: Future[BatchOutcome] = Future()
        try:
            future.set_result(extract_batch(self.setup, articles))
        except Exception as exc:
            future.set_exception(exc)
        return future

    def close(self) -> None:
        pass


class ProcessRunner:
    """Local worker processes, started fresh ("spawn": no state copied from this process)."""

    def __init__(self, setup: WorkerSetup, processes: int) -> None:
        self.setup = setup
        self.workers = processes
        self._pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=warm_up,
            initargs=(setup,),
        )

    def submit(self, articles: list[Article]) -> Pending:
        return self._pool.submit(extract_batch, self.setup, articles)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


@dataclass
class StreamStats:
    """What a stream did: articles from the result cache, articles extracted, seconds in workers."""

    cached: int = 0
    extracted: int = 0
    parse_seconds: float = 0.0
    extract_seconds: float = 0.0
    workers: int = 0


@dataclass(eq=False)
class _Batch:
    articles: list[Article] = field(default_factory=list)
    future: Pending | None = None
    outcome: BatchOutcome | BaseException | None = None
    unread: int = 0


@dataclass
class _Slot:
    article: Article
    result: ArticleResult | None = None
    batch: _Batch | None = None
    index: int = 0


def extract_stream(
    articles: Iterable[Article],
    runner_factory: Callable[[], Runner],
    *,
    result_cache: ResultCache | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    stats: StreamStats | None = None,
) -> Iterator[ArticleResult]:
    """Each article's result, in input order, as soon as it and every article before it are done.

    Articles in `result_cache` are not sent anywhere; the others go to the runner (made on the first
    miss, so a fully cached rerun never loads a pipeline) in batches of `batch_size`, with a few batches
    per worker in flight. Memory is bounded by that window, not by the corpus. A batch that fails as a
    whole gives each of its articles a `problem`; a missing pipeline stops the stream.
    """
    stats = stats if stats is not None else StreamStats()
    runner: Runner | None = None
    slots: deque[_Slot] = deque()
    open_batch: _Batch | None = None
    in_flight = 0

    def submit(batch: _Batch) -> None:
        nonlocal runner, in_flight
        if runner is None:
            runner = runner_factory()
            stats.workers = runner.workers
        batch.unread = len(batch.articles)
        batch.future = runner.submit(batch.articles)
        in_flight += 1

    def limit() -> int:
        return 2 * (runner.workers if runner is not None else 1)

    def take(slot: _Slot) -> ArticleResult:
        nonlocal open_batch, in_flight
        if slot.result is not None:
            return slot.result
        batch = slot.batch
        assert batch is not None
        if batch.future is None:  # still being filled: send it now
            if batch is open_batch:
                open_batch = None
            submit(batch)
        assert batch.future is not None
        if batch.outcome is None:
            try:
                outcome = batch.future.result()
            except Exception as exc:
                _fatal(exc)
                batch.outcome = exc
            else:
                batch.outcome = outcome
                stats.parse_seconds += outcome.parse_seconds
                stats.extract_seconds += outcome.extract_seconds
        batch.unread -= 1
        if batch.unread == 0:
            in_flight -= 1
        stats.extracted += 1
        if isinstance(batch.outcome, BaseException):
            exc = batch.outcome
            return ArticleResult(
                slot.article, (), (), problem=f"extraction failed ({type(exc).__name__}: {exc})"
            )
        item = batch.outcome.results[slot.index]
        article = replace(item.article, text=slot.article.text)
        result = ArticleResult(article, item.entities, item.triples, item.problem)
        if result_cache is not None:
            result_cache.save(result, slot.article)
        return result

    def ready(slot: _Slot) -> bool:
        if slot.result is not None:
            return True
        batch = slot.batch
        return batch is not None and batch.future is not None and batch.future.done()

    try:
        for article in articles:
            hit = result_cache.load(article) if result_cache is not None else None
            if hit is not None:
                stats.cached += 1
                slots.append(_Slot(article, result=hit))
            else:
                if open_batch is None:
                    open_batch = _Batch()
                slots.append(_Slot(article, batch=open_batch, index=len(open_batch.articles)))
                open_batch.articles.append(article)
                if len(open_batch.articles) >= batch_size:
                    submit(open_batch)
                    open_batch = None
            # Hand out what is done; wait for the oldest batch when enough work is queued.
            waiting = batch_size * limit()
            while slots and (ready(slots[0]) or in_flight > limit() or len(slots) > waiting):
                yield take(slots.popleft())
        while slots:
            yield take(slots.popleft())
    finally:
        if runner is not None:
            runner.close()


def _fatal(exc: BaseException) -> None:
    """Errors that no other batch would escape either are raised, not reported per article."""
    if type(exc).__name__ in {"ModelNotFound", "BrokenProcessPool"}:
        raise exc
