"""How fast the page is: time to write it in Python and time to interactive in headless chromium.

    .venv/bin/python benchmarks/page_speed.py [--sizes 1000 5000] [--runs 3] [--screens DIR]

For each size a synthetic news-shaped graph (tests/synthetic_graph.py) is written as a page; the page is
opened from disk, offline, in Debian's chromium through Playwright, and the script's own timings are read
(`geokg.timings`, milliseconds from navigation start): `drawn` is the first complete picture after which
search, filters and clicks respond. Then one search is timed from Enter to the end of the focus animation.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from geokg.graph.html import html_document  # noqa: E402
from synthetic_graph import synthetic_graph  # noqa: E402
from test_browser import CHROMIUM, CHROMIUM_ARGS, VIEWPORT  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screens", type=Path, help="save a screenshot of each size here")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    folder = Path(tempfile.mkdtemp(prefix="geokg-page-speed-"))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for size in args.sizes:
            graph = synthetic_graph(size)
            started = time.process_time()
            page_html = html_document(graph, title=f"synthetic graph, {size:,} entities")
            python_s = time.process_time() - started
            path = folder / f"graph-{size}.html"
            path.write_text(page_html, encoding="utf-8")
            ready, searches, parts = [], [], []
            for run in range(args.runs):
                context = browser.new_context(viewport=VIEWPORT, offline=True)
                page = context.new_page()
                page.goto(path.as_uri())
                page.wait_for_function("window.geokg && window.geokg.ready", timeout=120_000)
                timings = page.evaluate("geokg.timings")
                ready.append(timings["drawn"])
                parts.append({k: round(v - timings["start"]) for k, v in timings.items()})
                page.fill("#search", "Country C03")
                began = time.perf_counter()
                page.press("#search", "Enter")
                page.wait_for_function("geokg.network.getSelectedNodes()[0] === 'country:C03'")
                page.wait_for_function(
                    """() => { const p = geokg.network.getPositions(['country:C03'])['country:C03'],
                                     v = geokg.network.getViewPosition();
                               return Math.abs(p.x - v.x) < 1 && Math.abs(p.y - v.y) < 1; }"""
                )
                searches.append((time.perf_counter() - began) * 1000)
                if args.screens and run == 0:
                    args.screens.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(args.screens / f"synthetic-{size}-search.png"))
                context.close()
            print(
                f"{size:>6,} entities, {graph.number_of_edges():,} relations: "
                f"page written in {python_s:.1f} s CPU, "
                f"{len(page_html) / 1e6:.1f} MB; interactive after {statistics.median(ready):.0f} ms "
                f"(runs: {', '.join(f'{r:.0f}' for r in ready)}); search to focused view "
                f"{statistics.median(searches):.0f} ms"
            )
            print(f"        script phases (ms from script start), first run: {parts[0]}")
        browser.close()


if __name__ == "__main__":
    main()
