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

Audited triples (audits.py: people's verdicts on triples from unseen news) are evidence too: with them,
a rule's base is its audited precision, smoothed towards the audited pool scaled by the rule's standing
on the dev gold (`fit`, `_fit_audited`), and `held_out_audits` measures each audit by a fit on the rest.
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
DEV = "dev"
# With audit verdicts (people's judgements of triples from unseen news), a rule's base is its audited
# precision under a Beta prior worth this many audited triples, centred on the audited precision of all
# rules times how the rule compares with the pool on the dev gold. Chosen on held-out audit rounds
# (BENCHMARKS.md, Calibration): the audits differ between rules far more than the dev gold does.
DEFAULT_AUDIT_PRIOR_STRENGTH = 5.0


@dataclass(frozen=True, slots=True)
class Judged:
    """One triple with a confidence whose arguments are gold entities, and whether it is right."""

    article: str
    rule: str
    confidence: float
    right: bool
    attributed: bool
    # "dev" for a triple judged against the dev gold; else the audit it was judged in (audits.py), whose
    # verdicts are evidence from unseen text.
    source: str = DEV

    @property
    def audited(self) -> bool:
        return self.source != DEV


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
    evidence: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # rule -> (judged, right), dev
    pooled: tuple[int, int] = (0, 0)
    audit_evidence: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # the same, audited
    audit_pooled: tuple[int, int] = (0, 0)

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
    judged: Sequence[Judged],
    policy: ConfidencePolicy,
    prior_strength: float = DEFAULT_PRIOR_STRENGTH,
    audit_prior_strength: float = DEFAULT_AUDIT_PRIOR_STRENGTH,
) -> Fit:
    """Base confidences per rule and the discounts (attribution, `via`) that make the policy's
    confidences match the judged triples' precision, rule by rule, for reported facts and for each way
    of finding an argument.

    A rule's base is a Beta posterior mean: (right + s·m) / (exposure + s), where the exposure is the sum
    of its triples' discounts (the count, when nothing is discounted), s the prior strength and m the
    pooled base over all rules, which is also the default for rules without triples. Each discount is
    shrunk the same way towards 1 (no discount) and never exceeds 1; an argument named in the sentence is
    the reference (1). The estimates alternate until they settle; numbers are rounded to two decimals.

    When some triples are audited (judged by people on unseen news, what confidence should predict),
    see `_fit_audited`: the dev gold then tells the rules apart and gives the `via` discounts, the
    audits give the level.
    """
    audited = [j for j in judged if j.audited]
    dev = [j for j in judged if not j.audited]
    on_dev = _fit_dev(dev, policy, prior_strength)
    if not audited:
        return on_dev
    return _fit_audited(audited, on_dev if dev else None, policy, audit_prior_strength, dev)


