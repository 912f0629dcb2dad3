"""A state word modifying a subject noun that a name is in apposition to is no subject for "it" after it:
"The German carmaker Voltmotor said it would close a plant in Peru" — it is not Germany (a sentence of our
own, parse written by hand)."""

from __future__ import annotations

from hand_docs import read


def test_it_after_a_described_company_is_never_its_state() -> None:
    reading = read("""
    The       the       DET   DT  3 det      -
    German    German    ADJ   JJ  3 amod     NORP
    carmaker  carmaker  NOUN  NN  5 nsubj    -
    Voltmotor Voltmotor PROPN NNP 3 appos    ORG
    said      say       VERB  VBD 0 ROOT     -
    it        it        PRON  PRP 8 nsubj    -
    would     would     AUX   MD  8 aux      -
    close     close     VERB  VB  5 ccomp    -
    a         a         DET   DT  10 det     -
    plant     plant     NOUN  NN  8 dobj     -
    in        in        ADP   IN  10 prep    -
    Peru      Peru      PROPN NNP 11 pobj    GPE
    .         .         PUNCT .   5 punct    -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    subjects = {label[r.subject.entity_id] for r in reading.relations if r.predicate != "carmaker of"}
    objects = {label[r.object.entity_id] for r in reading.relations if r.predicate != "carmaker of"}
    assert "Germany" not in subjects | objects
