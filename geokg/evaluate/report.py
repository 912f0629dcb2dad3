"""Scores and how they are reported: per article, in total, as text (the shared scorer's layout) or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from geokg.evaluate.records import GoldFact, Prediction


@dataclass(frozen=True, slots=True)
class Contradiction:
    fact: GoldFact
    prediction: Prediction

    def describe(self) -> str:
        return f"{self.fact.id}: {self.prediction.describe(mark_negation=False)}"


@dataclass(frozen=True)
class ArticleScore:
    article: str
    predictions: int  # all predictions assigned to the article
    entity_pairs: int  # distinct predictions linking two different gold entities
    correct_pairs: int
    required: int
    required_found: int
    fragmentation: float
    contradictions: tuple[Contradiction, ...] = ()
    missed: tuple[GoldFact, ...] = ()
    unmatched: tuple[Prediction, ...] = ()

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.entity_pairs if self.entity_pairs else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "predictions": self.predictions,
            "entity_pairs": self.entity_pairs,
            "correct_pairs": self.correct_pairs,
            "required": self.required,
            "required_found": self.required_found,
            "recall": self.recall,
            "precision": self.precision,
            "contradictions": [c.describe() for c in self.contradictions],
            "fragmentation": self.fragmentation,
            "missed": [fact.describe() for fact in self.missed],
            "unmatched": [pred.describe() for pred in self.unmatched],
        }


@dataclass(frozen=True)
class TotalScore:
    articles: int
    recall: float
    precision: float
    f1: float
    contradictions: int
    fragmentation: float
    required: int
    required_found: int
    entity_pairs: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "recall": self.recall,
            "precision": self.precision,
            "contradictions": self.contradictions,
            "fragmentation": self.fragmentation,
            "required": self.required,
            "required_found": self.required_found,
            "entity_pairs": self.entity_pairs,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class EvalReport:
    articles: tuple[ArticleScore, ...]
    total: TotalScore

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total.to_dict(), "articles": [score.to_dict() for score in self.articles]}

    def to_json(self) -> str:
        return json.dumps(self.to_dict())

    def to_text(self, *, show_misses: bool = False) -> str:
        lines: list[str] = []
        for score in self.articles:
            lines.append(
                f"{score.article}: recall {score.required_found}/{score.required} = {score.recall:.2f}  "
                f"precision {score.correct_pairs}/{score.entity_pairs} = {score.precision:.2f}  "
                f"contradictions {len(score.contradictions)}  fragmentation {score.fragmentation}"
            )
            if show_misses:
                lines.extend(f"   missed      {fact.describe()}" for fact in score.missed)
                lines.extend(f"   unmatched   {pred.describe()}" for pred in score.unmatched)
                lines.extend(f"   CONTRADICTS {c.describe()}" for c in score.contradictions)
        total = self.total
        lines.append(
            f"TOTAL recall {total.recall} precision {total.precision} f1 {total.f1} "
            f"contradictions {total.contradictions} fragmentation {total.fragmentation}"
        )
        return "\n".join(lines)
