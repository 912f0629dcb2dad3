"""Wave 115 H: a wrong someone is accused of, charged with or suspected of, where the text names no one who
lays the charge ("Brazil has been accused of insulting Peru", "was charged with arming Bolivian rebels"), is
only alleged: the gerund's act keeps "allegedly" ("may" for a suspicion), never stands as done. A named
accuser ("Chile accused Peru of arming Bolivia") is the act's source, and a conviction finds the wrong done
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_attributed, read_modal_acts

ACCUSED = """
Ana       Ana     PROPN NNP  2  compound  PERSON
Lopez     Lopez   PROPN NNP  5  nsubjpass I-PERSON
has       have    AUX   VBZ  5  aux       -
been      be      AUX   VBN  5  auxpass   -
accused   accuse  VERB  VBN  0  ROOT      -
of        of      ADP   IN   5  prep      -
insulting insult  VERB  VBG  6  pcomp     -
Peru      Peru    PROPN NNP  7  dobj      GPE
.         .       PUNCT .    5  punct     -
"""

CHARGED = """
Brazil   Brazil   PROPN NNP  3  nsubjpass GPE
was      be       AUX   VBD  3  auxpass   -
charged  charge   VERB  VBN  0  ROOT      -
with     with     ADP   IN   3  prep      -
arming   arm      VERB  VBG  4  pcomp     -
Bolivian bolivian ADJ   JJ   7  amod      NORP
rebels   rebel    NOUN  NNS  5  dobj      -
.        .        PUNCT .    3  punct     -
"""

SUSPECTED = """
Brazil    Brazil  PROPN NNP  3  nsubjpass GPE
is        be      AUX   VBZ  3  auxpass   -
suspected suspect VERB  VBN  0  ROOT      -
of        of      ADP   IN   3  prep      -
arming    arm     VERB  VBG  4  pcomp     -
Bolivia   Bolivia PROPN NNP  5  dobj      GPE
.         .       PUNCT .    3  punct     -
"""

CONVICTED = """
Ana       Ana     PROPN NNP  2  compound  PERSON
Lopez     Lopez   PROPN NNP  4  nsubjpass I-PERSON
was       be      AUX   VBD  4  auxpass   -
convicted convict VERB  VBN  0  ROOT      -
of        of      ADP   IN   4  prep      -
bribing   bribe   VERB  VBG  5  pcomp     -
Peru      Peru    PROPN NNP  6  dobj      GPE
.         .       PUNCT .    4  punct     -
"""

NAMED_ACCUSER = """
Chile   Chile   PROPN NNP  2  nsubj     GPE
accused accuse  VERB  VBD  0  ROOT      -
Peru    Peru    PROPN NNP  2  dobj      GPE
of      of      ADP   IN   2  prep      -
arming  arm     VERB  VBG  4  pcomp     -
Bolivia Bolivia PROPN NNP  5  dobj      GPE
.       .       PUNCT .    2  punct     -
"""


def _acts(table: str, subject: str, obj: str) -> set[tuple[str, str, str, str | None, str | None, bool]]:
    return {a for a in read_modal_acts(table) if a[0] == subject and a[2] == obj}


def test_act_one_is_accused_of_by_no_one_named_is_alleged() -> None:
    insults = _acts(ACCUSED, "Ana Lopez", "Peru")
    assert insults
    assert {a[4] for a in insults} == {"allegedly"}
    assert not any(a[5] for a in insults)


def test_act_one_is_charged_with_is_alleged() -> None:
    arming = _acts(CHARGED, "Brazil", "Bolivian rebels")
    assert arming
    assert {a[4] for a in arming} == {"allegedly"}


def test_act_one_is_suspected_of_is_possible() -> None:
    arming = _acts(SUSPECTED, "Brazil", "Bolivia")
    assert arming
    assert {a[4] for a in arming} == {"may"}


def test_wrong_one_is_convicted_of_is_done() -> None:
    # guard: a verdict finds the bribe paid (passes with or without the change)
    bribes = _acts(CONVICTED, "Ana Lopez", "Peru")
    assert bribes
    assert {a[4] for a in bribes} == {None}


def test_act_a_named_accuser_lays_is_the_accusers_word() -> None:
    # guard: the accuser is the source; the act is not hedged twice
    assert ("Peru", "arm", "Bolivia", "Chile") in read_attributed(NAMED_ACCUSER)
    assert {a[4] for a in _acts(NAMED_ACCUSER, "Peru", "Bolivia")} == {None}
