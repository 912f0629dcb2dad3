"""Clause rules of the entity-level extractor, one rule per test, on sentences written for these tests.

Each test states the facts a reader takes from the sentence as (subject, word in predicate, object, negated)
and, where the rule exists to prevent one, the wrong fact that must not appear.
"""

from __future__ import annotations

import pytest
from extraction_helpers import Run, facts, find, none, one

# --- 1-2: active and passive clauses ---------------------------------------------------------------------


def test_active_clause_between_named_entities(run: Run) -> None:
    result = run("Russia attacked Ukraine.")
    fact = one(result, "Russia", "attack", "Ukraine")
    assert (fact.subject_id, fact.object_id) == ("country:RUS", "country:UKR")
    none(result, "Ukraine", "Russia")


def test_passive_with_by_agent_is_read_actively(run: Run) -> None:
    result = run("Israel was condemned by Turkey.")
    one(result, "Turkey", "condemn", "Israel")
    none(result, "Israel", "Turkey")


# --- 3-5: passives without an agent -----------------------------------------------------------------------


def test_passive_without_agent_keeps_the_patient_as_subject(run: Run) -> None:
    result = run("Marat Zhukov was detained in Belarus.")
    fact = one(result, "Marat Zhukov", "be detained in", "Belarus")
    assert fact.predicate == "be detained in"


def test_headline_passive_without_auxiliary(run: Run) -> None:
    result = run("French journalist Pierre Dumas arrested in Iran")
    assert one(result, "Pierre Dumas", "arrested in", "Iran").predicate == "be arrested in"
    assert not [t for t in result.triples if t.predicate in ("arrest", "arrest in")], facts(result)


def test_coordinated_participle_shares_the_passive_auxiliary(run: Run) -> None:
    result = run("Marat Zhukov was detained in Belarus and transferred to Russia.")
    one(result, "Marat Zhukov", "be detained in", "Belarus")
    assert one(result, "Marat Zhukov", "transferred to", "Russia").predicate == "be transferred to"


# --- 6-8: coordination, negation, modality ---------------------------------------------------------------


def test_coordinated_subjects_and_objects_give_every_pair(run: Run) -> None:
    result = run("Iran and Russia condemned Israel and the United States.")
    pairs = {(t.subject, t.object) for t in result.triples if t.predicate == "condemn"}
    assert pairs == {("Iran", "Israel"), ("Iran", "United States"),
                     ("Russia", "Israel"), ("Russia", "United States")}
    none(result, "Iran", "Russia")


@pytest.mark.parametrize(("text", "subject", "verb", "obj"), [
    ("Germany did not support Poland.", "Germany", "support", "Poland"),
    ("France won't recognise Israel.", "France", "recognise", "Israel"),
    ("Hungary has never supported Ukraine.", "Hungary", "support", "Ukraine"),
    ("India didn't criticise Russia.", "India", "criticise", "Russia"),
    ("Israel was not condemned by Turkey.", "Turkey", "condemn", "Israel"),
    ("Serbia did not agree to recognise Kosovo.", "Serbia", "recognise", "Kosovo"),
])
def test_negation_is_kept_and_never_lost(run: Run, text: str, subject: str, verb: str, obj: str) -> None:
    result = run(text)
    one(result, subject, verb, obj, negated=True)
    assert not [t for t in find(result, subject, verb, obj) if not t.negated], facts(result)


def test_negation_reaches_each_coordinated_clause(run: Run) -> None:
    result = run("Turkey has not attacked Greece and never will attack Cyprus.")
    one(result, "Turkey", "attack", "Greece", negated=True)
    one(result, "Turkey", "attack", "Cyprus", negated=True)


def test_shared_negation_covers_the_second_coordinated_verb(run: Run) -> None:
    result = run("China did not condemn Russia or criticise Belarus.")
    one(result, "China", "condemn", "Russia", negated=True)
    one(result, "China", "criticise", "Belarus", negated=True)
    assert not [t for t in find(result, "China", "criticise", "Belarus") if not t.negated], facts(result)


