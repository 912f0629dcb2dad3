"""Reading gold annotation files and triples.jsonl predictions, with errors that name the file and line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from geokg.evaluate.labels import article_key
from geokg.evaluate.records import GoldArticle, GoldFact, Prediction


class EvalError(Exception):
    """An input file that cannot be scored (missing, not JSON, or lacking a required field)."""


def _read_text(path: Path, what: str) -> str:
    # A named pipe or a device would block or never end: only regular files are read.
    if Path(path).exists() and not Path(path).is_file():
        raise EvalError(f"{path}: {what} is not a regular file")
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
    cameo = raw.get("cameo")
    if cameo is not None and not isinstance(cameo, str):
        raise EvalError(f"{where}: 'cameo' must be a string such as \"04\"")
    return GoldFact(
        id=raw["id"],
        subject=raw["subject"],
        object=raw["object"],
        relation=tuple(relation),
        negated=bool(raw.get("negated", False)),
        symmetric=bool(raw.get("symmetric", False)),
        required=bool(raw.get("required", False)),
        cameo=cameo or None,
    )


def load_gold(path: Path) -> GoldArticle:
    """Read one gold annotation file (article, entities with aliases, facts, optional forbidden)."""
    text = _read_text(path, "gold file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EvalError(f"{path}:{exc.lineno}: not JSON ({exc.msg})") from exc
    except RecursionError as exc:
        raise EvalError(f"{path}: JSON nested too deeply") from exc
    if not isinstance(data, dict):
        raise EvalError(f"{path}: gold must be a JSON object")
    if not isinstance(data.get("article"), str) or not data["article"]:
        raise EvalError(f"{path}: needs a string field 'article' (the article's file stem)")
    entities = data.get("entities")
    if not isinstance(entities, dict):
        raise EvalError(f"{path}: needs 'entities', an object of entity id -> {{aliases: [...]}}")
    aliases: dict[str, list[str]] = {}
    countries: dict[str, str] = {}
    for entity_id, entity in entities.items():
        names = _string_list(entity.get("aliases")) if isinstance(entity, dict) else None
        if names is None:
            raise EvalError(f"{path}: entity {entity_id!r} needs 'aliases', a list of strings")
        aliases[entity_id] = names
        country = entity.get("country")
        if country is not None and not isinstance(country, str):
            raise EvalError(f"{path}: entity {entity_id!r}: 'country' must be a string (ISO 3166 alpha-3)")
        if country:
            countries[entity_id] = country
    sections: dict[str, list[GoldFact]] = {}
    for section in ("facts", "forbidden"):
        raw_list = data.get(section, [] if section == "forbidden" else None)
        if not isinstance(raw_list, list):
            raise EvalError(f"{path}: needs '{section}', a list of facts")
        sections[section] = [
            _parse_fact(raw, f"{path}: {section}[{i}]", aliases) for i, raw in enumerate(raw_list)
        ]
    return GoldArticle.from_aliases(
        data["article"], aliases, sections["facts"], sections["forbidden"], countries
    )


def _parse_prediction(record: object, where: str) -> Prediction:
    if not isinstance(record, dict):
        raise EvalError(f"{where}: a prediction must be a JSON object")
    for key in ("subject", "predicate", "object"):
        if not isinstance(record.get(key), str):
            raise EvalError(f"{where}: needs string fields subject, predicate, object ({key!r} is not)")
    negated = record.get("negated")
    if negated is not None and not isinstance(negated, bool):
        raise EvalError(f"{where}: 'negated' must be true or false")
    for key in ("subject_country", "object_country"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise EvalError(f"{where}: {key!r} must be a string (ISO 3166 alpha-3) or null")
    event_root = record.get("event_root")
    # A code written as a number (18, 4) reads as its digits, as in the shared scorer.
    if isinstance(event_root, bool) or not isinstance(event_root, str | int | None):
        raise EvalError(f"{where}: 'event_root' must be a CAMEO code such as \"04\", or null")
    confidence = record.get("confidence")
    if confidence is not None and (
        isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0 <= confidence <= 1
    ):
        raise EvalError(f"{where}: 'confidence' must be a number from 0 to 1, or null")
    extractor = record.get("extractor")
    if extractor is not None and not isinstance(extractor, str):
        raise EvalError(f"{where}: 'extractor' must be a string such as \"geokg.svo/2\", or null")
    # "source" (the input path) names the article; older records may carry only "article".
    source = record.get("source") or record.get("article")
    return Prediction(
        subject=record["subject"],
        predicate=record["predicate"],
        object=record["object"],
        negated=bool(negated),
        article=article_key(source) if isinstance(source, str) and source else None,
        origin=where,
        subject_country=record.get("subject_country"),
        object_country=record.get("object_country"),
        event_root=None if event_root is None else str(event_root),
        confidence=None if confidence is None else float(confidence),
        extractor=extractor or "",
        attributed=bool(record.get("attributed_to")),
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
            except RecursionError as exc:
                raise EvalError(f"{where}: JSON nested too deeply") from exc
            predictions.append(_parse_prediction(record, where))
    return predictions
