"""What a speaker said (`Triple.content`, wave 34) goes everywhere the triple record goes: triples.jsonl, the
merged edge's provenance (graph.json), RDF (`geokg:content` on the evidence) and the page's facts."""

from __future__ import annotations

import json

from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple
from geokg.graph.exports import write_node_link_json
from geokg.graph.merge import merge_results
from geokg.graph.page_data import page_data
from geokg.graph.rdf import to_rdf
from geokg.graph.shapes import validate
from geokg.graph.vocab import GEOKG
from rdflib import Literal

CLAIM = "Peru would close the border"


def _said(make_triple) -> list[ArticleResult]:
    article = Article(id="s1", text="Border\n\n...", source="s1.txt", title="Border")
    chile = Entity("country:CHL", "Chile", "GPE", "CHL", ("Chile",), 1)
    peru = Entity("country:PER", "Peru", "GPE", "PER", ("Peru",), 1)
    said = make_triple(
        "country:CHL", "say", "country:PER", subject="Chile", subject_type="GPE", object="Peru",
        sentence=f"Chile said {CLAIM}.", start=8, end=45, article="s1", source="s1.txt",
        extractor="geokg.speech_content/28", content=CLAIM,
    )  # fmt: skip
    return [ArticleResult(article, (chile, peru), (said,))]


def test_the_record_keeps_the_claim_and_reads_old_records_without_it(make_triple) -> None:
    [result] = _said(make_triple)
    [said] = result.triples
    assert json.loads(said.to_json())["content"] == CLAIM
    old = {k: v for k, v in said.to_dict().items() if k != "content"}  # a record written before the field
    assert Triple.from_dict(old).content is None


def test_the_merged_edge_and_graph_json_carry_the_claim(make_triple, tmp_path) -> None:
    g = merge_results(_said(make_triple))
    [(_, _, data)] = g.edges(data=True)
    assert [p["content"] for p in data["provenance"]] == [CLAIM]
    path = tmp_path / "graph.json"
    write_node_link_json(g, str(path))
    [edge] = json.loads(path.read_text())["edges"]
    assert edge["provenance"][0]["content"] == CLAIM


def test_rdf_gives_the_claim_as_a_literal_of_the_evidence(make_triple) -> None:
    rdf = to_rdf(merge_results(_said(make_triple)))
    [evidence] = rdf.subjects(GEOKG.content, None)
    assert rdf.value(evidence, GEOKG.content) == Literal(CLAIM)
    [relation] = rdf.subjects(GEOKG.provenance, evidence)
    assert rdf.value(relation, GEOKG.predicateLabel) == Literal("say")
    report = validate(rdf)
    assert report.conforms, report.report


def test_the_page_shows_the_claim_with_its_fact(make_triple) -> None:
    results = _said(make_triple)
    data = page_data(merge_results(results), articles=[r.article for r in results])
    [edge] = data["edges"]
    assert [f.get("said") for f in edge["f"]] == [CLAIM]
