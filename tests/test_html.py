"""The interactive page as generated: self-contained, its data complete and safe, its layout repeatable.

What the page does in a browser (search, filters, panel) is tested in tests/test_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import re
from dataclasses import replace

import pytest
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.html import html_document, write_html
from geokg.graph.merge import merge_results
from geokg.graph.page_data import (
    KIND_COLOURS,
    date_span,
    page_data,
    relation_category,
    safe_url,
    script_json,
)

# Anything that would make the browser fetch from the network: src/href to http(s) or protocol-relative
# URLs, CSS url(...) to the same, and @import of any kind.
REMOTE_REFERENCE = re.compile(
    r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import\b""",
    re.IGNORECASE,
)
DATA_BLOCK = re.compile(r'<script type="application/json" id="geokg-data">(.*?)</script>', re.DOTALL)


def page_json(page: str) -> dict:
    match = DATA_BLOCK.search(page)
    assert match, "no data block in the page"
    return json.loads(match.group(1))


def inline_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.DOTALL)


def test_page_loads_nothing_from_the_network(sample_results):
    page = html_document(merge_results(sample_results))
    assert REMOTE_REFERENCE.findall(page) == []
    assert not re.search(r"<(?:link|script|img|iframe)[^>]*\b(?:src|href)\s*=", page, re.IGNORECASE)
    assert "vis.Network" in page  # vis-network itself is inlined
    assert len(page) > 100_000


def test_the_pattern_does_catch_remote_references():
    samples = ['<script src="https://cdn.x/vis.js">', "<link href='//cdn.x/a.css'>", "url( http://x/y.png)",
               "@import 'a.css';"]
    assert all(REMOTE_REFERENCE.search(s) for s in samples)
    assert not REMOTE_REFERENCE.search('url("data:image/png;base64,AAAA")')


def test_only_the_pages_own_scripts_may_run(sample_results):
    page = html_document(merge_results(sample_results))
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy, "no Content-Security-Policy"
    csp = html_lib.unescape(policy.group(1))
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    scripts = inline_scripts(page)
    assert len(scripts) == 2  # vis-network and the page's own
    for code in scripts:
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in csp


def test_one_node_per_related_entity_with_kind_size_and_position(sample_results):
    g = merge_results(sample_results)
    data = page_json(html_document(g))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == set(g.nodes)
    assert nodes["country:IRQ"]["kind"] == "Country" and nodes["person:john_kerry"]["kind"] == "Person"
    assert {k["kind"]: k["colour"] for k in data["kinds"]}["Country"] == KIND_COLOURS["Country"]
    assert nodes["person:john_kerry"]["size"] > nodes["org:united_nations"]["size"]
    assert nodes["person:john_kerry"]["label"] == "John Kerry"
    assert "Secretary Kerry" in nodes["person:john_kerry"]["aliases"]
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    # Ranked best-connected first: Iraq takes part in every relation.
    assert data["nodes"][0]["id"] == "country:IRQ" and data["nodes"][0]["rank"] == 0


def test_relations_carry_polarity_category_support_and_distinct_facts(sample_results, make_triple):
    copy = Article(id="a1", text="...", source="copies/a1.txt", title="Kerry in Baghdad (reprint)")
    reprinted = make_triple("person:john_kerry", "meet with", "country:IRQ", subject="Kerry", object="Iraq",
                            sentence="Kerry  met Iraqi leaders.", confidence=0.75, event_root="04",
                            source="copies/a1.txt")
    results = [*sample_results, ArticleResult(copy, (), (reprinted,))]
    articles = [r.article for r in results]
    data = page_data(merge_results(results), articles=articles)
    edges = {(data["nodes"][e["s"]]["id"], e["p"], data["nodes"][e["o"]]["id"]): e for e in data["edges"]}
    met = edges[("person:john_kerry", "meet with", "country:IRQ")]
    # The reprint repeats a sentence: one fact, found in two articles; two distinct sentences in all.
    assert met["n"] == 2 and len(met["f"]) == 2
    sentences = [data["sentences"][f["t"]] for f in met["f"]]
    assert sorted(sentences) == ["John Kerry met Iraq's prime minister.", "Kerry met Iraqi leaders."]
    repeated = next(f for f in met["f"] if data["sentences"][f["t"]] == "Kerry met Iraqi leaders.")
    titles = {data["articles"][a]["title"] for a in repeated["a"]}
    assert titles == {"Kerry in Baghdad", "Kerry in Baghdad (reprint)"}
    assert repeated["c"] == 0.7  # the first article's: a repeated sentence is one piece of evidence
    negated = edges[("country:USA", "support", "country:IRQ")]
    assert negated["neg"] is True and negated["mod"] == "will"
    assert negated["f"][0]["by"] == "John Kerry"
    assert met["w"] > negated["w"]  # width grows with support


def test_relation_categories_follow_cameo_quad_classes():
    assert [relation_category(c) for c in ("01", "04", "08", "09", "14", "20")] == [
        "cooperation", "cooperation", "cooperation", "conflict", "conflict", "conflict"]
    assert relation_category("0411") == "cooperation" and relation_category("190") == "conflict"
    assert relation_category(None) == relation_category("meet") == relation_category("21") == ""


def test_dates_of_any_granularity_become_day_ranges():
    assert date_span("2022-03-02") == ("2022-03-02", "2022-03-02")
    assert date_span("2022-03") == ("2022-03-01", "2022-03-31")
    assert date_span("2022") == ("2022-01-01", "2022-12-31")
    assert date_span("2022-03-02T10:00:00Z") == ("2022-03-02", "2022-03-02")
    assert date_span(None) is None and date_span("last week") is None and date_span("2022-13") is None


