"""Questions put to a speaker (wave 82 H): what a question asks about is no fact, neither the speaker's nor
the text's. A gerund under a preposition inside an open question ("Asked what X's policy is on selling
arms to Y, Z told ...") is part of the question (this wave's change); a gerund that a verb of asking is
asked about ("Asked about selling arms to Y, Z said ...") was already no fact (a guard), and a gerund in a
statement is still read (a guard). Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def test_a_gerund_inside_an_open_question_put_to_a_speaker_is_no_fact() -> None:
    triples = read_triples("""
    Asked     ask      VERB  VBD 16 advcl  -
    what      what     PRON  WP  7  attr   -
    Chile     Chile    PROPN NNP 5  poss   GPE
    's        's       PART  POS 3  case   -
    policy    policy   NOUN  NN  6  nsubj  -
    is        be       AUX   VBZ 1  ccomp  -
    on        on       ADP   IN  6  prep   -
    selling   sell     VERB  VBG 7  pcomp  -
    arms      arm      NOUN  NNS 8  dobj   -
    to        to       ADP   IN  8  dative -
    Iran      Iran     PROPN NNP 10 pobj   GPE
    ,         ,        PUNCT ,   15 punct  -
    the       the      DET   DT  14 det    -
    minister  minister NOUN  NN  15 nsubj  -
    told      tell     VERB  VBD 0  ROOT   -
    reporters reporter NOUN  NNS 15 dobj   -
    that      that     SCONJ IN  20 mark   -
    talks     talk     NOUN  NNS 20 nsubj  -
    would     would    AUX   MD  20 aux    -
    continue  continue VERB  VB  15 ccomp  -
    .         .        PUNCT .   15 punct  -
    """)
    assert not any(t[2] == "Iran" for t in triples), triples


def test_a_gerund_a_speaker_is_asked_about_is_no_fact() -> None:
    triples = read_triples("""
    Asked    ask      VERB  VBN 10 advcl -
    about    about    ADP   IN  1  prep  -
    selling  sell     VERB  VBG 2  pcomp -
    arms     arm      NOUN  NNS 3  dobj  -
    to       to       ADP   IN  3  prep  -
    Iran     Iran     PROPN NNP 5  pobj  GPE
    ,        ,        PUNCT ,   10 punct -
    Chile    Chile    PROPN NNP 10 nsubj GPE
    said     say      VERB  VBD 0  ROOT  -
    talks    talk     NOUN  NNS 13 nsubj -
    would    would    AUX   MD  13 aux   -
    continue continue VERB  VB  9  ccomp -
    .        .        PUNCT .   9  punct -
    """)
    assert not any(t[2] == "Iran" for t in triples), triples


def test_a_gerund_in_a_statement_is_still_read() -> None:
    triples = read_triples("""
    Chile   Chile   PROPN NNP 2 nsubj GPE
    said    say     VERB  VBD 0 ROOT  -
    it      it      PRON  PRP 4 nsubj -
    insisted insist VERB  VBD 2 ccomp -
    on      on      ADP   IN  4 prep  -
    selling sell    VERB  VBG 5 pcomp -
    arms    arm     NOUN  NNS 6 dobj  -
    to      to      ADP   IN  6 dative -
    Iran    Iran    PROPN NNP 8 pobj  GPE
    .       .       PUNCT .   2 punct -
    """)
    assert any(t[0] == "Chile" and t[2] == "Iran" for t in triples), triples
