"""Matching predictions to gold facts: which predictions each article gets, what they find, the totals."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from geokg.evaluate.labels import normalise_label
from geokg.evaluate.records import GoldArticle, Prediction
from geokg.evaluate.report import ArticleScore, Contradiction, TotalScore


def assign_predictions(
    articles: Sequence[GoldArticle], predictions: Sequence[Prediction]
) -> list[list[Prediction]]:
    """The predictions each gold article is scored on: those whose source stem is its name.

    With a single gold article, predictions that name no article (or, failing those, all predictions)
    are scored against it, so one article's triples can be scored without provenance.
    """
    by_article: dict[str | None, list[Prediction]] = defaultdict(list)
    for prediction in predictions:
        by_article[prediction.article].append(prediction)
    assigned: list[list[Prediction]] = []
    for article in articles:
        if article.name in by_article:
            assigned.append(by_article[article.name])
        elif len(articles) == 1:
            assigned.append(by_article.get(None) or list(predictions))
        else:
            assigned.append([])
    return assigned


def _fragmentation(labels_per_entity: Mapping[str, set[str]]) -> float:
    if not labels_per_entity:
        return 0.0
    mean = sum(len(labels) for labels in labels_per_entity.values()) / len(labels_per_entity)
    return round(mean, 3)


def score_article(article: GoldArticle, predictions: Sequence[Prediction]) -> ArticleScore:
    found: set[str] = set()
    seen: set[tuple[str, str, str, bool]] = set()
    labels_per_entity: dict[str, set[str]] = defaultdict(set)
    entity_pairs = correct_pairs = 0
    contradictions: list[Contradiction] = []
    unmatched: list[Prediction] = []
    for prediction in predictions:
        subject = article.resolve(prediction.subject)
        obj = article.resolve(prediction.object)
        # Fragmentation counts every mention, before pairs are filtered and duplicates dropped.
        if subject is not None:
            labels_per_entity[subject].add(normalise_label(prediction.subject))
        if obj is not None:
            labels_per_entity[obj].add(normalise_label(prediction.object))
        if subject is None or obj is None or subject == obj:
            continue
        if prediction.dedup_key in seen:
            continue
        seen.add(prediction.dedup_key)
        entity_pairs += 1
        hits = {fact.id for fact in article.facts if fact.matched_by(prediction, subject, obj)}
        found |= hits
        if hits:
            correct_pairs += 1
        else:
            unmatched.append(prediction)
        contradictions.extend(
            Contradiction(bad, prediction)
            for bad in article.forbidden
            if bad.matched_by(prediction, subject, obj)
        )
    required = article.required
    return ArticleScore(
        article=article.name,
        predictions=len(predictions),
        entity_pairs=entity_pairs,
        correct_pairs=correct_pairs,
        required=len(required),
        required_found=sum(fact.id in found for fact in required),
        fragmentation=_fragmentation(labels_per_entity),
        contradictions=tuple(contradictions),
        missed=tuple(fact for fact in required if fact.id not in found),
        unmatched=tuple(unmatched),
    )


def summarise(scores: Sequence[ArticleScore]) -> TotalScore:
    """Micro-averaged recall and precision; fragmentation averaged over articles that have one."""
    required = sum(s.required for s in scores)
    required_found = sum(s.required_found for s in scores)
    entity_pairs = sum(s.entity_pairs for s in scores)
    correct_pairs = sum(s.correct_pairs for s in scores)
    recall = round(required_found / required, 3) if required else 0.0
    precision = round(correct_pairs / entity_pairs, 3) if entity_pairs else 0.0
    # F1 of the rounded figures, so it agrees with the printed recall and precision.
    f1 = round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0
    fragmentations = [s.fragmentation for s in scores if s.fragmentation]
    fragmentation = round(sum(fragmentations) / len(fragmentations), 3) if fragmentations else 0.0
    return TotalScore(
        articles=len(scores),
        recall=recall,
        precision=precision,
        f1=f1,
        contradictions=sum(len(s.contradictions) for s in scores),
        fragmentation=fragmentation,
        required=required,
        required_found=required_found,
        entity_pairs=entity_pairs,
    )
