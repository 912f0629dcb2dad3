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
  number of distinct labels per gold entity that the predictions mention.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# A predicate holding one of these besides the fact's own verb states that verb's negation.
NEGATING_VERBS = frozenset(
    {"refuse", "refused", "decline", "declined", "deny", "denied", "reject", "rejected", "fail", "failed"}
)
# Unresolved pronouns must not score as the entity whose alias they happen to spell ("us", "it").
PRONOUNS = frozenset(
    {"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them"}
    | {"his", "its", "their", "our"}
)
# Rendered in messages: enough of a relation list to recognise the fact.
RELATION_PREVIEW = 3
_POSSESSIVE = re.compile(r"'s\b|'$")
_SPACES = re.compile(r"\s+")
_LEADING_ARTICLE = re.compile(r"^(the|a|an) ")
_PATH_SEPARATORS = re.compile(r"[\\/]")


class EvalError(Exception):
    """An input file that cannot be scored (missing, not JSON, or lacking a required field)."""


def normalise_label(text: str) -> str:
    """Case, punctuation and article folding so that "the U.S.'s" and "US" compare equal.

    The order of the steps is part of the measure: the possessive is stripped before whitespace
    is collapsed, and one leading article is dropped last.
    """
    folded = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    folded = folded.replace(".", "").replace("-", " ").replace("_", " ")
    folded = _POSSESSIVE.sub("", folded)
    folded = _SPACES.sub(" ", folded).strip()
    return _LEADING_ARTICLE.sub("", folded)


def is_bare_pronoun(label: str) -> bool:
    """True for "it", "They", "us"; all-capital spellings ("US", "U.S.") are names, not pronouns."""
    bare = label.replace(".", "").strip()
    return bare.lower() in PRONOUNS and not bare.isupper()


def predicate_words(predicate: str) -> frozenset[str]:
    """Each word of the normalised predicate, plus the whole phrase (so "pull out" can match as one)."""
    phrase = normalise_label(predicate)
    return frozenset(phrase.split()) | {phrase}


def article_key(source: str) -> str:
    """The file stem of a source path ("a/b/2020-x.txt" -> "2020-x"); it selects the gold article."""
    name = _PATH_SEPARATORS.split(source)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


# ---------------------------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted triple, as read from a triples.jsonl line."""

    subject: str
    predicate: str
    object: str
    negated: bool
    article: str | None  # gold article it claims to come from (source file stem); None when unknown
    origin: str  # "file:line", for messages
    words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Read once per fact tried; the record is frozen, hence the detour.
        object.__setattr__(self, "words", predicate_words(self.predicate))

    @property
    def dedup_key(self) -> tuple[str, str, str, bool]:
        return (
            normalise_label(self.subject),
            normalise_label(self.predicate),
            normalise_label(self.object),
            self.negated,
        )

    def describe(self, *, mark_negation: bool = True) -> str:
        marker = " (negated)" if mark_negation and self.negated else ""
        return f"{self.subject} | {self.predicate}{marker} | {self.object}"


@dataclass(frozen=True, slots=True)
class GoldFact:
    id: str
    subject: str  # entity id
    object: str  # entity id
    relation: tuple[str, ...]  # acceptable predicate words, as annotated
    negated: bool = False
    symmetric: bool = False
    required: bool = False
    relation_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "relation_words", frozenset(normalise_label(w) for w in self.relation))

    def connects(self, subject: str, obj: str) -> bool:
        if (subject, obj) == (self.subject, self.object):
            return True
        return self.symmetric and (obj, subject) == (self.subject, self.object)

    def polarity_of(self, prediction: Prediction) -> bool:
        """The prediction's polarity as read against this fact: "deny downing" is "down", negated,
        unless the refusal verb is itself what the fact is about ("reject" in a 'reject' fact)."""
        words = prediction.words
        own_negator = words & NEGATING_VERBS & self.relation_words
        flips = bool(words & NEGATING_VERBS) and not own_negator
        return prediction.negated != flips

    def matched_by(self, prediction: Prediction, subject: str, obj: str) -> bool:
        """Whether `prediction`, whose labels resolved to entities `subject` and `obj`, states this fact."""
        return (
            self.connects(subject, obj)
            and self.polarity_of(prediction) == self.negated
            and bool(self.relation_words & prediction.words)
        )

    def describe(self) -> str:
        return f"{self.id}: {self.subject} -{'/'.join(self.relation[:RELATION_PREVIEW])}-> {self.object}"


@dataclass(frozen=True)
class GoldArticle:
    name: str
    facts: tuple[GoldFact, ...]
    forbidden: tuple[GoldFact, ...]
    alias_index: Mapping[str, str]  # normalised alias -> entity id

    @classmethod
    def from_aliases(
        cls,
        name: str,
        aliases: Mapping[str, Sequence[str]],
        facts: Iterable[GoldFact],
        forbidden: Iterable[GoldFact] = (),
    ) -> GoldArticle:
        index: dict[str, str] = {}
        for entity_id, names in aliases.items():
            for alias in names:
                # An alias shared by two entities stays with the first one annotated.
                index.setdefault(normalise_label(alias), entity_id)
        return cls(name, tuple(facts), tuple(forbidden), index)

    @property
    def required(self) -> tuple[GoldFact, ...]:
        return tuple(fact for fact in self.facts if fact.required)

    def resolve(self, label: str) -> str | None:
        """The entity a predicted label names, or None; the longest alias that ends the label wins."""
        if is_bare_pronoun(label):
            return None
        words = normalise_label(label).split()
        for start in range(len(words)):
            entity_id = self.alias_index.get(" ".join(words[start:]))
            if entity_id is not None:
                return entity_id
        # An empty label matches only an empty alias.
        return self.alias_index.get("") if not words else None


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


