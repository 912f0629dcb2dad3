"""Streaming extraction, worker processes, the per-article result cache and incremental builds.

Worker and cache runs must give exactly the graph of a plain one-process build: outputs are compared
byte for byte. Nothing here measures time (benchmarks/throughput.py does).
"""

from __future__ import annotations

import shutil
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

import pytest
import rdflib
from geokg.extract.io.nlp import DEFAULT_MODEL
from geokg.extract.io.reader import Article
from geokg.extract.io.result_cache import ResultCache, extractor_fingerprint, model_identity
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.workers import BatchOutcome, Extracted, StreamStats, extract_stream
from geokg.graph.build import build_graph
from rdflib.compare import isomorphic

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _article(i: int) -> Article:
    return Article(id=f"a{i}", text=f"Text {i}.", source=f"a{i}.txt", title=f"T{i}")


def _result(article: Article, make_triple) -> ArticleResult:
    entity = Entity(f"person:p{article.id}", f"P {article.id}", "PERSON", None, ("P",), 1)
    triple = make_triple(f"person:p{article.id}", "visit", "country:IRQ", article=article.id,
                         source=article.source, confidence=0.7, sentence=article.text)
    return ArticleResult(article, (entity,), (triple,))


class _FakeRunner:
    """Batches finish when asked for, the last submitted first; records what was sent and in flight."""

    workers = 2

    def __init__(self, make_triple, fail: set[str] = frozenset()) -> None:
        self.make_triple = make_triple
        self.fail = fail
        self.batches: list[list[str]] = []
        self.open: list[Future] = []
        self.most_open = 0
        self.closed = False

    def submit(self, articles):
        self.batches.append([a.id for a in articles])
        future: Future = Future()
        self.open.append(future)
        self.most_open = max(self.most_open, sum(not f.done() for f in self.open))
        if self.fail & {a.id for a in articles}:
            future.set_exception(RuntimeError("worker lost"))
        else:
            results = [_result(a, self.make_triple) for a in articles]
            outcome = [Extracted(r.article, r.entities, r.triples) for r in results]
            future.set_result(BatchOutcome(outcome, 0.1, 0.2))
        return future

    def close(self) -> None:
        self.closed = True


def test_results_come_in_input_order_with_cached_ones_in_between(tmp_path, make_triple) -> None:
    articles = [_article(i) for i in range(40)]
    cache = ResultCache(tmp_path / "results", "fp")
    for i in (0, 3, 4, 17, 39):
        cache.save(_result(articles[i], make_triple))
    runner = _FakeRunner(make_triple)
    stats = StreamStats()
    out = list(extract_stream(iter(articles), lambda: runner, result_cache=cache, batch_size=4, stats=stats))
    assert [r.article.id for r in out] == [a.id for a in articles]
    assert out == [_result(a, make_triple) for a in articles]
    sent = [i for batch in runner.batches for i in batch]
    assert sent == [a.id for i, a in enumerate(articles) if i not in (0, 3, 4, 17, 39)]
    assert all(len(batch) <= 4 for batch in runner.batches) and runner.closed
    assert (stats.cached, stats.extracted, stats.workers) == (5, 35, 2)
    assert stats.parse_seconds == pytest.approx(0.1 * len(runner.batches))
    # Everything extracted went into the cache: a second pass needs no runner at all.
    again = list(extract_stream(articles, lambda: pytest.fail("no runner needed"), result_cache=cache))
    assert again == out


def test_a_failed_batch_marks_its_articles_and_the_stream_goes_on(make_triple) -> None:
    articles = [_article(i) for i in range(6)]
    runner = _FakeRunner(make_triple, fail={"a2"})
    out = list(extract_stream(articles, lambda: runner, batch_size=2))
    assert [r.problem is not None for r in out] == [False, False, True, True, False, False]
    assert "worker lost" in out[2].problem and out[2].triples == ()


def test_result_cache_round_trip_and_misses(tmp_path, make_triple) -> None:
    article = _article(1)
    result = _result(article, make_triple)
    cache = ResultCache(tmp_path, "fingerprint-1")
    assert cache.load(article) is None
    cache.save(result)
    assert cache.load(article) == result
    dated = ArticleResult(replace(article, date="2024-05-04"), result.entities, result.triples)
    cache.save(dated, article)  # extraction read a date the reader had not: it comes back with it
    assert cache.load(article) == dated
    assert ResultCache(tmp_path, "fingerprint-2").load(article) is None  # other code or model
    renamed = Article(id="other", text=article.text, source=article.source, title=article.title)
    assert cache.load(renamed) is None  # ids and sources are part of every triple
    failed = ArticleResult(_article(2), (), (), problem="extraction failed")
    cache.save(failed)
    assert cache.load(failed.article) is None
    (entry,) = [p for p in tmp_path.rglob("*.json")]
    entry.write_text("{not json", encoding="utf-8")
    assert cache.load(article) is None and cache.misses == 4 and cache.hits == 2


