"""A cache of parsed articles on disk (spaCy DocBin), so rebuilding a corpus does not parse it again.

Entries are keyed by the text and by everything that shapes the parse (pipeline name and version, its
components, spaCy's version): a different model or a changed text is simply a miss.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin


class ParseCache:
    def __init__(self, folder: Path, nlp: Language) -> None:
        self.folder = Path(folder)
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
            ]
        )
        self.hits = 0
        self.misses = 0

    def _path(self, text: str) -> Path:
        digest = hashlib.sha256(f"{self._salt}\n{text}".encode()).hexdigest()
        return self.folder / f"{digest[:40]}.spacy"

    def load(self, text: str) -> Doc | None:
        path = self._path(text)
        if not path.is_file():
            self.misses += 1
            return None
        try:
            docs = list(DocBin().from_disk(path).get_docs(self.nlp.vocab))
        except (OSError, ValueError):
            self.misses += 1  # a damaged entry is parsed again and overwritten
            return None
        if len(docs) != 1 or docs[0].text != text:
            self.misses += 1
            return None
        self.hits += 1
        return docs[0]

    def save(self, doc: Doc) -> None:
        path = self._path(doc.text)
        partial = path.with_suffix(".partial")
        DocBin(docs=[doc]).to_disk(partial)
        partial.replace(path)  # never leave a half-written entry under the real name
