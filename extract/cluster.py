"""Extraction on a Dask distributed cluster (the optional `geokg[dask]` extra).

Every worker runs the same `extract_batch` as local worker processes do, so a cluster gives the same
results as a local build. A worker plugin loads the pipeline once on each worker as it joins; batches of
articles are submitted a few per worker at a time and their results come back to the caller's merge in
input order (see geokg.extract.workers.extract_stream).

Workers need geokg and the same spaCy pipeline installed (same versions) as the machine that runs
`geokg build`; nothing is downloaded.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from geokg.extract.io.reader import Article
from geokg.extract.workers import Pending, WorkerSetup, extract_batch, warm_up

LOCAL = "local"


class DaskMissing(ImportError):
    pass


try:
    import distributed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:
    raise DaskMissing(
        "--dask needs Dask's distributed scheduler: pip install 'geokg[dask]' (or `distributed`)"
    ) from exc


class LoadPipeline(WorkerPlugin):
    """Loads the pipeline when a worker starts (or joins later), so no batch waits for it."""

    name = "geokg-pipeline"

    def __init__(self, worker_setup: WorkerSetup) -> None:
        self.worker_setup = worker_setup

    def setup(self, worker: Any) -> None:
        warm_up(self.worker_setup)


class DaskRunner:
    """Batches run as tasks on a Dask cluster: ADDRESS of a running scheduler, or "local" for a
    LocalCluster of `workers` single-threaded worker processes on this machine."""

    def __init__(self, setup: WorkerSetup, address: str, workers: int | None = None) -> None:
        self.setup = setup
        self._cluster = None
        if address == LOCAL:
            self._cluster = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            self._client = distributed.Client(self._cluster)
        else:
            self._client = distributed.Client(address)
        self._client.register_plugin(LoadPipeline(setup))
        self.workers = max(len(self._client.scheduler_info().get("workers", {})), 1)

    def submit(self, articles: list[Article]) -> Pending:
        return self._client.submit(extract_batch, self.setup, articles, pure=False)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
