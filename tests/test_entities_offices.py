"""Offices stated in other constructions than a title before a name, titles held in organisations, and
the country a holder takes along the role (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.offices import ended_before, holding
from geokg.extract.pipeline import Reading, read_doc
from hand_docs import by_rule, country_of, facts, parse, read


def roles(reading: Reading) -> set[tuple[str, str, str]]:
    return facts(reading, "title")


def country(reading: Reading, label: str) -> str | None:
    return country_of(reading, label)


def test_served_as_states_an_office_and_its_owner() -> None:
    reading = read("""
    Ana       Ana       PROPN NNP 2 compound PERSON
    Ruiz      Ruiz      PROPN NNP 3 nsubj    I-PERSON
    served    serve     VERB  VBD 0 ROOT     -
    as        as        ADP   IN  3 prep     -
    the       the       DET   DT  7 det      -
    Chilean   Chilean   ADJ   JJ  7 amod     NORP
    ambassador ambassador NOUN NN 4 pobj     -
    to        to        ADP   IN  7 prep     -
    Japan     Japan     PROPN NNP 8 pobj     GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert roles(reading) == {("Ana Ruiz", "ambassador of", "Chile"), ("Ana Ruiz", "ambassador to", "Japan")}
    assert country(reading, "Ana Ruiz") == "CHL"


def test_a_relative_clause_with_be_states_the_office_of_its_antecedent() -> None:
    reading = read(
        """
    They      they      PRON  PRP 2 nsubj    -
    met       meet      VERB  VBD 0 ROOT     -
    Ali       Ali       PROPN NNP 4 compound PERSON
    Karimi    Karimi    PROPN NNP 2 dobj     I-PERSON
    ,         ,         PUNCT ,   4 punct    -
    who       who       PRON  WP  7 nsubj    -
    is        be        AUX   VBZ 4 relcl    -
    the       the       DET   DT  9 det      -
    minister  minister  NOUN  NN  7 attr     -
    of        of        ADP   IN  9 prep     -
    Jordan    Jordan    PROPN NNP 10 pobj    GPE
    .         .         PUNCT .   2 punct    -
    """
    )
    assert ("Ali Karimi", "minister of", "Jordan") in roles(reading)


def test_an_organisation_before_common_nouns_and_a_name_employs_the_person() -> None:
    reading = read("""
    Radio     Radio     PROPN NNP 2 compound ORG
    Vega      Vega      PROPN NNP 4 compound I-ORG
    sports    sport     NOUN  NNS 4 compound -
    reporter  reporter  NOUN  NN  6 compound -
    Lena      Lena      PROPN NNP 6 compound PERSON
    Holm      Holm      PROPN NNP 7 nsubj    I-PERSON
    resigned  resign    VERB  VBD 0 ROOT     -
    .         .         PUNCT .   7 punct    -
    """)
    assert ("Lena Holm", "reporter of", "Radio Vega") in roles(reading) or (
        "Lena Holm",
        "sports reporter of",
        "Radio Vega",
    ) in roles(reading)


def test_a_plural_title_before_coordinated_names_is_each_one_s() -> None:
    reading = read("""
    ESA        ESA        PROPN NNP 2 compound ORG
    astronauts astronaut  NOUN  NNS 4 compound -
    Eva        Eva        PROPN NNP 4 compound PERSON
    Lind       Lind       PROPN NNP 8 nsubj    I-PERSON
    and        and        CCONJ CC  4 cc       -
    Tom        Tom        PROPN NNP 7 compound PERSON
    Berg       Berg       PROPN NNP 4 conj     I-PERSON
    landed     land       VERB  VBD 0 ROOT     -
    .          .          PUNCT .   8 punct    -
    """)
    found = roles(reading)
    assert ("Eva Lind", "astronaut of", "ESA") in found and ("Tom Berg", "astronaut of", "ESA") in found


