"""The right node: titles and bodies only one state has carry its country (sentences of our own, parses
written by hand)."""

from __future__ import annotations

from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.titles import state_of_title
from hand_docs import country_of, facts_with_roots, read, then_abroad

# "{Title} Ida Berg criticised the plan.": a title written without its state before a name.
TITLED = """
{first}     {first}     PROPN NNP 3  compound -
{second}    {second}    PROPN NNP 3  compound -
Secretary   Secretary   PROPN NNP 5  compound -
Ida         Ida         PROPN NNP 5  compound PERSON
Berg        Berg        PROPN NNP 6  nsubj    I-PERSON
criticised  criticise   VERB  VBD 0  ROOT     -
the         the         DET   DT 8   det      -
plan        plan        NOUN  NN  6  dobj     -
.           .           PUNCT .   6  punct    -
"""


def test_a_title_only_one_state_has_gives_its_holder_that_state() -> None:
    reading = read(then_abroad(TITLED.format(first="Shadow", second="Home")))
    assert country_of(reading, "Ida Berg") == "GBR"


def test_a_title_many_states_have_gives_no_state() -> None:
    reading = read(then_abroad(TITLED.format(first="Shadow", second="Health")))
    assert country_of(reading, "Ida Berg") is None


def test_single_state_titles_are_matched_by_their_last_words() -> None:
    assert state_of_title(["Shadow", "Home", "Secretary"]) == "GBR"
    assert state_of_title(["Chancellor", "of", "the", "Exchequer"]) == "GBR"
    assert state_of_title(["Tánaiste"]) == "IRL"
    assert state_of_title(["Foreign", "Secretary"]) is None  # India's is a civil servant


def test_bodies_only_one_state_has_carry_its_country() -> None:
    for name in ("Home Office", "the Exchequer", "Northern Ireland Office", "Holyrood"):
        found = lookup_organisation(name)
        assert found is not None and found.country == "GBR", name


# "{det} Norlan {noun} criticised Canada.": people of a body named before their noun.
MEMBERS = """
{det}       {det}       {pos} {tag} 3  {dep}    -
Norlan      Norlan      PROPN NNP 3  compound ORG
{noun}      {lemma}     NOUN  {nn}  4  nsubj    -
criticised  criticise   VERB  VBD 0  ROOT     -
Canada      Canada      PROPN NNP 4  dobj     GPE
.           .           PUNCT .   4  punct    -
"""


def facts_of(table: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in facts_with_roots(table)}


def _subjects(det: str, noun: str, lemma: str, *, counted: bool = False) -> set[str]:
    pos, tag, dep = ("NUM", "CD", "nummod") if counted else ("DET", "DT", "det")
    nn = "NNS" if noun.endswith("s") else "NN"
    table = MEMBERS.format(det=det, pos=pos, tag=tag, dep=dep, noun=noun, lemma=lemma, nn=nn)
    return {s for s, p, o in facts_of(table) if p == "criticise" and o == "Canada"}


def test_one_or_a_number_of_a_body_s_members_are_not_the_body() -> None:
    assert _subjects("A", "MP", "mp") == set()
    assert _subjects("Two", "members", "member", counted=True) == set()


def test_a_body_s_members_uncounted_still_stand_for_it() -> None:
    assert _subjects("The", "members", "member") == {"Norlan"}


def _labels(table: str) -> dict[str, tuple[str, str | None]]:
    return {e.label: (e.type, e.country) for e in read(table).entities.entities()}


# "Mr Hulme-Cross said Orbis would win.": a hyphenated surname after an honorific, tagged as a body.
HONORIFIC = """
Mr      Mr      PROPN NNP 4  compound -
Hulme   Hulme   PROPN NNP 4  compound ORG
-       -       PUNCT HYPH 4 punct    I-ORG
Cross   Cross   PROPN NNP 5  nsubj    I-ORG
said    say     VERB  VBD 0  ROOT     -
Canada  Canada  PROPN NNP 8  nsubj    GPE
would   would   AUX   MD  8  aux      -
win     win     VERB  VB  5  ccomp    -
.       .       PUNCT .   5  punct    -
"""


def test_a_hyphenated_surname_after_an_honorific_is_a_person() -> None:
    assert _labels(HONORIFIC)["Hulme-Cross"][0] == "PERSON"


# "- Ida Berg spoke.": a list's dash the tagger took into the name.
LISTED = """
-       -       PUNCT :   3  punct    PERSON
Ida     Ida     PROPN NNP 3  compound I-PERSON
Berg    Berg    PROPN NNP 4  nsubj    I-PERSON
spoke   speak   VERB  VBD 0  ROOT     -
.       .       PUNCT .   4  punct    -
"""


def test_a_list_s_dash_is_no_part_of_a_name() -> None:
    assert "Ida Berg" in _labels(LISTED)


# "Rio Tinto, the Australian firm, spoke.": a firm's name that is also a town's, tagged as a person.
FIRM = """
Rio         Rio         PROPN NNP 2  compound PERSON
Tinto       Tinto       PROPN NNP 8  nsubj    I-PERSON
,           ,           PUNCT ,   2  punct    -
the         the         DET   DT  6  det      -
Australian  Australian  ADJ   JJ  6  amod     NORP
firm        firm        NOUN  NN  2  appos    -
,           ,           PUNCT ,   2  punct    -
spoke       speak       VERB  VBD 0  ROOT     -
.           .           PUNCT .   8  punct    -
"""


def test_a_known_firm_tagged_as_a_person_is_no_town_and_takes_its_apposition_s_state() -> None:
    assert _labels(FIRM)["Rio Tinto"] == ("ORG", "AUS")


# "Orbis Resources fell. Orbis said it would fight.": a firm's short name drops the corporate word.
SHORT = """
Orbis      Orbis      PROPN NNP 2  compound ORG
Resources  Resources  PROPN NNP 3  nsubj    I-ORG
fell       fall       VERB  VBD 0  ROOT     -
.          .          PUNCT .   3  punct    -
Orbis      Orbis      PROPN NNP 6  nsubj    ORG
said       say        VERB  VBD 0  ROOT     -
it         it         PRON  PRP 9  nsubj    -
would      would      AUX   MD  9  aux      -
fight      fight      VERB  VB  6  ccomp    -
.          .          PUNCT .   6  punct    -
"""


def test_a_firm_s_short_name_is_its_long_name_without_the_corporate_word() -> None:
    assert set(_labels(SHORT)) == {"Orbis Resources"}
