"""Wave 103 G, item 3(b): "Peru and Chile signed an agreement to reschedule Peru's debt to Chile": the edges
the infinitive gives between the two signers themselves ("sign agreement to reschedule debt of", "sign
agreement to reschedule to") repeat the accord between them ("sign agreement with"), which is kept alone; an
infinitive's edge to a third party ("... to sell copper to Japan") is news of its own and stays. Sentences
ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "Peru and Chile signed an agreement to reschedule Peru's debt to Chile."
_OWN_TERMS = """
Peru       Peru       PROPN NNP 4  nsubj    GPE
and        and        CCONJ CC  1  cc       -
Chile      Chile      PROPN NNP 1  conj     GPE
signed     sign       VERB  VBD 0  ROOT     -
an         an         DET   DT  6  det      -
agreement  agreement  NOUN  NN  4  dobj     -
to         to         PART  TO  8  aux      -
reschedule reschedule VERB  VB  6  acl      -
Peru       Peru       PROPN NNP 11 poss     GPE
's         's         PART  POS 9  case     -
debt       debt       NOUN  NN  8  dobj     -
to         to         ADP   IN  8  prep     -
Chile      Chile      PROPN NNP 12 pobj     GPE
.          .          PUNCT .   4  punct    -
"""

# "Peru and Chile signed an agreement to sell copper to Japan."
_THIRD_PARTY = """
Peru       Peru       PROPN NNP 4  nsubj    GPE
and        and        CCONJ CC  1  cc       -
Chile      Chile      PROPN NNP 1  conj     GPE
signed     sign       VERB  VBD 0  ROOT     -
an         an         DET   DT  6  det      -
agreement  agreement  NOUN  NN  4  dobj     -
to         to         PART  TO  8  aux      -
sell       sell       VERB  VB  6  acl      -
copper     copper     NOUN  NN  8  dobj     -
to         to         ADP   IN  8  prep     -
Japan      Japan      PROPN NNP 10 pobj     GPE
.          .          PUNCT .   4  punct    -
"""


def test_the_signers_own_terms_repeat_their_accord() -> None:
    triples = read_triples(_OWN_TERMS)
    between = {p for s, p, o in triples if {s, o} == {"Peru", "Chile"}}
    assert between == {"sign agreement with"}, triples
    # (terms with a third party are news of their own: they stay beside the accord)
    triples = read_triples(_THIRD_PARTY)
    assert any(o == "Japan" for _, _, o in triples), triples
    assert any({s, o} == {"Peru", "Chile"} for s, _, o in triples), triples


# "Tom Roe said Peru and Chile signed a pact."
_REPORTED = """
Tom    Tom    PROPN NNP 2 compound PERSON
Roe    Roe    PROPN NNP 3 nsubj    I-PERSON
said   say    VERB  VBD 0 ROOT     -
Peru   Peru   PROPN NNP 7 nsubj    GPE
and    and    CCONJ CC  4 cc       -
Chile  Chile  PROPN NNP 4 conj     GPE
signed sign   VERB  VBD 3 ccomp    -
a      a      DET   DT  9 det      -
pact   pact   NOUN  NN  7 dobj     -
.      .      PUNCT .   3 punct    -
"""


def test_a_reported_mutual_deed_is_the_claim_about_both_sides() -> None:
    # the accord is both signers' own deed: no bare "say" edge about the second signer beside it
    triples = read_triples(_REPORTED)
    assert ("Peru", "sign pact with", "Chile") in triples, triples
    assert not any(s == "Tom Roe" and o in ("Peru", "Chile") for s, _, o in triples), triples
