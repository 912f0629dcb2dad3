"""National party politics: the short forms the table gives one party are one entity under the party's
name, and a person of no state who argues over the parties of the state a story is about is of it
(sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.organisations import party_name
from hand_docs import read


def _entities(table: str) -> dict[str, tuple[str, str | None, tuple[str, ...]]]:
    return {e.label: (e.type, e.country, e.aliases) for e in read(table).entities.entities()}


def test_a_party_s_short_forms_are_one_entity_under_its_name() -> None:
    # "The Tories and the Conservatives praised the Conservative Party."
    found = _entities("""
    The           the           DET   DT   2 det      -
    Tories        Tories        PROPN NNPS 6 nsubj    NORP
    and           and           CCONJ CC   2 cc       -
    the           the           DET   DT   5 det      -
    Conservatives Conservatives PROPN NNPS 2 conj     NORP
    praised       praise        VERB  VBD  0 ROOT     -
    the           the           DET   DT   9 det      -
    Conservative  Conservative  PROPN NNP  9 compound ORG
    Party         Party         PROPN NNP  6 dobj     I-ORG
    .             .             PUNCT .    6 punct    -
    """)
    assert list(found) == ["Conservative Party"]
    assert set(found["Conservative Party"][2]) == {"Tories", "Conservatives", "Conservative Party"}


def test_a_party_s_short_form_before_a_title_is_the_party_not_a_person() -> None:
    # "Lib Dem president Tim Cole spoke."
    found = _entities("""
    Lib       Lib       PROPN NNP 2 compound PERSON
    Dem       Dem       PROPN NNP 3 compound I-PERSON
    president president NOUN  NN  5 compound -
    Tim       Tim       PROPN NNP 5 compound PERSON
    Cole      Cole      PROPN NNP 6 nsubj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   6 punct    -
    """)
    assert found["Liberal Democrats"][:2] == ("ORG", "GBR")
    assert found["Tim Cole"][1] == "GBR"


def test_a_national_party_is_not_taken_in_by_a_longer_name_the_table_does_not_give_it() -> None:
    # "The Democrats and the Ohio Democratic Party met."
    found = _entities("""
    The        the        DET   DT   2 det      -
    Democrats  Democrats  PROPN NNPS 8 nsubj    NORP
    and        and        CCONJ CC   2 cc       -
    the        the        DET   DT   7 det      -
    Ohio       Ohio       PROPN NNP  7 compound ORG
    Democratic Democratic PROPN NNP  7 compound I-ORG
    Party      Party      PROPN NNP  2 conj     I-ORG
    met        meet       VERB  VBD  0 ROOT     -
    .          .          PUNCT .    8 punct    -
    """)
    assert {"Democratic Party", "Ohio Democratic Party"} <= set(found)


def test_the_article_s_own_acronym_wins_over_a_party_s() -> None:
    # "The Electronic Frontier Foundation (EFF) said the EFF would sue.": not South Africa's EFF party
    found = _entities("""
    The        the        DET   DT    4  det      -
    Electronic Electronic PROPN NNP   4  compound ORG
    Frontier   Frontier   PROPN NNP   4  compound I-ORG
    Foundation Foundation PROPN NNP   8  nsubj    I-ORG
    (          (          PUNCT -LRB- 4  punct    -
    EFF        EFF        PROPN NNP   4  appos    ORG
    )          )          PUNCT -RRB- 4  punct    -
    said       say        VERB  VBD   0  ROOT     -
    the        the        DET   DT    10 det      -
    EFF        EFF        PROPN NNP   12 nsubj    ORG
    would      would      AUX   MD    12 aux      -
    sue        sue        VERB  VB    8  ccomp    -
    .          .          PUNCT .     8  punct    -
    """)
    assert list(found) == ["Electronic Frontier Foundation"]


def test_only_a_short_form_every_row_names_alike_stands_for_a_party() -> None:
    assert party_name("Tories") == "Conservative Party"
    assert party_name("Liberal Party") is None  # Canada's or Australia's
    assert party_name("Conservative Party of Canada") is None  # says more than the row's name
    assert party_name("EFF") is None  # an acronym: South Africa's party or a foundation
    assert party_name("Liberal Party", {"CAN"}) == "Liberal Party of Canada"  # the article names Canada


def test_a_short_form_several_states_parties_share_is_the_party_of_the_state_the_article_names() -> None:
    # "The Republicans in the United States won.": not France's "The Republicans"
    found = _entities("""
    The         the         DET   DT   2 det      -
    Republicans Republicans PROPN NNPS 7 nsubj    NORP
    in          in          ADP   IN   2 prep     -
    the         the         DET   DT   6 det      -
    United      United      PROPN NNP  6 compound GPE
    States      States      PROPN NNP  3 pobj     I-GPE
    won         win         VERB  VBD  0 ROOT     -
    .           .           PUNCT .    7 punct    -
    """)
    assert found["Republican Party"][:2] == ("ORG", "USA")


# "LONDON -- Mr Ross said the Tories would cut taxes. Labour feared war in Iraq."
DOMESTIC_POLITICS = """
LONDON  LONDON  PROPN NNP  0  ROOT     GPE
--      --      PUNCT :    1  punct    -
Mr      Mr      PROPN NNP  4  compound -
Ross    Ross    PROPN NNP  5  nsubj    PERSON
said    say     VERB  VBD  0  ROOT     -
the     the     DET   DT   7  det      -
Tories  Tories  PROPN NNPS 9  nsubj    NORP
would   would   AUX   MD   9  aux      -
cut     cut     VERB  VB   5  ccomp    -
taxes   tax     NOUN  NNS  9  dobj     -
.       .       PUNCT .    5  punct    -
Labour  Labour  PROPN NNP  13 nsubj    ORG
feared  fear    VERB  VBD  0  ROOT     -
war     war     NOUN  NN   13 dobj     -
in      in      ADP   IN   14 prep     -
Iraq    Iraq    PROPN NNP  15 pobj     GPE
.       .       PUNCT .    13 punct    -
"""


def test_a_person_who_argues_over_the_story_s_state_s_parties_is_of_that_state() -> None:
    # Iraq is named, so the story is not of one state only; Ross speaks of British parties alone
    assert _entities(DOMESTIC_POLITICS)["Ross"][1] == "GBR"


def test_a_person_whose_clause_names_another_state_stays_open() -> None:
    # "LONDON -- Mr Ross said the Tories feared Iraq. Labour won."
    found = _entities("""
    LONDON  LONDON  PROPN NNP  0  ROOT     GPE
    --      --      PUNCT :    1  punct    -
    Mr      Mr      PROPN NNP  4  compound -
    Ross    Ross    PROPN NNP  5  nsubj    PERSON
    said    say     VERB  VBD  0  ROOT     -
    the     the     DET   DT   7  det      -
    Tories  Tories  PROPN NNPS 8  nsubj    NORP
    feared  fear    VERB  VBD  5  ccomp    -
    Iraq    Iraq    PROPN NNP  8  dobj     GPE
    .       .       PUNCT .    5  punct    -
    Labour  Labour  PROPN NNP  12 nsubj    ORG
    won     win     VERB  VBD  0  ROOT     -
    .       .       PUNCT .    12 punct    -
    """)
    assert found["Ross"][1] is None


# "Liberal Democrats won.", the party's full name tagged as a person.
PARTY_TAGGED_AS_A_PERSON = """
Liberal    Liberal    PROPN NNP  2 compound PERSON
Democrats  Democrats  PROPN NNPS 3 nsubj    I-PERSON
won        win        VERB  VBD  0 ROOT     -
.          .          PUNCT .    3 punct    -
"""


def test_a_party_of_the_table_is_an_organisation_whatever_the_tagger_called_it() -> None:
    types = {e.label: e.type for e in read(PARTY_TAGGED_AS_A_PERSON).entities.entities()}
    assert types == {"Liberal Democrats": "ORG"}
