"""An absolute "with" phrase whose names are given a place by "among" (lead, stop 54): "toured the towns,
with Anna Berg and Tom Hale among his supporters" says who stood among the supporters, not whom the tour was
made with, so no "tour with" triple; "met with Anna Berg among others" still met her. Parsed by hand
(tests/hand_docs.py) as the model parses such sentences; the sentences are ours."""

from __future__ import annotations

from hand_docs import read_triples


def _tour(among_head: int) -> list[tuple[str, str, str]]:
    return read_triples(f"""
    Senator    Senator    PROPN NNP  3  compound -
    Jan        Jan        PROPN NNP  3  compound PERSON
    Lind       Lind       PROPN NNP  4  nsubj    I-PERSON
    toured     tour       VERB  VBD  0  ROOT     -
    the        the        DET   DT   6  det      -
    towns      town       NOUN  NNS  4  dobj     -
    ,          ,          PUNCT ,    4  punct    -
    with       with       ADP   IN   4  prep     -
    Anna       Anna       PROPN NNP  10 compound PERSON
    Berg       Berg       PROPN NNP  8  pobj     I-PERSON
    and        and        CCONJ CC   10 cc       -
    Tom        Tom        PROPN NNP  13 compound PERSON
    Hale       Hale       PROPN NNP  10 conj     I-PERSON
    among      among      ADP   IN   {among_head}  prep     -
    his        his        PRON  PRP$ 16 poss     -
    supporters supporter  NOUN  NNS  14 pobj     -
    .          .          PUNCT .    4  punct    -
    """)


def test_names_among_supporters_hung_on_the_verb_are_no_companions() -> None:
    triples = _tour(4)
    assert not [t for t in triples if t[2] in ("Anna Berg", "Tom Hale")], triples


def test_names_among_supporters_hung_on_a_name_are_no_companions() -> None:
    triples = _tour(10)
    assert not [t for t in triples if t[2] in ("Anna Berg", "Tom Hale")], triples


def test_met_with_a_name_among_others_is_still_a_meeting() -> None:
    triples = read_triples("""
    Mayor      Mayor      PROPN NNP  3  compound -
    Ken        Ken        PROPN NNP  3  compound PERSON
    Lowe       Lowe       PROPN NNP  4  nsubj    I-PERSON
    met        meet       VERB  VBD  0  ROOT     -
    with       with       ADP   IN   4  prep     -
    Anna       Anna       PROPN NNP  7  compound PERSON
    Berg       Berg       PROPN NNP  5  pobj     I-PERSON
    among      among      ADP   IN   4  prep     -
    others     other      NOUN  NNS  8  pobj     -
    .          .          PUNCT .    4  punct    -
    """)
    assert ("Ken Lowe", "meet with", "Anna Berg") in triples, triples
