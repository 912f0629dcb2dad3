"""The exploration notebook runs top to bottom, headless, and shows its table, graph and query results."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "notebooks" / "explore.ipynb"


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

    table = html_of(outputs_of(nb, "triples-table"))
    assert "<table" in table and "predicate" in table, "the triples table was not displayed"

    graph_outputs = [out for out in outputs_of(nb, "graph-view") if "text/html" in out.get("data", {})]
    assert graph_outputs, "the interactive graph was not displayed"
    view = graph_outputs[0]
    assert "<iframe" in view.data["text/html"] and "srcdoc=" in view.data["text/html"]
    metadata = view.get("metadata", {})
    # Front ends honour isolation given for the whole output or for its mime type.
    assert metadata.get("isolated") is True or metadata.get("text/html", {}).get("isolated") is True, metadata

    sparql = outputs_of(nb, "sparql")
    assert sparql and any(out.output_type in ("execute_result", "display_data", "stream") for out in sparql)

    centrality = html_of(outputs_of(nb, "centrality"))
    assert "<table" in centrality and "degree_centrality" in centrality
