"""A firm's or brand's name in the plural after a word of fakes ("counterfeit Pellors"), or the plural of a
firm the story names, is goods of that make, no actor (mentions._goods_plural); "made it into Valdor" names
no party of the verb, its "it" a dummy (rules.prep) (wave 83 E). Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_triples


def _labels(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities()}


COUNTERFEIT = """
Counterfeit  counterfeit  ADJ    JJ     2 amod      -
Pellors      Pellors      PROPN  NNPS   4 nsubjpass ORG
are          be           AUX    VBP    6 auxpass   -
sold         sell         VERB   VBN    0 ROOT      -
cheaply      cheaply      ADV    RB     4 advmod    -
in           in           ADP    IN     4 prep      -
Valdor       Valdor       PROPN  NNP    6 pobj      GPE
.            .            PUNCT  .      4 punct     -
"""


def test_a_brand_plural_after_a_word_of_fakes_is_no_actor() -> None:
    assert not any("Pellors" in label for label in _labels(COUNTERFEIT))
    assert not any("Pellors" in s or "Pellors" in o for s, _, o in read_triples(COUNTERFEIT))


def test_the_word_of_fakes_inside_the_tagged_name_makes_goods_too() -> None:
    doc = """
    Fake      fake     PROPN NNP  2 compound ORG
    Pellors   Pellors  PROPN NNPS 3 nsubj    I-ORG
    flooded   flood    VERB  VBD  0 ROOT     -
    markets   market   NOUN  NNS  3 dobj     -
    in        in       ADP   IN   4 prep     -
    Valdor    Valdor   PROPN NNP  5 pobj     GPE
    .         .        PUNCT .    3 punct    -
    """
    assert not any("Pellors" in label for label in _labels(doc))


FIRM_AND_ITS_GOODS = """
Valdor      Valdor      PROPN NNP   2 nsubj    GPE
banned      ban         VERB  VBD   0 ROOT     -
Pellors     Pellors     PROPN NNPS  2 dobj     ORG
.           .           PUNCT .     2 punct    -
Pellor      Pellor      PROPN NNP   6 compound ORG
Corp        Corp        PROPN NNP   7 nsubj    I-ORG
makes       make        VERB  VBZ   7 ROOT     -
cameras     camera      NOUN  NNS   7 dobj     -
.           .           PUNCT .     7 punct    -
"""


def test_the_plural_of_a_firm_the_story_names_is_its_goods() -> None:
    assert "Pellor Corp" in _labels(FIRM_AND_ITS_GOODS)
    assert "Pellors" not in _labels(FIRM_AND_ITS_GOODS)
    assert not any(o == "Pellors" for _, _, o in read_triples(FIRM_AND_ITS_GOODS))


def test_a_plural_name_with_the_stays_a_group() -> None:
    """ "the Pellors" is a group or a family the text speaks of, whatever firm shares the name."""
    doc = """
    Valdor      Valdor      PROPN NNP   2 nsubj    GPE
    banned      ban         VERB  VBD   0 ROOT     -
    the         the         DET   DT    4 det      -
    Pellors     Pellors     PROPN NNPS  2 dobj     ORG
    .           .           PUNCT .     2 punct    -
    Pellor      Pellor      PROPN NNP   7 compound ORG
    Corp        Corp        PROPN NNP   8 nsubj    I-ORG
    makes       make        VERB  VBZ   8 ROOT     -
    cameras     camera      NOUN  NNS   8 dobj     -
    .           .           PUNCT .     8 punct    -
    """
    assert "Pellors" in _labels(doc)


MADE_IT_INTO = """
Acme     Acme     PROPN NNP 2 compound ORG
Corp     Corp     PROPN NNP 4 nsubj    I-ORG
has      have     AUX   VBZ 4 aux      -
made     make     VERB  VBN 0 ROOT     -
it       it       PRON  PRP 4 dobj     -
into     into     ADP   IN  4 prep     -
Valdor   Valdor   PROPN NNP 6 pobj     GPE
.        .        PUNCT .   4 punct    -
"""


def test_made_it_into_a_place_names_no_party_of_the_verb() -> None:
    assert not any(o == "Valdor" for _, _, o in read_triples(MADE_IT_INTO))


def test_a_thing_made_in_a_place_keeps_its_place() -> None:
    doc = MADE_IT_INTO.replace("it       it       PRON  PRP", "cameras  camera   NOUN  NNS").replace(
        "into     into ", "in       in   "
    )
    assert ("Acme Corp", "make camera in", "Valdor") in read_triples(doc)
