"""Wave 76 E (sentences of our own, parses written by hand). A name opening with a bank's word of another
language ("Bankhaus Kestrel", "Banque Paribas") is a bank, a business, never a person; a state's bank named so
("Banque de France") is no business. A state's abbreviation and the wire-capitalised PLURAL of a common noun
ending the clause ("had not ordered U.S. Gunships, he said") are the state and a common noun, no body; a name
the tables know ("U.S. Steel") stays."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Bankhaus Kestrel bought shares of Acme."
BANKHAUS = """
Bankhaus Bankhaus PROPN NNP 2 compound PERSON
Kestrel  Kestrel  PROPN NNP 3 nsubj    I-PERSON
bought   buy      VERB  VBD 0 ROOT     -
shares   share    NOUN  NNS 3 dobj     -
of       of       ADP   IN  4 prep     -
Acme     Acme     PROPN NNP 5 pobj     ORG
.        .        PUNCT .   3 punct    -
"""

# "Japan had not ordered U.S. Gunships, he said."
GUNSHIPS = """
Japan    Japan    PROPN NNP 4 nsubj    GPE
had      have     AUX   VBD 4 aux      -
not      not      PART  RB  4 neg      -
ordered  order    VERB  VBN 9 ccomp    -
U.S.     U.S.     PROPN NNP 6 compound ORG
Gunships Gunships PROPN NNP 4 dobj     I-ORG
,        ,        PUNCT ,   9 punct    -
he       he       PRON  PRP 9 nsubj    -
said     say      VERB  VBD 0 ROOT     -
.        .        PUNCT .   9 punct    -
"""

# "Japan had not sued U.S. Steel, he said."
STEEL = """
Japan Japan PROPN NNP 4 nsubj    GPE
had   have  AUX   VBD 4 aux      -
not   not   PART  RB  4 neg      -
sued  sue   VERB  VBN 9 ccomp    -
U.S.  U.S.  PROPN NNP 6 compound ORG
Steel Steel PROPN NNP 4 dobj     I-ORG
,     ,     PUNCT ,   9 punct    -
he    he    PRON  PRP 9 nsubj    -
said  say   VERB  VBD 0 ROOT     -
.     .     PUNCT .   9 punct    -
"""


def _entity(table: str, label: str):
    return next(e for e in read(table).entities.entities() if e.label == label)


def test_a_name_opening_with_a_foreign_bank_word_is_a_business_not_a_person() -> None:
    bank = _entity(BANKHAUS, "Bankhaus Kestrel")
    assert bank.type == "ORG"
    assert bank.sector == "BUS"


def test_a_state_bank_named_in_its_language_is_no_business() -> None:
    from geokg.extract.entities.organisations import foreign_commercial_bank

    assert foreign_commercial_bank("Banque Kestrel")
    assert not foreign_commercial_bank("Banque de France")
    assert not foreign_commercial_bank("Banco Central de Reserva")


def test_a_capitalised_plural_common_noun_after_a_state_abbreviation_is_no_body() -> None:
    labels = {e.label for e in read(GUNSHIPS).entities.entities()}
    assert "U.S. Gunships" not in labels
    assert not any("Gunships" in s + o for s, _, o in read_triples(GUNSHIPS))


def test_a_firm_the_tables_know_stays_a_name() -> None:
    labels = {e.label for e in read(STEEL).entities.entities()}
    assert "U.S. Steel" in labels
