"""Predicates not cut short (wave 26): a particle the parser calls an adverb ("stepped down", "backed
down") stays in the predicate where the verb is known with it, and a role's title words stay with the role
noun ("as deputy head of"), and so do the preposition and noun of an idiom ("put through paces").
Hand-built parses of sentences of our own."""

from __future__ import annotations

from geokg.extract.clauses.predicates import phrasal_verb
from hand_docs import facts_with_roots

STEPPED = """
Ortega    Ortega    PROPN NNP 2 nsubj  PERSON
{verb}    {lemma}   VERB  VBD 0 ROOT   -
{adverb}  {adverb}  ADV   RB  2 advmod -
to        to        ADP   IN  2 prep   -
Lima      Lima      PROPN NNP 4 pobj   GPE
.         .         PUNCT .   2 punct  -
"""

STEPPED_AS = """
Ortega    Ortega    PROPN NNP 2 nsubj  PERSON
stepped   step      VERB  VBD 0 ROOT   -
down      down      ADV   RB  2 advmod -
as        as        ADP   IN  2 prep   -
head      head      NOUN  NN  4 pobj   -
of        of        ADP   IN  5 prep   -
Acme      Acme      PROPN NNP 6 pobj   ORG
.         .         PUNCT .   2 punct  -
"""


def test_a_known_phrasal_verb_keeps_its_adverb_particle_and_its_sense() -> None:
    # "stepped down" is a resignation (CAMEO 08), the bare "step" no event
    assert ("Ortega", "step down as head of", "Acme", "08") in facts_with_roots(STEPPED_AS)


def test_the_adverb_particle_of_a_verb_with_a_bare_sense() -> None:
    # "backed down" is a yielding, not the backing (support, 05) the bare verb means
    facts = facts_with_roots(STEPPED.format(verb="backed", lemma="back", adverb="down"))
    assert {(f[1], f[3]) for f in facts} == {("back down to", "08")}


def test_an_adverb_the_verb_is_not_known_with_stays_out() -> None:
    # "drove down to Lima": "down" is a direction, "drive down" no phrasal verb of ours
    facts = facts_with_roots(STEPPED.format(verb="drove", lemma="drive", adverb="down"))
    assert not any("down" in f[1] for f in facts)


def test_phrasal_verbs_come_from_both_lexicons() -> None:
    assert phrasal_verb("step", "down")  # a CAMEO sense
    assert phrasal_verb("meet", "up")  # a verb phrase of predicates.tsv ("meet up with")
    assert not phrasal_verb("drive", "down")


RESIGNED_AS = """
Ortega    Ortega    PROPN NNP 2 nsubj  PERSON
resigned  resign    VERB  VBD 0 ROOT   -
as        as        ADP   IN  2 prep   -
{first}   {first}   ADJ   JJ  6 amod   -
{second}  {second}  NOUN  NN  6 compound -
head      head      NOUN  NN  3 pobj   -
of        of        ADP   IN  6 prep   -
Acme      Acme      PROPN NNP 7 pobj   ORG
.         .         PUNCT .   2 punct  -
"""


def test_a_roles_title_words_stay_in_the_predicate() -> None:
    facts = facts_with_roots(RESIGNED_AS.format(first="acting", second="deputy"))
    assert "resign as acting deputy head of" in {f[1] for f in facts if f[2] == "Acme"}


def test_a_title_word_the_parser_hangs_as_a_noun_modifier_stays_too() -> None:
    # "resigned as vice presidential head of Acme": the parser makes "vice" an nmod
    table = RESIGNED_AS.format(first="presidential", second="vice").replace("6 compound", "6 nmod")
    facts = facts_with_roots(table)
    assert "resign as presidential vice head of" in {f[1] for f in facts if f[2] == "Acme"}


def test_words_that_are_no_title_stay_out_of_the_role() -> None:
    # "the long-time office head": "long-time" and "office" are no title words of the role
    facts = facts_with_roots(RESIGNED_AS.format(first="long-time", second="office"))
    assert not any("long-time" in f[1] for f in facts)


PUT_THROUGH = """
Ortega    Ortega    PROPN NNP 3 nsubjpass PERSON
was       be        AUX   VBD 3 auxpass   -
put       put       VERB  VBN 0 ROOT      -
through   through   ADP   IN  3 prep      -
his       his       PRON  PRP$ 6 poss     -
{noun}    {noun}    NOUN  NNS 4 pobj      -
by        by        ADP   IN  3 agent     -
Acme      Acme      PROPN NNP 7 pobj      ORG
.         .         PUNCT .   3 punct     -
"""


def test_an_idioms_noun_stays_in_the_predicate() -> None:
    assert ("Acme", "put through paces", "Ortega", None) in facts_with_roots(PUT_THROUGH.format(noun="paces"))


def test_a_noun_of_no_idiom_stays_out() -> None:
    # "put through his exams": no idiom of ours, the noun is no part of the verb
    assert not any("exams" in f[1] for f in facts_with_roots(PUT_THROUGH.format(noun="exams")))
