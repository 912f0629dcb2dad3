"""The page in a real browser: Debian's chromium driven by Playwright, opened from disk, offline.

One browser serves the whole session; each test gets a fresh context with the network blocked, and
fails on any console error, uncaught exception, dialog or request that is not the page file itself.
The tests skip (with the reason) when the playwright package or chromium is missing; CI installs both
and sets GEOKG_REQUIRE_BROWSER=1 so that a missing browser fails there instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.graph.html import html_document
from geokg.graph.merge import merge_results
from synthetic_graph import synthetic_graph

CHROMIUM = os.environ.get("GEOKG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Without the networking flags chromium tries (and fails) to reach outside hosts at start.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-default-apps",
]  # fmt: skip
VIEWPORT = {"width": 1280, "height": 800}


def _unavailable(reason: str) -> None:
    if os.environ.get("GEOKG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install playwright)")
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no chromium at {CHROMIUM} (Debian: apt-get install chromium; or set GEOKG_CHROMIUM)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class Visit:
    page: Any
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node is drawn, in page coordinates."""
        x, y = self.js(
            """id => { const n = geokg.network, p = n.canvasToDOM(n.getPositions([id])[id]);
                       const box = document.getElementById('graph').getBoundingClientRect();
                       return [box.left + p.x, box.top + p.y]; }""",
            node_id,
        )
        return x, y

    def settle(self) -> None:
        """Wait until view animations and the label pass after them are over."""
        self.page.wait_for_function(
            """() => new Promise(done => {
                 const n = geokg.network, view = () => JSON.stringify([n.getViewPosition(), n.getScale()]);
                 let last = view();
                 const check = () => {
                   const now = view();
                   if (now === last) setTimeout(() => done(true), 150);
                   else { last = now; setTimeout(check, 120); }
                 };
                 setTimeout(check, 120); })""",
            timeout=30_000,
        )


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Callable[[str], Visit]]:
    contexts, visits = [], []

    def open_(page_html: str, name: str = "graph.html") -> Visit:
        path = tmp_path / name
        path.write_text(page_html, encoding="utf-8")
        context = browser.new_context(viewport=VIEWPORT, offline=True, service_workers="block")
        context.route("**/*", lambda route: route.abort() if not route.request.url.startswith("file:") else
                      route.continue_())
        contexts.append(context)
        page = context.new_page()
        # the machines are shared and noisy: a wait fails only when the page never gets there, not when it
        # is slow (Playwright's 30 s default timed out on a loaded CI machine)
        page.set_default_timeout(120_000)
        visit = Visit(page, path.as_uri())
        page.on("console", lambda m: visit.errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda exc: visit.errors.append(f"uncaught: {exc}"))
        page.on("request", lambda r: visit.requests.append(r.url))
        page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.dismiss()))
        page.goto(visit.url)
        page.wait_for_function("window.geokg && window.geokg.ready", timeout=90_000)
        visits.append(visit)
        return visit

    yield open_
    try:
        for visit in visits:
            assert visit.errors == [], visit.errors
            assert visit.dialogs == [], visit.dialogs
            assert all(url == visit.url or url.startswith("data:") for url in visit.requests), visit.requests
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def sample_page(sample_results: list[ArticleResult]) -> str:
    return html_document(merge_results(sample_results), articles=[r.article for r in sample_results])


def test_nodes_are_drawn_with_legible_labels(open_page, sample_page):
    visit = open_page(sample_page)
    data_ids = visit.js("geokg.data.nodes.map(n => n.id)")
    assert sorted(visit.js("Object.keys(geokg.network.getPositions())")) == sorted(data_ids)
    for node_id in data_ids:
        # vis-network's own hit test finds each node where it says it drew it.
        assert visit.js(
            "id => geokg.network.getNodeAt(geokg.network.canvasToDOM(geokg.network.getPositions([id])[id]))",
            node_id,
        ) == node_id
    labelled = visit.js("geokg.labelled")
    assert set(labelled) == set(data_ids)  # four names: room for every one
    smallest = visit.js(
        "Math.min(...geokg.labelled.map(id => geokg.nodes.get(id).font.size)) * geokg.network.getScale()"
    )
    assert smallest >= 12
    negated = visit.js("geokg.edges.get().filter(e => e.label.startsWith('NOT '))")
    assert len(negated) == 1 and negated[0]["dashes"]


