"""Wave 99 F: a body's organs named by their capitalised common nouns alone and joined ("the Board and
Committee are looking at Lisbon", a story's house style for its exchange's board and committee) name no body;
one such noun alone ("the Board") stays (the review of stop 47), as the short name of a body the story names
("the Kestrel Reserve Board ... the Board") or its one board. The sentences are ours, built by hand."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse


def _names(table: str) -> list[str]:
    return [m.text for m in find_mentions(parse(table))]


EXCHANGE = """
The        the        DET   DT    4  det      ORG
Kestrel    Kestrel    PROPN NNP   4  compound I-ORG
Metal      Metal      PROPN NNP   4  compound I-ORG
Exchange   Exchange   PROPN NNP   5  nsubj    I-ORG
launched   launch     VERB  VBD   0  ROOT     -
a          a          DET   DT    8  det      -
new        new        ADJ   JJ    8  amod     -
contract   contract   NOUN  NN    5  dobj     -
.          .          PUNCT .     5  punct    -
"""


def test_a_body_s_organs_by_their_common_nouns_name_no_body() -> None:
    names = _names(
        EXCHANGE
        + """
    The        the        DET   DT   11  det      ORG
    Board      Board      PROPN NNP  15  nsubj    I-ORG
    and        and        CCONJ CC   11  cc       I-ORG
    Committee  Committee  PROPN NNP  11  conj     I-ORG
    are        be         AUX   VBP  15  aux      -
    looking    look       VERB  VBG  15  ROOT     -
    at         at         ADP   IN   15  prep     -
    Lisbon     Lisbon     PROPN NNP  16  pobj     GPE
    .          .          PUNCT .    15  punct    -
    """
    )
    assert "Kestrel Metal Exchange" in names
    assert not any("Board" in name or "Committee" in name for name in names)


def test_a_lone_organ_noun_is_kept_as_the_storys_body_word() -> None:
    # (the review of stop 47) a lone "the Board" or "the Council" stays: it may be the story's one board or
    # council ("The Council said it would impose sanctions"), which clustering and coreference tell
    alone = _names(
        EXCHANGE
        + """
    The        the        DET   DT   11  det      ORG
    Board      Board      PROPN NNP  13  nsubj    I-ORG
    is         be         AUX   VBZ  13  aux      -
    looking    look       VERB  VBG  13  ROOT     -
    at         at         ADP   IN   13  prep     -
    Lisbon     Lisbon     PROPN NNP  14  pobj     GPE
    .          .          PUNCT .    13  punct    -
    """
    )
    assert "Board" in alone
    # guard: "the Kestrel Reserve Board ... the Board": the short name of the body the story names
    short = _names("""
    The        the        DET   DT    4  det      ORG
    Kestrel    Kestrel    PROPN NNP   4  compound I-ORG
    Reserve    Reserve    PROPN NNP   4  compound I-ORG
    Board      Board      PROPN NNP   5  nsubj    I-ORG
    met        meet       VERB  VBD   0  ROOT     -
    .          .          PUNCT .     5  punct    -
    The        the        DET   DT    8  det      ORG
    Board      Board      PROPN NNP   9  nsubj    I-ORG
    said       say        VERB  VBD   0  ROOT     -
    so         so         ADV   RB    9  advmod   -
    .          .          PUNCT .     9  punct    -
    """)
    assert "Board" in short
