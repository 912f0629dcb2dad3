"""The merged graph as RDF: standard vocabularies, asserted facts, reified relations with evidence, dates,
IRIs valid for any name, byte-stable output, and round trips through Turtle and TriG."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.merge import article_key, edge_key, merge_results
from geokg.graph.rdf import (
    article_uri,
    entity_uri,
    predicate_uri,
    relation_uri,
    to_rdf,
    write_rdf,
    write_turtle,
)
from geokg.graph.vocab import GEOKG, REL, SCHEMA, WIKIDATA
from rdflib import DCTERMS, PROV, RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

GOLDEN = Path(__file__).parent / "data" / "golden_small.ttl"
# XSD is a strict DefinedNamespace: imported at module level it warns when pytest inspects the module.
XSD_DATE, XSD_MONTH, XSD_YEAR = (
    URIRef(f"http://www.w3.org/2001/XMLSchema#{t}") for t in ("date", "gYearMonth", "gYear")
)

KERRY = URIRef("https://geokg.dev/id/person/john_kerry")
IRAQ = URIRef("https://geokg.dev/id/country/IRQ")
USA = URIRef("https://geokg.dev/id/country/USA")
UN = URIRef("https://geokg.dev/id/org/united_nations")
HOSTILE_NAMES = [
    'He said "no"',
    "<script>alert(1)</script>",
    "a b\tc\nd",
    "bell\x07 nul\x00 del\x7f",
    "emoji 🙂🇺🇦",
    "back\\slash {brace} |pipe| ^caret^ `tick`",
    "lone \ud800 surrogate",
    "% 20 # ? & = + ;",
    "Jr.",
    "",
]


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
    ]  # fmt: skip
    assert len(found) == 1, found
    return found[0]


def _turtle(g) -> bytes:
    out = io.BytesIO()
    write_turtle(g, out)
    return out.getvalue()


def test_entities_are_typed_and_named_with_standard_vocabularies(sample_results):
    rdf = to_rdf(merge_results(sample_results))
    assert (KERRY, RDF.type, SCHEMA.Person) in rdf
    assert (IRAQ, RDF.type, SCHEMA.Country) in rdf
    assert (UN, RDF.type, SCHEMA.Organization) in rdf
    assert rdf.value(KERRY, SKOS.prefLabel) == Literal("John Kerry")
    assert rdf.value(KERRY, RDFS.label) == Literal("John Kerry")
    assert rdf.value(KERRY, DCTERMS.identifier) == Literal("person:john_kerry")
    assert set(rdf.objects(KERRY, SKOS.altLabel)) == {Literal("Kerry"), Literal("Secretary Kerry")}
    assert rdf.value(KERRY, GEOKG.countryCode) == Literal("USA")
    assert rdf.value(KERRY, GEOKG.country) == USA
    assert rdf.value(USA, GEOKG.country) is None  # a country is not "of" itself
    assert rdf.value(KERRY, GEOKG.mentions) == Literal(5)
    assert rdf.value(KERRY, GEOKG.articleCount) == Literal(2)


def test_every_kind_of_entity_gets_a_class(sample_results):
    odd = ArticleResult(
        Article(id="a9", text="Nine.", source="a9.txt"),
        (Entity("group:kurds", "Kurds", "NORP", None, (), 1),
         Entity("thing:treaty", "Treaty", "LAW", None, (), 1),
         Entity("place:baghdad", "Baghdad", "GPE", "IRQ", (), 1)),
        (),
    )  # fmt: skip
    rdf = to_rdf(merge_results([*sample_results, odd]))
    assert (URIRef("https://geokg.dev/id/group/kurds"), RDF.type, GEOKG.Group) in rdf
    assert (URIRef("https://geokg.dev/id/thing/treaty"), RDF.type, SCHEMA.Thing) in rdf
    assert (URIRef("https://geokg.dev/id/place/baghdad"), RDF.type, SCHEMA.Place) in rdf


def test_countries_link_to_their_wikidata_items(sample_results):
    rdf = to_rdf(merge_results(sample_results))
    assert rdf.value(IRAQ, SKOS.exactMatch) == WIKIDATA.Q796
    assert rdf.value(USA, SKOS.exactMatch) == WIKIDATA.Q30
    assert rdf.value(KERRY, SKOS.exactMatch) is None  # people are not linked by their country's code


def test_schema_org_is_only_ever_https(sample_results):
    text = _turtle(merge_results(sample_results)).decode()
    assert "https://schema.org/" in text
    assert "http://schema.org" not in text


def test_articles_are_news_articles_keyed_by_their_text(sample_results):
    first = replace(sample_results[0].article, date="2013-06-27", url="https://news.example/kerry?id=1 2")
    results = [replace(sample_results[0], article=first), sample_results[1]]
    rdf = to_rdf(merge_results(results))
    article = article_uri(article_key(first.text))
    assert (article, RDF.type, SCHEMA.NewsArticle) in rdf
    assert rdf.value(article, DCTERMS.identifier) == Literal("a1")
    assert rdf.value(article, DCTERMS.source) == Literal("a1.txt")
    assert rdf.value(article, SCHEMA.headline) == Literal("Kerry in Baghdad")
    assert rdf.value(article, SCHEMA.datePublished) == Literal("2013-06-27", datatype=XSD_DATE)
    assert rdf.value(article, SCHEMA.url) == URIRef("https://news.example/kerry?id=1%202")
    assert rdf.value(article, GEOKG.textHash) == Literal(article_key(first.text))


def test_asserted_relation_is_a_plain_triple_and_a_reified_statement_with_evidence(sample_results):
    rdf = to_rdf(merge_results(sample_results))
    meet = REL.meet_with
    assert (KERRY, meet, IRAQ) in rdf
    relation = _relation(rdf, KERRY, meet, IRAQ, negated=False)
    assert (relation, RDF.type, RDF.Statement) in rdf
    assert rdf.value(relation, GEOKG.predicateLabel) == Literal("meet with")
    assert rdf.value(relation, GEOKG.count) == Literal(2)
    assert float(rdf.value(relation, GEOKG.confidence).toPython()) == pytest.approx(0.9)
    assert rdf.value(relation, GEOKG.eventRoot) == Literal("meet")
    evidence = list(rdf.objects(relation, GEOKG.provenance))
    assert {str(rdf.value(e, GEOKG.sentence)) for e in evidence} == {
        "Kerry met Iraqi leaders.", "John Kerry met Iraq's prime minister."}
    articles = {rdf.value(e, PROV.wasDerivedFrom) for e in evidence}
    assert articles == set(rdf.objects(relation, PROV.wasDerivedFrom))
    assert {rdf.value(a, DCTERMS.identifier) for a in articles} == {Literal("a1"), Literal("a2")}
    assert all((e, RDF.type, GEOKG.Provenance) in rdf for e in evidence)


def test_negated_relation_is_never_asserted(sample_results):
    rdf = to_rdf(merge_results(sample_results))
    support = predicate_uri("support")
    assert not list(rdf.triples((None, support, None)))
    relation = _relation(rdf, USA, support, IRAQ, negated=True)
    assert rdf.value(relation, GEOKG.modality) == Literal("will")
    evidence = rdf.value(relation, GEOKG.provenance)
    assert rdf.value(evidence, GEOKG.start) == Literal(50)
    assert rdf.value(evidence, GEOKG.end) == Literal(110)
    # A record without the speaker's id keeps the speaker's name.
    assert rdf.value(evidence, GEOKG.attributedTo) == Literal("John Kerry")


def test_evidence_is_attributed_to_the_speakers_entity_and_dated_by_granularity(sample_results, make_triple):
    said = [
        make_triple("country:USA", "support", "country:IRQ", attributed_to="John Kerry", sentence=f"S{i}.",
                    attributed_to_id="person:john_kerry", event_date=when, article_date="2013-06-27",
                    start=i, end=i + 3)
        for i, when in enumerate(("2013-06-25", "2013-06", "2013", None))
    ]  # fmt: skip
    article = Article(id="a3", text="Three.", source="a3.txt", date="2013-06-27")
    extra = ArticleResult(article, (), tuple(said))
    rdf = to_rdf(merge_results([*sample_results, extra]))
    relation = _relation(rdf, USA, predicate_uri("support"), IRAQ, negated=False)
    evidence = list(rdf.objects(relation, GEOKG.provenance))
    assert {rdf.value(e, PROV.wasAttributedTo) for e in evidence} == {KERRY}
    assert not any(rdf.value(e, GEOKG.attributedTo) for e in evidence)
    assert {rdf.value(e, DCTERMS.date) for e in evidence} == {
        Literal("2013-06-25", datatype=XSD_DATE),
        Literal("2013-06", datatype=XSD_MONTH),
        Literal("2013", datatype=XSD_YEAR),
        None,
    }


def test_a_reprinted_sentence_is_one_piece_of_evidence_from_both_articles(sample_results):
    first = sample_results[0]
    reprint = ArticleResult(replace(first.article, id="reprint", text=first.article.text + " (reprint)"),
                            first.entities, first.triples)  # fmt: skip
    rdf = to_rdf(merge_results([*sample_results, reprint]))
    relation = _relation(rdf, KERRY, REL.meet_with, IRAQ, negated=False)
    assert rdf.value(relation, GEOKG.count) == Literal(2)
    evidence = next(e for e in rdf.objects(relation, GEOKG.provenance)
                    if str(rdf.value(e, GEOKG.sentence)) == "Kerry met Iraqi leaders.")  # fmt: skip
    sources = set(rdf.objects(evidence, PROV.wasDerivedFrom))
    assert sources == {article_uri(article_key(r.article.text)) for r in (first, reprint)}
    assert sources <= set(rdf.objects(relation, PROV.wasDerivedFrom))


def test_iris_are_readable_and_relation_names_cannot_clash_with_the_vocabulary():
    assert entity_uri("country:IRQ") == URIRef("https://geokg.dev/id/country/IRQ")
    assert entity_uri("person:josé maría") == URIRef("https://geokg.dev/id/person/jos%C3%A9%20mar%C3%ADa")
    assert predicate_uri("meet with") == REL.meet_with
    assert predicate_uri("Count") != GEOKG.count
    assert predicate_uri("") == REL.related_to
    key = edge_key("support", True)
    assert relation_uri("a", "b", key) == relation_uri("a", "b", key)
    assert relation_uri("a", "b", key) != relation_uri("a", "b", edge_key("support", False))


def _hostile_results() -> list[ArticleResult]:
    entities = tuple(
        Entity(f"person:{name}", name, "PERSON", None, (name, f"{name}!"), 1) for name in HOSTILE_NAMES
    )
    from geokg.extract.triples import Triple

    triples = tuple(
        Triple(name, "PERSON", f"{name} verb", "Iraq", "GPE", subject_id=f"person:{name}",
               object_id="country:IRQ", sentence=f"{name} did it.", article='odd "id" <a>',
               source=f"dir/{name}.txt", extractor=name, attributed_to=name,
               attributed_to_id=f"person:{name}")
        for name in HOSTILE_NAMES
    )  # fmt: skip
    article = Article(id='odd "id" <a>', text="x\ud800y", source="dir/odd.txt", title="<b>\x00",
                      url='https://x.example/a b"<c>')  # fmt: skip
    return [ArticleResult(article, entities, triples)]


def test_hostile_entity_names_give_valid_iris_that_rdflib_and_pyoxigraph_both_parse():
    g = merge_results(_hostile_results())
    text = _turtle(g)
    parsed_by_oxigraph = list(ox.parse(text, ox.RdfFormat.TURTLE))
    parsed_by_rdflib = Graph().parse(data=text.decode("utf-8"), format="turtle")
    assert len(parsed_by_oxigraph) == len(parsed_by_rdflib) == len(to_rdf(g))
    assert isomorphic(parsed_by_rdflib, to_rdf(g)), _describe_difference(to_rdf(g), parsed_by_rdflib)
    for name in HOSTILE_NAMES:
        iri = str(entity_uri(f"person:{name}"))
        ox.NamedNode(iri)  # raises ValueError on an invalid IRI
        assert not any(c in iri for c in ' <>"{}|\\^`') and iri.isprintable()
    labels = {str(o) for o in parsed_by_rdflib.objects(None, SKOS.prefLabel)}
    assert 'He said "no"' in labels and "emoji 🙂🇺🇦" in labels and "bell\x07 nul\x00 del\x7f" in labels


def test_turtle_round_trip_gives_the_same_graph(sample_results, tmp_path):
    g = merge_results(sample_results)
    write_turtle(g, tmp_path / "graph.ttl")
    parsed = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    expected = to_rdf(g)
    assert len(parsed) == len(expected)
    assert isomorphic(parsed, expected), _describe_difference(expected, parsed)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's parsers use its own deprecated API
@pytest.mark.parametrize("rdf_format", ["trig", "nq", "nt", "jsonld", "rdfxml"])
def test_other_rdf_formats_round_trip(sample_results, rdf_format):
    g = merge_results(sample_results)
    out = io.BytesIO()
    write_rdf(g, out, rdf_format)
    names = {"nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}
    if rdf_format in ("trig", "nq"):
        dataset = Dataset()
        dataset.parse(data=out.getvalue().decode(), format=names[rdf_format])
        parsed = Graph()
        for s, p, o, graph in dataset.quads():
            assert graph in (None, DATASET_DEFAULT_GRAPH_ID)  # everything in the default graph
            parsed.add((s, p, o))
    else:
        parsed = Graph().parse(data=out.getvalue().decode(), format=names[rdf_format])
    assert isomorphic(parsed, to_rdf(g)), _describe_difference(to_rdf(g), parsed)


def test_turtle_is_byte_identical_whatever_the_order_of_evidence(sample_results):
    g = merge_results(sample_results)
    shuffled = merge_results(sample_results)
    for _, _, data in shuffled.edges(data=True):
        data["provenance"] = list(reversed(data["provenance"]))
    assert _turtle(g) == _turtle(shuffled) == _turtle(merge_results(sample_results))


def test_small_graph_matches_the_golden_file(sample_results):
    first, _ = sample_results
    kerry, iraq, usa = first.entities
    result = ArticleResult(
        replace(first.article, date="2013-06-27", url="https://news.example/kerry"),
        (
            Entity(kerry.id, kerry.label, kerry.type, kerry.country, ("John Kerry", "Kerry"), 3),
            Entity(usa.id, usa.label, usa.type, usa.country, ("U.S.", "United States"), 2),
            Entity(iraq.id, iraq.label, iraq.type, iraq.country, ("Iraq",), 4),
        ),
        tuple(
            replace(t, confidence=0.75, event_date="2013-06-26", article_date="2013-06-27")
            if t.predicate == "meet with"
            else replace(t, attributed_to_id="person:john_kerry")
            for t in first.triples
        ),
    )
    expected = Graph().parse(GOLDEN, format="turtle")
    actual = to_rdf(merge_results([result]))
    assert isomorphic(actual, expected), _describe_difference(expected, actual)
