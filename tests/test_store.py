"""The persistent store (graph/store.py), `geokg query` and `geokg export`, and every query in the README."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from geokg.extract.io.nlp import DEFAULT_MODEL
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.build import build_graph, in_period
from geokg.graph.cli import app
from geokg.graph.exports import export
from geokg.graph.merge import merge_results
from geokg.graph.rdf import to_rdf
from geokg.graph.store import GraphStore, StoreError, query
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

README = Path(__file__).resolve().parents[1] / "README.md"
# Two short articles written for these tests.
ARTICLES = {
    "2022-02-24_russia-invades-ukraine.txt": (
        "Russia invades Ukraine\n\nThursday, February 24, 2022\n\n"
        "Russia attacked Ukraine on Thursday. Russian President Vladimir Putin met Belarusian President "
        "Alexander Lukashenko in Moscow yesterday. Russia has not attacked Belarus, Kremlin spokesman "
        "Dmitry Peskov said.\n"
    ),
    "2022-03-11_ministers-meet-in-antalya.txt": (
        "Ministers meet in Antalya\n\nRussian Foreign Minister Sergei Lavrov met Ukrainian Foreign Minister "
        "Dmytro Kuleba in Antalya on Thursday. Russia shelled Ukraine on Wednesday. Ukraine did not "
        "recognise the annexation of Crimea by Russia.\n"
    ),
}


def _quads(store: GraphStore) -> set[ox.Quad]:
    return set(store.rdf)


def _write(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(ARTICLES[name], encoding="utf-8")
    return [folder / name for name in names]


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from both test articles with the real pipeline."""
    folder = tmp_path_factory.mktemp("store")
    build_graph(_write(folder / "in", list(ARTICLES)), None, model=DEFAULT_MODEL, progress=False,
                store_dir=folder / "store")  # fmt: skip
    return folder / "store"


# --- adding to a store -----------------------------------------------------------------------------------


def test_adding_the_same_articles_again_changes_nothing(sample_results, tmp_path):
    store = GraphStore(tmp_path / "s")
    first = store.add(sample_results)
    before = _quads(store)
    again = store.add(sample_results)
    assert (first.added, again.added, again.known) == (2, 0, 2)
    assert (again.added_triples, again.removed_triples) == (0, 0)
    assert _quads(store) == before and len(store) == first.triples


def test_the_same_text_under_another_name_adds_nothing(sample_results, tmp_path):
    store = GraphStore(tmp_path / "s")
    store.add(sample_results)
    before = _quads(store)
    first = sample_results[0]
    renamed = replace(first, article=replace(first.article, id="other", source="elsewhere/other.txt"))
    assert store.add([renamed]).added == 0
    assert _quads(store) == before


def test_articles_added_one_after_the_other_give_the_graph_built_together(
    sample_results, make_triple, tmp_path
):
    full = Entity("person:john_kerry", "John Kerry", "PERSON", "USA", ("John Kerry",), 1)
    short = Entity("person:kerry", "Kerry", "PERSON", "USA", ("Kerry",), 1)
    later = ArticleResult(
        Article(id="a3", text="Kerry visited Iraq.", source="a3.txt", date="2013-07-01"),
        (short,),
        (make_triple("person:kerry", "visit", "country:IRQ", article="a3", source="a3.txt", end=19),),
    )
    together = GraphStore(tmp_path / "together")
    together.add([*sample_results, later])
    one_by_one = GraphStore(tmp_path / "one_by_one")
    for result in (*sample_results, later):
        one_by_one.add([result])
    assert _quads(one_by_one) == _quads(together)
    # The new article's "Kerry" joined the John Kerry already in the store.
    assert one_by_one.graph().has_edge("person:john_kerry", "country:IRQ", "is:visit")
    assert full.id in one_by_one.graph()
    # And the store says what a plain build of all the articles says.
    assert isomorphic(to_rdf(one_by_one.graph()), to_rdf(merge_results([*sample_results, later])))


def test_an_interrupted_update_is_finished_by_the_next_build(sample_results, tmp_path):
    store = GraphStore(tmp_path / "s")
    store.add(sample_results[:1])
    wanted = GraphStore(tmp_path / "reference")
    wanted.add(sample_results)
    # As if a build died after writing the new record but before the RDF caught up.
    store.add(sample_results[1:])
    store.rdf.clear()
    (store.path / "sync-pending").write_text("", encoding="utf-8")
    del store  # releases the database lock
    reopened = GraphStore(tmp_path / "s")
    assert reopened.interrupted
    reopened.add([])
    assert not reopened.interrupted
    assert _quads(reopened) == _quads(wanted)


