"""`build_graph`: inputs to the four output files, with problems reported and fatal errors raised."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from geokg.extract.io.nlp import DEFAULT_MODEL
from geokg.graph.build import BuildError, BuildSummary, build_graph
from geokg.graph.exports import read_node_link_json, write_graphml, write_node_link_json
from geokg.graph.merge import merge_results

OUTPUTS = ("triples.jsonl", "graph.ttl", "graph.html", "graph.json")
ARTICLES = (
    "Iraq and Turkey\n\nIraqi Foreign Minister Hoshyar Zebari met Turkish President Abdullah Gul in Ankara "
    "on Monday. Turkey did not recognise the Kurdish regional government.\n",
    "Sanctions\n\nThe United States imposed sanctions on Iran on Tuesday. Iran condemned the decision.\n",
    "Talks\n\nRussia and Ukraine held talks in Istanbul. Ukraine rejected Russia's proposal.\n",
)


def _write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(ARTICLES[:count]):
        path = folder / f"article-{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_no_inputs_at_all_is_fatal(tmp_path):
    with pytest.raises(BuildError, match="no input"):
        build_graph([], tmp_path / "out", model=DEFAULT_MODEL)


def test_missing_model_is_fatal_and_names_it(tmp_path):
    inputs = _write_articles(tmp_path / "in", 1)
    with pytest.raises(BuildError, match="not_installed_model"):
        build_graph(inputs, tmp_path / "out", model="not_installed_model", progress=False)
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_bad_process_count_and_unusable_output_folder_are_fatal(tmp_path):
    inputs = _write_articles(tmp_path / "in", 1)
    with pytest.raises(BuildError, match="processes"):
        build_graph(inputs, tmp_path / "out", model=DEFAULT_MODEL, processes=0)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x", encoding="utf-8")
    with pytest.raises(BuildError, match="not a folder"):
        build_graph(inputs, not_a_folder, model=DEFAULT_MODEL)


def test_unreadable_inputs_are_reported_one_line_each_and_nothing_is_written(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    summary = build_graph([empty, missing], tmp_path / "out", model=DEFAULT_MODEL, progress=False)
    err_lines = capsys.readouterr().err.strip().splitlines()
    assert (summary.articles, summary.problems) == (0, 2)
    assert len(err_lines) == 2
    assert "empty.txt" in err_lines[0] and "empty" in err_lines[0].split("empty.txt", 1)[1]
    assert "missing.txt" in err_lines[1]
    assert not (tmp_path / "out").exists()
    assert "No articles" in summary.describe()


def test_describe_names_counts_and_files(tmp_path):
    files = tuple(tmp_path / name for name in OUTPUTS)
    summary = BuildSummary(
        articles=3,
        problems=1,
        entities=12,
        triples=7,
        seconds=1.25,
        out_dir=tmp_path,
        relations=6,
        negated=1,
        files=files,
    )
    text = summary.describe()
    assert "3 articles" in text and "1 input skipped" in text and "7 triples" in text
    assert "12 entities" in text and "6 relations (1 negated)" in text and "1.2 s" in text
    assert all(str(f) in text for f in files)
    assert "\n" not in text


def test_node_link_json_and_graphml_keep_the_graph(sample_results, tmp_path):
    g = merge_results(sample_results)
    write_node_link_json(g, tmp_path / "graph.json")
    back = read_node_link_json(tmp_path / "graph.json")
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(g.nodes(data=True))
    assert list(back.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))
    assert "edges" in json.loads((tmp_path / "graph.json").read_text(encoding="utf-8"))

    write_graphml(g, tmp_path / "graph.graphml")
    flat = nx.read_graphml(tmp_path / "graph.graphml", force_multigraph=True)
    assert set(flat.nodes) == set(g.nodes)
    assert flat.number_of_edges() == g.number_of_edges()
    kerry_iraq = next(iter(flat.get_edge_data("person:john_kerry", "country:IRQ").values()))
    assert len(json.loads(kerry_iraq["provenance"])) == 2


def test_end_to_end_on_tiny_articles(tmp_path, capsys):
    pytest.importorskip("geokg.extract.pipeline")
    inputs = _write_articles(tmp_path / "in", 3)
    out = tmp_path / "out"
    summary = build_graph([tmp_path / "in"], out, model=DEFAULT_MODEL, progress=True)

    assert summary.articles == 3 and summary.problems == 0
    assert [p.name for p in summary.files] == list(OUTPUTS)
    assert all((out / name).is_file() for name in OUTPUTS)
    assert summary.triples > 0
    lines = (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == summary.triples
    assert {json.loads(line)["article"] for line in lines} <= {p.stem for p in inputs}
    graph = read_node_link_json(out / "graph.json")
    assert graph.number_of_nodes() == summary.entities
    assert graph.number_of_edges() == summary.relations
    rdf = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert any(rdf.subjects(rdflib.RDF.type, rdflib.URIRef("https://geokg.dev/ns#Relation")))
    assert "vis.Network" in (out / "graph.html").read_text(encoding="utf-8")
    # Three articles are enough for a progress bar, which goes to stderr only.
    captured = capsys.readouterr()
    assert "article" in captured.err and captured.out == ""
    assert str(out / "graph.html") in summary.describe()


def test_an_article_whose_extraction_fails_is_reported_and_the_rest_land(tmp_path, monkeypatch, capsys):
    import geokg.extract.pipeline as pipeline

    real = pipeline.extract_doc

    def flaky(doc, article):
        if article.id == "bad":
            raise RuntimeError("boom")
        return real(doc, article)

    monkeypatch.setattr(pipeline, "extract_doc", flaky)
    (tmp_path / "bad.txt").write_text("Bad\n\nIran criticised Iraq on Monday.\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Good\n\nFrance criticised Germany on Monday.\n", encoding="utf-8")
    summary = build_graph([tmp_path], tmp_path / "out", model=DEFAULT_MODEL, progress=False)
    err = capsys.readouterr().err
    assert summary.articles == 2 and summary.problems == 1
    assert [line for line in err.splitlines() if "bad.txt" in line and "boom" in line]
    assert "France" in (tmp_path / "out" / "triples.jsonl").read_text(encoding="utf-8")


def test_a_parse_cache_gives_the_same_triples_and_is_used(tmp_path):
    from geokg.extract.io.cache import ParseCache
    from geokg.extract.io.nlp import load_model
    from geokg.extract.io.reader import Article
    from geokg.extract.pipeline import extract_articles

    articles = [
        Article(
            id="a", text="Kerry met Zebari in Baghdad.\n\nHe said Iraq had not armed Syria.", source="a.txt"
        ),
        Article(id="b", text="Germany banned Mahan Air.", source="b.txt"),
    ]
    nlp = load_model(DEFAULT_MODEL)
    plain = [r.triples for r in extract_articles(articles, nlp)]
    cache = ParseCache(tmp_path / "cache", nlp)
    first = [r.triples for r in extract_articles(articles, nlp, cache=cache)]
    assert (cache.hits, cache.misses) == (0, 2)
    again = ParseCache(tmp_path / "cache", nlp)
    second = [r.triples for r in extract_articles(articles, nlp, cache=again)]
    assert (again.hits, again.misses) == (2, 0)
    assert plain == first == second


def test_build_with_a_cache_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.txt").write_text("T\n\nFrance criticised Germany on Monday.\n", encoding="utf-8")
    for _ in range(2):
        summary = build_graph(
            [tmp_path / "in"],
            tmp_path / "out",
            model=DEFAULT_MODEL,
            progress=False,
            cache_dir=tmp_path / "cache",
        )
        assert summary.triples >= 1
    assert len(list((tmp_path / "cache").glob("*.spacy"))) == 1
