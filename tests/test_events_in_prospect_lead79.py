"""Events only weighed or risked (lead, stop 42): "It would not be sensible to provoke a dispute between Spain
and Chile" and "The move could spark a dispute between Spain and Chile" said a dispute between them was
there. An event noun that a "to"-infinitive completing "it is <judgement>" acts on, or that a verb of
causing brings only under a modal of possibility, is no event (clauses/nouns.py unrealised). Each test
states its parse by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.pipeline import read_doc
from hand_docs import parse

SENSIBLE = """
    It        it        PRON  PRP 4  nsubj    -
    would     would     AUX   MD  4  aux      -
    not       not       PART  RB  4  neg      -
    be        be        AUX   VB  0  ROOT     -
    sensible  sensible  ADJ   JJ  4  acomp    -
    to        to        PART  TO  7  aux      -
    provoke   provoke   VERB  VB  4  xcomp    -
    a         a         DET   DT  9  det      -
    dispute   dispute   NOUN  NN  7  dobj     -
    between   between   ADP   IN  9  prep     -
    Spain     Spain     PROPN NNP 10 pobj     GPE
    and       and       CCONJ CC  11 cc       -
    Chile     Chile     PROPN NNP 11 conj     GPE
    .         .         PUNCT .   4  punct    -
    """

SPARK = """
    The       the       DET   DT  2  det      -
    move      move      NOUN  NN  4  nsubj    -
    could     could     AUX   MD  4  aux      -
    spark     spark     VERB  VB  0  ROOT     -
    a         a         DET   DT  6  det      -
    dispute   dispute   NOUN  NN  4  dobj     -
    between   between   ADP   IN  6  prep     -
    Spain     Spain     PROPN NNP 7  pobj     GPE
    and       and       CCONJ CC  8  cc       -
    Chile     Chile     PROPN NNP 8  conj     GPE
    .         .         PUNCT .   4  punct    -
    """


def _disputes(table: str) -> list[str]:
    reading = read_doc(parse(table), scope="hand-built")
    return [r.predicate for r in reading.relations if r.predicate.startswith("dispute")]


def test_a_dispute_it_would_not_be_sensible_to_provoke_is_none() -> None:
    assert _disputes(SENSIBLE) == []


def test_a_dispute_a_move_could_spark_is_none() -> None:
    assert _disputes(SPARK) == []


def test_a_dispute_a_move_sparked_is_one() -> None:
    table = SPARK.replace("    could     could     AUX   MD  4  aux      -\n", "").replace(
        "spark     spark     VERB  VB  0", "sparked   spark     VERB  VBD 0"
    )
    rows = []
    for row in table.strip().splitlines():
        cols = row.split()
        head = int(cols[4])
        cols[4] = str(head - 1 if head > 3 else head)
        rows.append(" ".join(cols))
    assert _disputes("\n".join(rows))
