"""The output folder of `geokg build`: checked before any work is done, so a bad --out fails at once."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from geokg.extract.io.atomic import remove_stale_temporaries


class OutputFolderError(RuntimeError):
    """--out names something that cannot hold the outputs (a file, a read-only folder, ...)."""


def check_output_folder(out_dir: Path) -> None:
    """Fail early, before any article is parsed, when the outputs could not be written to `out_dir`.

    Nothing is created: a build that reads no article leaves no empty folder behind.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputFolderError(f"--out {out_dir} is a file, not a folder")
    if out_dir.is_dir():
        _probe(out_dir)
        return
    ancestor = out_dir.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputFolderError(f"cannot create output folder {out_dir}: {ancestor} is not a folder")
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputFolderError(f"cannot create output folder {out_dir}: {ancestor} is not writable")


def prepare_output_folder(out_dir: Path) -> None:
    """Create `out_dir` if needed and make sure files can be created in it.

    Temporary files left there by an earlier build that was killed are removed.
    """
    check_output_folder(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputFolderError(f"cannot create output folder {out_dir}: {exc.strerror or exc}") from exc
    _probe(out_dir)
    remove_stale_temporaries(out_dir)


def _probe(folder: Path) -> None:
    try:
        fd, probe = tempfile.mkstemp(prefix=".geokg-probe.", dir=folder)
    except OSError as exc:
        raise OutputFolderError(f"cannot write into output folder {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