def test_a_plural_title_before_a_list_hung_as_an_apposition_is_each_one_s() -> None:
    # "Chilean ministers Eva Lind, Tom Berg and Ana Ruiz landed.": the parser hangs the second name on the
    # first as an apposition and the third on the second as a conjunct
    reading = read("""
    Chilean    Chilean    ADJ   JJ  2 amod     NORP
    ministers  minister   NOUN  NNS 4 compound -
    Eva        Eva        PROPN NNP 4 compound PERSON
    Lind       Lind       PROPN NNP 11 nsubj   I-PERSON
    ,          ,          PUNCT ,   4 punct    -
    Tom        Tom        PROPN NNP 7 compound PERSON
    Berg       Berg       PROPN NNP 4 appos    I-PERSON
    and        and        CCONJ CC  7 cc       -
    Ana        Ana        PROPN NNP 10 compound PERSON
    Ruiz       Ruiz       PROPN NNP 7 conj     I-PERSON
    landed     land       VERB  VBD 0 ROOT     -
    .          .          PUNCT .   11 punct   -
    """)
    found = roles(reading)
    assert {("Eva Lind", "minister of", "Chile"), ("Tom Berg", "minister of", "Chile")} <= found
    assert ("Ana Ruiz", "minister of", "Chile") in found


def test_a_plural_title_before_a_colon_is_each_listed_name_s() -> None:
    # "Chilean ministers came: Eva Lind (Health), Tom Berg, Ana Ruiz.": the parser hangs each name on the
    # one before as an apposition or a conjunct
    reading = read("""
    Chilean    Chilean    ADJ   JJ  2 amod     NORP
    ministers  minister   NOUN  NNS 3 nsubj    -
    came       come       VERB  VBD 0 ROOT     -
    :          :          PUNCT :   3 punct    -
    Eva        Eva        PROPN NNP 6 compound PERSON
    Lind       Lind       PROPN NNP 2 appos    I-PERSON
    (          (          PUNCT -LRB- 6 punct  -
    Health     health     PROPN NNP 6 appos    -
    )          )          PUNCT -RRB- 6 punct  -
    ,          ,          PUNCT ,   6 punct    -
    Tom        Tom        PROPN NNP 12 compound PERSON
    Berg       Berg       PROPN NNP 6 appos    I-PERSON
    ,          ,          PUNCT ,   12 punct   -
    Ana        Ana        PROPN NNP 15 compound PERSON
    Ruiz       Ruiz       PROPN NNP 12 conj    I-PERSON
    .          .          PUNCT .   3 punct    -
    """)
    found = roles(reading)
    assert {(name, "minister of", "Chile") for name in ("Eva Lind", "Tom Berg", "Ana Ruiz")} <= found


def test_a_body_named_before_a_title_is_where_the_title_is_held() -> None:
    reading = read("""
    Croatia   Croatia   PROPN NNP 2 nsubj    GPE
    closed    close     VERB  VBD 0 ROOT     -
    its       its       PRON  PRP$ 4 poss    -
    border    border    NOUN  NN  2 dobj     -
    with      with      ADP   IN  4 prep     -
    Serbia    Serbia    PROPN NNP 5 pobj     GPE
    .         .         PUNCT .   2 punct    -
    Croatia   Croatia   PROPN NNP 9 nsubj    GPE
    protested protest   VERB  VBD 0 ROOT     -
    .         .         PUNCT .   9 punct    -
    Police    police    NOUN  NN  12 compound -
    chief     chief     NOUN  NN  14 compound -
    Ivo       Ivo       PROPN NNP 14 compound PERSON
    Maric     Maric     PROPN NNP 15 nsubj   I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   15 punct   -
    """)
    assert ("Ivo Maric", "police chief of", "Croatian police") in roles(reading) or (
        "Ivo Maric",
        "chief of",
        "Croatian police",
    ) in roles(reading)
    assert country(reading, "Ivo Maric") == "HRV"  # carried along the role


