"""A concession put before a reported clause is part of what the source says (wave 110 H5): in "Although
Zenith will not oppose a grain sale to Peru, there remain obstacles to a deal, Tom Diaz said" the parser hangs
the "although" clause on the reported "remain", and the not-opposing is Diaz's word (an unnamed official's
word alike), never the writer's own fact. A concession after the clause it contrasts with ("Diaz said ...,
although Zenith opposed ...") stays the writer's. The parse is built by hand as the parser gives it
(tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from hand_docs import read, read_attributed

FRONTED = """
Although   although   SCONJ IN  5  mark     -
Zenith     Zenith     PROPN NNP 5  nsubj    ORG
will       will       AUX   MD  5  aux      -
not        not        PART  RB  5  neg      -
oppose     oppose     VERB  VB  13 advcl    -
a          a          DET   DT  8  det      -
grain      grain      NOUN  NN  8  compound -
sale       sale       NOUN  NN  5  dobj     -
to         to         ADP   IN  8  prep     -
Peru       Peru       PROPN NNP 9  pobj     GPE
,          ,          PUNCT ,   13 punct    -
there      there      PRON  EX  13 expl     -
remain     remain     VERB  VBP 21 ccomp    -
obstacles  obstacle   NOUN  NNS 13 attr     -
to         to         ADP   IN  14 prep     -
a          a          DET   DT  17 det      -
deal       deal       NOUN  NN  15 pobj     -
,          ,          PUNCT ,   21 punct    -
Tom        Tom        PROPN NNP 20 compound PERSON
Diaz       Diaz       PROPN NNP 21 nsubj    I-PERSON
said       say        VERB  VBD 0  ROOT     -
.          .          PUNCT .   21 punct    -
"""

UNNAMED = FRONTED.replace(
    "Tom        Tom        PROPN NNP 20 compound PERSON", "the        the        DET   DT  20 det      -"
).replace(
    "Diaz       Diaz       PROPN NNP 21 nsubj    I-PERSON", "official   official   NOUN  NN  21 nsubj    -"
)


def _opposing(rows: str) -> set[tuple[str, str, str, str | None]]:
    return {fact for fact in read_attributed(rows) if fact[1].startswith("oppose")}


def test_a_fronted_concession_in_a_reported_clause_is_the_sources_word() -> None:
    assert _opposing(FRONTED) == {("Zenith", "oppose grain sale to", "Peru", "Tom Diaz")}
    # the unnamed official is no entity: his word is kept as the attribution itself
    assert {r.attributed_to for r in read(UNNAMED).relations if r.predicate.startswith("oppose")} == {
        "source:official"
    }
