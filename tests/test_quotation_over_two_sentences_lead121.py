"""A body named only inside an officer's own quotation is not whose officer he is, also where the
quotation runs over two sentences (lead, stop 55, from the re-read of wave 122: the words inside the marks
were paired within each sentence, so the second sentence's closing mark opened a quotation and the
reporting words counted as quoted). The quotation marks are read as coreference reads them
(coref.quote_groups). Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples
from test_heads_of_bodies_of_a_state_wave122e import OWNED_BRAND

LEAD = OWNED_BRAND.strip().splitlines()[:41]
TWO_SENTENCES = "\n".join([*LEAD, *"""
    "              "              PUNCT ``   45  punct     -
    We             we             PRON  PRP  45  nsubj     -
    are            be             AUX   VBP  45  aux       -
    talking        talk           VERB  VBG  0   ROOT      -
    .              .              PUNCT .    45  punct     -
    A              a              DET   DT   48  det       -
    buyer          buyer          NOUN  NN   51  nsubj     -
    for            for            ADP   IN   48  prep      -
    Vallora        Vallora        PROPN NNP  49  pobj      ORG
    is             be             AUX   VBZ  60  ccomp     -
    still          still          ADV   RB   51  advmod    -
    possible       possible       ADJ   JJ   51  acomp     -
    ,              ,              PUNCT ,    60  punct     -
    "              "              PUNCT ''   60  punct     -
    chief          chief          ADJ   JJ   57  amod      -
    executive      executive      NOUN  NN   59  compound  -
    Urs            Urs            PROPN NNP  59  compound  PERSON
    Brandli        Brandli        PROPN NNP  60  nsubj     I-PERSON
    said           say            VERB  VBD  0   ROOT      -
    .              .              PUNCT .    60  punct     -
""".strip("\n").splitlines()])


def test_a_brand_named_in_a_two_sentence_quotation_is_not_his_firm() -> None:
    triples = read_triples(TWO_SENTENCES)
    assert ("Urs Brandli", "chief executive of", "Vallora") not in triples, triples
    assert ("Urs Brandli", "chief executive of", "Ferrona Holdings") in triples, triples