def test_a_folder_that_is_no_store_is_refused(tmp_path):
    with pytest.raises(StoreError, match="not a geokg store"):
        GraphStore(tmp_path / "missing", create=False)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not a folder"):
        GraphStore(tmp_path / "file")


def test_a_second_build_into_the_store_leaves_the_triple_count_unchanged(built_store, tmp_path):
    count = len(GraphStore(built_store, create=False, read_only=True))
    summary = build_graph(_write(tmp_path / "again", list(ARTICLES)), None, model="no_such_model",
                          progress=False, store_dir=built_store)  # fmt: skip
    # Nothing new: no model was even needed, and the store is as it was.
    assert "0 new articles, 2 already there" in summary.describe()
    assert len(GraphStore(built_store, create=False, read_only=True)) == count


def test_two_overlapping_builds_give_the_graph_of_one(tmp_path):
    names = list(ARTICLES)
    inputs = _write(tmp_path / "in", names)
    build_graph(inputs[:1], None, model=DEFAULT_MODEL, progress=False, store_dir=tmp_path / "step")
    build_graph(inputs, None, model=DEFAULT_MODEL, progress=False, store_dir=tmp_path / "step")
    build_graph(inputs, None, model=DEFAULT_MODEL, progress=False, store_dir=tmp_path / "once")
    step, once = GraphStore(tmp_path / "step"), GraphStore(tmp_path / "once")
    assert _quads(step) == _quads(once)


# --- querying ------------------------------------------------------------------------------------------


def test_query_works_on_a_store_and_on_an_in_memory_graph_alike(sample_results, tmp_path):
    store = GraphStore(tmp_path / "s")
    store.add(sample_results)
    sparql = "SELECT ?label WHERE { ?e a schema:Country ; skos:prefLabel ?label } ORDER BY ?label"
    from_store = query(store, sparql).records()
    from_graph = query(merge_results(sample_results), sparql).records()
    assert from_store == from_graph == [{"label": "Iraq"}, {"label": "United States"}]
    assert query(store, "ASK { country:USA ?p ?o }").boolean is True
    construct = "CONSTRUCT { ?e skos:prefLabel ?l } WHERE { ?e a schema:Country ; skos:prefLabel ?l }"
    constructed = query(store, construct)
    assert len(constructed.triples) == 2
    with pytest.raises(StoreError, match="not valid SPARQL"):
        query(store, "SELEKT nothing")