@pytest.mark.parametrize(("text", "subject", "verb", "obj", "modality"), [
    ("Iran must release the sailors of Britain.", "Iran", "release", "United Kingdom", "must"),
    ("Turkey may attack Syria.", "Turkey", "attack", "Syria", "may"),
    ("China could invade Taiwan.", "China", "invade", "Taiwan", "could"),
    ("Russia will support Serbia.", "Russia", "support", "Serbia", "will"),
    ("France won't recognise Israel.", "France", "recognise", "Israel", "will"),
])
def test_modal_auxiliary_is_kept_as_modality(run: Run, text: str, subject: str, verb: str, obj: str,
                                             modality: str) -> None:
    result = run(text)
    fact = one(result, subject, verb, obj, negated=text.startswith("France"))
    assert fact.modality == modality


def test_plain_past_has_no_modality(run: Run) -> None:
    assert one(run("Russia supported Serbia."), "Russia", "support", "Serbia").modality is None


# --- 9-13: prepositions and nouns between verb and entity -------------------------------------------------


def test_prepositional_object_joins_the_predicate(run: Run) -> None:
    result = run("The United States withdrew from Iraq.")
    assert one(result, "United States", "withdraw", "Iraq").predicate == "withdraw from"


def test_dative_to_phrase_after_an_object_is_an_object(run: Run) -> None:
    result = run("China sent aid to Pakistan.")
    one(result, "China", "send", "Pakistan")


@pytest.mark.parametrize(("text", "subject", "noun", "obj", "rule"), [
    ("Israel launched attacks on Syria.", "Israel", "attack", "Syria", "light_verb"),
    ("The European Union imposed sanctions on Iran.", "European Union", "sanction", "Iran", "light_verb"),
    ("Canada criticised the threats against Ukraine.", "Canada", "threat against", "Ukraine", "noun_prep"),
])
def test_entity_reached_through_an_object_noun(run: Run, text: str, subject: str, noun: str,
                                               obj: str, rule: str) -> None:
    fact = one(run(text), subject, noun, obj)
    assert fact.extractor.startswith(f"geokg.{rule}/")


def test_quantity_noun_is_looked_through_to_the_event(run: Run) -> None:
    result = run("Israel launched a wave of air strikes on Lebanon.")
    one(result, "Israel", "strike", "Lebanon")
    assert not [t for t in result.triples if "wave" in t.predicate], facts(result)


def test_quantity_noun_holding_the_target_is_looked_through(run: Run) -> None:
    result = run("Israel launched a wave of strikes on Lebanon.")
    one(result, "Israel", "strike", "Lebanon")


def test_event_noun_in_a_circumstance_phrase_is_the_predicate(run: Run) -> None:
    result = run("Antony Blinken spoke to reporters during a meeting with Saudi Arabia.")
    fact = one(result, "Antony Blinken", "meet with", "Saudi Arabia")
    assert (fact.predicate, fact.predicate_text) == ("meet with", "meeting with")
    assert fact.event_root == "04"


def test_light_verb_takes_its_meaning_from_the_noun(run: Run) -> None:
    result = run("Sergei Lavrov held talks with Turkey on Monday.")
    fact = one(result, "Sergei Lavrov", "meet with", "Turkey")
    assert fact.predicate_text == "held talks with"
    assert fact.event_root == "04"  # consult, from "talks", not from "hold"


# --- 14: copula ------------------------------------------------------------------------------------------


def test_copula_with_a_relational_noun(run: Run) -> None:
    result = run("Pakistan is an ally of China.")
    assert one(result, "Pakistan", "ally", "China").predicate == "be ally of"


def test_copula_with_an_adjective(run: Run) -> None:
    result = run("India is critical of Pakistan.")
    assert one(result, "India", "critical", "Pakistan").predicate == "be critical of"


# --- 27-31: control, chains, open questions, threats, coordination repair -----------------------------------


def test_object_control_makes_the_object_the_subject_of_the_infinitive(run: Run) -> None:
    result = run("The European Union urged Serbia to recognise Kosovo.")
    one(result, "European Union", "urge", "Serbia")
    one(result, "Serbia", "recognise", "Kosovo")
    none(result, "European Union", "Kosovo")


