"""Wave 112 H: a stake held in a firm the sentence names before a relative "in which" ("Orvan, in which
Kestrel owns a 44% stake, rose") is the stake rule's `hold stake in`, as "Kestrel owns a 44% stake in
Orvan" is (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import facts, read

# "Orvan, in which Kestrel owns a 44% stake, rose."
IN_WHICH = """
Orvan     Orvan     PROPN NNP 12 nsubj    ORG
,         ,         PUNCT ,   1  punct    -
in        in        ADP   IN  6  prep     -
which     which     PRON  WDT 3  pobj     -
Kestrel   Kestrel   PROPN NNP 6  nsubj    ORG
owns      own       VERB  VBZ 1  relcl    -
a         a         DET   DT  10 det      -
44        44        NUM   CD  9  nummod   -
%         %         NOUN  NN  10 compound -
stake     stake     NOUN  NN  6  dobj     -
,         ,         PUNCT ,   1  punct    -
rose      rise      VERB  VBD 0  ROOT     -
.         .         PUNCT .   12 punct    -
"""

# "Orvan, in which Kestrel invested heavily, rose.": no stake named, no share held
INVESTED_IN_WHICH = """
Orvan     Orvan     PROPN NNP 9  nsubj    ORG
,         ,         PUNCT ,   1  punct    -
in        in        ADP   IN  6  prep     -
which     which     PRON  WDT 3  pobj     -
Kestrel   Kestrel   PROPN NNP 6  nsubj    ORG
invested  invest    VERB  VBD 1  relcl    -
heavily   heavily   ADV   RB  6  advmod   -
,         ,         PUNCT ,   1  punct    -
rose      rise      VERB  VBD 0  ROOT     -
.         .         PUNCT .   9  punct    -
"""


def test_a_stake_owned_in_a_relatives_firm_is_held_in_it() -> None:
    assert facts(read(IN_WHICH), "stake") == {("Kestrel", "hold stake in", "Orvan")}


def test_an_investment_in_a_relatives_firm_is_no_stake() -> None:
    # guard: passes with or without the change
    assert facts(read(INVESTED_IN_WHICH), "stake") == set()
