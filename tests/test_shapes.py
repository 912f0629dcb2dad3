"""SHACL shapes of the RDF output (graph/data/shapes.ttl): what geokg writes conforms, what breaks a rule
does not. The end-to-end check of a real build is in tests/test_cli.py."""

from __future__ import annotations

from dataclasses import replace

import pytest
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple
from geokg.graph.merge import merge_results
from geokg.graph.rdf import to_rdf
from geokg.graph.shapes import validate
from geokg.graph.vocab import GEOKG, REL
from rdflib import DCTERMS, RDF, SKOS, Graph, Literal, URIRef

RUSSIA = URIRef("https://geokg.dev/id/country/RUS")
UKRAINE = URIRef("https://geokg.dev/id/country/UKR")


@pytest.fixture
def rdf(sample_results) -> Graph:
    # The shared fixture uses a placeholder event root; real ones are CAMEO codes.
    results = [
        replace(r, triples=tuple(replace(t, event_root="04" if t.event_root else None) for t in r.triples))
        for r in sample_results
    ]
    dated = ArticleResult(
        Article(id="a3", text="Russia text.", source="a3.txt", date="2022-02-24", url="https://x.example/r"),
        (Entity("country:RUS", "Russia", "GPE", "RUS", ("Russia",), 1),
         Entity("country:UKR", "Ukraine", "GPE", "UKR", ("Ukraine",), 1)),
        (Triple("Russia", "GPE", "attack", "Ukraine", "GPE", subject_id="country:RUS",
                object_id="country:UKR", event_root="19", article_date="2022-02-24", event_date="2022-02",
                sentence="Russia attacked.", article="a3", source="a3.txt", extractor="test"),),
    )  # fmt: skip
    return to_rdf(merge_results([*results, dated]))


def test_what_geokg_writes_conforms(rdf):
    result = validate(rdf)
    assert result.conforms, result.report


def test_a_negated_fact_asserted_as_a_plain_triple_is_a_violation(rdf):
    negated = next(rdf.subjects(GEOKG.negated, Literal(True)))
    rdf.add(tuple(rdf.value(negated, part) for part in (RDF.subject, RDF.predicate, RDF.object)))
    result = validate(rdf)
    assert not result.conforms
    assert "negated relation is asserted" in result.report


def test_a_plain_fact_without_a_relation_is_a_violation(rdf):
    rdf.add((UKRAINE, REL.attack, RUSSIA))
    result = validate(rdf)
    assert not result.conforms
    assert "no positive relation describes" in result.report


def test_an_entity_needs_one_name_and_a_date_its_granularity(rdf):
    rdf.remove((RUSSIA, SKOS.prefLabel, None))
    evidence = next(rdf.subjects(DCTERMS.date, None))
    rdf.set((evidence, DCTERMS.date, Literal("February 2022")))
    result = validate(rdf)
    assert not result.conforms
    assert "prefLabel" in result.report and "gYearMonth" in result.report


def test_a_relation_needs_evidence(rdf):
    relation = next(rdf.subjects(RDF.type, GEOKG.Relation))
    rdf.remove((relation, GEOKG.provenance, None))
    assert not validate(rdf).conforms
