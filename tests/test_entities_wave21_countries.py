"""Wave 21: the country of people, bodies and places the article makes clear (sentences of our own; parses
written by hand where a rule reads the parse)."""

from __future__ import annotations

from geokg.extract.entities.offices import governed_state
from geokg.extract.entities.titles import congress_title, is_party_state_tag
from geokg.extract.pipeline import Reading, read_doc
from hand_docs import parse


def _entity_country(reading: Reading, label: str) -> str | None:
    [found] = [e for e in reading.entities.entities() if e.label == label]
    return found.country


def _roles(reading: Reading) -> set[tuple[str, str, str]]:
    return {
        (r.subject.entity_id, r.predicate, r.object.entity_id)
        for r in reading.relations
        if r.rule.name == "title"
    }


# ---- US congressional style: "Sen. X (D-Calif.)", "Rep. Y, R-N.Y.," -------------------------------------


def test_a_party_state_tag_is_a_party_letter_and_a_us_state() -> None:
    for tag in ("R-N.Y.", "D-Calif.", "I-Vt.", "R-Texas", "D-New Mexico", "R-W.Va.", "D - Ore"):
        assert is_party_state_tag(tag), tag
    for other in ("D-Day", "I-Man", "R-Paris", "X-Calif.", "r-ny", "R-", "Calif."):
        assert not is_party_state_tag(other), other


def test_only_the_honorifics_of_congress_name_a_seat_there() -> None:
    assert congress_title("Sen.") == "senator"
    assert congress_title("Rep") == "representative"
    assert congress_title("Gov.") is None
    assert congress_title("Dr.") is None


TAGGED_SENATOR = """
Sen.        Sen.        PROPN NNP   3  compound -
Mara        Mara        PROPN NNP   3  compound PERSON
Quillfeather Quillfeather PROPN NNP 11 nsubj    I-PERSON
(           (           PUNCT -LRB- 3  punct    -
D           D           PROPN NNP   3  appos    -
-           -           PUNCT HYPH  7  punct    -
Ore.        Ore.        PROPN NNP   3  appos    -
)           )           PUNCT -RRB- 3  punct    -
on          on          ADP   IN    11 prep     -
Friday      Friday      PROPN NNP   9  pobj     DATE
opposed     oppose      VERB  VBD   0  ROOT     -
the         the         DET   DT    13 det      -
tariffs     tariff      NOUN  NNS   11 dobj     -
.           .           PUNCT .     11 punct    -
"""


