"""What a named speaker's claim is about (rules.speech_topic) may be counted ("3 million jobs") or placed
("air travel in Peru"): the number says how many, the place where; neither is a party the claim is about."""

from __future__ import annotations

from geokg.extract.clauses.arguments import TOPIC_ID_PREFIX, topic_label
from hand_docs import read

# "John Smith said air travel in Peru rose last year."
PLACED = """
John           John           PROPN NNP  2   compound  PERSON
Smith          Smith          PROPN NNP  3   nsubj     I-PERSON
said           say            VERB  VBD  0   ROOT      -
air            air            NOUN  NN   5   compound  -
travel         travel         NOUN  NN   8   nsubj     -
in             in             ADP   IN   5   prep      -
Peru           Peru           PROPN NNP  6   pobj      GPE
rose           rise           VERB  VBD  3   ccomp     -
last           last           ADJ   JJ   10  amod      DATE
year           year           NOUN  NN   8   npadvmod  I-DATE
.              .              PUNCT .    3   punct     -
"""

# "The World Bank warned that 3 million jobs could be lost."
COUNTED = """
The            the            DET   DT   3   det       ORG
World          World          PROPN NNP  3   compound  I-ORG
Bank           Bank           PROPN NNP  4   nsubj     I-ORG
warned         warn           VERB  VBD  0   ROOT      -
that           that           SCONJ IN   11  mark      -
3              3              NUM   CD   7   compound  CARDINAL
million        million        NUM   CD   8   nummod    I-CARDINAL
jobs           job            NOUN  NNS  11  nsubjpass -
could          could          AUX   MD   11  aux       -
be             be             AUX   VB   11  auxpass   -
lost           lose           VERB  VBN  4   ccomp     -
.              .              PUNCT .    4   punct     -
"""


def _topics(table: str) -> set[tuple[str, str, str]]:
    reading = read(table, topics=True)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, topic_label(r.object.entity_id))
        for r in reading.relations
        if r.object.entity_id.startswith(TOPIC_ID_PREFIX)
    }


def test_a_placed_thing_is_the_claims_topic() -> None:
    assert _topics(PLACED) == {("John Smith", "say", "air travel")}


def test_a_counted_thing_is_the_claims_topic() -> None:
    assert _topics(COUNTED) == {("World Bank", "warn", "3 million jobs")}
