"""Audit verdicts (people's judgements of triples from unseen news) as calibration evidence: what counts as
right, reading verdicts.tsv and its build, the fit with audits, the check leaving one audit out, the table
and `geokg eval --calibration --audit`. All on small synthetic verdict files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from geokg.extract.lexicon.confidence import DEV_COLUMNS, ConfidencePolicy, read_policy
from geokg.graph.cli import app
from typer.testing import CliRunner

from geokg.evaluate.audits import Verdict, distinct_names, judged_from, load_audit, read_verdicts
from geokg.evaluate.calibration import (
    Judged,
    brier_score,
    expected_calibration_error,
    fit,
    held_out_audits,
    recalibrate,
)
from geokg.evaluate.calibration_report import calibration_report
from geokg.evaluate.reading import EvalError

TREATY = Path(__file__).parent / "data" / "eval" / "treaty.gold.json"
POLICY = ConfidencePolicy(
    bases={"svo": 0.8, "prep": 0.5}, default=0.6, via={"name": 1.0, "pronoun": 0.5}, attribution=0.9,
    evidence={},
)  # fmt: skip
HEADER = (
    "article\ttriple_line\tsubject\tpredicate\tobject\tnegated\tverdict\tproblem_category\tnote\t"
    "subject_country\tsubject_country_verdict\tobject_country\tobject_country_verdict\tevent_root\t"
    "event_root_verdict\textractor\n"
)


def row(line: int, verdict: str, problems: str, extractor: str = "geokg.svo/2", subject: str = "Ana") -> str:
    return (
        f"story\t{line}\t{subject}\tmeet\tBo\tfalse\t{verdict}\t{problems}\ta note\t\t\t\t\t\t\t{extractor}\n"
    )


def audit_dir(root: Path, name: str, rows: list[str], build: list[dict] | None = None) -> Path:
    folder = root / name
    (folder / "out").mkdir(parents=True)
    (folder / "verdicts.tsv").write_text(HEADER + "".join(rows), encoding="utf-8")
    if build is not None:
        text = "".join(json.dumps(record) + "\n" for record in build)
        (folder / "out" / "triples.jsonl").write_text(text, encoding="utf-8")
    return folder


def verdict(kind: str, problems: tuple[str, ...]) -> Verdict:
    return Verdict("a", "story", 1, "svo", kind, problems, False)


# --- what counts as right -----------------------------------------------------------------------------------


def test_correct_is_right_and_wrong_never_is() -> None:
    assert verdict("correct", ("ok",)).right
    assert not verdict("wrong", ("speech-edge-to-mentioned-entity",)).right
    assert not verdict("wrong", ("missing-country",)).right
    assert not verdict("wrong", ("speech-edge-to-content-subject",)).right


@pytest.mark.parametrize(
    "problems",
    [("missing-country",), ("wrong-root", "wrong-country"), ("spurious-root", "wrong-entity-type"),
     ("fused-title-label",), ("non-canonical-label", "missing-root"), ("duplicate",),
     ("speech-edge-to-content-subject", "wrong-entity-type")],
)  # fmt: skip
def test_partly_with_only_attribute_problems_is_right(problems: tuple[str, ...]) -> None:
    # The gold's matching reads neither countries, roots, types nor the label beyond its alias suffix.
    assert verdict("partly", problems).right


@pytest.mark.parametrize(
    "problems",
    [("truncated-predicate",), ("missing-country", "ner-split-span"),
     ("vague-speech-predicate", "wrong-root"), ("former-office-as-current",), ("missing-attribution",),
     ("truncated-entity-span",), ("new-problem",)],
)  # fmt: skip
def test_partly_with_any_problem_of_the_fact_itself_is_not_right(problems: tuple[str, ...]) -> None:
    assert not verdict("partly", problems).right


# --- reading verdicts ---------------------------------------------------------------------------------------


def test_verdicts_give_rule_verdict_and_attribution_from_the_build_beside_them(tmp_path: Path) -> None:
    build = [
        {"subject": "Ana", "object": "Bo", "attributed_to": "Cy"},
        {"subject": "Ana", "object": "Bo", "attributed_to": None},
        {"subject": "Someone else", "object": "Bo", "attributed_to": "Cy"},  # labels disagree: not used
    ]
    rows = [
        row(1, "correct", "ok"),
        row(2, "partly", "missing-country", "geokg.prep/1"),
        row(3, "wrong", "x"),
    ]
    folder = audit_dir(tmp_path, "r1", rows, build)
    got = read_verdicts(folder / "verdicts.tsv")
    assert [(v.rule, v.verdict, v.right, v.attributed) for v in got] == [
        ("svo", "correct", True, True), ("prep", "partly", True, False), ("svo", "wrong", False, False),
    ]  # fmt: skip
    assert {v.audit for v in got} == {"r1"}


def test_a_directory_is_one_audit_of_all_its_verdict_files(tmp_path: Path) -> None:
    audit_dir(tmp_path / "round", "A", [row(1, "correct", "ok")])
    audit_dir(tmp_path / "round", "B", [row(1, "wrong", "junk-entity"), row(2, "correct", "ok")])
    got = load_audit(tmp_path / "round")
    assert len(got) == 3 and {v.audit for v in got} == {"round"}
    assert distinct_names([tmp_path / "round", tmp_path / "round"]) == ["round", "round-2"]


JUDGED_HEADER = "article\tline\tverdict\tcore\treason\n"


def judged_round(root: Path, judges: dict[str, str]) -> Path:
    """An audit as benchmarks/JUDGE.md lays it out: the build's triples.jsonl, a folder per judge."""
    build = [
        {"subject": "Ana", "object": "Bo", "attributed_to": None, "extractor": "geokg.svo/3"},
        {"subject": "Ana", "object": "Cy", "attributed_to": "Di", "extractor": "geokg.prep/2"},
        {"subject": "Bo", "object": "Cy", "attributed_to": None, "extractor": "geokg.title/1"},
    ]
    root.mkdir()
    (root / "triples.jsonl").write_text("".join(json.dumps(r) + "\n" for r in build), encoding="utf-8")
    for judge, rows in judges.items():
        (root / judge).mkdir()
        (root / judge / "triples.tsv").write_text(JUDGED_HEADER + rows, encoding="utf-8")
    return root


