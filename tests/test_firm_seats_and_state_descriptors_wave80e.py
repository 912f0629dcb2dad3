"""Wave 80 E: a firm's home written after its legal form and "of" ("Kestrel Mining Inc of Winnipeg"), which
the tagger took into the firm's name, is a place of its own that gives the firm its state; a firm's noun wire
copy capitalises between a state's word and the firm's name ("U.S. Conglomerate Kestrel", "U.S. Firm
Kestrel", "Chinese Giant Kestrel") is no part of the name, and the state is the firm's."""

from __future__ import annotations

from hand_docs import country_of, read

# "Kestrel Mining Inc of Winnipeg sued Orvan Ltd."
_SEAT = """
Kestrel   Kestrel   PROPN NNP 3 compound ORG
Mining    Mining    PROPN NNP 3 compound I-ORG
Inc       Inc       PROPN NNP 6 nsubj    I-ORG
of        of        ADP   IN  3 prep     I-ORG
Winnipeg  Winnipeg  PROPN NNP 4 pobj     I-ORG
sued      sue       VERB  VBD 0 ROOT     -
Orvan     Orvan     PROPN NNP 8 compound ORG
Ltd.      Ltd.      PROPN NNP 6 dobj     I-ORG
"""


def test_a_town_after_a_firms_legal_form_and_of_is_its_seat() -> None:
    reading = read(_SEAT)
    labels = {e.label for e in reading.entities.entities()}
    assert "Kestrel Mining Inc" in labels
    assert "Kestrel Mining Inc of Winnipeg" not in labels
    assert country_of(reading, "Kestrel Mining Inc") == "CAN"


# "Orvan, owned by U.S. Conglomerate Kestrel, said it would expand. Kestrel said it would invest."
_OWNED = """
Orvan        Orvan        PROPN NNP 9  nsubj    ORG
,            ,            PUNCT ,   1  punct    -
owned        own          VERB  VBN 1  acl      -
by           by           ADP   IN  3  agent    -
U.S.         U.S.         PROPN NNP 7  compound ORG
Conglomerate Conglomerate PROPN NNP 7  compound I-ORG
Kestrel      Kestrel      PROPN NNP 4  pobj     I-ORG
,            ,            PUNCT ,   1  punct    -
said         say          VERB  VBD 0  ROOT     -
it           it           PRON  PRP 12 nsubj    -
would        would        AUX   MD  12 aux      -
expand       expand       VERB  VB  9  ccomp    -
.            .            PUNCT .   9  punct    -
Kestrel      Kestrel      PROPN NNP 15 nsubj    ORG
said         say          VERB  VBD 0  ROOT     -
it           it           PRON  PRP 18 nsubj    -
would        would        AUX   MD  18 aux      -
invest       invest       VERB  VB  15 ccomp    -
.            .            PUNCT .   15 punct    -
"""


def test_a_capitalised_firm_noun_after_a_state_is_no_part_of_the_name() -> None:
    reading = read(_OWNED)
    labels = {e.label for e in reading.entities.entities()}
    assert "U.S. Conglomerate Kestrel" not in labels
    assert country_of(reading, "Kestrel") == "USA"


# "U.S. Firm Kestrel bought the mine."
_FIRM = """
U.S.     U.S.     PROPN NNP 2 compound GPE
Firm     Firm     PROPN NNP 3 compound -
Kestrel  Kestrel  PROPN NNP 4 nsubj    ORG
bought   buy      VERB  VBD 0 ROOT     -
the      the      DET   DT  6 det      -
mine     mine     NOUN  NN  4 dobj     -
.        .        PUNCT .   4 punct    -
"""


def test_a_capitalised_firm_noun_between_a_state_and_a_firm_gives_its_state() -> None:
    assert country_of(read(_FIRM), "Kestrel") == "USA"


# "Chinese Giant Kestrel signed a deal with Orvan."
_GIANT = """
Chinese  Chinese  PROPN NNP 3 compound NORP
Giant    Giant    PROPN NNP 3 compound PERSON
Kestrel  Kestrel  PROPN NNP 4 nsubj    I-PERSON
signed   sign     VERB  VBD 0 ROOT     -
a        a        DET   DT  6 det      -
deal     deal     NOUN  NN  4 dobj     -
with     with     ADP   IN  4 prep     -
Orvan    Orvan    PROPN NNP 7 pobj     ORG
.        .        PUNCT .   4 punct    -
"""


def test_a_capitalised_firm_noun_tagged_with_the_name_is_cut_off() -> None:
    reading = read(_GIANT)
    kestrel = [e for e in reading.entities.entities() if e.label == "Kestrel"]
    assert kestrel and kestrel[0].type == "ORG" and kestrel[0].country == "CHN"
    assert "Giant Kestrel" not in {e.label for e in reading.entities.entities()}
