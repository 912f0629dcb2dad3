"""Wave 122 G: a number fused with its scale ("380bn", "12.5m") before a currency word is an amount of
money, even where the tagger types the pair as an organisation ("refunds to savers totalling 380bn
kronor"): no actor (mentions.py _names_money). A state's name before the currency word still names the
currency. Each parse is written by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.mentions import mention_from_span
from hand_docs import parse

TOTALLING = """
refunds    refund   NOUN  NNS 0 ROOT     -
to         to       ADP   IN  1 prep     -
savers     saver    NOUN  NNS 2 pobj     -
totalling  total    VERB  VBG 3 acl      -
380bn      380bn    NUM   CD  6 nummod   ORG
kronor     krona    NOUN  NNS 4 dobj     I-ORG
.          .        PUNCT .   1 punct    -
"""


def test_fused_number_and_currency_is_no_actor() -> None:
    doc = parse(TOTALLING)
    assert mention_from_span(doc, 4, 6, "ORG") is None


def test_scaled_number_and_currency_is_no_actor() -> None:
    doc = parse("""
    owes       owe      VERB  VBZ 0 ROOT     -
    12.5       12.5     NUM   CD  3 compound ORG
    million    million  NUM   CD  4 nummod   I-ORG
    pesos      peso     NOUN  NNS 1 dobj     I-ORG
    """)
    assert mention_from_span(doc, 1, 4, "ORG") is None


def test_a_firm_named_with_a_number_stays() -> None:
    # guard: passes with or without the change
    doc = parse("""
    3M         3M       PROPN NNP 1 nsubj    ORG
    rose       rise     VERB  VBD 0 ROOT     -
    """)
    mention = mention_from_span(doc, 0, 1, "ORG")
    assert mention is not None and mention.text == "3M"
