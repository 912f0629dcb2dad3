"""Wave 102 E, item 1: wire copy glosses a pronoun with a bare name in brackets ("His (Roe) remarks", "he
(Roe) said"). The name in brackets is whom the pronoun means, whoever was named last before it; an aside in
brackets that is no name ("his (1990) remarks") glosses nothing. Sentences ours, parses built by hand."""

from __future__ import annotations

from geokg.extract.entities.coref import bracketed_gloss
from hand_docs import parse, read_triples

# "Bo Lund met Vorta Oil. His (Kestrel) attack on Vorta Oil came late."
_GLOSSED = """
Bo      Bo      PROPN NNP   2  compound PERSON
Lund    Lund    PROPN NNP   3  nsubj    I-PERSON
met     meet    VERB  VBD   0  ROOT     -
Vorta   Vorta   PROPN NNP   5  compound ORG
Oil     Oil     PROPN NNP   3  dobj     I-ORG
.       .       PUNCT .     3  punct    -
His     his     PRON  PRP$  11 poss     -
(       (       PUNCT -LRB- 9  punct    -
Kestrel Kestrel PROPN NNP   11 nmod     PERSON
)       )       PUNCT -RRB- 11 punct    -
attack  attack  NOUN  NN    15 nsubj    -
on      on      ADP   IN    11 prep     -
Vorta   Vorta   PROPN NNP   14 compound ORG
Oil     Oil     PROPN NNP   12 pobj     I-ORG
came    come    VERB  VBD   0  ROOT     -
late    late    ADV   RB    15 advmod   -
.       .       PUNCT .     15 punct    -
"""

# "His (1990) remarks came late."
_ASIDE = """
His     his     PRON  PRP$  5  poss     -
(       (       PUNCT -LRB- 3  punct    -
1990    1990    NUM   CD    5  nummod   DATE
)       )       PUNCT -RRB- 5  punct    -
remarks remark  NOUN  NNS   6  nsubj    -
came    come    VERB  VBD   0  ROOT     -
late    late    ADV   RB    6  advmod   -
.       .       PUNCT .     6  punct    -
"""


def test_a_bare_name_in_brackets_after_a_possessive_pronoun_is_its_gloss() -> None:
    doc = parse(_GLOSSED)
    glossed = bracketed_gloss(doc[6])
    assert glossed is not None and glossed.text == "Kestrel"
    assert bracketed_gloss(parse(_ASIDE)[0]) is None  # an aside that is no name glosses nothing


def test_the_bracketed_name_wins_over_the_person_named_last() -> None:
    triples = read_triples(_GLOSSED)
    assert ("Bo Lund", "attack", "Vorta Oil") not in triples, triples
    assert any(s == "Kestrel" and o == "Vorta Oil" for s, _, o in triples), triples