def test_a_title_in_a_state_without_a_state_word_is_the_article_s_state() -> None:
    reading = read("""
    Ghana     Ghana     PROPN NNP 2 nsubj    GPE
    raised    raise     VERB  VBD 0 ROOT     -
    taxes     tax       NOUN  NNS 2 dobj     -
    .         .         PUNCT .   2 punct    -
    Ghana     Ghana     PROPN NNP 6 nsubj    GPE
    cut       cut       VERB  VBD 0 ROOT     -
    fees      fee       NOUN  NNS 6 dobj     -
    .         .         PUNCT .   6 punct    -
    Finance   finance   PROPN NNP 10 compound -
    Minister  minister  PROPN NNP 12 compound -
    Kofi      Kofi      PROPN NNP 12 compound PERSON
    Mensah    Mensah    PROPN NNP 13 nsubj   I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   13 punct   -
    """)
    assert country(reading, "Kofi Mensah") == "GHA"


def test_a_title_tagged_as_an_organisation_is_no_entity_and_a_body_s_name_ends_before_a_title() -> None:
    reading = read_doc(
        parse("""
        Navy        Navy        PROPN NNP 2 compound ORG
        Commander   Commander   PROPN NNP 4 compound I-ORG
        Jan         Jan         PROPN NNP 4 compound PERSON
        Kral        Kral        PROPN NNP 5 nsubj    I-PERSON
        named       name        VERB  VBD 0 ROOT     -
        Petr        Petr        PROPN NNP 7 compound PERSON
        Novak       Novak       PROPN NNP 5 dobj     I-PERSON
        Chief       Chief       PROPN NNP 10 compound ORG
        of          of          ADP   IN  8 prep     I-ORG
        Staff       Staff       PROPN NNP 5 oprd     I-ORG
        .           .           PUNCT .   5 punct    -
        """),
        "hand-built",
    )
    labels = {e.label for e in reading.entities.entities()}
    assert "Navy" in labels and "Navy Commander" not in labels and "Chief of Staff" not in labels
    assert ("Jan Kral", "commander of", "Navy") in roles(reading)
    assert ("Petr Novak", "chief of staff of", "Navy") not in roles(reading)


def test_a_title_phrase_before_a_comma_and_a_name_is_the_name_s_office() -> None:
    reading = read("""
    A           a           DET   DT  2 det      -
    member      member      NOUN  NN  0 ROOT     -
    of          of          ADP   IN  2 prep     -
    the         the         DET   DT  6 det      ORG
    Kenyan      Kenyan      PROPN NNP 6 compound I-ORG
    Parliament  Parliament  PROPN NNP 3 pobj     I-ORG
    ,           ,           PUNCT ,   10 punct   -
    Jane        Jane        PROPN NNP 9 compound PERSON
    Wanjiru     Wanjiru     PROPN NNP 10 nsubj   I-PERSON
    said        say         VERB  VBD 2 parataxis -
    .           .           PUNCT .   10 punct   -
    """)
    assert roles(reading) == {("Jane Wanjiru", "member of", "Kenyan Parliament")}
    assert country(reading, "Jane Wanjiru") == "KEN"
    # a state's parliament has one id, however the text names it
    assert [e.id for e in reading.entities.entities() if e.label == "Kenyan Parliament"] == [
        "org:parliament@ken"
    ]


def test_a_unit_of_a_state_body_belongs_to_the_body_s_state() -> None:
    reading = read("""
    Peru      Peru      PROPN NNP 2 nsubj    GPE
    mourned   mourn     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    Peru      Peru      PROPN NNP 5 nsubj    GPE
    wept      weep      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
    Luis      Luis      PROPN NNP 8 compound PERSON
    Quispe    Quispe    PROPN NNP 15 nsubj   I-PERSON
    of        of        ADP   IN  8 prep     -
    the       the       DET   DT  11 det     -
    army      army      NOUN  NN  14 poss    -
    's        's        PART  POS 11 case    -
    Northern  Northern  PROPN NNP 14 compound ORG
    Command   Command   PROPN NNP 9 pobj     I-ORG
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   15 punct   -
    """)
    assert country(reading, "Northern Command") == "PER"
    assert country(reading, "Luis Quispe") == "PER"


