"""The `geokg eval --calibration` report: reliability tables, ECE and Brier, the held-out check, what a
minimum confidence would cost in recall and gain in precision, and the fitted policy numbers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from geokg.evaluate.audits import distinct_names, judged_from, load_audit
from geokg.evaluate.calibration import (
    BINS,
    DEFAULT_AUDIT_PRIOR_STRENGTH,
    DEFAULT_PRIOR_STRENGTH,
    AuditHeldOut,
    Cell,
    Fit,
    HeldOut,
    Judged,
    brier_score,
    by_bin,
    by_rule,
    expected_calibration_error,
    fit,
    held_out,
    held_out_audits,
    judge,
    write_table,
)
from geokg.evaluate.matching import assign_predictions, score_article, summarise
from geokg.evaluate.reading import EvalError, load_gold, load_predictions
from geokg.evaluate.records import GoldArticle, Prediction
from geokg.extract.lexicon.confidence import CONFIDENCE_FILE, ConfidencePolicy, confidence_policy
from geokg.extract.lexicon.loader import data_path

# The cuts whose recall and precision the report shows (what `geokg build --min-confidence` would keep).
THRESHOLDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


@dataclass(frozen=True, slots=True)
class Cut:
    """The shared scorer's totals on the predictions at or above one minimum confidence."""

    threshold: float
    kept: int
    recall: float
    precision: float
    required_found: int


@dataclass(frozen=True, slots=True)
class AuditCut:
    """What a minimum confidence keeps of the audited triples, with held-out confidences (each audit's
    triples scored by the fit that did not see it)."""

    threshold: float
    kept: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.kept if self.kept else 0.0


