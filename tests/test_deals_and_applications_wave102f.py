"""Deals and requests stated through a noun or an adjective (sentences of our own, parses written by hand):
a trade protocol's "to"-infinitive is the signer's deed, as a contract's is; "a Bolivian firm" left unnamed is
Bolivia's businesses, the class "Bolivian firms" names."""

from __future__ import annotations

from geokg.extract.io.nlp import applied_bodies
from hand_docs import facts_with_roots, parse, roots_between

# "Velmora signed a trade protocol to buy wire from Ostrania."
PROTOCOL = """
Velmora   Velmora   PROPN NNP 2  nsubj  GPE
signed    sign      VERB  VBD 0  ROOT   -
a         a         DET   DT  5  det    -
trade     trade     NOUN  NN  5  compound -
protocol  protocol  NOUN  NN  2  dobj   -
to        to        PART  TO  7  aux    -
buy       buy       VERB  VB  5  acl    -
wire      wire      NOUN  NN  7  dobj   -
from      from      ADP   IN  7  prep   -
Ostrania  Ostrania  PROPN NNP 9  pobj   GPE
.         .         PUNCT .   2  punct  -
"""


def test_a_signed_protocol_to_buy_is_the_signers_purchase_to_come() -> None:
    facts = facts_with_roots(PROTOCOL)
    assert ("Velmora", "sign protocol to buy wire from", "Ostrania", "06") in facts


# "A Bolivian firm sold a rig to Ostrania."
A_FIRM = """
A         a         DET   DT  3  det    -
Bolivian  Bolivian  ADJ   JJ  3  amod   NORP
firm      firm      NOUN  NN  4  nsubj  -
sold      sell      VERB  VBD 0  ROOT   -
a         a         DET   DT  6  det    -
rig       rig       NOUN  NN  4  dobj   -
to        to        ADP   IN  4  prep   -
Ostrania  Ostrania  PROPN NNP 7  pobj   GPE
.         .         PUNCT .   4  punct  -
"""


def test_a_firm_of_a_state_left_unnamed_is_its_businesses() -> None:
    facts = facts_with_roots(A_FIRM)
    assert ("Bolivian businesses", "sell rig to", "Ostrania", "06") in facts


# "Zenco applied to the Trade Ministry." / "Zenco applied pressure to the Trade Ministry."
APPLIED = """
Zenco     Zenco     PROPN NNP 2  nsubj    ORG
applied   apply     VERB  VBD 0  ROOT     -
to        to        ADP   IN  2  prep     -
the       the       DET   DT  6  det      -
Trade     Trade     PROPN NNP 6  compound ORG
Ministry  Ministry  PROPN NNP 3  pobj     I-ORG
.         .         PUNCT .   2  punct    -
"""


def test_applying_to_a_body_is_a_request_to_it() -> None:
    assert roots_between(APPLIED, "Zenco", "Trade Ministry") == {"02"}


# "Zenco will apply to form the cartel to the Trade Ministry.", as the parser gives it: the "to" phrase on
# the infinitive of what is applied for
FORM_TO = """
Zenco     Zenco     PROPN NNP 3  nsubj    ORG
will      will      AUX   MD  3  aux      -
apply     apply     VERB  VB  0  ROOT     -
to        to        PART  TO  5  aux      -
form      form      VERB  VB  3  advcl    -
the       the       DET   DT  7  det      -
cartel    cartel    NOUN  NN  5  dobj     -
to        to        ADP   IN  5  prep     -
the       the       DET   DT  11 det      -
Trade     Trade     PROPN NNP 11 compound ORG
Ministry  Ministry  PROPN NNP 8  pobj     I-ORG
.         .         PUNCT .   3  punct    -
"""


def test_a_body_after_the_infinitive_of_apply_is_the_applications() -> None:
    doc = applied_bodies(parse(FORM_TO))
    to = doc[7]
    assert to.text == "to" and to.head.text == "apply" and to.dep_ == "prep"


def test_a_sale_to_a_body_after_apply_stays_the_sales() -> None:
    sold = FORM_TO.replace("form      form ", "sell      sell ")
    doc = applied_bodies(parse(sold))
    assert doc[7].head.text == "sell"


def test_an_export_to_a_body_after_apply_stays_the_exports() -> None:
    # review mend (wave 104 F): only an aim with no recipient gives up its "to" phrase; "Zenco will apply
    # to export the cartel's copper to the Trade Ministry": the ministry gets the copper
    exported = FORM_TO.replace("form      form ", "export    export ")
    doc = applied_bodies(parse(exported))
    assert doc[7].head.text == "export"


# "Zenco will apply to set up the cartel to the Trade Ministry.": a phrasal aim with no recipient
SET_UP_TO = """
Zenco     Zenco     PROPN NNP 3  nsubj    ORG
will      will      AUX   MD  3  aux      -
apply     apply     VERB  VB  0  ROOT     -
to        to        PART  TO  5  aux      -
set       set       VERB  VB  3  advcl    -
up        up        ADP   RP  5  prt      -
the       the       DET   DT  8  det      -
cartel    cartel    NOUN  NN  5  dobj     -
to        to        ADP   IN  5  prep     -
the       the       DET   DT  12 det      -
Trade     Trade     PROPN NNP 12 compound ORG
Ministry  Ministry  PROPN NNP 9  pobj     I-ORG
.         .         PUNCT .   3  punct    -
"""


def test_a_body_after_setting_up_applied_for_is_the_applications() -> None:
    doc = applied_bodies(parse(SET_UP_TO))
    assert doc[8].text == "to" and doc[8].head.text == "apply"


# "Zenco will apply to the Trade Ministry to form the cartel.": the cartel is the object of the purpose,
# not of "apply", which has none of its own; applying to the ministry is a request to it
TO_FORM = """
Zenco     Zenco     PROPN NNP 3  nsubj    ORG
will      will      AUX   MD  3  aux      -
apply     apply     VERB  VB  0  ROOT     -
to        to        ADP   IN  3  prep     -
the       the       DET   DT  7  det      -
Trade     Trade     PROPN NNP 7  compound ORG
Ministry  Ministry  PROPN NNP 4  pobj     I-ORG
to        to        PART  TO  9  aux      -
form      form      VERB  VB  3  advcl    -
the       the       DET   DT  11 det      -
cartel    cartel    NOUN  NN  9  dobj     -
.         .         PUNCT .   3  punct    -
"""


def test_applying_to_a_body_to_form_a_cartel_is_a_request_to_it() -> None:
    assert roots_between(TO_FORM, "Zenco", "Trade Ministry") == {"02"}
