"""International bodies written as words and called by their kind (lead, stop 54): house styles write a
spoken acronym as a word ("Opec", "Asean"), which is the body of the table; and once named, "the cartel",
"the bloc" or "the alliance" goes on with it (entity_words.tsv igo_kind_nouns), so "Iran urged the cartel to
cut output" is an appeal to Opec. Parsed by hand (tests/hand_docs.py); the sentences are ours."""

from __future__ import annotations

from geokg.extract.entities.igos import lookup_igo
from hand_docs import read_triples


def test_a_spoken_acronym_written_as_a_word_is_the_body() -> None:
    assert lookup_igo("Opec") is not None and lookup_igo("Opec").key == "OPEC"
    assert lookup_igo("Asean") is not None and lookup_igo("Asean").key == "ASEAN"
    assert lookup_igo("Who") is None  # too short to be read as an acronym


def test_the_cartel_goes_on_with_the_body_named_before() -> None:
    triples = read_triples("""
    Opec           Opec           PROPN NNP  2  compound ORG
    ministers      minister       NOUN  NNS  3  nsubj    -
    met            meet           VERB  VBD  0  ROOT     -
    on             on             ADP   IN   3  prep     -
    Monday         Monday         PROPN NNP  4  pobj     DATE
    .              .              PUNCT .    3  punct    -
    Iran           Iran           PROPN NNP  8  nsubj    GPE
    urged          urge           VERB  VBD  0  ROOT     -
    the            the            DET   DT   10 det      -
    cartel         cartel         NOUN  NN   8  dobj     -
    to             to             PART  TO   12 aux      -
    cut            cut            VERB  VB   8  xcomp    -
    output         output         NOUN  NN   12 dobj     -
    .              .              PUNCT .    8  punct    -
    """)
    assert ("Iran", "urge", "Opec") in triples, triples
