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


# "The Zenith Exchange, formerly the Kestrel Exchange, fined Acme Corp."
_FORMER_NAME_OF_THE_SUBJECT = """
The       the       DET   DT  3  det      -
Zenith    Zenith    PROPN NNP 3  compound ORG
Exchange  Exchange  PROPN NNP 10 nsubj    I-ORG
,         ,         PUNCT ,   3  punct    -
formerly  formerly  ADV   RB  8  advmod   -
the       the       DET   DT  8  det      -
Kestrel   Kestrel   PROPN NNP 8  compound ORG
Exchange  Exchange  PROPN NNP 3  appos    I-ORG
,         ,         PUNCT ,   3  punct    -
fined     fine      VERB  VBD 0  ROOT     -
Acme      Acme      PROPN NNP 12 compound ORG
Corp      Corp      PROPN NNP 10 dobj     I-ORG
.         .         PUNCT .   10 punct    -
"""


def test_a_body_named_with_its_former_name_still_acts() -> None:
    triples = read_triples(_FORMER_NAME_OF_THE_SUBJECT)
    assert ("Zenith Exchange", "fine", "Acme Corp") in triples
    assert not any(subject == "Kestrel Exchange" and "of" in predicate for subject, predicate, _ in triples)