def _fit_audited(
    audited: Sequence[Judged],
    on_dev: Fit | None,
    policy: ConfidencePolicy,
    prior_strength: float,
    dev: Sequence[Judged],
) -> Fit:
    """The fit when audits are evidence. The rules were tuned on the dev articles, so there they are right
    9 times in 10 whatever the rule, while on unseen news audited precision is about half and differs a
    lot between rules: dev precision cannot be pooled with audited precision as if both measured the same
    thing. So a rule's base is (audited right + s·m_r) / (audited exposure + s), with s the audit prior
    strength and m_r = m · dev base / dev pooled base: the audited pool m, scaled by how the rule compares
    with the other rules on the dev gold (1 for a rule the dev gold did not measure). The `*` row (an
    unmeasured rule) is m. The attribution discount is re-estimated on the audits (alternating with the
    bases, shrunk towards 1 as on dev), starting from the dev fit's; the `via` discounts stay the dev
    fit's (an audit's build need not have used this policy, so its triples count as named arguments)."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, j in enumerate(audited):
        groups[j.rule].append(i)
    rules = set(groups) | (set(on_dev.bases) if on_dev else set())
    relative = {
        rule: (on_dev.base(rule) / on_dev.default if on_dev and rule in on_dev.bases else 1.0)
        for rule in rules
    }
    right = sum(j.right for j in audited)
    attribution = on_dev.attribution if on_dev else policy.attribution
    pooled, bases = MAX_BASE, {}
    for _ in range(FIT_ROUNDS):
        exposure = [attribution if j.attributed else 1.0 for j in audited]
        pooled = min(MAX_BASE, right / sum(exposure))
        bases = {
            rule: min(
                MAX_BASE,
                (
                    sum(audited[i].right for i in groups.get(rule, ()))
                    + prior_strength * min(MAX_BASE, pooled * relative[rule])
                )
                / (sum(exposure[i] for i in groups.get(rule, ())) + prior_strength),
            )
            for rule in rules
        }
        reported = [j for j in audited if j.attributed]
        undiscounted = sum(bases[j.rule] for j in reported)
        if undiscounted + prior_strength > 0:
            attribution = min(
                1.0, (sum(j.right for j in reported) + prior_strength) / (undiscounted + prior_strength)
            )
    all_groups = {rule: [j for j in (*dev, *audited) if j.rule == rule] for rule in rules}
    return Fit(
        bases={rule: round(base, 2) for rule, base in sorted(bases.items())},
        default=round(pooled, 2),
        attribution=round(attribution, 2),
        via=dict(on_dev.via) if on_dev else {name: 1.0 for name in policy.via},
        evidence={
            r: _total(j for j in items if not j.audited)
            for r, items in all_groups.items()
            if any(not j.audited for j in items)
        },
        pooled=_total(dev),
        audit_evidence={rule: _total(audited[i] for i in items) for rule, items in groups.items()},
        audit_pooled=_total(audited),
    )


def _fit_dev(judged: Sequence[Judged], policy: ConfidencePolicy, prior_strength: float) -> Fit:
    """The fit on dev-gold triples alone (see `fit`)."""
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
        total = sum(exposure)
        pooled = min(MAX_BASE, right / total) if total else MAX_BASE
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
        evidence={rule: _total(judged[i] for i in items) for rule, items in groups.items()},
        pooled=_total(judged),
    )


def _total(items: Iterable[Judged]) -> tuple[int, int]:
    """(triples, right) of `items`."""
    counted = list(items)
    return len(counted), sum(j.right for j in counted)


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
    """Fit on one half of the dev articles and measure ECE and Brier on the other, both ways, on the dev
    gold alone (audited triples are left out: `held_out_audits` checks a fit with them)."""
    first, second = split_articles(articles)
    out = []
    for fit_names, test_names in ((first, second), (second, first)):
        train = [j for j in judged if j.article in fit_names and not j.audited]
        test = [j for j in judged if j.article in test_names and not j.audited]
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


def held_out_audits(
    judged: Sequence[Judged],
    policy: ConfidencePolicy,
    prior_strength: float = DEFAULT_PRIOR_STRENGTH,
    audit_prior_strength: float = DEFAULT_AUDIT_PRIOR_STRENGTH,
    bins: int = BINS,
) -> list[AuditHeldOut]:
    """For each audit: fit on the dev gold and the other audits, measure on this audit's verdicts; beside
    it, what the policy the triples were read with says and a fit on the dev gold alone."""
    sources = sorted({j.source for j in judged if j.audited})
    dev = [j for j in judged if not j.audited]
    dev_only = fit(dev, policy, prior_strength) if dev else None
    out = []
    for source in sources:
        test = [j for j in judged if j.source == source]
        new = fit([j for j in judged if j.source != source], policy, prior_strength, audit_prior_strength)
        after = recalibrate(test, policy, new)
        dev_fitted = recalibrate(test, policy, dev_only) if dev_only else test
        constant = [replace(j, confidence=new.default) for j in test]
        out.append(
            AuditHeldOut(
                source, len(test), sum(j.right for j in test), tuple(after),
                expected_calibration_error(test, bins), expected_calibration_error(dev_fitted, bins),
                expected_calibration_error(after, bins),
                brier_score(test), brier_score(dev_fitted), brier_score(after), brier_score(constant),
            )
        )  # fmt: skip
    return out


@dataclass(frozen=True)
class AuditHeldOut:
    """One audit measured by a fit that did not see it."""

    measured_on: str
    triples: int
    right: int
    recalibrated: tuple[Judged, ...]  # this audit's triples with the confidences of the fit without it
    ece_policy: float  # the confidences the policy the triples were read with gives them
    ece_dev_fit: float  # fitted on the dev gold alone
    ece_after: float  # fitted on the dev gold and the other audits
    brier_policy: float
    brier_dev_fit: float
    brier_after: float
    brier_constant: float  # every triple given the fit's pooled estimate


def _cells(counts: tuple[int, int] | None) -> tuple[str, str]:
    return (str(counts[0]), str(counts[1])) if counts else ("", "")


def table_rows(new: Fit) -> list[tuple[str, ...]]:
    """The rows of confidence.tsv for `new`."""
    rows: list[tuple[str, ...]] = [
        ("rule", rule, f"{base:.2f}", *_cells(new.evidence.get(rule)), *_cells(new.audit_evidence.get(rule)))
        for rule, base in new.bases.items()
    ]
    audits = _cells(new.audit_pooled) if new.audit_pooled[0] else ("", "")
    rows.append(("rule", ANY_RULE, f"{new.default:.2f}", *_cells(new.pooled), *audits))
    rows.append(("attribution", REPORTED, f"{new.attribution:.2f}"))
    rows += [("via", name, f"{value:.2f}") for name, value in new.via.items()]
    return rows


def write_table(path: Path, new: Fit, comment: Sequence[str] = ()) -> None:
    """Write a confidence table (confidence.tsv's layout) with `comment` lines on top."""
    lines = [f"# {line}".rstrip() for line in comment]
    lines.append("\t".join(COLUMNS))
    lines += ["\t".join(row).rstrip("\t") for row in table_rows(new)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
