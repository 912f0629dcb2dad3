"""A firm introduced as "the <state adjective> (state) <trade> company X", its name left untagged, is a firm
of that state (not of the partner its deal names), and its acts make edges (wave 86 E). The test states its
parse by hand (tests/hand_docs.py); the sentence and names are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

# "The Venezuelan state oil company Petrolar said it signed a supply deal with Italy's Tornio Spa." with
# neither firm's name tagged
STATE_OIL_COMPANY = """
The          the          DET   DT   5 det       -
Venezuelan   venezuelan   ADJ   JJ   5 amod      NORP
state        state        NOUN  NN   5 compound  -
oil          oil          NOUN  NN   5 compound  -
company      company      NOUN  NN   7 nsubj     -
Petrolar     Petrolar     PROPN NNP  5 appos     -
said         say          VERB  VBD  0 ROOT      -
it           it           PRON  PRP  9 nsubj     -
signed       sign         VERB  VBD  7 ccomp     -
a            a            DET   DT   12 det      -
supply       supply       NOUN  NN   12 compound -
deal         deal         NOUN  NN   9 dobj      -
with         with         ADP   IN   9 prep      -
Italy        Italy        PROPN NNP  17 poss     GPE
's           's           PART  POS  14 case     -
Tornio       Tornio       PROPN NNP  17 compound ORG
Spa          Spa          PROPN NNP  13 pobj     I-ORG
.            .            PUNCT .    7 punct     -
"""


def test_an_untagged_name_after_a_states_company_noun_is_its_firm_and_acts() -> None:
    assert ("Petrolar", "sign deal with", "Tornio Spa") in read_triples(STATE_OIL_COMPANY)
    assert country_of(read(STATE_OIL_COMPANY), "Petrolar") == "VEN"
