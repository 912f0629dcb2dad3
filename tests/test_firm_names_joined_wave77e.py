"""Wave 77 (engineer E): firms' names joined by "and", as wire copy writes "&". Two founders' one-word names
joined by "and" before a legal form are one firm even where the tagger reads neither as a name, and with a
founder's possessive before the form ("X and Y's Corp"); two capital letters joined by "and" ("K and T") are
one firm's name, the same node as the firm whose initials they are. Each test states its parse by hand
(tests/hand_docs.py); the sentences and firms are ours."""

from __future__ import annotations

from hand_docs import read


def _labels(table: str) -> dict[str, str]:
    """label -> type of every entity of the reading."""
    return {e.label: e.type for e in read(table).entities.entities()}


def _subjects(table: str, predicate: str) -> set[str]:
    reading = read(table)
    label = {e.id: e.label for e in reading.entities.entities()}
    return {label[r.subject.entity_id] for r in reading.relations if r.predicate == predicate}


# "Orvan and Wessel's Corp sued Peru.": the first founder untagged, the possessive inside the firm's name
_POSSESSIVE = """
Orvan    Orvan    PROPN NNP 5 poss  -
and      and      CCONJ CC  1 cc    -
Wessel   Wessel   PROPN NNP 1 conj  ORG
's       's       PART  POS 3 case  I-ORG
Corp     Corp     PROPN NNP 6 nsubj I-ORG
sued     sue      VERB  VBD 0 ROOT  -
Peru     Peru     PROPN NNP 6 dobj  GPE
.        .        PUNCT .   6 punct -
"""


def test_founders_names_with_a_possessive_before_the_legal_form_are_one_firm() -> None:
    found = _labels(_POSSESSIVE)
    assert found.get("Orvan and Wessel's Corp") == "ORG"
    assert "Wessel's Corp" not in found
    assert _subjects(_POSSESSIVE, "sue") == {"Orvan and Wessel's Corp"}


# "Kestrel and Tamber Co sued Peru.": neither founder tagged at all
_UNTAGGED = """
Kestrel  Kestrel  PROPN NNP 5 nsubj    -
and      and      CCONJ CC  1 cc       -
Tamber   Tamber   PROPN NNP 4 compound -
Co       Co       PROPN NNP 1 conj     -
sued     sue      VERB  VBD 0 ROOT     -
Peru     Peru     PROPN NNP 5 dobj     GPE
.        .        PUNCT .   5 punct    -
"""


def test_untagged_founders_names_before_a_legal_form_are_one_firm() -> None:
    assert _subjects(_UNTAGGED, "sue") == {"Kestrel and Tamber Co"}


# ... then "K and T sued Chile.": the firm's initials joined by "and"
_INITIALS = (
    _UNTAGGED.rstrip()
    + """
K        k        NOUN  NN  11 nsubj -
and      and      CCONJ CC  8  cc    -
T        T        PROPN NNP 8  conj  ORG
sued     sue      VERB  VBD 0  ROOT  -
Chile    Chile    PROPN NNP 11 dobj  GPE
.        .        PUNCT .   11 punct -
"""
)


def test_initials_joined_by_and_are_the_firm_they_stand_for() -> None:
    found = _labels(_INITIALS)
    assert "T" not in found and "K" not in found
    assert _subjects(_INITIALS, "sue") == {"Kestrel and Tamber Co"}


# "K and T sued Chile." alone: one name, not a letter and a name
_INITIALS_ALONE = """
K        k        NOUN  NN  4 nsubj -
and      and      CCONJ CC  1 cc    -
T        T        PROPN NNP 1 conj  ORG
sued     sue      VERB  VBD 0 ROOT  -
Chile    Chile    PROPN NNP 4 dobj  GPE
.        .        PUNCT .   4 punct -
"""


def test_initials_joined_by_and_are_one_name() -> None:
    assert _subjects(_INITIALS_ALONE, "sue") == {"K and T"}


