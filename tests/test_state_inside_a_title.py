"""A title the tagger took for a body, with a state's word inside it: "the [Deputy U.S. Trade]
Representative, Michael Smith" is a deputy trade representative of the United States, not a body called
"Deputy U.S. Trade". Parse by hand as the tagger gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read

# "Kuroda met the Deputy U.S. Trade Representative, Michael Smith."
DEPUTY_TRADE_REPRESENTATIVE = """
    Kuroda         Kuroda         PROPN NNP 2 nsubj    PERSON
    met            meet           VERB  VBD 0 ROOT     -
    the            the            DET   DT  7 det      ORG
    Deputy         Deputy         PROPN NNP 7 compound I-ORG
    U.S.           U.S.           PROPN NNP 7 compound I-ORG
    Trade          Trade          PROPN NNP 7 compound I-ORG
    Representative Representative PROPN NNP 2 dobj     -
    ,              ,              PUNCT ,   7 punct    -
    Michael        Michael        PROPN NNP 10 compound PERSON
    Smith          Smith          PROPN NNP 7 appos    I-PERSON
    .              .              PUNCT .   2 punct    -
"""


def test_a_title_with_a_states_word_inside_is_no_body() -> None:
    reading = read(DEPUTY_TRADE_REPRESENTATIVE)
    labels = {e.label for e in reading.entities.entities()}
    assert "Deputy U.S. Trade" not in labels
    [smith] = [e for e in reading.entities.entities() if e.label == "Michael Smith"]
    assert smith.country == "USA"