def test_a_judges_triples_take_rule_and_attribution_from_the_build_and_core_decides_partly(
    tmp_path: Path,
) -> None:
    folder = judged_round(tmp_path / "round9", {
        "A": "s\t1\tcorrect\tyes\tfine\ns\t2\tpartly\tyes\tno root\n",
        "B": "t\t3\tpartly\tno\tanother office\n",
    })  # fmt: skip
    got = load_audit(folder)
    assert [(v.audit, v.rule, v.verdict, v.right, v.attributed) for v in got] == [
        ("round9", "svo", "correct", True, False),
        ("round9", "prep", "partly", True, True),
        ("round9", "title", "partly", False, False),
    ]


@pytest.mark.parametrize(
    ("rows", "message"),
    [("s\t4\tcorrect\tyes\tx\n", r":2: line 4 is no triple"), ("s\t1\tfine\tyes\tx\n", ":2: verdict is")],
)
def test_a_judges_line_outside_the_build_is_refused(tmp_path: Path, rows: str, message: str) -> None:
    folder = judged_round(tmp_path / "round9", {"A": rows})
    with pytest.raises(EvalError, match=message):
        load_audit(folder)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("article\tverdict\n", "need the columns"),
        (HEADER + row(1, "maybe", "ok"), r":2: verdict is one of"),
        (HEADER + row(1, "correct", "ok", extractor=""), r":2: no extractor"),
    ],
)
def test_a_bad_verdicts_file_is_refused_naming_the_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "verdicts.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        read_verdicts(path)


# --- the fit with audits ------------------------------------------------------------------------------------


def dev(rule: str, n: int, right: int) -> list[Judged]:
    return [Judged("d", rule, POLICY.base(rule), i < right, False) for i in range(n)]


def audited(rule: str, n: int, right: int, source: str = "a1", attributed: bool = False) -> list[Judged]:
    return [Judged(f"{source}/s", rule, POLICY.base(rule), i < right, attributed, source) for i in range(n)]


def test_audits_set_the_level_and_the_dev_gold_only_tells_rules_apart() -> None:
    # Dev: both rules right 9 in 10. Audits: svo right half the time, prep a fifth.
    items = dev("svo", 40, 36) + dev("prep", 40, 36) + audited("svo", 40, 20) + audited("prep", 40, 8)
    new = fit(items, POLICY, prior_strength=50, audit_prior_strength=5)
    assert new.default == pytest.approx(28 / 80, abs=0.01)  # the audited pool: an unmeasured rule gets it
    assert 0.45 <= new.bases["svo"] <= 0.5 and 0.2 <= new.bases["prep"] <= 0.25
    assert new.evidence == {"svo": (40, 36), "prep": (40, 36)}
    assert new.audit_evidence == {"svo": (40, 20), "prep": (40, 8)} and new.audit_pooled == (80, 28)
    # Without audits the fit is the dev fit.
    assert fit(dev("svo", 40, 36), POLICY, 50).bases["svo"] > 0.85


