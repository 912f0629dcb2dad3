"""A meeting's own title is an event kept whole, no organisation (mentions._gathering_title, entity_words.tsv
gathering_title_heads): "the 9th Lima Tin and Zinc Trade Days", "the 1990 Pacific Cocoa Forum"."""

from __future__ import annotations

from geokg.extract.entities.mentions import find_mentions
from hand_docs import parse


def _types(table: str) -> dict[str, str]:
    return {m.text: m.label for m in find_mentions(parse(table))}


def test_a_meetings_title_cut_short_by_the_tagger_is_one_event() -> None:
    types = _types("""
    Ana       Ana       PROPN NNP 2 nsubj    PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    at        at        ADP   IN  2 prep     -
    the       the       DET   DT  7 det      -
    9th       9th       ADJ   JJ  7 amod     ORDINAL
    Delta     Delta     PROPN NNP 7 compound FAC
    Tin       Tin       PROPN NNP 3 pobj     I-FAC
    and       and       CCONJ CC  7 cc       -
    Zinc      Zinc      PROPN NNP 11 compound -
    Trade     Trade     PROPN NNP 11 compound -
    Days      day       NOUN  NNS 7 conj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert types == {"Ana": "PERSON", "Delta Tin and Zinc Trade Days": "EVENT"}


def test_a_conference_is_an_event_only_when_numbered() -> None:
    numbered = _types("""
    Ana        Ana        PROPN NNP 2 nsubj    PERSON
    addressed  address    VERB  VBD 0 ROOT     -
    the        the        DET   DT  6 det      -
    1990       1990       NUM   CD  6 nummod   DATE
    Cocoa      Cocoa      PROPN NNP 6 compound ORG
    Forum      Forum      PROPN NNP 2 dobj     I-ORG
    .          .          PUNCT .   2 punct    -
    """)
    plain = _types("""
    Ana        Ana        PROPN NNP 2 nsubj    PERSON
    addressed  address    VERB  VBD 0 ROOT     -
    the        the        DET   DT  5 det      -
    Cocoa      Cocoa      PROPN NNP 5 compound ORG
    Forum      Forum      PROPN NNP 2 dobj     I-ORG
    .          .          PUNCT .   2 punct    -
    """)
    assert numbered["Cocoa Forum"] == "EVENT"
    assert plain["Cocoa Forum"] == "ORG"