def test_an_institution_based_in_a_city_or_named_after_it_is_of_its_country() -> None:
    reading = read("""
    Arts      Arts      PROPN NNP 11 nsubj   ORG
    for       for       ADP   IN  1 prep     I-ORG
    Peace     Peace     PROPN NNP 2 pobj     I-ORG
    ,         ,         PUNCT ,   1 punct    -
    a         a         DET   DT  9 det      -
    Vienna    Vienna    PROPN NNP 8 npadvmod GPE
    -         -         PUNCT HYPH 8 punct   -
    based     base      VERB  VBN 9 amod     -
    charity   charity   NOUN  NN  1 appos    -
    ,         ,         PUNCT ,   1 punct    -
    thanked   thank     VERB  VBD 0 ROOT     -
    Graz      Graz      PROPN NNP 13 compound ORG
    University University PROPN NNP 11 dobj  I-ORG
    .         .         PUNCT .   11 punct   -
    """)
    assert country(reading, "Arts for Peace") == "AUT"
    assert country(reading, "Graz University") == "AUT"


def test_a_state_word_before_the_first_of_two_titled_names_is_said_for_both() -> None:
    reading = read("""
    Greece    Greece    PROPN NNP 2 nsubj    GPE
    hosted    host      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   2 punct    -
    Greece    Greece    PROPN NNP 5 nsubj    GPE
    signed    sign      VERB  VBD 0 ROOT     -
    .         .         PUNCT .   5 punct    -
    Israeli   Israeli   ADJ   JJ  9 amod     NORP
    energy    energy    NOUN  NN  9 compound -
    minister  minister  NOUN  NN  11 compound -
    Dan       Dan       PROPN NNP 11 compound PERSON
    Levi      Levi      PROPN NNP 17 nsubj   I-PERSON
    and       and       CCONJ CC  11 cc      -
    trade     trade     NOUN  NN  14 compound -
    minister  minister  NOUN  NN  16 compound -
    Ori       Ori       PROPN NNP 16 compound PERSON
    Bar       Bar       PROPN NNP 11 conj    I-PERSON
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   17 punct   -
    """)
    assert country(reading, "Dan Levi") == "ISR"
    assert country(reading, "Ori Bar") == "ISR"  # not Greece, the article's state


GHANA_TWICE = """
Ghana     Ghana     PROPN NNP 2 nsubj    GPE
raised    raise     VERB  VBD 0 ROOT     -
taxes     tax       NOUN  NNS 2 dobj     -
.         .         PUNCT .   2 punct    -
Ghana     Ghana     PROPN NNP 6 nsubj    GPE
cut       cut       VERB  VBD 0 ROOT     -
fees      fee       NOUN  NNS 6 dobj     -
.         .         PUNCT .   6 punct    -
"""


def test_a_state_office_without_a_state_word_is_held_in_the_article_s_state() -> None:
    reading = read(
        GHANA_TWICE
        + """
    Kofi      Kofi      PROPN NNP 10 compound PERSON
    Mensah    Mensah    PROPN NNP 15 nsubj   I-PERSON
    ,         ,         PUNCT ,   10 punct   -
    the       the       DET   DT  14 det     -
    Defence   defence   PROPN NNP 14 compound -
    Secretary secretary PROPN NNP 10 appos   -
    said      say       VERB  VBD 0 ROOT     -
    .         .         PUNCT .   15 punct   -
    """
    )
    assert ("Kofi Mensah", "defense secretary of", "Ghana") in roles(reading)


