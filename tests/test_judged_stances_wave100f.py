"""Wave 100 F: a state's stance, policy or act that a claim judges with a participle the parser reads as a
passive ("Peru's policy is misguided, Chile said", "the United States' emphasis on its deficit is
misplaced, the IMF said") is judged, nothing is done to it: the speaker criticises the state. A true
passive ("Peru was attacked, Chile said") still judges nobody. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Peru's policy is misguided, Chile said.", the participle read as a passive
_POLICY_MISGUIDED = """
    Peru      Peru      PROPN NNP 3  poss      GPE
    's        's        PART  POS 1  case      -
    policy    policy    NOUN  NN  5  nsubjpass -
    is        be        AUX   VBZ 5  auxpass   -
    misguided misguide  VERB  VBN 8  ccomp     -
    ,         ,         PUNCT ,   8  punct     -
    Chile     Chile     PROPN NNP 8  nsubj     GPE
    said      say       VERB  VBD 0  ROOT      -
    .         .         PUNCT .   8  punct     -
    """


# "The United States' emphasis on its trade deficit is misplaced, the IMF said."
_EMPHASIS_MISPLACED = """
    The       the       DET   DT  3  det       GPE
    United    United    PROPN NNP 3  compound  I-GPE
    States    States    PROPN NNP 5  poss      I-GPE
    '         '         PART  POS 3  case      -
    emphasis  emphasis  NOUN  NN  11 nsubjpass -
    on        on        ADP   IN  5  prep      -
    its       its       PRON  PRP$ 9 poss      -
    trade     trade     NOUN  NN  9  compound  -
    deficit   deficit   NOUN  NN  6  pobj      -
    is        be        AUX   VBZ 11 auxpass   -
    misplaced misplace  VERB  VBN 15 ccomp     -
    ,         ,         PUNCT ,   15 punct     -
    the       the       DET   DT  14 det       -
    IMF       IMF       PROPN NNP 15 nsubj     ORG
    said      say       VERB  VBD 0  ROOT      -
    .         .         PUNCT .   15 punct     -
    """


# "Peru was attacked, Chile said.": a true passive, done to Peru, judges nobody
_STATE_ATTACKED = """
    Peru      Peru      PROPN NNP 3  nsubjpass GPE
    was       be        AUX   VBD 3  auxpass   -
    attacked  attack    VERB  VBN 6  ccomp     -
    ,         ,         PUNCT ,   6  punct     -
    Chile     Chile     PROPN NNP 6  nsubj     GPE
    said      say       VERB  VBD 0  ROOT      -
    .         .         PUNCT .   6  punct     -
    """


def test_a_state_s_policy_judged_by_a_participle_is_criticised() -> None:
    assert ("Chile", "criticise", "Peru") in read_triples(_POLICY_MISGUIDED)


def test_a_state_s_emphasis_called_misplaced_is_criticised() -> None:
    assert ("IMF", "criticise", "United States") in read_triples(_EMPHASIS_MISPLACED)


def test_a_state_attacked_is_not_criticised() -> None:
    assert ("Chile", "criticise", "Peru") not in read_triples(_STATE_ATTACKED)
