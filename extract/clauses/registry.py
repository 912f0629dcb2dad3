"""The rule table: every extraction rule, registered with its name, version and base confidence.

A rule is a small function over a frame (a `Clause`, an `EventNoun` or a `Role`) that yields `Fact`s.
It is registered with the `@rule` decorator; the table `RULES` is what the pipeline runs, in the order
rules were registered, and what `geokg rules` prints. The rule's name and version become the triple's
`extractor` ("geokg.svo/1"), and its base confidence enters the one confidence policy (scoring.py).
Base confidences are measured, not declared: they come from the calibration table
(extract/lexicon/data/confidence.tsv), and a rule it does not list yet gets the table's default.
Changing what a rule extracts means raising its version (and measuring it again).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from geokg.extract.clauses.arguments import Ref
from geokg.extract.lexicon.confidence import confidence_policy

# What a rule reads: a verb's clause, an event noun with its parties, or a title or apposition.
FRAME_KINDS = ("clause", "event noun", "role")
# The precedence of a rule registered without a `confidence` of its own.
DEFAULT_PRECEDENCE = 0.5


@dataclass(frozen=True, slots=True)
class Fact:
    """One relation a rule reads off a frame; the frame supplies polarity, attribution and sentence."""

    subject: Ref
    predicate: str
    object: Ref
    event: str | None = None  # the word whose CAMEO code is the fact's event: the verb or an event noun
    noun: bool = False  # `event` is a noun
    # The preposition (or particle) that links the object to the event word: it selects the sense first
    # ("talk about Iran" is a statement, "talk with Iran" a consultation).
    prep: str = ""
    # An event noun whose code the fact takes when its event word has none: "arranged a meeting between".
    fallback: str | None = None
    tokens: tuple[int, ...] = ()  # the predicate's words in the sentence (its surface text), if it has any
    # The fact holds whatever the clause's polarity and modality: "did not accede to X's demands" still says
    # that X demanded.
    settled: bool = False
    # The clause's verbs deny the fact's event though the clause itself is not negated: "failed to win
    # concessions from X", "refused to accept aid from X" (the refusal is the clause's event) tell of X's
    # concession or aid that never came; the fact's polarity is the clause's turned over.
    denied: bool = False
    # Of a speaker's word about someone: what was said, as the text's words ("Peru would close the border"),
    # which the edge carries (`Triple.content`); "" for every other fact.
    content: str = ""
    # The fact is the speaker's own word ("said he expects the Bank to lend": the speaker -expect-> the
    # Bank): the report around it is the same speaker's, so it is attributed to no one (not to himself).
    own_word: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    version: int
    confidence: float  # base confidence from the calibration table, before the policy's discounts
    reads: str  # one of FRAME_KINDS
    apply: Callable[[Any], Iterable[Fact]]
    summary: str  # first line of the rule's docstring
    # Which reading is kept when two rules read the same fact in one sentence: the author's ranking of how
    # directly the rule reads it (the `confidence` it was registered with). Not a probability.
    precedence: float = DEFAULT_PRECEDENCE

    @property
    def extractor(self) -> str:
        """The triple's `extractor` field: "geokg.<name>/<version>"."""
        return f"geokg.{self.name}/{self.version}"


RULES: dict[str, Rule] = {}
F = TypeVar("F", bound=Callable[..., Iterable[Fact]])


def rule(
    name: str, *, confidence: float | None = None, version: int = 1, reads: str = "clause"
) -> Callable[[F], F]:
    """Register a rule function under `name` (unique), with its version.

    Its base confidence is the calibration table's (measured on the gold; the table's default while the
    rule is unmeasured). The `confidence` it is registered with, the author's ranking of how directly it
    reads a fact, only decides which of two rules' readings of one fact is kept (`Rule.precedence`).
    """
    if reads not in FRAME_KINDS:
        raise ValueError(f"rule {name!r}: reads one of {FRAME_KINDS}, not {reads!r}")
    if confidence is not None and not 0 < confidence <= 1:
        raise ValueError(f"rule {name!r}: base confidence {confidence} is not in (0, 1]")

    def register(function: F) -> F:
        if name in RULES:
            raise ValueError(f"rule {name!r} is registered twice")
        summary = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
        base = confidence_policy().base(name)
        precedence = DEFAULT_PRECEDENCE if confidence is None else confidence
        RULES[name] = Rule(name, version, base, reads, function, summary, precedence)
        return function

    return register


def registered() -> dict[str, Rule]:
    """The rule table, with the package's own rules loaded (rules.py registers them when imported)."""
    from geokg.extract.clauses import rules  # noqa: F401  (imported here: rules.py imports this module)

    return RULES


def rules_reading(kind: str) -> list[Rule]:
    """The registered rules over one kind of frame, in registration order."""
    return [r for r in registered().values() if r.reads == kind]


def rule_table() -> str:
    """The rule table as text, one rule a line: name, version, base confidence (with `*` when the rule is
    not measured yet and has the calibration table's default), frame, what it reads."""
    width = max(len(r.name) for r in registered().values())
    policy = confidence_policy()
    lines = [f"{'rule':<{width}}  version  confidence  reads       summary (confidence*: not measured yet)"]
    for r in RULES.values():
        mark = " " if policy.measured(r.name) else "*"
        lines.append(
            f"{r.name:<{width}}  {r.version:>7}  {r.confidence:>9.2f}{mark}  {r.reads:<10}  {r.summary}"
        )
    return "\n".join(lines)
