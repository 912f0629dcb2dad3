"""The records scoring works on: one predicted triple, one gold fact, one gold article."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from geokg.evaluate.labels import NEGATING_VERBS, is_bare_pronoun, normalise_label, predicate_words

# Rendered in messages: enough of a relation list to recognise the fact.
RELATION_PREVIEW = 3


@dataclass(frozen=True, slots=True)
class Prediction:
    """One predicted triple, as read from a triples.jsonl line."""

    subject: str
    predicate: str
    object: str
    negated: bool
    article: str | None  # gold article it claims to come from (source file stem); None when unknown
    origin: str  # "file:line", for messages
    subject_country: str | None = None  # ISO alpha-3 as predicted; None or "" when the record has none
    object_country: str | None = None
    event_root: str | None = None  # CAMEO code as predicted ("18", "183"); None when the record has none
    # For calibration (geokg eval --calibration); None / "" / False when the record has none.
    confidence: float | None = None
    extractor: str = ""  # "geokg.svo/2"
    attributed: bool = False  # the record names whom the fact is reported from
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

    @property
    def rule(self) -> str:
        """The rule that made the prediction, without package or version ("geokg.svo/2" -> "svo"); the
        whole extractor name when it is not geokg's; "" when the record names none."""
        name = self.extractor.split("/", 1)[0]
        return name.removeprefix("geokg.")

    @property
    def root(self) -> str:
        """The CAMEO root as the shared scorer reads it: the first two digits, zero-padded ("7" -> "07");
        "00" when the prediction carries none."""
        return (self.event_root or "").zfill(2)[:2]

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
    cameo: str | None = None  # CAMEO root of an event fact ("04"); None for offices, memberships
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
    countries: Mapping[str, str] = field(default_factory=dict)  # entity id -> ISO alpha-3, where annotated

    @classmethod
    def from_aliases(
        cls,
        name: str,
        aliases: Mapping[str, Sequence[str]],
        facts: Iterable[GoldFact],
        forbidden: Iterable[GoldFact] = (),
        countries: Mapping[str, str] | None = None,
    ) -> GoldArticle:
        index: dict[str, str] = {}
        for entity_id, names in aliases.items():
            for alias in names:
                # An alias shared by two entities stays with the first one annotated.
                index.setdefault(normalise_label(alias), entity_id)
        annotated = {entity_id: code for entity_id, code in (countries or {}).items() if code}
        return cls(name, tuple(facts), tuple(forbidden), index, annotated)

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
