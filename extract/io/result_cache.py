"""A cache of per-article extraction results on disk, beside the parse cache, so that a rebuild over
unchanged articles neither parses nor extracts them again.

An entry is keyed by the whole article record (text, id, source, title and metadata: ids and sources are
written into every triple) and by the extractor's fingerprint: the installed pipeline (name, version,
files), spaCy's version, the versions of the gazetteer packages, and the bytes of every file of
`geokg.extract` (code and lexicons). Any change to any of these is a miss, so a stale result is never
reused; the price is that editing one rule makes the whole cache cold.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from dataclasses import asdict
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from geokg.extract.io.reader import Article
from geokg.extract.records import ArticleResult, Entity
from geokg.extract.triples import Triple

# Packages whose data shapes extraction (country names and demonyms) besides geokg.extract itself.
DATA_PACKAGES = ("spacy", "pycountry", "countryinfo")
_EXTRACT_DIR = Path(__file__).resolve().parents[1]
FORMAT = "2"


class ModelMissing(LookupError):
    """The named pipeline is neither an installed package nor a folder."""


def _hash_files(digest: Any, folder: Path, *, contents: bool) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(folder)).encode())
        if contents:
            digest.update(path.read_bytes())
        else:
            stat = path.stat()
            digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())


def model_identity(model: str) -> str:
    """What identifies a pipeline without loading it (or even importing spaCy): its meta.json and
    config, and the size and date of each of its files."""
    folder = Path(model)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(model)
        except (ImportError, ValueError):
            spec = None
        if spec is None or not spec.submodule_search_locations:
            raise ModelMissing(model)
        folder = Path(next(iter(spec.submodule_search_locations)))
    digest = hashlib.sha256(model.encode())
    for name in ("meta.json", "config.cfg"):
        for path in sorted(folder.glob(name)) + sorted(folder.glob(f"*/{name}")):
            digest.update(path.read_bytes())
    _hash_files(digest, folder, contents=False)
    return digest.hexdigest()


@lru_cache(maxsize=8)
def extractor_fingerprint(model: str, code: Path = _EXTRACT_DIR) -> str:
    """Changes whenever anything that shapes an article's result changes (see the module docstring);
    `code` is the folder of the extraction code and lexicons."""
    digest = hashlib.sha256(f"geokg-results/{FORMAT}\n{model_identity(model)}\n".encode())
    for package in DATA_PACKAGES:
        try:
            version = metadata.version(package)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{package}={version}\n".encode())
    _hash_files(digest, code, contents=True)
    return digest.hexdigest()


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(**{**data, "aliases": tuple(data.get("aliases") or ())})


class ResultCache:
    """Per-article results as small JSON files under FOLDER/ab/abcdef….json."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.fingerprint = fingerprint
        self.hits = 0
        self.misses = 0

    def _path(self, article: Article) -> Path:
        record = json.dumps(asdict(article), ensure_ascii=False, sort_keys=True, default=str)
        digest = hashlib.sha256(f"{self.fingerprint}\n{record}".encode()).hexdigest()
        return self.folder / digest[:2] / f"{digest[2:40]}.json"

    def load(self, article: Article) -> ArticleResult | None:
        path = self._path(article)
        try:
            data = json.loads(path.read_bytes())
            # The article as extraction left it (a date from the dateline), with the text it came with.
            stored = {**data["article"], "text": article.text}
            result = ArticleResult(
                article=Article(**stored),
                entities=tuple(_entity(e) for e in data["entities"]),
                triples=tuple(Triple.from_dict(t) for t in data["triples"]),
            )
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1  # a damaged entry is extracted again and overwritten
            return None
        self.hits += 1
        return result

    def save(self, result: ArticleResult, article: Article | None = None) -> None:
        """Keep a result under the article as read (`article`, by default the result's own: extraction
        may have completed the record). Failed extractions are not kept: the next run tries again."""
        if result.problem is not None:
            return
        path = self._path(article or result.article)
        path.parent.mkdir(exist_ok=True)
        data = {
            "article": {k: v for k, v in asdict(result.article).items() if k != "text"},
            "entities": [asdict(e) for e in result.entities],
            "triples": [t.to_dict() for t in result.triples],
        }
        partial = path.with_suffix(".partial")
        partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)  # never leave a half-written entry under the real name
