"""Wave 115 H: an event noun a verb carries through to its end is no surer than that verb's clause. "Fiat is
due to complete its takeover of Daewoo next week" is a takeover still to come ("will"), as is "the takeover
of Daewoo by Fiat, due to be completed in June"; "Fiat completed its takeover of Daewoo in June" is one done
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import by_rule, read

DUE_TO_COMPLETE = """
Fiat     Fiat     PROPN NNP  2  nsubj     ORG
is       be       AUX   VBZ  0  ROOT      -
due      due      ADJ   JJ   2  acomp     -
to       to       PART  TO   5  aux       -
complete complete VERB  VB   3  xcomp     -
its      its      PRON  PRP$ 7  poss      -
takeover takeover NOUN  NN   5  dobj      -
of       of       ADP   IN   7  prep      -
Daewoo   Daewoo   PROPN NNP  8  pobj      ORG
next     next     ADJ   JJ   11 amod      DATE
week     week     NOUN  NN   5  npadvmod  I-DATE
.        .        PUNCT .    2  punct     -
"""

DUE_TO_BE_COMPLETED = """
The       the      DET   DT   2  det       -
takeover  takeover NOUN  NN   16 nsubj     -
of        of       ADP   IN   2  prep      -
Daewoo    Daewoo   PROPN NNP  3  pobj      ORG
by        by       ADP   IN   2  prep      -
Fiat      Fiat     PROPN NNP  5  pobj      ORG
,         ,        PUNCT ,    2  punct     -
due       due      ADJ   JJ   2  amod      -
to        to       PART  TO   11 aux       -
be        be       AUX   VB   11 auxpass   -
completed complete VERB  VBN  8  xcomp     -
in        in       ADP   IN   11 prep      -
June      June     PROPN NNP  12 pobj      DATE
,         ,        PUNCT ,    2  punct     -
will      will     AUX   MD   16 aux       -
cost      cost     VERB  VB   0  ROOT      -
jobs      job      NOUN  NNS  16 dobj      -
.         .        PUNCT .    16 punct     -
"""

COMPLETED = """
Fiat      Fiat     PROPN NNP  2  nsubj     ORG
completed complete VERB  VBD  0  ROOT      -
its       its      PRON  PRP$ 4  poss      -
takeover  takeover NOUN  NN   2  dobj      -
of        of       ADP   IN   4  prep      -
Daewoo    Daewoo   PROPN NNP  5  pobj      ORG
in        in       ADP   IN   2  prep      -
June      June     PROPN NNP  7  pobj      DATE
.         .        PUNCT .    2  punct     -
"""


def _takeovers(table: str) -> set[tuple[str, str | None, bool]]:
    return {(r.predicate, r.modality, r.negated) for r in by_rule(read(table), "event_noun")}


def test_takeover_due_to_be_completed_is_to_come() -> None:
    assert _takeovers(DUE_TO_COMPLETE) == {("take over", "will", False)}


def test_takeover_in_a_reduced_clause_of_schedule_is_to_come() -> None:
    assert _takeovers(DUE_TO_BE_COMPLETED) == {("take over", "will", False)}


def test_takeover_completed_is_done() -> None:
    # guard: passes with or without the change
    assert _takeovers(COMPLETED) == {("take over", None, False)}
