"""A speaker's claim about a state's deed kept when the clause is judged only likely (wave 87 F): "Weber said
it was unlikely that Brazil's suspension of payments would lead to a chain reaction." A state's name before
"suspension" names its doer (words.tsv deed_nouns), so the report is of what the state did (rules.
_owners_act); the clause the empty "it" stands for, which the parser hangs on the adjective of likelihood,
is what was said (objects, content slots), and the speaker's word on it is hedged: may (relations.
_judged_likely). Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are
ours."""

from __future__ import annotations

from hand_docs import read

PLAIN = """
Hans        Hans        PROPN NNP  2  compound PERSON
Weber       Weber       PROPN NNP  3  nsubj    I-PERSON
said        say         VERB  VBD  0  ROOT     -
Brazil      Brazil      PROPN NNP  6  poss     GPE
's          's          PART  POS  4  case     -
suspension  suspension  NOUN  NN   10 nsubj    -
of          of          ADP   IN   6  prep     -
payments    payment     NOUN  NNS  7  pobj     -
would       would       AUX   MD   10 aux      -
lead        lead        VERB  VB   3  ccomp    -
to          to          ADP   IN   10 prep     -
a           a           DET   DT   14 det      -
chain       chain       NOUN  NN   14 compound -
reaction    reaction    NOUN  NN   11 pobj     -
.           .           PUNCT .    3  punct    -
"""

UNLIKELY = """
Hans        Hans        PROPN NNP  2  compound PERSON
Weber       Weber       PROPN NNP  3  nsubj    I-PERSON
said        say         VERB  VBD  0  ROOT     -
it          it          PRON  PRP  5  nsubj    -
was         be          AUX   VBD  3  ccomp    -
unlikely    unlikely    ADJ   JJ   5  acomp    -
that        that        SCONJ IN   14 mark     -
Brazil      Brazil      PROPN NNP  10 poss     GPE
's          's          PART  POS  8  case     -
suspension  suspension  NOUN  NN   14 nsubj    -
of          of          ADP   IN   10 prep     -
payments    payment     NOUN  NNS  11 pobj     -
would       would       AUX   MD   14 aux      -
lead        lead        VERB  VB   6  ccomp    -
to          to          ADP   IN   14 prep     -
a           a           DET   DT   18 det      -
chain       chain       NOUN  NN   18 compound -
reaction    reaction    NOUN  NN   15 pobj     -
.           .           PUNCT .    3  punct    -
"""


def _said(table: str) -> set[tuple[str, str, str, str | None]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.modality)
        for r in reading.relations
        if r.rule.name == "speech_content"
    }


def test_a_claim_about_a_states_suspension_is_about_the_state() -> None:
    assert _said(PLAIN) == {("Hans Weber", "say", "Brazil", None)}


def test_a_claim_judged_unlikely_is_kept_hedged() -> None:
    assert _said(UNLIKELY) == {("Hans Weber", "say", "Brazil", "may")}
