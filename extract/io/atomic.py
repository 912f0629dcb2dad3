"""Atomic file writing: a file is written under a temporary name beside its target and renamed over it.

A reader therefore sees either the old file or the new one, whole, never a half-written one: a build
killed with SIGKILL, a full disk or a failed rerun leaves the previous outputs as they were. Temporary
names carry the writer's process id and a random part, so two writers never share one; names left by a
writer that was killed are removed by the next writer in that folder (see `remove_stale_temporaries`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


@contextlib.contextmanager
def atomic_path(target: str | Path, *, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `target`; when the block ends normally it replaces `target`.

    On any exception (or interruption) the temporary file is removed and `target` is left untouched.
    With `durable`, the data is flushed to the disk before the rename, so that a power cut does not
    leave an empty file under the final name either.
    """
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        if durable:
            _fsync(temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes_atomic(target: str | Path, data: bytes, *, durable: bool = True) -> None:
    with atomic_path(target, durable=durable) as temp:
        temp.write_bytes(data)


def write_text_atomic(target: str | Path, text: str, *, durable: bool = True) -> None:
    with atomic_path(target, durable=durable) as temp:
        temp.write_text(text, encoding="utf-8")


def write_all_atomic(writers: Mapping[Path, Callable[[Path], None]]) -> None:
    """Run each writer on a temporary path, then rename all results over their targets.

    Every file is complete before the first rename, so an interrupted or failed run changes none of the
    targets (a failure in any writer leaves all of them as they were), and a run killed during the
    renames (microseconds) leaves each file whole, some old and some new.
    """
    with contextlib.ExitStack() as stack:
        temps = {target: stack.enter_context(_deferred(target)) for target in writers}
        for target, write in writers.items():
            write(temps[target].path)
            _fsync(temps[target].path)
        for target, temp in temps.items():
            os.replace(temp.path, target)
            temp.done = True


class _Pending:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.done = False


@contextlib.contextmanager
def _deferred(target: Path) -> Iterator[_Pending]:
    fd, name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(fd)
    pending = _Pending(Path(name))
    try:
        yield pending
    finally:
        if not pending.done:
            with contextlib.suppress(OSError):
                pending.path.unlink()


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def remove_stale_temporaries(folder: str | Path, names: tuple[str, ...] | None = None) -> int:
    """Delete temporary files left in `folder` by writers that are no longer running; returns how many.

    Only names of this module's pattern (`.NAME.PID.RANDOM.tmp`) are considered, and only those whose
    process is gone, so a concurrent writer's files are never touched.
    """
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        parts = name[1 : -len(TEMP_SUFFIX)].rsplit(".", 2)
        if len(parts) != 3 or not parts[1].isdigit():
            continue
        if names is not None and parts[0] not in names:
            continue
        if _pid_alive(int(parts[1])):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed += 1
    return removed
