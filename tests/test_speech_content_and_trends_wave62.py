"""Speech and stance edges that keep their point (wave 62 H): an "according to" edge, a description
("described X as Y") and a quotation's sentence carry what was said as `content`; a noun of a trend ("a
rise in smuggling") gives way to its topic in the predicate; concern or doubts voiced over someone's plans
are a pessimistic comment (CAMEO 012). Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import by_rule, read, read_triples

ACCORDING_MID = """
Peru      Peru     PROPN NNP 7  nsubj GPE
,         ,        PUNCT ,   7  punct -
according accord   VERB  VBG 7  prep  -
to        to       ADP   IN  3  prep  -
Chile     Chile    PROPN NNP 4  pobj  GPE
,         ,        PUNCT ,   7  punct -
shelled   shell    VERB  VBD 0  ROOT  -
Ecuador   Ecuador  PROPN NNP 10 poss  GPE
's        's       PART  POS 8  case  -
villages  village  NOUN  NNS 7  dobj  -
.         .        PUNCT .   7  punct -
"""


def test_according_to_edge_carries_the_claim_without_its_source() -> None:
    said = by_rule(read(ACCORDING_MID), "according_to")
    assert said and {r.content for r in said} == {"Peru shelled Ecuador's villages"}


def test_a_description_carries_what_the_subject_is_called() -> None:
    described = by_rule(
        read("""
        Chile     Chile     PROPN NNP 2 nsubj GPE
        described describe  VERB  VBD 0 ROOT  -
        Peru      Peru      PROPN NNP 2 dobj  GPE
        as        as        ADP   IN  2 prep  -
        '         '         PUNCT ``  4 punct -
        a         a         DET   DT  8 det   -
        trusted   trusted   ADJ   JJ  8 amod  -
        partner   partner   NOUN  NN  4 pobj  -
        '         '         PUNCT ''  2 punct -
        .         .         PUNCT .   2 punct -
        """),
        "evaluation",
    )
    assert described and {r.content for r in described} == {"a trusted partner"}


def test_a_quoted_sentence_without_its_reporting_words_is_the_content() -> None:
    # `Chile told reporters, "Peru wants a war."` with the reporting verb hung on the quoted one
    quoted = by_rule(
        read("""
        Chile    Chile    PROPN NNP 2 nsubj     GPE
        told     tell     VERB  VBD 7 parataxis -
        reporters reporter NOUN NNS 2 dobj      -
        ,        ,        PUNCT ,   7 punct     -
        "        "        PUNCT ``  7 punct     -
        Peru     Peru     PROPN NNP 7 nsubj     GPE
        wants    want     VERB  VBZ 0 ROOT      -
        a        a        DET   DT  9 det       -
        war      war      NOUN  NN  7 dobj      -
        .        .        PUNCT .   7 punct     -
        "        "        PUNCT ''  7 punct     -
        """),
        "quote_stance",
    )
    assert quoted and {r.content for r in quoted} == {"Peru wants a war"}


def test_a_trend_noun_gives_way_to_its_topic() -> None:
    triples = read_triples("""
    Chile     Chile     PROPN NNP 2 nsubj GPE
    is        be        AUX   VBZ 0 ROOT  -
    worried   worried   ADJ   JJ  2 acomp -
    about     about     ADP   IN  3 prep  -
    a         a         DET   DT  6 det   -
    rise      rise      NOUN  NN  4 pobj  -
    in        in        ADP   IN  6 prep  -
    smuggling smuggling NOUN  NN  7 pobj  -
    in        in        ADP   IN  8 prep  -
    Peru      Peru      PROPN NNP 9 pobj  GPE
    .         .         PUNCT .   2 punct -
    """)
    assert ("Chile", "be worried about smuggling in", "Peru") in triples
    assert not any("rise" in predicate for _, predicate, _ in triples)


def test_concern_expressed_over_plans_is_a_pessimistic_comment() -> None:
    reading = read("""
    Japan     Japan     PROPN NNP 2 nsubj GPE
    expressed express   VERB  VBD 0 ROOT  -
    concern   concern   NOUN  NN  2 dobj  -
    over      over      ADP   IN  3 prep  -
    Peru      Peru      PROPN NNP 7 poss  GPE
    's        's        PART  POS 5 case  -
    plans     plan      NOUN  NNS 4 pobj  -
    .         .         PUNCT .   2 punct -
    """)
    label = {e.id: e.label for e in reading.entities.entities()}
    codes = {r.event_code for r in reading.relations if label[r.object.entity_id] == "Peru"}
    assert codes == {"012"}
