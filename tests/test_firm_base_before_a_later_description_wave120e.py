"""A firm's own base stands over a later "the <state's word> bank" (wave 120 E): "UK-based bank X bought Y.
The Thai bank will make up a fifth of its assets" tells of the bank bought, so X keeps the state of its
stated base (or the one the table of organisations knows it by); with no base stated, the description still
gives the firm its state, as before. Each test states its parse by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read

# "UK-based bank Harwick Union bought Siam Merchant Bank. The Thai bank will make up a fifth of its assets."
BASED_BUYER = """
UK        UK        PROPN  NNP     3 npadvmod  GPE
-         -         PUNCT  HYPH    3 punct     -
based     base      VERB   VBN     4 amod      -
bank      bank      NOUN   NN      6 compound  -
Harwick   Harwick   PROPN  NNP     6 compound  ORG
Union     Union     PROPN  NNP     7 nsubj     I-ORG
bought    buy       VERB   VBD     0 ROOT      -
Siam      Siam      PROPN  NNP    10 compound  ORG
Merchant  Merchant  PROPN  NNP    10 compound  I-ORG
Bank      Bank      PROPN  NNP     7 dobj      I-ORG
.         .         PUNCT  .       7 punct     -
The       the       DET    DT     14 det       -
Thai      Thai      PROPN  NNP    14 compound  NORP
bank      bank      NOUN   NN     16 nsubj     -
will      will      AUX    MD     16 aux       -
make      make      VERB   VB      0 ROOT      -
up        up        ADP    RP     16 prt       -
a         a         DET    DT     19 det       -
fifth     fifth     NOUN   NN     16 dobj      ORDINAL
of        of        ADP    IN     19 prep      -
its       its       PRON   PRP$   22 poss      -
assets    asset     NOUN   NNS    20 pobj      -
.         .         PUNCT  .      16 punct     -
"""

# "Barclays bought Siam Merchant Bank. The Thai bank will make up a fifth of its assets."  (a firm the
# table knows)
KNOWN_BUYER = """
Barclays  Barclays  PROPN  NNP     2 nsubj     ORG
bought    buy       VERB   VBD     0 ROOT      -
Siam      Siam      PROPN  NNP     5 compound  ORG
Merchant  Merchant  PROPN  NNP     5 compound  I-ORG
Bank      Bank      PROPN  NNP     2 dobj      I-ORG
.         .         PUNCT  .       2 punct     -
The       the       DET    DT      9 det       -
Thai      Thai      PROPN  NNP     9 compound  NORP
bank      bank      NOUN   NN     11 nsubj     -
will      will      AUX    MD     11 aux       -
make      make      VERB   VB      0 ROOT      -
up        up        ADP    RP     11 prt       -
a         a         DET    DT     14 det       -
fifth     fifth     NOUN   NN     11 dobj      ORDINAL
of        of        ADP    IN     14 prep      -
its       its       PRON   PRP$   17 poss      -
assets    asset     NOUN   NNS    15 pobj      -
.         .         PUNCT  .      11 punct     -
"""

# "Harwick Union bought Siam Merchant Bank. The Thai bank will make up a fifth of its assets."  (no base)
UNBASED_BUYER = """
Harwick   Harwick   PROPN  NNP     2 compound  ORG
Union     Union     PROPN  NNP     3 nsubj     I-ORG
bought    buy       VERB   VBD     0 ROOT      -
Siam      Siam      PROPN  NNP     6 compound  ORG
Merchant  Merchant  PROPN  NNP     6 compound  I-ORG
Bank      Bank      PROPN  NNP     3 dobj      I-ORG
.         .         PUNCT  .       3 punct     -
The       the       DET    DT     10 det       -
Thai      Thai      PROPN  NNP    10 compound  NORP
bank      bank      NOUN   NN     12 nsubj     -
will      will      AUX    MD     12 aux       -
make      make      VERB   VB      0 ROOT      -
up        up        ADP    RP     12 prt       -
a         a         DET    DT     15 det       -
fifth     fifth     NOUN   NN     12 dobj      ORDINAL
of        of        ADP    IN     15 prep      -
its       its       PRON   PRP$   18 poss      -
assets    asset     NOUN   NNS    16 pobj      -
.         .         PUNCT  .      12 punct     -
"""


def test_a_firms_stated_base_stands_over_a_later_description() -> None:
    assert country_of(read(BASED_BUYER), "Harwick Union") == "GBR"


def test_a_firms_known_state_stands_over_a_later_description() -> None:
    assert country_of(read(KNOWN_BUYER), "Barclays") == "GBR"


def test_with_no_base_stated_the_description_still_gives_the_state() -> None:
    assert country_of(read(UNBASED_BUYER), "Harwick Union") == "THA"
