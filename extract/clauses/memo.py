"""Answers about a token worked out once per token of the Doc being read.

The rules ask the same question of one verb for each verb coordinated with it: in "A condemned B and C
condemned D and …" every "condemned" asks whether the first one is passive, negated or modal, and that
first verb has a dependent per clause. Remembering the answers keeps a long coordination linear.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from spacy.tokens import Doc, Token

T = TypeVar("T")


def per_token(question: Callable[[Token], T]) -> Callable[[Token], T]:
    """`question(token)`, remembered for the tokens of the Doc last asked about (one Doc at a time)."""
    doc: Doc | None = None
    answers: dict[int, T] = {}

    @wraps(question)
    def remembered(token: Token) -> T:
        nonlocal doc, answers
        i = token.i  # a Token's attributes are properties: each read is a call into spaCy
        if token.doc is not doc:
            doc, answers = token.doc, {}
        if i in answers:
            return answers[i]
        answer = answers[i] = question(token)
        return answer

    return remembered
