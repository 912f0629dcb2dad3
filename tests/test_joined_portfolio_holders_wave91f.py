"""Wave 91 F: "Secretary of Trade and Industry Ann Roe said Britain would curb imports" may be parsed with
the portfolio's "and" joining the title and the holder's name: "Secretary" the subject, "Roe" its
conjunct, "Industry" a word of the name. Then the holder is no speaker's subject and no state she speaks
for is read. The repair (io/nlp.py joined_portfolio_holders) makes the name the head of the phrase, the
title a word of it and the second field a conjunct of the first, as the same title gets when written later
in the sentence. Not an "and" that joins two people ("the Secretary of Trade and Ann Roe"). The parses are
stated by hand (tests/hand_docs.py); the sentences and names are ours."""

from __future__ import annotations

from geokg.extract.io.nlp import joined_portfolio_holders
from geokg.extract.pipeline import read_doc
from hand_docs import parse

# "Secretary of Trade and Industry Ann Roe said Britain would curb imports. Canada objected." as the
# parser may read it
_SAID = """
    Secretary  Secretary  PROPN NNP 8  nsubj    -
    of         of         ADP   IN  1  prep     -
    Trade      Trade      PROPN NNP 2  pobj     ORG
    and        and        CCONJ CC  1  cc       -
    Industry   Industry   PROPN NNP 7  compound -
    Ann        Ann        PROPN NNP 7  compound PERSON
    Roe        Roe        PROPN NNP 1  conj     I-PERSON
    said       say        VERB  VBD 0  ROOT     -
    Britain    Britain    PROPN NNP 11 nsubj    GPE
    would      would      AUX   MD  11 aux      -
    curb       curb       VERB  VB  8  ccomp    -
    imports    import     NOUN  NNS 11 dobj     -
    .          .          PUNCT .   8  punct    -
    Canada     Canada     PROPN NNP 15 nsubj    GPE
    objected   object     VERB  VBD 0  ROOT     -
    .          .          PUNCT .   15 punct    -
"""

# "Minister for Trade and Industry Ann Roe told reporters Singapore would cut tariffs." as the parser may
# read it: "Roe" a conjunct of the first field
_TOLD = """
    Minister   Minister   PROPN NNP 8  nsubj    -
    for        for        ADP   IN  1  prep     -
    Trade      Trade      PROPN NNP 2  pobj     -
    and        and        CCONJ CC  3  cc       -
    Industry   Industry   PROPN NNP 7  compound -
    Ann        Ann        PROPN NNP 7  compound PERSON
    Roe        Roe        PROPN NNP 3  conj     I-PERSON
    told       tell       VERB  VBD 0  ROOT     -
    reporters  reporter   NOUN  NNS 8  dobj     -
    Singapore  Singapore  PROPN NNP 12 nsubj    GPE
    would      would      AUX   MD  12 aux      -
    cut        cut        VERB  VB  8  ccomp    -
    tariffs    tariff     NOUN  NNS 12 dobj     -
    .          .          PUNCT .   8  punct    -
"""

# "The Secretary of Trade and Ann Roe said ...": two speakers
_TWO = """
    The        the        DET   DT  2  det      -
    Secretary  Secretary  PROPN NNP 8  nsubj    -
    of         of         ADP   IN  2  prep     -
    Trade      Trade      PROPN NNP 3  pobj     ORG
    and        and        CCONJ CC  2  cc       -
    Ann        Ann        PROPN NNP 7  compound PERSON
    Roe        Roe        PROPN NNP 2  conj     I-PERSON
    said       say        VERB  VBD 0  ROOT     -
    Britain    Britain    PROPN NNP 11 nsubj    GPE
    would      would      AUX   MD  11 aux      -
    curb       curb       VERB  VB  8  ccomp    -
    imports    import     NOUN  NNS 11 dobj     -
    .          .          PUNCT .   8  punct    -
"""


def test_the_holder_heads_a_joined_portfolio_title() -> None:
    doc = joined_portfolio_holders(parse(_SAID))
    roe, secretary, industry = doc[6], doc[0], doc[4]
    assert (roe.dep_, roe.head.i) == ("nsubj", 7)
    assert (secretary.dep_, secretary.head.i) == ("compound", 6)
    assert (industry.dep_, industry.head.i) == ("conj", 2)
    assert (doc[3].dep_, doc[3].head.i) == ("cc", 2)


def test_the_holder_of_a_joined_portfolio_speaks_for_the_state() -> None:
    reading = read_doc(joined_portfolio_holders(parse(_SAID)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    titles = {(label[r.subject.entity_id], r.predicate, label[r.object.entity_id]) for r in reading.relations}
    assert ("Ann Roe", "secretary of trade and industry of", "United Kingdom") in titles


def test_the_holder_heads_the_title_where_the_name_hangs_on_the_first_field() -> None:
    doc = joined_portfolio_holders(parse(_TOLD))
    roe, minister, industry = doc[6], doc[0], doc[4]
    assert (roe.dep_, roe.head.i) == ("nsubj", 7)
    assert (minister.dep_, minister.head.i) == ("compound", 6)
    assert (industry.dep_, industry.head.i) == ("conj", 2)


def test_two_people_joined_by_and_stay_two() -> None:
    doc = joined_portfolio_holders(parse(_TWO))
    assert (doc[6].dep_, doc[6].head.i) == ("conj", 1)
