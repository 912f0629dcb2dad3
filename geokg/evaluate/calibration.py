"""`geokg eval --calibration`: how far a triple's confidence reads as the probability that it is right.

A predicted triple is judged when both its labels resolve to (different) gold entities of its article,
and it is right when it matches a gold fact, exactly as precision counts it (`GoldFact.matched_by`).
Unlike precision, every judged triple counts, repeats included: confidence is a property of each
triple written. Triples whose arguments are not gold entities cannot be judged and are left out.

The report gives a reliability table per extractor rule and per confidence bin, the expected
calibration error (ECE: the bins' gaps between mean confidence and precision, weighted by their share
of triples) and the Brier score (mean squared gap between confidence and 1/0). `fit` re-estimates the
confidence policy's numbers (extract/lexicon/data/confidence.tsv) from judged triples: each rule's base
confidence is its smoothed precision, and the discounts (reported facts, arguments found indirectly)
what the triples they apply to bear out.
`held_out` checks the fit on articles it did not see.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from geokg.evaluate.matching import assign_predictions
from geokg.evaluate.records import GoldArticle, Prediction
from geokg.extract.lexicon.confidence import ANY_RULE, COLUMNS, REPORTED, ConfidencePolicy

BINS = 10
# A Beta prior worth this many triples, centred on the precision over all rules: a rule with a handful
# of triples keeps close to the pooled estimate, one with hundreds gets its own. On the dev gold's
# held-out halves 50 calibrated better than 5 or 20 (BENCHMARKS.md, Calibration).
DEFAULT_PRIOR_STRENGTH = 50.0
# No rule is certain: a base confidence stays below 1 however clean its record on 21 articles.
MAX_BASE = 0.99
FIT_ROUNDS = 25  # alternating estimates of bases and the attribution discount; they settle in a few


@dataclass(frozen=True, slots=True)
class Judged:
    """One triple with a confidence whose arguments are gold entities, and whether it is right."""

    article: str
    rule: str
    confidence: float
    right: bool
    attributed: bool


@dataclass(frozen=True, slots=True)
class Cell:
    """One row of a reliability table: a group of judged triples."""

    label: str
    count: int
    right: int
    confidence_sum: float

    @property
    def precision(self) -> float:
        return self.right / self.count if self.count else 0.0

    @property
    def mean_confidence(self) -> float:
        return self.confidence_sum / self.count if self.count else 0.0


def _cell(label: str, items: Sequence[Judged]) -> Cell:
    return Cell(label, len(items), sum(j.right for j in items), sum(j.confidence for j in items))


def judge(articles: Sequence[GoldArticle], predictions: Sequence[Prediction]) -> tuple[list[Judged], int]:
    """The judged triples, in file order, and how many predictions with a confidence could not be judged
    (an argument that is no gold entity, or both the same one)."""
    judged: list[Judged] = []
    unjudged = 0
    for article, assigned in zip(articles, assign_predictions(articles, predictions), strict=True):
        for prediction in assigned:
            if prediction.confidence is None:
                continue
            subject, obj = article.resolve(prediction.subject), article.resolve(prediction.object)
            if subject is None or obj is None or subject == obj:
                unjudged += 1
                continue
            right = any(fact.matched_by(prediction, subject, obj) for fact in article.facts)
            judged.append(
                Judged(article.name, prediction.rule, prediction.confidence, right, prediction.attributed)
            )
    return judged, unjudged


def bin_of(confidence: float, bins: int = BINS) -> int:
    """The bin a confidence falls in: [0, 1/bins), …, [1 - 1/bins, 1] (1.0 joins the top bin)."""
    return min(int(confidence * bins), bins - 1)


def by_rule(judged: Iterable[Judged]) -> list[Cell]:
    """One cell per rule, the most frequent first."""
    groups: dict[str, list[Judged]] = defaultdict(list)
    for j in judged:
        groups[j.rule].append(j)
    return sorted((_cell(rule, items) for rule, items in groups.items()), key=lambda c: (-c.count, c.label))


def by_bin(judged: Iterable[Judged], bins: int = BINS) -> list[Cell]:
    """One cell per non-empty confidence bin, lowest first, labelled by its range ("0.80-0.90")."""
    groups: dict[int, list[Judged]] = defaultdict(list)
    for j in judged:
        groups[bin_of(j.confidence, bins)].append(j)
    return [_cell(f"{b / bins:.2f}-{(b + 1) / bins:.2f}", groups[b]) for b in sorted(groups)]


def expected_calibration_error(judged: Sequence[Judged], bins: int = BINS) -> float:
    """Σ over bins of (share of triples) × |mean confidence − precision|; 0 for no triples."""
    if not judged:
        return 0.0
    cells = by_bin(judged, bins)
    return sum(c.count * abs(c.mean_confidence - c.precision) for c in cells) / len(judged)


def brier_score(judged: Sequence[Judged]) -> float:
    """Mean of (confidence − 1 if right else 0)²; 0 for no triples."""
    if not judged:
        return 0.0
    return sum((j.confidence - j.right) ** 2 for j in judged) / len(judged)


@dataclass(frozen=True)
class Fit:
    """Confidence policy numbers estimated from judged triples (what confidence.tsv holds)."""

    bases: Mapping[str, float]  # rule -> base confidence
    default: float  # the base of a rule with no measurement: the pooled estimate
    attribution: float
    via: Mapping[str, float]  # how an argument was found -> its discount
    evidence: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # rule -> (judged, right)
    pooled: tuple[int, int] = (0, 0)

    def base(self, rule: str) -> float:
        return self.bases.get(rule, self.default)


# Two `via` discounts whose product is within this of a triple's discount are taken as its arguments'.
VIA_TOLERANCE = 0.006


def _via_levels(judged: Sequence[Judged], policy: ConfidencePolicy) -> list[tuple[float, ...]]:
    """Each triple's two argument discounts, read back from its confidence and the base and attribution
    discount of the policy that made it (triples.jsonl does not say how arguments were found, but the
    discounts' products tell them apart). A product that no pair explains is kept as one fixed level."""
    values = sorted(set(policy.via.values()), reverse=True)
    pairs = {(a, b): a * b for i, a in enumerate(values) for b in values[i:]}
    out: list[tuple[float, ...]] = []
    for j in judged:
        made_with = policy.base(j.rule) * (policy.attribution if j.attributed else 1.0)
        discount = min(1.0, j.confidence / made_with)
        pair, product = min(pairs.items(), key=lambda item: abs(item[1] - discount))
        out.append(pair if abs(product - discount) <= VIA_TOLERANCE else (discount,))
    return out


def fit(
    judged: Sequence[Judged], policy: ConfidencePolicy, prior_strength: float = DEFAULT_PRIOR_STRENGTH
) -> Fit:
    """Base confidences per rule and the discounts (attribution, `via`) that make the policy's
    confidences match the judged triples' precision, rule by rule, for reported facts and for each way
    of finding an argument.

    A rule's base is a Beta posterior mean: (right + s·m) / (exposure + s), where the exposure is the sum
    of its triples' discounts (the count, when nothing is discounted), s the prior strength and m the
    pooled base over all rules, which is also the default for rules without triples. Each discount is
    shrunk the same way towards 1 (no discount) and never exceeds 1; an argument named in the sentence is
    the reference (1). The estimates alternate until they settle; numbers are rounded to two decimals.
    """
    levels = _via_levels(judged, policy)
    reference = policy.via["name"]
    factor = {value: 1.0 if value == reference else value for value in set(policy.via.values())}
    groups: dict[str, list[int]] = defaultdict(list)
    for i, j in enumerate(judged):
        groups[j.rule].append(i)
    right = sum(j.right for j in judged)
    attribution = policy.attribution
    bases: dict[str, float] = {}
    pooled = MAX_BASE

    def discount(i: int) -> float:
        level = levels[i]
        via = factor[level[0]] * factor[level[1]] if len(level) == 2 else level[0]
        return via * (attribution if judged[i].attributed else 1.0)

    def shrunk(indices: Sequence[int], current: float, predicted: Sequence[float]) -> float:
        """(right + s) / (expected without this discount + s): 1 (no discount) without evidence."""
        observed = sum(judged[i].right for i in indices)
        undiscounted = sum(predicted[i] for i in indices) / current
        if undiscounted + prior_strength == 0:
            return 1.0
        return min(1.0, (observed + prior_strength) / (undiscounted + prior_strength))

    for _ in range(FIT_ROUNDS):
        exposure = [discount(i) for i in range(len(judged))]
        pooled = min(MAX_BASE, right / sum(exposure)) if judged else MAX_BASE
        bases = {
            rule: min(
                MAX_BASE,
                (sum(judged[i].right for i in items) + prior_strength * pooled)
                / (sum(exposure[i] for i in items) + prior_strength),
            )
            for rule, items in groups.items()
        }
        predicted = [bases[j.rule] * discount(i) for i, j in enumerate(judged)]
        attribution = shrunk([i for i, j in enumerate(judged) if j.attributed], attribution, predicted)
        for value in factor:
            if value != reference:
                having = [i for i, level in enumerate(levels) if len(level) == 2 and value in level]
                factor[value] = shrunk(having, factor[value], predicted)
    return Fit(
        bases={rule: round(base, 2) for rule, base in sorted(bases.items())},
        default=round(pooled, 2),
        attribution=round(attribution, 2),
        via={name: round(factor[value], 2) for name, value in policy.via.items()},
        evidence={rule: (len(items), sum(judged[i].right for i in items)) for rule, items in groups.items()},
        pooled=(len(judged), right),
    )


def recalibrate(judged: Sequence[Judged], policy: ConfidencePolicy, new: Fit) -> list[Judged]:
    """The judged triples with the confidences the `new` numbers give them."""
    by_value = {policy.via[name]: new.via[name] for name in policy.via}
    out = []
    for j, level in zip(judged, _via_levels(judged, policy), strict=True):
        via = by_value[level[0]] * by_value[level[1]] if len(level) == 2 else level[0]
        score = new.base(j.rule) * via * (new.attribution if j.attributed else 1.0)
        out.append(replace(j, confidence=round(min(1.0, score), 3)))
    return out


@dataclass(frozen=True)
class HeldOut:
    """One direction of the split: fitted on `fitted_on` articles, measured on the others."""

    fitted_on: tuple[str, ...]
    measured_on: tuple[str, ...]
    triples: int
    ece_before: float
    ece_after: float
    brier_before: float
    brier_after: float
    # The yardstick: every test triple given the training half's precision, whatever its rule.
    brier_constant: float


def split_articles(names: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Two halves of the articles: alternate ones in name order (deterministic, no seed to report)."""
    ordered = sorted(set(names))
    return tuple(ordered[0::2]), tuple(ordered[1::2])


def held_out(
    judged: Sequence[Judged],
    policy: ConfidencePolicy,
    articles: Iterable[str],
    prior_strength: float = DEFAULT_PRIOR_STRENGTH,
    bins: int = BINS,
) -> list[HeldOut]:
    """Fit on one half of the articles and measure ECE and Brier on the other, both ways."""
    first, second = split_articles(articles)
    out = []
    for fit_names, test_names in ((first, second), (second, first)):
        train = [j for j in judged if j.article in fit_names]
        test = [j for j in judged if j.article in test_names]
        after = recalibrate(test, policy, fit(train, policy, prior_strength))
        precision = sum(j.right for j in train) / len(train) if train else 0.0
        constant = [replace(j, confidence=precision) for j in test]
        out.append(
            HeldOut(
                fit_names, test_names, len(test),
                expected_calibration_error(test, bins), expected_calibration_error(after, bins),
                brier_score(test), brier_score(after), brier_score(constant),
            )
        )  # fmt: skip
    return out


def table_rows(new: Fit) -> list[tuple[str, str, str, str, str]]:
    """The rows of confidence.tsv for `new`."""
    rows = [
        ("rule", rule, f"{base:.2f}", str(new.evidence[rule][0]), str(new.evidence[rule][1]))
        for rule, base in new.bases.items()
    ]
    rows.append(("rule", ANY_RULE, f"{new.default:.2f}", str(new.pooled[0]), str(new.pooled[1])))
    rows.append(("attribution", REPORTED, f"{new.attribution:.2f}", "", ""))
    rows += [("via", name, f"{value:.2f}", "", "") for name, value in new.via.items()]
    return rows


def write_table(path: Path, new: Fit, comment: Sequence[str] = ()) -> None:
    """Write a confidence table (confidence.tsv's layout) with `comment` lines on top."""
    lines = [f"# {line}".rstrip() for line in comment]
    lines.append("\t".join(COLUMNS))
    lines += ["\t".join(row).rstrip("\t") for row in table_rows(new)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
