"""`geokg eval --attributes`: event roots and countries on synthetic gold; parity with the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from geokg.graph.cli import app
from typer.testing import CliRunner

from geokg.evaluate import EvalError, EvalReport, evaluate, load_gold, most_frequent_code, run_eval

DATA = Path(__file__).parent / "data" / "eval"
BORDER = DATA / "border.gold.json"
ATTRIBUTE_PREDICTIONS = DATA / "attributes.jsonl"
TREATY = DATA / "treaty.gold.json"
SUMMIT = DATA / "summit.gold.json"
PREDICTIONS = DATA / "predictions.jsonl"


@pytest.fixture(scope="module")
def report() -> EvalReport:
    return evaluate([BORDER], [ATTRIBUTE_PREDICTIONS], attributes=True)


def border_row(subject: str, predicate: str, obj: str, **fields: Any) -> dict[str, Any]:
    return {"subject": subject, "predicate": predicate, "object": obj, "source": "border.txt", **fields}


def score_rows(tmp_path: Path, *rows: dict[str, Any]) -> EvalReport:
    path = tmp_path / "triples.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return evaluate([BORDER], [path], attributes=True)


# ------------------------------------------------------------------------------------------- gold


def test_gold_reads_countries_and_cameo_roots() -> None:
    gold = load_gold(BORDER)
    # "league" has no country, "observers" a null one.
    assert gold.countries == {
        "ruritania": "RUR",
        "fenwick": "FEN",
        "army": "RUR",
        "rassendyll": "RUR",
        "tully": "FEN",
        "zenda": "RUR",
    }
    cameo = {fact.id: fact.cameo for fact in gold.facts}
    assert cameo["F1"] == "19" and cameo["F4"] is None


# ------------------------------------------------------------------------------------------- roots


def test_event_roots_on_found_event_facts(report: EvalReport) -> None:
    roots = {check.fact.id: check.right for check in report.articles[0].attributes.roots}
    assert roots == {
        "F1": True,  # "190": the first two digits are the root
        "F2": True,  # one of two matching predictions has it
        "F3": False,  # no root on the prediction
        "F5": True,  # an optional fact counts; the root was written as the number 11
        "F6": True,  # "2" reads as "02"
        "F7": False,  # the right root sits on a duplicate, which is not scored
    }
    # F4 (an office) has no root to check, F8 was not found, the forbidden X1 is not an event fact.
    assert (report.total.event_roots_right, report.total.event_facts_found, report.total.event_roots) == (
        4, 6, 0.667,
    )


def test_a_wrong_root_is_reported_with_the_gold_code(tmp_path: Path) -> None:
    report = score_rows(tmp_path, border_row("Fenwick", "blame", "Ruritania", event_root="14"))
    assert report.to_dict()["articles"][0]["attributes"]["wrong_roots"] == ["F3: gold 11"]


def test_no_event_fact_found_gives_no_root_share(tmp_path: Path) -> None:
    report = score_rows(tmp_path, border_row("Rassendyll", "lead", "Ruritania", event_root="04"))
    assert report.total.event_facts_found == 0
    assert report.to_dict()["total"]["event_roots"] is None


# ------------------------------------------------------------------------------------------- countries


def test_countries_of_mentioned_entities(report: EvalReport) -> None:
    checks = {c.entity: (c.predicted, c.right) for c in report.articles[0].attributes.countries}
    assert checks == {
        "army": (None, False),  # mentioned, but never with a country
        "fenwick": ("GBR", False),  # GBR is the most frequent code (4 against 2)
        "ruritania": ("RUR", True),  # null codes are ignored
        "rassendyll": ("RUR", True),  # a same-entity pair still counts as a mention
        "tully": ("FEN", True),  # an empty code is ignored
        "zenda": (None, False),
    }
    # "league" has no gold country; "it" resolves to nothing; Zenda counts because it is mentioned.
    total = report.total
    assert (total.countries_right, total.country_entities, total.countries) == (3, 6, 0.5)


def test_entities_never_mentioned_are_not_counted(tmp_path: Path) -> None:
    report = score_rows(tmp_path, border_row("Fenwick", "accuse", "Ruritania", subject_country="FEN"))
    assert [c.entity for c in report.articles[0].attributes.countries] == ["fenwick", "ruritania"]
    assert report.to_dict()["articles"][0]["attributes"]["wrong_countries"] == ["ruritania: - (gold RUR)"]


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["FEN", None, "GBR", "FEN"], "FEN"),
        ([None, ""], None),
        ([], None),
        (["GBR", "FEN", "FEN", "GBR"], "GBR"),  # a tie goes to the code mentioned first
    ],
)
def test_most_frequent_code(codes: list[str | None], expected: str | None) -> None:
    assert most_frequent_code(codes) == expected


# ------------------------------------------------------------------------------------------- output


def test_attributes_are_reported_only_on_request() -> None:
    plain = evaluate([BORDER], [ATTRIBUTE_PREDICTIONS]).to_dict()
    assert "attributes" not in plain["articles"][0] and "event_roots" not in plain["total"]
    assert "ATTRIBUTES" not in run_eval([BORDER], [ATTRIBUTE_PREDICTIONS], show_misses=True)


def test_text_report_with_attributes() -> None:
    text = run_eval([BORDER], [ATTRIBUTE_PREDICTIONS], show_misses=True, attributes=True)
    assert "   wrong root  F7: gold 08" in text.splitlines()
    assert "   country     fenwick: GBR (gold FEN)" in text.splitlines()
    assert text.splitlines()[-1] == (
        "ATTRIBUTES event roots 4/6 right on found event facts; countries 3/6 right on mentioned entities"
    )
    # Without --show-misses only the summary line is added.
    brief = run_eval([BORDER], [ATTRIBUTE_PREDICTIONS], attributes=True).splitlines()
    assert len(brief) == 3 and brief[-1].startswith("ATTRIBUTES ")


def test_json_report_with_attributes(report: EvalReport) -> None:
    data = json.loads(run_eval([BORDER], [ATTRIBUTE_PREDICTIONS], as_json=True, attributes=True))
    assert data == report.to_dict()
    assert data["articles"][0]["attributes"]["event_facts_found"] == 6
    assert data["total"]["countries"] == 0.5


def test_cli_eval_attributes() -> None:
    args = ["eval", "--gold", str(BORDER), "--pred", str(ATTRIBUTE_PREDICTIONS), "--attributes"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("ATTRIBUTES event roots 4/6")


# ------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"subject_country": 840}, r"t\.jsonl:1: 'subject_country' must be a string"),
        ({"object_country": ["RUR"]}, r"t\.jsonl:1: 'object_country' must be a string"),
        ({"event_root": True}, r"t\.jsonl:1: 'event_root' must be a CAMEO code"),
        ({"event_root": {"code": "04"}}, r"t\.jsonl:1: 'event_root' must be a CAMEO code"),
    ],
)
def test_bad_attribute_fields_name_file_and_line(
    tmp_path: Path, fields: dict[str, Any], message: str
) -> None:
    path = tmp_path / "t.jsonl"
    row = border_row("Fenwick", "accuse", "Ruritania", **fields)
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        evaluate([BORDER], [path], attributes=True)


def test_bad_gold_attributes_are_reported(tmp_path: Path) -> None:
    preds = tmp_path / "t.jsonl"
    preds.write_text(json.dumps(border_row("Fenwick", "accuse", "Ruritania")) + "\n", encoding="utf-8")
    gold = json.loads(BORDER.read_text(encoding="utf-8"))
    gold["facts"][0]["cameo"] = 19
    bad_cameo = tmp_path / "cameo.gold.json"
    bad_cameo.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(EvalError, match=r"facts\[0\]: 'cameo' must be a string"):
        evaluate([bad_cameo], [preds])
    gold = json.loads(BORDER.read_text(encoding="utf-8"))
    gold["entities"]["fenwick"]["country"] = ["FEN"]
    bad_country = tmp_path / "country.gold.json"
    bad_country.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(EvalError, match=r"entity 'fenwick': 'country' must be a string"):
        evaluate([bad_country], [preds])


# ------------------------------------------------------------------------------------------- parity


def run_reference(scorer: Path, gold: list[Path], pred: list[Path], *flags: str) -> str:
    args = [sys.executable, str(scorer), "--pred", *map(str, pred), "--gold", *map(str, gold), *flags]
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=120).stdout


@pytest.mark.shared
@pytest.mark.parametrize(
    ("gold", "pred"),
    [([BORDER], [ATTRIBUTE_PREDICTIONS]), ([TREATY, SUMMIT, BORDER], [PREDICTIONS, ATTRIBUTE_PREDICTIONS])],
)
def test_parity_with_shared_scorer(shared_dir: Path, gold: list[Path], pred: list[Path]) -> None:
    scorer = shared_dir / "eval" / "score.py"
    if not scorer.is_file():
        pytest.skip(f"{scorer} is not available")
    expected = json.loads(run_reference(scorer, gold, pred, "--attributes", "--json"))
    assert evaluate(gold, pred, attributes=True).to_dict() == expected
    assert expected["total"]["event_facts_found"] == 6 and expected["total"]["country_entities"] == 6
    for flags in (("--attributes",), ("--attributes", "--show-misses")):
        printed = run_reference(scorer, gold, pred, *flags).rstrip("\n")
        assert run_eval(gold, pred, show_misses="--show-misses" in flags, attributes=True) == printed
