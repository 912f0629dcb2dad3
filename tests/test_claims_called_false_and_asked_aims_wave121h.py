"""Wave 121 H: a denial kept as a denial, a question kept as a question. "Mr Singh said claims of a rift
between Hindus and Buddhists were wrong" denies the rift, as "rejected claims of a rift" does; "the rumours
of a feud are not false" does not. "So is the SNP's job to destroy the Tories?" asks whether that is the aim,
and states no destruction (sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

CLAIMS_WERE_WRONG = """
Mr        Mr        PROPN NNP  2  compound -
Singh     Singh     PROPN NNP  3  nsubj    PERSON
said      say       VERB  VBD  0  ROOT     -
claims    claim     NOUN  NNS  12 nsubj    -
of        of        ADP   IN   4  prep     -
a         a         DET   DT   7  det      -
rift      rift      NOUN  NN   5  pobj     -
between   between   ADP   IN   7  prep     -
Hindus    Hindus    PROPN NNPS 8  pobj     NORP
and       and       CCONJ CC   9  cc       -
Buddhists Buddhists PROPN NNPS 9  conj     NORP
were      be        AUX   VBD  3  ccomp    -
wrong     wrong     ADJ   JJ   12 acomp    -
.         .         PUNCT .    3  punct    -
"""

RUMOURS_ARE_NONSENSE = """
Rumours   rumour    NOUN  NNS  9  nsubj    -
of        of        ADP   IN   1  prep     -
a         a         DET   DT   4  det      -
feud      feud      NOUN  NN   2  pobj     -
between   between   ADP   IN   4  prep     -
Hindus    Hindus    PROPN NNPS 5  pobj     NORP
and       and       CCONJ CC   6  cc       -
Buddhists Buddhists PROPN NNPS 6  conj     NORP
are       be        AUX   VBP  0  ROOT     -
nonsense  nonsense  NOUN  NN   9  attr     -
.         .         PUNCT .    9  punct    -
"""

RUMOURS_NOT_FALSE = """
Rumours   rumour    NOUN  NNS  9  nsubj    -
of        of        ADP   IN   1  prep     -
a         a         DET   DT   4  det      -
feud      feud      NOUN  NN   2  pobj     -
between   between   ADP   IN   4  prep     -
Hindus    Hindus    PROPN NNPS 5  pobj     NORP
and       and       CCONJ CC   6  cc       -
Buddhists Buddhists PROPN NNPS 6  conj     NORP
are       be        AUX   VBP  0  ROOT     -
not       not       PART  RB   9  neg      -
false     false     ADJ   JJ   9  acomp    -
.         .         PUNCT .    9  punct    -
"""

AIM_ASKED = """
So        so        ADV   RB   2  advmod   -
is        be        AUX   VBZ  0  ROOT     -
SNP       SNP       PROPN NNP  5  poss     ORG
's        's        PART  POS  3  case     -
job       job       NOUN  NN   2  nsubj    -
to        to        PART  TO   7  aux      -
destroy   destroy   VERB  VB   5  relcl    -
the       the       DET   DT   9  det      -
Tories    Tories    PROPN NNPS 7  dobj     NORP
,         ,         PUNCT ,    2  punct    -
as        as        SCONJ IN   15 mark     -
Tom       Tom       PROPN NNP  13 compound PERSON
Pike      Pike      PROPN NNP  15 nsubj    PERSON
once      once      ADV   RB   15 advmod   -
declared  declare   VERB  VBD  2  advcl    -
?         ?         PUNCT .    2  punct    -
"""

AIM_STATED = """
SNP       SNP       PROPN NNP  3  poss     ORG
's        's        PART  POS  1  case     -
job       job       NOUN  NN   4  nsubj    -
is        be        AUX   VBZ  0  ROOT     -
to        to        PART  TO   6  aux      -
destroy   destroy   VERB  VB   4  xcomp    -
the       the       DET   DT   8  det      -
Tories    Tories    PROPN NNPS 6  dobj     NORP
.         .         PUNCT .    4  punct    -
"""


def _rifts(table: str) -> set[tuple[str, bool]]:
    return {(r.predicate, r.negated) for r in by_rule(read(table), "event_noun")}


def test_event_in_claims_called_wrong_is_denied() -> None:
    assert _rifts(CLAIMS_WERE_WRONG) == {("rift with", True)}


def test_event_in_rumours_called_nonsense_is_denied() -> None:
    assert _rifts(RUMOURS_ARE_NONSENSE) == {("feud with", True)}


def test_event_in_rumours_not_called_false_is_not_denied() -> None:
    # guard: passes with or without the change
    assert _rifts(RUMOURS_NOT_FALSE) == {("feud with", False)}


def test_deed_of_an_aim_in_a_question_is_asked() -> None:
    assert facts(read(AIM_ASKED), "svo") == set()


def test_deed_of_an_aim_stated_stays() -> None:
    # guard: the aim stated, not asked, is read as before
    assert facts(read(AIM_STATED), "svo") == {("SNP", "destroy", "Conservative Party")}