def test_a_rule_without_audits_gets_the_audited_pool_scaled_by_its_dev_standing() -> None:
    items = dev("svo", 60, 30) + dev("prep", 60, 57) + audited("svo", 50, 20)
    new = fit(items, POLICY, prior_strength=0, audit_prior_strength=5)
    # On dev prep is right 0.95 / pooled 0.725 of the time: its unseen estimate is the audited pool scaled so.
    assert new.bases["prep"] == pytest.approx(min(0.99, 0.4 * 0.95 / 0.72), abs=0.02)


def test_reported_facts_that_audits_find_wrong_more_often_keep_a_discount() -> None:
    items = audited("svo", 40, 24) + audited("svo", 40, 8, attributed=True)
    assert fit(items, POLICY, audit_prior_strength=5).attribution < 0.6


def test_leaving_each_audit_out_measures_it_with_a_fit_on_the_rest() -> None:
    items = dev("svo", 40, 36) + audited("svo", 30, 12, "r0") + audited("svo", 30, 15, "r1")
    first, second = held_out_audits(items, POLICY, audit_prior_strength=5)
    assert (first.measured_on, first.triples, first.right) == ("r0", 30, 12)
    # Measured on r0 by a fit on dev + r1 (0.5 on svo): much better than the dev-only 0.9.
    assert first.brier_after < first.brier_dev_fit and second.ece_after < second.ece_dev_fit
    assert {j.confidence for j in first.recalibrated} == {0.5}


def test_audited_triples_take_the_policys_confidence_for_their_rule() -> None:
    items = judged_from([Verdict("a", "s", 1, "prep", "correct", ("ok",), True)], POLICY)
    assert items[0].confidence == 0.45 and items[0].audited and items[0].article == "a/s"
    after = recalibrate(items, POLICY, fit(items, POLICY))
    assert expected_calibration_error(after) <= expected_calibration_error(items)
    assert brier_score(after) <= brier_score(items)


# --- the table, the report and the command ------------------------------------------------------------------


def test_the_table_names_both_kinds_of_evidence_and_older_tables_still_read(tmp_path: Path) -> None:
    from geokg.evaluate.calibration import write_table

    new = fit(dev("svo", 10, 9) + audited("svo", 10, 4) + audited("prep", 5, 1), POLICY)
    path = tmp_path / "c.tsv"
    write_table(path, new)
    text = path.read_text()
    assert "rule\tsvo\t" in text and "\t10\t9\t10\t4\n" in text and "rule\tprep\t" in text
    assert read_policy(path).bases == dict(new.bases)
    old = tmp_path / "old.tsv"
    old.write_text(
        "\t".join(DEV_COLUMNS) + "\nrule\t*\t0.9\t3\t2\nattribution\treported\t0.9\nvia\tname\t1\n"
    )
    assert read_policy(old).default == 0.9


def test_geokg_eval_calibration_with_audits_reports_and_fits(tmp_path: Path) -> None:
    preds = tmp_path / "t.jsonl"
    record = {"subject": "Freedonia", "predicate": "sanction", "object": "Sylvania", "source": "treaty.txt",
              "confidence": 0.9, "extractor": "geokg.svo/2"}  # fmt: skip
    preds.write_text(json.dumps(record) + "\n", encoding="utf-8")
    one = audit_dir(tmp_path, "one", [row(1, "correct", "ok"), row(2, "wrong", "junk-entity")])
    two = audit_dir(
        tmp_path, "two", [row(1, "partly", "truncated-predicate"), row(2, "wrong", "x", "geokg.prep/1")]
    )
    table = tmp_path / "fitted.tsv"
    args = ["eval", "--calibration", "--gold", str(TREATY), "--pred", str(preds), "--fit", str(table),
            "--audit", str(one), "--audit", str(two / "verdicts.tsv"),
            "--audit-prior-strength", "2"]  # fmt: skip
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Held out by audit" in result.output and "one (2 triples, 1 right)" in result.output
    assert "Minimum confidence on the audited triples" in result.output
    policy = read_policy(table)
    assert policy.base("svo") < 0.6 and policy.evidence["svo"] == (1, 1)
    report = calibration_report([TREATY], [preds], audits=[one, two])
    assert [c.label for c in report.audit_rules] == ["svo", "prep"]
    assert json.loads(report.to_json())["audits_held_out"][1]["measured_on"] == "two"


def test_audit_without_calibration_is_a_usage_error(tmp_path: Path) -> None:
    args = ["eval", "--gold", str(TREATY), "--pred", str(TREATY), "--audit", str(tmp_path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "go with --calibration" in result.output
