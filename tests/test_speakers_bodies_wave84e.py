""" "<person> from <organisation>" names the body the person belongs to (wave 84 E): read as "<person> of
<organisation>" is (member of, and the body's state for the person; entities/roles/of_phrases.member_of,
title rule), and where the parser hangs the "from" phrase after an inverted speaker on the verb of speech
("..., said Ann Roe from the Kenyan Wildlife Society") the repair (io/nlp.py speakers_bodies) gives it back
to the speaker, so no "say from" edge is read. Each test states its parse by hand (tests/hand_docs.py); the
sentences and names are ours."""

from __future__ import annotations

from geokg.extract.clauses.arguments import TOPIC_ID_PREFIX
from geokg.extract.io.nlp import speakers_bodies
from geokg.extract.pipeline import read_doc
from hand_docs import country_of, parse

# "Prices must rise, said Bongani Mavuso from the Zambian Farmers Union." as the model parses it: the "from"
# phrase hung on "said".
INVERTED_SPEAKER = """
Prices   price    NOUN  NNS 3  nsubj    -
must     must     AUX   MD  3  aux      -
rise     rise     VERB  VB  5  ccomp    -
,        ,        PUNCT ,   5  punct    -
said     say      VERB  VBD 0  ROOT     -
Bongani  Bongani  PROPN NNP 7  compound PERSON
Mavuso   Mavuso   PROPN NNP 5  nsubj    I-PERSON
from     from     ADP   IN  {head} prep -
the      the      DET   DT  12 det      ORG
Zambian  Zambian  PROPN NNP 12 amod     I-ORG
Farmers  Farmers  PROPN NNP 12 compound I-ORG
Union    Union    PROPN NNP 8  pobj     I-ORG
.        .        PUNCT .   5  punct    -
"""


def _triples(doc_table: str, repaired: bool) -> tuple[set[tuple[str, str, str]], str | None]:
    doc = parse(doc_table)
    reading = read_doc(speakers_bodies(doc) if repaired else doc, scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    # (the edges between actors: "Prices must rise, said X" is also about prices, rules.speech_topic)
    triples = {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in reading.relations
        if not r.object.entity_id.startswith(TOPIC_ID_PREFIX)
    }
    return triples, country_of(reading, "Bongani Mavuso")


def test_a_person_from_a_body_is_its_member_and_of_its_state() -> None:
    # the parse with the phrase on the name ("Bongani Mavuso from the Union said ...")
    triples, country = _triples(INVERTED_SPEAKER.format(head=7), repaired=False)
    assert ("Bongani Mavuso", "member of", "Zambian Farmers Union") in triples
    assert country == "ZMB"


def test_a_body_after_an_inverted_speaker_is_the_speakers_not_the_verbs() -> None:
    doc = speakers_bodies(parse(INVERTED_SPEAKER.format(head=5)))
    assert doc[7].head.i == 6  # "from" on "Mavuso"
    triples, country = _triples(INVERTED_SPEAKER.format(head=5), repaired=True)
    assert not any(p == "say from" for _, p, _ in triples)
    assert ("Bongani Mavuso", "member of", "Zambian Farmers Union") in triples
    assert country == "ZMB"
