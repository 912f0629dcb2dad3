"""A state's demonym and a ministry's field that the tagger cut off as an organisation before the rest of a
title ("[Nicaraguan External] Trade Minister X") is no body: the title is the state's office, "external
trade minister of Nicaragua" (mentions._portfolio_only) (sentence of our own, parsed by hand as the model
tags it)."""

from __future__ import annotations

from hand_docs import read_triples

FIELD_CUT_OFF_BEFORE_TITLE = """
Prices     price      NOUN  NNS 3  nsubj    -
will       will       AUX   MD  3  aux      -
fall       fall       VERB  VB  12 ccomp    -
,          ,          PUNCT ,   12 punct    -
Nicaraguan Nicaraguan PROPN NNP 8  compound ORG
External   External   PROPN NNP 7  compound I-ORG
Trade      Trade      PROPN NNP 8  compound -
Minister   Minister   PROPN NNP 11 compound -
Jorge      Jorge      PROPN NNP 11 compound -
Ruiz       Ruiz       PROPN NNP 11 compound -
Pardo      Pardo      PROPN NNP 12 nsubj    PERSON
told       tell       VERB  VBD 0  ROOT     -
reporters  reporter   NOUN  NNS 12 dobj     -
.          .          PUNCT .   12 punct    -
"""


def test_a_demonym_and_a_field_cut_off_before_a_title_are_the_states_office() -> None:
    triples = read_triples(FIELD_CUT_OFF_BEFORE_TITLE)
    assert ("Jorge Ruiz Pardo", "external trade minister of", "Nicaragua") in triples
    assert not any(o == "Nicaraguan External" for _, _, o in triples)
