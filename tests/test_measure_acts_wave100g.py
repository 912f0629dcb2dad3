"""An act on a measure reaches the measure's target (wave 100 G): "called for the imposition of sanctions on
Peru", "demanded the imposition of tariffs on imports from Peru", "called for the lifting of the embargo
against Peru". The noun of imposing or easing (measure_act_nouns) leads through its "of" to the measure and on
to whom the measure is aimed at; the measure stays in the phrase, and the act's own word is the event, so a
lifting is coded as what the verb says and never as the measure's sanction (163). Each test states its parse
by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import codes_between, read_triples

_IMPOSITION_CALLED_FOR = """
    Chile       Chile       PROPN NNP 2  nsubj    GPE
    called      call        VERB  VBD 0  ROOT     -
    for         for         ADP   IN  2  prep     -
    the         the         DET   DT  5  det      -
    imposition  imposition  NOUN  NN  3  pobj     -
    of          of          ADP   IN  5  prep     -
    sanctions   sanction    NOUN  NNS 6  pobj     -
    on          on          ADP   IN  7  prep     -
    Peru        Peru        PROPN NNP 8  pobj     GPE
    .           .           PUNCT .   2  punct    -
    """

_IMPOSITION_ON_IMPORTS = """
    Chile       Chile       PROPN NNP 2  nsubj    GPE
    demanded    demand      VERB  VBD 0  ROOT     -
    the         the         DET   DT  4  det      -
    imposition  imposition  NOUN  NN  2  dobj     -
    of          of          ADP   IN  4  prep     -
    tariffs     tariff      NOUN  NNS 5  pobj     -
    on          on          ADP   IN  6  prep     -
    imports     import      NOUN  NNS 7  pobj     -
    from        from        ADP   IN  8  prep     -
    Peru        Peru        PROPN NNP 9  pobj     GPE
    .           .           PUNCT .   2  punct    -
    """

_LIFTING_CALLED_FOR = """
    Chile       Chile       PROPN NNP 2  nsubj    GPE
    called      call        VERB  VBD 0  ROOT     -
    for         for         ADP   IN  2  prep     -
    the         the         DET   DT  5  det      -
    lifting     lifting     NOUN  NN  3  pobj     -
    of          of          ADP   IN  5  prep     -
    the         the         DET   DT  8  det      -
    embargo     embargo     NOUN  NN  6  pobj     -
    against     against     ADP   IN  8  prep     -
    Peru        Peru        PROPN NNP 9  pobj     GPE
    .           .           PUNCT .   2  punct    -
    """

_COST_OF_SANCTIONS = """
    Chile       Chile       PROPN NNP 2  nsubj    GPE
    discussed   discuss     VERB  VBD 0  ROOT     -
    the         the         DET   DT  4  det      -
    cost        cost        NOUN  NN  2  dobj     -
    of          of          ADP   IN  4  prep     -
    sanctions   sanction    NOUN  NNS 5  pobj     -
    on          on          ADP   IN  6  prep     -
    Peru        Peru        PROPN NNP 7  pobj     GPE
    .           .           PUNCT .   2  punct    -
    """


def test_imposition_of_sanctions_reaches_their_target() -> None:
    assert ("Chile", "call for imposition of sanction on", "Peru") in read_triples(_IMPOSITION_CALLED_FOR)
    assert codes_between(_IMPOSITION_CALLED_FOR, "Chile", "Peru") == {"020"}


def test_imposition_of_tariffs_on_imports_reaches_the_exporter() -> None:
    triples = read_triples(_IMPOSITION_ON_IMPORTS)
    assert ("Chile", "demand imposition of tariff on import from", "Peru") in triples
    assert codes_between(_IMPOSITION_ON_IMPORTS, "Chile", "Peru") == {"100"}


def test_lifting_of_an_embargo_is_no_sanction() -> None:
    assert ("Chile", "call for lifting of embargo against", "Peru") in read_triples(_LIFTING_CALLED_FOR)
    assert "163" not in codes_between(_LIFTING_CALLED_FOR, "Chile", "Peru")


def test_other_nouns_do_not_look_through_a_measure() -> None:
    # "the cost of sanctions on X" is no act that puts them on or takes them off
    assert not any("cost of sanction" in p for _, p, _ in read_triples(_COST_OF_SANCTIONS))
