"""Wave 102 E, item 4: who is quoted "at" a firm written with its legal form, right after the name ("said
Jan Bolt at Orvell Freight Ltd"), works there: a member of the firm, as "Jan Bolt of Orvell Freight"
is. A seat of government after "at" is where one speaks. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "Fares will fall, said Jan Bolt at Orvell Freight Ltd."
_AT_FIRM = """
Fares      fare       NOUN  NNS 3  nsubj    -
will       will       AUX   MD  3  aux      -
fall       fall       VERB  VB  6  ccomp    -
,          ,          PUNCT ,   5  punct    -
said       say        VERB  VBD 0  ROOT     -
Jan        Jan        PROPN NNP 7  compound PERSON
Bolt       Bolt       PROPN NNP 5  nsubj    I-PERSON
at         at         ADP   IN  7  prep     -
Orvell     Orvell     PROPN NNP 11 compound ORG
Freight    Freight    PROPN NNP 11 compound I-ORG
Ltd        Ltd        PROPN NNP 8  pobj     I-ORG
.          .          PUNCT .   5  punct    -
"""

# "Fares will fall, said Jan Bolt at the Orvell Palace."
_AT_PALACE = """
Fares      fare       NOUN  NNS 3  nsubj    -
will       will       AUX   MD  3  aux      -
fall       fall       VERB  VB  6  ccomp    -
,          ,          PUNCT ,   5  punct    -
said       say        VERB  VBD 0  ROOT     -
Jan        Jan        PROPN NNP 7  compound PERSON
Bolt       Bolt       PROPN NNP 5  nsubj    I-PERSON
at         at         ADP   IN  7  prep     -
the        the        DET   DT  11 det      -
Orvell     Orvell     PROPN NNP 11 compound ORG
Palace     Palace     PROPN NNP 8  pobj     I-ORG
.          .          PUNCT .   5  punct    -
"""


def test_who_is_quoted_at_a_firm_right_after_the_name_is_its_member() -> None:
    assert ("Jan Bolt", "member of", "Orvell Freight Ltd") in read_triples(_AT_FIRM)
    assert not any(p == "member of" for _, p, _ in read_triples(_AT_PALACE))
