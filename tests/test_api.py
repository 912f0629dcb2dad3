"""The Python API: `import geokg`, building from files or strings, tables, RDF, SPARQL, files, the page."""

from __future__ import annotations

import html
import re

import networkx as nx
import pandas as pd
import pytest
import rdflib
from geokg.graph.merge import merge_results
from geokg.graph.rdf import to_rdf
from rdflib.compare import isomorphic

import geokg
from geokg.knowledge import KnowledgeGraph

TEXTS = [
    "Talks in Istanbul\n\nRussia and Ukraine held talks in Istanbul on Tuesday. Ukraine rejected Russia's "
    "proposal. Turkey did not recognise the Kurdish regional government.\n",
    "Sanctions\n\nThe United States imposed sanctions on Iran. Iran condemned the decision.\n",
]


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    # Built from inside an empty folder: nothing may be written anywhere unless asked.
    folder = tmp_path_factory.mktemp("cwd")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        built = geokg.build(texts=TEXTS)
        assert list(folder.iterdir()) == []
    return built


def test_the_package_exposes_the_api_lazily():
    assert geokg.build.__module__ == "geokg.api" and geokg.KnowledgeGraph is KnowledgeGraph
    assert {"build", "load", "KnowledgeGraph", "Page", "BuildError"} <= set(geokg.__all__)
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = geokg.nothing_here


def test_texts_become_articles_with_their_first_line_as_title(kg):
    assert list(kg.articles["id"]) == ["text-1", "text-2"]
    assert list(kg.articles["title"]) == ["Talks in Istanbul", "Sanctions"]
    assert "2 articles" in repr(kg) and "negated" in repr(kg)


def test_tables(kg):
    triples = kg.triples
    assert isinstance(triples, pd.DataFrame) and len(triples) == len(kg.triple_records) > 0
    assert {"subject", "predicate", "object", "negated", "event_root", "sentence", "article"} <= set(triples)
    assert triples["negated"].any()
    rejected = triples[(triples.subject == "Ukraine") & (triples.predicate == "reject proposal of")]
    assert list(rejected["object"]) == ["Russia"]

    entities = kg.entities
    assert set(entities["id"]) == set(kg.graph.nodes)
    assert entities.iloc[0]["relations"] == entities["relations"].max()  # best-connected first
    russia = entities.set_index("id").loc["country:RUS"]
    assert russia["label"] == "Russia" and russia["kind"] == "Country" and russia["country"] == "RUS"

    relations = kg.relations
    assert len(relations) == kg.graph.number_of_edges()
    sanctions = relations[(relations.subject == "United States") & (relations.object == "Iran")]
    assert len(sanctions) == 1 and sanctions.iloc[0]["category"] == "conflict"
    assert sanctions.iloc[0]["sentences"] == 1


def test_networkx_and_rdf_views(kg):
    copy = kg.to_networkx()
    assert isinstance(copy, nx.MultiDiGraph) and nx.utils.graphs_equal(copy, kg.graph)
    copy.add_node("extra")
    assert "extra" not in kg.graph
    assert isomorphic(kg.to_rdf(), to_rdf(kg.graph))


def test_sparql_select_ask_construct(kg):
    countries = kg.query("SELECT ?code WHERE { ?c a schema:Country ; geokg:countryCode ?code } ORDER BY ?c")
    assert isinstance(countries, pd.DataFrame) and list(countries.columns) == ["code"]
    assert {"IRN", "RUS", "UKR", "USA"} <= set(countries["code"])
    counts = kg.query("SELECT (COUNT(?r) AS ?n) WHERE { ?r a geokg:Relation }")
    assert counts.iloc[0]["n"] == kg.graph.number_of_edges()  # a number, not a string
    assert kg.query("ASK { ?r a geokg:Relation ; geokg:negated true }") is True
    labels = kg.query("CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a schema:Country ; rdfs:label ?l }")
    assert isinstance(labels, rdflib.Graph) and (None, rdflib.RDFS.label, rdflib.Literal("Iran")) in labels
    with pytest.raises(ValueError, match="SPARQL"):
        kg.query("SELECT WHERE {")


def test_save_writes_the_build_files_and_load_reads_them_back(kg, tmp_path):
    files = kg.save(tmp_path / "out")
    assert [f.name for f in files] == ["triples.jsonl", "graph.ttl", "graph.html", "graph.json"]
    again = geokg.load(tmp_path / "out")
    assert nx.utils.graphs_equal(again.graph, kg.graph)
    assert len(again.triples) == len(kg.triples)
    assert again.articles[["id", "title"]].equals(kg.articles[["id", "title"]])
    with pytest.raises(FileNotFoundError, match="build folder"):
        geokg.load(tmp_path / "nothing")


def test_show_returns_an_inline_page_with_preset_filters(kg):
    page = kg.show(country="RUS", category="conflict", min_confidence=0.5)
    frame = page._repr_html_()
    assert frame.count("<iframe") == 1 and 'sandbox="allow-scripts' in frame
    inner = html.unescape(re.search(r'srcdoc="([^"]*)"', frame).group(1))
    assert inner == page.html and "<!DOCTYPE html>" in inner
    assert '"filters":{"country":"RUS","category":"conflict","min_confidence":0.5}' in inner
    focused = kg.show(focus="Iran", hops=1)
    assert "Showing Iran and its neighbourhood" in focused.note
    with pytest.raises(TypeError, match="unknown page filter"):
        kg.show(colour="red")
    assert "<iframe" in kg._repr_html_()


def test_build_from_files_and_folders(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(TEXTS[0], encoding="utf-8")
    single = tmp_path / "two.txt"
    single.write_text(TEXTS[1], encoding="utf-8")
    built = geokg.build([folder, str(single)], out=tmp_path / "out")
    assert sorted(built.articles["id"]) == ["one", "two"]
    assert (tmp_path / "out" / "graph.html").is_file()


def test_nothing_to_build_is_an_error(tmp_path):
    with pytest.raises(geokg.BuildError, match="no articles"):
        geokg.build(texts=["   "])
    with pytest.raises(geokg.BuildError, match="no articles"):
        geokg.build(tmp_path / "missing.txt")


def test_a_graph_from_results_needs_no_model(sample_results, tmp_path):
    kg = KnowledgeGraph.from_results([r.article for r in sample_results], sample_results)
    assert nx.utils.graphs_equal(kg.graph, merge_results(sample_results))
    assert kg.articles["title"].tolist() == ["Kerry in Baghdad", "Talks"]
    saved = kg.show().save(tmp_path / "page.html")
    assert saved.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
