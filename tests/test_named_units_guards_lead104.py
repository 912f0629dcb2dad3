"""Guards on wave 98 H's named units: a unit's kind in lower case ("Acme Bank's treasury division"), even
one the tagger calls an organisation, names no unit the title is held in; and "its" before a named unit is
no body's where another body stands between the clause's subject and the pronoun ("Beta Corp gained 1/2,
Gamma Corp, with its Delta Oil Co unit, rose": the parse hangs "with" under Gamma, whose verb is not the
one that names the owner) (sentences of our own, parsed by hand)."""

from __future__ import annotations

from hand_docs import read_triples

# "Jan Ek, manager of Acme Bank's treasury division, said rates would rise."
MANAGER_OF_A_TREASURY_DIVISION = """
Jan      Jan      PROPN NNP 2  compound PERSON
Ek       Ek       PROPN NNP 12 nsubj    I-PERSON
,        ,        PUNCT ,   2  punct    -
manager  manager  NOUN  NN  2  appos    -
of       of       ADP   IN  4  prep     -
Acme     Acme     PROPN NNP 7  compound ORG
Bank     Bank     PROPN NNP 10 poss     I-ORG
's       's       PART  POS 7  case     I-ORG
treasury treasury PROPN NNP 10 compound ORG
division division NOUN  NN  5  pobj     -
,        ,        PUNCT ,   2  punct    -
said     say      VERB  VBD 0  ROOT     -
rates    rate     NOUN  NNS 15 nsubj    -
would    would    AUX   MD  15 aux      -
rise     rise     VERB  VB  12 ccomp    -
.        .        PUNCT .   12 punct    -
"""

# "Beta Corp gained 1/2, Gamma Corp, with its Delta Oil Co unit, rose 1/4."
ITS_UNIT_AFTER_A_SECOND_FIRM = """
Beta   Beta  PROPN NNP  2  compound ORG
Corp   Corp  PROPN NNP  3  nsubj    I-ORG
gained gain  VERB  VBD  0  ROOT     -
1/2    1/2   NUM   CD   3  dobj     CARDINAL
,      ,     PUNCT ,    3  punct    -
Gamma  Gamma PROPN NNP  7  compound ORG
Corp   Corp  PROPN NNP  16 nsubj    I-ORG
,      ,     PUNCT ,    7  punct    -
with   with  ADP   IN   7  prep     -
its    its   PRON  PRP$ 14 poss     -
Delta  Delta PROPN NNP  13 compound ORG
Oil    Oil   PROPN NNP  13 compound I-ORG
Co     Co    PROPN NNP  14 compound I-ORG
unit   unit  NOUN  NN   9  pobj     -
,      ,     PUNCT ,    7  punct    -
rose   rise  VERB  VBD  3  conj     -
1/4    1/4   NUM   CD   16 npadvmod CARDINAL
.      .     PUNCT .    16 punct    -
"""


def test_a_units_kind_in_lower_case_is_no_named_unit() -> None:
    triples = read_triples(MANAGER_OF_A_TREASURY_DIVISION)
    assert not any(obj == "treasury" or subj == "treasury" for subj, _, obj in triples)


def test_its_unit_after_a_second_firm_is_not_the_first_firms() -> None:
    triples = read_triples(ITS_UNIT_AFTER_A_SECOND_FIRM)
    assert ("Delta Oil Co", "unit of", "Beta Corp") not in triples
