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


# 'Carl Smith met Paul Jones. "He will visit Peru," said Tom Hale, who described Smith as a friend.'
_HE_OF_THE_STORY = """
Carl      Carl      PROPN NNP 2  compound PERSON
Smith     Smith     PROPN NNP 3  nsubj    I-PERSON
met       meet      VERB  VBD 0  ROOT     -
Paul      Paul      PROPN NNP 5  compound PERSON
Jones     Jones     PROPN NNP 3  dobj     I-PERSON
.         .         PUNCT .   3  punct    -
"         "         PUNCT ``  14 punct    -
He        he        PRON  PRP 10 nsubj    -
will      will      AUX   MD  10 aux      -
visit     visit     VERB  VB  14 ccomp    -
Peru      Peru      PROPN NNP 10 dobj     GPE
,         ,         PUNCT ,   14 punct    -
"         "         PUNCT ''  14 punct    -
said      say       VERB  VBD 0  ROOT     -
Tom       Tom       PROPN NNP 16 compound PERSON
Hale      Hale      PROPN NNP 14 nsubj    I-PERSON
,         ,         PUNCT ,   16 punct    -
who       who       PRON  WP  19 nsubj    -
described describe  VERB  VBD 16 relcl    -
Smith     Smith     PROPN NNP 19 dobj     PERSON
as        as        ADP   IN  19 prep     -
a         a         DET   DT  23 det      -
friend    friend    NOUN  NN  21 pobj     -
.         .         PUNCT .   14 punct    -
"""


def test_a_quoted_he_is_whom_the_story_is_about_not_whom_the_speaker_describes() -> None:
    # the object of the speaker's own relative clause is no inverted speaker of the quotation: "he" is
    # Smith, the subject the report is about, not Jones, named last
    assert ("Carl Smith", "visit", "Peru") in facts(read(_HE_OF_THE_STORY), "svo")