def test_search_by_alias_focuses_the_entity_and_highlights_its_neighbourhood(open_page, sample_page):
    visit = open_page(sample_page)
    current_view = "(v => [v.x, v.y, geokg.network.getScale()])(geokg.network.getViewPosition())"
    opening = visit.js(current_view)
    visit.page.fill("#search", "iraqi")
    assert visit.page.locator("#matches li").first.inner_text().startswith("Iraq")
    visit.page.press("#search", "Enter")
    visit.settle()
    assert visit.js("geokg.network.getSelectedNodes()") == ["country:IRQ"]
    view, node = visit.js(
        "[geokg.network.getViewPosition(), geokg.network.getPositions(['country:IRQ'])['country:IRQ']]"
    )
    assert abs(view["x"] - node["x"]) < 1 and abs(view["y"] - node["y"]) < 1
    neighbourhood = ["country:IRQ", "person:john_kerry", "country:USA", "org:united_nations"]
    assert sorted(visit.js("geokg.highlighted()")) == sorted(neighbourhood)
    # The view is zoomed in no further than keeps the whole neighbourhood in sight.
    in_view = """ids => ids.every(id => {
                   const n = geokg.network, p = n.canvasToDOM(n.getPositions([id])[id]);
                   const c = document.getElementById('graph');
                   return p.x >= 0 && p.y >= 0 && p.x <= c.clientWidth && p.y <= c.clientHeight; })"""
    assert visit.js(in_view, neighbourhood)
    # The country code finds the country as well, and Escape clears the highlight.
    visit.page.fill("#search", "USA")
    visit.page.press("#search", "Enter")
    visit.settle()
    assert visit.js("geokg.network.getSelectedNodes()") == ["country:USA"]
    assert sorted(visit.js("geokg.highlighted()")) == ["country:IRQ", "country:USA"]
    visit.page.keyboard.press("Escape")
    assert len(visit.js("geokg.highlighted()")) == 4
    visit.page.click("#fit")
    visit.settle()
    assert visit.js(current_view) == pytest.approx(opening, abs=1)  # "Show all": back to the opening view


def test_filters_hide_relations_and_counts_follow(open_page, sample_page):
    visit = open_page(sample_page)
    assert "4 of 4 entities and 3 of 3 relations" in visit.page.inner_text("#stats")
    negated_id = visit.js("geokg.edges.get().find(e => e.label === 'NOT support').id")
    visit.page.select_option("#f-polarity", "asserted")
    visit.page.wait_for_function("id => geokg.edges.get(id).hidden === true", arg=negated_id)
    assert "3 of 4 entities and 2 of 3 relations" in visit.page.inner_text("#stats")
    assert visit.js("geokg.nodes.get('country:USA').hidden") is True
    # Other filters' options count what they would show under this one.
    assert visit.page.inner_text("#f-modality option[value=will]") == "will (0)"
    visit.page.select_option("#f-polarity", "")
    visit.page.uncheck("#kinds input[value=Person]")
    visit.page.wait_for_function("geokg.nodes.get('person:john_kerry').hidden === true")
    # Each kind shows how many entities it has on the page, or would bring back when ticked.
    counts = visit.js("[...document.querySelectorAll('#kinds label')].map(l => l.textContent.trim())")
    assert counts == ["Country (2)", "Person (1)", "Organization (1)"]
    visit.page.click("#reset")
    visit.page.wait_for_function("geokg.edges.get().every(e => !e.hidden)")


def test_confidence_and_date_filters_on_dated_facts(open_page):
    visit = open_page(html_document(synthetic_graph(300, seed=4)))
    assert visit.page.is_visible("#f-from")
    total = visit.js("geokg.edges.get().length")
    visit.page.fill("#f-from", "2015-01-01")
    visit.page.fill("#f-to", "2015-12-31")
    visit.page.dispatch_event("#f-to", "change")
    # the "from" date may filter on its own first: wait until both dates have been applied (the "to" date
    # hides some 2016 facts), not merely until the first hid something
    visit.page.wait_for_function(
        """n => {
            const shown = geokg.edges.get().filter(e => !e.hidden);
            return shown.length < n && shown.every(e =>
                geokg.data.edges.find(d => d.id === e.id).f.some(f => f.d && f.d[0] <= "2015-12-31"));
        }""",
        arg=total,
    )
    shown = visit.js("geokg.edges.get().filter(e => !e.hidden).map(e => e.id)")
    assert shown
    dates = visit.js(
        "ids => ids.map(id => geokg.data.edges.find(e => e.id === id).f.map(f => f.d && f.d[0]))", shown
    )
    assert all(any(d and "2015" <= d <= "2015-12-31" for d in facts) for facts in dates)
    visit.page.click("#reset")
    visit.page.evaluate("document.getElementById('f-confidence').value = 0.9")
    visit.page.dispatch_event("#f-confidence", "input")
    visit.page.wait_for_function("n => geokg.edges.get().filter(e => !e.hidden).length < n", arg=total)
    assert visit.page.inner_text("#f-confidence-value") == "0.90"


