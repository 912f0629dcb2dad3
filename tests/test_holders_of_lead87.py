"""A verb's "of" right after the person it acts on ("Ann Roe met King Tor of Norway") is the person's, naming
his state, wherever the parser hangs it: no "meet of" edge to the state (objects._holders_of). The parse is
built by hand as the parser gave it (tests/hand_docs.py); the sentence is ours."""

from __future__ import annotations

from hand_docs import read_triples

MET = """
Ann      Ann      PROPN NNP 2  compound PERSON
Roe      Roe      PROPN NNP 3  nsubj    I-PERSON
met      meet     VERB  VBD 0  ROOT     -
King     King     PROPN NNP 5  compound PERSON
Tor      Tor      PROPN NNP 3  dobj     I-PERSON
of       of       ADP   IN  3  prep     -
Norway   Norway   PROPN NNP 6  pobj     GPE
.        .        PUNCT .   3  punct    -
"""


def test_the_state_of_the_person_met_is_no_party_to_the_meeting() -> None:
    triples = read_triples(MET)
    assert ("Ann Roe", "meet with", "Tor") in triples
    assert not {t for t in triples if t[0] == "Ann Roe" and t[2] == "Norway"}, triples
