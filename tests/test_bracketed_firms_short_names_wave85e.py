"""Wire copy names a firm in full once, in angle brackets after its description ("U.S. firm <Peter Halvorsen
Mfg Co Inc>"; io/wrapping.py takes the brackets off), and by a short form after. A firm named for a person is
called by that person's surname ("Halvorsen will sell ..."): the same node, of the state its description
gives. A name the tagger runs on into the lower-case words after it ("[Halvorsen third] quarter sales") ends
at its last capitalised word (wave 85 E). Each test states its parse by hand (tests/hand_docs.py); the
sentences are ours."""

from __future__ import annotations

from hand_docs import read

# "Ruritel said it would pool marketing with U.S. firm Peter Halvorsen Mfg Co Inc. Halvorsen will sell
# Ruritel products in Canada. Halvorsen third quarter sales rose."
FOUNDERS_FIRM = """
Ruritel    Ruritel    PROPN NNP  2 nsubj    ORG
said       say        VERB  VBD  0 ROOT     -
it         it         PRON  PRP  5 nsubj    -
would      would      AUX   MD   5 aux      -
pool       pool       VERB  VB   2 ccomp    -
marketing  marketing  NOUN  NN   5 dobj     -
with       with       ADP   IN   5 prep     -
U.S.       U.S.       PROPN NNP  9 compound GPE
firm       firm       NOUN  NN   7 pobj     -
Peter      Peter      PROPN NNP  14 compound PERSON
Halvorsen  Halvorsen  PROPN NNP  14 compound I-PERSON
Mfg        Mfg        PROPN NNP  14 compound I-PERSON
Co         Co         PROPN NNP  14 compound I-PERSON
Inc        Inc        PROPN NNP  9 appos    I-PERSON
.          .          PUNCT .    2 punct    -
Halvorsen  Halvorsen  PROPN NNP  18 nsubj   ORG
will       will       AUX   MD   18 aux     -
sell       sell       VERB  VB   0 ROOT     -
Ruritel    Ruritel    PROPN NNP  20 compound ORG
products   product    NOUN  NNS  18 dobj    -
in         in         ADP   IN   18 prep    -
Canada     Canada     PROPN NNP  21 pobj    GPE
.          .          PUNCT .    18 punct   -
Halvorsen  Halvorsen  PROPN NNP  28 nsubj   PERSON
third      third      ADJ   JJ   26 amod    I-PERSON
quarter    quarter    NOUN  NN   27 compound -
sales      sale       NOUN  NNS  28 nsubj   -
rose       rise       VERB  VBD  0 ROOT     -
.          .          PUNCT .    28 punct   -
"""


def test_a_firm_named_for_a_person_is_called_by_the_surname() -> None:
    entities = {e.label: e for e in read(FOUNDERS_FIRM).entities.entities()}
    firm = entities["Peter Halvorsen Mfg Co Inc"]
    assert (firm.type, firm.country) == ("ORG", "USA")
    assert "Halvorsen" in firm.aliases
    assert "Halvorsen" not in entities


def test_a_name_ends_before_the_lower_case_words_the_tagger_ran_on_into() -> None:
    labels = {e.label for e in read(FOUNDERS_FIRM).entities.entities()}
    assert "Halvorsen third" not in labels
