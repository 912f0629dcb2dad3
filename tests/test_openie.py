"""Open IE tuples: one rule of English per test, on sentences written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy
from geokg.extract.openie.carb import Extraction, extract_sentences, write_carb
from geokg.extract.openie.spans import render, trim
from spacy.language import Language
from spacy.tokens import Doc


@pytest.fixture(scope="session")
def extract(nlp: Language):
    """Sentence -> its extractions, parsed with the session's model."""

    def run(sentence: str) -> list[Extraction]:
        ((_, found),) = list(extract_sentences([sentence], nlp))
        return found

    return run


def tuples(found: list[Extraction]) -> set[tuple[str, ...]]:
    return {(e.relation, *e.args) for e in found}


def find(found: list[Extraction], relation: str) -> Extraction:
    matches = [e for e in found if e.relation == relation]
    assert matches, f"no {relation!r} among {tuples(found)}"
    return matches[0]


def test_relation_keeps_auxiliary_and_negation(extract) -> None:
    assert ("has not paid", "The company", "its workers") in tuples(
        extract("The company has not paid its workers.")
    )


def test_preposition_joins_relation_and_time_is_an_extra_argument(extract) -> None:
    found = extract("The minister was arrested in Paris on Monday.")
    assert ("was arrested in", "The minister", "Paris", "on Monday") in tuples(found)


def test_particle_joins_relation(extract) -> None:
    assert ("gave up", "The rebels", "their weapons") in tuples(extract("The rebels gave up their weapons."))


def test_adverb_inside_verb_group_joins_relation(extract) -> None:
    found = extract("The two sides have finally signed the agreement.")
    assert ("have finally signed", "The two sides", "the agreement") in tuples(found)


def test_copula(extract) -> None:
    assert ("is", "Lisbon", "the capital of Portugal") in tuples(
        extract("Lisbon is the capital of Portugal.")
    )


def test_predicative_adjective_with_preposition_joins_relation(extract) -> None:
    assert ("is aware of", "The mayor", "the problem") in tuples(
        extract("The mayor is aware of the problem.")
    )


def test_control_verb_folds_into_relation(extract) -> None:
    found = extract("The government wants to buy new ships.")
    assert ("wants to buy", "The government", "new ships") in tuples(found)


def test_passive_with_agent(extract) -> None:
    assert ("was built by", "The bridge", "a local firm") in tuples(
        extract("The bridge was built by a local firm.")
    )


def test_coordinated_verbs_share_the_subject(extract) -> None:
    found = tuples(extract("The army captured the town and burned the bridge."))
    assert ("captured", "The army", "the town") in found
    assert ("burned", "The army", "the bridge") in found


def test_coordinated_objects_are_split(extract) -> None:
    found = tuples(extract("The agency hired engineers and lawyers."))
    assert {("hired", "The agency", "engineers"), ("hired", "The agency", "lawyers")} <= found


def test_coordinated_subjects_are_split(extract) -> None:
    found = tuples(extract("France and Spain signed the treaty."))
    assert {("signed", "France", "the treaty"), ("signed", "Spain", "the treaty")} <= found


def test_apposition_and_subject_without_it(extract) -> None:
    found = tuples(extract("Maria Lopez, the mayor of the town, resigned on Friday."))
    assert ("is", "Maria Lopez", "the mayor of the town") in found
    assert ("resigned on", "Maria Lopez", "Friday") in found


def test_apposition_of_a_name_to_a_description_puts_the_name_first(extract) -> None:
    found = tuples(extract("Its chief engineer, Tom Hale, designed the new wing."))
    assert ("is", "Tom Hale", "Its chief engineer") in found


def test_place_beside_place_is_located_in(extract) -> None:
    found = tuples(extract("The company is based in Denver, Colorado, and employs 400 people."))
    assert ("is in", "Denver", "Colorado") in found


def test_non_restrictive_relative_clause_is_its_own_tuple(extract) -> None:
    found = tuples(extract("The farmer, who owns the mill, sold his land."))
    assert ("owns", "The farmer", "the mill") in found
    assert ("sold", "The farmer", "his land") in found


def test_relative_clause_object_is_the_modified_noun(extract) -> None:
    found = tuples(extract("The report that the committee published criticised the bank."))
    assert ("published", "the committee", "The report") in found


def test_relative_pronoun_after_preposition_is_replaced_by_its_noun(extract) -> None:
    found = tuples(extract("The firm for which she works makes tools."))
    assert ("works", "she", "for The firm") in found


