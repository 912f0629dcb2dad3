"""`geokg eval`: the scoring rules on small synthetic gold, and parity with the shared scorer."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from geokg.graph.cli import app
from typer.testing import CliRunner

from geokg.evaluate import (
    EvalError,
    EvalReport,
    GoldArticle,
    evaluate,
    load_gold,
    normalise_label,
    run_eval,
)

DATA = Path(__file__).parent / "data" / "eval"
TREATY = DATA / "treaty.gold.json"
SUMMIT = DATA / "summit.gold.json"
SYNTHETIC_PREDICTIONS = DATA / "predictions.jsonl"


def write_predictions(path: Path, *rows: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def triple(subject: str, predicate: str, obj: str, negated: bool = False, source: str = "treaty.txt") -> dict:
    return {"subject": subject, "predicate": predicate, "object": obj, "negated": negated, "source": source}


def score_treaty(tmp_path: Path, *rows: dict[str, Any]) -> EvalReport:
    return evaluate([TREATY], [write_predictions(tmp_path / "triples.jsonl", *rows)])


@pytest.fixture(scope="module")
def treaty() -> GoldArticle:
    return load_gold(TREATY)


# ------------------------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("The U.S.'s", "us"),
        ("Freedonian-government", "freedonian government"),
        ("  the   Army_of  Sylvania ", "army of sylvania"),
        ("Sylvanians\u2019", "sylvanians"),
        ("an ambassador", "ambassador"),
    ],
)
def test_normalise_label(label: str, expected: str) -> None:
    assert normalise_label(label) == expected


@pytest.mark.parametrize(
    ("label", "entity"),
    [
        ("Freedonia", "freedonia"),
        ("the Freedonian government", "freedonia"),
        ("former Ambassador Trentino", "trentino"),  # an alias that ends the label
        ("Prime Minister Rufus T. Firefly", "firefly"),
        ("the Army of Sylvania", "army"),  # the longest matching tail, not "Sylvania"
        ("Transylvania", None),  # whole words only
        ("Sylvanian envoy", None),  # an alias at the start is not enough
        ("US", "usa"),
        ("U.S.", "usa"),
    ],
)
def test_labels_resolve_by_alias_or_alias_suffix(treaty: GoldArticle, label: str, entity: str | None) -> None:
    assert treaty.resolve(label) == entity


@pytest.mark.parametrize("pronoun", ["us", "Us", "it", "They", "them"])
def test_pronouns_never_resolve(pronoun: str) -> None:
    gold = GoldArticle.from_aliases("a", {"usa": ["US", "us"], "it": ["it", "They", "them"]}, [])
    assert gold.resolve(pronoun) is None
    assert gold.resolve("US") == "usa"


# ------------------------------------------------------------------------------------------- matching


def test_a_required_fact_is_found(tmp_path: Path) -> None:
    report = score_treaty(tmp_path, triple("Freedonia", "impose sanctions on", "Sylvania"))
    article = report.articles[0]
    counts = (article.required_found, article.required, article.correct_pairs, article.entity_pairs)
    assert counts == (1, 6, 1, 1)
    assert "F1" not in {fact.id for fact in article.missed}


def test_direction_matters_unless_the_fact_is_symmetric(tmp_path: Path) -> None:
    report = score_treaty(
        tmp_path,
        triple("Sylvania", "sanction", "Freedonia"),  # F1 reversed: wrong
        triple("Trentino", "meet with", "Firefly"),  # F2 reversed: symmetric, right
    )
    article = report.articles[0]
    assert article.correct_pairs == 1
    assert [p.subject for p in article.unmatched] == ["Sylvania"]
    assert {fact.id for fact in article.missed} == {"F1", "F3", "F5", "F6", "F7"}


def test_refusal_verb_flips_polarity(tmp_path: Path) -> None:
    refused = score_treaty(tmp_path, triple("Sylvania", "refuse to consider", "Freedonia")).articles[0]
    assert refused.required_found == 1 and not refused.contradictions  # F3 is the negated fact
    plain = score_treaty(tmp_path, triple("Sylvania", "consider", "Freedonia")).articles[0]
    assert plain.required_found == 0
    assert [c.fact.id for c in plain.contradictions] == ["X1"]
    # "did not refuse to consider" is a positive statement again.
    double = score_treaty(tmp_path, triple("Sylvania", "refuse to consider", "Freedonia", True)).articles[0]
    assert [c.fact.id for c in double.contradictions] == ["X1"]


def test_a_refusal_verb_that_is_the_fact_itself_does_not_flip(tmp_path: Path) -> None:
    article = score_treaty(tmp_path, triple("Sylvania", "reject", "United States")).articles[0]
    assert article.required_found == 1
    negated = score_treaty(tmp_path, triple("Sylvania", "reject", "United States", True)).articles[0]
    assert negated.required_found == 0


def test_pronoun_subject_is_not_an_entity_pair(tmp_path: Path) -> None:
    article = score_treaty(tmp_path, triple("us", "support", "Freedonia"), triple("it", "attack", "Sylvania"))
    assert article.articles[0].entity_pairs == 0
    assert not article.articles[0].contradictions


def test_duplicates_count_once_but_every_label_counts_for_fragmentation(tmp_path: Path) -> None:
    report = score_treaty(
        tmp_path,
        triple("Freedonia", "sanction", "Sylvania"),
        triple("the Freedonia", "sanction", "Sylvania"),  # same after normalisation
        triple("Freedonian government", "sanction", "Sylvania"),  # another label: not a duplicate
        triple("Freedonia", "sanction", "Sylvania", True),  # another polarity: not a duplicate
    )
    article = report.articles[0]
    assert article.predictions == 4
    assert article.entity_pairs == 3
    assert article.correct_pairs == 2
    # freedonia: {"freedonia", "freedonian government"}; sylvania: {"sylvania"}
    assert article.fragmentation == 1.5


def test_optional_facts_help_precision_but_not_recall(tmp_path: Path) -> None:
    article = score_treaty(tmp_path, triple("US", "back", "Freedonia")).articles[0]
    assert (article.correct_pairs, article.required_found, article.precision) == (1, 0, 1.0)


def test_forbidden_fact_is_a_contradiction(tmp_path: Path) -> None:
    report = score_treaty(tmp_path, triple("U.S.", "invade", "Sylvania"), triple("US", "attack", "Sylvania"))
    assert report.total.contradictions == 2
    assert report.articles[0].precision == 0.0


def test_predictions_go_to_the_article_their_source_names(tmp_path: Path) -> None:
    preds = write_predictions(
        tmp_path / "t.jsonl",
        triple("Firefly", "lead", "Freedonia", source="/data/news/summit.txt"),
        triple("Firefly", "lead", "Freedonia", source="elsewhere.txt"),
        {"subject": "Freedonia", "predicate": "sanction", "object": "Sylvania", "article": "treaty"},
    )
    report = evaluate([SUMMIT, TREATY], [preds])
    summit, treaty = report.articles
    assert (summit.predictions, summit.required_found) == (1, 1)
    assert (treaty.predictions, treaty.required_found) == (1, 1)
    assert report.total.required == 8 and report.total.required_found == 2


def test_single_gold_scores_predictions_without_provenance(tmp_path: Path) -> None:
    no_source = {"subject": "Firefly", "predicate": "lead", "object": "Freedonia"}
    preds = write_predictions(tmp_path / "t.jsonl", no_source)
    assert evaluate([SUMMIT], [preds]).articles[0].required_found == 1


def test_totals_are_micro_averaged(tmp_path: Path) -> None:
    preds = write_predictions(
        tmp_path / "t.jsonl",
        triple("Firefly", "lead", "Freedonia", source="summit"),
        triple("Freedonia", "sanction", "Sylvania"),
        triple("Freedonia", "praise", "Sylvania"),
    )
    total = evaluate([SUMMIT, TREATY], [preds]).total
    assert (total.recall, total.precision) == (round(2 / 8, 3), round(2 / 3, 3))
    assert total.f1 == round(2 * total.recall * total.precision / (total.recall + total.precision), 3)


# ------------------------------------------------------------------------------------------- output


def test_text_report_lists_misses_on_request(tmp_path: Path) -> None:
    preds = write_predictions(tmp_path / "t.jsonl", triple("U.S.", "attack", "Sylvania"))
    plain = run_eval([TREATY], [preds])
    assert plain.splitlines()[0].startswith(
        "treaty: recall 0/6 = 0.00  precision 0/1 = 0.00  contradictions 1  fragmentation 1.0"
    )
    assert plain.splitlines()[-1].startswith("TOTAL recall 0.0 precision 0.0 f1 0.0 contradictions 1")
    detailed = run_eval([TREATY], [preds], show_misses=True)
    assert "   missed      F1: freedonia -sanction/impose/penalize-> sylvania" in detailed
    assert "   unmatched   U.S. | attack | Sylvania" in detailed
    assert "   CONTRADICTS X2: U.S. | attack | Sylvania" in detailed


def test_json_report_round_trips(tmp_path: Path) -> None:
    data = json.loads(run_eval([TREATY, SUMMIT], [SYNTHETIC_PREDICTIONS], as_json=True))
    assert [a["article"] for a in data["articles"]] == ["treaty", "summit"]
    assert data["total"]["articles"] == 2
    assert data == evaluate([TREATY, SUMMIT], [SYNTHETIC_PREDICTIONS]).to_dict()


def test_cli_eval_prints_the_report() -> None:
    result = CliRunner().invoke(
        app, ["eval", "--gold", str(TREATY), "--gold", str(SUMMIT), "--pred", str(SYNTHETIC_PREDICTIONS)]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("TOTAL recall 1.0")


# ------------------------------------------------------------------------------------------- bad input


def test_missing_prediction_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match=r"nothing\.jsonl: cannot read predictions"):
        evaluate([TREATY], [tmp_path / "nothing.jsonl"])


def test_prediction_that_is_not_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(triple("A", "b", "C")) + "\n\n{oops\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"t\.jsonl:3: not JSON"):
        evaluate([TREATY], [path])


@pytest.mark.parametrize(
    "record",
    [{"subject": "A", "predicate": "b"}, {"subject": "A", "predicate": 3, "object": "C"}, ["A", "b", "C"]],
)
def test_prediction_without_the_three_strings_names_file_and_line(tmp_path: Path, record: object) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps(triple("A", "b", "C")) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"t\.jsonl:2: "):
        evaluate([TREATY], [path])


def test_gold_problems_are_reported(tmp_path: Path) -> None:
    preds = write_predictions(tmp_path / "t.jsonl", triple("A", "b", "C"))
    with pytest.raises(EvalError, match="cannot read gold file"):
        evaluate([tmp_path / "missing.gold.json"], [preds])
    broken = tmp_path / "broken.gold.json"
    broken.write_text('{"article": "x",\n "entities": }', encoding="utf-8")
    with pytest.raises(EvalError, match=r"broken\.gold\.json:2: not JSON"):
        evaluate([broken], [preds])
    gold = json.loads(TREATY.read_text(encoding="utf-8"))
    del gold["facts"][2]["relation"]
    no_relation = tmp_path / "no_relation.gold.json"
    no_relation.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(EvalError, match=r"facts\[2\]: needs 'relation'"):
        evaluate([no_relation], [preds])
    gold = json.loads(TREATY.read_text(encoding="utf-8"))
    gold["forbidden"][0]["object"] = "atlantis"
    unknown = tmp_path / "unknown.gold.json"
    unknown.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(EvalError, match=r"forbidden\[0\]: object 'atlantis'"):
        evaluate([unknown], [preds])


def test_cli_reports_bad_input_with_exit_code_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "--gold", str(TREATY), "--pred", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "cannot read predictions" in result.output


# ------------------------------------------------------------------------------------------- parity


def reference_scorer(shared_dir: Path) -> Path:
    scorer = shared_dir / "eval" / "score.py"
    if not scorer.is_file():
        pytest.skip(f"{scorer} is not available")
    return scorer


def run_reference(scorer: Path, gold: list[Path], pred: list[Path], *flags: str) -> str:
    args = [sys.executable, str(scorer), "--pred", *map(str, pred), "--gold", *map(str, gold), *flags]
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=120).stdout


ATTRIBUTE_TOTALS = ("event_roots", "event_roots_right", "event_facts_found", "countries", "countries_right",
                    "country_entities")
ATTRIBUTE_LINES = ("   wrong root  ", "   country     ", "ATTRIBUTES ")


def without_attributes(report: dict[str, Any], printed: str) -> tuple[dict[str, Any], str]:
    """The shared scorer's output without --attributes, cut from its output with it: the same report
    minus each article's "attributes", the attribute totals and their printed lines (see score.py)."""
    total = {key: value for key, value in report["total"].items() if key not in ATTRIBUTE_TOTALS}
    articles = [{key: value for key, value in a.items() if key != "attributes"} for a in report["articles"]]
    lines = [line for line in printed.split("\n") if not line.startswith(ATTRIBUTE_LINES)]
    return {"total": total, "articles": articles}, "\n".join(lines)


