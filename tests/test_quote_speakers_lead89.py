"""A quotation's speaker is the subject of a verb that reports it, or of the sentence's main verb: never of a
verb inside what the sentence tells of (hand-built parse)."""

from __future__ import annotations

from hand_docs import read_triples

QUOTED = """
Beta      Beta      PROPN NNP 2  compound ORG
Corp      Corp      PROPN NNP 4  nsubj    I-ORG
is        be        AUX   VBZ 4  aux      -
seeking   seek      VERB  VBG 0  ROOT     -
a         a         DET   DT  6  det      -
loan      loan      NOUN  NN  4  dobj     -
.         .         PUNCT .   4  punct    -
"         "         PUNCT ``  11 punct    -
We        we        PRON  PRP 11 nsubj    -
are       be        AUX   VBP 11 aux      -
thinking  think     VERB  VBG 22 ccomp    -
of        of        ADP   IN  11 prep     -
providing provide   VERB  VBG 12 pcomp    -
them      they      PRON  PRP 13 dobj     -
with      with      ADP   IN  13 prep     -
a         a         DET   DT  17 det      -
loan      loan      NOUN  NN  15 pobj     -
,         ,         PUNCT ,   22 punct    -
"         "         PUNCT ''  22 punct    -
the       the       DET   DT  21 det      -
spokesman spokesman NOUN  NN  22 nsubj    -
told      tell      VERB  VBD 0  ROOT     -
Reuters   Reuters   PROPN NNP 22 dobj     ORG
in        in        ADP   IN  22 prep     -
a         a         DET   DT  26 det      -
comment   comment   NOUN  NN  24 pobj     -
on        on        ADP   IN  26 prep     -
a         a         DET   DT  29 det      -
report    report    NOUN  NN  27 pobj     -
saying    say       VERB  VBG 29 acl      -
Acme      Acme      PROPN NNP 32 compound ORG
Air       Air       PROPN NNP 34 nsubj    I-ORG
could     could     AUX   MD  34 aux      -
sell      sell      VERB  VB  30 ccomp    -
a         a         DET   DT  36 det      -
stake     stake     NOUN  NN  34 dobj     -
to        to        ADP   IN  36 prep     -
Gamma     Gamma     PROPN NNP 39 compound PERSON
Air       Air       PROPN NNP 37 pobj     I-PERSON
.         .         PUNCT .   22 punct    -
"""


def test_a_firm_in_a_report_commented_on_is_not_the_quotations_speaker() -> None:
    # the spokesman's firm is not named: "we" is nobody, and the firm that "could sell" says nothing
    assert not any(subject == "Acme Air" for subject, _, _ in read_triples(QUOTED))
