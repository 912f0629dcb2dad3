"""End to end: `geokg build` on the bundled seed articles, as a user runs it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
import rdflib
from geokg.extract.triples import Triple
from geokg.graph.cli import app
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
OUTPUT_FILES = ("triples.jsonl", "graph.ttl", "graph.html", "graph.json")
REQUIRED_FIELDS = {f.name for f in fields(Triple)}
# An attribute that makes the browser fetch something: src="https://…", href='//cdn…', src=http://…
REMOTE_REFERENCE = re.compile(
    r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import\s+["']https?:""",
    re.IGNORECASE,
)


def seed_articles() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def run_build(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["build", *args, "--no-progress"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("seeds") / "out"
    exit_code, output = run_build(str(SEEDS), "--out", str(out))
    return out, exit_code, output


def test_build_on_seeds_writes_every_output(seeds_build: tuple[Path, int, str]) -> None:
    out, exit_code, output = seeds_build
    assert exit_code == 0, output
    assert output.strip(), "build printed no summary"
    for name in OUTPUT_FILES:
        assert (out / name).is_file(), f"{name} missing; output was:\n{output}"
        assert (out / name).stat().st_size > 0, f"{name} is empty"

    # triples.jsonl: one complete record per line, each pointing back at a seed article and its sentence.
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seed_articles()}
    records = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records, "no triples extracted from the seed articles"
    for rec in records:
        assert rec.keys() >= REQUIRED_FIELDS, f"missing {REQUIRED_FIELDS - rec.keys()} in {rec}"
        for name in ("subject", "predicate", "object", "subject_id", "object_id", "sentence", "extractor"):
            assert isinstance(rec[name], str) and rec[name].strip(), f"empty {name!r} in {rec}"
        assert isinstance(rec["negated"], bool), rec
        assert 0.0 <= rec["confidence"] <= 1.0, rec
        assert rec["article"] in texts, f"unknown article {rec['article']!r}"
        assert Path(rec["source"]).stem == rec["article"], rec
        assert 0 <= rec["start"] < rec["end"] <= len(texts[rec["article"]]), rec
    assert {rec["article"] for rec in records} == set(texts), "some seed articles yielded no triple"

    # graph.ttl: valid Turtle holding the merged relations.
    rdf = rdflib.Graph()
    rdf.parse(out / "graph.ttl", format="turtle")
    relation_class = rdflib.URIRef("https://geokg.dev/ns#Relation")
    assert any(rdf.subjects(rdflib.RDF.type, relation_class)), "graph.ttl holds no geokg:Relation"

    # graph.json: a node-link document whose nodes include every triple's arguments.
    doc = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    node_ids = {node["id"] for node in doc["nodes"]}
    assert {rec["subject_id"] for rec in records} | {rec["object_id"] for rec in records} <= node_ids

    # graph.html: opens offline, so nothing may be fetched from the network.
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert not REMOTE_REFERENCE.findall(html), REMOTE_REFERENCE.findall(html)[:5]
    assert "vis.Network" in html or "vis-network" in html, "the graph page does not embed vis-network"


def test_build_on_seeds_dates_its_facts_validates_and_reruns_byte_identical(
    seeds_build: tuple[Path, int, str], tmp_path: Path
) -> None:
    import pyoxigraph
    from geokg.graph.shapes import validate

    out, exit_code, output = seeds_build
    assert exit_code == 0, output
    records = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    # Every seed file name starts with its publication day.
    assert all(rec["article_date"] == rec["article"][:10] for rec in records)
    assert any(rec["event_date"] for rec in records)
    turtle = (out / "graph.ttl").read_bytes()
    assert list(pyoxigraph.parse(turtle, pyoxigraph.RdfFormat.TURTLE))
    result = validate(rdflib.Graph().parse(data=turtle.decode("utf-8"), format="turtle"))
    assert result.conforms, result.report
    again = tmp_path / "again"
    assert run_build(str(SEEDS), "--out", str(again))[0] == 0
    assert (again / "graph.ttl").read_bytes() == turtle


def test_unreadable_inputs_are_reported_and_others_still_land(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    good = seed_articles()[:2]
    for path in good:
        shutil.copy(path, inputs / path.name)
    empty = inputs / "empty-article.txt"
    empty.write_bytes(b"")
    latin1 = inputs / "latin1-article.txt"
    # Windows-1252 text: "é" is the single byte 0xE9, which is not valid UTF-8; it is detected and read.
    latin1.write_bytes("Caf\u00e9 talks in Montr\u00e9al\n\nFrance criticised Germany.\n".encode("cp1252"))
    binary = inputs / "binary-article.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out"

    exit_code, output = run_build(str(inputs), "--out", str(out))

    assert exit_code == 3, output  # outputs written, but some inputs were skipped
    lines = output.splitlines()
    for bad, reason in ((empty, "empty"), (latin1, "cp1252"), (binary, "not text")):
        naming = [line for line in lines if bad.name in line]
        assert len(naming) == 1, f"expected one line naming {bad.name}, got {naming}\n{output}"
        assert reason in naming[0].lower(), naming[0]
    assert "2 inputs skipped" in output
    lines = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    articles = {json.loads(line)["article"] for line in lines}
    assert articles == {path.stem for path in good} | {latin1.stem}


def test_missing_model_is_a_clear_error_without_traceback(tmp_path: Path) -> None:
    # A real process, so that what the user sees (both streams, exit status) is what gets checked.
    proc = subprocess.run(
        [sys.executable, "-m", "geokg.graph.cli", "build", str(SEEDS), "--out", str(tmp_path / "out"),
         "--model", "not_installed_model", "--no-progress"],
        cwd=REPO, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300, check=False,
    )
    everything = proc.stdout + proc.stderr
    assert proc.returncode == 2, everything  # the CLI's status for a build that cannot start
    assert "Traceback" not in everything, everything
    assert "not_installed_model" in proc.stderr, everything
    assert len(proc.stderr.strip().splitlines()) <= 3, f"error message too long:\n{proc.stderr}"


def test_extract_with_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    sentences = tmp_path / "sentences.txt"
    sentences.write_text("Iran criticised Iraq.\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable, "-m", "geokg.graph.cli", "extract", str(sentences),
            "--model", "not_installed_model",
        ],
        cwd=REPO, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300, check=False,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "not_installed_model" in proc.stderr


def test_rules_lists_every_extractor_that_triples_name(seeds_build: tuple[Path, int, str]) -> None:
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0, result.output
    listed = {line.split()[0]: line.split()[1] for line in result.output.splitlines()[1:]}
    out, _, _ = seeds_build
    for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines():
        name, version = re.fullmatch(r"geokg\.(\w+)/(\d+)", json.loads(line)["extractor"]).groups()
        assert listed.get(name) == version, f"{name}/{version} is not in `geokg rules`"


def _page_nodes(html: str) -> list[str]:
    block = re.search(r'<script type="application/json" id="geokg-data">(.*?)</script>', html, re.DOTALL)
    assert block, "graph.html holds no data block"
    return [node["id"] for node in json.loads(block.group(1))["nodes"]]


def test_focus_hops_and_max_nodes_shape_the_page_only(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Talks\n\nTurkey backed Azerbaijan. Azerbaijan attacked Armenia. Russia criticised Armenia. "
        "France condemned Russia.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    exit_code, output = run_build(str(articles), "--out", str(out), "--focus", "tur", "--hops", "2")
    assert exit_code == 0, output
    assert "graph.html: Showing Turkey and its neighbourhood within 2 relations" in output
    shown = _page_nodes((out / "graph.html").read_text(encoding="utf-8"))
    assert set(shown) == {"country:TUR", "country:AZE", "country:ARM"}
    whole = {node["id"] for node in json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]}
    assert {"country:RUS", "country:FRA"} <= whole  # the data files keep everything

    exit_code, output = run_build(str(articles), "--out", str(out), "--max-nodes", "2")
    assert exit_code == 0, output
    assert "Only the 2 best-connected entities are shown" in output and "left out" in output
    assert len(_page_nodes((out / "graph.html").read_text(encoding="utf-8"))) == 2


def test_an_unknown_focus_or_bad_numbers_stop_the_build(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("T\n\nFrance criticised Germany on Monday.\n", encoding="utf-8")
    exit_code, output = run_build(str(article), "--out", str(tmp_path / "out"), "--focus", "Atlantis")
    assert exit_code == 2 and "--focus: no entity matches 'Atlantis'" in output
    assert not (tmp_path / "out").exists()
    for option, value in (("--hops", "-1"), ("--max-nodes", "-5")):
        exit_code, output = run_build(str(article), "--out", str(tmp_path / "out"), option, value)
        assert exit_code == 2 and option in output, output
