"""An investigation of a deed investigates the deed and its doer, never whom the deed reached (wave 71 F):
"his investigation of the sale of arms to Libya" is no act on Libya; "an investigation into payments by Acme
Corp to Libya" still looks into Acme Corp. Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import facts, read


def test_an_investigation_of_a_sale_does_not_reach_its_buyer() -> None:
    reading = read("""
    Marsh         Marsh         PROPN NNP  15 nsubj  PERSON
    ,             ,             PUNCT ,    15 punct  -
    in            in            ADP   IN   15 prep   -
    his           his           PRON  PRP$ 5  poss   -
    investigation investigation NOUN  NN   3  pobj   -
    of            of            ADP   IN   5  prep   -
    the           the           DET   DT   8  det    -
    sale          sale          NOUN  NN   6  pobj   -
    of            of            ADP   IN   8  prep   -
    arms          arm           NOUN  NNS  9  pobj   -
    to            to            ADP   IN   8  prep   -
    Libya         Libya         PROPN NNP  11 pobj   GPE
    ,             ,             PUNCT ,    15 punct  -
    was           be            AUX   VBD  15 aux    -
    running       run           VERB  VBG  0  ROOT   -
    short         short         ADV   RB   15 advmod -
    of            of            ADP   IN   16 prep   -
    time          time          NOUN  NN   17 pobj   -
    .             .             PUNCT .    15 punct  -
    """)
    assert not any(f[2] == "Libya" for f in facts(reading, "event_noun"))


def test_an_investigation_of_payments_reaches_the_payer_not_the_payee() -> None:
    reading = read("""
    Congress      Congress      PROPN NNP 2  nsubj    ORG
    began         begin         VERB  VBD 0  ROOT     -
    an            an            DET   DT  4  det      -
    investigation investigation NOUN  NN  2  dobj     -
    into          into          ADP   IN  4  prep     -
    payments      payment       NOUN  NNS 5  pobj     -
    by            by            ADP   IN  6  prep     -
    Acme          Acme          PROPN NNP 9  compound ORG
    Corp          Corp          PROPN NNP 7  pobj     I-ORG
    to            to            ADP   IN  6  prep     -
    Libya         Libya         PROPN NNP 10 pobj     GPE
    .             .             PUNCT .   2  punct    -
    """)
    objects = {f[2] for f in facts(reading, "noun_prep")}
    assert "Acme Corp" in objects
    assert "Libya" not in objects