# "Investors sold Class A and B shares.": letters that label a noun's classes name no firm
_CLASSES = """
Investors investor NOUN  NNS 2 nsubj    -
sold      sell     VERB  VBD 0 ROOT     -
Class     Class    PROPN NNP 4 compound -
A         A        PROPN NNP 7 nmod     -
and       and      CCONJ CC  4 cc       -
B         B        PROPN NNP 4 conj     -
shares    share    NOUN  NNS 2 dobj     -
.         .        PUNCT .   2 punct    -
"""


def test_letters_labelling_a_class_are_no_firm() -> None:
    assert "A and B" not in _labels(_CLASSES)


# "Peru and Chile agreed.": two states stay two
_STATES = """
Peru   Peru   PROPN NNP 4 nsubj GPE
and    and    CCONJ CC  1 cc    -
Chile  Chile  PROPN NNP 1 conj  GPE
agreed agree  VERB  VBD 0 ROOT  -
.      .      PUNCT .   4 punct -
"""


def test_two_states_joined_by_and_stay_apart() -> None:
    found = _labels(_STATES)
    assert "Peru" in found and "Chile" in found and "Peru and Chile" not in found


def _entity(table: str, label: str) -> tuple[str, str | None, str | None]:
    [entity] = [e for e in read(table).entities.entities() if e.label == label]
    return entity.type, entity.country, entity.sector


# "The Leeds Advocate criticised Japan.": a paper named after its town, which the tagger reads as a person
_TOWN_PAPER = """
The        the        DET   DT  3 det      -
Leeds      Leeds      PROPN NNP 3 compound PERSON
Advocate   Advocate   PROPN NNP 4 nsubj    I-PERSON
criticised criticise  VERB  VBD 0 ROOT     -
Japan      Japan      PROPN NNP 4 dobj     GPE
.          .          PUNCT .   4 punct    -
"""


def test_a_paper_named_after_its_town_is_a_newspaper_of_the_towns_country() -> None:
    assert _entity(_TOWN_PAPER, "Leeds Advocate") == ("ORG", "GBR", "MED")


# "The Perth Globe criticised Japan.": tagged a body, of no sector
_TOWN_PAPER_ORG = _TOWN_PAPER.replace(
    "Leeds      Leeds      PROPN NNP 3 compound PERSON", "Perth      Perth      PROPN NNP 3 compound ORG"
).replace(
    "Advocate   Advocate   PROPN NNP 4 nsubj    I-PERSON", "Globe      Globe      PROPN NNP 4 nsubj    I-ORG"
)


def test_a_body_named_after_a_town_and_a_papers_word_is_a_newspaper() -> None:
    assert _entity(_TOWN_PAPER_ORG, "Perth Globe") == ("ORG", "AUS", "MED")


# "The Orvan Globe criticised Japan.": no known place before the word, no paper
_NO_TOWN = _TOWN_PAPER_ORG.replace("Perth      Perth ", "Orvan      Orvan ")


def test_a_papers_word_after_no_known_place_names_no_newspaper() -> None:
    assert _entity(_NO_TOWN, "Orvan Globe")[2] != "MED"


# "Kestrel Lake Publishing Corp sued Canada. Kestrel Lake sued Japan.": the firm's name without the words of
# its trade and its legal form, later, is the firm
_SHORT_NAME = """
Kestrel    Kestrel    PROPN NNP 4  compound ORG
Lake       Lake       PROPN NNP 4  compound I-ORG
Publishing Publishing PROPN NNP 4  compound I-ORG
Corp       Corp       PROPN NNP 5  nsubj    I-ORG
sued       sue        VERB  VBD 0  ROOT     -
Canada     Canada     PROPN NNP 5  dobj     GPE
.          .          PUNCT .   5  punct    -
Kestrel    Kestrel    PROPN NNP 9  compound PERSON
Lake       Lake       PROPN NNP 10 nsubj    I-PERSON
sued       sue        VERB  VBD 0  ROOT     -
Japan      Japan      PROPN NNP 10 dobj     GPE
.          .          PUNCT .   10 punct    -
"""


def test_a_firms_name_without_its_trade_and_legal_form_is_the_firm() -> None:
    assert _subjects(_SHORT_NAME, "sue") == {"Kestrel Lake Publishing Corp"}
    assert "Kestrel Lake" not in _labels(_SHORT_NAME)
