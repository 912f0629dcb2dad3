"""A noun and the bare past participle after it that the parser reads as a clause, subject of the main verb
("Chilean banks given equal rights would be able to ..."): the participle is done to the noun, which gives
nothing. Sentence written for this test, parse built by hand as the parser gave it."""

from __future__ import annotations

from hand_docs import read

GIVEN_RIGHTS = """
He         he         PRON  PRP  2   nsubj     -
said       say        VERB  VBD  0   ROOT      -
Chilean    chilean    ADJ   JJ   4   amod      NORP
banks      bank       NOUN  NNS  5   nsubj     -
given      give       VERB  VBN  12  csubj     -
equal      equal      ADJ   JJ   7   amod      -
rights     right      NOUN  NNS  5   dobj      -
with       with       ADP   IN   5   prep      -
Peruvian   peruvian   ADJ   JJ   10  amod      NORP
banks      bank       NOUN  NNS  8   pobj      -
would      would      AUX   MD   12  aux       -
be         be         AUX   VB   2   ccomp     -
able       able       ADJ   JJ   12  acomp     -
to         to         PART  TO   15  aux       -
operate    operate    VERB  VB   13  xcomp     -
anywhere   anywhere   ADV   RB   15  advmod    -
.          .          PUNCT .    2   punct     -
"""


def test_a_noun_with_a_bare_participle_read_as_a_clause_does_not_do_the_participle() -> None:
    reading = read(GIVEN_RIGHTS)
    givers = [r for r in reading.relations if r.predicate.startswith("give")]
    assert givers == []


def test_with_an_auxiliary_the_clause_is_active() -> None:
    # "Chilean banks have given equal rights with Peruvian banks ...": the banks give
    banks = "banks      bank       NOUN  NNS  5   nsubj     -\n"
    have = "have       have       AUX   VBP  6   aux       -\n"
    table = GIVEN_RIGHTS.replace(banks + "given", banks + have + "given")
    rows = table.strip().splitlines()
    # one token more from "given" on: shift the heads that point past "banks"
    fixed = []
    for n, row in enumerate(rows, start=1):
        cols = row.split()
        if n != 5 and int(cols[4]) >= 5:
            cols[4] = str(int(cols[4]) + 1)
        fixed.append("  ".join(cols))
    reading = read("\n".join(fixed))
    assert any(r.predicate.startswith("give") for r in reading.relations)
