"""Wave 114 F: "called on/upon X to do something" is an appeal (CAMEO root 02), never "called X something"
(frame.evaluated, frame._appealing_particle; rules._asked_to_do). The parser may read "on" as the verb's
particle and the one appealed to as its direct object, with the infinitive as an open complement: that
complement is what is asked, not what X is called, so rule evaluation reads nothing and the appeal carries
the infinitive's words as its content. The sentences are ours and their parses are written by hand
(tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts_with_content, facts_with_roots

# "Kenya called on Norway to fund two new clinics."
CALLED_ON_PARTICLE = """
Kenya    Kenya    PROPN NNP  2  nsubj     GPE
called   call     VERB  VBD  0  ROOT      -
on       on       ADP   RP   2  prt       -
Norway   Norway   PROPN NNP  2  dobj      GPE
to       to       PART  TO   6  aux       -
fund     fund     VERB  VB   2  xcomp     -
two      two      NUM   CD   9  nummod    CARDINAL
new      new      ADJ   JJ   9  amod      -
clinics  clinic   NOUN  NNS  6  dobj      -
.        .        PUNCT .    2  punct     -
"""

# "Ghana called upon Denmark to cancel its loans."
CALLED_UPON_PARTICLE = """
Ghana    Ghana    PROPN NNP  2  nsubj     GPE
called   call     VERB  VBD  0  ROOT      -
upon     upon     ADP   RP   2  prt       -
Denmark  Denmark  PROPN NNP  2  dobj      GPE
to       to       PART  TO   6  aux       -
cancel   cancel   VERB  VB   2  xcomp     -
its      its      PRON  PRP$ 8  poss      -
loans    loan     NOUN  NNS  6  dobj      -
.        .        PUNCT .    2  punct     -
"""


def test_called_on_with_a_particle_is_an_appeal_not_a_description() -> None:
    found = facts_with_roots(CALLED_ON_PARTICLE)
    assert ("Kenya", "call on", "Norway", "02") in found
    assert not {f for f in found if f[1] in ("describe", "praise", "criticise", "accuse")}


def test_called_on_with_a_particle_carries_what_is_asked() -> None:
    assert ("Kenya", "call on", "Norway", "fund two new clinics") in facts_with_content(CALLED_ON_PARTICLE)


def test_called_upon_with_a_particle_is_an_appeal_with_its_content() -> None:
    found = facts_with_content(CALLED_UPON_PARTICLE)
    assert ("Ghana", "call upon", "Denmark", "cancel its loans") in found
    assert not {f for f in found if f[1] == "describe"}
