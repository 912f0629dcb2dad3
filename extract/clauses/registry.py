"""The rule table: every extraction rule, registered with its name, version and base confidence.

A rule is a small function over a frame (a `Clause`, an `EventNoun` or a `Role`) that yields `Fact`s.
It is registered with the `@rule` decorator; the table `RULES` is what the pipeline runs, in the order
rules were registered, and what `geokg rules` prints. The rule's name and version become the triple's
`extractor` ("geokg.svo/1"), and its base confidence enters the one confidence policy (scoring.py).
Changing what a rule extracts means raising its version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from geokg.extract.clauses.arguments import Ref

# What a rule reads: a verb's clause, an event noun with its parties, or a title or apposition.
FRAME_KINDS = ("clause", "event noun", "role")


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


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    version: int
    confidence: float  # base confidence, before the policy's discounts (scoring.py)
    reads: str  # one of FRAME_KINDS
    apply: Callable[[Any], Iterable[Fact]]
    summary: str  # first line of the rule's docstring

    @property
    def extractor(self) -> str:
        """The triple's `extractor` field: "geokg.<name>/<version>"."""
        return f"geokg.{self.name}/{self.version}"


RULES: dict[str, Rule] = {}
F = TypeVar("F", bound=Callable[..., Iterable[Fact]])


def rule(name: str, *, confidence: float, version: int = 1, reads: str = "clause") -> Callable[[F], F]:
    """Register a rule function under `name` (unique), with its version and base confidence."""
    if reads not in FRAME_KINDS:
        raise ValueError(f"rule {name!r}: reads one of {FRAME_KINDS}, not {reads!r}")
    if not 0 < confidence <= 1:
        raise ValueError(f"rule {name!r}: base confidence {confidence} is not in (0, 1]")

    def register(function: F) -> F:
        if name in RULES:
            raise ValueError(f"rule {name!r} is registered twice")
        summary = (function.__doc__ or "").strip().splitlines()[0] if function.__doc__ else ""
        RULES[name] = Rule(name, version, confidence, reads, function, summary)
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
    """The rule table as text, one rule a line: name, version, base confidence, frame, what it reads."""
    width = max(len(r.name) for r in registered().values())
    lines = [f"{'rule':<{width}}  version  confidence  reads       summary"]
    for r in RULES.values():
        lines.append(f"{r.name:<{width}}  {r.version:>7}  {r.confidence:>10.2f}  {r.reads:<10}  {r.summary}")
    return "\n".join(lines)
