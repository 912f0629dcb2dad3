"""Wave 116 H: "For the Tories, Ann Kerr said Norway should cut its fishing quota": a body fronted after
"for" before a person's verb of speech, which is his own side (a political party, or a body his title
says he acts for), is whom he speaks for, no target of his claim (rules._own_side_spoken_for); a state
fronted so ("For Taiwan, X said …") stays the topic of the words. The sentences are ours and their parses
are written by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import facts_with_content

# "For the Tories, Ann Kerr said Norway should cut its fishing quota."
FOR_THE_TORIES = """
For       for       ADP   IN   7  prep     -
the       the       DET   DT   3  det      -
Tories    Tories    PROPN NNPS 1  pobj     NORP
,         ,         PUNCT ,    7  punct    -
Ann       Ann       PROPN NNP  6  compound PERSON
Kerr      Kerr      PROPN NNP  7  nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
Norway    Norway    PROPN NNP  10 nsubj    GPE
should    should    AUX   MD   10 aux      -
cut       cut       VERB  VB   7  ccomp    -
its       its       PRON  PRP$ 13 poss     -
fishing   fishing   NOUN  NN   13 compound -
quota     quota     NOUN  NN   10 dobj     -
.         .         PUNCT .    7  punct    -
"""

# "Acme chief executive Tom Barker flew to Oslo." (its title names his firm)
HIS_TITLE = """
Acme      Acme      PROPN NNP  5  compound ORG
chief     chief     ADJ   JJ   3  amod     -
executive executive NOUN  NN   5  compound -
Tom       Tom       PROPN NNP  5  compound PERSON
Barker    Barker    PROPN NNP  6  nsubj    I-PERSON
flew      fly       VERB  VBD  0  ROOT     -
to        to        ADP   IN   6  prep     -
Oslo      Oslo      PROPN NNP  7  pobj     GPE
.         .         PUNCT .    6  punct    -
"""

# "For Acme, Mr Barker said Russia had broken the contract." (tokens 10-)
FOR_HIS_FIRM = """
For       for       ADP   IN   15 prep     -
Acme      Acme      PROPN NNP  10 pobj     ORG
,         ,         PUNCT ,    15 punct    -
Mr        Mr        PROPN NNP  14 compound -
Barker    Barker    PROPN NNP  15 nsubj    PERSON
said      say       VERB  VBD  0  ROOT     -
Russia    Russia    PROPN NNP  18 nsubj    GPE
had       have      AUX   VBD  18 aux      -
broken    break     VERB  VBN  15 ccomp    -
the       the       DET   DT   20 det      -
contract  contract  NOUN  NN   18 dobj     -
.         .         PUNCT .    15 punct    -
"""

# "For Taiwan, Tom Yates said Japan should cut its fishing quota."
FOR_A_STATE = """
For       for       ADP   IN   6  prep     -
Taiwan    Taiwan    PROPN NNP  1  pobj     GPE
,         ,         PUNCT ,    6  punct    -
Tom       Tom       PROPN NNP  5  compound PERSON
Yates     Yates     PROPN NNP  6  nsubj    I-PERSON
said      say       VERB  VBD  0  ROOT     -
Japan     Japan     PROPN NNP  9  nsubj    GPE
should    should    AUX   MD   9  aux      -
cut       cut       VERB  VB   6  ccomp    -
its       its       PRON  PRP$ 12 poss     -
fishing   fishing   NOUN  NN   12 compound -
quota     quota     NOUN  NN   9  dobj     -
.         .         PUNCT .    6  punct    -
"""


def _spoken_of(table: str, speaker: str) -> set[str]:
    """Whom the speaker's words are about: the objects of his edges that carry what he said."""
    return {fact[2] for fact in facts_with_content(table) if fact[0] == speaker and fact[3]}


def test_the_party_a_speaker_speaks_for_is_no_target_of_his_claim() -> None:
    spoken_of = _spoken_of(FOR_THE_TORIES, "Ann Kerr")
    assert "Conservative Party" not in spoken_of
    assert "Tories" not in spoken_of
    assert "Norway" in spoken_of


def test_the_firm_his_title_says_he_heads_is_no_target_of_his_claim() -> None:
    spoken_of = _spoken_of(HIS_TITLE + FOR_HIS_FIRM, "Tom Barker")
    assert "Acme" not in spoken_of
    assert "Russia" in spoken_of


def test_a_state_fronted_after_for_stays_the_topic() -> None:
    assert "Taiwan" in _spoken_of(FOR_A_STATE, "Tom Yates")
