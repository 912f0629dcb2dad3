"""One edge for an office a relative clause of leading states (wave 108 G): "Bob Lane, who heads the
economics department of Peru's Foreign Ministry, said …" gives the office "Bob Lane -head of-> economics
department" (the role stage), and the verb's own edge ("head" the department) repeats it and is dropped
(clauses/relations._offices_titles_state); the department of a state's ministry is of that state, and so
is its head. The parse is built by hand as the parser gives it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

HEADS = """
Bob        Bob        PROPN NNP  2  compound PERSON
Lane       Lane       PROPN NNP  15 nsubj    I-PERSON
,          ,          PUNCT ,    2  punct    -
who        who        PRON  WP   5  nsubj    -
heads      head       VERB  VBZ  2  relcl    -
the        the        DET   DT   8  det      ORG
economics  economics  PROPN NNP  8  compound I-ORG
department department PROPN NNP  5  dobj     I-ORG
of         of         ADP   IN   8  prep     -
Peru       Peru       PROPN NNP  13 poss     GPE
's         's         PART  POS  10 case     -
Foreign    Foreign    PROPN NNP  13 compound ORG
Ministry   Ministry   PROPN NNP  9  pobj     I-ORG
,          ,          PUNCT ,    2  punct    -
said       say        VERB  VBD  0  ROOT     -
talks      talk       NOUN  NNS  17 nsubj    -
went       go         VERB  VBD  15 ccomp    -
well       well       ADV   RB   17 advmod   -
.          .          PUNCT .    15 punct    -
"""


def test_a_relative_clause_of_leading_gives_one_office_edge() -> None:
    reading = read(HEADS)
    label = {e.id: e.label for e in reading.entities.entities()}
    country = {e.label: e.country for e in reading.entities.entities()}
    edges = [(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations]
    lane = [edge for edge in edges if edge[0] == "Bob Lane" and edge[2] == "economics department"]
    assert lane == [("Bob Lane", "head of", "economics department")]
    assert country["Bob Lane"] == country["economics department"] == "PER"