def test_the_fingerprint_follows_code_lexicons_and_model(tmp_path) -> None:
    code = tmp_path / "extract"
    (code / "lexicon").mkdir(parents=True)
    (code / "rules.py").write_text("RULE = 1\n", encoding="utf-8")
    (code / "lexicon" / "words.tsv").write_text("word\nurge\n", encoding="utf-8")
    first = extractor_fingerprint(DEFAULT_MODEL, code)
    (code / "lexicon" / "words.tsv").write_text("word\nurge\nwarn\n", encoding="utf-8")
    extractor_fingerprint.cache_clear()
    second = extractor_fingerprint(DEFAULT_MODEL, code)
    (code / "rules.py").write_text("RULE = 2\n", encoding="utf-8")
    extractor_fingerprint.cache_clear()
    third = extractor_fingerprint(DEFAULT_MODEL, code)
    assert len({first, second, third}) == 3
    assert extractor_fingerprint(DEFAULT_MODEL, code) == third
    assert model_identity(DEFAULT_MODEL) != model_identity(str(tmp_path))


class _Outputs:
    """A build's files: triples.jsonl and graph.json byte for byte, graph.ttl as an RDF graph (its blank
    nodes are named afresh on every write)."""

    def __init__(self, out: Path) -> None:
        self.files = {name: (out / name).read_bytes() for name in ("triples.jsonl", "graph.json")}
        self.rdf = rdflib.Graph().parse(out / "graph.ttl", format="turtle")

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, _Outputs)
            and self.files == other.files
            and isomorphic(self.rdf, other.rdf)
        )


@pytest.fixture(scope="module")
def plain_build(tmp_path_factory) -> tuple[Path, _Outputs]:
    """The seeds built the plain way: one process, no cache."""
    folder = tmp_path_factory.mktemp("plain")
    articles = folder / "in"
    shutil.copytree(SEEDS, articles, ignore=shutil.ignore_patterns("README.md"))
    build_graph([articles], folder / "out", model=DEFAULT_MODEL, progress=False)
    return articles, _Outputs(folder / "out")


def test_two_worker_processes_give_the_same_files(plain_build, tmp_path) -> None:
    articles, expected = plain_build
    summary = build_graph([articles], tmp_path / "out", model=DEFAULT_MODEL, processes=2, progress=False)
    assert summary.problems == 0 and summary.timings["parse"] > 0
    assert _Outputs(tmp_path / "out") == expected


def test_rerun_from_cache_and_incremental_add_give_the_full_build(plain_build, tmp_path) -> None:
    articles, _ = plain_build
    first_part = tmp_path / "in"
    first_part.mkdir()
    paths = sorted(articles.glob("*.txt"))
    for path in paths[:-2]:
        shutil.copy(path, first_part)

    def build(out: str, cache: bool = True):
        return build_graph([first_part], tmp_path / out, model=DEFAULT_MODEL, progress=False,
                           cache_dir=tmp_path / "cache" if cache else None)

    first, rerun = build("first"), build("rerun")
    assert (first.cached, rerun.cached) == (0, len(paths) - 2)
    assert "parse" not in rerun.timings or rerun.timings["parse"] == 0
    assert _Outputs(tmp_path / "first") == _Outputs(tmp_path / "rerun")
    for path in paths[-2:]:
        shutil.copy(path, first_part)
    added = build("added")
    assert added.cached == len(paths) - 2 and added.articles == len(paths)
    build("full", cache=False)
    assert _Outputs(tmp_path / "added") == _Outputs(tmp_path / "full")
    assert "from the cache" in added.describe()


def test_a_two_worker_dask_cluster_gives_the_local_build(plain_build, tmp_path) -> None:
    pytest.importorskip("distributed")
    articles, expected = plain_build
    summary = build_graph(
        [articles], tmp_path / "out", model=DEFAULT_MODEL, processes=2, progress=False, dask="local"
    )
    assert summary.problems == 0
    local_triples = sorted(expected.files["triples.jsonl"].splitlines())
    assert sorted((tmp_path / "out" / "triples.jsonl").read_bytes().splitlines()) == local_triples
    assert _Outputs(tmp_path / "out") == expected  # results come back in input order: same files


def test_an_unreachable_dask_scheduler_is_a_clear_error(tmp_path) -> None:
    pytest.importorskip("distributed")
    import dask
    from geokg.graph.build import BuildError

    (tmp_path / "a.txt").write_text("T\n\nFrance criticised Germany.\n", encoding="utf-8")
    quick_timeout = dask.config.set({"distributed.comm.timeouts.connect": "1s"})
    with quick_timeout, pytest.raises(BuildError, match="Dask"):
        build_graph([tmp_path / "a.txt"], tmp_path / "out", model=DEFAULT_MODEL, progress=False,
                    dask="tcp://127.0.0.1:9")


def test_extract_articles_with_worker_processes_equals_one_process(nlp) -> None:
    from geokg.extract.pipeline import extract_articles

    articles = [
        Article(id=path.stem, text=path.read_text(encoding="utf-8"), source=str(path))
        for path in sorted(SEEDS.glob("*.txt"))[:4]
    ]
    assert list(extract_articles(articles, nlp, n_process=2, batch_size=2)) == list(
        extract_articles(articles, nlp)
    )
