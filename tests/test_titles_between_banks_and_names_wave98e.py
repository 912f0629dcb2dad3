"""Wave 98 E: a title of two words between a bank and a name. Wire copy capitalises a title before a name
("Peru's central bank Vice Governor Ana Ruiz said"): the title is no part of the name, and a name the
tagger left untagged after it, in either case, is a person's, not a firm's in apposition to the bank. A rank
kept with its title ("vice", which is no role word by itself) opens a title after an institution every
state has as a role word does: "central bank vice governor X" is vice governor of that state's central
bank, as "central bank deputy governor X" already was."""

from __future__ import annotations

from hand_docs import read, read_triples

# "Peru's central bank Vice Governor Ana Ruiz said Peru needed help." (the name untagged, in apposition)
_CAPITALISED_TITLE = """
Peru       Peru       PROPN NNP 4  poss     GPE
's         's         PART  POS 1  case     -
central    central    ADJ   JJ  4  amod     -
bank       bank       NOUN  NN  9  nsubj    -
Vice       Vice       PROPN NNP 6  compound -
Governor   Governor   PROPN NNP 8  compound -
Ana        Ana        PROPN NNP 8  compound -
Ruiz       Ruiz       PROPN NNP 4  appos    -
said       say        VERB  VBD 0  ROOT     -
Peru       Peru       PROPN NNP 11 nsubj    GPE
needed     need       VERB  VBD 9  ccomp    -
help       help       NOUN  NN  11 dobj     -
.          .          PUNCT .   9  punct    -
"""

# "Peruvian central bank vice governor Ana Ruiz met Chilean officials."
_LOWER_CASE_TITLE = """
Peruvian   peruvian   ADJ   JJ  3  amod     NORP
central    central    ADJ   JJ  3  amod     -
bank       bank       NOUN  NN  5  compound -
vice       vice       NOUN  NN  5  compound -
governor   governor   NOUN  NN  7  compound -
Ana        Ana        PROPN NNP 7  compound {name}
Ruiz       Ruiz       PROPN NNP 8  nsubj    {surname}
met        meet       VERB  VBD 0  ROOT     -
Chilean    chilean    ADJ   JJ  10 amod     NORP
officials  official   NOUN  NNS 8  dobj     -
.          .          PUNCT .   8  punct    -
"""

# "The Finance Ministry's Vice Minister Ana Ruiz said Peru needed help." (the name untagged)
_MINISTRY_TITLE = """
The        the        DET   DT  3  det      ORG
Finance    Finance    PROPN NNP 3  compound I-ORG
Ministry   Ministry   PROPN NNP 6  poss     I-ORG
's         's         PART  POS 3  case     I-ORG
Vice       Vice       PROPN NNP 6  compound -
Minister   Minister   PROPN NNP 8  compound -
Ana        Ana        PROPN NNP 8  compound -
Ruiz       Ruiz       PROPN NNP 9  nsubj    -
said       say        VERB  VBD 0  ROOT     -
Peru       Peru       PROPN NNP 11 nsubj    GPE
needed     need       VERB  VBD 9  ccomp    -
help       help       NOUN  NN  11 dobj     -
.          .          PUNCT .   9  punct    -
"""

# "Luis Arana, vice governor of the Peruvian central bank, met Chilean officials."
_APPOSED_TITLE = """
Luis       Luis       PROPN NNP 2  compound PERSON
Arana      Arana      PROPN NNP 12 nsubj    I-PERSON
,          ,          PUNCT ,   2  punct    -
vice       vice       NOUN  NN  5  compound -
governor   governor   NOUN  NN  2  appos    -
of         of         ADP   IN  5  prep     -
the        the        DET   DT  10 det      -
Peruvian   peruvian   ADJ   JJ  10 amod     NORP
central    central    ADJ   JJ  10 amod     -
bank       bank       NOUN  NN  6  pobj     -
,          ,          PUNCT ,   2  punct    -
met        meet       VERB  VBD 0  ROOT     -
Chilean    chilean    ADJ   JJ  14 amod     NORP
officials  official   NOUN  NNS 12 dobj     -
.          .          PUNCT .   12 punct    -
"""


def _types(table: str) -> dict[str, str]:
    return {e.label: e.type for e in read(table).entities.entities()}


def test_a_capitalised_title_after_a_bank_is_no_part_of_the_name() -> None:
    assert _types(_CAPITALISED_TITLE).get("Ana Ruiz") == "PERSON"
    assert "Vice Governor Ana Ruiz" not in _types(_CAPITALISED_TITLE)
    triples = read_triples(_CAPITALISED_TITLE)
    assert ("Ana Ruiz", "central bank vice governor of", "Peru") in triples
    assert ("Ana Ruiz", "say", "Peru") in triples


def test_an_untagged_name_after_a_lower_case_title_is_a_person() -> None:
    triples = read_triples(_LOWER_CASE_TITLE.format(name="-", surname="-"))
    assert ("Ana Ruiz", "meet with", "Chile") in triples
    assert ("Ana Ruiz", "central bank vice governor of", "Peru") in triples


def test_a_vice_title_after_the_central_bank_is_its_office() -> None:
    triples = read_triples(_LOWER_CASE_TITLE.format(name="PERSON", surname="I-PERSON"))
    assert ("Ana Ruiz", "central bank vice governor of", "Peru") in triples


def test_a_capitalised_title_after_a_ministry_is_no_part_of_the_name() -> None:
    assert _types(_MINISTRY_TITLE).get("Ana Ruiz") == "PERSON"
    triples = read_triples(_MINISTRY_TITLE)
    assert ("Ana Ruiz", "vice minister of", "Finance Ministry") in triples
    assert ("Ana Ruiz", "say", "Peru") in triples


def test_a_title_in_apposition_after_the_name_stays_as_it_was() -> None:
    # a guard: the shape items 1 and 2 now take after it (passes with and without the change)
    triples = read_triples(_APPOSED_TITLE)
    assert ("Luis Arana", "central bank vice governor of", "Peru") in triples
    assert ("Luis Arana", "meet with", "Chile") in triples
