"""Scores and how they are reported: per article, in total, as text (the shared scorer's layout) or JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from geokg.evaluate.records import GoldFact, Prediction


@dataclass(frozen=True, slots=True)
class Contradiction:
    fact: GoldFact
    prediction: Prediction

    def describe(self) -> str:
        return f"{self.fact.id}: {self.prediction.describe(mark_negation=False)}"


@dataclass(frozen=True, slots=True)
class RootCheck:
    """A found event fact, and whether some prediction that found it carries its CAMEO root."""

    fact: GoldFact
    right: bool

    def describe(self) -> str:
        return f"{self.fact.id}: gold {self.fact.cameo}"


@dataclass(frozen=True, slots=True)
class CountryCheck:
    """A mentioned gold entity with a country, and the code its mentions most often carry."""

    entity: str
    predicted: str | None
    gold: str

    @property
    def right(self) -> bool:
        return self.predicted == self.gold

    def describe(self) -> str:
        return f"{self.entity}: {self.predicted or '-'}" + ("" if self.right else f" (gold {self.gold})")


@dataclass(frozen=True)
class AttributeScore:
    """Event roots and countries of one article (`geokg eval --attributes`)."""

    roots: tuple[RootCheck, ...] = ()
    countries: tuple[CountryCheck, ...] = ()

    @property
    def event_roots_right(self) -> int:
        return sum(check.right for check in self.roots)

    @property
    def countries_right(self) -> int:
        return sum(check.right for check in self.countries)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_facts_found": len(self.roots),
            "event_roots_right": self.event_roots_right,
            "wrong_roots": [check.describe() for check in self.roots if not check.right],
            "country_entities": len(self.countries),
            "countries_right": self.countries_right,
            "wrong_countries": [check.describe() for check in self.countries if not check.right],
        }


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
    attributes: AttributeScore = field(default_factory=AttributeScore)

    @property
    def recall(self) -> float:
        return self.required_found / self.required if self.required else 0.0

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.entity_pairs if self.entity_pairs else 0.0

    def to_dict(self, *, attributes: bool = False) -> dict[str, Any]:
        data = {
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
        if attributes:
            data["attributes"] = self.attributes.to_dict()
        return data


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
    event_roots_right: int = 0
    event_facts_found: int = 0
    countries_right: int = 0
    country_entities: int = 0

    @property
    def event_roots(self) -> float | None:
        """Share of found event facts with the right root; None when no event fact was found."""
        return round(self.event_roots_right / self.event_facts_found, 3) if self.event_facts_found else None

    @property
    def countries(self) -> float | None:
        """Share of mentioned gold entities with the right country; None when none was mentioned."""
        return round(self.countries_right / self.country_entities, 3) if self.country_entities else None

    def to_dict(self, *, attributes: bool = False) -> dict[str, Any]:
        data = {
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
        if attributes:
            data |= {
                "event_roots": self.event_roots,
                "event_roots_right": self.event_roots_right,
                "event_facts_found": self.event_facts_found,
                "countries": self.countries,
                "countries_right": self.countries_right,
                "country_entities": self.country_entities,
            }
        return data


@dataclass(frozen=True)
class EvalReport:
    articles: tuple[ArticleScore, ...]
    total: TotalScore
    attributes: bool = False  # report event roots and countries too

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total.to_dict(attributes=self.attributes),
            "articles": [score.to_dict(attributes=self.attributes) for score in self.articles],
        }

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
                if self.attributes:
                    checks = score.attributes
                    lines.extend(f"   wrong root  {r.describe()}" for r in checks.roots if not r.right)
                    lines.extend(f"   country     {c.describe()}" for c in checks.countries if not c.right)
        total = self.total
        lines.append(
            f"TOTAL recall {total.recall} precision {total.precision} f1 {total.f1} "
            f"contradictions {total.contradictions} fragmentation {total.fragmentation}"
        )
        if self.attributes:
            lines.append(
                f"ATTRIBUTES event roots {total.event_roots_right}/{total.event_facts_found} right on found "
                f"event facts; countries {total.countries_right}/{total.country_entities} right on "
                "mentioned entities"
            )
        return "\n".join(lines)