@dataclass(frozen=True)
class CalibrationReport:
    judged: int
    unjudged: int
    without_confidence: int
    rules: tuple[Cell, ...]
    bins: tuple[Cell, ...]
    ece: float
    brier: float
    held_out: tuple[HeldOut, ...]
    cuts: tuple[Cut, ...]
    fit: Fit
    current: ConfidencePolicy
    prior_strength: float
    # With --audit: the audited triples per rule (confidences of the current policy), the check on each
    # audit left out, and what minimum confidences keep of them.
    audit_rules: tuple[Cell, ...] = ()
    audits_held_out: tuple[AuditHeldOut, ...] = ()
    audit_cuts: tuple[AuditCut, ...] = ()
    audit_prior_strength: float = DEFAULT_AUDIT_PRIOR_STRENGTH

    def to_json(self) -> str:
        def cells(items: Sequence[Cell]) -> list[dict[str, Any]]:
            return [
                {"label": c.label, "count": c.count, "right": c.right, "precision": round(c.precision, 3),
                 "mean_confidence": round(c.mean_confidence, 3)}
                for c in items
            ]  # fmt: skip

        return json.dumps({
            "judged": self.judged, "unjudged": self.unjudged, "without_confidence": self.without_confidence,
            "ece": round(self.ece, 4), "brier": round(self.brier, 4),
            "rules": cells(self.rules), "bins": cells(self.bins),
            "held_out": [asdict(h) for h in self.held_out],
            "cuts": [asdict(c) for c in self.cuts],
            "audit_rules": cells(self.audit_rules),
            "audits_held_out": [
                {k: v for k, v in asdict(h).items() if k != "recalibrated"} for h in self.audits_held_out
            ],
            "audit_cuts": [{**asdict(c), "precision": round(c.precision, 3)} for c in self.audit_cuts],
            "fit": {"bases": dict(self.fit.bases), "default": self.fit.default,
                    "attribution": self.fit.attribution, "via": dict(self.fit.via),
                    "prior_strength": self.prior_strength,
                    "audit_prior_strength": self.audit_prior_strength if self.audit_rules else None},
        })  # fmt: skip

    def to_text(self) -> str:
        lines = [
            f"Calibration on {self.judged} judged triples (both arguments gold entities; right = matches "
            f"a gold fact, as precision counts it, repeats included); {self.unjudged} not judged"
            + (f", {self.without_confidence} without a confidence" if self.without_confidence else "")
            + ".",
            "",
            "By rule:",
            f"  {'rule':<20} {'triples':>7} {'right':>6} {'precision':>9} {'mean conf':>9} {'base now':>8} "
            f"{'fitted':>6}",
        ]
        for c in self.rules:
            lines.append(
                f"  {c.label:<20} {c.count:>7} {c.right:>6} {c.precision:>9.2f} {c.mean_confidence:>9.2f} "
                f"{self.current.base(c.label):>8.2f} {self.fit.base(c.label):>6.2f}"
            )
        lines += ["", "By confidence:", f"  {'bin':<11} {'triples':>7} {'mean conf':>9} {'precision':>9}"]
        for c in self.bins:
            lines.append(f"  {c.label:<11} {c.count:>7} {c.mean_confidence:>9.2f} {c.precision:>9.2f}")
        lines += ["", f"ECE {self.ece:.3f}  Brier {self.brier:.3f}  ({BINS} equal-width bins)", ""]
        lines.append(
            f"Held out (fit on half the articles, measured on the other half; prior {self.prior_strength:g}):"
        )
        for h in self.held_out:
            lines.append(
                f"  fit on {len(h.fitted_on)} articles, measured on {len(h.measured_on)} "
                f"({h.triples} triples): ECE {h.ece_before:.3f} -> {h.ece_after:.3f}  "
                f"Brier {h.brier_before:.3f} -> {h.brier_after:.3f} "
                f"(one number for all: {h.brier_constant:.3f})"
            )
        lines += ["", "Minimum confidence (geokg build --min-confidence): the scores of what is kept:"]
        for cut in self.cuts:
            lines.append(
                f"  >= {cut.threshold:.2f}: {cut.kept:>5} triples  recall {cut.recall:.3f} "
                f"({cut.required_found} facts)  precision {cut.precision:.3f}"
            )
        if self.audit_rules:
            lines += self._audit_text()
        bases = ", ".join(f"{rule} {base:.2f}" for rule, base in self.fit.bases.items())
        lines += [
            "",
            f"Fitted on all articles (--fit writes it): bases {bases}; "
            f"unmeasured rules {self.fit.default:.2f}; attribution {self.fit.attribution:.2f}; via "
            + ", ".join(f"{name} {value:.2f}" for name, value in self.fit.via.items()),
        ]
        return "\n".join(lines)

    def _audit_text(self) -> list[str]:
        lines = [
            "",
            "Audited triples (unseen news; right = correct, or partly with only problems the gold's matching "
            "does not read):",
            f"  {'rule':<20} {'triples':>7} {'right':>6} {'precision':>9} {'mean conf':>9} {'fitted':>6}",
        ]
        for c in self.audit_rules:
            lines.append(
                f"  {c.label:<20} {c.count:>7} {c.right:>6} {c.precision:>9.2f} {c.mean_confidence:>9.2f} "
                f"{self.fit.base(c.label):>6.2f}"
            )
        lines += [
            "",
            "Held out by audit (fit on the dev gold and the other audits, measured on this one; "
            f"audit prior {self.audit_prior_strength:g}): ECE / Brier",
        ]
        for h in self.audits_held_out:
            lines.append(
                f"  {h.measured_on} ({h.triples} triples, {h.right} right): policy now "
                f"{h.ece_policy:.3f} / {h.brier_policy:.3f}; dev-only fit {h.ece_dev_fit:.3f} / "
                f"{h.brier_dev_fit:.3f}; with audits {h.ece_after:.3f} / {h.brier_after:.3f} "
                f"(one number for all: {h.brier_constant:.3f})"
            )
        lines += ["", "Minimum confidence on the audited triples (held-out confidences): kept, right share:"]
        for cut in self.audit_cuts:
            lines.append(f"  >= {cut.threshold:.2f}: {cut.kept:>5} triples  precision {cut.precision:.3f}")
        return lines


