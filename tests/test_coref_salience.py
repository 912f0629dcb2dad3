"""Salience of people, places and bodies for pronouns and definite descriptions (wave 19).

Sentences are written for these tests. Each asserts the tempting wrong reading is absent too.
"""

from __future__ import annotations

from extraction_helpers import Run, none, one

# --- a person named in passing is not whom "he" / "his" means -------------------------------------------


def test_his_in_the_main_clause_skips_a_person_of_a_relative_clause(run: Run) -> None:
    result = run(
        "Viktor Orban, who defeated Peter Marki-Zay in April, thanked his voters in Budapest, where his "
        "government later condemned Ukraine."
    )
    # "his government" is the state of the one "his" means (wave 77 H), Orban's Hungary
    one(result, "Hungary", "condemn", "Ukraine")
    none(result, "Viktor Orban", "Ukraine")
    none(result, "Peter Marki-Zay", "Ukraine")


def test_a_pronoun_in_a_quotation_keeps_to_the_person_named_in_passing_not_the_speaker(run: Run) -> None:
    # The speaker of a quotation is "I" in it: "he" is the other person, though named in a side phrase.
    result = run(
        'The singer Peter Hale, who toured with John Marsh in the 1990s, stated "He was a gentle soul and a '
        'brilliant guitarist," on Monday.'
    )
    one(result, "Peter Hale", "praise", "John Marsh")
    none(result, "Peter Hale", "Peter Hale")


def test_he_skips_a_sentence_that_names_a_person_only_in_passing(run: Run) -> None:
    result = run(
        "Viktor Orban won the election on Sunday. The result followed a bitter campaign against Peter "
        "Marki-Zay. He later criticised Ukraine."
    )
    one(result, "Viktor Orban", "criticise", "Ukraine")
    none(result, "Peter Marki-Zay", "Ukraine")


def test_he_keeps_to_the_only_person_named_when_no_subject_came_before(run: Run) -> None:
    result = run(
        "The result followed a bitter campaign against Peter Marki-Zay. He later criticised Ukraine."
    )
    one(result, "Peter Marki-Zay", "criticise", "Ukraine")


# --- "the community": the body whose name it heads, and one named as an argument before one in passing -----


def test_the_noun_before_of_heads_a_name(run: Run) -> None:
    result = run(
        "Ten African states on Monday founded the Organisation of Coastal States in Dakar. Egypt will join "
        "the organisation next year."
    )
    one(result, "Egypt", "join", "Organisation of Coastal States")


def test_the_body_just_created_goes_before_one_named_in_passing(run: Run) -> None:
    result = run(
        "Eight Balkan states created the Danube Community of Nations on Friday. Delegates of the Nordic "
        "Community attended the signing in Vienna. Serbia will not immediately join the community."
    )
    one(result, "Serbia", "join", "Danube Community of Nations", negated=True)
    none(result, "Serbia", "Nordic Community")


# --- "the opposition candidate": the one person the article calls the side's leader or nominee ------------


def test_the_sides_candidate_is_the_one_person_called_its_leader(run: Run) -> None:
    result = run(
        "Voters in Ruritania chose on Sunday between President Ana Ruiz and opposition leader Tomas Vela. "
        "The opposition candidate accused Ruiz of fraud."
    )
    one(result, "Tomas Vela", "accuse", "Ana Ruiz")


def test_the_sides_candidate_abstains_between_two_of_that_side(run: Run) -> None:
    result = run(
        "Opposition leader Tomas Vela met President Ana Ruiz on Sunday, and opposition leader Carla Mendez "
        "met Ruiz on Monday. The opposition candidate accused Ruiz of fraud."
    )
    none(result, "Tomas Vela", "Ana Ruiz", "accuse")
    none(result, "Carla Mendez", "Ana Ruiz", "accuse")


# --- an object pronoun of a coordinated clause with a subject of its own -----------------------------------


def test_an_object_pronoun_after_a_new_subject_does_not_continue_the_first_subject(run: Run) -> None:
    result = run(
        "Emmanuel Macron criticised Angela Merkel on Sunday, and Boris Johnson later praised her in London."
    )
    one(result, "Boris Johnson", "praise", "Angela Merkel")
    none(result, "Boris Johnson", "Emmanuel Macron")
