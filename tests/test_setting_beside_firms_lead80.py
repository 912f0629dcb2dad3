"""Where a story about a foreign firm's deal is set (lead, stop 42): "Acme Motor Corp of Japan will get
approval from a Philippine agency in Manila, government sources said", with the firm named again and again
after it, was set in Japan (the firm's mentions outweighed the rest), so the government sources were
Japan's. Firms trade abroad: the story's setting comes from its other evidence where that names a state
(affiliations/context.setting), and from the firms' states only where it does not. Each test states its
parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

FIRST = """
    Acme       Acme       PROPN NNP 3  compound ORG
    Motor      Motor      PROPN NNP 3  compound I-ORG
    Corp       Corp       PROPN NNP 7  nsubj    I-ORG
    of         of         ADP   IN  3  prep     -
    Japan      Japan      PROPN NNP 4  pobj     GPE
    will       will       AUX   MD  7  aux      -
    get        get        VERB  VB  18 ccomp    -
    approval   approval   NOUN  NN  7  dobj     -
    from       from       ADP   IN  8  prep     -
    a          a          DET   DT  12 det      -
    Philippine philippine ADJ   JJ  12 amod     NORP
    agency     agency     NOUN  NN  9  pobj     -
    in         in         ADP   IN  12 prep     -
    Manila     Manila     PROPN NNP 13 pobj     GPE
    ,          ,          PUNCT ,   18 punct    -
    government government NOUN  NN  17 compound -
    sources    source     NOUN  NNS 18 nsubj    -
    said       say        VERB  VBD 0  ROOT     -
    .          .          PUNCT .   18 punct    -
    """


def _again(start: int, verb: str, lemma: str) -> str:
    """ "Acme Motor Corp <verb>." as rows numbered from `start` (1-based)."""
    s = start
    return f"""
    Acme       Acme       PROPN NNP {s + 2}  compound ORG
    Motor      Motor      PROPN NNP {s + 2}  compound I-ORG
    Corp       Corp       PROPN NNP {s + 3}  nsubj    I-ORG
    {verb:<10} {lemma:<10} VERB  VBD 0  ROOT     -
    .          .          PUNCT .   {s + 3}  punct    -
    """


STORY = FIRST + _again(20, "applied", "apply") + _again(25, "hired", "hire")
STORY += _again(30, "expanded", "expand") + _again(35, "grew", "grow")


def test_the_government_sources_are_the_deals_state() -> None:
    reading = read_doc(parse(STORY), scope="hand-built")
    label = {e.id: e.label for e in reading.entities.entities()}
    said = [r for r in reading.relations if r.predicate == "say"]
    assert said and all(label[r.subject.entity_id] == "Philippines" for r in said)
