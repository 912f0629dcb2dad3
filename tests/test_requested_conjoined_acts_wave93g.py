"""Acts a text asks for are not done, all of them (wave 93 G). "Canada demanded that Japan open its market
to Brazilian goods and cut tariffs on Chilean wine": the bare conjunct of the mandative clause is asked too,
"should", and wished by Canada (frame._mandating), as the first verb is. "Canada called for Japan to stop
selling steel below cost and to open its market to Chilean goods": the parser joins "to open" to the gerund
"selling", but a gerund takes no "to"; the opening is coordinated with "to stop" (voice._joined_with), asked
("should"), not stopped (no negation). Parses are built by hand as the parser gave them
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

DEMANDED_THAT = """
Canada     Canada     PROPN NNP  2  nsubj  GPE
demanded   demand     VERB  VBD  0  ROOT   -
that       that       SCONJ IN   5  mark   -
Japan      Japan      PROPN NNP  5  nsubj  GPE
open       open       VERB  VB   2  ccomp  -
its        its        PRON  PRP$ 7  poss   -
market     market     NOUN  NN   5  dobj   -
to         to         ADP   IN   5  prep   -
Brazilian  brazilian  ADJ   JJ   10 amod   NORP
goods      good       NOUN  NNS  8  pobj   -
and        and        CCONJ CC   5  cc     -
cut        cut        VERB  VB   5  conj   -
tariffs    tariff     NOUN  NNS  12 dobj   -
on         on         ADP   IN   12 prep   -
Chilean    chilean    ADJ   JJ   16 amod   NORP
wine       wine       NOUN  NN   14 pobj   -
.          .          PUNCT .    2  punct  -
"""

CALLED_FOR = """
Canada     Canada     PROPN NNP  2  nsubj  GPE
called     call       VERB  VBD  0  ROOT   -
for        for        SCONJ IN   6  mark   -
Japan      Japan      PROPN NNP  6  nsubj  GPE
to         to         PART  TO   6  aux    -
stop       stop       VERB  VB   2  advcl  -
selling    sell       VERB  VBG  6  xcomp  -
steel      steel      NOUN  NN   7  dobj   -
below      below      ADP   IN   8  prep   -
cost       cost       NOUN  NN   9  pobj   -
and        and        CCONJ CC   7  cc     -
to         to         PART  TO   13 aux    -
open       open       VERB  VB   7  conj   -
its        its        PRON  PRP$ 15 poss   -
market     market     NOUN  NN   13 dobj   -
to         to         ADP   IN   13 prep   -
Chilean    chilean    ADJ   JJ   18 amod   NORP
goods      good       NOUN  NNS  16 pobj   -
.          .          PUNCT .    2  punct  -
"""


def _japans_acts(table: str) -> dict[str, tuple[bool, str | None, str | None]]:
    """Japan's edges by the other party: (negated, modality, the one it is attributed to)."""
    reading = read_doc(parse(table), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        str(label.get(r.object.entity_id)): (r.negated, r.modality, label.get(r.attributed_to or ""))
        for r in reading.relations
        if label.get(r.subject.entity_id) == "Japan"
    }


def test_both_acts_of_a_demanded_that_clause_are_asked() -> None:
    acts = _japans_acts(DEMANDED_THAT)
    assert acts["Brazil"] == (False, "should", "Canada")
    assert acts["Chile"] == (False, "should", "Canada")


def test_an_infinitive_after_a_stopped_gerund_is_asked_and_not_stopped() -> None:
    assert _japans_acts(CALLED_FOR)["Chile"] == (False, "should", "Canada")
