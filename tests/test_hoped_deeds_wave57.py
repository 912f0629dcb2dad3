"""Hopes and wishes about another's deed, and warnings against a deed (wave 57 I): what a speaker, or the
state they speak for, hopes or wants another side will do is an appeal to it (urge, CAMEO 02), never praise,
however warmly the deed is worded ("hopes Peru will make great efforts"); what only befalls or describes the
other ("hopes Peru will be wise") is no appeal and no praise either. "Warned Peru against arming the rebels"
threatens Peru (cameo.tsv "warn against", 13), not a plain statement (01). Each test states its parse by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def test_a_state_hoping_another_will_act_urges_it() -> None:
    acts = facts_with_roots("""
    Lopez   Lopez  PROPN NNP 2 nsubj    PERSON
    said    say    VERB  VBD 0 ROOT     -
    Chile   Chile  PROPN NNP 4 nsubj    GPE
    hopes   hope   VERB  VBZ 2 ccomp    -
    Peru    Peru   PROPN NNP 7 nsubj    GPE
    will    will   AUX   MD  7 aux      -
    make    make   VERB  VB  4 ccomp    -
    great   great  ADJ   JJ  9 amod     -
    efforts effort NOUN  NNS 7 dobj     -
    .       .      PUNCT .   2 punct    -
    """)
    assert ("Chile", "urge", "Peru", "02") in acts
    assert not any(a[1] == "praise" for a in acts)


def test_a_speaker_wanting_another_to_act_urges_it() -> None:
    acts = facts_with_roots("""
    Lopez   Lopez  PROPN NNP 2 nsubj    PERSON
    said    say    VERB  VBD 0 ROOT     -
    he      he     PRON  PRP 4 nsubj    -
    wants   want   VERB  VBZ 2 ccomp    -
    Lima    Lima   PROPN NNP 7 nsubj    GPE
    to      to     PART  TO  7 aux      -
    take    take   VERB  VB  4 ccomp    -
    wise    wise   ADJ   JJ  9 amod     -
    steps   step   NOUN  NNS 7 dobj     -
    .       .      PUNCT .   2 punct    -
    """)
    assert ("Lopez", "urge", "Peru", "02") in acts
    assert not any(a[1] == "praise" for a in acts)


def test_hoping_another_will_be_wise_is_no_praise() -> None:
    acts = facts_with_roots("""
    Lopez   Lopez  PROPN NNP 2 nsubj    PERSON
    said    say    VERB  VBD 0 ROOT     -
    Chile   Chile  PROPN NNP 4 nsubj    GPE
    hopes   hope   VERB  VBZ 2 ccomp    -
    Peru    Peru   PROPN NNP 7 nsubj    GPE
    will    will   AUX   MD  7 aux      -
    be      be     AUX   VB  4 ccomp    -
    wise    wise   ADJ   JJ  7 acomp    -
    .       .      PUNCT .   2 punct    -
    """)
    assert not any(a[1] in ("praise", "urge") for a in acts)
    assert any(a[:3] == ("Chile", "hope", "Peru") for a in acts)


def test_warning_another_against_a_deed_threatens_it() -> None:
    acts = facts_with_roots("""
    Chile   Chile   PROPN NNP 2 nsubj    GPE
    warned  warn    VERB  VBD 0 ROOT     -
    Peru    Peru    PROPN NNP 2 dobj     GPE
    against against ADP   IN  2 prep     -
    arming  arm     VERB  VBG 4 pcomp    -
    the     the     DET   DT  7 det      -
    rebels  rebel   NOUN  NNS 5 dobj     -
    .       .       PUNCT .   2 punct    -
    """)
    assert ("Chile", "warn", "Peru", "13") in acts
