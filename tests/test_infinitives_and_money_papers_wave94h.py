"""Words that look like actors in news of money and rules and are none: a verb right after "to" that the
parser hung on "to" as its object ("the powers of its commissions to police these sectors": no police;
entities/actors._infinitive), a bill with a word of money papers before it ("discounted export bills": a
paper of money, no law and no event; entities/events._money_bill), and "fall due" ("the bills fell due for
Tarvish exporters": a debt payable, no act; clauses/frame._falls_due). The sentences are ours, parses
written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import read_triples

# "Peru has expanded the powers of its banking commissions to police these sectors.": "to" read as a
# preposition, the verb (tagged VB) as its object.
POWERS_TO_POLICE = """
Peru        Peru        PROPN NNP  3  nsubj    GPE
has         have        AUX   VBZ  3  aux      -
expanded    expand      VERB  VBN  0  ROOT     -
the         the         DET   DT   5  det      -
powers      power       NOUN  NNS  3  dobj     -
of          of          ADP   IN   5  prep     -
its         its         PRON  PRP$ 9  poss     -
banking     banking     NOUN  NN   9  compound -
commissions commission  NOUN  NNS  6  pobj     -
to          to          ADP   IN   3  prep     -
police      police      NOUN  VB   10 pobj     -
these       these       DET   DT   13 det      -
sectors     sector      NOUN  NNS  11 dobj     -
.           .           PUNCT .    3  punct    -
"""

# "Chilean banks discounted export bills for Peru."
DISCOUNTED_EXPORT_BILLS = """
Chilean     Chilean     ADJ   JJ   2  amod     NORP
banks       bank        NOUN  NNS  3  nsubj    -
discounted  discount    VERB  VBD  0  ROOT     -
export      export      NOUN  NN   5  compound -
bills       bill        NOUN  NNS  3  dobj     -
for         for         ADP   IN   3  prep     -
Peru        Peru        PROPN NNP  6  pobj     GPE
.           .           PUNCT .    3  punct    -
"""

# "The bills fell due for Chilean exporters."
BILLS_FELL_DUE = """
The         the         DET   DT   2  det      -
bills       bill        NOUN  NNS  3  nsubj    -
fell        fall        VERB  VBD  0  ROOT     -
due         due         ADJ   JJ   3  acomp    -
for         for         ADP   IN   3  prep     -
Chilean     Chilean     ADJ   JJ   7  amod     NORP
exporters   exporter    NOUN  NNS  5  pobj     -
.           .           PUNCT .    3  punct    -
"""


def test_a_verb_after_to_read_as_its_object_is_no_police() -> None:
    triples = read_triples(POWERS_TO_POLICE)
    assert not any("police" in o.lower() for _, _, o in triples), triples


def test_export_bills_are_no_event() -> None:
    triples = read_triples(DISCOUNTED_EXPORT_BILLS)
    assert not any("bill" in o for _, _, o in triples), triples


def test_bills_falling_due_do_no_act() -> None:
    triples = read_triples(BILLS_FELL_DUE)
    assert not any(p.startswith("fall") for _, p, _ in triples), triples
