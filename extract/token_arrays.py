"""Per-Doc arrays of token attributes, read once per Doc for the passes that visit every token.

`doc[i]` builds a new Token object on every call, and `token.pos_` looks its string up again: a pass over
every token of an article that only wants the few proper nouns pays both for every token. An array of
part-of-speech ids read with one `Doc.to_array` call lets such a pass skip the other tokens cheaply.

Answers are remembered for the Doc last asked about (one Doc at a time, by identity, as
geokg.extract.clauses.memo does for tokens): extraction reads one Doc through, and never edits it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from functools import wraps
from typing import TypeVar

from spacy.attrs import POS
from spacy.symbols import IDS
from spacy.tokens import Doc, Token

T = TypeVar("T")


def per_doc(question: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """`question(doc)`, remembered for the Doc last asked about."""
    last: tuple[Doc | None, T | None] = (None, None)

    @wraps(question)
    def remembered(doc: Doc) -> T:
        nonlocal last
        held = last  # one read: another thread replacing `last` meanwhile cannot mix two Docs' answers
        if held[0] is doc:
            return held[1]  # type: ignore[return-value]
        answer = question(doc)
        last = (doc, answer)
        return answer

    return remembered


@per_doc
def doc_text(doc: Doc) -> str:
    """The Doc's text (spaCy joins it from its tokens on every `doc.text`)."""
    return doc.text


@per_doc
def pos_ids(doc: Doc) -> tuple[int, ...]:
    """Each token's coarse part of speech as spaCy's symbol id (compare with `spacy.symbols.PROPN`…)."""
    if not len(doc):
        return ()
    return tuple(doc.to_array(POS).tolist())


def with_pos(doc: Doc, names: Collection[str], start: int = 0, end: int | None = None) -> Iterator[Token]:
    """The tokens of `doc[start:end]` whose coarse part of speech is one of `names` ("VERB", "AUX"…), in
    order; the other tokens are never made into Token objects."""
    wanted = {IDS[name] for name in names if name in IDS}
    pos = pos_ids(doc)
    for i in range(start, len(pos) if end is None else end):
        if pos[i] in wanted:
            yield doc[i]
