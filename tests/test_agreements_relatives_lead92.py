"""A passive relative clause of a verb done to a document's text, hung on the party after "with" an agreement
noun, is the agreement's (a parse repair; hand-built parses)."""

from __future__ import annotations

from geokg.extract.io.nlp import agreements_relatives
from hand_docs import parse

SUBMITTED = """
Silva      Silva      PROPN NNP 2  nsubj     ORG
said       say        VERB  VBD 0  ROOT      -
he         he         PRON  PRP 5  nsubj     -
would      would      AUX   MD  5  aux       -
sign       sign       VERB  VB  2  ccomp     -
the        the        DET   DT  7  det       -
agreement  agreement  NOUN  NN  5  dobj      -
with       with       ADP   IN  7  prep      -
China      China      PROPN NNP 8  pobj      GPE
,          ,          PUNCT ,   9  punct     -
which      which      PRON  WDT 15 nsubjpass -
would      would      AUX   MD  15 aux       -
then       then       ADV   RB  15 advmod    -
be         be         AUX   VB  15 auxpass   -
submitted  submit     VERB  VBN 9  relcl     -
to         to         ADP   IN  15 prep      -
Portugal   Portugal   PROPN NNP 19 poss      GPE
's         's         PART  POS 17 case      -
parliament parliament NOUN  NN  16 pobj      -
for        for        ADP   IN  15 prep      -
approval   approval   NOUN  NN  20 pobj      -
.          .          PUNCT .   2  punct     -
"""


def test_a_passive_relative_on_an_agreements_party_is_the_agreements() -> None:
    doc = agreements_relatives(parse(SUBMITTED))
    submitted = next(t for t in doc if t.text == "submitted")
    assert submitted.head.text == "agreement" and submitted.dep_ == "relcl"


def test_an_act_on_the_party_stays_the_partys() -> None:
    doc = agreements_relatives(parse(SUBMITTED.replace("submitted  submit ", "attacked   attack ")))
    attacked = next(t for t in doc if t.text == "attacked")
    assert attacked.head.text == "China"
