"""The throughput benchmark's smoke run: every stage it can run here runs and agrees; no times are judged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_quick_benchmark_runs_and_its_builds_agree(tmp_path) -> None:
    # The local stages only: worker processes and Dask have their own tests (tests/test_scale.py).
    stages = "bare1,geokg1,first,rerun,incremental,added-alone,graph-memory"
    run = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "throughput.py"), str(REPO / "seeds"), "--quick",
         "--only", stages, "--json", str(tmp_path / "bench.json")],
        capture_output=True, text=True, check=False, timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "| geokg1 |" in run.stdout and "| rerun |" in run.stdout
    assert "rerun vs first identical" in run.stdout and "incremental vs geokg1 identical" in run.stdout
    (result,) = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))["runs"]
    (measured,) = result["rounds"]
    assert result["counts"]["articles"] == 6 and result["counts"]["added"] == 2
    assert measured["rerun"]["cached"] == 6 and measured["incremental"]["cached"] == 6
    assert measured["geokg1"]["triples"] == measured["incremental"]["triples"] > 0
    assert measured["graph-memory"]["rows"][-1]["relations"] > 0
