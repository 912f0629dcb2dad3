"""Wave 113 H: figures speak for whoever the text says made them or reads them. "Oxfam said figures showed
Peru paid Chile" is Oxfam's claim (the figures name no maker; Oxfam reads them), and "According to figures
compiled by Oxfam, Peru paid Chile" is Oxfam's too; figures with a maker of their own stay that maker's
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from hand_docs import read_attributed


def _said_figures_showed(maker: str) -> str:
    """ "Oxfam said figures <maker> showed Peru paid Chile." """
    if not maker:
        return """
Oxfam    Oxfam    PROPN NNP 2 nsubj  ORG
said     say      VERB  VBD 0 ROOT   -
figures  figure   NOUN  NNS 4 nsubj  -
showed   show     VERB  VBD 2 ccomp  -
Peru     Peru     PROPN NNP 6 nsubj  GPE
paid     pay      VERB  VBD 4 ccomp  -
Chile    Chile    PROPN NNP 6 dobj   GPE
.        .        PUNCT .   2 punct  -
"""
    return f"""
Oxfam    Oxfam    PROPN NNP 2 nsubj  ORG
said     say      VERB  VBD 0 ROOT   -
figures  figure   NOUN  NNS 6 nsubj  -
from     from     ADP   IN  3 prep   -
{maker}  {maker}  PROPN NNP 4 pobj   GPE
showed   show     VERB  VBD 2 ccomp  -
Peru     Peru     PROPN NNP 8 nsubj  GPE
paid     pay      VERB  VBD 6 ccomp  -
Chile    Chile    PROPN NNP 8 dobj   GPE
.        .        PUNCT .   2 punct  -
"""


COMPILED = """
According  accord   VERB  VBG 9 prep   -
to         to       ADP   IN  1 prep   -
figures    figure   NOUN  NNS 2 pobj   -
compiled   compile  VERB  VBN 3 acl    -
by         by       ADP   IN  4 agent  -
Oxfam      Oxfam    PROPN NNP 5 pobj   ORG
,          ,        PUNCT ,   9 punct  -
Peru       Peru     PROPN NNP 9 nsubj  GPE
paid       pay      VERB  VBD 0 ROOT   -
Chile      Chile    PROPN NNP 9 dobj   GPE
.          .        PUNCT .   9 punct  -
"""


def test_what_unmade_figures_show_is_the_readers_claim() -> None:
    assert ("Peru", "pay", "Chile", "Oxfam") in read_attributed(_said_figures_showed(""))


def test_figures_compiled_by_a_body_are_its_claim() -> None:
    assert ("Peru", "pay", "Chile", "Oxfam") in read_attributed(COMPILED)


def test_figures_from_a_maker_stay_the_makers() -> None:
    # guard: passes with or without the change
    assert ("Peru", "pay", "Chile", "Ecuador") in read_attributed(_said_figures_showed("Ecuador"))
