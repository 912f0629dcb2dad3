"""Who a speaking pronoun is, and what a reported hedge keeps: "Berg knows the risks, he said" (he is not
Berg); "said it is unlikely Berg knows" (the content keeps "it is unlikely", the clause's fact is may-not).
Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import by_rule, facts, read

# "Paul Dorn spoke on Monday. Carl Berg knows the risks, he said."
_HE_SAID_OF_ANOTHER = """
Paul      Paul      PROPN NNP 2  compound PERSON
Dorn      Dorn      PROPN NNP 3  nsubj    I-PERSON
spoke     speak     VERB  VBD 0  ROOT     -
on        on        ADP   IN  3  prep     -
Monday    Monday    PROPN NNP 4  pobj     DATE
.         .         PUNCT .   3  punct    -
Carl      Carl      PROPN NNP 8  compound PERSON
Berg      Berg      PROPN NNP 9  nsubj    I-PERSON
knows     know      VERB  VBZ 14 ccomp    -
the       the       DET   DT  11 det      -
risks     risk      NOUN  NNS 9  dobj     -
,         ,         PUNCT ,   14 punct    -
he        he        PRON  PRP 14 nsubj    -
said      say       VERB  VBD 0  ROOT     -
.         .         PUNCT .   14 punct    -
"""


def test_he_who_reports_a_named_person_is_not_that_person() -> None:
    # "Berg knows the risks, he said": he would be "Berg said he knows"; the one who spoke before speaks
    assert facts(read(_HE_SAID_OF_ANOTHER), "speech_content") == {("Paul Dorn", "say", "Carl Berg")}


# "Ann Cole said it is unlikely{that} Peru will attack Chile."
_UNLIKELY = """
Ann       Ann       PROPN NNP 2  compound PERSON
Cole      Cole      PROPN NNP 3  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
it        it        PRON  PRP 5  nsubj    -
is        be        AUX   VBZ 3  ccomp    -
unlikely  unlikely  ADJ   JJ  5  acomp    -
Peru      Peru      PROPN NNP 9  nsubj    GPE
will      will      AUX   MD  9  aux      -
attack    attack    VERB  VB  5  ccomp    -
Chile     Chile     PROPN NNP 9  dobj     GPE
.         .         PUNCT .   3  punct    -
"""


def test_an_extraposed_likelihood_without_that_hedges_its_clause() -> None:
    [attack] = by_rule(read(_UNLIKELY), "svo")
    assert (attack.predicate, attack.negated, attack.modality) == ("attack", True, "may")


# "Ann Cole said it is unlikely Carl Berg knows the risks."
_UNLIKELY_KNOWS = """
Ann       Ann       PROPN NNP 2  compound PERSON
Cole      Cole      PROPN NNP 3  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
it        it        PRON  PRP 5  nsubj    -
is        be        AUX   VBZ 3  ccomp    -
unlikely  unlikely  ADJ   JJ  5  acomp    -
Carl      Carl      PROPN NNP 8  compound PERSON
Berg      Berg      PROPN NNP 9  nsubj    I-PERSON
knows     know      VERB  VBZ 5  ccomp    -
the       the       DET   DT  11 det      -
risks     risk      NOUN  NNS 9  dobj     -
.         .         PUNCT .   3  punct    -
"""


def test_a_reported_extraposed_clause_keeps_its_judge_in_the_content() -> None:
    # "said it is unlikely Berg knows the risks" does not say "Berg knows the risks"
    said = {r.content for r in by_rule(read(_UNLIKELY_KNOWS), "speech_content")}
    assert said == {"it is unlikely Carl Berg knows the risks"}
