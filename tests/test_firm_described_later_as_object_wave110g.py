"""Wave 110 G4: a firm described later by its state's word where the description is an object.

"Kestrel Securities will sell a stake to Zenith Life. Regulators praised the U.S. firm.": wire style names
the firm, then describes it; as with a subject ("The U.S. firm said ..."), "the U.S. firm" as an object goes
on with the firm the sentence before had as its subject (coref.py `_company_going_on`), which is of that
state (affiliations/described.py `firms_described_after`). Where the sentence before also names, outside
its subject, a firm whose name ends in the noun's own word ("... to Ostara Bank. ... the British bank"),
the noun may be that firm, and neither takes the state. Parses are built by hand (tests/hand_docs.py);
the sentences are ours."""

from __future__ import annotations

from hand_docs import country_of, read, read_triples


def _sale(buyer: tuple[str, str], state: tuple[str, str, str], noun: str) -> str:
    # "Kestrel Securities will sell a stake to <buyer>. Brandvik Partners hired the <state> <noun>."
    first, second = buyer
    word, tag, label = state
    return f"""
Kestrel     Kestrel     PROPN NNP  2  compound ORG
Securities  Securities  PROPN NNPS 4  nsubj    I-ORG
will        will        AUX   MD   4  aux      -
sell        sell        VERB  VB   0  ROOT     -
a           a           DET   DT   6  det      -
stake       stake       NOUN  NN   4  dobj     -
to          to          ADP   IN   4  dative   -
{first}     {first}     PROPN NNP  9  compound ORG
{second}    {second}    PROPN NNP  7  pobj     I-ORG
.           .           PUNCT .    4  punct    -
Brandvik    Brandvik    PROPN NNP  12 compound ORG
Partners    Partners    PROPN NNPS 13 nsubj    I-ORG
hired       hire        VERB  VBD  0  ROOT     -
the         the         DET   DT   16 det      -
{word}      {word}      PROPN {tag} 16 compound {label}
{noun}      {noun}      NOUN  NN   13 dobj     -
.           .           PUNCT .    13 punct    -
"""


def test_a_firm_described_by_its_state_as_a_later_object_is_of_that_state() -> None:
    table = _sale(("Zenith", "Life"), ("U.S.", "NNP", "GPE"), "firm")
    assert country_of(read(table), "Kestrel Securities") == "USA"
    assert ("Brandvik Partners", "hire", "Kestrel Securities") in read_triples(table)
    # another firm of the noun's own kind named beside the subject: "the British bank" may be Ostara Bank
    table = _sale(("Ostara", "Bank"), ("British", "JJ", "NORP"), "bank")
    assert country_of(read(table), "Kestrel Securities") is None
    assert country_of(read(table), "Ostara Bank") is None