def test_query_results_print_as_table_csv_tsv_and_json(sample_results):
    result = query(merge_results(sample_results), "SELECT ?e ?n WHERE { ?e geokg:mentions ?n } ORDER BY ?e")
    table = result.to_string("table").splitlines()
    assert table[0].split() == ["e", "n"] and table[2].split() == ["country:IRQ", "3"]
    assert table[-1] == "(4 rows)"
    rows = list(csv.reader(io.StringIO(result.to_string("csv"))))
    assert rows[0] == ["e", "n"] and rows[1] == ["https://geokg.dev/id/country/IRQ", "3"]
    assert result.to_string("tsv").splitlines()[1] == "https://geokg.dev/id/country/IRQ\t3"
    document = json.loads(result.to_string("json"))
    assert document["head"]["vars"] == ["e", "n"]
    assert document["results"]["bindings"][0]["n"] == {
        "type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}


def _readme_queries() -> list[str]:
    return re.findall(r"```sparql\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_the_readme_shows_the_queries_the_issue_asks_for():
    assert len(_readme_queries()) >= 3


@pytest.mark.parametrize("number", range(len(_readme_queries())))
def test_every_readme_query_runs_and_finds_what_it_promises(built_store, number):
    sparql = _readme_queries()[number]
    records = GraphStore(built_store, create=False, read_only=True).query(sparql).records()
    assert records, sparql
    found = {tuple(str(v) for v in r.values()) for r in records}
    expected = [
        # Russia against Ukraine, Feb-Mar 2022: the attack of the 24th and the shelling of March 9.
        lambda: {("2022-02-24", "Russia", "attack", "Ukraine"), ("2022-03-09", "Russia", "shell", "Ukraine")}
        <= {f[:4] for f in found},
        # The negated claim, with its speaker and source.
        lambda: ("Russia", "attack", "Belarus", "Dmitry Peskov") in {f[:4] for f in found},
        # Who met whom, dated.
        lambda: ("2022-03-10", "Sergei Lavrov", "Dmytro Kuleba") in found,
        # Offices by date of report.
        lambda: ("Sergei Lavrov", "foreign minister of", "Russia", "2022-03-11", "2022-03-11") in found,
    ]
    if number < len(expected):
        assert expected[number](), records


# --- exporting -----------------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's TriG parser uses its own deprecated API
def test_turtle_and_trig_exports_round_trip(sample_results, tmp_path):
    store = GraphStore(tmp_path / "s")
    store.add(sample_results)
    expected = to_rdf(store.graph())
    export(store, "ttl", tmp_path / "g.ttl")
    assert isomorphic(Graph().parse(tmp_path / "g.ttl", format="turtle"), expected)
    export(store, "trig", tmp_path / "g.trig")
    dataset = Dataset()
    dataset.parse(tmp_path / "g.trig", format="trig")
    parsed = Graph()
    for s, p, o, _ in dataset.quads():
        parsed.add((s, p, o))
    assert isomorphic(parsed, expected)
    out = io.BytesIO()
    export(store, "nq", out)
    assert len(out.getvalue().splitlines()) == len(expected)


def test_graphml_and_csv_exports_hold_scalars_with_dates(sample_results, make_triple, tmp_path):
    dated = ArticleResult(
        Article(id="a3", text="Three.", source="a3.txt", date="2013-07-01"), (),
        (make_triple("person:john_kerry", "meet with", "country:IRQ", article="a3", source="a3.txt",
                     event_date="2013-06-30", article_date="2013-07-01", sentence="Kerry met them."),),
    )  # fmt: skip
    store = GraphStore(tmp_path / "s")
    store.add([*sample_results, dated])
    export(store, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert set(g.nodes) == {"person:john_kerry", "country:IRQ", "country:USA", "org:united_nations"}
    assert g.nodes["country:IRQ"]["kind"] == "Country"
    assert g.nodes["country:IRQ"]["wikidata"] == "http://www.wikidata.org/entity/Q796"
    for _, _, data in g.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
    met = next(d for _, _, d in g.edges(data=True) if d["predicate"] == "meet with")
    assert (met["count"], met["last_date"]) == (3, "2013-06-30")
    export(store, "csv", tmp_path / "tables")
    nodes = list(csv.DictReader((tmp_path / "tables" / "nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((tmp_path / "tables" / "edges.csv").open(encoding="utf-8")))
    assert len(nodes) == 4 and len(edges) == g.number_of_edges() == 3
    assert {"source", "target", "predicate", "negated", "first_date", "last_date"} <= set(edges[0])


# --- dates and the command line ------------------------------------------------------------------------


def test_in_period_keeps_facts_by_event_date_else_article_date(make_triple):
    rus, ukr = "country:RUS", "country:UKR"
    facts = (
        make_triple(rus, "attack", ukr, event_date="2022-02-24", article_date="2022-03-01"),
        make_triple(rus, "shell", ukr, event_date=None, article_date="2022-03-11"),
        make_triple(rus, "warn", ukr, event_date="2021", article_date="2022-03-11"),
        make_triple(rus, "meet", ukr),
    )
    results = [ArticleResult(Article(id="a", text="t", source="a.txt"), (), facts)]
    (kept,) = in_period(results, "2022-02", "2022-02")
    assert [t.predicate for t in kept.triples] == ["attack"]
    (kept,) = in_period(results, "2021-06", None)
    assert [t.predicate for t in kept.triples] == ["attack", "shell", "warn"]


def test_cli_query_export_and_build_errors(built_store, tmp_path):
    runner = CliRunner()
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?r a geokg:Relation }"
    table = runner.invoke(app, ["query", str(built_store), sparql])
    assert table.exit_code == 0 and table.output.splitlines()[0].strip() == "n", table.output
    query_file = tmp_path / "q.rq"
    query_file.write_text(sparql, encoding="utf-8")
    as_json = runner.invoke(app, ["query", str(built_store), "-f", str(query_file), "--format", "json"])
    assert int(json.loads(as_json.output)["results"]["bindings"][0]["n"]["value"]) > 5
    bad = runner.invoke(app, ["query", str(built_store), "SELEKT"])
    assert bad.exit_code == 2 and "not valid SPARQL" in bad.output
    missing = runner.invoke(app, ["query", str(tmp_path / "nothing"), sparql])
    assert missing.exit_code == 2 and "not a geokg store" in missing.output
    target = str(tmp_path / "g.nt")
    exported = runner.invoke(app, ["export", str(built_store), "--format", "nt", "--out", target])
    assert exported.exit_code == 0 and (tmp_path / "g.nt").stat().st_size > 0
    assert runner.invoke(app, ["export", str(built_store), "--format", "csv"]).exit_code == 2
    assert runner.invoke(app, ["export", str(built_store), "--format", "xlsx"]).exit_code == 2
    bad_date = runner.invoke(app, ["build", str(tmp_path), "--since", "2022-13"])
    assert bad_date.exit_code == 2 and "--since" in bad_date.output
