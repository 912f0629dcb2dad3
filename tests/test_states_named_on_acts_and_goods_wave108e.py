"""Wave 108 E: a state named only in a modifier of a verb's object is no object of the verb when the object
is an act the verb only foresees, weighs, rules out or talks over ("refused to rule out Swedish
retaliation", "discussed Norway's suspension of payments": the state is the act's doer, words.tsv
act_prospect_verbs, rules._doer_of_a_prospect), nor when it is the origin of goods sent on ("will ship
Danish corn to Finland": money_flow_words, rules._origin_of_goods_sent). Verbs of reaction keep the doer
("condemned Swedish retaliation") and verbs of buying the seller ("bought Danish corn"). The parses are
stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Norway refused to rule out Swedish retaliation if Oslo's talks failed."
_RULED_OUT_RETALIATION = """
Norway      Norway      PROPN NNP 2  nsubj  GPE
refused     refuse      VERB  VBD 0  ROOT   -
to          to          PART  TO  4  aux    -
rule        rule        VERB  VB  2  xcomp  -
out         out         ADP   RP  4  prt    -
Swedish     swedish     ADJ   JJ  7  amod   NORP
retaliation retaliation NOUN  NN  4  dobj   -
.           .           PUNCT .   2  punct  -
"""

# "Swedish retaliation was ruled out by Norway."
_RETALIATION_RULED_OUT_BY = """
Swedish     swedish     ADJ   JJ  2  amod      NORP
retaliation retaliation NOUN  NN  4  nsubjpass -
was         be          AUX   VBD 4  auxpass   -
ruled       rule        VERB  VBN 0  ROOT      -
out         out         ADP   RP  4  prt       -
by          by          ADP   IN  4  agent     -
Norway      Norway      PROPN NNP 6  pobj      GPE
.           .           PUNCT .   4  punct     -
"""

# "Swedish retaliation was condemned by Norway."
_RETALIATION_CONDEMNED_BY = """
Swedish     swedish     ADJ   JJ  2  amod      NORP
retaliation retaliation NOUN  NN  4  nsubjpass -
was         be          AUX   VBD 4  auxpass   -
condemned   condemn     VERB  VBN 0  ROOT      -
by          by          ADP   IN  4  agent     -
Norway      Norway      PROPN NNP 5  pobj      GPE
.           .           PUNCT .   4  punct     -
"""

# "Norway condemned Swedish retaliation."
_CONDEMNED_RETALIATION = """
Norway      Norway      PROPN NNP 2  nsubj  GPE
condemned   condemn     VERB  VBD 0  ROOT   -
Swedish     swedish     ADJ   JJ  4  amod   NORP
retaliation retaliation NOUN  NN  2  dobj   -
.           .           PUNCT .   2  punct  -
"""

# "Norway expects Swedish sanctions."
_EXPECTED_SANCTIONS = """
Norway    Norway   PROPN NNP 2  nsubj  GPE
expects   expect   VERB  VBZ 0  ROOT   -
Swedish   swedish  ADJ   JJ  4  amod   NORP
sanctions sanction NOUN  NNS 2  dobj   -
.         .        PUNCT .   2  punct  -
"""

# "Acme Bank discussed Norway's suspension of interest payments."
_DISCUSSED_SUSPENSION = """
Acme       Acme       PROPN NNP 2  compound ORG
Bank       Bank       PROPN NNP 3  nsubj    I-ORG
discussed  discuss    VERB  VBD 0  ROOT     -
Norway     Norway     PROPN NNP 6  poss     GPE
's         's         PART  POS 4  case     -
suspension suspension NOUN  NN  3  dobj     -
of         of         ADP   IN  6  prep     -
interest   interest   NOUN  NN  9  compound -
payments   payment    NOUN  NNS 7  pobj     -
.          .          PUNCT .   3  punct    -
"""

# "Acme Bank discussed Norway's debt."
_DISCUSSED_DEBT = """
Acme       Acme       PROPN NNP 2  compound ORG
Bank       Bank       PROPN NNP 3  nsubj    I-ORG
discussed  discuss    VERB  VBD 0  ROOT     -
Norway     Norway     PROPN NNP 6  poss     GPE
's         's         PART  POS 4  case     -
debt       debt       NOUN  NN  3  dobj     -
.          .          PUNCT .   3  punct    -
"""

# "Zenith will ship Danish corn to Finland."
_SHIPPED_CORN = """
Zenith  Zenith  PROPN NNP 3  nsubj  ORG
will    will    AUX   MD  3  aux    -
ship    ship    VERB  VB  0  ROOT   -
Danish  danish  ADJ   JJ  5  amod   NORP
corn    corn    NOUN  NN  3  dobj   -
to      to      ADP   IN  3  prep   -
Finland Finland PROPN NNP 6  pobj   GPE
.       .       PUNCT .   3  punct  -
"""

# "Zenith bought Danish corn."
_BOUGHT_CORN = """
Zenith  Zenith  PROPN NNP 2  nsubj  ORG
bought  buy     VERB  VBD 0  ROOT   -
Danish  danish  ADJ   JJ  4  amod   NORP
corn    corn    NOUN  NN  2  dobj   -
.       .       PUNCT .   2  punct  -
"""


def _objects(table: str, subject: str) -> set[str]:
    return {obj for subj, _, obj in read_triples(table) if subj == subject}


def test_a_ruled_out_act_is_no_act_on_its_doer() -> None:
    assert "Sweden" not in _objects(_RULED_OUT_RETALIATION, "Norway")
    # a reaction answers the doer, which stays its object
    assert ("Norway", "condemn", "Sweden") in read_triples(_CONDEMNED_RETALIATION)


def test_a_ruled_out_act_is_no_act_on_its_doer_in_the_passive() -> None:
    assert not read_triples(_RETALIATION_RULED_OUT_BY)
    # the same passive with a verb of reaction still reads its agent's act on the doer: the empty read above
    # is the rule's, not a silent passive
    assert ("Norway", "condemn", "Sweden") in read_triples(_RETALIATION_CONDEMNED_BY)


def test_an_expected_measure_is_no_act_on_its_doer() -> None:
    assert "Sweden" not in _objects(_EXPECTED_SANCTIONS, "Norway")


def test_a_state_act_talked_over_is_no_talk_with_the_state() -> None:
    assert "Norway" not in _objects(_DISCUSSED_SUSPENSION, "Acme Bank")
    # a thing the state owes stays the state's ("discuss debt of")
    assert ("Acme Bank", "discuss debt of", "Norway") in read_triples(_DISCUSSED_DEBT)


def test_the_origin_of_goods_shipped_is_no_party_to_the_shipment() -> None:
    triples = read_triples(_SHIPPED_CORN)
    assert "Denmark" not in {obj for _, _, obj in triples}
    assert ("Zenith", "ship to", "Finland") in triples
    # the origin of goods bought is their seller
    assert ("Zenith", "buy corn of", "Denmark") in read_triples(_BOUGHT_CORN)
