"""Wave 104 E, item 1: a fronted viewpoint names no party. "To Lima, the fund is …" before a copular clause
and "In the eyes of Lima, …" say whose view the clause states, not a relation of its subject with Lima.
Sentences ours, parses built by hand (as the tagger and parser read them)."""

from __future__ import annotations

from hand_docs import read_triples

# "To Lima, the Kestrel Fund is the root of all evil."
_TO_LIMA = """
To       to      ADP   IN  7  prep     -
Lima     Lima    PROPN NNP 1  pobj     GPE
,        ,       PUNCT ,   7  punct    -
the      the     DET   DT  6  det      ORG
Kestrel  Kestrel PROPN NNP 6  compound I-ORG
Fund     Fund    PROPN NNP 7  nsubj    I-ORG
is       be      AUX   VBZ 0  ROOT     -
the      the     DET   DT  9  det      -
root     root    NOUN  NN  7  attr     -
of       of      ADP   IN  9  prep     -
all      all     DET   DT  12 det      -
evil     evil    NOUN  NN  10 pobj     -
.        .       PUNCT .   7  punct    -
"""

# "In the eyes of Lima, the Kestrel Fund is the main obstacle."
_IN_THE_EYES_OF = """
In       in       ADP   IN  10 prep     -
the      the      DET   DT  3  det      -
eyes     eye      NOUN  NNS 1  pobj     -
of       of       ADP   IN  3  prep     -
Lima     Lima     PROPN NNP 4  pobj     GPE
,        ,        PUNCT ,   10 punct    -
the      the      DET   DT  9  det      ORG
Kestrel  Kestrel  PROPN NNP 9  compound I-ORG
Fund     Fund     PROPN NNP 10 nsubj    I-ORG
is       be       AUX   VBZ 0  ROOT     -
the      the      DET   DT  13 det      -
main     main     ADJ   JJ  13 amod     -
obstacle obstacle NOUN  NN  10 attr     -
.        .        PUNCT .   10 punct    -
"""

# "The Kestrel Fund is a threat to Lima." (guard: the attribute's own "to" phrase)
_THREAT_TO = """
The     the     DET   DT  3 det      ORG
Kestrel Kestrel PROPN NNP 3 compound I-ORG
Fund    Fund    PROPN NNP 4 nsubj    I-ORG
is      be      AUX   VBZ 0 ROOT     -
a       a       DET   DT  6 det      -
threat  threat  NOUN  NN  4 attr     -
to      to      ADP   IN  6 prep     -
Lima    Lima    PROPN NNP 7 pobj     GPE
.       .       PUNCT .   4 punct    -
"""


def test_a_fronted_to_phrase_before_a_copula_is_whose_view_not_a_party() -> None:
    assert not {t for t in read_triples(_TO_LIMA) if t[2] == "Lima"}


def test_in_the_eyes_of_a_state_is_whose_view_not_a_party() -> None:
    assert not {t for t in read_triples(_IN_THE_EYES_OF) if t[2] == "Lima"}


def test_an_attributes_own_to_phrase_stays() -> None:
    assert ("Kestrel Fund", "be threat to", "Lima") in read_triples(_THREAT_TO)
