"""A reported clause's stance is read from its own predicate and complements, not from what an adjunct is
about (wave 67 F): "said X took the right step in admitting mistakes" does not criticise X (the mistakes are
what the gerund speaks of), nor does "said X acted after failures" (a time); "said X made a mistake in
admitting the sales" still does. And "called the Iran deal a mistake", which the parser reads as a clause
"deal a mistake", judges no state: the state names the deal's topic or partner. Each test states its parse
by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def test_a_judgement_noun_a_gerund_adjunct_speaks_of_is_no_criticism() -> None:
    said = facts(
        read("""
    Senator   Senator   PROPN NNP 3  compound -
    Ann       Ann       PROPN NNP 3  compound PERSON
    Kirk      Kirk      PROPN NNP 4  nsubj    I-PERSON
    said      say       VERB  VBD 0  ROOT     -
    she       she       PRON  PRP 6  nsubj    -
    believed  believe   VERB  VBD 4  ccomp    -
    Tom       Tom       PROPN NNP 8  compound PERSON
    Reed      Reed      PROPN NNP 9  nsubj    I-PERSON
    took      take      VERB  VBD 6  ccomp    -
    the       the       DET   DT  12 det      -
    right     right     ADJ   JJ  12 amod     -
    step      step      NOUN  NN  9  dobj     -
    in        in        ADP   IN  9  prep     -
    admitting admit     VERB  VBG 13 pcomp    -
    mistakes  mistake   NOUN  NNS 14 dobj     -
    .         .         PUNCT .   4  punct    -
    """),
        "speech_content",
    )
    assert any(f[0] == "Ann Kirk" and f[2] == "Tom Reed" for f in said)
    assert ("Ann Kirk", "criticise", "Tom Reed") not in said


def test_a_judgement_noun_of_a_time_adjunct_is_no_criticism() -> None:
    said = facts(
        read("""
    Ann      Ann      PROPN NNP 2 compound PERSON
    Kirk     Kirk     PROPN NNP 3 nsubj    I-PERSON
    said     say      VERB  VBD 0 ROOT     -
    Tom      Tom      PROPN NNP 5 compound PERSON
    Reed     Reed     PROPN NNP 6 nsubj    I-PERSON
    acted    act      VERB  VBD 3 ccomp    -
    after    after    ADP   IN  6 prep     -
    failures failure  NOUN  NNS 7 pobj     -
    .        .        PUNCT .   3 punct    -
    """),
        "speech_content",
    )
    assert ("Ann Kirk", "say", "Tom Reed") in said
    assert ("Ann Kirk", "criticise", "Tom Reed") not in said


def test_a_mistake_made_in_doing_something_still_criticises() -> None:
    said = facts(
        read("""
    Ann       Ann       PROPN NNP 2  compound PERSON
    Kirk      Kirk      PROPN NNP 3  nsubj    I-PERSON
    said      say       VERB  VBD 0  ROOT     -
    Tom       Tom       PROPN NNP 5  compound PERSON
    Reed      Reed      PROPN NNP 6  nsubj    I-PERSON
    made      make      VERB  VBD 3  ccomp    -
    a         a         DET   DT  8  det      -
    mistake   mistake   NOUN  NN  6  dobj     -
    in        in        ADP   IN  6  prep     -
    admitting admit     VERB  VBG 9  pcomp    -
    the       the       DET   DT  12 det      -
    sales     sale      NOUN  NNS 10 dobj     -
    .         .         PUNCT .   3  punct    -
    """),
        "speech_content",
    )
    assert ("Ann Kirk", "criticise", "Tom Reed") in said


def test_a_state_before_a_deal_the_parser_reads_as_a_verb_is_not_judged() -> None:
    # the parser reads "called the Iran deal a mistake" as a clause "deal a mistake" with "Iran" its object
    called = facts(
        read("""
    Reagan  Reagan  PROPN NNP 2 nsubj PERSON
    called  call    VERB  VBD 0 ROOT  -
    the     the     DET   DT  4 det   -
    Chile   Chile   PROPN NNP 2 dobj  GPE
    deal    deal    VERB  VB  2 oprd  -
    a       a       DET   DT  7 det   -
    mistake mistake NOUN  NN  5 dobj  -
    .       .       PUNCT .   2 punct -
    """),
        "evaluation",
    )
    assert not any(f[2] == "Chile" for f in called)


def test_a_state_compound_before_an_arms_deal_read_as_a_verb_is_not_judged() -> None:
    called = facts(
        read("""
    Reagan  Reagan  PROPN NNP 2 nsubj    PERSON
    called  call    VERB  VBD 0 ROOT     -
    the     the     DET   DT  5 det      -
    Chile   Chile   PROPN NNP 5 compound GPE
    arms    arm     NOUN  NNS 2 dobj     -
    deal    deal    VERB  VBP 2 ccomp    -
    a       a       DET   DT  8 det      -
    mistake mistake NOUN  NN  6 dobj     -
    .       .       PUNCT .   2 punct    -
    """),
        "evaluation",
    )
    assert not any(f[2] == "Chile" for f in called)
