"""A verb spelt as a title's plural is no title (wave 108 G): in "Carl Berg, who heads Kestrel Motors, said
…" the word "heads" before the firm's name is the verb of the relative clause, not a personal title ("Head
Kestrel Motors"), so the firm stays a firm, with the country an earlier sentence gave it ("Kestrel Motors, a
Swedish carmaker, …"), and its head, who holds an office in it, takes the firm's country (entities/
clusters._personal_title_before). The parse is built by hand as the parser gives it (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import read

HEADS = """
Kestrel    Kestrel    PROPN NNP  2  compound ORG
Motors     Motors     PROPN NNP  8  nsubj    I-ORG
,          ,          PUNCT ,    2  punct    -
a          a          DET   DT   6  det      -
Swedish    swedish    ADJ   JJ   6  amod     NORP
carmaker   carmaker   NOUN  NN   2  appos    -
,          ,          PUNCT ,    2  punct    -
plans      plan       VERB  VBZ  0  ROOT     -
new        new        ADJ   JJ   10 amod     -
plants     plant      NOUN  NNS  8  dobj     -
.          .          PUNCT .    8  punct    -
Carl       Carl       PROPN NNP  13 compound PERSON
Berg       Berg       PROPN NNP  20 nsubj    I-PERSON
,          ,          PUNCT ,    13 punct    -
who        who        PRON  WP   16 nsubj    -
heads      head       VERB  VBZ  13 relcl    -
Kestrel    Kestrel    PROPN NNP  18 compound ORG
Motors     Motors     PROPN NNP  16 dobj     I-ORG
,          ,          PUNCT ,    13 punct    -
said       say        VERB  VBD  0  ROOT     -
the        the        DET   DT   22 det      -
plant      plant      NOUN  NN   24 nsubj    -
would      would      AUX   MD   24 aux      -
open       open       VERB  VB   20 ccomp    -
in         in         ADP   IN   24 prep     -
Brazil     Brazil     PROPN NNP  25 pobj     GPE
.          .          PUNCT .    20 punct    -
"""


def test_the_firm_a_person_heads_stays_a_firm_and_gives_him_its_country() -> None:
    reading = read(HEADS)
    by_label = {e.label: e for e in reading.entities.entities()}
    assert by_label["Kestrel Motors"].type == "ORG"
    assert by_label["Kestrel Motors"].country == "SWE"
    assert by_label["Carl Berg"].country == "SWE"
    label = {e.id: e.label for e in reading.entities.entities()}
    edges = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    assert ("Carl Berg", "head of", "Kestrel Motors") in edges
