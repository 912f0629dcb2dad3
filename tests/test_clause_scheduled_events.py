"""An event announced by a participle or adjective of schedule ("is expected to sign", "was due to
meet", "is set to visit") is the infinitive's event, done by the subject of "be" and still to come
(modality "will"): the frame read no agent for it, so the main event of such a sentence was lost (audit
round 21). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.relations import Relation
from hand_docs import by_rule, facts, read


def _signed(relations: list[Relation]) -> list[Relation]:
    return [r for r in relations if r.predicate == "sign treaty with"]


def test_expected_to_sign_is_the_subjects_signing_to_come() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 3 nsubjpass GPE
    is        be        AUX   VBZ 3 auxpass   -
    expected  expect    VERB  VBN 0 ROOT      -
    to        to        PART  TO  5 aux       -
    sign      sign      VERB  VB  3 xcomp     -
    a         a         DET   DT  7 det       -
    treaty    treaty    NOUN  NN  5 dobj      -
    with      with      ADP   IN  7 prep      -
    Bolivia   Bolivia   PROPN NNP 8 pobj      GPE
    .         .         PUNCT .   3 punct     -
    """)
    signed = _signed(by_rule(reading, "noun_prep"))
    assert facts(reading, "noun_prep") >= {("Peru", "sign treaty with", "Bolivia")}
    assert signed and all(r.modality == "will" and not r.negated for r in signed)


def test_due_to_meet_takes_the_subject_of_be() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj     GPE
    was       be        AUX   VBD 0 ROOT      -
    due       due       ADJ   JJ  2 acomp     -
    to        to        PART  TO  5 aux       -
    meet      meet      VERB  VB  3 xcomp     -
    Argentina Argentina PROPN NNP 5 dobj      GPE
    .         .         PUNCT .   2 punct     -
    """)
    met = [r for r in by_rule(reading, "svo") if r.predicate == "meet with"]
    assert facts(reading, "svo") == {("Chile", "meet with", "Argentina")}
    assert met and all(r.modality == "will" and r.event_root == "04" for r in met)


def test_not_due_to_meet_is_negated() -> None:
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj     GPE
    is        be        AUX   VBZ 0 ROOT      -
    not       not       PART  RB  2 neg       -
    due       due       ADJ   JJ  2 acomp     -
    to        to        PART  TO  6 aux       -
    meet      meet      VERB  VB  4 xcomp     -
    Argentina Argentina PROPN NNP 6 dobj      GPE
    .         .         PUNCT .   2 punct     -
    """)
    met = by_rule(reading, "svo")
    assert met and all(r.negated and r.modality == "will" for r in met)


def test_reduced_clause_of_schedule_is_about_its_noun() -> None:
    reading = read("""
    Japan     Japan     PROPN NNP 8 nsubj     GPE
    ,         ,         PUNCT ,   1 punct     -
    set       set       VERB  VBN 1 acl       -
    to        to        PART  TO  5 aux       -
    visit     visit     VERB  VB  3 xcomp     -
    Kenya     Kenya     PROPN NNP 5 dobj      GPE
    ,         ,         PUNCT ,   1 punct     -
    praised   praise    VERB  VBD 0 ROOT      -
    Ghana     Ghana     PROPN NNP 8 dobj      GPE
    .         .         PUNCT .   8 punct     -
    """)
    visited = [r for r in by_rule(reading, "svo") if r.predicate == "visit"]
    assert facts(reading, "svo") >= {("Japan", "visit", "Kenya"), ("Japan", "praise", "Ghana")}
    assert visited and all(r.modality == "will" for r in visited)


def test_the_expecting_is_no_step_of_the_chain() -> None:
    """ "is expected to continue to attack": the attack goes on; nobody "expects to continue"."""
    reading = read("""
    Iran      Iran      PROPN NNP 3 nsubjpass GPE
    is        be        AUX   VBZ 3 auxpass   -
    expected  expect    VERB  VBN 0 ROOT      -
    to        to        PART  TO  5 aux       -
    continue  continue  VERB  VB  3 xcomp     -
    to        to        PART  TO  7 aux       -
    attack    attack    VERB  VB  5 xcomp     -
    Iraq      Iraq      PROPN NNP 7 dobj      GPE
    .         .         PUNCT .   3 punct     -
    """)
    assert facts(reading, "svo") == {("Iran", "continue to attack", "Iraq")}


def test_a_passive_infinitive_after_a_schedule_is_done_to_the_subject() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 3 nsubjpass GPE
    is        be        AUX   VBZ 3 auxpass   -
    expected  expect    VERB  VBN 0 ROOT      -
    to        to        PART  TO  6 aux       -
    be        be        AUX   VB  6 auxpass   -
    criticised criticise VERB VBN 3 xcomp     -
    by        by        ADP   IN  6 agent     -
    Chile     Chile     PROPN NNP 7 pobj      GPE
    .         .         PUNCT .   3 punct     -
    """)
    criticised = by_rule(reading, "passive")
    assert facts(reading, "passive") == {("Chile", "criticise", "Peru")}
    assert all(r.modality == "will" for r in criticised)


def test_voting_to_act_is_the_decision_not_the_deed() -> None:
    """ "The assembly voted to suspend ties with X": the vote decides it, as "decided to" does; the vote
    stays in the predicate (audit round 21)."""
    reading = read("""
    Chile     Chile     PROPN NNP 2 nsubj     GPE
    voted     vote      VERB  VBD 0 ROOT      -
    to        to        PART  TO  4 aux       -
    suspend   suspend   VERB  VB  2 xcomp     -
    ties      tie       NOUN  NNS 4 dobj      -
    with      with      ADP   IN  5 prep      -
    Peru      Peru      PROPN NNP 6 pobj      GPE
    .         .         PUNCT .   2 punct     -
    """)
    predicates = {r.predicate for rule in ("noun_prep", "prep") for r in by_rule(reading, rule)}
    assert predicates == {"vote to suspend tie with"}
