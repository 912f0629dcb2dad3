"""The merged graph as RDF: asserted facts, reified relations with polarity and provenance, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.merge import edge_key, merge_results
from geokg.graph.rdf import GEOKG, REL, entity_uri, predicate_uri, relation_uri, to_rdf, write_turtle
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

GOLDEN = Path(__file__).parent / "data" / "golden_small.ttl"

KERRY = URIRef("https://geokg.dev/id/person/john_kerry")
IRAQ = URIRef("https://geokg.dev/id/country/IRQ")
USA = URIRef("https://geokg.dev/id/country/USA")
UN = URIRef("https://geokg.dev/id/org/united_nations")


def _describe_difference(expected: Graph, actual: Graph) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    missing = "\n".join(sorted(" ".join(t.n3() for t in triple) for triple in only_expected))
    extra = "\n".join(sorted(" ".join(t.n3() for t in triple) for triple in only_actual))
    return f"missing:\n{missing}\nunexpected:\n{extra}"


def _relation(rdf: Graph, subject: URIRef, predicate: URIRef, obj: URIRef, negated: bool) -> URIRef:
    found = [
        rel for rel in rdf.subjects(RDF.type, GEOKG.Relation)
        if (rel, RDF.subject, subject) in rdf and (rel, RDF.predicate, predicate) in rdf
        and (rel, RDF.object, obj) in rdf and (rel, GEOKG.negated, Literal(negated)) in rdf
    ]
    assert len(found) == 1, found
    return found[0]


def test_entities_have_class_labels_country_and_aliases(sample_results):
    rdf = to_rdf(merge_results(sample_results))
    assert (KERRY, RDF.type, GEOKG.Person) in rdf
    assert (IRAQ, RDF.type, GEOKG.Country) in rdf
    assert (UN, RDF.type, GEOKG.Organization) in rdf
    assert (GEOKG.Person, RDFS.subClassOf, GEOKG.Entity) in rdf
    assert rdf.value(KERRY, RDFS.label) == Literal("John Kerry")
    assert rdf.value(KERRY, GEOKG.countryCode) == Literal("USA")
    assert rdf.value(KERRY, GEOKG.country) == USA
    # A country is not "of" itself.
    assert rdf.value(USA, GEOKG.country) is None
    assert set(rdf.objects(KERRY, SKOS.altLabel)) == {Literal("Kerry"), Literal("Secretary Kerry")}
    assert rdf.value(KERRY, GEOKG.mentions) == Literal(5)
    assert rdf.value(KERRY, GEOKG.articleCount) == Literal(2)


def test_asserted_relation_is_a_plain_triple_and_a_reified_statement(sample_results):
    rdf = to_rdf(merge_results(sample_results))
    meet = REL.meet_with
    assert (KERRY, meet, IRAQ) in rdf
    relation = _relation(rdf, KERRY, meet, IRAQ, negated=False)
    assert (relation, RDF.type, RDF.Statement) in rdf
    assert rdf.value(relation, GEOKG.predicateLabel) == Literal("meet with")
    assert rdf.value(relation, GEOKG.count) == Literal(2)
    assert float(rdf.value(relation, GEOKG.confidence).toPython()) == pytest.approx(0.9)
    assert rdf.value(relation, GEOKG.eventRoot) == Literal("meet")
    sentences = {str(rdf.value(p, GEOKG.sentence)) for p in rdf.objects(relation, GEOKG.provenance)}
    assert sentences == {"Kerry met Iraqi leaders.", "John Kerry met Iraq's prime minister."}
    articles = {str(rdf.value(p, GEOKG.article)) for p in rdf.objects(relation, GEOKG.provenance)}
    assert articles == {"a1", "a2"}


def test_negated_relation_is_never_asserted(sample_results):
    rdf = to_rdf(merge_results(sample_results))
    support = predicate_uri("support")
    assert (USA, support, IRAQ) not in rdf
    assert not list(rdf.triples((None, support, None)))
    relation = _relation(rdf, USA, support, IRAQ, negated=True)
    assert rdf.value(relation, GEOKG.modality) == Literal("will")
    provenance = rdf.value(relation, GEOKG.provenance)
    assert rdf.value(provenance, GEOKG.attributedTo) == Literal("John Kerry")
    assert rdf.value(provenance, GEOKG.start) == Literal(50)
    assert rdf.value(provenance, GEOKG.end) == Literal(110)


def test_turtle_round_trip_gives_the_same_graph(sample_results, tmp_path):
    rdf = to_rdf(merge_results(sample_results))
    path = tmp_path / "graph.ttl"
    write_turtle(merge_results(sample_results), path)
    parsed = Graph().parse(path, format="turtle")
    assert len(parsed) == len(rdf)
    assert isomorphic(parsed, rdf), _describe_difference(rdf, parsed)


def test_small_graph_matches_the_golden_file(sample_results):
    first, _ = sample_results
    kerry, iraq, usa = first.entities
    result = ArticleResult(
        first.article,
        (
            Entity(kerry.id, kerry.label, kerry.type, kerry.country, ("John Kerry", "Kerry"), 3),
            Entity(usa.id, usa.label, usa.type, usa.country, ("U.S.", "United States"), 2),
            Entity(iraq.id, iraq.label, iraq.type, iraq.country, ("Iraq",), 4),
        ),
        tuple(t if t.predicate != "meet with" else t.__class__(**{**t.to_dict(), "confidence": 0.75})
              for t in first.triples),
    )
    expected = Graph().parse(GOLDEN, format="turtle")
    actual = to_rdf(merge_results([result]))
    assert isomorphic(actual, expected), _describe_difference(expected, actual)


def test_uris_are_readable_and_relation_names_cannot_clash_with_the_vocabulary():
    assert entity_uri("country:IRQ") == URIRef("https://geokg.dev/id/country/IRQ")
    assert entity_uri("person:josé maría") == URIRef("https://geokg.dev/id/person/jos%C3%A9%20mar%C3%ADa")
    assert predicate_uri("meet with") == REL.meet_with
    assert predicate_uri("Count") != GEOKG.count
    assert predicate_uri("") == REL.related_to
    key = edge_key("support", True)
    assert relation_uri("a", "b", key) == relation_uri("a", "b", key)
    assert relation_uri("a", "b", key) != relation_uri("a", "b", edge_key("support", False))


def test_text_with_quotes_newlines_and_unicode_survives_turtle(tmp_path):
    art = Article(id="odd \"id\"", text="...", source="odd.txt")
    ent = Entity("person:recep_tayyip_erdogan", "Recep Tayyip Erdoğan", "PERSON", "TUR", ("Erdoğan",), 1)
    rdf = to_rdf(merge_results([ArticleResult(art, (ent,), ())]))
    text = rdf.serialize(format="turtle")
    parsed = Graph().parse(data=text, format="turtle")
    assert isomorphic(parsed, rdf)
    person = entity_uri(ent.id)
    assert parsed.value(person, RDFS.label) == Literal("Recep Tayyip Erdoğan")