def test_reduced_passive_participle(extract) -> None:
    found = tuples(extract("The ships seized by the navy were released."))
    assert ("are seized by", "The ships", "the navy") in found


def test_title_before_a_name(extract) -> None:
    found = tuples(extract("Yesterday Governor Alan Brooks visited the port."))
    assert ("is", "Alan Brooks", "Governor") in found


def test_honorific_is_not_a_title(extract) -> None:
    found = extract("Dr. Alan Brooks visited the port.")
    assert not [e for e in found if e.rule == "title"]


def test_possessive(extract) -> None:
    assert ("has", "The town", "mayor") in tuples(extract("The town's mayor opened the market."))


def test_clause_beyond_semicolon_is_not_an_argument(extract) -> None:
    found = extract("Exports rose sharply in May; imports fell.")
    assert all("imports" not in arg for e in found if e.relation.startswith("rose") for arg in e.args)
    assert ("fell", "imports") in tuples(found)


def test_reported_speech_keeps_the_clause_as_argument(extract) -> None:
    found = tuples(extract("The lawyer told reporters that the ruling was unfair."))
    assert ("told", "The lawyer", "reporters", "that the ruling was unfair") in found
    assert ("was", "the ruling", "unfair") in found


def test_confidence_prefers_plain_clauses_over_guesses(extract) -> None:
    found = extract("The town's mayor, a former teacher, opened the new market.")
    verb = find(found, "opened")
    assert verb.confidence > find(found, "is").confidence > find(found, "has").confidence


def test_confidence_is_lower_without_an_object(extract) -> None:
    found = extract("The old bridge collapsed and the river flooded the valley.")
    assert find(found, "collapsed").confidence < find(found, "flooded").confidence


def test_treebank_quotes_stay_balanced(extract) -> None:
    found = extract("`` The plan is dead , '' the senator said .")
    assert ("is", "The plan", "dead") in tuples(found)
    for e in found:
        for arg in e.args:
            assert arg.count("``") == arg.count("''")


def test_trim_drops_edge_punctuation_and_lone_brackets() -> None:
    words = [",", "the", "bank", "(", "BNL", ")", "and", "(", "more"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert render(trim(list(doc))) == "the bank ( BNL ) and more"


def test_render_keeps_original_spacing_and_marks_holes() -> None:
    doc = Doc(
        spacy.blank("en").vocab,
        words=["U.S.", "-", "based", "firm", "X"],
        spaces=[False, False, True, True, False],
    )
    assert render([doc[0], doc[1], doc[2], doc[4]]) == "U.S.-based X"


def test_write_carb_lines(tmp_path: Path) -> None:
    sentences = tmp_path / "in.txt"
    sentences.write_text("The rebels gave up their weapons .\n\nLisbon is the capital of Portugal .\n")
    out = tmp_path / "out.tsv"
    write_carb(sentences, out)
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert ["The rebels gave up their weapons .", "gave up", "The rebels", "their weapons"] in [
        [r[0], *r[2:]] for r in rows
    ]
    assert {r[0] for r in rows} == {
        "The rebels gave up their weapons .",
        "Lisbon is the capital of Portugal .",
    }
    assert all(0.0 < float(r[1]) <= 1.0 for r in rows)


def test_write_carb_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentences = tmp_path / "in.txt"
    sentences.write_text("Lisbon is the capital of Portugal .\n")
    write_carb(sentences, None)
    assert "\tis\tLisbon\tthe capital of Portugal" in capsys.readouterr().out


@pytest.mark.shared
def test_carb_news_dev_f1(shared_dir: Path, tmp_path: Path) -> None:
    """Regression guard on the CaRB newswire dev split (classic Open IE systems: F1 0.42-0.50)."""
    carb = shared_dir / "eval" / "carb"
    scorer_path = shared_dir / "eval" / "carb_score.py"
    if not scorer_path.is_file() or not (carb / "gold_dev_news.tsv").is_file():
        pytest.skip("CaRB files are not available")
    spec = importlib.util.spec_from_file_location("carb_score", scorer_path)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    pred = tmp_path / "pred.tsv"
    write_carb(carb / "dev_sentences_news.txt", pred)
    result = scorer.evaluate(
        scorer.load_gold(str(carb / "gold_dev_news.tsv")), scorer.load_predictions(str(pred))[0]
    )
    assert result["f1"] >= 0.5
