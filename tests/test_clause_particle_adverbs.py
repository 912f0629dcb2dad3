"""A particle the parser calls an adverb ("stepped down", "backed down") stays in the predicate where the
verb is known with it (wave 26). Hand-built parses of sentences of our own."""

from __future__ import annotations

from geokg.extract.clauses.predicates import phrasal_verb
from hand_docs import read


def _facts(table: str) -> set[tuple[str, str, str, str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.event_root)
        for r in reading.relations
    }


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
    assert ("Ortega", "step down as head of", "Acme", "08") in _facts(STEPPED_AS)


def test_the_adverb_particle_of_a_verb_with_a_bare_sense() -> None:
    # "backed down" is a yielding, not the backing (support, 05) the bare verb means
    facts = _facts(STEPPED.format(verb="backed", lemma="back", adverb="down"))
    assert {(f[1], f[3]) for f in facts} == {("back down to", "08")}


def test_an_adverb_the_verb_is_not_known_with_stays_out() -> None:
    # "drove down to Lima": "down" is a direction, "drive down" no phrasal verb of ours
    facts = _facts(STEPPED.format(verb="drove", lemma="drive", adverb="down"))
    assert not any("down" in f[1] for f in facts)


def test_phrasal_verbs_come_from_both_lexicons() -> None:
    assert phrasal_verb("step", "down")  # a CAMEO sense
    assert phrasal_verb("meet", "up")  # a verb phrase of predicates.tsv ("meet up with")
    assert not phrasal_verb("drive", "down")
