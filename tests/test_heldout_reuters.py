"""The held-out Reuters script leaves out stories already read and keeps the others' place numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _story(new_id: int, title: str) -> str:
    body = " ".join(["Kestrel Ltd said it would sell grain to Zenith Corp."] * 20) + "\n Reuter"
    return (
        f'<REUTERS NEWID="{new_id}"><DATE> 2-MAR-1987 10:00:00.00</DATE>'
        f"<PLACES><D>peru</D><D>chile</D></PLACES><TEXT><TITLE>{title}</TITLE><BODY>{body}</BODY></TEXT>"
        "</REUTERS>\n"
    )


def _written(tmp_path: Path, read: str | None) -> list[str]:
    sgm = tmp_path / "set.sgm"
    sgm.write_text("".join(_story(n, f"STORY {n}") for n in (11, 12, 13)), encoding="latin-1")
    out = tmp_path / ("out" if read is None else "out_read")
    command = [sys.executable, str(REPO / "benchmarks" / "heldout_reuters.py"), str(sgm), str(out)]
    listed = tmp_path / "read.txt"
    listed.write_text(read or "", encoding="utf-8")
    command += ["--read", str(listed)]
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)
    return sorted(p.name for p in out.iterdir())


def test_stories_already_read_are_left_out_and_places_kept(tmp_path) -> None:
    every = _written(tmp_path, None)
    assert len(every) == 3
    kept = _written(tmp_path, "# judged in an earlier round\n12  # set.sgm\n")
    assert len(kept) == 2 and not any(name.endswith("_reuters_12.txt") for name in kept)
    assert set(kept) <= set(every)  # the place numbers of the others do not move