def test_a_party_state_tag_after_a_name_makes_a_us_legislator() -> None:
    reading = read_doc(parse(TAGGED_SENATOR), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Mara Quillfeather") == "USA"
    assert ("person:mara_quillfeather", "senator of", "country:USA") in _roles(reading)


TAGGED_BETWEEN_COMMAS = """
Tobin       Tobin       PROPN NNP   2  compound PERSON
Garrow      Garrow      PROPN NNP   8  nsubj    I-PERSON
,           ,           PUNCT ,     2  punct    -
R           R           PROPN NNP   6  compound -
-           -           PUNCT HYPH  6  punct    -
Ky.         Ky.         PROPN NNP   2  appos    -
,           ,           PUNCT ,     2  punct    -
visited     visit       VERB  VBD   0  ROOT     -
Taipei      Taipei      PROPN NNP   8  dobj     GPE
.           .           PUNCT .     8  punct    -
"""


def test_a_tag_between_commas_gives_the_state_without_a_title() -> None:
    reading = read_doc(parse(TAGGED_BETWEEN_COMMAS), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Tobin Garrow") == "USA"
    assert not any(s == "person:tobin_garrow" for s, _, _ in _roles(reading))


def test_a_capital_letter_and_a_word_that_is_no_state_give_nothing() -> None:
    reading = read_doc(parse(TAGGED_BETWEEN_COMMAS.replace("Ky.", "Mr.")), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Tobin Garrow") != "USA"


HONORIFIC_IN_A_STORY_SET_ABROAD = """
The         the         DET   DT    3  det      -
Philippine  Philippine  ADJ   JJ    3  amod     NORP
Senate      Senate      PROPN NNP   4  nsubj    ORG
met         meet        VERB  VBD   0  ROOT     -
in          in          ADP   IN    4  prep     -
Manila      Manila      PROPN NNP   5  pobj     GPE
.           .           PUNCT .     4  punct    -
Sen.        Sen.        PROPN NNP   10 compound -
Lorna       Lorna       PROPN NNP   10 compound PERSON
Dagatan     Dagatan     PROPN NNP   11 nsubj    I-PERSON
spoke       speak       VERB  VBD   0  ROOT     -
.           .           PUNCT .     11 punct    -
"""


def test_an_abbreviated_senator_without_a_tag_holds_the_seat_of_the_articles_state() -> None:
    reading = read_doc(parse(HONORIFIC_IN_A_STORY_SET_ABROAD), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Lorna Dagatan") == "PHL"
    assert ("person:lorna_dagatan", "senator of", "country:PHL") in _roles(reading)


# ---- a government named after its head: "the Blair government", "the Putin regime" ---------------------


def test_a_government_named_after_a_head_is_the_state_the_table_knows_the_head_of() -> None:
    assert governed_state(["Blair"]) == "GBR"  # whatever the date: the government of a former head too
    assert governed_state(["Tony Blair", "Blair"]) == "GBR"
    assert governed_state(["Karen Blair", "Blair"]) is None  # another person of that surname
    assert governed_state(["Quillfeather"]) is None


NAMED_GOVERNMENT = """
The         the         DET   DT    3  det      -
Blair       Blair       PROPN NNP   3  compound PERSON
government  government  NOUN  NN    4  nsubj    -
backed      back        VERB  VBD   0  ROOT     -
the         the         DET   DT    6  det      -
plan        plan        NOUN  NN    4  dobj     -
.           .           PUNCT .     4  punct    -
"""


def test_the_head_a_government_is_named_after_is_of_its_state_after_his_term() -> None:
    reading = read_doc(parse(NAMED_GOVERNMENT), "hand-built", "2019-05-01")
    assert _entity_country(reading, "Blair") == "GBR"


def test_a_surname_before_another_noun_names_no_government() -> None:
    reading = read_doc(
        parse(NAMED_GOVERNMENT.replace("government", "family    ")), "hand-built", "2019-05-01"
    )
    assert _entity_country(reading, "Blair") is None


CANDIDATE_GOVERNMENT = """
Voters      voter       NOUN  NNS   2  nsubj    -
gathered    gather      VERB  VBD   0  ROOT     -
in          in          ADP   IN    2  prep     -
Ohio        Ohio        PROPN NNP   3  pobj     GPE
and         and         CCONJ CC    4  cc       -
Texas       Texas       PROPN NNP   4  conj     GPE
.           .           PUNCT .     2  punct    -
A           a           DET   DT    10 det      -
Quillfeather Quillfeather PROPN NNP 10 compound PERSON
administration administration NOUN NN 12 nsubj  -
would       would       AUX   MD    12 aux      -
cut         cut         VERB  VB    0  ROOT     -
taxes       tax         NOUN  NNS   12 dobj     -
.           .           PUNCT .     12 punct    -
"""


def test_a_government_of_a_head_the_table_does_not_know_is_of_the_article_state() -> None:
    reading = read_doc(parse(CANDIDATE_GOVERNMENT), "hand-built", "2020-05-01")
    assert _entity_country(reading, "Quillfeather") == "USA"


def test_not_where_the_sentence_names_another_state() -> None:
    table = CANDIDATE_GOVERNMENT.replace(
        "taxes       tax         NOUN  NNS   12 dobj     -", "Cuba Cuba PROPN NNP 12 dobj GPE"
    )
    reading = read_doc(parse(table), "hand-built", "2020-05-01")
    assert _entity_country(reading, "Quillfeather") is None


# ---- a person's country from a national description: "British tourists X and Y", "X, the Kenyan striker" --

LISTED_UNDER_A_PLURAL_DESCRIPTION = """
Danish      Danish      ADJ   JJ    2  amod     NORP
sailors     sailor      NOUN  NNS   4  compound -
Lars        Lars        PROPN NNP   4  compound PERSON
Holm        Holm        PROPN NNP   12 nsubjpass I-PERSON
,           ,           PUNCT ,     4  punct    -
Erik        Erik        PROPN NNP   7  compound PERSON
Voss        Voss        PROPN NNP   4  appos    I-PERSON
and         and         CCONJ CC    7  cc       -
Nils        Nils        PROPN NNP   10 compound PERSON
Brandt      Brandt      PROPN NNP   7  conj     I-PERSON
were        be          AUX   VBD   12 auxpass  -
rescued     rescue      VERB  VBN   0  ROOT     -
.           .           PUNCT .     12 punct    -
"""


def test_a_plural_description_before_a_list_of_names_is_each_ones() -> None:
    reading = read_doc(parse(LISTED_UNDER_A_PLURAL_DESCRIPTION), "hand-built", "2021-02-01")
    assert {_entity_country(reading, n) for n in ("Lars Holm", "Erik Voss", "Nils Brandt")} == {"DNK"}


def test_a_singular_description_is_the_first_names_only() -> None:
    table = LISTED_UNDER_A_PLURAL_DESCRIPTION.replace(
        "sailors     sailor      NOUN  NNS", "sailor      sailor      NOUN  NN "
    )
    reading = read_doc(parse(table), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Lars Holm") == "DNK"
    assert _entity_country(reading, "Nils Brandt") is None


def test_names_after_a_plural_description_without_and_are_no_list() -> None:
    table = LISTED_UNDER_A_PLURAL_DESCRIPTION.replace(
        "and         and         CCONJ CC    7  cc       -",
        ",           ,           PUNCT ,     7  punct    -",
    )
    reading = read_doc(parse(table), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Nils Brandt") is None


PLAYER_IN_APPOSITION = """
Tomas       Tomas       PROPN NNP   2  compound PERSON
Brannik     Brannik     PROPN NNP   7  nsubj    I-PERSON
,           ,           PUNCT ,     2  punct    -
the         the         DET   DT    6  det      -
Norwegian   Norwegian   ADJ   JJ    6  amod     NORP
goalkeeper  goalkeeper  NOUN  NN    2  appos    -
saved       save        VERB  VBD   0  ROOT     -
a           a           DET   DT    9  det      -
penalty     penalty     NOUN  NN    7  dobj     -
.           .           PUNCT .     7  punct    -
"""


def test_a_player_described_by_a_demonym_is_of_that_state() -> None:
    reading = read_doc(parse(PLAYER_IN_APPOSITION), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Tomas Brannik") == "NOR"


# ---- places and sites inside a place: "the X farm in Y, Z", "Y, a village near W" -----------------------

FARM_IN_A_TOWN_OF_A_STATE = """
Rebels      rebel       NOUN  NNS   2  nsubj    -
burned      burn        VERB  VBD   0  ROOT     -
the         the         DET   DT    6  det      -
Vale        Vale        PROPN NNP   5  compound GPE
Escondido   Escondido   PROPN NNP   6  compound I-GPE
farm        farm        NOUN  NN    2  dobj     -
in          in          ADP   IN    6  prep     -
Ouro        Ouro        PROPN NNP   9  compound GPE
Claro       Claro       PROPN NNP   7  pobj     I-GPE
,           ,           PUNCT ,     9  punct    -
Rondonia    Rondonia    PROPN NNP   9  appos    -
.           .           PUNCT .     2  punct    -
"""


def test_a_town_written_with_a_state_part_the_tagger_missed_lies_in_its_country() -> None:
    reading = read_doc(parse(FARM_IN_A_TOWN_OF_A_STATE), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Ouro Claro") == "BRA"


def test_a_farm_named_in_a_town_lies_in_the_towns_country() -> None:
    reading = read_doc(parse(FARM_IN_A_TOWN_OF_A_STATE), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Vale Escondido") == "BRA"


def test_a_word_after_the_comma_that_names_no_state_part_places_nothing() -> None:
    table = FARM_IN_A_TOWN_OF_A_STATE.replace("Rondonia    Rondonia ", "Pereira     Pereira  ")
    reading = read_doc(parse(table), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Ouro Claro") is None
    assert _entity_country(reading, "Vale Escondido") is None


def test_a_persons_name_before_a_farm_is_not_placed() -> None:
    table = FARM_IN_A_TOWN_OF_A_STATE.replace(" GPE\n", " PERSON\n", 1).replace(
        "I-GPE\nfarm", "I-PERSON\nfarm"
    )
    reading = read_doc(parse(table), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Vale Escondido") is None


VILLAGE_IN_APPOSITION = """
Troops      troop       NOUN  NNS   2  nsubj    -
entered     enter       VERB  VBD   0  ROOT     -
Deh         Deh         PROPN NNP   4  compound ORG
Zarif       Zarif       PROPN NNP   2  dobj     I-ORG
,           ,           PUNCT ,     4  punct    -
a           a           DET   DT    7  det      -
village     village     NOUN  NN    4  appos    -
near        near        ADP   IN    7  prep     -
Kandahar    Kandahar    PROPN NNP   8  pobj     GPE
.           .           PUNCT .     2  punct    -
"""


def test_a_village_in_apposition_lies_in_the_country_of_the_place_it_is_near() -> None:
    reading = read_doc(parse(VILLAGE_IN_APPOSITION), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Deh Zarif") == "AFG"


TEAM_MEMBER = """
Tomas       Tomas       PROPN NNP   2  compound PERSON
Brannik     Brannik     PROPN NNP   12 nsubjpass I-PERSON
,           ,           PUNCT ,     2  punct    -
a           a           DET   DT    5  det      -
member      member      NOUN  NN    2  appos    -
of          of          ADP   IN    5  prep     -
the         the         DET   DT    10 det      -
Norwegian   Norwegian   ADJ   JJ    10 amod     NORP
national    national    ADJ   JJ    10 amod     -
team        team        NOUN  NN    6  pobj     -
,           ,           PUNCT ,     2  punct    -
was         be          AUX   VBD   12 auxpass  -
injured     injure      VERB  VBN   0  ROOT     -
.           .           PUNCT .     12 punct    -
"""


def test_a_member_of_a_team_a_state_names_is_of_that_state() -> None:
    reading = read_doc(parse(TEAM_MEMBER), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Tomas Brannik") == "NOR"
    assert not any(s == "person:tomas_brannik" and o == "country:NOR" for s, _, o in _roles(reading))


def test_a_member_of_another_body_a_state_names_is_not_placed_so() -> None:
    table = TEAM_MEMBER.replace("team        team        NOUN", "lobby       lobby       NOUN")
    reading = read_doc(parse(table), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Tomas Brannik") is None


def test_a_head_of_another_state_the_article_never_names_is_no_sure_reading() -> None:
    # a US story's "Blair administration": an older or would-be US head, or the British prime minister
    table = CANDIDATE_GOVERNMENT.replace("Quillfeather Quillfeather", "Blair       Blair      ")
    reading = read_doc(parse(table), "hand-built", "2020-05-01")
    assert _entity_country(reading, "Blair") is None


SOLDIER_IN_AN_ARMY = """
Ewan        Ewan        PROPN NNP   2  compound PERSON
Blakely     Blakely     PROPN NNP   11 nsubj    I-PERSON
,           ,           PUNCT ,     2  punct    -
a           a           DET   DT    5  det      -
soldier     soldier     NOUN  NN    2  appos    -
in          in          ADP   IN    5  prep     -
the         the         DET   DT    9  det      -
Irish       Irish       ADJ   JJ    9  amod     ORG
Army        Army        PROPN NNP   6  pobj     I-ORG
,           ,           PUNCT ,     2  punct    -
died        die         VERB  VBD   0  ROOT     -
.           .           PUNCT .     11 punct    -
"""


def test_a_soldier_in_a_states_army_is_of_that_state() -> None:
    reading = read_doc(parse(SOLDIER_IN_AN_ARMY), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Ewan Blakely") == "IRL"


SOLDIER_IN_A_COUNTRY = """
Ewan        Ewan        PROPN NNP   2  compound PERSON
Blakely     Blakely     PROPN NNP   9  nsubj    I-PERSON
,           ,           PUNCT ,     2  punct    -
a           a           DET   DT    5  det      -
soldier     soldier     NOUN  NN    2  appos    -
in          in          ADP   IN    5  prep     -
Mali        Mali        PROPN NNP   6  pobj     GPE
,           ,           PUNCT ,     2  punct    -
died        die         VERB  VBD   0  ROOT     -
.           .           PUNCT .     9  punct    -
"""


def test_a_soldier_in_a_country_serves_there_and_is_not_of_it() -> None:
    reading = read_doc(parse(SOLDIER_IN_A_COUNTRY), "hand-built", "2021-02-01")
    assert _entity_country(reading, "Ewan Blakely") is None


REGIONAL_BLOC = """
Chile       Chile       PROPN NNP   2  nsubj    GPE
signed      sign        VERB  VBD   0  ROOT     -
a           a           DET   DT    4  det      -
deal        deal        NOUN  NN    2  dobj     -
with        with        ADP   IN    4  prep     -
the         the         DET   DT    10 det      -
Central     Central     PROPN NNP   8  compound NORP
American    American    ADJ   JJ    10 amod     I-NORP
bloc        bloc        NOUN  NN    10 compound -
Andora      Andora      PROPN NNP   5  pobj     ORG
.           .           PUNCT .     2  punct    -
"""


def test_a_regions_adjective_before_a_bodys_noun_owns_no_role_of_the_body() -> None:
    reading = read_doc(parse(REGIONAL_BLOC), "hand-built", "2021-02-01")
    labels = {r.object.label for r in reading.relations if r.rule.name == "title"}
    assert "Central American" not in labels


# "Ana Roe of {town}, {state}, sued Peru."
TOWN_AND_STATE = """
Ana     Ana     PROPN NNP 2 compound PERSON
Roe     Roe     PROPN NNP 8 nsubj    I-PERSON
of      of      ADP   IN  2 prep     -
{town}  {town}  PROPN NNP 3 pobj     GPE
,       ,       PUNCT ,   4 punct    -
{state} {state} PROPN NNP 4 appos    GPE
,       ,       PUNCT ,   4 punct    -
sued    sue     VERB  VBD 0 ROOT     -
Peru    Peru    PROPN NNP 8 dobj     GPE
.       .       PUNCT .   8 punct    -
"""


def test_a_town_written_with_a_us_state_lies_in_the_united_states_whatever_its_namesakes() -> None:
    for town, state in (("Vienna", "Va."), ("Athens", "Ga."), ("Paris", "Texas")):
        reading = read_doc(parse(TOWN_AND_STATE.format(town=town, state=state)), "hand-built", "2004-11-20")
        assert _entity_country(reading, town) == "USA", town
    # a state the tagger reads as a country is that country: "Tbilisi, Georgia" stays Georgian
    reading = read_doc(parse(TOWN_AND_STATE.format(town="Tbilisi", state="Georgia")), "hand-built", None)
    assert _entity_country(reading, "Tbilisi") == "GEO"