def _audit_cuts(held: Sequence[AuditHeldOut]) -> list[AuditCut]:
    triples = [j for h in held for j in h.recalibrated]
    out = []
    for threshold in THRESHOLDS:
        kept = [j for j in triples if j.confidence >= threshold]
        out.append(AuditCut(threshold, len(kept), sum(j.right for j in kept)))
    return out


def _cuts(articles: Sequence[GoldArticle], predictions: Sequence[Prediction]) -> list[Cut]:
    out = []
    for threshold in THRESHOLDS:
        kept = [p for p in predictions if p.confidence is None or p.confidence >= threshold]
        scores = [
            score_article(article, assigned)
            for article, assigned in zip(articles, assign_predictions(articles, kept), strict=True)
        ]
        total = summarise(scores)
        out.append(Cut(threshold, len(kept), total.recall, total.precision, total.required_found))
    return out


def calibration_report(
    gold_paths: Sequence[Path],
    pred_paths: Sequence[Path],
    *,
    prior_strength: float = DEFAULT_PRIOR_STRENGTH,
    policy: ConfidencePolicy | None = None,
    audits: Sequence[Path] = (),
    audit_prior_strength: float = DEFAULT_AUDIT_PRIOR_STRENGTH,
) -> CalibrationReport:
    """Judge the predictions against the gold and measure their calibration (see calibration.py).

    `policy` is the confidence policy the predictions were made with (the installed one by default): the
    fit reads each triple's `via` discount back from it. `audits` are audit verdicts (a verdicts.tsv or a
    directory of them each, see audits.py): evidence from unseen news that the fit weighs in and a
    held-out check leaves out one audit at a time. Raises EvalError on bad input or when no prediction
    carries a confidence.
    """
    if not gold_paths or not pred_paths:
        raise EvalError("give gold files and prediction files")
    if prior_strength < 0 or audit_prior_strength < 0:
        raise EvalError(
            f"a prior strength must be 0 or more (got {min(prior_strength, audit_prior_strength)})"
        )
    policy = policy or confidence_policy()
    articles = [load_gold(Path(path)) for path in gold_paths]
    predictions = load_predictions(Path(path) for path in pred_paths)
    without = sum(p.confidence is None for p in predictions)
    if without == len(predictions):
        raise EvalError("no prediction carries a confidence: nothing to calibrate")
    judged, unjudged = judge(articles, predictions)
    audited: list[Judged] = []
    for path, name in zip(audits, distinct_names(audits), strict=True):
        audited += judged_from(load_audit(Path(path), name), policy)
    everything = judged + audited
    audits_held_out = held_out_audits(everything, policy, prior_strength, audit_prior_strength)
    return CalibrationReport(
        judged=len(judged),
        unjudged=unjudged,
        without_confidence=without,
        rules=tuple(by_rule(judged)),
        bins=tuple(by_bin(judged)),
        ece=expected_calibration_error(judged),
        brier=brier_score(judged),
        held_out=tuple(held_out(judged, policy, (a.name for a in articles), prior_strength)),
        cuts=tuple(_cuts(articles, predictions)),
        fit=fit(everything, policy, prior_strength, audit_prior_strength),
        current=policy,
        prior_strength=prior_strength,
        audit_rules=tuple(by_rule(audited)),
        audits_held_out=tuple(audits_held_out if len(audits) > 1 else ()),
        audit_cuts=tuple(_audit_cuts(audits_held_out) if len(audits) > 1 else ()),
        audit_prior_strength=audit_prior_strength,
    )


def write_fitted_table(report: CalibrationReport, path: Path) -> None:
    """Write the fit as a confidence table, under the package table's own comment lines."""
    header = []
    for line in data_path(CONFIDENCE_FILE).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        header.append(line[1:].removeprefix(" "))
    write_table(path, report.fit, header)