def test_clicking_an_entity_lists_its_facts_and_a_fact_selects_its_relation(open_page, sample_page):
    visit = open_page(sample_page)
    visit.page.mouse.click(*visit.node_point("country:IRQ"))
    details = visit.page.locator("#details")
    details.wait_for(state="visible")
    text = details.inner_text()
    assert "Iraq" in text and "3 relations" in text
    assert "John Kerry —meet with→ Iraq" in text and "United States —NOT support→ Iraq" in text
    assert "Kerry met Iraqi leaders." in text and "John Kerry met Iraq's prime minister." in text
    assert "Kerry in Baghdad" in text and "confidence 0.90" in text and "according to John Kerry" in text
    assert text.count("Kerry met Iraqi leaders.") == 1
    visit.page.locator(".fact", has_text="The United Nations condemned").click()
    edge = visit.js("geokg.edges.get().find(e => e.label === 'condemn').id")
    assert visit.js("geokg.network.getSelectedEdges()") == [edge]
    assert visit.page.locator(".fact.active").count() == 1


def test_clicking_a_relation_shows_its_sentences(open_page, sample_page):
    visit = open_page(sample_page)
    (x1, y1), (x2, y2) = visit.node_point("person:john_kerry"), visit.node_point("country:IRQ")
    visit.page.mouse.click((x1 + x2) / 2, (y1 + y2) / 2)
    visit.page.locator("#details").wait_for(state="visible")
    text = visit.page.inner_text("#details")
    assert "John Kerry —meet with→ Iraq" in text and "2 sentences" in text
    assert "Kerry met Iraqi leaders." in text


def test_a_hostile_article_executes_nothing(open_page, make_triple):
    evil = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script><!--'
    link = "javascript:window.__pwned=3"
    art = Article(id="evil", text="...", source="evil.txt", title=f"{evil} title", url=link)
    person = Entity("person:evil", evil, "PERSON", None, (evil, "Mallory"), 2)
    fact = make_triple("person:evil", "meet", "country:IRQ", subject=evil, object="Iraq",
                       sentence=f"{evil} said.", attributed_to=evil, article="evil", source="evil.txt")
    page = html_document(merge_results([ArticleResult(art, (person,), (fact,))]), title=evil, articles=[art])
    visit = open_page(page)
    visit.page.fill("#search", "mallory")
    visit.page.press("#search", "Enter")
    visit.settle()
    visit.page.mouse.move(*visit.node_point("person:evil"))
    visit.page.locator("#tip").wait_for(state="visible")
    assert visit.page.inner_text("#tip").startswith(evil)
    visit.page.locator("#details").wait_for(state="visible")
    text = visit.page.inner_text("#details")
    assert evil in text and evil + " said." in text and evil + " title" in text
    assert visit.js("window.__pwned") is None
    injected = "img, iframe, script[src], a[href^='javascript']"
    assert visit.js("selector => document.querySelectorAll(selector).length", injected) == 0
    assert visit.js("document.title") == evil


def test_the_notebook_frame_shows_the_page(open_page, sample_results):
    from geokg.knowledge import KnowledgeGraph

    kg = KnowledgeGraph.from_results([r.article for r in sample_results], sample_results)
    # The outer page stands in for a notebook: its own flag lets the fixture's wait pass at once.
    outer = "<!DOCTYPE html><html><body><script>window.geokg = {ready: true}</script>"
    visit = open_page(f"{outer}{kg._repr_html_()}</body></html>", name="notebook.html")
    frame = visit.page.frames[1]
    frame.wait_for_function("window.geokg && window.geokg.ready", timeout=60_000)
    assert frame.evaluate("Object.keys(geokg.network.getPositions()).length") == 4
    assert visit.js("window.geokg.network") is None  # the frame's script stayed in the frame


def test_a_5000_entity_page_becomes_interactive(open_page):
    visit = open_page(html_document(synthetic_graph(5000, seed=1)))
    timings = visit.js("geokg.timings")
    print(f"5,000 entities: interactive {timings['drawn']:.0f} ms after navigation start")
    assert visit.js("Object.keys(geokg.network.getPositions()).length") == 5000
    visit.page.fill("#search", "Country C07")
    visit.page.press("#search", "Enter")
    visit.settle()
    assert visit.js("geokg.network.getSelectedNodes()") == ["country:C07"]
    assert visit.page.locator("#details .relation").count() > 0
