"""Things the doers own (wave 84 G): a possessive pronoun on a verb's object that refers back to the clause's
own subject ("Big banks such as Acme Bank are preparing to downgrade their Peru loans") owns the thing for the
doers; its owner is never what they act on, even where the pronoun was resolved to the subject's class rather
than to the one the subject names. A loan, debt or credit is then the state named with it ("Peru loans":
"loan of" Peru, as "Peruvian loans"). Each test states its parse by hand (tests/hand_docs.py); the sentences
are ours."""

from __future__ import annotations

from hand_docs import read_triples

DOWNGRADED = """
Big       big       ADJ   JJ   2  amod     -
banks     bank      NOUN  NNS  8  nsubj    -
such      such      ADJ   JJ   4  amod     -
as        as        ADP   IN   2  prep     -
Acme      Acme      PROPN NNP  6  compound ORG
Bank      Bank      PROPN NNP  4  pobj     I-ORG
are       be        AUX   VBP  8  aux      -
preparing prepare   VERB  VBG  0  ROOT     -
to        to        PART  TO   10 aux      -
downgrade downgrade VERB  VB   8  xcomp    -
their     their     PRON  PRP$ 13 poss     -
Peru      Peru      PROPN NNP  13 compound GPE
loans     loan      NOUN  NNS  10 dobj     -
.         .         PUNCT .    8  punct    -
"""


def test_the_doers_own_loans_are_the_named_states() -> None:
    found = read_triples(DOWNGRADED)
    acme = {f for f in found if f[0] == "Acme Bank"}
    assert acme == {("Acme Bank", "prepare to downgrade loan of", "Peru")}, found
    assert not any(f[2] == "banks" for f in found), found
