"""Events and documents as arguments, and names the tagger fused or missed (hand-built parses)."""

from __future__ import annotations

from hand_docs import by_rule, read


def svo(reading) -> set[tuple[str, str, str]]:
    label = {e.id: e.label for e in reading.entities.entities()}
    return {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in by_rule(reading, "svo")
    }


def test_an_unowned_event_or_document_is_an_argument() -> None:
    reading = read("""
    Twin      twin      ADJ   JJ  2 amod     -
    bombings  bombing   NOUN  NNS 3 nsubj    -
    hit       hit       VERB  VBD 0 ROOT     -
    Marawi    Marawi    PROPN NNP 3 dobj     GPE
    .         .         PUNCT .   3 punct    -
    Ana       Ana       PROPN NNP 7 compound PERSON
    Cruz      Cruz      PROPN NNP 8 nsubj    I-PERSON
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  11 det     -
    government government NOUN NN 11 compound -
    decree    decree    NOUN  NN  8 dobj     -
    .         .         PUNCT .   8 punct    -
    """)
    found = svo(reading)
    assert ("twin bombings", "hit", "Marawi") in found and ("Ana Cruz", "sign", "government decree") in found
    [event] = [e for e in reading.entities.entities() if e.label == "twin bombings"]
    assert event.type == "EVENT" and event.id == "event:twin_bombings@hand_built"


def test_an_event_between_named_parties_stays_an_event_between_them() -> None:
    reading = read("""
    Chad      Chad      PROPN NNP 2 nsubj    GPE
    left      leave     VERB  VBD 0 ROOT     -
    the       the       DET   DT  4 det      -
    agreement agreement NOUN  NN  2 dobj     -
    with      with      ADP   IN  4 prep     -
    Niger     Niger     PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    """)
    assert not any(e.type == "EVENT" for e in reading.entities.entities())


def test_a_place_and_a_holder_fused_after_a_title_are_split() -> None:
    reading = read("""
    Chief     Chief     PROPN NNP 2 compound -
    Minister  Minister  PROPN NNP 7 nsubj    -
    of        of        ADP   IN  2 prep     -
    Punjab    Punjab    PROPN NNP 6 compound ORG
    Amar      Amar      PROPN NNP 6 compound I-ORG
    Singh     Singh     PROPN NNP 3 pobj     I-ORG
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    labels = {e.label: e.type for e in reading.entities.entities()}
    assert labels.get("Amar Singh") == "PERSON" and "Punjab Amar Singh" not in labels


def test_an_organisation_the_tagger_missed_is_found_by_its_name_and_a_gloss_in_brackets_is_skipped() -> None:
    reading = read("""
    Labour    Labour    PROPN NNP 2 compound -
    MP        MP        PROPN NNP 9 compound -
    (         (         PUNCT -LRB- 2 punct  -
    Member    Member    PROPN NNP 2 appos    -
    of        of        ADP   IN  4 prep     -
    Parliament Parliament PROPN NNP 5 pobj   ORG
    )         )         PUNCT -RRB- 2 punct  -
    Ann       Ann       PROPN NNP 9 compound PERSON
    Lee       Lee       PROPN NNP 10 nsubj   I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   10 punct   -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    roles = {
        (label[r.subject.entity_id], r.predicate, label[r.object.entity_id])
        for r in by_rule(reading, "title")
    }
    assert ("Ann Lee", "mp of", "Labour") in roles
    assert {e.label: e.country for e in reading.entities.entities()}["Ann Lee"] == "GBR"
