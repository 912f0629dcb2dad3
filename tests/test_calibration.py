"""Confidence calibration: judging triples as precision does, reliability tables, ECE and Brier, the fit
of the policy's numbers, the held-out check, the confidence table and `geokg eval --calibration`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from geokg.extract.clauses.registry import RULES, registered, rule
from geokg.extract.lexicon.confidence import (
    COLUMNS,
    ConfidencePolicy,
    confidence_policy,
    parse_policy,
    read_policy,
)
from geokg.extract.lexicon.loader import LexiconError, parse_table
from geokg.graph.cli import app
from typer.testing import CliRunner

from geokg.evaluate import load_gold
from geokg.evaluate.calibration import (
    Judged,
    bin_of,
    brier_score,
    by_bin,
    by_rule,
    expected_calibration_error,
    fit,
    held_out,
    judge,
    recalibrate,
    split_articles,
    write_table,
)
from geokg.evaluate.calibration_report import calibration_report
from geokg.evaluate.reading import load_predictions

TREATY = Path(__file__).parent / "data" / "eval" / "treaty.gold.json"
# A policy of round numbers, so that expected confidences are easy to work out by hand.
POLICY = ConfidencePolicy(
    bases={"svo": 0.8, "prep": 0.5}, default=0.6, via={"name": 1.0, "pronoun": 0.5}, attribution=0.9,
    evidence={},
)  # fmt: skip


def triple(subject: str, predicate: str, obj: str, confidence: float | None, **extra: Any) -> dict[str, Any]:
    row = {"subject": subject, "predicate": predicate, "object": obj, "source": "treaty.txt",
           "confidence": confidence, "extractor": "geokg.svo/2"}  # fmt: skip
    return row | extra


def write(path: Path, *rows: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def judged(
    rule_name: str, confidence: float, right: bool, article: str = "a", attributed: bool = False
) -> Judged:
    return Judged(article, rule_name, confidence, right, attributed)


# --- judging: the shared scorer's precision match ---------------------------------------------------------


def test_a_triple_is_right_when_it_matches_a_gold_fact_as_precision_counts_it(tmp_path: Path) -> None:
    preds = write(
        tmp_path / "triples.jsonl",
        triple("Freedonia", "impose sanctions on", "Sylvania", 0.9),  # F1
        triple("Freedonia", "impose sanctions on", "Sylvania", 0.7),  # a repeat: still judged
        triple("Sylvania", "consider", "Freedonia", 0.8),  # F3 is negated: the polarity is wrong
        triple("Sylvania", "refuse to consider", "Freedonia", 0.6, extractor="geokg.prep/2"),  # F3
        triple("Groucho", "meet", "Sylvania", 0.9),  # Groucho is no gold entity: not judged
        triple("Sylvania", "attack", "Sylvanian army", 0.9),  # two different entities, no fact
        triple("Sylvania", "be", "Republic of Sylvania", 0.9),  # one entity twice: not judged
        triple("Firefly", "meet", "Trentino", None),  # no confidence: left out
    )
    found, unjudged = judge([load_gold(TREATY)], load_predictions([preds]))
    assert [(j.rule, j.confidence, j.right) for j in found] == [
        ("svo", 0.9, True), ("svo", 0.7, True), ("svo", 0.8, False), ("prep", 0.6, True), ("svo", 0.9, False),
    ]  # fmt: skip
    assert unjudged == 2


def test_the_rule_is_read_from_the_extractor_without_package_and_version(tmp_path: Path) -> None:
    preds = write(
        tmp_path / "t.jsonl",
        triple("Freedonia", "sanction", "Sylvania", 0.9, extractor="other.tool/7", attributed_to="Firefly"),
        triple("Freedonia", "sanction", "Sylvania", 0.9, extractor=None),
    )
    found, _ = judge([load_gold(TREATY)], load_predictions([preds]))
    assert [(j.rule, j.attributed) for j in found] == [("other.tool", True), ("", False)]


@pytest.mark.parametrize("bad", [1.5, -0.1, "high", True])
def test_a_confidence_outside_0_to_1_is_an_error_naming_the_line(tmp_path: Path, bad: object) -> None:
    from geokg.evaluate import EvalError

    preds = write(tmp_path / "t.jsonl", triple("Freedonia", "sanction", "Sylvania", 0.5),
                  triple("Freedonia", "sanction", "Sylvania", bad))  # type: ignore[arg-type]  # fmt: skip
    with pytest.raises(EvalError, match=r"t\.jsonl:2: 'confidence'"):
        load_predictions([preds])


# --- reliability tables, ECE, Brier ----------------------------------------------------------------------


def test_bins_are_equal_width_and_certainty_joins_the_top_bin() -> None:
    assert [bin_of(c) for c in (0.0, 0.09, 0.1, 0.55, 0.99, 1.0)] == [0, 0, 1, 5, 9, 9]


def test_tables_per_rule_and_per_bin() -> None:
    items = [judged("svo", 0.9, True), judged("svo", 0.9, False), judged("prep", 0.3, True)]
    assert [(c.label, c.count, c.right, round(c.mean_confidence, 2)) for c in by_rule(items)] == [
        ("svo", 2, 1, 0.9), ("prep", 1, 1, 0.3),
    ]  # fmt: skip
    bins = [(c.label, c.count, c.precision) for c in by_bin(items)]
    assert bins == [("0.30-0.40", 1, 1.0), ("0.90-1.00", 2, 0.5)]


def test_ece_and_brier_by_hand() -> None:
    # Bin 0.9: mean confidence 0.9, precision 0.5 -> gap 0.4 over 2 of 3 triples; bin 0.3: gap 0.7 over 1.
    items = [judged("svo", 0.9, True), judged("svo", 0.9, False), judged("prep", 0.3, True)]
    assert expected_calibration_error(items) == pytest.approx((2 * 0.4 + 0.7) / 3)
    assert brier_score(items) == pytest.approx((0.01 + 0.81 + 0.49) / 3)
    perfect = [judged("svo", 1.0, True), judged("svo", 0.0, False)]
    assert expected_calibration_error(perfect) == 0 and brier_score(perfect) == 0
    assert expected_calibration_error([]) == 0 and brier_score([]) == 0


# --- the fit ---------------------------------------------------------------------------------------------


def test_the_fit_moves_underconfident_rules_up_and_shrinks_small_ones_to_the_pool() -> None:
    # svo: 40 triples at 0.8, 36 right (0.9); prep: 4 triples at 0.5, all right.
    items = [judged("svo", 0.8, i < 36) for i in range(40)] + [judged("prep", 0.5, True) for _ in range(4)]
    new = fit(items, POLICY, prior_strength=10)
    assert new.default == pytest.approx(40 / 44, abs=0.01)  # the pooled precision
    assert 0.88 <= new.bases["svo"] <= 0.92
    # Four clean triples do not make a rule certain: it stays near the pool, above svo.
    assert new.bases["svo"] < new.bases["prep"] < 0.99
    assert new.evidence == {"svo": (40, 36), "prep": (4, 4)}
    after = recalibrate(items, POLICY, new)
    assert expected_calibration_error(after) < expected_calibration_error(items)
    assert brier_score(after) < brier_score(items)


def test_the_fit_reads_the_argument_discounts_back_and_refits_them() -> None:
    # Pronoun triples (discount 0.5 under POLICY) are as often right as named ones: the discount goes to 1.
    named = [judged("svo", 0.8, i < 9) for i in range(10)]
    pronoun = [judged("svo", 0.4, i < 9) for i in range(10)]
    new = fit(named + pronoun, POLICY, prior_strength=1)
    assert new.via["name"] == 1.0 and new.via["pronoun"] > 0.9
    # A reported fact that is right less often keeps a discount.
    asserted = [judged("svo", 0.8, True) for _ in range(30)]
    reported = [judged("svo", 0.72, i < 15, attributed=True) for i in range(30)]
    assert fit(asserted + reported, POLICY, prior_strength=1).attribution < 0.7


def test_prior_strength_zero_gives_each_rule_its_own_precision() -> None:
    items = [judged("svo", 0.8, i < 3) for i in range(4)] + [judged("prep", 0.5, True)]
    new = fit(items, POLICY, prior_strength=0)
    assert new.bases["svo"] == 0.75 and new.bases["prep"] == 0.99  # never certain


def test_held_out_fits_on_one_half_and_measures_the_other_both_ways() -> None:
    assert split_articles(["d", "b", "a", "c", "a"]) == (("a", "c"), ("b", "d"))
    items = [judged("svo", 0.5, i % 10 != 0, article=name) for name in "abcd" for i in range(20)]
    first, second = held_out(items, POLICY, "abcd", prior_strength=5)
    assert (first.fitted_on, first.measured_on, second.fitted_on) == (("a", "c"), ("b", "d"), ("b", "d"))
    assert first.triples == second.triples == 40
    assert first.ece_after < first.ece_before and second.brier_after < second.brier_before


# --- the confidence table --------------------------------------------------------------------------------


def test_the_fit_writes_a_table_the_policy_reads_back(tmp_path: Path) -> None:
    items = [judged("svo", 0.8, i < 9) for i in range(10)]
    new = fit(items, POLICY, prior_strength=10)
    path = tmp_path / "confidence.tsv"
    write_table(path, new, ["a comment"])
    back = read_policy(path)
    assert back.bases == dict(new.bases) and back.default == new.default
    assert back.attribution == new.attribution and back.via == dict(new.via)
    assert back.evidence["svo"] == (10, 9) and path.read_text().startswith("# a comment\n")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("rule\tsvo\t0.9\nattribution\treported\t0.9\nvia\tname\t1\n", r"no row for rule \*"),
        ("rule\t*\t0.9\nrule\tsvo\t1.2\nattribution\treported\t0.9\nvia\tname\t1\n", r":3: value must be in"),
        ("rule\t*\t0.9\nrule\t*\t0.8\nattribution\treported\t0.9\nvia\tname\t1\n", r":3: rule '.' is list"),
        ("rule\t*\t0.9\nmood\tx\t0.9\nattribution\treported\t0.9\nvia\tname\t1\n", r":3: factor is one of"),
        ("rule\t*\t0.9\t3\t4\nattribution\treported\t0.9\nvia\tname\t1\n", r":2: 'right' \(4\) exceeds"),
        ("rule\t*\t0.9\nattribution\treported\t0.9\n", r"no row for via 'name'"),
    ],
)
def test_a_bad_table_is_refused_at_its_line(tmp_path: Path, rows: str, message: str) -> None:
    path = tmp_path / "confidence.tsv"
    path.write_text("\t".join(COLUMNS) + "\n" + rows, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        parse_policy(parse_table(path, COLUMNS, ("factor", "name", "value")))


def test_every_registered_rule_has_a_measured_or_default_base() -> None:
    policy = confidence_policy()
    for name, registered_rule in registered().items():
        assert registered_rule.confidence == policy.base(name)
        assert 0 < registered_rule.confidence <= 1


def test_a_rule_not_yet_measured_gets_the_tables_default_and_keeps_its_precedence() -> None:
    @rule("calibration_test_unmeasured", confidence=0.42)
    def unmeasured(frame: object) -> list:
        """A rule registered only by this test."""
        return []

    try:
        registered_rule = RULES["calibration_test_unmeasured"]
        assert registered_rule.confidence == confidence_policy().default
        assert registered_rule.precedence == 0.42
    finally:
        del RULES["calibration_test_unmeasured"]


# --- the report and the command ----------------------------------------------------------------------------


def test_the_report_shows_recall_and_precision_at_each_minimum_confidence(tmp_path: Path) -> None:
    preds = write(
        tmp_path / "t.jsonl",
        triple("Freedonia", "sanction", "Sylvania", 0.95),
        triple("Sylvania", "attack", "Sylvanian army", 0.35),
    )
    report = calibration_report([TREATY], [preds], policy=POLICY)
    cuts = {cut.threshold: cut for cut in report.cuts}
    assert (cuts[0.0].kept, cuts[0.0].precision) == (2, 0.5)
    assert (cuts[0.5].kept, cuts[0.5].precision, cuts[0.5].recall) == (1, 1.0, cuts[0.0].recall)
    assert report.judged == 2 and "By rule:" in report.to_text()
    assert json.loads(report.to_json())["cuts"][0]["kept"] == 2


def test_geokg_eval_calibration_prints_the_report_and_writes_the_fit(tmp_path: Path) -> None:
    preds = write(tmp_path / "t.jsonl", triple("Freedonia", "sanction", "Sylvania", 0.9))
    table = tmp_path / "fitted.tsv"
    args = ["eval", "--calibration", "--gold", str(TREATY), "--pred", str(preds), "--fit", str(table)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "ECE" in result.output and "Held out" in result.output
    assert read_policy(table).evidence["svo"] == (1, 1)


def test_geokg_eval_calibration_refuses_predictions_without_confidence(tmp_path: Path) -> None:
    preds = write(tmp_path / "t.jsonl", triple("Freedonia", "sanction", "Sylvania", None))
    result = CliRunner().invoke(app, ["eval", "--calibration", "--gold", str(TREATY), "--pred", str(preds)])
    assert result.exit_code == 2 and "no prediction carries a confidence" in result.output


def test_fit_without_calibration_is_a_usage_error(tmp_path: Path) -> None:
    preds = write(tmp_path / "t.jsonl", triple("Freedonia", "sanction", "Sylvania", 0.9))
    args = ["eval", "--gold", str(TREATY), "--pred", str(preds), "--fit", str(tmp_path / "x.tsv")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "go with --calibration" in result.output


# --- geokg build --min-confidence ---------------------------------------------------------------------------

ARTICLE = (
    "Sanctions\n\nThe United States imposed sanctions on Iran on Tuesday. Iran condemned the decision. "
    "Iraqi Foreign Minister Hoshyar Zebari met Turkish President Abdullah Gul in Ankara. "
    "Zebari said Turkey supported Iraq.\n"
)


def _triples(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "triples.jsonl").read_text(encoding="utf-8").splitlines()]


def test_min_confidence_drops_less_confident_triples_from_every_output(tmp_path: Path) -> None:
    from geokg.extract.io.nlp import DEFAULT_MODEL
    from geokg.graph.build import build_graph
    from geokg.graph.exports import read_node_link_json

    source = tmp_path / "in" / "article.txt"
    source.parent.mkdir()
    source.write_text(ARTICLE, encoding="utf-8")
    build_graph([source], tmp_path / "all", model=DEFAULT_MODEL, progress=False)
    every = _triples(tmp_path / "all")
    cut = sorted({t["confidence"] for t in every})[-1]  # keep only the most confident triples
    assert any(t["confidence"] < cut for t in every), "the article should give triples of two confidences"
    build_graph([source], tmp_path / "cut", model=DEFAULT_MODEL, progress=False, min_confidence=cut)
    kept = _triples(tmp_path / "cut")
    assert kept == [t for t in every if t["confidence"] >= cut]
    graph = read_node_link_json(tmp_path / "cut" / "graph.json")
    assert all(c >= cut for _, _, c in graph.edges(data="confidence"))
    assert graph.number_of_edges() < read_node_link_json(tmp_path / "all" / "graph.json").number_of_edges()


def test_min_confidence_outside_0_to_1_is_refused_by_build_api_and_cli(tmp_path: Path) -> None:
    from geokg.extract.io.nlp import DEFAULT_MODEL
    from geokg.graph.build import BuildError, build_graph

    import geokg

    source = tmp_path / "article.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(BuildError, match="min-confidence must be between 0 and 1"):
        build_graph([source], tmp_path / "out", model=DEFAULT_MODEL, min_confidence=1.5)
    with pytest.raises(BuildError, match="between 0 and 1"):
        geokg.build(texts=[ARTICLE], min_confidence=-0.1)
    args = ["build", str(source), "--out", str(tmp_path / "o"), "--min-confidence", "2"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "between 0 and 1" in result.output
    assert not (tmp_path / "o").exists()


def test_the_api_keeps_only_triples_at_or_above_min_confidence() -> None:
    import geokg

    every = geokg.build(texts=[ARTICLE]).triple_records
    cut = max(t.confidence for t in every)
    kept = geokg.build(texts=[ARTICLE], min_confidence=cut).triple_records
    assert kept and [t for t in every if t.confidence >= cut] == list(kept)