def test_one_of_someone_s_aides_is_that_person_s_aide() -> None:
    reading = read("""
    He        he        PRON  PRP 2 nsubj    -
    met       meet      VERB  VBD 0 ROOT     -
    Ivan      Ivan      PROPN NNP 4 compound PERSON
    Petrov    Petrov    PROPN NNP 2 dobj     I-PERSON
    ,         ,         PUNCT ,   4 punct    -
    one       one       NUM   CD  4 appos    -
    of        of        ADP   IN  6 prep     -
    Maria     Maria     PROPN NNP 9 compound PERSON
    Sokolova  Sokolova  PROPN NNP 11 poss    I-PERSON
    's        's        PART  POS 9 case     -
    aides     aide      NOUN  NNS 7 pobj     -
    .         .         PUNCT .   2 punct    -
    """)
    assert ("Ivan Petrov", "aide of", "Maria Sokolova") in roles(reading)


def test_who_is_refers_to_the_name_before_it_whatever_the_parser_hangs_it_on() -> None:
    reading = read("""
    Ali       Ali       PROPN NNP 2 compound PERSON
    Nouri     Nouri     PROPN NNP 3 nsubj    I-PERSON
    had       have      VERB  VBD 0 ROOT     -
    talks     talk      NOUN  NNS 3 dobj     -
    with      with      ADP   IN  4 prep     -
    Sami      Sami      PROPN NNP 7 compound PERSON
    Haddad    Haddad    PROPN NNP 5 pobj     I-PERSON
    who       who       PRON  WP  9 nsubj    -
    is        be        AUX   VBZ 4 relcl    -
    the       the       DET   DT  11 det     -
    minister  minister  NOUN  NN  9 attr     -
    of        of        ADP   IN  11 prep    -
    Lebanon   Lebanon   PROPN NNP 12 pobj    GPE
    .         .         PUNCT .   3 punct    -
    """)
    assert ("Sami Haddad", "minister of", "Lebanon") in roles(reading)


# ---- office holders before 2015, by the article's date ---------------------------------------------------

# "Prime Minister Paul Martin thanked the mayor."
TITLED_HOLDER = """
Prime     Prime     PROPN NNP 2 compound -
Minister  Minister  PROPN NNP 4 compound -
Paul      Paul      PROPN NNP 4 compound PERSON
Martin    Martin    PROPN NNP 5 nsubj    I-PERSON
thanked   thank     VERB  VBD 0 ROOT     -
the       the       DET   DT  7 det      -
mayor     mayor     NOUN  NN  5 dobj     -
.         .         PUNCT .   5 punct    -
"""

# "Prime Minister Brown thanked the mayor." (a surname alone, and a common one)
TITLED_SURNAME = """
Prime     Prime     PROPN NNP 2 compound -
Minister  Minister  PROPN NNP 3 compound -
{name}    {name}    PROPN NNP 4 nsubj    PERSON
thanked   thank     VERB  VBD 0 ROOT     -
the       the       DET   DT  6 det      -
mayor     mayor     NOUN  NN  4 dobj     -
.         .         PUNCT .   4 punct    -
"""


def titled(table: str, day: str | None) -> tuple[str | None, set[tuple[str, str]]]:
    """The country of the article's one person, and the roles its title gave them."""
    reading = read_doc(parse(table), "hand-built", day)
    [person] = [e for e in reading.entities.entities() if e.type == "PERSON"]
    return person.country, {(r.predicate, r.object.entity_id) for r in by_rule(reading, "title")}


def test_a_head_of_government_of_2004_is_known_in_an_article_of_2004() -> None:
    assert titled(TITLED_HOLDER, "2004-11-30") == ("CAN", {("prime minister of", "country:CAN")})
    assert titled(TITLED_SURNAME.format(name="Martin"), "2004-11-30") == (
        "CAN",
        {("prime minister of", "country:CAN")},
    )
    assert titled(TITLED_SURNAME.format(name="Brown"), "2008-03-01")[0] == "GBR"


def test_a_surname_of_a_past_head_of_government_is_nobody_in_a_later_article() -> None:
    for name in ("Martin", "Brown", "Howard"):
        country, found = titled(TITLED_SURNAME.format(name=name), "2019-06-10")
        assert country not in {"CAN", "GBR", "AUS"} and ("prime minister of", "country:CAN") not in found
    # the full name still says who he is, and that the office is over
    assert ("prime minister of", "country:CAN") not in titled(TITLED_HOLDER, "2019-06-10")[1]


