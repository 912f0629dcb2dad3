"""State adjectives listed before one class noun (wave 99 H): bare adjectives the parser made the head of the
list share the noun after the last ("French, Swiss and some Canadian banks"), a parse repair; and kinds of one
class noun that sign an accord the story knows are no parties to it with each other. Sentences are my own;
parses are stated by hand (tests/hand_docs.py)."""

from __future__ import annotations

from geokg.extract.io.nlp import listed_state_adjectives
from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse, read

# "Peru said French, Swiss and some Canadian banks had joined the plan." (French parsed as the subject)
LISTED_BEFORE_SOME = """
Peru      Peru      PROPN NNP 2  nsubj  GPE
said      say       VERB  VBD 0  ROOT   -
French    French    PROPN NNP 11 nsubj  NORP
,         ,         PUNCT ,   3  punct  -
Swiss     Swiss     PROPN NNP 3  conj   NORP
and       and       CCONJ CC  5  cc     -
some      some      DET   DT  9  det    -
Canadian  Canadian  ADJ   JJ  9  amod   NORP
banks     bank      NOUN  NNS 5  conj   -
had       have      AUX   VBD 11 aux    -
joined    join      VERB  VBN 2  ccomp  -
the       the       DET   DT  13 det    -
plan      plan      NOUN  NN  11 dobj   -
.         .         PUNCT .   2  punct  -
"""


def test_bare_state_adjectives_listed_before_a_noun_phrase_modify_its_noun() -> None:
    doc = listed_state_adjectives(parse(LISTED_BEFORE_SOME))
    french, banks = doc[2], doc[8]
    assert (banks.dep_, banks.head.text) == ("nsubj", "joined")
    assert (french.dep_, french.head.text) == ("amod", "banks")
    said = facts(read_doc(doc, scope="hand-built"), "speech_content")
    assert ("Peru", "say", "France") not in said and ("Peru", "say", "Switzerland") not in said
    assert {("Peru", "say", "French banks"), ("Peru", "say", "Swiss banks")} <= said


def test_a_peoples_plural_heading_the_list_is_left_as_it_is() -> None:
    table = LISTED_BEFORE_SOME.replace(
        "French    French    PROPN NNP 11", "Peruvians Peruvian  PROPN NNPS 11"
    )
    doc = listed_state_adjectives(parse(table))
    assert doc[2].dep_ == "nsubj" and doc[8].dep_ == "conj"


# "French, Swiss and Canadian banks signed the accord."
KINDS_SIGN_THE_ACCORD = """
French    French    PROPN NNP 6 amod   NORP
,         ,         PUNCT ,   1 punct  -
Swiss     Swiss     ADJ   JJ  6 amod   NORP
and       and       CCONJ CC  3 cc     -
Canadian  Canadian  ADJ   JJ  3 conj   NORP
banks     bank      NOUN  NNS 7 nsubj  -
signed    sign      VERB  VBD 0 ROOT   -
the       the       DET   DT  9 det    -
accord    accord    NOUN  NN  7 dobj   -
.         .         PUNCT .   7 punct  -
"""

# "French, Swiss and Canadian banks jointly signed the accord."
KINDS_SIGN_JOINTLY = """
French    French    PROPN NNP 6 amod   NORP
,         ,         PUNCT ,   1 punct  -
Swiss     Swiss     ADJ   JJ  6 amod   NORP
and       and       CCONJ CC  3 cc     -
Canadian  Canadian  ADJ   JJ  3 conj   NORP
banks     bank      NOUN  NNS 8 nsubj  -
jointly   jointly   ADV   RB  8 advmod -
signed    sign      VERB  VBD 0 ROOT   -
the       the       DET   DT  10 det   -
accord    accord    NOUN  NN  8 dobj   -
.         .         PUNCT .   8 punct  -
"""


def test_kinds_of_one_class_noun_signing_a_known_accord_are_no_parties_to_each_other() -> None:
    assert facts(read(KINDS_SIGN_THE_ACCORD), "reciprocal") == set()


def test_kinds_signing_the_accord_jointly_stay_parties_to_each_other() -> None:
    """A guard: "jointly" makes the act theirs together (it passes without the change too)."""
    assert ("Canadian banks", "sign accord with", "French banks") in facts(
        read(KINDS_SIGN_JOINTLY), "reciprocal"
    )
