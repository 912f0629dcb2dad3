"""Review mend 104 E, item 1: the Red Cross (igos.tsv kind association) is a body of national societies, not
of member states. A state's word before its name names that state's own society, whose spokesman is its
officer, no state's envoy to it (mentions._state_before_international_body, roles/nouns.envoys_state); and
its delegates are its own, not states' members of it (clauses/arguments._of_states). Sentences ours, parses
built by hand."""

from __future__ import annotations

from hand_docs import read_triples

# "Chilean Red Cross Spokesman Carl Berg said the talks would resume."
_RAN_INTO_THE_NAME = """
Chilean   Chilean   PROPN NNP 4  compound ORG
Red       Red       PROPN NNP 3  compound I-ORG
Cross     Cross     PROPN NNP 4  compound I-ORG
Spokesman Spokesman PROPN NNP 6  compound -
Carl      Carl      PROPN NNP 6  compound PERSON
Berg      Berg      PROPN NNP 7  nsubj    I-PERSON
said      say       VERB  VBD 0  ROOT     -
the       the       DET   DT  9  det      -
talks     talk      NOUN  NNS 11 nsubj    -
would     would     AUX   MD  11 aux      -
resume    resume    VERB  VB  7  ccomp    -
.         .         PUNCT .   7  punct    -
"""

# "The Chilean Red Cross spokesman, Carl Berg, said the talks would resume."
_ADJECTIVE_APART = """
The       the       DET   DT  5  det      -
Chilean   Chilean   ADJ   JJ  5  amod     NORP
Red       Red       PROPN NNP 4  compound ORG
Cross     Cross     PROPN NNP 5  compound I-ORG
spokesman spokesman NOUN  NN  10 nsubj    -
,         ,         PUNCT ,   5  punct    -
Carl      Carl      PROPN NNP 8  compound PERSON
Berg      Berg      PROPN NNP 5  appos    I-PERSON
,         ,         PUNCT ,   5  punct    -
said      say       VERB  VBD 0  ROOT     -
the       the       DET   DT  12 det      -
talks     talk      NOUN  NNS 14 nsubj    -
would     would     AUX   MD  14 aux      -
resume    resume    VERB  VB  10 ccomp    -
.         .         PUNCT .   10 punct    -
"""

# "Jan Bolt met Red Cross delegates in Lima."
_DELEGATES = """
Jan       Jan       PROPN NNP 2  compound PERSON
Bolt      Bolt      PROPN NNP 3  nsubj    I-PERSON
met       meet      VERB  VBD 0  ROOT     -
Red       Red       PROPN NNP 5  compound ORG
Cross     Cross     PROPN NNP 6  compound I-ORG
delegates delegate  NOUN  NNS 3  dobj     -
in        in        ADP   IN  3  prep     -
Lima      Lima      PROPN NNP 7  pobj     GPE
.         .         PUNCT .   3  punct    -
"""


def _envoy(triples: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {t for t in triples if t[0] == "Carl Berg" and (t[2] == "Chile" or t[1].endswith(" to"))}


def test_a_states_word_run_into_the_red_cross_before_a_spokesman_names_its_society() -> None:
    triples = read_triples(_RAN_INTO_THE_NAME)
    assert not _envoy(triples), triples


def test_a_states_adjective_on_a_red_cross_spokesman_makes_no_envoy() -> None:
    triples = read_triples(_ADJECTIVE_APART)
    assert ("Carl Berg", "spokesperson of", "Red Cross") in triples, triples
    assert not any(t[0] == "Carl Berg" and t[1].endswith(" to") for t in triples), triples


def test_red_cross_delegates_are_its_own() -> None:
    triples = read_triples(_DELEGATES)
    assert ("Jan Bolt", "meet with", "Red Cross") in triples, triples
