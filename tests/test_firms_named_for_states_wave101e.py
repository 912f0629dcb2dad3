"""Wave 101 E, item 1: a firm whose name ends in a state's name, in the state's own language or in English
("Kestrelbank Nederland", "Orvan Deutschland"). The tagger reads such a name as the state alone, or tags only
its last word: a capitalised proper noun compounded to the state's name is the firm's first word, and the
whole is one firm of that state, not the state acting. Sentences ours, parses built by hand."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples

# "Kestrelbank Nederland said that Vorta Oil should sell its stake in Orvan Mining." (nothing tagged there)
_UNTAGGED = """
Kestrelbank Kestrelbank PROPN NNP 2  compound -
Nederland   Nederland   PROPN NNP 3  nsubj    -
said        say         VERB  VBD 0  ROOT     -
that        that        SCONJ IN  8  mark     -
Vorta       Vorta       PROPN NNP 6  compound ORG
Oil         Oil         PROPN NNP 8  nsubj    I-ORG
should      should      AUX   MD  8  aux      -
sell        sell        VERB  VB  3  ccomp    -
its         its         PRON  PRP$ 10 poss    -
stake       stake       NOUN  NN  8  dobj     -
in          in          ADP   IN  10 prep     -
Orvan       Orvan       PROPN NNP 13 compound ORG
Mining      Mining      PROPN NNP 11 pobj     I-ORG
.           .           PUNCT .   3  punct    -
"""

# "Kestrelbank Nederland raised its stake in Orvan Mining." (only the state's name tagged, as a body)
_LAST_WORD_TAGGED = """
Kestrelbank Kestrelbank PROPN NNP 2  compound -
Nederland   Nederland   PROPN NNP 3  nsubj    ORG
raised      raise       VERB  VBD 0  ROOT     -
its         its         PRON  PRP$ 5  poss    -
stake       stake       NOUN  NN  3  dobj     -
in          in          ADP   IN  5  prep     -
Orvan       Orvan       PROPN NNP 8  compound ORG
Mining      Mining      PROPN NNP 6  pobj     I-ORG
.           .           PUNCT .   3  punct    -
"""

# "Orvan Deutschland raised its stake in Vorta Oil." (tagged whole, as a person)
_GERMAN_NAME = """
Orvan       Orvan       PROPN NNP 2  compound PERSON
Deutschland Deutschland PROPN NNP 3  nsubj    I-PERSON
raised      raise       VERB  VBD 0  ROOT     -
its         its         PRON  PRP$ 5  poss    -
stake       stake       NOUN  NN  3  dobj     -
in          in          ADP   IN  5  prep     -
Vorta       Vorta       PROPN NNP 8  compound ORG
Oil         Oil         PROPN NNP 6  pobj     I-ORG
.           .           PUNCT .   3  punct    -
"""


def test_an_untagged_firm_named_for_its_state_is_the_speaker_not_the_state() -> None:
    reading = read(_UNTAGGED)
    assert country_of(reading, "Kestrelbank Nederland") == "NLD"
    assert "Netherlands" not in {e.label for e in reading.entities.entities()}
    assert any(s == "Kestrelbank Nederland" for s, _, _ in read_triples(_UNTAGGED))


def test_a_firm_whose_state_name_alone_was_tagged_is_one_firm() -> None:
    assert ("Kestrelbank Nederland", "raise stake in", "Orvan Mining") in read_triples(_LAST_WORD_TAGGED)
    assert country_of(read(_LAST_WORD_TAGGED), "Kestrelbank Nederland") == "NLD"


def test_a_firm_named_with_a_states_own_name_is_of_that_state() -> None:
    assert country_of(read(_GERMAN_NAME), "Orvan Deutschland") == "DEU"
