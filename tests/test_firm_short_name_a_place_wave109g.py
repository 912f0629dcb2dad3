"""Wave 109 G: a one-word name that opens the full name of a firm of the story ("Nara" of "Nara Petroleum")
and stands before a person's role ("Nara spokesman Ivo Marten") is the firm's short name, not the
first-level division the gazetteer knows by that word (mentions._division_before_a_body): the spokesman
speaks for the firm (the title rule then joins him to "Nara Petroleum"). The parse is stated by hand
(tests/hand_docs.py); the sentences and firms are ours."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse

# "Nara Petroleum and Kestrel Oil applied for drilling rights in Gabon. Nara spokesman Ivo Marten said
# officials would reply."
_FIRMS_SPOKESMAN = """
Nara       Nara       PROPN NNP 2  compound ORG
Petroleum  Petroleum  PROPN NNP 6  nsubj    I-ORG
and        and        CCONJ CC  2  cc       -
Kestrel    Kestrel    PROPN NNP 5  compound ORG
Oil        Oil        PROPN NNP 2  conj     I-ORG
applied    apply      VERB  VBD 0  ROOT     -
for        for        ADP   IN  6  prep     -
drilling   drilling   NOUN  NN  9  compound -
rights     right      NOUN  NNS 7  pobj     -
in         in         ADP   IN  9  prep     -
Gabon      Gabon      PROPN NNP 10 pobj     GPE
.          .          PUNCT .   6  punct    -
Nara       Nara       PROPN NNP 14 compound -
spokesman  spokesman  NOUN  NN  16 compound -
Ivo        Ivo        PROPN NNP 16 compound PERSON
Marten     Marten     PROPN NNP 17 nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
officials  official   NOUN  NNS 20 nsubj    -
would      would      AUX   MD  20 aux      -
reply      reply      VERB  VB  17 ccomp    -
.          .          PUNCT .   17 punct    -
"""


def test_a_firms_first_word_before_a_role_is_no_division() -> None:
    found = {(m.text, m.label) for m in find_mentions(parse(_FIRMS_SPOKESMAN))}
    assert ("Nara Petroleum", "ORG") in found
    assert not any(text == "Nara" for text, _ in found)
