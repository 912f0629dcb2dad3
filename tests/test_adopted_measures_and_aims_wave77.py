"""Measures adopted and aims judged (wave 77 G): a verb of adopting or enacting with a measure of reducing
relations as its object ("approved an arms embargo against X", "endorsed a trade boycott of Y") enacts
the measure (16), not an endorsement (05); a loan or an agreement approved keeps its own code. The
words of blame in what a "to" infinitive of purpose acts on ("a deal was struck by X to end the unfair
dumping of steel") judge the thing ended, not the one who agreed to end it. Each test states its parse by
hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import facts_with_roots, read_triples, roots_between

EMBARGO = """
Chile    Chile    PROPN NNP 3 poss     GPE
's       's       PART  POS 1 case     -
senate   senate   NOUN  NN  4 nsubj    -
approved approve  VERB  VBD 0 ROOT     -
an       an       DET   DT  7 det      -
arms     arm      NOUN  NNS 7 compound -
{noun}   {lemma}  NOUN  NN  4 dobj     -
{prep}   {prep}   ADP   IN  7 prep     -
Peru     Peru     PROPN NNP 8 pobj     GPE
.        .        PUNCT .   4 punct    -
"""


def _approved(noun: str, prep: str) -> set[tuple[str, str, str, str | None]]:
    return facts_with_roots(EMBARGO.format(noun=noun, lemma=noun, prep=prep))


def test_an_approved_embargo_is_the_embargo() -> None:
    found = _approved("embargo", "against")
    acts = {f for f in found if f[2] == "Peru" and "embargo" in f[1]}
    assert acts and all(f[3] == "16" for f in acts)


BOYCOTT = """
The      the      DET   DT  3 det      -
Chilean  chilean  ADJ   JJ  3 amod     NORP
senate   senate   NOUN  NN  4 nsubj    ORG
endorsed endorse  VERB  VBD 0 ROOT     -
a        a        DET   DT  7 det      -
trade    trade    NOUN  NN  7 compound -
boycott  boycott  NOUN  NN  4 dobj     -
of       of       ADP   IN  7 prep     -
Peru     Peru     PROPN NNP 8 pobj     GPE
.        .        PUNCT .   4 punct    -
"""


def test_an_endorsed_boycott_is_the_boycott() -> None:
    assert roots_between(BOYCOTT, "senate", "Peru") == {"16"}


def test_an_approved_loan_and_agreement_keep_their_codes() -> None:
    loan = {f for f in _approved("loan", "to") if f[2] == "Peru" and "loan" in f[1]}
    assert loan and all(f[3] == "07" for f in loan)
    pact = {f for f in _approved("agreement", "with") if f[2] == "Peru" and "agreement" in f[1]}
    assert pact and all(f[3] == "05" for f in pact)


DEAL = """
Governor Governor PROPN NNP 3  compound -
Ana      Ana      PROPN NNP 3  compound PERSON
Ruiz     Ruiz     PROPN NNP 4  nsubj    I-PERSON
said     say      VERB  VBD 0  ROOT     -
a        a        DET   DT  6  det      -
deal     deal     NOUN  NN  8  nsubjpass -
was      be       AUX   VBD 8  auxpass  -
struck   strike   VERB  VBN 4  ccomp    -
by       by       ADP   IN  8  agent    -
leaders  leader   NOUN  NNS 9  pobj     -
of       of       ADP   IN  10 prep     -
the      the      DET   DT  14 det      ORG
Andean   Andean   PROPN NNP 14 compound I-ORG
Council  Council  PROPN NNP 11 pobj     I-ORG
to       to       PART  TO  16 aux      -
end      end      VERB  VB  8  advcl    -
the      the      DET   DT  19 det      -
unfair   unfair   ADJ   JJ  19 amod     -
dumping  dumping  NOUN  NN  16 dobj     -
of       of       ADP   IN  19 prep     -
steel    steel    NOUN  NN  20 pobj     -
.        .        PUNCT .   4  punct    -
"""


def test_blame_in_what_an_aim_ends_judges_nobody_who_agreed() -> None:
    triples = read_triples(DEAL)
    assert not {t for t in triples if t[0] == "Ana Ruiz" and t[1] == "criticise"}


def test_blame_of_the_doer_itself_still_criticises() -> None:
    triples = read_triples("""
    Ana      Ana      PROPN NNP 2 compound PERSON
    Ruiz     Ruiz     PROPN NNP 3 nsubj    I-PERSON
    said     say      VERB  VBD 0 ROOT     -
    the      the      DET   DT  6 det      ORG
    Andean   Andean   PROPN NNP 6 compound I-ORG
    Council  Council  PROPN NNP 7 nsubj    I-ORG
    was      be       AUX   VBD 3 ccomp    -
    unfair   unfair   ADJ   JJ  7 acomp    -
    to       to       ADP   IN  8 prep     -
    farmers  farmer   NOUN  NNS 9 pobj     -
    .        .        PUNCT .   3 punct    -
    """)
    assert ("Ana Ruiz", "criticise", "Andean Council") in triples


def test_blame_in_what_the_doer_aims_at_still_criticises() -> None:
    triples = read_triples("""
    Ana      Ana      PROPN NNP 2  compound PERSON
    Ruiz     Ruiz     PROPN NNP 3  nsubj    I-PERSON
    said     say      VERB  VBD 0  ROOT     -
    the      the      DET   DT  6  det      ORG
    Andean   Andean   PROPN NNP 6  compound I-ORG
    Council  Council  PROPN NNP 7  nsubj    I-ORG
    forged   forge    VERB  VBD 3  ccomp    -
    letters  letter   NOUN  NNS 7  dobj     -
    to       to       PART  TO  10 aux      -
    spread   spread   VERB  VB  7  advcl    -
    false    false    ADJ   JJ  12 amod     -
    rumours  rumour   NOUN  NNS 10 dobj     -
    .        .        PUNCT .   3  punct    -
    """)
    assert ("Ana Ruiz", "criticise", "Andean Council") in triples
