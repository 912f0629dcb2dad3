"""One node per thing (wave 84 E): an acronym of a foreign name skips its particles, "and"s and articles
("Banque de l'Union Mediterraneenne" is BUM), and a particle-led run of a person's inner names ("de Castro"
of "Paulo de Castro Meireles") is that person. Each test states its parse by hand (tests/hand_docs.py);
the sentences and names are ours."""

from __future__ import annotations

from hand_docs import read, read_triples


def _labels(table: str) -> set[str]:
    return {e.label for e in read(table).entities.entities()}


# "Banque de l'Union Mediterraneenne signed a loan with Ruritania. BUM's director visited Zenda."
BANK_AND_ACRONYM = """
Banque           Banque           PROPN NNP 4  compound ORG
de               de               X     FW  4  nmod     I-ORG
l'Union          l'Union          PROPN NNP 4  compound I-ORG
Mediterraneenne  Mediterraneenne  PROPN NNP 5  nsubj    I-ORG
signed           sign             VERB  VBD 0  ROOT     -
a                a                DET   DT  7  det      -
loan             loan             NOUN  NN  5  dobj     -
with             with             ADP   IN  5  prep     -
Ruritania        Ruritania        PROPN NNP 8  pobj     GPE
.                .                PUNCT .   5  punct    -
BUM              BUM              PROPN NNP 13 poss     ORG
's               's               PART  POS 11 case     -
director         director         NOUN  NN  14 nsubj    -
visited          visit            VERB  VBD 0  ROOT     -
Zenda            Zenda            PROPN NNP 14 dobj     GPE
.                .                PUNCT .   14 punct    -
"""

# "Banco de la Provincia y Hacienda SA raised its rates. BPH's chairman visited Zenda."
BANK_WITH_Y_AND_LEGAL_FORM = """
Banco       Banco       PROPN NNP  7  compound ORG
de          de          X     FW   1  prep     I-ORG
la          la          X     FW   4  det      I-ORG
Provincia   Provincia   PROPN NNP  2  pobj     I-ORG
y           y           CCONJ CC   4  cc       I-ORG
Hacienda    Hacienda    PROPN NNP  4  conj     I-ORG
SA          SA          PROPN NNP  8  nsubj    I-ORG
raised      raise       VERB  VBD  0  ROOT     -
its         its         PRON  PRP$ 10 poss     -
rates       rate        NOUN  NNS  8  dobj     -
.           .           PUNCT .    8  punct    -
BPH         BPH         PROPN NNP  14 poss     ORG
's          's          PART  POS  12 case     -
chairman    chairman    NOUN  NN   15 nsubj    -
visited     visit       VERB  VBD  0  ROOT     -
Zenda       Zenda       PROPN NNP  15 dobj     GPE
.           .           PUNCT .    15 punct    -
"""


def test_an_acronym_skips_a_foreign_names_particle_and_elided_article() -> None:
    labels = _labels(BANK_AND_ACRONYM)
    assert "Banque de l'Union Mediterraneenne" in labels
    assert "BUM" not in labels


def test_an_acronym_skips_a_foreign_and_and_the_legal_form() -> None:
    labels = _labels(BANK_WITH_Y_AND_LEGAL_FORM)
    assert "Banco de la Provincia y Hacienda SA" in labels
    assert "BPH" not in labels


# "Foreign Minister Paulo de Castro Meireles signed a pact with Peru. De Castro praised Chile."
MINISTER_AND_FIRST_SURNAME = """
Foreign   Foreign   PROPN NNP 2  compound -
Minister  Minister  PROPN NNP 6  compound -
Paulo     Paulo     PROPN NNP 5  compound PERSON
de        de        ADP   IN  5  nmod     I-PERSON
Castro    Castro    PROPN NNP 6  compound I-PERSON
Meireles  Meireles  PROPN NNP 7  nsubj    I-PERSON
signed    sign      VERB  VBD 0  ROOT     -
a         a         DET   DT  9  det      -
pact      pact      NOUN  NN  7  dobj     -
with      with      ADP   IN  9  prep     -
Peru      Peru      PROPN NNP 10 pobj     GPE
.         .         PUNCT .   7  punct    -
De        De        PROPN NNP 14 compound PERSON
Castro    Castro    PROPN NNP 15 nsubj    I-PERSON
praised   praise    VERB  VBD 0  ROOT     -
Chile     Chile     PROPN NNP 15 dobj     GPE
.         .         PUNCT .   15 punct    -
"""


def test_a_particle_led_first_surname_is_the_person_named_in_full() -> None:
    triples = read_triples(MINISTER_AND_FIRST_SURNAME)
    assert ("Paulo de Castro Meireles", "praise", "Chile") in triples
    assert "De Castro" not in _labels(MINISTER_AND_FIRST_SURNAME)
