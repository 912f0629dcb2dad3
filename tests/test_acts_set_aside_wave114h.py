"""Wave 114 H: the act "rather than" or "instead of" introduces is the one not done. "Japan will attack Korea
rather than invade China" says Japan will not invade China; "Rather than fight Chile, Peru wants to talk"
and "Peru signed a pact with Bolivia instead of attacking Chile" deny the fight and the attack. Each parse
shape the parser gives the phrase is tested: its last word a "cc" joining the verbs, the "mark" of the
verb's clause, a preposition whose "pcomp" the verb is (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.clauses.voice import is_negated
from hand_docs import parse, read_modal_acts

JOINED = """
Japan   Japan   PROPN NNP  3  nsubj  GPE
will    will    AUX   MD   3  aux    -
attack  attack  VERB  VB   0  ROOT   -
Korea   Korea   PROPN NNP  3  dobj   GPE
rather  rather  ADV   RB   6  advmod -
than    than    ADP   IN   3  cc     -
invade  invade  VERB  VB   3  conj   -
China   China   PROPN NNP  7  dobj   GPE
.       .       PUNCT .    3  punct  -
"""

AND_JOINED = """
Japan   Japan   PROPN NNP  3  nsubj  GPE
will    will    AUX   MD   3  aux    -
attack  attack  VERB  VB   0  ROOT   -
Korea   Korea   PROPN NNP  3  dobj   GPE
and     and     CCONJ CC   3  cc     -
invade  invade  VERB  VB   3  conj   -
China   China   PROPN NNP  6  dobj   GPE
.       .       PUNCT .    3  punct  -
"""

FRONTED = """
Rather    rather    ADV   RB   3  advmod -
than      than      SCONJ IN   3  mark   -
fight     fight     VERB  VB   7  advcl  -
Chile     Chile     PROPN NNP  3  dobj   GPE
,         ,         PUNCT ,    7  punct  -
Peru      Peru      PROPN NNP  7  nsubj  GPE
wants     want      VERB  VBZ  0  ROOT   -
to        to        PART  TO   9  aux    -
negotiate negotiate VERB  VB   7  xcomp  -
.         .         PUNCT .    7  punct  -
"""

INSTEAD_OF = """
Peru      Peru      PROPN NNP  2  nsubj  GPE
signed    sign      VERB  VBD  0  ROOT   -
a         a         DET   DT   4  det    -
pact      pact      NOUN  NN   2  dobj   -
with      with      ADP   IN   4  prep   -
Bolivia   Bolivia   PROPN NNP  5  pobj   GPE
instead   instead   ADV   RB   8  advmod -
of        of        ADP   IN   2  prep   -
attacking attack    VERB  VBG  8  pcomp  -
Chile     Chile     PROPN NNP  9  dobj   GPE
.         .         PUNCT .    2  punct  -
"""

RATHER_THAN_GERUND = """
Norway  Norway  PROPN NNP  2  nsubj  GPE
sold    sell    VERB  VBD  0  ROOT   -
its     its     PRON  PRP$ 4  poss   -
stake   stake   NOUN  NN   2  dobj   -
,       ,       PUNCT ,    2  punct  -
rather  rather  ADV   RB   7  advmod -
than    than    ADP   IN   2  prep   -
keeping keep    VERB  VBG  7  pcomp  -
it      it      PRON  PRP  8  dobj   -
.       .       PUNCT .    2  punct  -
"""

THEN_AND = """
Peru    Peru    PROPN NNP  2  nsubj  GPE
chose   choose  VERB  VBD  0  ROOT   -
to      to      PART  TO   4  aux    -
talk    talk    VERB  VB   2  xcomp  -
rather  rather  ADV   RB   6  advmod -
than    than    ADP   IN   4  cc     -
fight   fight   VERB  VB   4  conj   -
,       ,       PUNCT ,    4  punct  -
and     and     CCONJ CC   4  cc     -
signed  sign    VERB  VBD  4  conj   -
a       a       DET   DT   12 det    -
pact    pact    NOUN  NN   10 dobj   -
with    with    ADP   IN   12 prep   -
Chile   Chile   PROPN NNP  13 pobj   GPE
.       .       PUNCT .    2  punct  -
"""


def test_verb_joined_by_rather_than_is_not_done() -> None:
    acts = read_modal_acts(JOINED)
    invasions = {a for a in acts if a[0] == "Japan" and a[2] == "China"}
    assert invasions
    assert all(a[5] for a in invasions)
    # the main verb keeps its own object and polarity
    attacks = {a for a in acts if a[0] == "Japan" and a[2] == "Korea"}
    assert attacks
    assert not any(a[5] for a in attacks)


def test_verb_joined_by_and_is_done() -> None:
    # guard: passes with or without the change
    invasions = {a for a in read_modal_acts(AND_JOINED) if a[0] == "Japan" and a[2] == "China"}
    assert invasions
    assert not any(a[5] for a in invasions)


def test_verb_joined_by_and_after_a_contrast_is_done() -> None:
    # the parser hangs "signed" on "talk": the "and" nearest it joins it, not the "rather than" before
    doc = parse(THEN_AND)
    assert is_negated(doc[6])  # "fight"
    assert not is_negated(doc[9])  # "signed"


def test_fronted_rather_than_clause_is_not_done() -> None:
    fights = {a for a in read_modal_acts(FRONTED) if a[0] == "Peru" and a[2] == "Chile"}
    assert fights
    assert all(a[5] for a in fights)


def test_instead_of_gerund_is_not_done() -> None:
    doc = parse(INSTEAD_OF)
    assert is_negated(doc[8])  # "attacking"
    assert not is_negated(doc[1])  # "signed"


def test_rather_than_gerund_is_not_done() -> None:
    doc = parse(RATHER_THAN_GERUND)
    assert is_negated(doc[7])  # "keeping"
    assert not is_negated(doc[1])  # "sold"
