"""Reluctance that held only before (wave 83 H): "X, which until recently had been reluctant to criticise
Y, joined …", "was previously unwilling to …", "Z, which had long been unwilling to …" say the deed was not
done then; it may be done now, as the sentence often tells. No denied deed is read (this wave's change:
words.tsv bygone_state_words, voice.bygone_judgement); a present reluctance still gives the denied, possible
deed (a guard). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_modal_acts


def test_reluctance_until_recently_in_a_relative_clause_denies_no_deed() -> None:
    acts = read_modal_acts("""
    Peru       Peru       PROPN NNP 12 nsubj    GPE
    ,          ,          PUNCT ,   1  punct    -
    which      which      PRON  WDT 7  nsubj    -
    until      until      ADP   IN  7  prep     -
    recently   recently   ADV   RB  7  advmod   -
    had        have       AUX   VBD 7  aux      -
    been       be         AUX   VBN 1  relcl    -
    reluctant  reluctant  ADJ   JJ  7  acomp    -
    to         to         PART  TO  10 aux      -
    criticise  criticise  VERB  VB  8  xcomp    -
    Chile      Chile      PROPN NNP 10 dobj     GPE
    joined     join       VERB  VBD 0  ROOT     -
    the        the        DET   DT  14 det      -
    protest    protest    NOUN  NN  12 dobj     -
    .          .          PUNCT .   12 punct    -
    """)
    assert not any(a[0] == "Peru" and a[1].startswith("criticise") for a in acts), acts


def test_reluctance_long_held_in_a_relative_clause_denies_no_deed() -> None:
    acts = read_modal_acts("""
    Peru       Peru       PROPN NNP 11 nsubj    GPE
    ,          ,          PUNCT ,   1  punct    -
    which      which      PRON  WDT 6  nsubj    -
    had        have       AUX   VBD 6  aux      -
    long       long       ADV   RB  6  advmod   -
    been       be         AUX   VBN 1  relcl    -
    unwilling  unwilling  ADJ   JJ  6  acomp    -
    to         to         PART  TO  9  aux      -
    criticise  criticise  VERB  VB  7  xcomp    -
    Chile      Chile      PROPN NNP 9  dobj     GPE
    joined     join       VERB  VBD 0  ROOT     -
    the        the        DET   DT  13 det      -
    protest    protest    NOUN  NN  11 dobj     -
    .          .          PUNCT .   11 punct    -
    """)
    assert not any(a[0] == "Peru" and a[1].startswith("criticise") for a in acts), acts


def test_a_present_reluctance_still_denies_the_deed() -> None:
    acts = read_modal_acts("""
    Peru       Peru       PROPN NNP 3  nsubj    GPE
    has        have       AUX   VBZ 3  aux      -
    been       be         AUX   VBN 0  ROOT     -
    reluctant  reluctant  ADJ   JJ  3  acomp    -
    to         to         PART  TO  6  aux      -
    criticise  criticise  VERB  VB  4  xcomp    -
    Chile      Chile      PROPN NNP 6  dobj     GPE
    .          .          PUNCT .   3  punct    -
    """)
    assert any(a[0] == "Peru" and a[1] == "criticise" and a[2] == "Chile" and a[5] for a in acts), acts
