"""Matching predictions to gold facts: which predictions each article gets, what they find, the totals."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from geokg.evaluate.labels import normalise_label
from geokg.evaluate.records import GoldArticle, GoldFact, Prediction
from geokg.evaluate.report import (
    ArticleScore,
    AttributeScore,
    Contradiction,
    CountryCheck,
    RootCheck,
    TotalScore,
)


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


def most_frequent_code(codes: Sequence[str | None]) -> str | None:
    """The code an entity's mentions carry most often (empty codes ignored); None when none carries one.

    A tie goes to the code mentioned first. (The shared scorer breaks ties by set order, which varies
    between runs; with one most frequent code both agree.)
    """
    counts = Counter(code for code in codes if code)
    return counts.most_common(1)[0][0] if counts else None


def _country_checks(
    article: GoldArticle, codes_per_entity: Mapping[str, list[str | None]]
) -> list[CountryCheck]:
    return [
        CountryCheck(entity_id, most_frequent_code(codes), article.countries[entity_id])
        for entity_id, codes in codes_per_entity.items()
        if entity_id in article.countries
    ]


def score_article(article: GoldArticle, predictions: Sequence[Prediction]) -> ArticleScore:
    found: set[str] = set()
    seen: set[tuple[str, str, str, bool]] = set()
    labels_per_entity: dict[str, set[str]] = defaultdict(set)
    codes_per_entity: dict[str, list[str | None]] = defaultdict(list)
    # Event facts in the order first found; right once any prediction that found them has the root.
    roots: dict[str, tuple[GoldFact, bool]] = {}
    entity_pairs = correct_pairs = 0
    contradictions: list[Contradiction] = []
    unmatched: list[Prediction] = []
    for prediction in predictions:
        subject = article.resolve(prediction.subject)
        obj = article.resolve(prediction.object)
        # Fragmentation and countries count every mention, before pairs are filtered and duplicates dropped.
        if subject is not None:
            labels_per_entity[subject].add(normalise_label(prediction.subject))
            codes_per_entity[subject].append(prediction.subject_country)
        if obj is not None:
            labels_per_entity[obj].add(normalise_label(prediction.object))
            codes_per_entity[obj].append(prediction.object_country)
        if subject is None or obj is None or subject == obj:
            continue
        if prediction.dedup_key in seen:
            continue
        seen.add(prediction.dedup_key)
        entity_pairs += 1
        matched = [fact for fact in article.facts if fact.matched_by(prediction, subject, obj)]
        hits = {fact.id for fact in matched}
        found |= hits
        for fact in matched:
            if fact.cameo:
                first, right = roots.get(fact.id, (fact, False))
                roots[fact.id] = (first, right or prediction.root == fact.cameo[:2])
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
        attributes=AttributeScore(
            roots=tuple(RootCheck(fact, right) for fact, right in roots.values()),
            countries=tuple(_country_checks(article, codes_per_entity)),
        ),
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
    checks = [s.attributes for s in scores]
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
        event_roots_right=sum(c.event_roots_right for c in checks),
        event_facts_found=sum(len(c.roots) for c in checks),
        countries_right=sum(c.countries_right for c in checks),
        country_entities=sum(len(c.countries) for c in checks),
    )