def test_an_undated_article_reads_a_surname_as_a_holder_of_recent_years_or_of_the_title_written() -> None:
    # no date: "Prime Minister Brown" is the one holder of that office the table knows by the name, however
    # old the term (undated wire copy of 2004 says "President Bush"); a title of no term of his is nobody
    assert titled(TITLED_SURNAME.format(name="Brown"), None) == (
        "GBR",
        {("prime minister of", "country:GBR")},
    )
    assert titled(TITLED_SURNAME.format(name="Bush"), None) == (None, set())
    # the one holder named Martin since 2015 is Ireland's taoiseach, not Canada's prime minister of 2004
    assert titled(TITLED_SURNAME.format(name="Martin"), None)[0] == "IRL"
    # with no date, a holder's recent office decides, not one he held long before
    assert holding(["Jens Stoltenberg"]).country is None  # NATO's, not Norway's prime minister of the 2000s
    assert holding(["Jens Stoltenberg"], "2010-05-01").country == "NOR"
    assert holding(["Gordon Brown"]).country == "GBR"  # a full name holds whatever the date


def test_a_title_of_several_offices_is_no_former_office_of_one_who_holds_another() -> None:
    # a body's president in 2019 who was his state's prime minister until 2014 is no former president
    assert not ended_before(["Donald Tusk"], "president", "2019-01-14")
    # nor is a party's leader who was prime minister years ago a former leader
    assert not ended_before(["Jaroslaw Kaczynski"], "leader", "2019-05-15")
    # the office's own title, or one naming no other office, still says that the term is over
    assert ended_before(["Jens Stoltenberg"], "prime minister", "2019-01-14")
    assert ended_before(["Jens Stoltenberg"], "premier", "2019-01-14")
    assert ended_before(["Bill Clinton"], "president", "2019-09-25")


# ---- foreign and defence ministers before 2015 ---------------------------------------------------------

# "Secretary of State Colin Powell thanked the mayor."
SECRETARY_OF_STATE = """
Secretary Secretary PROPN NNP 5 compound -
of        of        ADP   IN  1 prep     -
State     State     PROPN NNP 2 pobj     -
Colin     Colin     PROPN NNP 5 compound PERSON
Powell    Powell    PROPN NNP 6 nsubj    I-PERSON
thanked   thank     VERB  VBD 0 ROOT     -
the       the       DET   DT  8 det      -
mayor     mayor     NOUN  NN  6 dobj     -
.         .         PUNCT .   6 punct    -
"""

# "Foreign Minister Jack Straw thanked the mayor." ({given} may be empty: the surname alone)
TITLED_MINISTER = """
{kind}    {kind}    PROPN NNP 2 compound -
Minister  Minister  PROPN NNP 4 compound -
{given}   {given}   PROPN NNP 4 compound PERSON
{name}    {name}    PROPN NNP 5 nsubj    I-PERSON
thanked   thank     VERB  VBD 0 ROOT     -
the       the       DET   DT  7 det      -
mayor     mayor     NOUN  NN  5 dobj     -
.         .         PUNCT .   5 punct    -
"""

# "Foreign Minister Straw thanked the mayor."
TITLED_MINISTER_SURNAME = """
{kind}    {kind}    PROPN NNP 2 compound -
Minister  Minister  PROPN NNP 3 compound -
{name}    {name}    PROPN NNP 4 nsubj    PERSON
thanked   thank     VERB  VBD 0 ROOT     -
the       the       DET   DT  6 det      -
mayor     mayor     NOUN  NN  4 dobj     -
.         .         PUNCT .   4 punct    -
"""


