"""Wave 102 H: a reported clause that lays a wrong on someone by a noun of fault ("the slump was partly the
fault of Peru", words.tsv fault_nouns) or a passive "blame" ("was blamed on Peru"), also in a "which" clause
on the content ("hopes are high, which was the fault of Juan Cruz"), is the speaker's accusation of that one
(CAMEO 11), the hedge kept out of the predicate; a denied fault accuses nobody (objects._blamed_owners,
rules.speech_content). Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples, roots_between


def _fault(negation: str) -> str:
    """ "The slump was partly (not) the fault of Peru, Chile said." """
    return f"""
The         the         DET   DT   2  det      -
slump       slump       NOUN  NN   3  nsubj    -
was         be          AUX   VBD  11 ccomp    -
{negation}  {negation}  ADV   RB   3  {"neg" if negation == "not" else "advmod"} -
the         the         DET   DT   6  det      -
fault       fault       NOUN  NN   3  attr     -
of          of          ADP   IN   6  prep     -
Peru        Peru        PROPN NNP  7  pobj     GPE
,           ,           PUNCT ,    11 punct    -
Chile       Chile       PROPN NNP  11 nsubj    GPE
said        say         VERB  VBD  0  ROOT     -
.           .           PUNCT .    11 punct    -
"""


# "Chile said the slump was blamed on Peru."
_BLAMED_ON = """
Chile       Chile       PROPN NNP  2  nsubj    GPE
said        say         VERB  VBD  0  ROOT     -
the         the         DET   DT   4  det      -
slump       slump       NOUN  NN   6  nsubjpass -
was         be          AUX   VBD  6  auxpass  -
blamed      blame       VERB  VBN  2  ccomp    -
on          on          ADP   IN   6  prep     -
Peru        Peru        PROPN NNP  7  pobj     GPE
.           .           PUNCT .    2  punct    -
"""

# "Chile said hopes were high, which was largely the fault of Juan Cruz."
_WHICH = """
Chile       Chile       PROPN NNP  2  nsubj    GPE
said        say         VERB  VBD  0  ROOT     -
hopes       hope        NOUN  NNS  4  nsubj    -
were        be          AUX   VBD  2  ccomp    -
high        high        ADJ   JJ   4  acomp    -
,           ,           PUNCT ,    4  punct    -
which       which       PRON  WDT  8  nsubj    -
was         be          AUX   VBD  3  relcl    -
largely     largely     ADV   RB   8  advmod   -
the         the         DET   DT   11 det      -
fault       fault       NOUN  NN   8  attr     -
of          of          ADP   IN   11 prep     -
Juan        Juan        PROPN NNP  14 compound PERSON
Cruz        Cruz        PROPN NNP  12 pobj     I-PERSON
.           .           PUNCT .    2  punct    -
"""


def test_a_fault_laid_on_someone_is_an_accusation_without_its_hedge() -> None:
    assert ("Chile", "accuse", "Peru") in read_triples(_fault("partly"))
    assert roots_between(_fault("partly"), "Chile", "Peru") == {"11"}
    assert not read_triples(_fault("not"))  # "was not the fault of Peru" accuses nobody


def test_a_wrong_blamed_on_someone_is_an_accusation() -> None:
    assert ("Chile", "accuse", "Peru") in read_triples(_BLAMED_ON)


def test_a_fault_in_a_which_clause_on_the_content_is_an_accusation() -> None:
    assert ("Chile", "accuse", "Juan Cruz") in read_triples(_WHICH)
