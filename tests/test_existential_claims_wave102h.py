"""Wave 102 H: a claim framed as existing ("there was a perception (a feeling, signs) that X did Y") states
the clause after its noun, as the plain report "said X did Y" does (words.tsv existential_claim_nouns,
objects._existential_claims); a relative clause on the noun ("a feeling which Peru shared") or a denied one
states nothing. Each test states its parse by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read_triples


def _there_was(determiner: str, noun: str) -> str:
    """ "Bo Lund said there was <determiner> <noun> Peru had reneged on its promise." (the parser hangs the
    unmarked clause on the noun as a relative one)"""
    return f"""
Bo          Bo          PROPN NNP  2  compound PERSON
Lund        Lund        PROPN NNP  3  nsubj    I-PERSON
said        say         VERB  VBD  0  ROOT     -
there       there       PRON  EX   5  expl     -
was         be          AUX   VBD  3  ccomp    -
{determiner} {determiner} DET DT   7  det      -
{noun}      {noun}      NOUN  NN   5  attr     -
Peru        Peru        PROPN NNP  10 nsubj    GPE
had         have        AUX   VBD  10 aux      -
reneged     renege      VERB  VBN  7  relcl    -
on          on          ADP   IN   10 prep     -
its         its         PRON  PRP$ 13 poss     -
promise     promise     NOUN  NN   11 pobj     -
.           .           PUNCT .    3  punct    -
"""


# "Bo Lund said Peru had reneged on its promise.": the plain report the framed one says as
_PLAIN = """
Bo          Bo          PROPN NNP  2  compound PERSON
Lund        Lund        PROPN NNP  3  nsubj    I-PERSON
said        say         VERB  VBD  0  ROOT     -
Peru        Peru        PROPN NNP  6  nsubj    GPE
had         have        AUX   VBD  6  aux      -
reneged     renege      VERB  VBN  3  ccomp    -
on          on          ADP   IN   6  prep     -
its         its         PRON  PRP$ 9  poss     -
promise     promise     NOUN  NN   7  pobj     -
.           .           PUNCT .    3  punct    -
"""

# "Bo Lund said there was a feeling which Peru shared.": the clause describes the feeling; nothing is claimed
# of Peru
_RELATIVE = """
Bo          Bo          PROPN NNP  2  compound PERSON
Lund        Lund        PROPN NNP  3  nsubj    I-PERSON
said        say         VERB  VBD  0  ROOT     -
there       there       PRON  EX   5  expl     -
was         be          AUX   VBD  3  ccomp    -
a           a           DET   DT   7  det      -
risk        risk        NOUN  NN   5  attr     -
which       which       PRON  WDT  10 dobj     -
Peru        Peru        PROPN NNP  10 nsubj    GPE
took        take        VERB  VBD  7  relcl    -
.           .           PUNCT .    3  punct    -
"""


def test_a_perception_framed_as_existing_is_said_as_the_plain_claim() -> None:
    said = ("Bo Lund", "say", "Peru")
    assert said in read_triples(_PLAIN)
    assert said in read_triples(_there_was("a", "perception"))
    assert said in read_triples(_there_was("a", "feeling"))
    # a denied one, or a relative clause describing the noun, claims nothing
    assert not read_triples(_there_was("no", "perception"))
    assert not read_triples(_RELATIVE)
