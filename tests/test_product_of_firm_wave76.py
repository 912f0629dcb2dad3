"""Wave 76 E (sentences of our own, parses written by hand). A capitalised name after "the" and before "of" a
firm ("the Kestrel of Italian producer Acme Spa", "the Osprey of Acme") is the firm's product: no person, no
role fact, and nothing reaches the firm through it. A title ("the Chairman of Acme Spa") still leads to the
firm."""

from __future__ import annotations

from hand_docs import read, read_triples

# "The navy narrowed its options to the Kestrel of Italian producer Acme Spa."
KESTREL = """
The      the      DET   DT   2  det      -
navy     navy     NOUN  NN   3  nsubj    ORG
narrowed narrow   VERB  VBD  0  ROOT     -
its      its      PRON  PRP$ 5  poss     -
options  option   NOUN  NNS  3  dobj     -
to       to       ADP   IN   3  prep     -
the      the      DET   DT   8  det      -
Kestrel  Kestrel  PROPN NNP  6  pobj     PERSON
of       of       ADP   IN   8  prep     -
Italian  italian  ADJ   JJ   11 amod     NORP
producer producer NOUN  NN   13 compound -
Acme     Acme     PROPN NNP  13 compound PERSON
Spa      Spa      PROPN NNP  9  pobj     I-PERSON
.        .        PUNCT .    3  punct    -
"""

# "The navy narrowed its options to the Osprey of Acme Spa."
OSPREY = """
The      the      DET   DT   2  det      -
navy     navy     NOUN  NN   3  nsubj    ORG
narrowed narrow   VERB  VBD  0  ROOT     -
its      its      PRON  PRP$ 5  poss     -
options  option   NOUN  NNS  3  dobj     -
to       to       ADP   IN   3  prep     -
the      the      DET   DT   8  det      -
Osprey   Osprey   PROPN NNP  6  pobj     -
of       of       ADP   IN   8  prep     -
Acme     Acme     PROPN NNP  11 compound ORG
Spa      Spa      PROPN NNP  9  pobj     I-ORG
.        .        PUNCT .    3  punct    -
"""

# "Peru sent a letter to the Chairman of Acme Spa."
CHAIRMAN = """
Peru     Peru     PROPN NNP 2  nsubj    GPE
sent     send     VERB  VBD 0  ROOT     -
a        a        DET   DT  4  det      -
letter   letter   NOUN  NN  2  dobj     -
to       to       ADP   IN  2  dative   -
the      the      DET   DT  7  det      -
Chairman Chairman PROPN NNP 5  pobj     -
of       of       ADP   IN  7  prep     -
Acme     Acme     PROPN NNP 10 compound ORG
Spa      Spa      PROPN NNP 8  pobj     I-ORG
.        .        PUNCT .   2  punct    -
"""


def test_a_name_before_of_a_firm_is_its_product_no_person() -> None:
    labels = {e.label for e in read(KESTREL).entities.entities()}
    assert "Kestrel" not in labels
    assert not any("Kestrel" in s + p + o or "kestrel" in p for s, p, o in read_triples(KESTREL))


def test_nothing_reaches_the_firm_through_its_product() -> None:
    assert not [t for t in read_triples(OSPREY) if t[0] != "Acme Spa" and "Acme Spa" in t]


def test_a_title_of_the_firm_still_leads_to_it() -> None:
    assert any(o == "Acme Spa" and "chairman" in p for _, p, o in read_triples(CHAIRMAN))
