"""A headline's comma joining two subjects (wave 106 E mend): "American Kestrel Exchange, U.K. firm plan
market" tells of two doers, and the parser, which read the verb "plan" as a noun, made the rest of the line an
apposition of the exchange: the exchange became a U.K. firm. In a headline where the parser found no verb,
such an apposition describes no one (affiliations/described.py `_verbless_headline_apposition`); one with
its verb ("American Kestrel Exchange, U.K. firm, plans market") still does. Parses are built by hand as the
parser gave them (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import Reading, read_doc
from hand_docs import country_of, with_title_line

VERBLESS = """
American  American  PROPN NNP 3  compound ORG
Kestrel   Kestrel   PROPN NNP 3  compound I-ORG
Exchange  Exchange  PROPN NNP 0  ROOT     I-ORG
,         ,         PUNCT ,   3  punct    -
U.K.      U.K.      PROPN NNP 8  nmod     GPE
firm      firm      NOUN  NN  8  compound -
plan      plan      NOUN  NN  8  compound -
market    market    NOUN  NN  3  appos    -
¶         ¶         SPACE _SP 8  dep      -
The       the       DET   DT  13 det      -
American  American  PROPN NNP 13 compound ORG
Kestrel   Kestrel   PROPN NNP 13 compound I-ORG
Exchange  Exchange  PROPN NNP 14 nsubj    I-ORG
said      say       VERB  VBD 0  ROOT     -
so        so        ADV   RB  14 advmod   -
.         .         PUNCT .   14 punct    -
"""

# "American Kestrel Exchange, U.K. firm, plans market ¶ ...": the apposition set off before the line's verb
WITH_VERB = """
American  American  PROPN NNP 3  compound ORG
Kestrel   Kestrel   PROPN NNP 3  compound I-ORG
Exchange  Exchange  PROPN NNP 9  nsubj    I-ORG
,         ,         PUNCT ,   3  punct    -
U.K.      U.K.      PROPN NNP 7  compound GPE
firm      firm      NOUN  NN  7  compound -
market    market    NOUN  NN  3  appos    -
,         ,         PUNCT ,   3  punct    -
plans     plan      VERB  VBZ 0  ROOT     -
trading   trading   NOUN  NN  9  dobj     -
¶         ¶         SPACE _SP 10 dep      -
The       the       DET   DT  15 det      -
American  American  PROPN NNP 15 compound ORG
Kestrel   Kestrel   PROPN NNP 15 compound I-ORG
Exchange  Exchange  PROPN NNP 16 nsubj    I-ORG
said      say       VERB  VBD 0  ROOT     -
so        so        ADV   RB  16 advmod   -
.         .         PUNCT .   16 punct    -
"""


def _read(table: str) -> Reading:
    return read_doc(with_title_line(table), scope="hand-built")


def test_a_verbless_headlines_apposition_leaves_the_name_its_state() -> None:
    assert country_of(_read(VERBLESS), "American Kestrel Exchange") == "USA"
    assert country_of(_read(WITH_VERB), "American Kestrel Exchange") == "GBR"
