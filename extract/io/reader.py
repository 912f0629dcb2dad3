"""Reading articles from files and folders: `.txt` (first line is the title), `.jsonl` (one per line) and
`.html` / `.htm` web pages (main text only).

Whatever a scraper produced, each input either becomes an article or one ReadProblem naming the file
(and line); nothing here raises for bad input. Text is decoded (UTF-8, UTF-16/32 with a byte-order mark,
or a detected legacy encoding such as Windows-1252), HTML character references a scraper left in plain
text are unescaped, and the text is cleaned (see text.clean_text); the article text that triple offsets
refer to is the cleaned text. Articles are bounded in size: longer ones are refused,
never read whole into memory. The same text read twice (under another name or id) is read once, and
an id already taken by another article gets a suffix, so article-scoped entities never mix.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from geokg.extract.dates import article_date
from geokg.extract.io.archive_case import headline_in_ordinary_case
from geokg.extract.io.html import HTML_SUFFIXES, NoArticleText, page_text
from geokg.extract.io.text import (
    UndecodableText,
    clean_line,
    clean_text,
    decode_bytes,
    path_text,
    printable,
    unescape_references,
)
from geokg.extract.io.wrapping import as_prose

SUPPORTED_SUFFIXES = (".txt", ".jsonl", *HTML_SUFFIXES)
# Twice spaCy's own limit: longer articles are parsed in pieces (io.nlp), and anything beyond this is a
# dump of many articles or not an article at all, refused before it is read into memory.
MAX_ARTICLE_CHARS = 2_000_000
# A web page carries markup around its text; pages up to this many bytes per character limit are read.
HTML_BYTES_PER_CHAR = 5
MAX_ID_CHARS = 200
# A folder holding these is the output of a `geokg build`; folder walks leave it out.
OUTPUT_MARKERS = ("triples.jsonl", "graph.ttl")
# UTF-8 takes up to 4 bytes a character, a JSON escape ("\u00e9") 6.
_JSON_CHARS_PER_CHAR = 6

Note = Callable[[str], None]
# Bytes that were not UTF-8, as Python's surrogateescape error handler keeps them.
_UNDECODED = re.compile("[\udc80-\udcff]")


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
        return f"{printable(self.source)}: {printable(self.reason)}"


def _name(path: Path | str) -> str:
    return path_text(str(path))


# ------------------------------------------------------------------------------------------ finding files


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _stat_problem(path: Path, exc: OSError) -> ReadProblem:
    if isinstance(exc, FileNotFoundError):
        reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
    elif exc.errno == 40:  # ELOOP
        reason = "symbolic link loop"
    else:
        reason = f"cannot access ({exc.strerror or exc})"
    return ReadProblem(_name(path), reason)


def expand_inputs(
    paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()
) -> list[Path | ReadProblem]:
    """Files as given, folders as their supported files (recursively, sorted for stable output).

    Folders are walked following symbolic links, each real folder once (so link loops end); hidden
    entries (".name") and the folders in `exclude` (the build's own output folder) are left out. A
    file reached twice (named twice, or through a link) is listed once.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    seen_files: set[tuple[int, int]] = set()
    found: list[Path | ReadProblem] = []
    for raw in paths:
        path = Path(raw)
        try:
            info = path.stat()
        except OSError as exc:
            found.append(_stat_problem(path, exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            files, problems = _walk(path, excluded)
            found.extend(problems)
            if not files and not problems:
                found.append(ReadProblem(_name(path), "folder holds no .txt, .jsonl or .html files"))
            for file, key in files:
                if key not in seen_files:
                    seen_files.add(key)
                    found.append(file)
        elif stat.S_ISREG(info.st_mode):
            key = (info.st_dev, info.st_ino)
            if key not in seen_files:
                seen_files.add(key)
                found.append(path)
        else:
            found.append(ReadProblem(_name(path), f"{_kind(info.st_mode)}, not a file or folder"))
    return found


def _holds_outputs(folder: Path) -> bool:
    """An earlier build's output folder: its triples and page are not articles."""
    return all((folder / name).is_file() for name in OUTPUT_MARKERS)


def _walk(top: Path, excluded: set[str]) -> tuple[list[tuple[Path, tuple[int, int]]], list[ReadProblem]]:
    files: list[tuple[Path, tuple[int, int]]] = []
    problems: list[ReadProblem] = []
    top_info = top.stat()
    visited = {(top_info.st_dev, top_info.st_ino)}
    stack = [top]  # explicit, so a very deep tree cannot exhaust Python's recursion limit
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            problems.append(ReadProblem(_name(folder), f"cannot read folder ({exc.strerror or exc})"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            supported = path.suffix.lower() in SUPPORTED_SUFFIXES
            try:
                info = entry.stat()  # follows symbolic links
            except OSError as exc:
                if supported or not entry.is_symlink():
                    problems.append(_stat_problem(path, exc))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in visited or os.path.realpath(path) in excluded or _holds_outputs(path):
                    continue
                visited.add(key)
                stack.append(path)
            elif supported:
                if stat.S_ISREG(info.st_mode):
                    files.append((path, (info.st_dev, info.st_ino)))
                else:
                    problems.append(ReadProblem(_name(path), f"{_kind(info.st_mode)}, not a file"))
    files.sort(key=lambda item: item[0])
    return files, problems


# ------------------------------------------------------------------------------------------ reading files


def _too_long(chars: int, max_chars: int) -> str:
    return (
        f"article of {chars:,} characters is longer than the limit of {max_chars:,}; "
        "split it into several articles"
    )


def _read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, or _TooBig without reading them when there are more than `limit`."""
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise _TooBig(size)
        data = fh.read(limit + 1)  # the size may have grown since
    if len(data) > limit:
        raise _TooBig(len(data))
    return data


class _TooBig(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _read_txt(path: Path, max_chars: int, note: Note) -> Article | ReadProblem:
    where = _name(path)
    try:
        data = _read_bytes(path, 4 * max_chars)
    except _TooBig as big:
        return ReadProblem(
            where,
            f"file of {big.size:,} bytes is longer than the article limit of {max_chars:,} characters; "
            "split it into several articles",
        )
    try:
        text, encoding = decode_bytes(data)
    except UndecodableText as exc:
        return ReadProblem(where, str(exc))
    if encoding is not None:
        note(f"{printable(where)}: not UTF-8; read as {encoding}")
    text = as_prose(clean_text(unescape_references(text)))
    if not text.strip():
        return ReadProblem(where, "empty file")
    if len(text) > max_chars:
        return ReadProblem(where, _too_long(len(text), max_chars))
    title = clean_line(text.lstrip().split("\n", 1)[0])
    date = article_date(None, path.name, text)
    stem = clean_line(path_text(path.stem)) or "article"
    return Article(id=stem, text=text, source=where, title=title, date=date)


def _read_html(path: Path, max_chars: int) -> Article | ReadProblem:
    where = _name(path)
    try:
        data = _read_bytes(path, HTML_BYTES_PER_CHAR * max_chars)
    except _TooBig as big:
        return ReadProblem(where, f"web page of {big.size:,} bytes is too large to be one article")
    try:
        page = page_text(data)
    except NoArticleText as exc:
        return ReadProblem(where, str(exc))
    title = clean_line(page.title)
    body = clean_text(page.body)
    text = f"{title}\n\n{body}" if title else body
    if len(text) > max_chars:
        return ReadProblem(where, _too_long(len(text), max_chars))
    stem = clean_line(path_text(path.stem)) or "article"
    date = article_date(page.date, path.name, text)
    return Article(id=stem, text=text, source=where, title=title, date=date, url=page.url)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _jsonl_article(rec: object, path: Path, lineno: int, note: Note, max_chars: int) -> Article | str:
    """The article a decoded JSON line describes, or why it describes none."""
    if not isinstance(rec, dict):
        return f"expected a JSON object with a 'text' field, got {_json_type(rec)}"
    if "text" not in rec:
        return "no 'text' field"
    if not isinstance(rec["text"], str):
        return f"'text' must be a string, not {_json_type(rec['text'])}"
    raw_id = rec.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        return f"'id' must be a string or a whole number, not {_json_type(raw_id)}"
    art_id = clean_line(str(raw_id)) if raw_id is not None else ""
    if len(art_id) > MAX_ID_CHARS:
        return f"'id' is {len(art_id):,} characters long (at most {MAX_ID_CHARS})"
    where = f"{printable(_name(path))}:{lineno}"
    optional: dict[str, str | None] = {}
    for key in ("title", "date", "url"):
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            note(f"{where}: '{key}' is {_json_type(value)}, not a string; ignored")
            value = None
        if value and key == "title":
            value = unescape_references(value)
        optional[key] = clean_line(value) if value else None
    body = as_prose(clean_text(unescape_references(rec["text"])))
    if not body.strip():
        return "'text' is empty"
    title = optional["title"] or ""
    # Offsets refer to the same layout as a .txt article, so title and body parse alike (a title in
    # capitals set in ordinary case, as as_prose sets a .txt article's first line).
    text = headline_in_ordinary_case(f"{title}\n\n{body}") if title else body
    if len(text) > max_chars:
        return _too_long(len(text), max_chars)
    return Article(
        id=art_id or f"{clean_line(path_text(path.stem))}-{lineno}",
        text=text,
        source=_name(path),
        title=title,
        date=article_date(optional["date"], str(path), text),
        url=optional["url"],
    )


def _jsonl_stream(path: Path) -> io.TextIOWrapper:
    raw = path.open("rb")
    head = raw.peek(4)[:4] if isinstance(raw, io.BufferedReader) else b""
    encoding = "utf-8-sig"
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        encoding = "utf-32"
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    # Undecodable bytes are kept as surrogate escapes and reported per line, not for the whole file.
    return io.TextIOWrapper(raw, encoding=encoding, errors="surrogateescape", newline=None)


def _read_jsonl(path: Path, max_chars: int, note: Note) -> Iterator[Article | ReadProblem]:
    limit = _JSON_CHARS_PER_CHAR * max_chars
    any_line = False
    with _jsonl_stream(path) as fh:
        lineno = 0
        while True:
            line = fh.readline(limit)
            if not line:
                break
            lineno += 1
            where = f"{_name(path)}:{lineno}"
            if len(line) >= limit and not line.endswith("\n"):
                length = len(line)
                while line and not line.endswith("\n"):  # skip the rest without holding it
                    line = fh.readline(limit)
                    length += len(line)
                any_line = True
                yield ReadProblem(where, f"line of {length:,}+ characters is too long for one article")
                continue
            if not line.strip():
                continue
            any_line = True
            if _UNDECODED.search(line):
                yield ReadProblem(where, "not UTF-8 text (JSON Lines files must be UTF-8)")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield ReadProblem(where, f"not JSON ({exc.msg} at column {exc.colno})")
                continue
            except RecursionError:
                yield ReadProblem(where, "JSON nested too deeply")
                continue
            article = _jsonl_article(rec, path, lineno, note, max_chars)
            if isinstance(article, str):
                yield ReadProblem(where, article)
            else:
                yield article
    if not any_line:
        yield ReadProblem(_name(path), "empty file")


def _read_file(path: Path, max_chars: int, note: Note) -> Iterator[Article | ReadProblem]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path, max_chars, note)
        elif suffix == ".txt":
            yield _read_txt(path, max_chars, note)
        elif suffix in HTML_SUFFIXES:
            yield _read_html(path, max_chars)
        else:
            yield ReadProblem(
                _name(path), f"unsupported file type {suffix or '(none)'}; use .txt, .jsonl or .html"
            )
    except OSError as exc:
        yield ReadProblem(_name(path), f"cannot read ({exc.strerror or exc})")


# ------------------------------------------------------------------------------------------ duplicates


class Deduplicator:
    """Keeps each text once and each id unique, in reading order (the first one read wins)."""

    def __init__(self) -> None:
        self._texts: dict[bytes, str] = {}  # text fingerprint -> where it was first read
        self._ids: dict[str, str] = {}

    def check(self, article: Article) -> tuple[Article | None, str | None]:
        """(article to keep, or None for a repeat; a note for the user, or None)."""
        where = printable(article.source)
        if Path(article.source).stem != article.id:
            where += f" (id {printable(article.id, 80)})"
        # Whitespace does not make another article: a .txt and a .jsonl copy differ in line ends.
        fingerprint = hashlib.sha256(" ".join(article.text.split()).encode("utf-8")).digest()
        first = self._texts.get(fingerprint)
        if first is not None:
            return None, f"{where}: same text as {first}; read once"
        self._texts[fingerprint] = where
        note = None
        if article.id in self._ids:
            n = 2
            while f"{article.id}~{n}" in self._ids:
                n += 1
            new_id = f"{article.id}~{n}"
            note = f"{where}: id also used by {self._ids[article.id]}; this article is {new_id!r}"
            article = replace(article, id=new_id)
        self._ids[article.id] = where
        return article, note


def read_articles(
    paths: Iterable[str | Path],
    *,
    exclude: Iterable[str | Path] = (),
    max_chars: int = MAX_ARTICLE_CHARS,
    on_note: Note | None = None,
    deduplicate: bool = True,
) -> Iterator[Article | ReadProblem]:
    """Yield every article under `paths`, and a ReadProblem for each input that cannot be read.

    `on_note` receives remarks that are not problems (a guessed encoding, a repeated text read once, an
    id made unique). Folders in `exclude` are not searched.
    """
    note: Note = on_note or (lambda _message: None)
    dedup = Deduplicator() if deduplicate else None
    for item in expand_inputs(paths, exclude):
        if isinstance(item, ReadProblem):
            yield item
            continue
        for read in _read_file(item, max_chars, note):
            if isinstance(read, Article) and dedup is not None:
                kept, remark = dedup.check(read)
                if remark:
                    note(remark)
                if kept is None:
                    continue
                read = kept
            yield read
