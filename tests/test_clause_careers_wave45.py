"""Careers told by verbs of appointing and leaving (wave 45 B): who appoints, who leaves what body."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_by_phrase_hung_on_the_office_names_who_appoints() -> None:
    # "X was appointed ambassador to Y by Z": the parser hangs "by Z" on the office; Z appoints X
    reading = read("""
    Jan       Jan       PROPN NNP 2  compound  PERSON
    Kowal     Kowal     PROPN NNP 4  nsubjpass I-PERSON
    was       be        AUX   VBD 4  auxpass   -
    appointed appoint   VERB  VBN 0  ROOT      -
    envoy     envoy     NOUN  NN  4  oprd      -
    to        to        ADP   IN  5  prep      -
    Chile     Chile     PROPN NNP 6  pobj      GPE
    by        by        ADP   IN  5  prep      -
    Peru      Peru      PROPN NNP 8  pobj      GPE
    .         .         PUNCT .   4  punct     -
    """)
    assert ("Peru", "appoint", "Jan Kowal") in facts(reading, "passive")


def test_a_by_phrase_on_the_office_of_another_verb_is_no_appointer() -> None:
    # "X was hailed a hero by Z": only a verb of appointing lends the by-phrase on its office to the verb
    reading = read("""
    Jan       Jan       PROPN NNP 2  compound  PERSON
    Kowal     Kowal     PROPN NNP 4  nsubjpass I-PERSON
    was       be        AUX   VBD 4  auxpass   -
    hailed    hail      VERB  VBN 0  ROOT      -
    hero      hero      NOUN  NN  4  oprd      -
    by        by        ADP   IN  5  prep      -
    Peru      Peru      PROPN NNP 6  pobj      GPE
    .         .         PUNCT .   4  punct     -
    """)
    assert not any(fact[0] == "Peru" for fact in facts(reading, "passive"))
