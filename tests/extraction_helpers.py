"""Assertions shared by the extraction tests: what was extracted, stated as facts a reader checks."""

from __future__ import annotations

from collections.abc import Callable

from geokg.extract.records import ArticleResult
from geokg.extract.triples import Triple

Run = Callable[[str], ArticleResult]


def facts(result: ArticleResult) -> set[tuple[str, str, str, bool]]:
    return {(t.subject, t.predicate, t.object, t.negated) for t in result.triples}


def find(result: ArticleResult, subject: str, word: str, obj: str) -> list[Triple]:
    return [t for t in result.triples if t.subject == subject and word in t.predicate and t.object == obj]


def one(result: ArticleResult, subject: str, word: str, obj: str, negated: bool = False) -> Triple:
    """The triple stating the fact; fails listing everything that was extracted instead."""
    matches = [t for t in find(result, subject, word, obj) if t.negated == negated]
    assert matches, f"no ({subject}, *{word}*, {obj}, negated={negated}) among {facts(result)}"
    return matches[0]


def none(result: ArticleResult, subject: str, obj: str, word: str = "") -> None:
    """No fact from `subject` to `obj` (with `word` in its predicate, if given)."""
    assert not find(result, subject, word, obj), f"unexpected ({subject}, *{word}*, {obj}) in {facts(result)}"
