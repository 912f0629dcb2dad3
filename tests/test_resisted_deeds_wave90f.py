"""A deed resisted is refused (wave 90 F): "Northway Bank is resisting signing a new loan package for Peru"
rejects (CAMEO 12), as "refused to sign" does. A verb of refusal that refuses a deed its complement names has
the sense word "deed" (cameo.REFUSED_DEED, read by Clause.code_of); cameo.tsv lists "resist deed" 120, so
that "resist" stays no rejection where it meets force ("troops resisted Peru's attack": no row, no root).
Parses are built by hand as the parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import roots_between

RESISTED_SIGNING = """
Northway Northway PROPN NNP 2  compound ORG
Bank     Bank     PROPN NNP 4  nsubj    I-ORG
is       be       AUX   VBZ 4  aux      -
resisting resist  VERB  VBG 0  ROOT     -
signing  sign     VERB  VBG 4  xcomp    -
a        a        DET   DT  9  det      -
new      new      ADJ   JJ  9  amod     -
loan     loan     NOUN  NN  9  compound -
package  package  NOUN  NN  5  dobj     -
for      for      ADP   IN  5  prep     -
Peru     Peru     PROPN NNP 10 pobj     GPE
.        .        PUNCT .   4  punct    -
"""

RESISTED_ATTACK = """
Bolivian Bolivian ADJ   JJ  2  amod     NORP
troops   troop    NOUN  NNS 3  nsubj    -
resisted resist   VERB  VBD 0  ROOT     -
Peru     Peru     PROPN NNP 6  poss     GPE
's       's       PART  POS 4  case     -
attack   attack   NOUN  NN  3  dobj     -
.        .        PUNCT .   3  punct    -
"""


def test_resisting_signing_a_package_for_a_state_rejects_it_but_resisting_an_attack_does_not() -> None:
    assert roots_between(RESISTED_SIGNING, "Northway Bank", "Peru") == {"12"}
    # the troops' resistance meets force: no rejection of the attacker (no row codes it)
    assert roots_between(RESISTED_ATTACK, "Bolivian military", "Peru") == {None}
