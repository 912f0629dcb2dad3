"""`geokg build` under hostile conditions: killed mid-write, rerun, fed duplicates and random junk."""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from geokg.extract.io.nlp import DEFAULT_MODEL
from geokg.graph.build import build_graph
from geokg.graph.cli import app
from rdflib.compare import isomorphic
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
OUTPUTS = ("triples.jsonl", "graph.ttl", "graph.html", "graph.json")


def cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geokg.graph.cli", *args],
        cwd=REPO, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=timeout, check=False,
    )


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def same_outputs(first: dict[str, bytes], second: dict[str, bytes]) -> bool:
    """Byte for byte; a differing graph.ttl is first checked to hold at least the same graph."""
    if first["graph.ttl"] != second["graph.ttl"]:
        turtle = [rdflib.Graph().parse(data=o["graph.ttl"], format="turtle") for o in (first, second)]
        assert isomorphic(*turtle), "graph.ttl holds a different graph"
    return all(first[name] == second[name] for name in OUTPUTS)


def small_corpus(folder: Path, count: int = 3) -> Path:
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:count]:
        shutil.copy(seed, folder / seed.name)
    return folder


def test_a_build_killed_while_writing_leaves_the_previous_outputs_whole(tmp_path):
    out = tmp_path / "out"
    corpus = small_corpus(tmp_path / "corpus")
    first = cli("build", str(SEEDS / "2023-04-04_finland-joins-nato.txt"), "--out", str(out), "--no-progress")
    assert first.returncode == 0, first.stderr
    before = snapshot(out)

    # The second build writes bigger outputs; it is killed as soon as its first temporary file appears.
    proc = subprocess.Popen(
        [sys.executable, "-m", "geokg.graph.cli", "build", str(corpus), "--out", str(out), "--no-progress"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if any(p.name.endswith(".tmp") for p in out.iterdir()):
                proc.send_signal(signal.SIGKILL)
                break
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    if proc.returncode != -signal.SIGKILL:
        pytest.skip("the build finished before it could be killed while writing")
    assert snapshot(out) == before, "a killed build changed the previous outputs"

    again = cli("build", str(corpus), "--out", str(out), "--no-progress")
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS), "temporary files were left behind"
    assert snapshot(out) != before


def test_rerun_and_duplicated_articles_give_the_same_graph(tmp_path):
    corpus = small_corpus(tmp_path / "corpus")
    first = build_graph([corpus], tmp_path / "one", model=DEFAULT_MODEL, progress=False)
    again = build_graph([corpus], tmp_path / "two", model=DEFAULT_MODEL, progress=False)
    assert same_outputs(snapshot(tmp_path / "one"), snapshot(tmp_path / "two"))

    # The same article again under another name, and as a JSON line with another id.
    seed = sorted(corpus.glob("*.txt"))[0]
    shutil.copy(seed, corpus / "zz-copy.txt")
    title, _, body = seed.read_text(encoding="utf-8").partition("\n")
    record = {"id": "another-id", "title": title, "text": body.strip()}
    (corpus / "zz-feed.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    doubled = build_graph([corpus], tmp_path / "three", model=DEFAULT_MODEL, progress=False)

    counts = [(s.articles, s.triples, s.entities, s.relations, s.negated) for s in (first, again, doubled)]
    assert counts[0] == counts[1] == counts[2]
    assert same_outputs(snapshot(tmp_path / "one"), snapshot(tmp_path / "three"))
    nodes = json.loads((tmp_path / "three" / "graph.json").read_text(encoding="utf-8"))["nodes"]
    assert max(node["articles"] for node in nodes) <= first.articles


def _junk_files(folder: Path, rng: random.Random) -> None:
    seed_text = (SEEDS / "2023-04-04_finland-joins-nato.txt").read_bytes()
    for i in range(12):
        (folder / f"random-{i}.txt").write_bytes(rng.randbytes(rng.randint(0, 3000)))
    for i in range(6):
        cut = rng.randint(0, len(seed_text))
        (folder / f"truncated-{i}.txt").write_bytes(seed_text[:cut])
    lines = [
        b'{"text": "Iran criticised Iraq."',
        b'{"id": 1, "text": ["x"]}',
        b'{"text": "\\ud800 France met Spain."}',
        b"[" * 50_000,
        b'{"id": "' + b"x" * 5000 + b'", "text": "Chile met Peru."}',
        b"\xff\xfe\x00garbage",
        b'{"text": "Iran criticised Iraq.", "title": {"a": 1}, "date": 5}',
    ]
    rng.shuffle(lines)
    (folder / "feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    (folder / "page.html").write_bytes(b"<html><body><div>" * 3000 + rng.randbytes(2000))
    good = folder / "good.txt"
    good.write_text("Talks\n\nFrance criticised Germany on Monday.\n", encoding="utf-8")


def test_random_junk_gets_one_clean_line_each_and_the_good_article_lands(tmp_path):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    _junk_files(inputs, random.Random(20261201))
    out = tmp_path / "out"
    proc = cli("build", str(inputs), "--out", str(out), "--no-progress")
    assert proc.returncode in (0, 3), proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    for line in proc.stderr.splitlines():
        assert line.startswith("geokg build: "), line
        assert line.isprintable(), repr(line)
    assert "France" in (out / "triples.jsonl").read_text(encoding="utf-8")
    for name in OUTPUTS:
        (out / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("case", ["file", "under a file", "spaces"])
def test_out_problems_are_one_clear_line(tmp_path, case):
    article = tmp_path / "a.txt"
    article.write_text("T\n\nFrance criticised Germany.\n", encoding="utf-8")
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder", encoding="utf-8")
    out = {"file": blocker, "under a file": blocker / "out", "spaces": tmp_path / "my graphs" / "out 1"}[case]
    result = CliRunner().invoke(app, ["build", str(article), "--out", str(out), "--no-progress"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if case == "spaces":
        assert result.exit_code == 0, result.output
        assert (out / "graph.html").is_file()
    else:
        assert result.exit_code == 2
        (line,) = result.output.strip().splitlines()
        assert str(blocker) in line and "folder" in line
        assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_read_only_output_folder_is_reported_before_parsing(tmp_path, monkeypatch):
    import geokg.graph.outputs as outputs

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outputs.tempfile, "mkstemp", refuse)
    (tmp_path / "out").mkdir()
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 2
    assert "Permission denied" in result.output and "Read" not in result.output


def test_two_processes_with_a_failing_article_finish(tmp_path, monkeypatch, capsys):
    import geokg.extract.pipeline as pipeline

    real = pipeline.extract_doc

    def flaky(doc, article):
        if article.id == "bad":
            raise RuntimeError("boom")
        return real(doc, article)

    monkeypatch.setattr(pipeline, "extract_doc", flaky)
    # The worker processes start fresh ("spawn") and would not see the patch: fork them here instead.
    import multiprocessing

    import geokg.extract.workers as workers

    fork = multiprocessing.get_context("fork")
    monkeypatch.setattr(workers.multiprocessing, "get_context", lambda _method: fork)
    for name in ("bad", "good", "other"):
        (tmp_path / f"{name}.txt").write_text(f"{name}\n\n{name.title()} news: France met Spain.\n")
    summary = build_graph([tmp_path], tmp_path / "out", model=DEFAULT_MODEL, processes=2, progress=False)
    assert (summary.articles, summary.problems) == (3, 1)
    assert "boom" in capsys.readouterr().err


def test_no_traceback_for_an_internal_error(tmp_path, monkeypatch):
    import geokg.graph.build as build

    def broken(*_args, **_kwargs):
        raise KeyError("surprise")

    monkeypatch.setattr(build.GraphMerger, "graph", broken)
    monkeypatch.delenv("GEOKG_DEBUG", raising=False)
    article = tmp_path / "a.txt"
    article.write_text("T\n\nFrance criticised Germany.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "--out", str(tmp_path / "o"), "--no-progress"])
    assert result.exit_code == 70
    (line,) = result.output.strip().splitlines()
    assert "internal error" in line and "KeyError" in line
    assert not (tmp_path / "o").exists() or not any((tmp_path / "o").iterdir())


def test_stale_temporaries_in_out_are_cleared_by_the_next_build(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    code = "import os; print(os.getpid())"
    dead_pid = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout)
    (out / f".graph.ttl.{dead_pid}.x1y2.tmp").write_text("half a graph")
    article = tmp_path / "a.txt"
    article.write_text("T\n\nFrance criticised Germany.\n", encoding="utf-8")
    build_graph([article], out, model=DEFAULT_MODEL, progress=False)
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS)
