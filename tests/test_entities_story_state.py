"""A story whose places and bodies are all of one state gives that state to its people and to the
companies no table places; a foreign visitor, an outlet, its correspondent and an international body's
staff are no evidence of it (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.affiliations.offices import local_title
from hand_docs import read, then_abroad


def _countries(table: str) -> dict[str, str | None]:
    return {e.label: e.country for e in read(table).entities.entities()}


# "DENVER, Colo. -- A judge jailed Ann Lee at Acme Diners. Lee met her lawyer Tom Hale in Boulder."
DOMESTIC = """
DENVER   DENVER   PROPN NNP  0  ROOT     GPE
,        ,        PUNCT ,    1  punct    -
Colo.    Colo.    PROPN NNP  1  appos    GPE
--       --       PUNCT :    1  punct    -
A        a        DET   DT   6  det      -
judge    judge    NOUN  NN   7  nsubj    -
jailed   jail     VERB  VBD  0  ROOT     -
Ann      Ann      PROPN NNP  9  compound PERSON
Lee      Lee      PROPN NNP  7  dobj     I-PERSON
at       at       ADP   IN   7  prep     -
Acme     Acme     PROPN NNP  12 compound ORG
Diners   Diners   PROPN NNP  10 pobj     I-ORG
.        .        PUNCT .    7  punct    -
Lee      Lee      PROPN NNP  15 nsubj    PERSON
met      meet     VERB  VBD  0  ROOT     -
her      her      PRON  PRP$ 17 poss     -
lawyer   lawyer   NOUN  NN   15 dobj     -
Tom      Tom      PROPN NNP  19 compound PERSON
Hale     Hale     PROPN NNP  17 appos    I-PERSON
in       in       ADP   IN   15 prep     -
Boulder  Boulder  PROPN NNP  20 pobj     GPE
.        .        PUNCT .    15 punct    -
"""


def test_the_people_and_an_unknown_company_of_a_story_set_in_one_state_are_of_it() -> None:
    countries = _countries(DOMESTIC)
    assert countries["Ann Lee"] == "USA"
    assert countries["Tom Hale"] == "USA"
    assert countries["Acme Diners"] == "USA"


def test_a_foreign_visitor_keeps_his_state_and_makes_the_story_no_one_state_s() -> None:
    # "DENVER -- Jan Visser met Ann Lee in Boulder." and "DENVER -- Dutch tourist Jan Visser met ...".
    met = """
    Jan      Jan      PROPN NNP  {visser} compound PERSON
    Visser   Visser   PROPN NNP  {met} nsubj    I-PERSON
    met      meet     VERB  VBD  0  ROOT     -
    Ann      Ann      PROPN NNP  {lee} compound PERSON
    Lee      Lee      PROPN NNP  {met} dobj     I-PERSON
    in       in       ADP   IN   {met} prep     -
    Boulder  Boulder  PROPN NNP  {in_} pobj     GPE
    .        .        PUNCT .    {met} punct    -
    """
    dateline = """
    DENVER   DENVER   PROPN NNP  0  ROOT     GPE
    --       --       PUNCT :    1  punct    -
    """
    tourist = """
    Dutch    dutch    ADJ   JJ   4  amod     NORP
    tourist  tourist  NOUN  NN   6  compound -
    """
    plain = _countries(dateline + met.format(visser=4, met=5, lee=7, in_=8))
    assert plain["Jan Visser"] == plain["Ann Lee"] == "USA"
    visited = _countries(dateline + tourist + met.format(visser=6, met=7, lee=9, in_=10))
    assert visited["Jan Visser"] == "NLD"
    assert visited["Ann Lee"] is None  # she may be Dutch too: the story is not of one state


def test_an_outlet_and_its_correspondent_are_no_evidence_of_the_story_s_state() -> None:
    # "Police in Brisbane arrested Bob Reed, the BBC's Ana Ruiz reported.": Reed is Australian, Ruiz stays
    # the British outlet's, and the outlet's state does not stand against Brisbane's
    countries = _countries("""
    Police   police   NOUN  NNS  4  nsubj    -
    in       in       ADP   IN   1  prep     -
    Brisbane Brisbane PROPN NNP  2  pobj     GPE
    arrested arrest   VERB  VBD  13 ccomp    -
    Bob      Bob      PROPN NNP  6  compound PERSON
    Reed     Reed     PROPN NNP  4  dobj     I-PERSON
    ,        ,        PUNCT ,    13 punct    -
    the      the      DET   DT   9  det      -
    BBC      BBC      PROPN NNP  12 poss     ORG
    's       's       PART  POS  9  case     -
    Ana      Ana      PROPN NNP  12 compound PERSON
    Ruiz     Ruiz     PROPN NNP  13 nsubj    I-PERSON
    reported report   VERB  VBD  0  ROOT     -
    .        .        PUNCT .    13 punct    -
    """)
    assert countries["Bob Reed"] == "AUS"
    assert countries["Ana Ruiz"] == "GBR"


def test_the_head_of_an_international_body_is_of_no_story_state() -> None:
    # "Tom Hale met Ann Lee, the head of the WHO, in Denver, Colorado."
    countries = _countries("""
    Tom      Tom      PROPN NNP  2  compound PERSON
    Hale     Hale     PROPN NNP  3  nsubj    I-PERSON
    met      meet     VERB  VBD  0  ROOT     -
    Ann      Ann      PROPN NNP  5  compound PERSON
    Lee      Lee      PROPN NNP  3  dobj     I-PERSON
    ,        ,        PUNCT ,    5  punct    -
    the      the      DET   DT   8  det      -
    head     head     NOUN  NN   5  appos    -
    of       of       ADP   IN   8  prep     -
    the      the      DET   DT   11 det      -
    WHO      WHO      PROPN NNP  9  pobj     ORG
    ,        ,        PUNCT ,    5  punct    -
    in       in       ADP   IN   3  prep     -
    Denver   Denver   PROPN NNP  13 pobj     GPE
    ,        ,        PUNCT ,    14 punct    -
    Colorado Colorado PROPN NNP  14 appos    GPE
    .        .        PUNCT .    3  punct    -
    """)
    assert countries["Tom Hale"] == "USA"
    assert countries["Ann Lee"] is None


# "The NBA fined the Toronto Raptors."
FINED_CLUB = """
The      the      DET   DT   2  det      -
NBA      NBA      PROPN NNP  3  nsubj    ORG
fined    fine     VERB  VBD  0  ROOT     -
the      the      DET   DT   6  det      -
Toronto  Toronto  PROPN NNP  6  compound ORG
Raptors  Raptors  PROPN NNPS 3  dobj     I-ORG
.        .        PUNCT .    3  punct    -
"""


def test_a_league_is_of_its_state_and_a_club_named_after_its_town_of_the_town_s() -> None:
    countries = _countries(FINED_CLUB)
    assert countries["NBA"] == "USA"
    assert countries["Toronto Raptors"] == "CAN"


def test_a_plural_after_a_town_is_no_club_where_no_league_is_named() -> None:
    # "The council fined the Toronto Raptors.": a club only by a league, a nickname alone could be a firm's
    countries = _countries(
        FINED_CLUB.replace(
            "NBA      NBA      PROPN NNP  3  nsubj    ORG", "council  council  NOUN  NN   3  nsubj    -"
        )
    )
    assert countries["Toronto Raptors"] is None


def test_a_club_s_word_after_a_town_names_its_state() -> None:
    # "Leeds United lost."
    countries = _countries("""
    Leeds    Leeds    PROPN NNP  2  compound ORG
    United   United   PROPN NNP  3  nsubj    I-ORG
    lost     lose     VERB  VBD  0  ROOT     -
    .        .        PUNCT .    3  punct    -
    """)
    assert countries["Leeds United"] == "GBR"


# "DENVER, Colo. -- Acme Rail chief executive Ann Lee, a former judge, spoke in Boulder."
CHIEF_EXECUTIVE = """
DENVER    DENVER    PROPN NNP 0  ROOT     GPE
,         ,         PUNCT ,   1  punct    -
Colo.     Colo.     PROPN NNP 1  appos    GPE
--        --        PUNCT :   1  punct    -
Acme      Acme      PROPN NNP 6  compound ORG
Rail      Rail      PROPN NNP 8  compound I-ORG
chief     chief     ADJ   JJ  8  amod     -
executive executive NOUN  NN  10 compound -
Ann       Ann       PROPN NNP 10 compound PERSON
Lee       Lee       PROPN NNP 16 nsubj    I-PERSON
,         ,         PUNCT ,   10 punct    -
a         a         DET   DT  14 det      -
former    former    ADJ   JJ  14 amod     -
judge     judge     NOUN  NN  10 appos    -
,         ,         PUNCT ,   10 punct    -
spoke     speak     VERB  VBD 0  ROOT     -
in        in        ADP   IN  16 prep     -
Boulder   Boulder   PROPN NNP 17 pobj     GPE
.         .         PUNCT .   16 punct    -
"""


def test_who_holds_a_role_in_a_body_the_story_s_state_gives_is_of_that_state() -> None:
    countries = _countries(CHIEF_EXECUTIVE)
    assert countries["Acme Rail"] == "USA"
    assert countries["Ann Lee"] == "USA"


def test_titles_of_a_state_s_courts_and_parts_are_local_and_a_monarch_s_or_head_s_are_not() -> None:
    # story_state gives the story's state to a judge or sheriff whatever other titles they bear; "King X"
    # and "President Y" may be another state's
    assert all(
        map(local_title, ("former judge", "county sheriff", "mayor", "state senator", "chief justice"))
    )
    assert not any(map(local_title, ("king", "president", "secretary of state", "attorney general")))


# "OTTAWA -- Ann Lee, chairman of the Federal Grain Commission, spoke.": one place of one state, and a body
# whose name says it is a state's own.
NATIONAL_BODY = """
OTTAWA     OTTAWA     PROPN NNP  0  ROOT     GPE
--         --         PUNCT :    1  punct    -
Ann        Ann        PROPN NNP  4  compound PERSON
Lee        Lee        PROPN NNP  14 nsubj    I-PERSON
,          ,          PUNCT ,    4  punct    -
chairman   chairman   NOUN  NN   4  appos    -
of         of         ADP   IN   6  prep     -
the        the        DET   DT   11 det      -
Federal    Federal    PROPN NNP  11 compound ORG
Grain      Grain      PROPN NNP  11 compound I-ORG
Commission Commission PROPN NNP  7  pobj     I-ORG
,          ,          PUNCT ,    4  punct    -
soon       soon       ADV   RB   14 advmod   -
spoke      speak      VERB  VBD  0  ROOT     -
.          .          PUNCT .    14 punct    -
"""


def test_a_national_body_of_a_story_naming_one_state_once_is_of_it_and_so_is_its_officer() -> None:
    countries = _countries(NATIONAL_BODY)
    assert countries["Federal Grain Commission"] == "CAN"
    assert countries["Ann Lee"] == "CAN"


def test_a_national_body_of_a_story_naming_another_state_too_stays_open() -> None:
    countries = _countries(then_abroad(NATIONAL_BODY.replace("OTTAWA", "PARIS")))
    assert countries["Federal Grain Commission"] is None


def test_a_body_whose_name_is_no_national_one_needs_more_than_one_place() -> None:
    countries = _countries(NATIONAL_BODY.replace("Federal", "Prairie"))
    assert countries["Prairie Grain Commission"] is None
