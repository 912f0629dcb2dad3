"""Wave 84 F: "Representative X" or "Rep. X" before a name, of the United States (the story's state or "U.S."
before the title), is a member of the US House of Representatives, no envoy "representative of" the state;
"U.S. Trade Representative Y" stays the trade representative (affiliations/party_tags.house_members). The
parses are stated by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import by_rule, read_triples

_REPRESENTATIVE = """
U.S.           U.S.           PROPN  NNP      4 compound   GPE
Representative Representative PROPN  NNP      4 compound   -
Jim            Jim            PROPN  NNP      4 compound   PERSON
Roe            Roe            PROPN  NNP      5 nsubj      I-PERSON
said           say            VERB   VBD      0 ROOT       -
the            the            DET    DT       7 det        -
House          House          PROPN  NNP      9 nsubj      ORG
would          would          AUX    MD       9 aux        -
act            act            VERB   VB       5 ccomp      -
.              .              PUNCT  .        5 punct      -
"""

_TRADE_REPRESENTATIVE = """
U.S.           U.S.           PROPN  NNP      5 compound   GPE
Trade          Trade          PROPN  NNP      3 compound   -
Representative Representative PROPN  NNP      5 compound   -
Tom            Tom            PROPN  NNP      5 compound   PERSON
Yale           Yale           PROPN  NNP      6 nsubj      I-PERSON
said           say            VERB   VBD      0 ROOT       -
the            the            DET    DT       8 det        -
House          House          PROPN  NNP     10 nsubj      ORG
would          would          AUX    MD      10 aux        -
act            act            VERB   VB       6 ccomp      -
.              .              PUNCT  .        6 punct      -
"""


def test_representative_before_a_name_is_a_member_of_the_house():
    triples = read_triples(_REPRESENTATIVE)
    assert ("Jim Roe", "member of", "House") in triples
    assert ("Jim Roe", "representative of", "United States") not in triples


def test_trade_representative_stays_the_states_office():
    triples = read_triples(_TRADE_REPRESENTATIVE)
    assert ("Tom Yale", "trade representative of", "United States") in triples
    assert not any(predicate == "member of" for _, predicate, _ in triples)


# read through the model: the title's state is the story's, which weighs its mentions
_REP_STORY = "TRADE BILL\n\nRep. Jim Roe said the United States should pass the trade bill."


def test_rep_in_a_story_of_the_united_states_is_a_member_of_the_house_it_does_not_name(nlp) -> None:
    reading = read_doc(nlp(_REP_STORY), scope="t", day="1987-03-19")
    entities = {e.id: e for e in reading.entities.entities()}
    titles = {
        (entities[r.subject.entity_id].label, r.predicate, entities[r.object.entity_id].label)
        for r in by_rule(reading, "title")
    }
    assert ("Jim Roe", "member of", "House of Representatives") in titles
    assert ("Jim Roe", "representative of", "United States") not in titles
    [house] = [e for e in entities.values() if e.label == "House of Representatives"]
    assert house.country == "USA"


_BODY_REPRESENTATIVE = """
U.S.           U.S.           PROPN  NNP      4 compound   GPE
IMF            IMF            PROPN  NNP      4 compound   ORG
Representative Representative PROPN  NNP      5 compound   -
Jim            Jim            PROPN  NNP      5 compound   PERSON
Roe            Roe            PROPN  NNP      6 nsubj      I-PERSON
said           say            VERB   VBD      0 ROOT       -
the            the            DET    DT       8 det        -
House          House          PROPN  NNP     10 nsubj      ORG
would          would          AUX    MD      10 aux        -
act            act            VERB   VB       6 ccomp      -
.              .              PUNCT  .        6 punct      -
"""


def test_a_bodys_representative_is_no_member_of_the_house():
    # the lead, after wave 84: "U.S. IMF Representative X" is also "representative to" the IMF, an envoy
    triples = read_triples(_BODY_REPRESENTATIVE)
    assert ("Jim Roe", "representative to", "IMF") in triples
    assert not any(predicate == "member of" for _, predicate, _ in triples)