def test_facts_take_event_date_then_article_date_then_the_articles_own_date(sample_results, make_triple):
    g = merge_results(sample_results)
    for _, _, data in g.edges(data=True):
        data["provenance"][0]["article_date"] = "2023-04-04"
    first = next(iter(g.edges(data=True)))[2]
    first["provenance"][0]["event_date"] = "2023-03"
    data = page_data(g)
    dates = [f["d"] for e in data["edges"] for f in e["f"] if f["d"]]
    assert ["2023-03-01", "2023-03-31"] in dates and ["2023-04-04", "2023-04-04"] in dates
    undated = page_data(merge_results(sample_results))
    assert all(f["d"] is None for e in undated["edges"] for f in e["f"])
    # An article's own date (a .jsonl `date`) dates facts that carry none.
    first = sample_results[0]
    dated_article = replace(first.article, date="2020-01-05")
    dated = page_data(merge_results([replace(first, article=dated_article), *sample_results[1:]]))
    assert any(f["d"] == ["2020-01-05", "2020-01-05"] for e in dated["edges"] for f in e["f"])
    # A graph without article records (an older graph.json) takes them from the Article records given.
    bare = merge_results(sample_results)
    bare.graph.pop("articles")
    for _, _, data in bare.edges(data=True):
        for prov in data["provenance"]:
            prov.pop("article_key")
    named = page_data(bare, articles=[dated_article])
    assert any(f["d"] == ["2020-01-05", "2020-01-05"] for e in named["edges"] for f in e["f"])
    assert {a["title"] for a in named["articles"]} == {"Kerry in Baghdad", "a2"}


def test_only_web_links_survive():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<b>", "file:///etc/passwd",
                "//example.org", "vbscript:x", "", None, "http:alert(1)"):
        assert safe_url(bad) is None, bad


def test_json_in_a_script_block_cannot_close_it():
    hostile = {"a": "</script><script>alert(1)</script>", "b": "<!-- x -->", "c": "\u2028\u2029",
               "d": "&amp;"}
    text = script_json(hostile)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == hostile


def test_text_from_articles_cannot_break_out_of_the_page(make_triple):
    evil = '</script><script>alert(1)</script><img src=x onerror="alert(2)"><!--'
    art = Article(id="a1", text="...", source="a1.txt", title=evil, url="javascript:alert(3)")
    person = Entity("person:x", evil, "PERSON", None, (evil,), 1)
    fact = make_triple("person:x", "meet", "country:IRQ", subject=evil, sentence=evil, attributed_to=evil)
    page = html_document(merge_results([ArticleResult(art, (person,), (fact,))]), title=evil, articles=[art])
    assert "<script>alert" not in page and "<img src=x" not in page and "<!--" not in page.split("<body>")[1]
    assert not re.search(r"""(?:href|src|action)\s*=\s*["']?\s*javascript:""", page, re.IGNORECASE)
    assert "javascript:" not in DATA_BLOCK.search(page).group(1)
    data = page_json(page)
    assert data["nodes"][[n["id"] for n in data["nodes"]].index("person:x")]["label"] == evil
    assert data["sentences"] == [evil] and data["articles"][0]["title"] == evil
    assert data["articles"][0]["url"] is None
    shown_title = re.search(r"<title>(.*?)</title>", page, re.DOTALL).group(1)
    assert "<" not in shown_title and html_lib.unescape(shown_title) == evil


def test_write_html_leaves_the_graph_untouched(sample_results, tmp_path):
    g = merge_results(sample_results)
    before = (dict(g.nodes(data=True)), list(g.edges(keys=True, data=True)))
    path = tmp_path / "graph.html"
    assert write_html(g, path, title="t") == ""
    assert (dict(g.nodes(data=True)), list(g.edges(keys=True, data=True))) == before
    assert path.read_text(encoding="utf-8") == html_document(g, title="t")


def test_same_graph_same_page_whatever_the_order_it_was_built_in(sample_results):
    forward = html_document(merge_results(sample_results))
    backward = html_document(merge_results(list(reversed(sample_results))))
    assert page_json(forward)["nodes"] == page_json(backward)["nodes"]


def test_empty_graph_says_so():
    page = html_document(merge_results([]))
    assert "No entities or relations to show." in page
    assert 'id="graph"' not in page and "vis.Network" not in page


def test_entities_without_relations_are_left_out_and_counted(sample_results):
    g = merge_results(sample_results)
    g.add_node("place:nowhere", label="Nowhere", type="GPE", kind="Place", country=None, aliases=[],
               mentions=1, articles=1)
    page = html_document(g)
    assert "Nowhere" not in {n["label"] for n in page_json(page)["nodes"]}
    assert "1 entity without relations not shown" in page
    assert "Nowhere" in {n["label"] for n in page_json(html_document(g, show_isolated=True))["nodes"]}


def test_initial_filters_are_checked_and_passed_to_the_page(sample_results):
    g = merge_results(sample_results)
    data = page_json(html_document(g, filters={"country": "IRQ", "min_confidence": 0.5, "search": None}))
    assert data["filters"] == {"country": "IRQ", "min_confidence": 0.5}
    with pytest.raises(TypeError, match="colour"):
        html_document(g, filters={"colour": "red"})
