"""A report on relations is about their party (wave 89 F): "Sam Grant said relations with Japan were very
strained on several issues", "… said trade ties with Brazil had worsened". The subject of the content is a
noun of relations between sides (words.tsv relation_nouns: relations, ties, talks, negotiations, a dispute,
trade), and the party it names with "with" or "between" is what the report is of (objects.SlotReader.
_parties_of_relations; rules._relations_of keeps it past the filter of names inside a noun's phrase):
"Sam Grant -say-> Japan" with its words. A noun of anything else stays its own topic: "said strong sales to
markets, including Peru, rose" is of the sales, not of Peru. Parses are built by hand as the parser gave
them (tests/hand_docs.py); the sentences are ours. Talks are such relations in the parse repair of wave 88 E
too (io/nlp.py relations_participles): "to resume talks with Peru, broken off by Chile" tells of the talks."""

from __future__ import annotations

from geokg.extract.io.nlp import relations_participles
from hand_docs import parse, read

RELATIONS = """
Sam       Sam      PROPN NNP 2  compound PERSON
Grant     Grant    PROPN NNP 3  nsubj    I-PERSON
said      say      VERB  VBD 0  ROOT     -
relations relation NOUN  NNS 7  nsubj    -
with      with     ADP   IN  4  prep     -
Japan     Japan    PROPN NNP 5  pobj     GPE
were      be       AUX   VBD 3  ccomp    -
very      very     ADV   RB  9  advmod   -
strained  strained ADJ   JJ  7  acomp    -
on        on       ADP   IN  9  prep     -
several   several  ADJ   JJ  12 amod     -
issues    issue    NOUN  NNS 10 pobj     -
.         .        PUNCT .   3  punct    -
"""

TIES_AND_SALES = """
Sam       Sam     PROPN NNP 2  compound PERSON
Grant     Grant   PROPN NNP 3  nsubj    I-PERSON
said      say     VERB  VBD 0  ROOT     -
trade     trade   NOUN  NN  5  compound -
ties      tie     NOUN  NNS 9  nsubj    -
with      with    ADP   IN  5  prep     -
Brazil    Brazil  PROPN NNP 6  pobj     GPE
had       have    AUX   VBD 9  aux      -
worsened  worsen  VERB  VBN 3  ccomp    -
.         .       PUNCT .   3  punct    -
Sam       Sam     PROPN NNP 12 compound PERSON
Grant     Grant   PROPN NNP 13 nsubj    I-PERSON
said      say     VERB  VBD 0  ROOT     -
strong    strong  ADJ   JJ  15 amod     -
sales     sale    NOUN  NNS 22 nsubj    -
to        to      ADP   IN  15 prep     -
markets   market  NOUN  NNS 16 pobj     -
,         ,       PUNCT ,   17 punct    -
including include VERB  VBG 17 prep     -
Peru      Peru    PROPN NNP 19 pobj     GPE
,         ,       PUNCT ,   22 punct    -
rose      rise    VERB  VBD 13 ccomp    -
.         .       PUNCT .   13 punct    -
"""


def _said(table: str) -> set[tuple[str, str, str, str]]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id], r.content)
        for r in reading.relations
        if r.rule.name == "speech_content"
    }


def test_strained_relations_with_a_state_are_a_word_about_it() -> None:
    assert _said(RELATIONS) == {
        ("Sam Grant", "say", "Japan", "relations with Japan were very strained on several issues")
    }


def test_worsened_ties_are_about_their_party_but_sales_not_about_their_markets() -> None:
    assert _said(TIES_AND_SALES) == {("Sam Grant", "say", "Brazil", "trade ties with Brazil had worsened")}


# "The envoy may ask Bolivia to resume talks with Peru, broken off by Chile last year." as the parser hangs
# it: the participle on "ask", as if the envoy were broken off.
TALKS_BROKEN_OFF = """
The     the     DET   DT  2  det      -
envoy   envoy   NOUN  NN  4  nsubj    -
may     may     AUX   MD  4  aux      -
ask     ask     VERB  VB  0  ROOT     -
Bolivia Bolivia PROPN NNP 4  dobj     GPE
to      to      PART  TO  7  aux      -
resume  resume  VERB  VB  4  xcomp    -
talks   talk    NOUN  NNS 7  dobj     -
with    with    ADP   IN  8  prep     -
Peru    Peru    PROPN NNP 9  pobj     GPE
,       ,       PUNCT ,   4  punct    -
broken  break   VERB  VBN 4  advcl    -
off     off     ADP   RP  12 prt      -
by      by      ADP   IN  12 agent    -
Chile   Chile   PROPN NNP 14 pobj     GPE
last    last    ADJ   JJ  17 amod     DATE
year    year    NOUN  NN  12 npadvmod I-DATE
.       .       PUNCT .   4  punct    -
"""


def test_a_participle_after_talks_hung_on_the_verb_describes_the_talks() -> None:
    doc = relations_participles(parse(TALKS_BROKEN_OFF))
    assert (doc[11].dep_, doc[11].head.i) == ("acl", 7)
