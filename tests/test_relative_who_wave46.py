"""A relative "who" is a person's: hung by the parser on the body in a person's title ("Tom Hale, adviser at
Acme Bank, who described X"), it is the person's. Sentences of our own, parses written by hand."""

from __future__ import annotations

from hand_docs import facts, read

# "Mary Kent, an analyst at Orion Capital, who described Berg as a cautious banker, spoke."
_WHO_AFTER_EMPLOYER = """
Mary      Mary      PROPN NNP 2  compound PERSON
Kent      Kent      PROPN NNP 18 nsubj    I-PERSON
,         ,         PUNCT ,   2  punct    -
an        an        DET   DT  5  det      -
analyst   analyst   NOUN  NN  2  appos    -
at        at        ADP   IN  5  prep     -
Orion     Orion     PROPN NNP 8  compound ORG
Capital   Capital   PROPN NNP 6  pobj     I-ORG
,         ,         PUNCT ,   8  punct    -
{rel}     {rel}     PRON  WP  11 nsubj    -
described describe  VERB  VBD 8  relcl    -
Berg      Berg      PROPN NNP 11 dobj     PERSON
as        as        ADP   IN  11 prep     -
a         a         DET   DT  16 det      -
cautious  cautious  ADJ   JJ  16 amod     -
banker    banker    NOUN  NN  13 pobj     -
,         ,         PUNCT ,   8  punct    -
spoke     speak     VERB  VBD 0  ROOT     -
.         .         PUNCT .   18 punct    -
"""


def test_who_hung_on_a_body_in_a_persons_title_is_the_person() -> None:
    # a body is "which", not "who": the analyst describes Berg, not her firm
    assert facts(read(_WHO_AFTER_EMPLOYER.format(rel="who")), "evaluation") == {
        ("Mary Kent", "describe", "Berg")
    }


def test_which_hung_on_a_body_stays_the_bodys() -> None:
    assert facts(read(_WHO_AFTER_EMPLOYER.format(rel="which")), "evaluation") == {
        ("Orion Capital", "describe", "Berg")
    }
