"""A hearer and the bare noun after it, told without "that" (wave 89 F): "Jane Roe told reporters rivalry
between Uganda and Tanzania had hurt trade in the region". The parser may run the hearer into the noun
("reporters" its compound) or take the noun for a second object of "told", hanging the clause's verb on
"told" with no subject. The repair (io/nlp.py told_subjects) makes the hearer the verb's object and the noun
the clause's subject, so the report is of the rivalry's parties (relation_nouns), not "Roe -tell rivalry
between-> Uganda" nor the rivalry's deed laid on Roe. A state's name before the noun ("the Uganda rivalry")
modifies it and is no hearer. Parses are built by hand as the parser gave them (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import told_subjects
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# the hearer run into the noun: "reporters" the compound of "rivalry", the rivalry the object of "told"
FUSED = """
Jane     Jane     PROPN NNP 2  compound PERSON
Roe      Roe      PROPN NNP 3  nsubj    I-PERSON
told     tell     VERB  VBD 0  ROOT     -
reporters reporter NOUN NNS 5  compound -
rivalry  rivalry  NOUN  NN  3  dobj     -
between  between  ADP   IN  5  prep     -
Uganda   Uganda   PROPN NNP 6  pobj     GPE
and      and      CCONJ CC  7  cc       -
Tanzania Tanzania PROPN NNP 7  conj     GPE
had      have     AUX   VBD 11 aux      -
hurt     hurt     VERB  VBN 3  ccomp    -
trade    trade    NOUN  NN  11 dobj     -
in       in       ADP   IN  11 prep     -
the      the      DET   DT  15 det      -
region   region   NOUN  NN  13 pobj     -
.        .        PUNCT .   3  punct    -
"""

# the noun a second object of "told", after the hearer
SECOND_OBJECT = """
Jane     Jane     PROPN NNP 2  compound PERSON
Roe      Roe      PROPN NNP 3  nsubj    I-PERSON
told     tell     VERB  VBD 0  ROOT     -
reporters reporter NOUN NNS 3  dative   -
rivalry  rivalry  NOUN  NN  3  dobj     -
between  between  ADP   IN  5  prep     -
Uganda   Uganda   PROPN NNP 6  pobj     GPE
and      and      CCONJ CC  7  cc       -
Tanzania Tanzania PROPN NNP 7  conj     GPE
had      have     AUX   VBD 11 aux      -
hurt     hurt     VERB  VBN 3  ccomp    -
trade    trade    NOUN  NN  11 dobj     -
in       in       ADP   IN  11 prep     -
the      the      DET   DT  15 det      -
region   region   NOUN  NN  13 pobj     -
.        .        PUNCT .   3  punct    -
"""

# "told the Senate friction with Japan was growing": a body's name run in, its determiner with it
SENATE = """
Jane     Jane     PROPN NNP 2  compound PERSON
Roe      Roe      PROPN NNP 3  nsubj    I-PERSON
told     tell     VERB  VBD 0  ROOT     -
the      the      DET   DT  6  det      -
Senate   Senate   PROPN NNP 6  compound ORG
friction friction NOUN  NN  3  dobj     -
with     with     ADP   IN  6  prep     -
Japan    Japan    PROPN NNP 7  pobj     GPE
was      be       AUX   VBD 10 aux      -
growing  grow     VERB  VBG 3  ccomp    -
.        .        PUNCT .   3  punct    -
"""


def _heads(table: str) -> list[tuple[str, str, str]]:
    doc = told_subjects(parse(table))
    return [(t.text, t.dep_, t.head.text) for t in doc]


def _said(table: str) -> set[tuple[str, str, str]]:
    reading = read_doc(told_subjects(parse(table)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in reading.relations
        if r.subject.entity_id != r.object.entity_id
    }


def test_a_hearer_run_into_the_noun_is_the_object_and_the_noun_the_clauses_subject() -> None:
    heads = _heads(FUSED)
    assert heads[3] == ("reporters", "dobj", "told")
    assert heads[4] == ("rivalry", "nsubj", "hurt")
    assert _said(FUSED) == {("Jane Roe", "say", "Uganda"), ("Jane Roe", "say", "Tanzania")}


def test_a_second_object_before_a_clause_with_no_subject_is_its_subject() -> None:
    heads = _heads(SECOND_OBJECT)
    assert heads[3] == ("reporters", "dative", "told")
    assert heads[4] == ("rivalry", "nsubj", "hurt")
    assert _said(SECOND_OBJECT) == {("Jane Roe", "say", "Uganda"), ("Jane Roe", "say", "Tanzania")}


def test_a_bodys_name_run_in_takes_its_determiner_and_a_states_name_is_left_as_modifier() -> None:
    heads = _heads(SENATE)
    assert heads[3:6] == [
        ("the", "det", "Senate"),
        ("Senate", "dobj", "told"),
        ("friction", "nsubj", "growing"),
    ]
    # "told the Uganda rivalry …": a state's name before the noun modifies it; nothing is moved
    uganda = SENATE.replace(
        "Senate   Senate   PROPN NNP 6  compound ORG", "Uganda   Uganda   PROPN NNP 6  compound GPE"
    )
    assert _heads(uganda)[4] == ("Uganda", "compound", "friction")
