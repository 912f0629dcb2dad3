"""Lead, wave 108: a body's name after "formerly" in apposition ("the Zenith Exchange, formerly the Kestrel
Exchange") is what the body was called, no role of the old name in what the sentence names before it ("the
rules of"). The parse is stated by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Acme Corp broke the rules of the Zenith Exchange, formerly the Kestrel Exchange."
_FORMER_NAME = """
Acme      Acme      PROPN NNP 2  compound ORG
Corp      Corp      PROPN NNP 3  nsubj    I-ORG
broke     break     VERB  VBD 0  ROOT     -
the       the       DET   DT  5  det      -
rules     rule      NOUN  NNS 3  dobj     -
of        of        ADP   IN  5  prep     -
the       the       DET   DT  9  det      -
Zenith    Zenith    PROPN NNP 9  compound ORG
Exchange  Exchange  PROPN NNP 6  pobj     I-ORG
,         ,         PUNCT ,   9  punct    -
formerly  formerly  ADV   RB  14 advmod   -
the       the       DET   DT  14 det      -
Kestrel   Kestrel   PROPN NNP 14 compound ORG
Exchange  Exchange  PROPN NNP 9  appos    I-ORG
.         .         PUNCT .   3  punct    -
"""


def test_a_former_name_holds_no_role() -> None:
    assert not any(subject == "Kestrel Exchange" for subject, _, _ in read_triples(_FORMER_NAME))