def assert_parity(scorer: Path, gold: list[Path], pred: list[Path], *, cut: bool = False) -> dict[str, Any]:
    """Same JSON and same printed report as the shared scorer, with and without --attributes; returns
    the reference's JSON with attributes. With `cut`, the reference runs only with --attributes and
    the plain output is cut from it (the real gold is slow to score twice more)."""
    expected = json.loads(run_reference(scorer, gold, pred, "--json", "--attributes"))
    assert evaluate(gold, pred, attributes=True).to_dict() == expected
    # The printed report must match too, so users can compare either tool's output line by line.
    printed = run_reference(scorer, gold, pred, "--show-misses", "--attributes").rstrip("\n")
    assert run_eval(gold, pred, show_misses=True, attributes=True) == printed
    if cut:
        plain, plain_printed = without_attributes(expected, printed)
    else:
        plain = json.loads(run_reference(scorer, gold, pred, "--json"))
        plain_printed = run_reference(scorer, gold, pred, "--show-misses").rstrip("\n")
    assert evaluate(gold, pred).to_dict() == plain
    assert run_eval(gold, pred, show_misses=True) == plain_printed
    return expected


@pytest.mark.shared
def test_parity_with_shared_scorer_on_synthetic_files(shared_dir: Path) -> None:
    scorer = reference_scorer(shared_dir)
    expected = assert_parity(scorer, [SUMMIT, TREATY], [SYNTHETIC_PREDICTIONS])
    assert expected["total"]["contradictions"] > 0 and expected["total"]["required_found"] > 0
    # One gold file: predictions of other articles are ignored, those without a source are used.
    assert_parity(scorer, [TREATY], [SYNTHETIC_PREDICTIONS])


