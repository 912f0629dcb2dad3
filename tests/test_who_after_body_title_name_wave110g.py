"""Wave 110 G: "who" after "<body> <title> <name>" is the person. The parser may read "Council of Advisers
Chairman Carl Berg" as "Council of [Advisers Chairman Carl Berg]" and hang the relative clause on the body;
the name just before ", who" heads the phrase, and "who" is never a body's
(arguments._name_before_relative). The parse is stated by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

# "Council of Trade Advisers Chairman Carl Berg, who told Lima traders that the United States had no
# quota, called the pact weak."
_WHO_AFTER_BODY_TITLE_NAME = """
Council   Council   PROPN NNP  21 nsubj    ORG
of        of        ADP   IN   1  prep     I-ORG
Trade     Trade     PROPN NNP  4  compound I-ORG
Advisers  Advisers  PROPN NNPS 5  compound I-ORG
Chairman  Chairman  PROPN NNP  7  compound -
Carl      Carl      PROPN NNP  7  compound PERSON
Berg      Berg      PROPN NNP  2  pobj     I-PERSON
,         ,         PUNCT ,    7  punct    -
who       who       PRON  WP   10 nsubj    -
told      tell      VERB  VBD  1  relcl    -
Lima      Lima      PROPN NNP  12 compound GPE
traders   trader    NOUN  NNS  10 dobj     -
that      that      SCONJ IN   17 mark     -
the       the       DET   DT   16 det      GPE
United    United    PROPN NNP  16 compound I-GPE
States    States    PROPN NNP  17 nsubj    I-GPE
had       have      VERB  VBD  10 ccomp    -
no        no        DET   DT   19 det      -
quota     quota     NOUN  NN   17 dobj     -
,         ,         PUNCT ,    1  punct    -
called    call      VERB  VBD  0  ROOT     -
the       the       DET   DT   24 det      -
pact      pact      NOUN  NN   24 compound -
weak      weak      NOUN  NN   21 oprd     -
.         .         PUNCT .    21 punct    -
"""


def test_who_after_a_body_a_title_and_a_name_is_the_person() -> None:
    triples = read_triples(_WHO_AFTER_BODY_TITLE_NAME)
    speakers = {s for s, p, _ in triples if p in ("tell", "say")}
    assert speakers, triples
    assert speakers == {"Carl Berg"}
