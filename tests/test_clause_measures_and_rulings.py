"""Roots of measures and rulings (audit round 16): signing a law or decree that bans something coerces, a
court ruling against a party rejects, citing a party's repression accuses it. Sentences written for these
tests, parses by hand (tests/hand_docs.py)."""

from __future__ import annotations

from hand_docs import by_rule, read


def _roots(reading, name: str) -> dict[tuple[str, str], str | None]:  # type: ignore[no-untyped-def]
    label = {e.id: e.label for e in reading.entities.entities()}
    return {(r.predicate, label[r.object.entity_id]): r.event_root for r in by_rule(reading, name)}


def test_signing_a_decree_that_bans_is_coercion() -> None:
    reading = read("""
    Juan      Juan      PROPN NNP 2 compound PERSON
    Perez     Perez     PROPN NNP 3 nsubj    I-PERSON
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  5 det      -
    decree    decree    NOUN  NN  3 dobj     -
    banning   ban       VERB  VBG 5 acl      -
    rallies   rally     NOUN  NNS 6 dobj     -
    in        in        ADP   IN  7 prep     -
    Lima      Lima      PROPN NNP 8 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert _roots(reading, "svo")[("sign", "decree")] == "17"


def test_signing_an_act_whose_participle_outlaws_is_coercion() -> None:
    reading = read("""
    Juan      Juan      PROPN NNP 2 compound PERSON
    Perez     Perez     PROPN NNP 3 nsubj    I-PERSON
    signed    sign      VERB  VBD 0 ROOT     -
    the       the       DET   DT  7 det      ORG
    Clean     Clean     PROPN NNP 6 compound I-ORG
    Streets   Streets   PROPN NNPS 7 compound I-ORG
    Act       Act       PROPN NNP 3 dobj     I-ORG
    ,         ,         PUNCT ,   3 punct    -
    outlawing outlaw    VERB  VBG 3 advcl    -
    rallies   rally     NOUN  NNS 9 dobj     -
    in        in        ADP   IN  10 prep    -
    Lima      Lima      PROPN NNP 11 pobj    GPE
    .         .         PUNCT .   3 punct    -
    """)
    signed = {k: v for k, v in _roots(reading, "svo").items() if k[0] == "sign"}
    assert signed and set(signed.values()) == {"17"}, signed


def test_signing_a_treaty_that_bans_stays_an_agreement() -> None:
    reading = read("""
    Juan      Juan      PROPN NNP 2 compound PERSON
    Perez     Perez     PROPN NNP 3 nsubj    I-PERSON
    signed    sign      VERB  VBD 0 ROOT     -
    a         a         DET   DT  5 det      -
    treaty    treaty    NOUN  NN  3 dobj     -
    banning   ban       VERB  VBG 5 acl      -
    mines     mine      NOUN  NNS 6 dobj     -
    .         .         PUNCT .   3 punct    -
    """)
    assert _roots(reading, "svo")[("sign", "treaty")] == "05"


def test_a_ruling_against_a_party_rejects() -> None:
    reading = read("""
    The       the       DET   DT  3 det      ORG
    Supreme   Supreme   PROPN NNP 3 compound I-ORG
    Court     Court     PROPN NNP 4 nsubj    I-ORG
    ruled     rule      VERB  VBD 0 ROOT     -
    against   against   ADP   IN  4 prep     -
    Juan      Juan      PROPN NNP 7 compound PERSON
    Perez     Perez     PROPN NNP 5 pobj     I-PERSON
    .         .         PUNCT .   4 punct    -
    """)
    assert _roots(reading, "prep") == {("rule against", "Juan Perez"): "12"}


def test_citing_a_states_repression_accuses_it() -> None:
    reading = read("""
    Juan       Juan       PROPN NNP 2 compound PERSON
    Perez      Perez      PROPN NNP 3 nsubj    I-PERSON
    cited      cite       VERB  VBD 0 ROOT     -
    Chile      Chile      PROPN NNP 6 poss     GPE
    's         's         PART  POS 4 case     -
    repression repression NOUN  NN  3 dobj     -
    of         of         ADP   IN  6 prep     -
    miners     miner      NOUN  NNS 7 pobj     -
    .          .          PUNCT .   3 punct    -
    """)
    assert _roots(reading, "svo")[("cite", "Chile")] == "11"
