"""An unnamed state actor ("the authorities", "the government") in what a speaker says in a place ("X
said in Tokyo that the authorities ...", "The authorities ..., X said in Tokyo") is the place's state's,
not the state the story is set in. Sentences of our own, parses written by hand."""

from __future__ import annotations

import pytest
from hand_docs import facts, read

_FIRM = """
Halvard     Halvard     PROPN NNP 2  compound ORG
Co          Co          PROPN NNP 5  nsubj    I-ORG
of          of          ADP   IN  2  prep     -
Texas       Texas       PROPN NNP 3  pobj     GPE
cut         cut         VERB  VBD 0  ROOT     -
jobs        job         NOUN  NNS 5  dobj     -
in          in          ADP   IN  5  prep     -
Dallas      Dallas      PROPN NNP 7  pobj     GPE
.           .           PUNCT .   5  punct    -
"""

_SAID_THAT = """
Reed        Reed        PROPN NNP 11 nsubj    PERSON
said        say         VERB  VBD 0  ROOT     -
in          in          ADP   IN  11 prep     -
{place}     {place}     PROPN NNP 12 pobj     GPE
that        that        SCONJ IN  17 mark     -
the         the         DET   DT  16 det      -
{actor}     {lemma}     NOUN  {tag} 17 nsubj    -
accused     accuse      VERB  VBD 11 ccomp    -
Canada      Canada      PROPN NNP 17 dobj     GPE
.           .           PUNCT .   11 punct    -
"""

_THEN_SAID = """
The         the         DET   DT  11 det      -
{actor}     {lemma}     NOUN  {tag} 12 nsubj    -
accused     accuse      VERB  VBD 0  ROOT     -
Canada      Canada      PROPN NNP 12 dobj     GPE
,           ,           PUNCT ,   12 punct    -
Reed        Reed        PROPN NNP 16 nsubj    PERSON
said        say         VERB  VBD 12 parataxis -
in          in          ADP   IN  16 prep     -
{place}     {place}     PROPN NNP 17 pobj     GPE
.           .           PUNCT .   12 punct    -
"""


@pytest.mark.parametrize("saying", [_SAID_THAT, _THEN_SAID])
@pytest.mark.parametrize(
    ("actor", "lemma", "tag"), [("authorities", "authority", "NNS"), ("government", "government", "NN")]
)
def test_the_authorities_a_speaker_speaks_of_abroad_are_of_the_speakers_place(
    saying: str, actor: str, lemma: str, tag: str
) -> None:
    reading = read(_FIRM + saying.format(place="Tokyo", actor=actor, lemma=lemma, tag=tag))
    assert ("Japan", "accuse", "Canada") in facts(reading, "svo")
    assert ("United States", "accuse", "Canada") not in facts(reading, "svo")


@pytest.mark.parametrize("saying", [_SAID_THAT, _THEN_SAID])
def test_spoken_at_home_they_stay_the_storys_state(saying: str) -> None:
    reading = read(_FIRM + saying.format(place="Houston", actor="authorities", lemma="authority", tag="NNS"))
    assert ("United States", "accuse", "Canada") in facts(reading, "svo")
