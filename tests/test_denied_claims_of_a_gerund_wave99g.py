"""Wave 99 G: a verb of denial whose object is the doer of a gerund right after it ("PERU DENIES CHILEAN
BANKS BALKING AT DEAL", a headline's way of "Peru denied the banks were balking") denies a claim about the
object: a statement (CAMEO 01), as "denied that …" is, no rejection (12) of the object. A denial of a
request or of a thing to a party ("denied Chile's request", "denied Chile a visa") stays a rejection. The
parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between

# "Peru denied Chilean banks balking at the deal.", the gerund hung on the verb as the parser hangs it in
# a headline
_BALKING_ON_THE_VERB = """
Peru     Peru     PROPN NNP  2  nsubj  GPE
denied   deny     VERB  VBD  0  ROOT   -
Chilean  Chilean  ADJ   JJ   4  amod   NORP
banks    bank     NOUN  NNS  2  dobj   -
balking  balk     VERB  VBG  2  advcl  -
at       at       ADP   IN   5  prep   -
the      the      DET   DT   8  det    -
deal     deal     NOUN  NN   6  pobj   -
.        .        PUNCT .    2  punct  -
"""

# "Peru denied Chilean banks blocking the deal.", the gerund hung on the object
_BLOCKING_ON_THE_OBJECT = """
Peru      Peru     PROPN NNP  2  nsubj  GPE
denied    deny     VERB  VBD  0  ROOT   -
Chilean   Chilean  ADJ   JJ   4  amod   NORP
banks     bank     NOUN  NNS  2  dobj   -
blocking  block    VERB  VBG  4  acl    -
the       the      DET   DT   7  det    -
deal      deal     NOUN  NN   5  dobj   -
.         .        PUNCT .    2  punct  -
"""

# "Peru denied Chilean banks, saying the deal was off.": the gerund is Peru's, set off by the comma
_SAYING_SET_OFF = """
Peru     Peru     PROPN NNP  2  nsubj  GPE
denied   deny     VERB  VBD  0  ROOT   -
Chilean  Chilean  ADJ   JJ   4  amod   NORP
banks    bank     NOUN  NNS  2  dobj   -
,        ,        PUNCT ,    2  punct  -
saying   say      VERB  VBG  2  advcl  -
the      the      DET   DT   8  det    -
deal     deal     NOUN  NN   9  nsubj  -
was      be       AUX   VBD  6  ccomp  -
off      off      ADV   RB   9  advmod -
.        .        PUNCT .    2  punct  -
"""


def _roots(table: str) -> set[str | None]:
    return roots_between(table, "Peru", "Chilean banks")


def test_a_denied_gerund_of_the_object_is_a_claim_about_it() -> None:
    assert _roots(_BALKING_ON_THE_VERB) == {"01"}
    assert _roots(_BLOCKING_ON_THE_OBJECT) == {"01"}
    # the subject's own gerund, set off, says nothing of the object: the denial still rejects it
    assert _roots(_SAYING_SET_OFF) == {"12"}
