"""Reading articles from files and folders: `.txt` (first line is the title) and `.jsonl` (one per line)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from geokg.extract.dates import article_date

SUPPORTED_SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str  # the whole text that offsets refer to: title line, blank line, body
    source: str
    title: str = ""
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """An input that could not be turned into an article; reported, never fatal for the batch."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def expand_inputs(paths: Iterable[str | Path]) -> list[Path | ReadProblem]:
    """Files as given, folders as their supported files (recursively, sorted for stable output)."""
    found: list[Path | ReadProblem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not files:
                found.append(ReadProblem(str(path), "folder holds no .txt or .jsonl files"))
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            found.append(ReadProblem(str(path), "no such file or folder"))
    return found


def _read_txt(path: Path) -> Article | ReadProblem:
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        return ReadProblem(str(path), "empty file")
    title = text.lstrip().split("\n", 1)[0].strip()
    date = article_date(None, path.name, text)
    return Article(id=path.stem, text=text, source=str(path), title=title, date=date)


def _read_jsonl(path: Path) -> Iterator[Article | ReadProblem]:
    any_line = False
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            any_line = True
            where = f"{path}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadProblem(where, f"not JSON ({exc.msg})")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                yield ReadProblem(where, "needs a non-empty string field 'text'")
                continue
            art_id = str(rec.get("id") or f"{path.stem}-{lineno}")
            title = str(rec.get("title") or "")
            # Offsets refer to the same layout as a .txt article, so title and body parse alike.
            text = f"{title}\n\n{rec['text']}" if title else rec["text"]
            date = article_date(rec.get("date"), str(path), text)
            url = (rec["url"].strip() or None) if isinstance(rec.get("url"), str) else None
            yield Article(id=art_id, text=text, source=str(path), title=title, date=date, url=url)
    if not any_line:
        yield ReadProblem(str(path), "empty file")


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | ReadProblem]:
    """Yield every article under `paths`, and a ReadProblem for each input that cannot be read."""
    for item in expand_inputs(paths):
        if isinstance(item, ReadProblem):
            yield item
            continue
        try:
            if item.suffix.lower() == ".jsonl":
                yield from _read_jsonl(item)
            elif item.suffix.lower() == ".txt":
                yield _read_txt(item)
            else:
                yield ReadProblem(
                    str(item), f"unsupported file type {item.suffix or '(none)'}; use .txt or .jsonl"
                )
        except UnicodeDecodeError:
            yield ReadProblem(str(item), "not UTF-8 text")
        except OSError as exc:
            yield ReadProblem(str(item), f"cannot read ({exc.strerror or exc})")
