"""A military communique as the source (wave 87 G): "Chilean warplanes struck Peru, a military communique
said" is the word of the body that issued the communique, the one military the sentence names, not an
unattributed fact. The test states its parse by hand (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from collections.abc import Callable

from geokg.extract.records import ArticleResult
from hand_docs import read_attributed

COMMUNIQUE = """
Chilean    Chilean    ADJ   JJ  2 amod     NORP
warplanes  warplane   NOUN  NNS 3 nsubj    -
struck     strike     VERB  VBD 9 ccomp    -
Peru       Peru       PROPN NNP 3 dobj     GPE
,          ,          PUNCT ,   9 punct    -
a          a          DET   DT  8 det      -
military   military   ADJ   JJ  8 amod     -
{noun}     {noun}     NOUN  NN  9 nsubj    -
said       say        VERB  VBD 0 ROOT     -
.          .          PUNCT .   9 punct    -
"""


def test_a_military_communique_speaks_for_the_military_it_names() -> None:
    for noun in ("communique", "statement"):
        facts = {f for f in read_attributed(COMMUNIQUE.format(noun=noun)) if f[2] == "Peru"}
        assert facts and all(f[3] == "Chilean military" for f in facts), (noun, facts)


def test_a_communique_is_no_voice_of_the_other_side(run: Callable[[str], ArticleResult]) -> None:
    # (the lead, after wave 87 G) a story filed from one state names the other's forces in the communique's
    # words: the communique is the filing state's, never the other side's military
    text = (
        "IRAQ SAYS IRAN SHELLED BASRA\n\nBAGHDAD, March 23 - Iranian troops shelled Basra overnight, "
        "a military communique said.\n"
    )
    shelled = [t for t in run(text).triples if t.predicate == "shell"]
    assert shelled and all(t.attributed_to != t.subject for t in shelled), shelled