# Label and predicate perturbations applied to predictions built from the gold facts.
LABEL_VARIANTS = (
    lambda alias: alias,
    lambda alias: f"the {alias}",
    lambda alias: f"former {alias}",
    lambda alias: alias.upper(),
    lambda alias: alias.replace(" ", "-"),
    lambda alias: f"{alias}'s",
    lambda alias: f"{alias} envoy",  # an alias at the start only: must not resolve
)
UNRELATED_LABELS = ("it", "They", "US", "us", "the official", "Mr. Nobody", "")


WRONG_CODES = ("XXX", "GBR", "USA")


def entity_countries(gold: dict[str, Any], rng: random.Random) -> dict[str, str | None]:
    """One predicted country per gold entity: right, wrong or none. All mentions of an entity carry the
    same code (or none), so no entity has two equally frequent codes: the shared scorer breaks such
    ties by set order, which changes from run to run."""
    codes: dict[str, str | None] = {}
    for entity_id, entity in gold["entities"].items():
        roll = rng.random()
        right = entity.get("country")
        codes[entity_id] = right if roll < 0.6 and right else rng.choice(WRONG_CODES) if roll < 0.8 else None
    return codes


def predicted_country(article: GoldArticle, countries: dict[str, str | None], label: str) -> str | None:
    """The code chosen for the entity the label names; labels that name none carry a code nobody scores."""
    entity_id = article.resolve(label)
    return countries[entity_id] if entity_id is not None else "XXX"