# ---------------------------------------------------------------------------------------------- reading


def _read_text(path: Path, what: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalError(f"{path}: cannot read {what} ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise EvalError(f"{path}: {what} is not UTF-8 text ({exc.reason})") from exc


def _string_list(value: object) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    return None


def _parse_fact(raw: object, where: str, entity_ids: Iterable[str]) -> GoldFact:
    if not isinstance(raw, dict):
        raise EvalError(f"{where}: must be an object")
    for key in ("id", "subject", "object"):
        if not isinstance(raw.get(key), str):
            raise EvalError(f"{where}: needs a string field {key!r}")
    relation = _string_list(raw.get("relation"))
    if not relation:
        raise EvalError(f"{where}: needs 'relation', a non-empty list of strings")
    known = set(entity_ids)
    for key in ("subject", "object"):
        if raw[key] not in known:
            raise EvalError(f"{where}: {key} {raw[key]!r} is not one of the article's entities")
    return GoldFact(
        id=raw["id"],
        subject=raw["subject"],
        object=raw["object"],
        relation=tuple(relation),
        negated=bool(raw.get("negated", False)),
        symmetric=bool(raw.get("symmetric", False)),
        required=bool(raw.get("required", False)),
    )


def load_gold(path: Path) -> GoldArticle:
    """Read one gold annotation file (article, entities with aliases, facts, optional forbidden)."""
    text = _read_text(path, "gold file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}:{exc.lineno}: not JSON ({exc.msg})") from exc
    if not isinstance(data, dict):
        raise EvalError(f"{path}: gold must be a JSON object")
    if not isinstance(data.get("article"), str) or not data["article"]:
        raise EvalError(f"{path}: needs a string field 'article' (the article's file stem)")
    entities = data.get("entities")
    if not isinstance(entities, dict):
        raise EvalError(f"{path}: needs 'entities', an object of entity id -> {{aliases: [...]}}")
    aliases: dict[str, list[str]] = {}
    for entity_id, entity in entities.items():
        names = _string_list(entity.get("aliases")) if isinstance(entity, dict) else None
        if names is None:
            raise EvalError(f"{path}: entity {entity_id!r} needs 'aliases', a list of strings")
        aliases[entity_id] = names
    sections: dict[str, list[GoldFact]] = {}
    for section in ("facts", "forbidden"):
        raw_list = data.get(section, [] if section == "forbidden" else None)
        if not isinstance(raw_list, list):
            raise EvalError(f"{path}: needs '{section}', a list of facts")
        sections[section] = [
            _parse_fact(raw, f"{path}: {section}[{i}]", aliases) for i, raw in enumerate(raw_list)
        ]
    return GoldArticle.from_aliases(data["article"], aliases, sections["facts"], sections["forbidden"])


def _parse_prediction(record: object, where: str) -> Prediction:
    if not isinstance(record, dict):
        raise EvalError(f"{where}: a prediction must be a JSON object")
    for key in ("subject", "predicate", "object"):
        if not isinstance(record.get(key), str):
            raise EvalError(f"{where}: needs string fields subject, predicate, object ({key!r} is not)")
    negated = record.get("negated")
    if negated is not None and not isinstance(negated, bool):
        raise EvalError(f"{where}: 'negated' must be true or false")
    # "source" (the input path) names the article; older records may carry only "article".
    source = record.get("source") or record.get("article")
    return Prediction(
        subject=record["subject"],
        predicate=record["predicate"],
        object=record["object"],
        negated=bool(negated),
        article=article_key(source) if isinstance(source, str) and source else None,
        origin=where,
    )


def load_predictions(paths: Iterable[Path]) -> list[Prediction]:
    """Every prediction of every triples.jsonl file, in file order; blank lines are skipped."""
    predictions: list[Prediction] = []
    for path in paths:
        # Split on newlines only: a label may hold U+2028, which str.splitlines would break on.
        for lineno, line in enumerate(_read_text(path, "predictions").split("\n"), 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvalError(f"{where}: not JSON ({exc.msg})") from exc
            predictions.append(_parse_prediction(record, where))
    return predictions


# ---------------------------------------------------------------------------------------------- scoring


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


def evaluate(gold_paths: Sequence[Path], pred_paths: Sequence[Path]) -> EvalReport:
    """Score the predictions in `pred_paths` against each gold file; raises EvalError on bad input."""
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
    return EvalReport(scores, summarise(scores))


def run_eval(gold: list[Path], pred: list[Path], *, show_misses: bool = False, as_json: bool = False) -> str:
    """The `geokg eval` report: one line per article and a TOTAL line, or one JSON summary."""
    report = evaluate(gold, pred)
    return report.to_json() if as_json else report.to_text(show_misses=show_misses)
