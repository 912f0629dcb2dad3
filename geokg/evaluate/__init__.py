"""`geokg eval`: score predicted triples against hand-annotated, entity-level gold facts.

The measure is the one defined by the shared evaluation scorer (../shared/eval/score.py), so numbers
printed here and there can be compared line for line:

- a label resolves to a gold entity when its normalised form equals one of the entity's aliases or ends
  with one (whole words, longest tail first); a bare pronoun never resolves;
- a gold fact is found by a prediction that connects its two entities (either way round when the fact is
  symmetric), shares a word with the fact's relation list and has the fact's polarity, where a refusal or
  denial verb in the predicate ("refuse to consider") negates the other verb;
- recall counts required facts found; precision counts distinct entity-to-entity predictions that match
  any gold fact; contradictions count predictions matching a 'forbidden' fact; fragmentation is the mean
  number of distinct labels per gold entity that the predictions mention;
- with attributes (`geokg eval --attributes`), where the gold has them: event roots count the found
  event facts (facts with a 'cameo', optional ones included) that some matching, non-duplicate
  prediction gives the same CAMEO root (`event_root`, first two digits, zero-padded); countries count
  the mentioned gold entities with a 'country' whose most frequent predicted `subject_country` /
  `object_country` over all mentions (duplicates and same-entity pairs included) is that code.

The package, one job per module: `labels` (normalisation), `records` (prediction, gold fact, gold
article), `reading` (files -> records, with errors naming file and line), `matching` (scoring) and
`report` (scores as text or JSON).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from geokg.evaluate.labels import article_key, is_bare_pronoun, normalise_label, predicate_words
from geokg.evaluate.matching import assign_predictions, most_frequent_code, score_article, summarise
from geokg.evaluate.reading import EvalError, load_gold, load_predictions
from geokg.evaluate.records import GoldArticle, GoldFact, Prediction
from geokg.evaluate.report import (
    ArticleScore,
    AttributeScore,
    Contradiction,
    CountryCheck,
    EvalReport,
    RootCheck,
    TotalScore,
)

__all__ = [
    "ArticleScore",
    "AttributeScore",
    "Contradiction",
    "CountryCheck",
    "EvalError",
    "EvalReport",
    "GoldArticle",
    "GoldFact",
    "Prediction",
    "RootCheck",
    "TotalScore",
    "article_key",
    "assign_predictions",
    "evaluate",
    "is_bare_pronoun",
    "load_gold",
    "load_predictions",
    "most_frequent_code",
    "normalise_label",
    "predicate_words",
    "run_eval",
    "score_article",
    "summarise",
]


def evaluate(
    gold_paths: Sequence[Path], pred_paths: Sequence[Path], *, attributes: bool = False
) -> EvalReport:
    """Score the predictions in `pred_paths` against each gold file; raises EvalError on bad input.

    With `attributes`, the report also gives event roots and countries (see the module docstring).
    """
    if not gold_paths:
        raise EvalError("no gold files given")
    if not pred_paths:
        raise EvalError("no prediction files given")
    articles = [load_gold(Path(path)) for path in gold_paths]
    predictions = load_predictions(Path(path) for path in pred_paths)
    scores = tuple(
        score_article(article, assigned)
        for article, assigned in zip(articles, assign_predictions(articles, predictions), strict=True)
    )
    return EvalReport(scores, summarise(scores), attributes)


def run_eval(
    gold: list[Path],
    pred: list[Path],
    *,
    show_misses: bool = False,
    as_json: bool = False,
    attributes: bool = False,
) -> str:
    """The `geokg eval` report: one line per article and a TOTAL line (and an ATTRIBUTES line with
    `attributes`), or one JSON summary."""
    report = evaluate(gold, pred, attributes=attributes)
    return report.to_json() if as_json else report.to_text(show_misses=show_misses)
