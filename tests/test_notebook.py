"""The tutorial notebook runs top to bottom, headless, and shows every step of its analysis."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "tutorial.ipynb"


@pytest.fixture
def kernel_of_this_interpreter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernelspec that starts this very Python, ahead of any `python3` kernel in the user's home,
    so the notebook sees the packages of the environment under test."""
    name = "geokg-test-python"
    spec_dir = tmp_path / "jupyter" / "kernels" / name
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "geokg tests",
        "language": "python",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return name


def outputs_of(nb: nbformat.NotebookNode, tag: str) -> list[nbformat.NotebookNode]:
    cells = [cell for cell in nb.cells if tag in cell.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}, found {len(cells)}"
    return cells[0].get("outputs", [])


def html_of(outputs: list[nbformat.NotebookNode]) -> str:
    return "".join(out.get("data", {}).get("text/html", "") for out in outputs)


def text_of(outputs: list[nbformat.NotebookNode]) -> str:
    return "".join(out.get("data", {}).get("text/plain", "") or out.get("text", "") for out in outputs)


def test_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code_cells
    assert all(not cell.outputs and cell.execution_count is None for cell in code_cells)


def test_notebook_runs_and_shows_its_results(kernel_of_this_interpreter: str) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb,
        kernel_name=kernel_of_this_interpreter,
        timeout=600,
        # The kernel starts in notebooks/, as when a user opens the notebook there.
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell

    errors = [out for cell in nb.cells for out in cell.get("outputs", []) if out.output_type == "error"]
    assert not errors, errors

    assert "<KnowledgeGraph: 8 articles" in text_of(outputs_of(nb, "build"))
    for tag in ("graph-view", "focused-view"):
        page = html_of(outputs_of(nb, tag))
        assert page.count("<iframe") == 1 and 'srcdoc="&lt;!DOCTYPE html&gt;' in page, tag
    assert "Showing Russia and its neighbourhood" in text_of(outputs_of(nb, "focused-view"))

    tables = {
        "triples-table": ["predicate", "attributed_to"],
        "conflict": ["actions", "sentences"],
        "conflict-actors": ["targets"],
        "centrality": ["degree", "betweenness", "pagerank"],
        "negated": ["sentence"],
        "timeline": ["date", "negated"],
        "sparql": ["actor", "example"],
    }
    for tag, columns in tables.items():
        table = html_of(outputs_of(nb, tag))
        assert "<table" in table and all(f"<th>{c}</th>" in table for c in columns), tag
        assert table.count("<tr>") > 2, f"{tag}: the table is empty"
    # The timeline runs forward in time.
    dates = re.findall(r"<td>(\d{4}-\d{2}-\d{2})</td>", html_of(outputs_of(nb, "timeline")))
    assert dates and dates == sorted(dates)
