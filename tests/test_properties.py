"""Property-based tests: random text and random Unicode names never crash reading, extraction, the
merge or the writers. Example counts are kept small so the suite stays fast."""

from __future__ import annotations

import itertools
import json
import tempfile
import unicodedata
from pathlib import Path

import rdflib
from geokg.extract.io.reader import Article, ReadProblem, read_articles
from geokg.extract.io.text import clean_text
from geokg.extract.pipeline import extract_text
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple, read_triples, write_triples
from geokg.graph.exports import read_node_link_json, write_node_link_json
from geokg.graph.html import html_document
from geokg.graph.merge import merge_results
from geokg.graph.rdf import write_turtle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks enough like news for the parser to build clauses and entities out of it.
WORDS = st.sampled_from(
    ["Iran", "Iraq", "France", "John Kerry", "the", "said", "met", "did", "not", "attack", "and", "who",
     "in", "Geneva", ",", ".", '"', "'s", "\n", "\n\n", "—", "NATO", "Putin", "would", "urged", "to"]
)
ODD = st.text(min_size=1, max_size=3)  # any Unicode but surrogates: combining marks, emoji, controls
NEWS_LIKE = st.lists(st.one_of(WORDS, WORDS, WORDS, ODD), min_size=1, max_size=60).map(" ".join)


@FAST
@given(NEWS_LIKE)
def test_extraction_of_random_text_never_crashes(nlp, text):
    result = extract_text(clean_text(text), nlp, article_id="random")
    for t in result.triples:
        assert t.subject and t.object and 0 <= t.start <= t.end
        json.loads(t.to_json())


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_text_leaves_nothing_invisible_and_is_stable(text):
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned
    for ch in cleaned:
        category = unicodedata.category(ch)
        assert category not in ("Cf", "Cs", "Zl", "Zp"), repr(ch)
        assert category != "Cc" or ch in "\t\n\r", repr(ch)
    cleaned.encode("utf-8")


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".jsonl", ".html"]))
def test_reading_random_bytes_never_raises(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for item in read_articles([path]):
            assert isinstance(item, Article | ReadProblem)
            if isinstance(item, Article):
                item.text.encode("utf-8")
                item.id.encode("utf-8")


NAMES = st.text(min_size=1, max_size=20).map(clean_text).filter(str.strip)


@st.composite
def results(draw):
    """A few articles with random Unicode entity names and facts between them."""
    names = draw(st.lists(NAMES, min_size=2, max_size=6, unique=True))
    kinds = ["PERSON", "GPE", "ORG", "NORP"]
    entities = [
        Entity(f"{kind.lower()}:{i}-{name}", name, kind, None, (name,), draw(st.integers(1, 5)))
        for i, (name, kind) in enumerate(zip(names, itertools.cycle(kinds)))
    ]
    out = []
    for a in range(draw(st.integers(1, 3))):
        article = Article(id=draw(NAMES), text="...", source=f"{draw(NAMES)}.txt", title=draw(NAMES))
        chosen = draw(st.lists(st.sampled_from(entities), min_size=2, max_size=len(entities), unique=True))
        triples = tuple(
            Triple(
                subject=s.label, subject_type=s.type, predicate=draw(NAMES), object=o.label,
                object_type=o.type, negated=draw(st.booleans()), sentence=draw(NAMES),
                article=article.id, source=article.source, start=a, end=a + 5,
                subject_id=s.id, object_id=o.id, extractor="test", confidence=0.5,
                attributed_to=draw(st.none() | NAMES), modality=draw(st.none() | st.just("would")),
            )
            for s, o in itertools.pairwise(chosen)
        )
        out.append(ArticleResult(article, tuple(chosen), triples))
    return out


@FAST
@given(results())
def test_merge_and_writers_accept_any_unicode_names(batch):
    graph = merge_results(batch)
    assert merge_results(batch + batch).nodes(data=True) == graph.nodes(data=True)  # feeding twice: same
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        triples = [t for r in batch for t in r.triples]
        write_triples(triples, str(out / "triples.jsonl"))
        assert read_triples(str(out / "triples.jsonl")) == triples
        write_node_link_json(graph, out / "graph.json")
        assert set(read_node_link_json(out / "graph.json").nodes) == set(graph.nodes)
        write_turtle(graph, out / "graph.ttl")
        rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    page = html_document(graph)
    assert "</html>" in page
