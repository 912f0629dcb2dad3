"""A deed one "had no choice but to" do (wave 39 C): "had no choice but to impose X", "has little option
but to expel them", "will have no alternative but to devalue" say the deed was (or will be) done by the
subject of "have", with the modality of "have" and the attribution of the clause. Each test states its parse
by hand (tests/hand_docs.py), one for each way the parser hangs the infinitive; the sentences are ours."""

from __future__ import annotations

from hand_docs import read


def _found(reading, predicate: str) -> set[tuple[str, str, str | None, str | None, bool]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], label[r.object.entity_id], r.modality, r.event_root, r.negated)
        for r in reading.relations
        if r.predicate == predicate
    }


def test_infinitive_on_but_after_the_noun_is_the_deed_of_the_one_who_had_no_choice() -> None:
    reading = read("""
    Smith     Smith     PROPN NNP 2  nsubj    PERSON
    said      say       VERB  VBD 0  ROOT     -
    Ruritania Ruritania PROPN NNP 4  nsubj    GPE
    had       have      VERB  VBD 2  ccomp    -
    no        no        DET   DT  6  det      -
    choice    choice    NOUN  NN  4  dobj     -
    but       but       SCONJ IN  6  prep     -
    to        to        PART  TO  9  aux      -
    impose    impose    VERB  VB  7  pcomp    -
    sanctions sanction  NOUN  NNS 9  dobj     -
    on        on        ADP   IN  9  prep     -
    Zenda     Zenda     PROPN NNP 11 pobj     GPE
    .         .         PUNCT .   2  punct    -
    """)
    assert _found(reading, "sanction") == {("Ruritania", "Zenda", None, "16", False)}
    label = {e.id: e.label for e in reading.entities.entities()}
    assert {label[r.attributed_to] for r in reading.relations if r.predicate == "sanction"} == {"Smith"}


def test_a_choice_to_come_keeps_the_modality_of_have() -> None:
    reading = read("""
    Ruritania Ruritania PROPN NNP 3  nsubj    GPE
    will      will      AUX   MD  3  aux      -
    have      have      VERB  VB  0  ROOT     -
    no        no        DET   DT  5  det      -
    choice    choice    NOUN  NN  3  dobj     -
    but       but       SCONJ IN  5  prep     -
    to        to        PART  TO  8  aux      -
    impose    impose    VERB  VB  6  pcomp    -
    sanctions sanction  NOUN  NNS 8  dobj     -
    on        on        ADP   IN  8  prep     -
    Zenda     Zenda     PROPN NNP 10 pobj     GPE
    .         .         PUNCT .   3  punct    -
    """)
    assert _found(reading, "sanction") == {("Ruritania", "Zenda", "will", "16", False)}


def test_infinitive_hung_on_have_as_a_purpose_is_the_deed_done() -> None:
    reading = read("""
    Ruritania   Ruritania   PROPN NNP 2 nsubj GPE
    had         have        VERB  VBD 0 ROOT  -
    no          no          DET   DT  4 det   -
    alternative alternative NOUN  NN  2 dobj  -
    but         but         SCONJ IN  4 prep  -
    to          to          PART  TO  7 aux   -
    expel       expel       VERB  VB  2 advcl -
    the         the         DET   DT  10 det  -
    Zendan      zendan      ADJ   JJ  10 amod NORP
    diplomats   diplomat    NOUN  NNS 7 dobj  -
    .           .           PUNCT .   2 punct -
    """)
    assert _found(reading, "expel") == {("Ruritania", "Zendan", None, "16", False)}


def test_a_deed_one_was_forced_to_do_was_done() -> None:
    reading = read("""
    Ruritania Ruritania PROPN NNP 3 nsubjpass GPE
    was       be        AUX   VBD 3 auxpass   -
    forced    force     VERB  VBN 0 ROOT      -
    to        to        PART  TO  5 aux       -
    expel     expel     VERB  VB  3 xcomp     -
    the       the       DET   DT  8 det       -
    Zendan    zendan    ADJ   JJ  8 amod      NORP
    diplomats diplomat  NOUN  NNS 5 dobj      -
    .         .         PUNCT .   3 punct     -
    """)
    assert _found(reading, "expel") == {("Ruritania", "Zendan", None, "16", False)}


def test_a_deed_another_compels_is_the_text_s_fact_and_takes_the_compelling_modality() -> None:
    reading = read("""
    Zenda     Zenda     PROPN NNP 3 nsubj GPE
    will      will      AUX   MD  3 aux   -
    compel    compel    VERB  VB  0 ROOT  -
    Ruritania Ruritania PROPN NNP 3 dobj  GPE
    to        to        PART  TO  6 aux   -
    expel     expel     VERB  VB  3 xcomp -
    the       the       DET   DT  9 det   -
    Freedonian freedonian ADJ JJ  9 amod  NORP
    diplomats diplomat  NOUN  NNS 6 dobj  -
    .         .         PUNCT .   3 punct -
    """)
    assert _found(reading, "expel") == {("Ruritania", "Freedonian", "will", "16", False)}
    assert {r.attributed_to for r in reading.relations if r.predicate == "expel"} == {None}


def test_a_deed_one_was_not_forced_to_do_is_no_fact() -> None:
    reading = read("""
    Ruritania Ruritania PROPN NNP 4 nsubjpass GPE
    was       be        AUX   VBD 4 auxpass   -
    not       not       PART  RB  4 neg       -
    forced    force     VERB  VBN 0 ROOT      -
    to        to        PART  TO  6 aux       -
    expel     expel     VERB  VB  4 xcomp     -
    the       the       DET   DT  9 det       -
    Zendan    zendan    ADJ   JJ  9 amod      NORP
    diplomats diplomat  NOUN  NNS 6 dobj      -
    .         .         PUNCT .   4 punct     -
    """)
    assert not _found(reading, "expel")
