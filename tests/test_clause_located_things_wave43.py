"""Places that only locate a thing (wave 43 B): "pointed to weak growth in Japan", "spoke from the
headquarters in Denver", "raised prices in Japan": a place after "in"/"at" on a noun of a thing or a
measure (located_thing_nouns), or on the verb whose object is one, is where the thing is, no partner of
the subject; "deployed troops in Japan" keeps its place. Each test states its parse by hand
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots


def _objects(table: str) -> set[str]:
    return {o for _, _, o, _ in facts_with_roots(table)}


def test_a_place_of_a_measure_is_no_partner() -> None:
    table = """
    Ruritania Ruritania PROPN NNP 2 nsubj GPE
    pointed   point     VERB  VBD 0 ROOT  -
    to        to        ADP   IN  2 prep  -
    weak      weak      ADJ   JJ  5 amod  -
    growth    growth    NOUN  NN  3 pobj  -
    in        in        ADP   IN  5 prep  -
    Japan     Japan     PROPN NNP 6 pobj  GPE
    and       and       CCONJ CC  7 cc    -
    Korea     Korea     PROPN NNP 7 conj  GPE
    .         .         PUNCT .   2 punct -
    """
    assert not _objects(table) & {"Japan", "Korea", "South Korea"}


def test_the_place_of_a_headquarters_spoken_from_is_no_partner() -> None:
    table = """
    Smith        Smith        PROPN NNP 2 nsubj PERSON
    spoke        speak        VERB  VBD 0 ROOT  -
    from         from         ADP   IN  2 prep  -
    the          the          DET   DT  5 det   -
    headquarters headquarters NOUN  NN  3 pobj  -
    in           in           ADP   IN  5 prep  -
    Denver       Denver       PROPN NNP 6 pobj  GPE
    .            .            PUNCT .   2 punct -
    """
    assert "Denver" not in _objects(table)


def test_a_place_on_the_verb_of_a_measure_object_is_no_partner() -> None:
    table = """
    Ruritania Ruritania PROPN NNP 2 nsubj GPE
    raised    raise     VERB  VBD 0 ROOT  -
    prices    price     NOUN  NNS 2 dobj  -
    in        in        ADP   IN  2 prep  -
    Japan     Japan     PROPN NNP 4 pobj  GPE
    .         .         PUNCT .   2 punct -
    """
    assert "Japan" not in _objects(table)


def test_troops_deployed_in_a_state_keep_it() -> None:
    table = """
    Ruritania Ruritania PROPN NNP 2 nsubj GPE
    deployed  deploy    VERB  VBD 0 ROOT  -
    troops    troop     NOUN  NNS 2 dobj  -
    in        in        ADP   IN  2 prep  -
    Japan     Japan     PROPN NNP 4 pobj  GPE
    .         .         PUNCT .   2 punct -
    """
    assert ("Ruritania", "deploy troop in", "Japan", "15") in facts_with_roots(table)
