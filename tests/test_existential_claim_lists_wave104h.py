"""Review mend, wave 104 H: the nouns a claim is framed as existing under are read from the lists that already
hold them, never repeated (words.tsv existential_claim_nouns with evidence_nouns and the stance_nouns of
believing): "there was some evidence that X had done Y" states X's deed, as "there were signs that" did. A
noun of possibility (possibility_heads: risk, danger) frames no claim: "there was a risk that X would seize
Y" says nothing X did. Each test states its parse by hand (tests/hand_docs.py); the sentences and names are
ours."""

from __future__ import annotations

from geokg.extract.lexicon.loader import Lists
from geokg.extract.lexicon.words import (
    EVIDENCE_NOUNS,
    EXISTENTIAL_CLAIM_NOUNS,
    POSSIBILITY_HEADS,
    STANCE_NOUNS,
)
from hand_docs import read_triples


def _there_was(det: str, noun: str, aux: str, aux_tag: str, verb: str, verb_tag: str) -> str:
    """ "Ana Sola said there was <det> <noun> that Peru <aux> <verb> the Rimac mine." """
    return f"""
Ana         Ana         PROPN NNP  2  compound PERSON
Sola        Sola        PROPN NNP  3  nsubj    I-PERSON
said        say         VERB  VBD  0  ROOT     -
there       there       PRON  EX   5  expl     -
was         be          AUX   VBD  3  ccomp    -
{det}       {det}       DET   DT   7  det      -
{noun}      {noun}      NOUN  NN   5  attr     -
that        that        SCONJ IN   11 mark     -
Peru        Peru        PROPN NNP  11 nsubj    GPE
{aux}       {aux}       AUX   {aux_tag} 11 aux      -
{verb}      seize       VERB  {verb_tag} 7  acl      -
the         the         DET   DT   14 det      -
Rimac       Rimac       PROPN NNP  14 compound FAC
mine        mine        NOUN  NN   11 dobj     -
.           .           PUNCT .    3  punct    -
"""


def test_a_risk_is_no_claim_of_the_act() -> None:
    triples = read_triples(_there_was("a", "risk", "would", "MD", "seize", "VB"))
    assert not any(subj == "Peru" for subj, _, _ in triples)
    assert ("Ana Sola", "say", "Peru") not in triples


def test_evidence_frames_a_claim_as_signs_do() -> None:
    said = ("Ana Sola", "say", "Peru")
    assert said in read_triples(_there_was("some", "evidence", "had", "VBD", "seized", "VBN"))


def test_the_claim_nouns_repeat_no_other_list() -> None:
    own = Lists("words.tsv").words("existential_claim_nouns")
    assert not own & (EVIDENCE_NOUNS | STANCE_NOUNS.keys() | POSSIBILITY_HEADS)
    assert not EXISTENTIAL_CLAIM_NOUNS & POSSIBILITY_HEADS
