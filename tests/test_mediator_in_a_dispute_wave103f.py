"""Wave 103 F: the mediator "in (of) the dispute between X and Y" stands between X and Y, as "a mediator
between X and Y" does: an offer to be one reaches both parties (an intent to mediate, root 03)."""

from tests.hand_docs import roots_between

# "Jan Bolt offered himself as a mediator in the dispute between Peru and Chile."
OFFERED_AS_MEDIATOR = """
Jan       Jan       PROPN NNP 2  compound PERSON
Bolt      Bolt      PROPN NNP 3  nsubj    I-PERSON
offered   offer     VERB  VBD 0  ROOT     -
himself   himself   PRON  PRP 3  dobj     -
as        as        ADP   IN  3  prep     -
a         a         DET   DT  7  det      -
mediator  mediator  NOUN  NN  5  pobj     -
in        in        ADP   IN  7  prep     -
the       the       DET   DT  10 det      -
dispute   dispute   NOUN  NN  8  pobj     -
between   between   ADP   IN  10 prep     -
Peru      Peru      PROPN NNP 11 pobj     GPE
and       and       CCONJ CC  12 cc       -
Chile     Chile     PROPN NNP 12 conj     GPE
.         .         PUNCT .   3  punct    -
"""


def test_an_offer_to_mediate_a_dispute_reaches_its_parties() -> None:
    assert roots_between(OFFERED_AS_MEDIATOR, "Jan Bolt", "Peru") == {"03"}
    assert roots_between(OFFERED_AS_MEDIATOR, "Jan Bolt", "Chile") == {"03"}
