"""A cache of parsed articles on disk (spaCy DocBin), so rebuilding a corpus does not parse it again.

Entries are keyed by the text and by everything that shapes the parse (pipeline name and version, its
components, spaCy's version): a different model or a changed text is simply a miss.

The cache never costs the build: an entry that is truncated, corrupt or not a parse of its text is
parsed again and replaced; entries are written atomically under unique temporary names, so builds that
share a cache folder (or are killed mid-write) cannot leave a half-written entry; a folder that cannot
be written is reported once (`problem`) and the build goes on without storing parses.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import spacy
from geokg.extract.io.atomic import remove_stale_temporaries, write_bytes_atomic
from geokg.extract.io.nlp import SENTENCE_RULES_REVISION
from spacy.language import Language
from spacy.tokens import Doc, DocBin

# What a parse must carry to be used, by the component that sets it; a DocBin holding less is damaged.
ANNOTATION_BY_COMPONENT = {"parser": "DEP", "ner": "ENT_IOB", "tagger": "TAG"}


class ParseCache:
    def __init__(self, folder: Path, nlp: Language, report: Callable[[str], None] | None = None) -> None:
        self.folder = Path(folder)
        if self.folder.exists() and not self.folder.is_dir():
            raise NotADirectoryError(20, "not a folder", str(self.folder))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.nlp = nlp
        meta = nlp.meta
        self._salt = "|".join(
            [
                meta.get("lang", ""),
                meta.get("name", ""),
                meta.get("version", ""),
                spacy.__version__,
                ",".join(nlp.pipe_names),
                f"sentence-rules-{SENTENCE_RULES_REVISION}",
            ]
        )
        self._required = [attr for name, attr in ANNOTATION_BY_COMPONENT.items() if name in nlp.pipe_names]
        self.hits = 0
        self.misses = 0
        self.damaged = 0
        # Set (and passed to `report`, once) when entries cannot be stored.
        self.problem: str | None = None
        self._report = report
        self.writable = os.access(self.folder, os.W_OK)
        if self.writable:
            remove_stale_temporaries(self.folder)
        else:
            self._stop_storing(f"cache folder {self.folder} is not writable; parses are not being stored")

    def _stop_storing(self, problem: str) -> None:
        self.writable = False
        if self.problem is None:
            self.problem = problem
            if self._report is not None:
                self._report(problem)

    def _path(self, text: str) -> Path:
        # surrogatepass: a text with a stray surrogate still gets a key (it is never parsed as such).
        digest = hashlib.sha256(f"{self._salt}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / f"{digest[:40]}.spacy"

    def load(self, text: str) -> Doc | None:
        path = self._path(text)
        try:
            data = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        doc = self._decode(data, text)
        if doc is None:
            self.misses += 1
            self.damaged += 1  # parsed again, and the entry replaced
            return None
        self.hits += 1
        return doc

    def _decode(self, data: bytes, text: str) -> Doc | None:
        try:
            docs = list(DocBin().from_bytes(data).get_docs(self.nlp.vocab))
        except Exception:  # any damage (zlib, msgpack, array shapes) means: parse again
            return None
        if len(docs) != 1 or docs[0].text != text:
            return None
        doc = docs[0]
        if len(doc) and not all(doc.has_annotation(attr) for attr in self._required):
            return None
        return doc

    def save(self, doc: Doc) -> None:
        if not self.writable:
            return
        try:
            # Not flushed to disk: a torn entry after a power cut is detected on load and re-parsed.
            write_bytes_atomic(self._path(doc.text), DocBin(docs=[doc]).to_bytes(), durable=False)
        except OSError as exc:
            self._stop_storing(f"cannot store parses in {self.folder} ({exc.strerror or exc}); going on")
