"""Hand-built parses: the word a letter carries is spoken to whom the letter goes. "Chile sent Peru a letter
warning that …", "Chile sent a letter to Peru warning that …" and "Chile wrote to Peru, warning that …"
warn Peru, as "Chile warned Peru that …" does; a word said while sending troops is spoken to nobody."""

from __future__ import annotations

from hand_docs import facts, read

CONTENT = """
    that     that     SCONJ IN  {v} mark  -
    Norway   Norway   PROPN NNP {v} nsubj GPE
    faced    face     VERB  VBD {w} ccomp -
    sanctions sanction NOUN NNS {v} dobj  -
    .        .        PUNCT .   2 punct -
"""


def _content(first: int, warning: int) -> str:
    return CONTENT.format(v=first + 3, w=warning)


def test_a_letter_sent_to_a_state_warns_that_state() -> None:
    # "Chile sent Peru a letter warning that Norway faced sanctions."
    reading = read(
        """
    Chile    Chile    PROPN NNP 2 nsubj  GPE
    sent     send     VERB  VBD 0 ROOT   -
    Peru     Peru     PROPN NNP 2 dative GPE
    a        a        DET   DT  5 det    -
    letter   letter   NOUN  NN  2 dobj   -
    warning  warn     VERB  VBG 5 acl    -
    """
        + _content(6, 6)
    )
    assert ("Chile", "warn", "Peru") in facts(reading, "svo")


def test_a_letter_to_a_state_warns_that_state() -> None:
    # "Chile sent a letter to Peru warning that Norway faced sanctions."
    reading = read(
        """
    Chile    Chile    PROPN NNP 2 nsubj  GPE
    sent     send     VERB  VBD 0 ROOT   -
    a        a        DET   DT  4 det    -
    letter   letter   NOUN  NN  2 dobj   -
    to       to       ADP   IN  2 dative -
    Peru     Peru     PROPN NNP 5 pobj   GPE
    warning  warn     VERB  VBG 2 advcl  -
    """
        + _content(7, 7)
    )
    assert ("Chile", "warn", "Peru") in facts(reading, "svo")


def test_writing_to_a_state_warns_that_state() -> None:
    # "Chile wrote to Peru, warning that Norway faced sanctions."
    reading = read(
        """
    Chile    Chile    PROPN NNP 2 nsubj  GPE
    wrote    write    VERB  VBD 0 ROOT   -
    to       to       ADP   IN  2 prep   -
    Peru     Peru     PROPN NNP 3 pobj   GPE
    ,        ,        PUNCT ,   2 punct  -
    warning  warn     VERB  VBG 2 advcl  -
    """
        + _content(6, 6)
    )
    assert ("Chile", "warn", "Peru") in facts(reading, "svo")


def test_a_word_said_while_sending_troops_is_said_to_nobody() -> None:
    # "Chile sent troops to Peru, warning that Norway faced sanctions."
    reading = read(
        """
    Chile    Chile    PROPN NNP 2 nsubj  GPE
    sent     send     VERB  VBD 0 ROOT   -
    troops   troop    NOUN  NNS 2 dobj   -
    to       to       ADP   IN  2 prep   -
    Peru     Peru     PROPN NNP 4 pobj   GPE
    ,        ,        PUNCT ,   2 punct  -
    warning  warn     VERB  VBG 2 advcl  -
    """
        + _content(7, 7)
    )
    assert ("Chile", "warn", "Peru") not in facts(reading, "svo")


def test_the_letters_word_is_the_claim_the_edge_carries() -> None:
    # "Chile sent Peru a letter warning that Norway faced sanctions.": the warning's content is its claim
    reading = read(
        """
    Chile    Chile    PROPN NNP 2 nsubj  GPE
    sent     send     VERB  VBD 0 ROOT   -
    Peru     Peru     PROPN NNP 2 dative GPE
    a        a        DET   DT  5 det    -
    letter   letter   NOUN  NN  2 dobj   -
    warning  warn     VERB  VBG 5 acl    -
    """
        + _content(6, 6)
    )
    [warning] = [r for r in reading.relations if r.rule.name == "svo" and r.predicate == "warn"]
    assert warning.content == "Norway faced sanctions"


def test_a_letter_saying_the_addressee_must_act_demands_of_it() -> None:
    # "Chile sent Peru a letter saying that Peru must stop."
    reading = read("""
    Chile    Chile    PROPN NNP 2 nsubj  GPE
    sent     send     VERB  VBD 0 ROOT   -
    Peru     Peru     PROPN NNP 2 dative GPE
    a        a        DET   DT  5 det    -
    letter   letter   NOUN  NN  2 dobj   -
    saying   say      VERB  VBG 5 acl    -
    that     that     SCONJ IN  10 mark  -
    Peru     Peru     PROPN NNP 10 nsubj GPE
    must     must     AUX   MD  10 aux   -
    stop     stop     VERB  VB  6 ccomp  -
    .        .        PUNCT .   2 punct  -
    """)
    said = [r for r in reading.relations if r.rule.name == "svo" and r.predicate == "say"]
    assert [r.event_root for r in said] == ["10"]