def test_a_foreign_minister_of_the_2000s_is_known_by_full_name_whatever_the_date() -> None:
    # wire news of 2004 often comes undated: the full name still says whose secretary of state he is
    assert titled(SECRETARY_OF_STATE, None) == ("USA", {("secretary of state of", "country:USA")})
    assert titled(SECRETARY_OF_STATE, "2004-03-01") == ("USA", {("secretary of state of", "country:USA")})
    minister = TITLED_MINISTER.format(kind="Defence", given="Peter", name="Struck")
    assert titled(minister, None) == ("DEU", {("defense minister of", "country:DEU")})


def test_a_minister_s_surname_is_known_only_in_an_article_of_his_term() -> None:
    straw = TITLED_MINISTER_SURNAME.format(kind="Foreign", name="Straw")
    assert titled(straw, "2004-03-01") == ("GBR", {("foreign minister of", "country:GBR")})
    # years later the surname alone is nobody the table knows; undated, the title written names his term
    assert titled(straw, None) == ("GBR", {("foreign minister of", "country:GBR")})
    assert titled(straw, "2019-06-10")[0] is None
    # two Ivanovs were ministers at once (foreign and defence, 2001-2004): a bare "Ivanov" is neither
    assert holding(["Ivanov"], "2003-01-15") is None
    assert holding(["Ivanov"], "2005-06-01").country == "RUS"
    # a namesake with another given name is not the minister
    assert holding(["Bill Gates", "Gates"], "2008-01-15") is None
    assert holding(["Clinton"], "2010-03-01").terms[0].holder == "Hillary Clinton"


def test_a_former_minister_named_in_a_later_article_holds_no_current_office() -> None:
    minister = TITLED_MINISTER.format(kind="Foreign", given="Jack", name="Straw")
    country, found = titled(minister, "2019-06-10")
    assert country == "GBR"  # a full name keeps its state
    assert ("foreign minister of", "country:GBR") not in found
    assert found == {("former foreign minister of", "country:GBR")}


# "National Security Adviser Condoleezza Rice thanked the mayor."
ADVISER = """
National    National    PROPN NNP 3 compound -
Security    Security    PROPN NNP 3 compound -
Adviser     Adviser     PROPN NNP 5 compound -
Condoleezza Condoleezza PROPN NNP 5 compound PERSON
Rice        Rice        PROPN NNP 6 nsubj    I-PERSON
thanked     thank       VERB  VBD 0 ROOT     -
the         the         DET   DT  8 det      -
mayor       mayor       NOUN  NN  6 dobj     -
.           .           PUNCT .   6 punct    -
"""


def test_a_title_the_table_does_not_list_for_a_holder_it_knows_is_an_office_of_the_holders_state() -> None:
    # the table knows her as a later secretary of state; the adviser's title the text writes is still the
    # United States' office, as it is for anyone of a state the text gives with such a title
    assert titled(ADVISER, None) == ("USA", {("national security adviser of", "country:USA")})
    # a chief minister the table knows as a later defence minister heads one of India's states: no office of
    # India itself
    chief = TITLED_MINISTER.format(kind="Chief", given="Manohar", name="Parrikar")
    assert titled(chief, None) == ("IND", set())


def test_a_bare_name_of_a_holder_in_an_undated_story_of_no_such_state_is_a_namesake() -> None:
    # "Ben Wallace shoved Tom Berg.": a basketball player, not Britain's defence secretary of 2019-2023
    rows = [
        "Ben      Ben      PROPN NNP 2 compound PERSON",
        "Wallace  Wallace  PROPN NNP 3 nsubj    I-PERSON",
        "shoved   shove    VERB  VBD 0 ROOT     -",
        "Tom      Tom      PROPN NNP 5 compound PERSON",
        "Berg     Berg     PROPN NNP 3 dobj     I-PERSON",
    ]
    stop = ".        .        PUNCT .   3 punct    -"
    assert country(read("\n".join([*rows, stop])), "Ben Wallace") is None
    # "… shoved Tom Berg in Britain.": the story names his state
    britain = ["in       in       ADP   IN  3 prep     -", "Britain  Britain  PROPN NNP 6 pobj     GPE"]
    assert country(read("\n".join([*rows, *britain, stop])), "Ben Wallace") == "GBR"


