"""A reporter's next act conjoined inside the report (lead, stop 42): in "Trade Minister Ann Cole said the
pact imposes heavy costs on Chile and praised Peru's readiness to accept the deal", the parser may hang
"praised" on the reported "imposes", so the pact praises and the minister's praise is lost. (The praise is of
another state's readiness here, Peru's: a minister's praise of his own state's thing is no act on his state,
relations._own_states_thing.) A simple past verb conjoined to a reported verb in the present tense is out
of the report's tense: the reporter's own act (io/nlp.py reporters_conjuncts). Each test states its parse by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.clauses.arguments import TOPIC_ID_PREFIX
from geokg.extract.io.nlp import reporters_conjuncts
from geokg.extract.pipeline import read_doc
from hand_docs import parse

PRAISED = """
    Trade     Trade     PROPN NNP 2  compound -
    Minister  Minister  PROPN NNP 4  compound -
    Ann       Ann       PROPN NNP 4  compound PERSON
    Cole      Cole      PROPN NNP 5  nsubj    I-PERSON
    said      say       VERB  VBD 0  ROOT     -
    the       the       DET   DT  7  det      -
    pact      pact      NOUN  NN  8  nsubj    -
    imposes   impose    VERB  VBZ 5  ccomp    -
    heavy     heavy     ADJ   JJ  10 amod     -
    costs     cost      NOUN  NNS 8  dobj     -
    on        on        ADP   IN  10 prep     -
    Chile     Chile     PROPN NNP 11 pobj     GPE
    and       and       CCONJ CC  8  cc       -
    praised   praise    VERB  VBD 8  conj     -
    Peru      Peru      PROPN NNP 17 poss     GPE
    's        's        PART  POS 15 case     -
    readiness readiness NOUN  NN  14 dobj     -
    .         .         PUNCT .   5  punct    -
    """


def _triples(table: str) -> set[tuple[str, str, str]]:
    reading = read_doc(reporters_conjuncts(parse(table)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    # (the edges between actors: "said the pact imposes …" is also about the pact, rules.speech_topic)
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in reading.relations
        if not r.object.entity_id.startswith(TOPIC_ID_PREFIX)
    }


def test_the_praise_is_the_reporters_act() -> None:
    doc = reporters_conjuncts(parse(PRAISED))
    assert (doc[13].dep_, doc[13].head.i) == ("conj", 4)
    assert doc[12].head.i == 4
    assert ("Ann Cole", "praise", "Peru") in _triples(PRAISED)


def test_a_past_verb_after_a_past_report_stays_in_the_report() -> None:
    # "said the pact imposed heavy costs on Chile and praised ...": both verbs may be reported
    table = PRAISED.replace("imposes   impose    VERB  VBZ", "imposed   impose    VERB  VBD")
    doc = reporters_conjuncts(parse(table))
    assert doc[13].head.i == 7
