"""The held-out BBC script keeps stories naming two states, leaves out stories already read, keeps places."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_BETWEEN_STATES = "Peru and Chile signed a fishing accord in Lima on Monday after long talks. "
_ONE_STATE = "The Kestrel firm in Peru raised its profits again this year, it said on Monday. "


def _written(tmp_path: Path, read: str) -> list[str]:
    news = tmp_path / "news"
    for folder, name, sentence in (
        ("politics", "accord-signed", _BETWEEN_STATES),
        ("business", "fish-deal", _BETWEEN_STATES),
        ("business", "profits-up", _ONE_STATE),
        ("sport", "cup-final", _BETWEEN_STATES),
    ):
        (news / folder).mkdir(parents=True, exist_ok=True)
        (news / folder / f"{name}.txt").write_text(f"Headline\n\n{sentence * 15}", encoding="utf-8")
    listed = tmp_path / "read.txt"
    listed.write_text(read, encoding="utf-8")
    out = tmp_path / f"out{len(read)}"
    command = [
        sys.executable,
        str(REPO / "benchmarks" / "heldout_bbc.py"),
        str(news),
        str(out),
        "--read",
        str(listed),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)
    return sorted(p.name for p in out.iterdir())


def test_two_state_stories_of_business_and_politics_and_read_ones_left_out(tmp_path) -> None:
    every = _written(tmp_path, "")
    assert sorted(name.split("_", 1)[1] for name in every) == [
        "bbc_business_fish-deal.txt",
        "bbc_politics_accord-signed.txt",
    ]
    kept = _written(tmp_path, "# judged\npolitics/accord-signed\n")
    assert len(kept) == 1 and kept[0].endswith("_bbc_business_fish-deal.txt")
    assert set(kept) <= set(every)  # the other story keeps its place number