def test_a_titled_holder_keeps_the_table_s_state_in_an_undated_story_of_no_such_state() -> None:
    # "Commission President Jose Manuel Barroso met Tom Berg.": the title ties him to the table's entry
    reading = read("""
    Commission  Commission  PROPN NNP 2 compound ORG
    President   President   PROPN NNP 5 compound -
    Jose        Jose        PROPN NNP 5 compound PERSON
    Manuel      Manuel      PROPN NNP 5 compound I-PERSON
    Barroso     Barroso     PROPN NNP 6 nsubj    I-PERSON
    met         meet        VERB  VBD 0 ROOT     -
    Tom         Tom         PROPN NNP 8 compound PERSON
    Berg        Berg        PROPN NNP 6 dobj     I-PERSON
    .           .           PUNCT .   6 punct    -
    """)
    assert country(reading, "Jose Manuel Barroso") == "PRT"


def test_an_undated_surname_with_the_title_of_an_older_term_is_that_holder() -> None:
    # undated wire copy: a bare surname of an older term is nobody, the title it holds names the holder
    assert holding(["Bush"]) is None
    assert holding(["Bush"], None, ["president"]).country == "USA"
    assert holding(["Bush"], None, ["foreign minister"]) is None  # a title of another office names no one


# ---- office holders of the 1980s and 1990s ---------------------------------------------------------------

# "President Reagan thanked Mrs Thatcher."
SURNAMES_OF_1987 = """
President  President  PROPN NNP 2 compound -
Reagan     Reagan     PROPN NNP 3 nsubj    PERSON
thanked    thank      VERB  VBD 0 ROOT     -
Mrs        Mrs        PROPN NNP 5 compound -
Thatcher   Thatcher   PROPN NNP 3 dobj     PERSON
.          .          PUNCT .   3 punct    -
"""


def test_a_surname_in_a_story_of_1987_is_the_head_of_state_or_government_then_in_office() -> None:
    reading = read_doc(parse(SURNAMES_OF_1987), "hand-built", "1987-06-10")
    assert country(reading, "Reagan") == "USA"
    assert country(reading, "Thatcher") == "GBR"
    assert ("Reagan", "president of", "United States") in roles(reading)
    reagan = holding(["Reagan"], "1987-06-10")
    assert {t.office for t in reagan.terms} == {"head_of_state", "head_of_government"}
    assert {t.office for t in holding(["Thatcher"], "1987-06-10").terms} == {"head_of_government"}
    # the leaders of the time of states of the past, and of West Germany
    assert holding(["Gorbachev"], "1987-06-10").country == "SUN"
    assert holding(["Honecker"], "1987-06-10").country == "DDR"
    assert holding(["Kohl"], "1987-06-10").country == "DEU"
    assert holding(["Nakasone"], "1987-06-10").country == "JPN"
    assert holding(["Lubbers"], "1987-06-10").country == "NLD"
    assert holding(["Jaruzelski"], "1987-06-10").country == "POL"
    # thirty years later the surnames are nobody the table knows
    later = read_doc(parse(SURNAMES_OF_1987), "hand-built", "2019-06-10")
    assert country(later, "Reagan") is None and country(later, "Thatcher") is None


def test_a_full_name_two_holders_of_one_state_share_is_the_one_nearest_the_article_s_day() -> None:
    assert holding(["George Bush"], "1990-08-02").terms[0].holder == "George H. W. Bush"
    assert holding(["George Bush"], "2003-03-20").terms[0].holder == "George W. Bush"
    # vice president in 1987, an office the table does not list: still the United States' man
    assert holding(["George Bush"], "1987-06-10").terms[0].holder == "George H. W. Bush"
    # undated: the later of the two (an undated article is recent news)
    assert holding(["George Bush"]).terms[0].holder == "George W. Bush"
    assert holding(["Bush"], None, ["president"]).country == "USA"
