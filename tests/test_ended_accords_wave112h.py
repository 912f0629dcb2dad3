"""Wave 112 H: an announcement that an accord ends is no accord. "Puma said its agreement with Arsenal would
end" reads no agreement (nor cooperation) between the two, as "ended its agreement with Arsenal" reads
none; and where the parser took the accord for the object of the verb of speech ("announced its deal with
X, which gave it Y, would end"), the accord is given back to the clause as its subject, so that no
"announce agreement with" is read (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.io.nlp import believed_subjects
from hand_docs import parse, read_triples

# "Puma said its agreement with Arsenal would end."
WOULD_END = """
Puma       Puma       PROPN NNP  2 nsubj  ORG
said       say        VERB  VBD  0 ROOT   -
its        its        PRON  PRP$ 4 poss   -
agreement  agreement  NOUN  NN   8 nsubj  -
with       with       ADP   IN   4 prep   -
Arsenal    Arsenal    PROPN NNP  5 pobj   ORG
would      would      AUX   MD   8 aux    -
end        end        VERB  VB   2 ccomp  -
.          .          PUNCT .    2 punct  -
"""

# "Puma said its agreement with Arsenal would be terminated."
TERMINATED = """
Puma        Puma        PROPN NNP  2 nsubj      ORG
said        say         VERB  VBD  0 ROOT       -
its         its         PRON  PRP$ 4 poss       -
agreement   agreement   NOUN  NN   9 nsubjpass  -
with        with        ADP   IN   4 prep       -
Arsenal     Arsenal     PROPN NNP  5 pobj       ORG
would       would       AUX   MD   9 aux        -
be          be          AUX   VB   9 auxpass    -
terminated  terminate   VERB  VBN  2 ccomp      -
.           .           PUNCT .    2 punct      -
"""

# "Puma said its agreement with Arsenal would help sales.": an accord that does something is still one
HELPS = """
Puma       Puma       PROPN NNP  2 nsubj  ORG
said       say        VERB  VBD  0 ROOT   -
its        its        PRON  PRP$ 4 poss   -
agreement  agreement  NOUN  NN   8 nsubj  -
with       with       ADP   IN   4 prep   -
Arsenal    Arsenal    PROPN NNP  5 pobj   ORG
would      would      AUX   MD   8 aux    -
help       help       VERB  VB   2 ccomp  -
sales      sale       NOUN  NNS  8 dobj   -
.          .          PUNCT .    2 punct  -
"""

# "Puma announced its agreement with Arsenal, which gave Puma the right, would end.", as the parser reads it:
# the accord the object of "announced", the clause's verb left with no subject
ANNOUNCED_AS_OBJECT = """
Puma       Puma       PROPN NNP  2  nsubj   ORG
announced  announce   VERB  VBD  0  ROOT    -
its        its        PRON  PRP$ 4  poss    -
agreement  agreement  NOUN  NN   2  dobj    -
with       with       ADP   IN   4  prep    -
Arsenal    Arsenal    PROPN NNP  5  pobj    ORG
,          ,          PUNCT ,    6  punct   -
which      which      PRON  WDT  9  nsubj   -
gave       give       VERB  VBD  6  relcl   -
Puma       Puma       PROPN NNP  9  dative  ORG
the        the        DET   DT   12 det     -
right      right      NOUN  NN   9  dobj    -
,          ,          PUNCT ,    2  punct   -
would      would      AUX   MD   15 aux     -
end        end        VERB  VB   2  ccomp   -
.          .          PUNCT .    2  punct   -
"""


def test_an_accord_said_to_end_is_no_accord() -> None:
    assert not {t for t in read_triples(WOULD_END) if t[0] == "Puma" and t[2] == "Arsenal"}


def test_an_accord_said_to_be_terminated_is_no_accord() -> None:
    assert not {t for t in read_triples(TERMINATED) if t[0] == "Puma" and t[2] == "Arsenal"}


def test_an_accord_that_does_something_is_still_an_accord() -> None:
    # guard: passes with or without the change
    assert ("Puma", "agreement with", "Arsenal") in read_triples(HELPS)


def test_an_announced_accords_set_off_phrase_does_not_keep_it_from_its_clause() -> None:
    doc = believed_subjects(parse(ANNOUNCED_AS_OBJECT))
    assert doc[3].dep_ == "nsubj" and doc[3].head.i == 14
