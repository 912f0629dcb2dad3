"""The interactive page: self-contained (offline), one vis node per entity, negated relations marked."""

from __future__ import annotations

import json
import re

from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.html import KIND_COLOURS, NEGATED_COLOUR, html_document, write_html
from geokg.graph.merge import merge_results

# Anything that would make the browser fetch from the network: src/href to http(s) or protocol-relative
# URLs, CSS url(...) to the same, and @import of any kind.
REMOTE_REFERENCE = re.compile(
    r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import\b""",
    re.IGNORECASE,
)


def _dataset(html: str, name: str) -> list[dict]:
    match = re.search(rf"var {name} = new vis\.DataSet\((\[.*?\])\);\n", html)
    assert match, f"no {name} DataSet in the page"
    return json.loads(match.group(1))


def test_page_loads_nothing_from_the_network(sample_results):
    html = html_document(merge_results(sample_results))
    assert REMOTE_REFERENCE.findall(html) == []
    assert not re.search(r"<(?:link|script)[^>]*\b(?:src|href)\s*=", html, re.IGNORECASE)
    # vis-network itself is inlined.
    assert "vis.Network" in html
    assert len(html) > 100_000


def test_the_pattern_does_catch_remote_references():
    samples = ['<script src="https://cdn.x/vis.js">', "<link href='//cdn.x/a.css'>", "url( http://x/y.png)",
               "@import 'a.css';"]
    assert all(REMOTE_REFERENCE.search(s) for s in samples)
    assert not REMOTE_REFERENCE.search('url("data:image/png;base64,AAAA")')


def test_one_vis_node_per_entity_coloured_by_kind_and_sized_by_mentions(sample_results):
    g = merge_results(sample_results)
    nodes = {n["id"]: n for n in _dataset(html_document(g), "nodes")}
    assert set(nodes) == set(g.nodes)
    assert nodes["country:IRQ"]["color"] == KIND_COLOURS["Country"]
    assert nodes["person:john_kerry"]["color"] == KIND_COLOURS["Person"]
    assert nodes["person:john_kerry"]["size"] > nodes["org:united_nations"]["size"]
    assert nodes["person:john_kerry"]["label"] == "John Kerry"


def test_negated_relation_is_labelled_not_and_drawn_dashed_red(sample_results):
    g = merge_results(sample_results)
    edges = _dataset(html_document(g), "edges")
    assert len(edges) == g.number_of_edges()
    negated = [e for e in edges if e["from"] == "country:USA" and e["to"] == "country:IRQ"]
    assert len(negated) == 1
    assert negated[0]["label"] == "NOT support"
    assert negated[0]["dashes"] is True
    assert negated[0]["color"]["color"] == NEGATED_COLOUR
    plain = [e for e in edges if e is not negated[0]]
    assert plain and all(not e["dashes"] and not e["label"].startswith("NOT ") for e in plain)
    assert all(e["arrows"] == "to" for e in edges)


def test_hover_titles_are_plain_text_with_the_supporting_sentences(sample_results):
    edges = _dataset(html_document(merge_results(sample_results)), "edges")
    met = next(e for e in edges if e["label"] == "meet with")
    lines = met["title"].split("\n")
    assert lines[0] == "John Kerry —meet with→ Iraq"
    assert any("Kerry met Iraqi leaders." in line and "[a1]" in line for line in lines)
    assert any("John Kerry met Iraq's prime minister." in line for line in lines)
    assert "<br" not in met["title"]
    negated = next(e for e in edges if e["label"] == "NOT support")
    assert "negated" in negated["title"] and "according to John Kerry" in negated["title"]


def test_legend_names_the_kinds_present_and_the_negation_style(sample_results):
    html = html_document(merge_results(sample_results), title="Kerry & Iraq")
    legend = html[html.index('<div id="legend">'):html.index('<div id="stage">')]
    assert "Country (2)" in legend and "Person (1)" in legend and "Organization (1)" in legend
    assert "Group" not in legend
    assert "negated" in legend
    assert "<title>Kerry &amp; Iraq</title>" in html


def test_text_from_articles_cannot_break_out_of_the_page():
    art = Article(id="a1", text="...", source="a1.txt")
    evil = Entity("person:x", "</script><script>alert(1)</script>", "PERSON", None, (), 1)
    html = html_document(merge_results([ArticleResult(art, (evil,), ())]))
    assert "<script>alert(1)" not in html
    assert _dataset(html, "nodes")[0]["label"] == evil.label


def test_write_html_leaves_the_graph_untouched(sample_results, tmp_path):
    g = merge_results(sample_results)
    before = (dict(g.nodes(data=True)), list(g.edges(keys=True, data=True)))
    path = tmp_path / "graph.html"
    write_html(g, path, title="t")
    assert (dict(g.nodes(data=True)), list(g.edges(keys=True, data=True))) == before
    assert path.read_text(encoding="utf-8") == html_document(g, title="t")


def test_empty_graph_says_so():
    html = html_document(merge_results([]))
    assert "No entities or relations to show." in html
    assert '<div id="graph">' not in html
    assert "new vis.Network" not in html


def test_layout_is_bounded_and_frozen_once_stable():
    from geokg.graph.html import physics_options

    small, big = physics_options(20), physics_options(5000)
    assert big["physics"]["stabilization"]["iterations"] <= 200
    assert small["physics"]["stabilization"]["iterations"] >= big["physics"]["stabilization"]["iterations"]
    assert big["layout"]["improvedLayout"] is False
    art = Article(id="a1", text="...", source="a1.txt")
    html = html_document(merge_results([ArticleResult(art, (Entity("person:x", "X", "PERSON"),), ())]))
    assert re.search(r'once\("stabilizationIterationsDone".*?physics: \{enabled: false\}', html, re.DOTALL)


def test_entities_without_relations_are_left_out_and_counted(sample_results):
    from geokg.graph.merge import merge_results as merge

    g = merge(sample_results)
    g.add_node("place:nowhere", label="Nowhere", type="GPE", kind="Place", country=None, aliases=[],
               mentions=1, articles=1)
    html = html_document(g)
    labels = {n["label"] for n in _dataset(html, "nodes")}
    assert "Nowhere" not in labels and "1 entity without relations not shown" in html
    assert "Nowhere" in {n["label"] for n in _dataset(html_document(g, show_isolated=True), "nodes")}
