"""Roles that name the wrong body: a market's word before a company's standing, a unit a body only
modifies, a body's name cut short (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.titles import is_corporate_title, role_phrase
from geokg.extract.pipeline import Reading
from hand_docs import country_of, facts, read


def roles(reading: Reading) -> set[tuple[str, str, str]]:
    return facts(reading, "title")


# "{Market} {standing} Vantic slipped, while Orbis Tech gained.": the market's word opens the sentence,
# so the tagger may take it for a name (and it ends another company's name).
STANDING = """
{market}    {market}    PROPN NNP 2  compound {ent}
{standing}  {standing}  NOUN  NN  3  compound -
Vantic      Vantic      PROPN NNP 4  nsubj    ORG
slipped     slip        VERB  VBD 0  ROOT     -
,           ,           PUNCT ,   4  punct    -
while       while       SCONJ IN  9  mark     -
Orbis       Orbis       PROPN NNP 8  compound ORG
Tech        Tech        PROPN NNP 9  nsubj    I-ORG
gained      gain        VERB  VBD 4  advcl    -
.           .           PUNCT .   4  punct    -
"""


def test_a_market_word_before_a_company_s_standing_owns_no_company() -> None:
    reading = read(STANDING.format(market="Tech", ent="ORG", standing="heavyweight"))
    assert not {r for r in roles(reading) if r[0] == "Vantic"}


def test_a_state_word_before_a_company_s_standing_says_where_it_is_from() -> None:
    reading = read(STANDING.format(market="Dutch", ent="NORP", standing="giant"))
    assert not {r for r in roles(reading) if r[0] == "Vantic"}
    assert country_of(reading, "Vantic") == "NLD"


# "Ida Berg, chief of the Norlan {noun}, spoke.": the body named before the noun may be the noun's own
# (the body itself) or own a unit of it.
UNIT = """
Ida         Ida         PROPN NNP 2  compound PERSON
Berg        Berg        PROPN NNP 9  nsubj    I-PERSON
,           ,           PUNCT ,   2  punct    -
chief       chief       NOUN  NN  2  appos    -
of          of          ADP   IN  4  prep     -
the         the         DET   DT  8  det      -
Norlan      Norlan      PROPN NNP 8  compound ORG
{noun}      {noun}      NOUN  NN  5  pobj     -
spoke       speak       VERB  VBD 0  ROOT     -
.           .           PUNCT .   9  punct    -
"""


def test_the_chief_of_a_body_s_unit_is_not_the_body_s_chief() -> None:
    for unit in ("operation", "delegation", "agency"):
        assert not roles(read(UNIT.format(noun=unit))), unit


def test_the_chief_of_a_body_named_with_its_kind_is_the_body_s_chief() -> None:
    assert roles(read(UNIT.format(noun="movement"))) == {("Ida Berg", "chief of", "Norlan")}


# "Ida Berg, chief of the Tobacco Growers' Union, spoke.": the tagger leaves the first word of a name
# with a plural possessive outside it.
CUT_NAME = """
Ida         Ida         PROPN NNP 2  compound PERSON
Berg        Berg        PROPN NNP 11 nsubj    I-PERSON
,           ,           PUNCT ,   2  punct    -
chief       chief       NOUN  NN  2  appos    -
of          of          ADP   IN  4  prep     -
the         the         DET   DT  10 det      -
{first}     {first}     PROPN NNP 8  compound -
Growers     Growers     PROPN NNPS 10 poss    ORG
'           '           PART  POS 8  case     I-ORG
Union       Union       PROPN NNP 5  pobj     I-ORG
spoke       speak       VERB  VBD 0  ROOT     -
.           .           PUNCT .   11 punct    -
"""


def test_a_capitalised_word_the_tagger_cut_off_a_body_s_name_is_the_name_s_own() -> None:
    [(holder, role, body)] = roles(read(CUT_NAME.format(first="Tobacco")))
    assert (holder, role) == ("Ida Berg", "chief of")
    assert body.split()[:2] == ["Tobacco", "Growers"]
    # a title's word before the name is no word of it
    [(_, _, body)] = roles(read(CUT_NAME.format(first="Deputy")))
    assert body.split()[0] == "Growers"


def test_a_description_s_noun_the_tagger_took_into_a_name_makes_no_owner() -> None:
    # "Norlan farm news source Vantic reported.": "news source" describes Vantic; "Norlan farm news" is
    # no body that owns it
    reading = read("""
    Norlan   Norlan   PROPN NNP 3 compound ORG
    farm     farm     NOUN  NN  3 compound I-ORG
    news     news     NOUN  NN  4 compound I-ORG
    source   source   NOUN  NN  5 compound -
    Vantic   Vantic   PROPN NNP 6 nsubj    ORG
    reported report   VERB  VBD 0 ROOT     -
    .        .        PUNCT .   6 punct    -
    """)
    assert not roles(reading)


def test_a_ticker_in_brackets_after_a_company_is_no_description() -> None:
    # "Vantic (Nasdaq "VNTC") makes chips.": the exchange and the ticker name the company's shares
    reading = read("""
    Vantic   Vantic   PROPN NNP 8 nsubj    ORG
    (        (        PUNCT -LRB- 1 punct  -
    Nasdaq   Nasdaq   PROPN NNP 5 nmod     ORG
    "        "        PUNCT ``  5 punct    -
    VNTC     VNTC     PROPN NNP 1 appos    -
    "        "        PUNCT ''  5 punct    -
    )        )        PUNCT -RRB- 1 punct  -
    makes    make     VERB  VBZ 0 ROOT     -
    chips    chip     NOUN  NNS 8 dobj     -
    .        .        PUNCT .   8 punct    -
    """)
    assert not roles(reading)


def test_a_name_after_a_title_s_of_holds_no_title() -> None:
    # "Chile voted. Chile won. Ida Berg, vice president of Norlan Labs research, spoke.": the tagger took
    # the unit's name for a person's; it is the title's object, not its holder (nor the story state's)
    reading = read("""
    Chile      Chile      PROPN NNP 2  nsubj    GPE
    voted      vote       VERB  VBD 0  ROOT     -
    .          .          PUNCT .   2  punct    -
    Chile      Chile      PROPN NNP 5  nsubj    GPE
    won        win        VERB  VBD 0  ROOT     -
    .          .          PUNCT .   5  punct    -
    Ida        Ida        PROPN NNP 8  compound PERSON
    Berg       Berg       PROPN NNP 17 nsubj    I-PERSON
    ,          ,          PUNCT ,   8  punct    -
    vice       vice       NOUN  NN  11 compound -
    president  president  NOUN  NN  8  appos    -
    of         of         ADP   IN  11 prep     -
    Norlan     Norlan     PROPN NNP 14 compound PERSON
    Labs       Labs       PROPN NNP 15 compound I-PERSON
    research   research   NOUN  NN  12 pobj     -
    ,          ,          PUNCT ,   8  punct    -
    spoke      speak      VERB  VBD 0  ROOT     -
    .          .          PUNCT .   17 punct    -
    """)
    assert not {r for r in roles(reading) if r[0] == "Norlan Labs"}


def test_a_company_s_group_vice_president_is_one_corporate_title() -> None:
    assert role_phrase(["group", "vice", "president"]) == "group vice president"
    assert is_corporate_title("group vice president")
