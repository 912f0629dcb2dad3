"""The agent of an event named inside another clause is that event's own subject or possessor (sentences of
our own, parses written by hand): plans announced after a time phrase are the announcer's, not the subject of
the sentence the parser took the plural noun for a verb of."""

from __future__ import annotations

from geokg.extract.io.nlp import announced_act_nouns
from geokg.extract.pipeline import read_doc
from hand_docs import facts_with_roots, parse, roots_between

# "The envoy is the first Peruvian official to visit Chile since Carl Berg announced last week plans to
# impose tariffs on Chilean goods.", as the parser gives it: "plans" a present verb whose subject is the
# second "official"
ANNOUNCED_PLANS = """
The        the        DET   DT  2  det      -
envoy      envoy      NOUN  NN  3  nsubj    -
is         be         AUX   VBZ 0  ROOT     -
the        the        DET   DT  7  det      -
first      first      ADJ   JJ  7  amod     ORDINAL
Peruvian   peruvian   ADJ   JJ  7  amod     NORP
official   official   NOUN  NN  17 nsubj    -
to         to         PART  TO  9  aux      -
visit      visit      VERB  VB  7  relcl    -
Chile      Chile      PROPN NNP 9  dobj     GPE
since      since      SCONJ IN  14 mark     -
Carl       Carl       PROPN NNP 13 compound PERSON
Berg       Berg       PROPN NNP 14 nsubj    I-PERSON
announced  announce   VERB  VBD 9  advcl    -
last       last       ADJ   JJ  16 amod     DATE
week       week       NOUN  NN  14 npadvmod I-DATE
plans      plan       VERB  VBZ 3  ccomp    -
to         to         PART  TO  19 aux      -
impose     impose     VERB  VB  17 xcomp    -
tariffs    tariff     NOUN  NNS 19 dobj     -
on         on         ADP   IN  19 prep     -
Chilean    chilean    ADJ   JJ  23 amod     NORP
goods      good       NOUN  NNS 21 pobj     -
.          .          PUNCT .   3  punct    -
"""


def test_plans_announced_after_a_time_phrase_are_the_announcers() -> None:
    doc = announced_act_nouns(parse(ANNOUNCED_PLANS))
    plans, impose, official = doc[16], doc[18], doc[6]
    assert (plans.dep_, plans.head.text, plans.tag_, plans.pos_) == ("dobj", "announced", "NNS", "NOUN")
    assert (impose.dep_, impose.head.text) == ("acl", "plans")
    assert (official.dep_, official.head.text) == ("attr", "is")


def test_the_announcer_not_the_sentences_subject_plans_the_act() -> None:
    reading = read_doc(announced_act_nouns(parse(ANNOUNCED_PLANS)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    planners = {label[r.subject.entity_id] for r in reading.relations if r.predicate.startswith("plan")}
    assert planners == {"Carl Berg"}


def test_plans_after_a_relatives_verb_stay_as_parsed() -> None:
    # "The minister who announced last week plans to resign.": English lets "plans" be the minister's verb
    table = """
    The        the        DET   DT  2  det      -
    minister   minister   NOUN  NN  7  nsubj    -
    who        who        PRON  WP  4  nsubj    -
    announced  announce   VERB  VBD 2  relcl    -
    last       last       ADJ   JJ  6  amod     DATE
    week       week       NOUN  NN  4  npadvmod I-DATE
    plans      plan       VERB  VBZ 0  ROOT     -
    to         to         PART  TO  9  aux      -
    resign     resign     VERB  VB  7  xcomp    -
    .          .          PUNCT .   7  punct    -
    """
    doc = announced_act_nouns(parse(table))
    assert (doc[6].dep_, doc[6].tag_) == ("ROOT", "VBZ")


# "Carl Berg's threat to impose tariffs on Chilean goods was unlikely to hurt the market."
THREAT_AS_SUBJECT = """
Carl       Carl       PROPN NNP 2  compound PERSON
Berg       Berg       PROPN NNP 4  poss     I-PERSON
's         's         PART  POS 2  case     -
threat     threat     NOUN  NN  11 nsubj    -
to         to         PART  TO  6  aux      -
impose     impose     VERB  VB  4  acl      -
tariffs    tariff     NOUN  NNS 6  dobj     -
on         on         ADP   IN  6  prep     -
Chilean    chilean    ADJ   JJ  10 amod     NORP
goods      good       NOUN  NNS 8  pobj     -
was        be         AUX   VBD 0  ROOT     -
unlikely   unlikely   ADJ   JJ  11 acomp    -
to         to         PART  TO  14 aux      -
hurt       hurt       VERB  VB  12 xcomp    -
the        the        DET   DT  16 det      -
market     market     NOUN  NN  14 dobj     -
.          .          PUNCT .   11 punct    -
"""


def test_a_possessors_threat_to_act_is_the_possessors_threat() -> None:
    facts = facts_with_roots(THREAT_AS_SUBJECT)
    assert ("Carl Berg", "threaten to impose tariff on goods of", "Chile", "13") in facts


def test_a_threat_held_as_an_object_is_the_possessors_threat_too() -> None:
    # "Brokers discussed Carl Berg's threat to impose tariffs on Chilean goods."
    table = """
    Brokers    broker     NOUN  NNS 2  nsubj    -
    discussed  discuss    VERB  VBD 0  ROOT     -
    Carl       Carl       PROPN NNP 4  compound PERSON
    Berg       Berg       PROPN NNP 6  poss     I-PERSON
    's         's         PART  POS 4  case     -
    threat     threat     NOUN  NN  2  dobj     -
    to         to         PART  TO  8  aux      -
    impose     impose     VERB  VB  6  acl      -
    tariffs    tariff     NOUN  NNS 8  dobj     -
    on         on         ADP   IN  8  prep     -
    Chilean    chilean    ADJ   JJ  12 amod     NORP
    goods      good       NOUN  NNS 10 pobj     -
    .          .          PUNCT .   2  punct    -
    """
    assert roots_between(table, "Carl Berg", "Chile") == {"13"}


def test_a_threat_to_act_on_a_state_directly_is_a_threat_to_it() -> None:
    # "Brokers discussed Carl Berg's threat to attack Chile."
    table = """
    Brokers    broker     NOUN  NNS 2  nsubj    -
    discussed  discuss    VERB  VBD 0  ROOT     -
    Carl       Carl       PROPN NNP 4  compound PERSON
    Berg       Berg       PROPN NNP 6  poss     I-PERSON
    's         's         PART  POS 4  case     -
    threat     threat     NOUN  NN  2  dobj     -
    to         to         PART  TO  8  aux      -
    attack     attack     VERB  VB  6  acl      -
    Chile      Chile      PROPN NNP 8  dobj     GPE
    .          .          PUNCT .   2  punct    -
    """
    assert ("Carl Berg", "threaten to attack", "Chile", "13") in facts_with_roots(table)
