"""One statement, one edge (audit round 15): a speaker's several speech edges to whom one sentence is about
are one statement; the edge whose verb says most is kept. Sentences written for these tests, parses by hand
(tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts, read

SPEECH = ("svo", "prep", "speech_content", "evaluation", "according_to", "quote_stance")


def every(reading) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {fact for name in SPEECH for fact in facts(reading, name)}


def test_praise_and_a_claim_of_one_sentence_are_one_edge_the_praise() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2  nsubj  GPE
    praised   praise    VERB  VBD 0  ROOT   -
    Chile     Chile     PROPN NNP 2  dobj   GPE
    and       and       CCONJ CC  2  cc     -
    claimed   claim     VERB  VBD 2  conj   -
    that      that      SCONJ IN  9  mark   -
    Chile     Chile     PROPN NNP 9  nsubj  GPE
    had       have      AUX   VBD 9  aux    -
    saved     save      VERB  VBN 5  ccomp  -
    the       the       DET   DT  11 det    -
    region    region    NOUN  NN  9  dobj   -
    .         .         PUNCT .   2  punct  -
    """)
    assert every(reading) == {("Peru", "praise", "Chile")}


def test_spoke_of_and_accused_keeps_the_accusation() -> None:
    reading = read("""
    Peru       Peru      PROPN NNP 2 nsubj  GPE
    spoke      speak     VERB  VBD 0 ROOT   -
    of         of        ADP   IN  2 prep   -
    Chile      Chile     PROPN NNP 3 pobj   GPE
    and        and       CCONJ CC  2 cc     -
    accused    accuse    VERB  VBD 2 conj   -
    Chile      Chile     PROPN NNP 6 dobj   GPE
    of         of        ADP   IN  6 prep   -
    sheltering shelter   VERB  VBG 8 pcomp  -
    rebels     rebel     NOUN  NNS 9 dobj   -
    .          .         PUNCT .   2 punct  -
    """)
    said = {fact for fact in every(reading) if fact[0] == "Peru" and fact[2] == "Chile"}
    assert said == {("Peru", "accuse", "Chile")}


def test_the_addressee_of_a_telling_keeps_its_own_edge() -> None:
    # "told Chile" names whom Peru spoke to; that Chile must leave is a demand of Chile: two facts
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj  GPE
    told      tell      VERB  VBD 0 ROOT   -
    Chile     Chile     PROPN NNP 2 dobj   GPE
    that      that      SCONJ IN  7 mark   -
    Chile     Chile     PROPN NNP 7 nsubj  GPE
    must      must      AUX   MD  7 aux    -
    leave     leave     VERB  VB  2 ccomp  -
    the       the       DET   DT  9 det    -
    region    region    NOUN  NN  7 dobj   -
    .         .         PUNCT .   2 punct  -
    """)
    assert {("Peru", "tell", "Chile"), ("Peru", "demand", "Chile")} <= every(reading)
