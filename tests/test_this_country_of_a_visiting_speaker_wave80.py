""" "This country" in a speaker's words (wave 80 H): in a story whose headline and lead set it in one state,
the country the speaker speaks in, that state, not the one named last (the visiting speaker's own, named in
his title): coref._spoken_here and _setting_named_first. A headline set in capitals the tagger left untagged
is looked up word by word. Each test states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import with_title_line

_STORY = """
    ENVOY      envoy      NOUN  NN  2  nsubj    -
    HOPEFUL    hopeful    ADJ   JJ  0  ROOT     -
    ON         on         ADP   IN  2  prep     -
    PERU       PERU       PROPN NNP 3  pobj     -
    ¶          ¶          SPACE _SP 4  dep      -
    Peru       Peru       PROPN NNP 8  nsubj    GPE
    will       will       AUX   MD  8  aux      -
    grow       grow       VERB  VB  14 ccomp    -
    ,          ,          PUNCT ,   14 punct    -
    Chilean    Chilean    PROPN NNP 11 compound NORP
    Ambassador Ambassador PROPN NNP 13 compound -
    Ana        Ana        PROPN NNP 13 compound PERSON
    Ruiz       Ruiz       PROPN NNP 14 nsubj    I-PERSON
    said       say        VERB  VBD 0  ROOT     -
    .          .          PUNCT .   14 punct    -
    She        she        PRON  PRP 17 nsubj    -
    said       say        VERB  VBD 0  ROOT     -
    Chilean    chilean    ADJ   JJ  19 amod     NORP
    firms      firm       NOUN  NNS 21 nsubj    -
    would      would      AUX   MD  21 aux      -
    invest     invest     VERB  VB  17 ccomp    -
    in         in         ADP   IN  21 prep     -
    {det}      {det}      DET   DT  24 det      -
    country    country    NOUN  NN  22 pobj     -
    .          .          PUNCT .   17 punct    -
    """


def _invested_in(det: str) -> set[str]:
    reading = read_doc(with_title_line(_STORY.format(det=det)), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    return {label[r.object.entity_id] for r in reading.relations if r.predicate.startswith("invest")}


def test_this_country_in_a_visiting_speakers_words_is_the_story_setting() -> None:
    assert _invested_in("this") == {"Peru"}


def test_the_country_is_still_the_one_named_last() -> None:
    assert "Peru" not in _invested_in("the")
