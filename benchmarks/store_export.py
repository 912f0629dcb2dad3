"""Time a synthetic store of about a million RDF triples: loading it, querying it, exporting it.

    .venv/bin/python benchmarks/store_export.py [--articles 2600] [--keep DIR]

Articles are made up (random facts among a fixed set of entities, with dates), so that the size can be
chosen freely; every number printed is wall time on this machine, with the peak memory of the process.
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path

from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple
from geokg.graph.exports import export
from geokg.graph.rdf import write_turtle
from geokg.graph.store import GraphStore

PREDICATES = ["attack", "meet with", "sanction", "criticize", "support", "visit", "sign with", "accuse"]
ENTITIES_PER_ARTICLE = 12
FACTS_PER_ARTICLE = 24


def synthetic_results(articles: int, seed: int = 7) -> list[ArticleResult]:
    rng = random.Random(seed)
    people = [f"person:p{i}" for i in range(articles)]
    countries = [f"country:C{i:02d}" for i in range(60)]
    pool = people + countries
    results = []
    for a in range(articles):
        day = f"2020-{1 + a % 12:02d}-{1 + a % 28:02d}"
        names = rng.sample(pool, ENTITIES_PER_ARTICLE)
        entities = tuple(
            Entity(n, n.split(":")[1].title(), "PERSON" if n.startswith("person") else "GPE",
                   "USA" if n.startswith("person") else n[-3:], (n.split(":")[1],), rng.randint(1, 5))
            for n in names
        )  # fmt: skip
        triples = []
        for f in range(FACTS_PER_ARTICLE):
            s, o = rng.sample(names, 2)
            start = f * 120
            triples.append(Triple(
                s, "PERSON", rng.choice(PREDICATES), o, "GPE", negated=rng.random() < 0.05,
                confidence=round(rng.random(), 2), source=f"synthetic/{a}.txt", article=str(a),
                sentence=f"Sentence {f} of article {a} says that {s} acted on {o}.", start=start,
                end=start + 100, extractor="synthetic/1", subject_id=s, object_id=o, article_date=day,
                event_date=day if rng.random() < 0.3 else None, event_root="04",
            ))  # fmt: skip
        text = f"Synthetic article {a}"
        results.append(
            ArticleResult(Article(str(a), text, f"synthetic/{a}.txt", text, day), entities, tuple(triples))
        )
    return results


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2600)
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="geokg-store-bench-"))
    try:
        started = time.perf_counter()
        results = synthetic_results(args.articles)
        print(f"{args.articles} synthetic articles made in {time.perf_counter() - started:.1f} s")
        store = GraphStore(folder / "store")
        started = time.perf_counter()
        update = store.add(results)
        print(f"store add: {update.triples} triples in {time.perf_counter() - started:.1f} s, "
              f"peak {peak_mb():.0f} MB")  # fmt: skip
        started = time.perf_counter()
        again = store.add(results[:10])
        print(
            f"store add of 10 known articles: {time.perf_counter() - started:.2f} s (+{again.added_triples})"
        )
        started = time.perf_counter()
        answer = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?r geokg:negated true }")
        seconds = time.perf_counter() - started
        print(f"query (count negated relations = {answer.records()[0]['n']}): {seconds:.3f} s")
        for fmt in ("ttl", "nt", "trig", "nq", "jsonld", "graphml", "csv"):
            target = folder / ("tables" if fmt == "csv" else f"export.{fmt}")
            started = time.perf_counter()
            export(store, fmt, target)
            size = (
                sum(p.stat().st_size for p in target.iterdir()) if target.is_dir() else target.stat().st_size
            )
            seconds = time.perf_counter() - started
            print(f"export {fmt}: {seconds:.1f} s, {size / 1e6:.0f} MB, peak {peak_mb():.0f} MB")
        graph = store.graph()
        started = time.perf_counter()
        write_turtle(graph, io.BytesIO())
        print(f"graph.ttl from the merged graph (write_turtle): {time.perf_counter() - started:.1f} s")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
