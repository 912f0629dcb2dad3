"""A paragraph the wire repeats word for word gives its facts once, from its first telling; the same fact
told in other words is still read again (pipeline._repeated_sentences_once). The sentences are ours."""

from __future__ import annotations

from collections.abc import Callable

from geokg.extract.records import ArticleResult


def _facts(result: ArticleResult) -> list[tuple[str, str, str]]:
    return [(t.subject, t.predicate, t.object) for t in result.triples]


def test_a_repeated_sentence_gives_its_fact_once(run: Callable[[str], ArticleResult]) -> None:
    text = (
        "Peru sent troops to Bolivia on Monday.\n\n"
        "The move surprised observers.\n\n"
        "Peru sent troops to Bolivia on Monday.\n"
    )
    facts = _facts(run(text))
    assert facts.count(("Peru", "send troop to", "Bolivia")) == 1


def test_a_fact_told_again_in_other_words_is_read_again(run: Callable[[str], ArticleResult]) -> None:
    text = "Peru sent troops to Bolivia on Monday.\n\nOn Monday, Peru sent troops to Bolivia.\n"
    facts = _facts(run(text))
    assert facts.count(("Peru", "send troop to", "Bolivia")) == 2