def test_object_control_through_a_chain_verb(run: Run) -> None:
    result = run("The United Nations urged Ethiopia to stop attacking Eritrea.")
    # Ethiopia is to stop: a wish of the UN that Ethiopia not attack, never an assertion that it attacks.
    stop = one(result, "Ethiopia", "attack", "Eritrea", negated=True)
    assert stop.modality == "should" and stop.attributed_to == "United Nations"
    none(result, "United Nations", "Eritrea")


def test_stop_x_from_doing_makes_x_the_doer_of_what_did_not_happen(run: Run) -> None:
    result = run("Britain banned Mahan Air from flying to Syria.")
    one(result, "Mahan Air", "fly", "Syria", negated=True)  # the ban keeps the flight from happening
    none(result, "United Kingdom", "Syria")


def test_an_act_one_only_tried_to_stop_is_no_fact(run: Run) -> None:
    # Whether Hamas attacked is not said: an attempt to stop it neither asserts nor denies the attack.
    result = run("Egypt tried to stop Hamas from attacking Israel.")
    none(result, "Hamas", "Israel")
    none(result, "Egypt", "Israel")


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), [
    ("Serbia refused to recognise Kosovo.", "Serbia", "refuse to recognise", "Kosovo"),
    ("China declined to condemn Russia.", "China", "decline to condemn", "Russia"),
])
def test_chain_verb_stays_in_the_predicate(run: Run, text: str, subject: str, predicate: str,
                                           obj: str) -> None:
    result = run(text)
    assert one(result, subject, predicate, obj).predicate == predicate
    # The refusal must not read as the act itself.
    verb = predicate.split()[-1]
    assert (subject, verb, obj, False) not in facts(result)


@pytest.mark.parametrize("text", [
    "Analysts asked whether Russia would attack Finland.",
    "Officials discussed if Turkey had supplied Azerbaijan.",
])
def test_whether_and_if_clauses_are_not_asserted(run: Run, text: str) -> None:
    result = run(text)
    assert not [t for t in result.triples if t.subject in ("Russia", "Turkey")], facts(result)


def test_conditional_promise_of_force_is_a_threat(run: Run) -> None:
    result = run('"If Iran attacks Israel, I will destroy Iran," Donald Trump said.')
    fact = one(result, "Donald Trump", "destroy", "Iran")
    assert fact.predicate.startswith("threaten to")
    assert fact.event_root == "13"


def test_unconditional_promise_is_not_a_threat(run: Run) -> None:
    fact = one(run('Donald Trump said, "I will destroy Iran."'), "Donald Trump", "destroy", "Iran")
    assert not fact.predicate.startswith("threaten")
    assert fact.event_root != "13"


def test_noun_stolen_by_the_next_clause_is_its_subject(run: Run) -> None:
    result = run("US troops defeated ISIS and Turkey would be moving into Syria.")
    one(result, "US military", "defeat", "ISIS")
    assert one(result, "Turkey", "move", "Syria").modality == "would"
    none(result, "US military", "Turkey")


# --- 34: CAMEO roots --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "subject", "verb", "obj", "roots"), [
    ("The United States urged Iraq to hold elections.", "United States", "urge", "Iraq", {"02"}),
    ("Russia attacked Ukraine.", "Russia", "attack", "Ukraine", {"18", "19"}),
    ("Turkey carried out attacks on Syria.", "Turkey", "attack", "Syria", {"18", "19"}),
    ("Iran and Russia condemned Israel.", "Iran", "condemn", "Israel", {"11"}),
    ("The European Union imposed sanctions on Iran.", "European Union", "sanction", "Iran", {"16"}),
])
def test_action_triples_carry_their_cameo_root(run: Run, text: str, subject: str, verb: str, obj: str,
                                               roots: set[str]) -> None:
    assert one(run(text), subject, verb, obj).event_root in roots


def test_event_noun_after_launch_gives_the_root(run: Run) -> None:
    fact = one(run("Israel launched attacks on Syria."), "Israel", "attack", "Syria")
    assert fact.event_root in {"18", "19"}


def test_copula_triples_carry_no_event_root(run: Run) -> None:
    assert one(run("Pakistan is an ally of China."), "Pakistan", "ally", "China").event_root is None
