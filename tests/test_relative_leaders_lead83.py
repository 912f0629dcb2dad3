"""'X, who heads the IMF's legal department': a relative clause of leading a named body, or a unit a named
body owns, states the title there, as the apposition 'X, head of the IMF's legal department' does; leading
an event ('who led the protest') states none. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import read_triples

HEADS = """
    Jim        Jim        PROPN NNP 2  compound PERSON
    Roe        Roe        PROPN NNP 12 nsubj    I-PERSON
    ,          ,          PUNCT ,   2  punct    -
    who        who        PRON  WP  5  nsubj    -
    heads      head       VERB  VBZ 2  relcl    -
    the        the        DET   DT  7  det      -
    IMF        IMF        PROPN NNP 10 poss     ORG
    's         's         PART  POS 7  case     -
    legal      legal      ADJ   JJ  10 amod     -
    department department NOUN  NN  5  dobj     -
    ,          ,          PUNCT ,   2  punct    -
    resigned   resign     VERB  VBD 0  ROOT     -
    .          .          PUNCT .   12 punct    -
    """


def test_who_heads_a_bodys_unit_is_its_head_there() -> None:
    assert ("Jim Roe", "head of legal department at", "IMF") in read_triples(HEADS)


CHAIRS = """
    Jim        Jim        PROPN NNP 2  compound PERSON
    Roe        Roe        PROPN NNP 10 nsubj    I-PERSON
    ,          ,          PUNCT ,   2  punct    -
    who        who        PRON  WP  5  nsubj    -
    chairs     chair      VERB  VBZ 2  relcl    -
    the        the        DET   DT  8  det      -
    Acme       Acme       PROPN NNP 8  compound ORG
    Bank       Bank       PROPN NNP 5  dobj     I-ORG
    ,          ,          PUNCT ,   2  punct    -
    resigned   resign     VERB  VBD 0  ROOT     -
    .          .          PUNCT .   10 punct    -
    """


def test_who_chairs_a_named_body_is_its_chairman() -> None:
    assert ("Jim Roe", "chairman of", "Acme Bank") in read_triples(CHAIRS)


def test_who_led_an_event_holds_no_title() -> None:
    table = HEADS.replace("heads      head ", "led        lead ").replace(
        "department department NOUN  NN  5  dobj     -", "protest    protest    NOUN  NN  5  dobj     -"
    )
    assert not any(p.startswith("head") for _, p, _ in read_triples(table))
