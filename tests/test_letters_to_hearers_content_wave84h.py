"""A word sent in a document to its addressee carries what it says (wave 84 H): "Ann Roe said in a letter to
Kenyan officials that the levy would hurt trade" gives "Ann Roe -say in letter to-> Kenya", whose content is
the reported clause, as "said to Kenyan officials that ..." carries it (rules.noun_prep,
_addressed_document). The parse is built by hand as the parser gave it (tests/hand_docs.py); the sentence is
ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

LETTER = """
Ann        Ann        PROPN NNP  2  compound PERSON
Roe        Roe        PROPN NNP  3  nsubj    I-PERSON
said       say        VERB  VBD  0  ROOT     -
in         in         ADP   IN   3  prep     -
a          a          DET   DT   6  det      -
letter     letter     NOUN  NN   4  pobj     -
to         to         ADP   IN   6  prep     -
Kenyan     Kenyan     PROPN NNP  9  amod     NORP
officials  official   NOUN  NNS  7  pobj     -
that       that       SCONJ IN   14 mark     -
the        the        DET   DT   12 det      -
levy       levy       NOUN  NN   14 nsubj    -
would      would      AUX   MD   14 aux      -
hurt       hurt       VERB  VB   3  ccomp    -
trade      trade      NOUN  NN   14 dobj     -
.          .          PUNCT .    3  punct    -
"""


def test_the_letter_to_the_officials_carries_what_it_says() -> None:
    reading = read_doc(parse(LETTER), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    sent = [r for r in reading.relations if r.predicate == "say in letter to"]
    assert [label[r.object.entity_id] for r in sent] == ["Kenya"]
    assert sent[0].content == "the levy would hurt trade"