def perturbed_root(fact: dict[str, Any], rng: random.Random) -> str | int | None:
    """The fact's CAMEO root as an extractor might write it: right, refined, as a number, wrong or none."""
    cameo = fact.get("cameo") or rng.choice(["01", "04", "18"])
    return rng.choice([cameo, cameo, cameo + "1", int(cameo), "14", "8", None])


def perturbed_predictions(gold_paths: list[Path], seed: int) -> list[dict[str, Any]]:
    """Predictions made from real gold facts: the right ones, and ones with the typical extractor errors."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for path in gold_paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        entities = gold["entities"]
        source = f"/tmp/articles/{gold['article']}.txt"
        article = load_gold(path)
        countries = entity_countries(gold, rng)
        for fact in gold["facts"] + gold.get("forbidden", []):
            for _ in range(3):
                subject = rng.choice(LABEL_VARIANTS)(rng.choice(entities[fact["subject"]]["aliases"]))
                obj = rng.choice(LABEL_VARIANTS)(rng.choice(entities[fact["object"]]["aliases"]))
                predicate = rng.choice(fact["relation"])
                negated = bool(fact.get("negated", False))
                roll = rng.random()
                if roll < 0.15:
                    negated = not negated
                elif roll < 0.3:
                    negator = rng.choice(["refuse to", "deny", "fail to"])
                    predicate, negated = f"{negator} {predicate}", not negated
                elif roll < 0.4:
                    subject, obj = obj, subject
                elif roll < 0.5:
                    predicate = rng.choice(["say", "visit", "comment on", "reject"])
                elif roll < 0.6:
                    subject = rng.choice(UNRELATED_LABELS)
                elif roll < 0.65:
                    obj = subject
                rows.append({"subject": subject, "predicate": predicate, "object": obj,
                             "negated": negated, "source": source,
                             "subject_country": predicted_country(article, countries, subject),
                             "object_country": predicted_country(article, countries, obj),
                             "event_root": perturbed_root(fact, rng)})
        if rows:
            rows.append(dict(rows[-1]))  # an exact duplicate
    rng.shuffle(rows)
    return rows


@pytest.mark.shared
@pytest.mark.parametrize("seed", [1, 2])
def test_parity_with_shared_scorer_on_perturbed_real_gold(
    shared_dir: Path, tmp_path: Path, seed: int
) -> None:
    scorer = reference_scorer(shared_dir)
    gold = sorted((shared_dir / "eval").glob("*.gold.json"))
    if not gold:
        pytest.skip("no gold files in ../shared/eval")
    rows = perturbed_predictions(gold, seed)
    half = len(rows) // 2  # two prediction files, as `geokg eval --pred a --pred b` allows
    preds = [
        write_predictions(tmp_path / "a.jsonl", *rows[:half]),
        write_predictions(tmp_path / "b.jsonl", *rows[half:]),
    ]
    expected = assert_parity(scorer, gold, preds, cut=True)
    total = expected["total"]
    # The perturbations must exercise the rules, or parity would be checked on nothing.
    assert 0 < total["required_found"] < total["required"]
    assert 0 < total["precision"] < 1
    assert total["contradictions"] > 0
    assert total["fragmentation"] > 1
    assert 0 < total["event_roots"] < 1 and 0 < total["countries"] < 1
