"""Titles read with what qualifies them and with the words that complete them: "presumptive", a year,
"emeritus", compound titles ("vice presidential", "co-founder"), stacked titles, a see after a bishop's name,
roles stated by an honorific and "at", and the bodies that choose someone "as their nominee" (sentences of our
own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.pipeline import Reading, read_doc
from hand_docs import country_of, facts, parse

# "United States voted. United States won.": makes the United States the article's state.
USA = """
    United       United       PROPN NNP 2  compound GPE
    States       States       PROPN NNP 3  nsubj    I-GPE
    voted        vote         VERB  VBD 0  ROOT     -
    .            .            PUNCT .   3  punct    -
    United       United       PROPN NNP 2  compound GPE
    States       States       PROPN NNP 3  nsubj    I-GPE
    won          win          VERB  VBD 0  ROOT     -
    .            .            PUNCT .   3  punct    -
"""


def _join(*sentences: str) -> str:
    """Sentences written with heads counted from their own first token, as one table."""
    rows: list[str] = []
    for table in sentences:
        offset = len(rows)
        for line in table.strip().splitlines():
            cells = line.split()
            if cells[4] != "0":
                cells[4] = str(int(cells[4]) + offset)
            rows.append(" ".join(cells))
    return "\n".join(rows)


def _read(*sentences: str, day: str | None = None) -> Reading:
    return read_doc(parse(_join(*sentences)), scope="hand-built", day=day)


def roles(reading: Reading) -> set[tuple[str, str, str]]:
    return facts(reading, "title")


def labels(reading: Reading) -> set[str]:
    return {e.label for e in reading.entities.entities()}


def test_presumptive_is_kept_as_a_qualifier_of_the_title() -> None:
    reading = _read("""
    Presumptive  Presumptive  PROPN NNP 7 compound -
    Green        Green        PROPN NNP 3 compound ORG
    Party        Party        PROPN NNP 5 nmod     I-ORG
    presidential presidential ADJ   JJ  5 amod     -
    nominee      nominee      NOUN  NN  7 compound -
    Maria        Maria        PROPN NNP 7 compound PERSON
    Lopez        Lopez        PROPN NNP 8 nsubj    I-PERSON
    spoke        speak        VERB  VBD 0 ROOT     -
    .            .            PUNCT .   8 punct    -
    """)
    assert roles(reading) == {("Maria Lopez", "presumptive presidential nominee of", "Green Party")}


VICE_NOMINEE = """
    Pat          Pat          PROPN NNP 2  compound PERSON
    Cole         Cole         PROPN NNP 3  nsubj    I-PERSON
    picked       pick         VERB  VBD 0  ROOT     -
    the          the          DET   DT  6  det      ORG
    Green        Green        PROPN NNP 6  compound I-ORG
    Party        Party        PROPN NNP 11 poss     I-ORG
    's           's           PART  POS 6  case     I-ORG
    2016         2016         NUM   CD  11 nummod   -
    vice         vice         NOUN  NN  11 nmod     -
    presidential presidential ADJ   JJ  11 amod     -
    nominee      nominee      NOUN  NN  13 compound -
    Ann          Ann          PROPN NNP 13 compound PERSON
    Ray          Ray          PROPN NNP 3  dobj     I-PERSON
    .            .            PUNCT .   3  punct    -
"""


def test_a_year_before_a_compound_title_makes_a_past_office_and_keeps_its_first_word() -> None:
    # "vice" hangs on the title as nmod: dropping it would name an office she never held
    reading = _read(VICE_NOMINEE, day="2020-06-19")
    assert roles(reading) == {("Ann Ray", "former vice presidential nominee of", "Green Party")}


def test_the_year_of_the_article_leaves_the_office_current() -> None:
    reading = _read(VICE_NOMINEE.replace("2016", "2020"), day="2020-06-19")
    assert roles(reading) == {("Ann Ray", "vice presidential nominee of", "Green Party")}


def test_bishop_emeritus_before_the_name_is_a_former_bishop_of_the_see() -> None:
    reading = _read("""
    Bishop   Bishop   PROPN NNP 4 compound -
    Emeritus Emeritus PROPN NNP 4 compound -
    Pedro    Pedro    PROPN NNP 4 compound PERSON
    Santos   Santos   PROPN NNP 7 nsubj    I-PERSON
    of       of       ADP   IN  4 prep     -
    Cebu     Cebu     PROPN NNP 5 pobj     GPE
    died     die      VERB  VBD 0 ROOT     -
    .        .        PUNCT .   7 punct    -
    """)
    # "Emeritus" is the title's qualifier, not a given name
    assert "Pedro Santos" in labels(reading)
    assert ("Pedro Santos", "former bishop of", "Cebu") in roles(reading)


def test_bishop_emeritus_in_apposition_heads_the_parse() -> None:
    reading = _read("""
    Pedro    Pedro    PROPN NNP 2 compound PERSON
    Santos   Santos   PROPN NNP 9 nsubj    I-PERSON
    ,        ,        PUNCT ,   2 punct    -
    bishop   bishop   PROPN NNP 5 compound -
    emeritus emeritus NOUN  NN  2 appos    -
    of       of       ADP   IN  5 prep     -
    Cebu     Cebu     PROPN NNP 6 pobj     GPE
    ,        ,        PUNCT ,   2 punct    -
    died     die      VERB  VBD 0 ROOT     -
    .        .        PUNCT .   9 punct    -
    """)
    assert roles(reading) == {("Pedro Santos", "former bishop of", "Cebu")}


def test_a_see_tagged_as_a_people_is_the_bishop_s_place_not_a_body_he_is_member_of() -> None:
    reading = _read("""
    Bishop Bishop PROPN NNP 3 compound -
    Luis   Luis   PROPN NNP 3 compound PERSON
    Vega   Vega   PROPN NNP 6 nsubj    I-PERSON
    of     of     ADP   IN  3 prep     -
    Marbel Marbel PROPN NNP 4 pobj     NORP
    spoke  speak  VERB  VBD 0 ROOT     -
    .      .      PUNCT .   6 punct    -
    """)
    assert roles(reading) == {("Luis Vega", "bishop of", "Marbel")}


def test_the_owner_of_a_business_in_apposition() -> None:
    reading = _read("""
    Police    Police    NOUN  NNS 2  nsubj     -
    said      say       VERB  VBD 0  ROOT      -
    Jan       Jan       PROPN NNP 4  compound  PERSON
    Kowal     Kowal     PROPN NNP 13 nsubjpass I-PERSON
    ,         ,         PUNCT ,   4  punct     -
    owner     owner     NOUN  NN  4  appos     -
    of        of        ADP   IN  6  prep      -
    the       the       DET   DT  10 det       ORG
    Riverside Riverside PROPN NNP 10 compound  I-ORG
    Hotel     Hotel     PROPN NNP 7  pobj      I-ORG
    ,         ,         PUNCT ,   4  punct     -
    was       be        AUX   VBD 13 auxpass   -
    arrested  arrest    VERB  VBN 2  ccomp     -
    .         .         PUNCT .   2  punct     -
    """)
    assert ("Jan Kowal", "owner of", "Riverside Hotel") in roles(reading)


def test_a_second_coordinated_title_hung_as_an_apposition_keeps_its_co_prefix() -> None:
    reading = _read("""
    Bob     Bob     PROPN NNP  2  compound PERSON
    Ames    Ames    PROPN NNP  16 nsubj    I-PERSON
    ,       ,       PUNCT ,    2  punct    -
    a       a       DET   DT   6  det      -
    union   union   NOUN  NN   6  compound -
    leader  leader  NOUN  NN   2  appos    -
    and     and     CCONJ CC   6  cc       -
    co      co      NOUN  NN   10 compound -
    -       -       PUNCT HYPH 10 punct    -
    founder founder NOUN  NN   6  appos    -
    of      of      ADP   IN   10 prep     -
    the     the     DET   DT   14 det      ORG
    Green   Green   PROPN NNP  14 compound I-ORG
    Party   Party   PROPN NNP  11 pobj     I-ORG
    ,       ,       PUNCT ,    2  punct    -
    spoke   speak   VERB  VBD  0  ROOT     -
    .       .       PUNCT .    16 punct    -
    """)
    assert roles(reading) == {("Bob Ames", "co-founder of", "Green Party")}


def test_a_list_of_titles_in_apposition_does_not_spread_its_first_title_s_qualifier() -> None:
    reading = _read("""
    Tom      Tom      PROPN NNP 2  compound PERSON
    Baker    Baker    PROPN NNP 16 nsubj    I-PERSON
    ,        ,        PUNCT ,   2  punct    -
    the      the      DET   DT  6  det      -
    former   former   ADJ   JJ  6  amod     -
    governor governor NOUN  NN  2  appos    -
    ,        ,        PUNCT ,   6  punct    -
    mayor    mayor    NOUN  NN  6  appos    -
    of       of       ADP   IN  8  prep     -
    Dayton   Dayton   PROPN NNP 9  pobj     GPE
    and      and      CCONJ CC  8  cc       -
    member   member   NOUN  NN  8  conj     -
    of       of       ADP   IN  12 prep     -
    Congress Congress PROPN NNP 13 pobj     ORG
    ,        ,        PUNCT ,   16 punct    -
    spoke    speak    VERB  VBD 0  ROOT     -
    .        .        PUNCT .   16 punct    -
    """)
    # "mayor" follows a comma, not "and": a list the parser chained, whose qualifier is not said of each
    assert not any(predicate.startswith("former m") for _, predicate, _ in roles(reading))


def test_a_possessive_place_s_first_selectman_in_apposition() -> None:
    reading = _read("""
    According accord    VERB  VBG 14 prep      -
    to        to        ADP   IN  1  prep      -
    Millbrook Millbrook PROPN NNP 6  poss      GPE
    's        's        PART  POS 3  case      -
    first     first     ADJ   JJ  6  amod      -
    selectman selectman NOUN  NN  2  pobj      -
    ,         ,         PUNCT ,   6  punct     -
    Tom       Tom       PROPN NNP 9  compound  PERSON
    Reyes     Reyes     PROPN NNP 6  appos     I-PERSON
    ,         ,         PUNCT ,   14 punct     -
    the       the       DET   DT  12 det       -
    road      road      NOUN  NN  14 nsubjpass -
    was       be        AUX   VBD 14 auxpass   -
    closed    close     VERB  VBN 0  ROOT      -
    .         .         PUNCT .   14 punct     -
    """)
    assert roles(reading) == {("Tom Reyes", "first selectman of", "Millbrook")}


def test_a_state_title_stacked_after_a_party_title_is_held_in_the_state() -> None:
    reading = _read(
        USA,
        """
    Then         then         ADV   RB   7  advmod   -
    -            -            PUNCT HYPH 5  punct    -
    US           US           PROPN NNP  5  nmod     -
    Green        Green        PROPN NNP  5  nmod     ORG
    Party        Party        PROPN NNP  7  nmod     I-ORG
    presidential presidential ADJ   JJ   7  amod     -
    candidate    candidate    NOUN  NN   10 compound -
    Congressman  Congressman  PROPN NNP  10 compound -
    Bob          Bob          PROPN NNP  10 compound PERSON
    Ames         Ames         PROPN NNP  11 nsubj    I-PERSON
    spoke        speak        VERB  VBD  0  ROOT     -
    .            .            PUNCT .    11 punct    -
    """,
    )
    # "then-" is said across the state word; "Congressman" is no office the party gives
    assert roles(reading) == {
        ("Bob Ames", "former presidential candidate of", "Green Party"),
        ("Bob Ames", "congressman of", "United States"),
    }


def test_a_doctor_at_a_hospital() -> None:
    reading = _read("""
    Dr.      Dr.      PROPN NNP 3  compound -
    Ellen    Ellen    PROPN NNP 3  compound PERSON
    Corby    Corby    PROPN NNP 7  nsubj    I-PERSON
    at       at       ADP   IN  3  prep     -
    Mercy    Mercy    PROPN NNP 6  compound ORG
    Hospital Hospital PROPN NNP 4  pobj     I-ORG
    said     say      VERB  VBD 0  ROOT     -
    the      the      DET   DT  9  det      -
    victims  victim   NOUN  NNS 10 nsubj    -
    were     be       AUX   VBD 7  ccomp    -
    stable   stable   ADJ   JJ  10 acomp    -
    .        .        PUNCT .   7  punct    -
    """)
    assert roles(reading) == {("Ellen Corby", "doctor at", "Mercy Hospital")}


def test_the_parties_that_choose_someone_as_their_nominee_own_the_title() -> None:
    reading = _read("""
    The          the          DET   DT   3  det      ORG
    Peace        Peace        PROPN NNP  3  compound I-ORG
    Party        Party        PROPN NNP  8  nsubj    I-ORG
    and          and          CCONJ CC   3  cc       -
    the          the          DET   DT   7  det      ORG
    Liberty      Liberty      PROPN NNP  7  compound I-ORG
    Party        Party        PROPN NNP  3  conj     I-ORG
    chose        choose       VERB  VBD  0  ROOT     -
    Ann          Ann          PROPN NNP  10 compound PERSON
    Ray          Ray          PROPN NNP  8  dobj     I-PERSON
    as           as           ADP   IN   8  prep     -
    their        their        PRON  PRP$ 14 poss     -
    presidential presidential ADJ   JJ   14 amod     -
    nominee      nominee      NOUN  NN   11 pobj     -
    .            .            PUNCT .    8  punct    -
    """)
    assert roles(reading) == {
        ("Ann Ray", "presidential nominee of", "Peace Party"),
        ("Ann Ray", "presidential nominee of", "Liberty Party"),
    }


def test_a_senator_from_a_state_written_between_the_title_and_the_name() -> None:
    reading = _read("""
    Support support NOUN  NN  2  nsubj    -
    came    come    VERB  VBD 0  ROOT     -
    from    from    ADP   IN  2  prep     -
    United  United  PROPN NNP 5  compound GPE
    States  States  PROPN NNP 6  compound I-GPE
    Senator Senator PROPN NNP 3  pobj     -
    from    from    ADP   IN  6  prep     -
    Oregon  Oregon  PROPN NNP 10 compound GPE
    Dan     Dan     PROPN NNP 10 compound PERSON
    Reeve   Reeve   PROPN NNP 7  pobj     I-PERSON
    .       .       PUNCT .   2  punct    -
    """)
    assert roles(reading) == {
        ("Dan Reeve", "senator of", "United States"),
        ("Dan Reeve", "senator from", "Oregon"),
    }


def test_an_office_taken_by_a_name_in_apposition_to_a_title_subject() -> None:
    # "The Governor of Ohio, Tom Hale, became ...": the parser makes the title the subject
    reading = _read("""
    The         the         DET   DT  2  det      -
    Governor    Governor    PROPN NNP 10 nsubj    -
    of          of          ADP   IN  2  prep     -
    Ohio        Ohio        PROPN NNP 3  pobj     GPE
    ,           ,           PUNCT ,   2  punct    -
    Tom         Tom         PROPN NNP 7  compound PERSON
    Hale        Hale        PROPN NNP 2  appos    I-PERSON
    ,           ,           PUNCT ,   2  punct    -
    later       later       ADV   RB  10 advmod   -
    became      become      VERB  VBD 0  ROOT     -
    the         the         DET   DT  13 det      ORG
    Liberty     Liberty     PROPN NNP 13 compound I-ORG
    Party       Party       PROPN NNP 16 poss     I-ORG
    's          's          PART  POS 13 case     I-ORG
    presumptive presumptive ADJ   JJ  16 amod     -
    nominee     nominee     NOUN  NN  10 attr     -
    .           .           PUNCT .   10 punct    -
    """)
    assert ("Tom Hale", "presumptive nominee of", "Liberty Party") in roles(reading)


def test_a_name_between_commas_after_a_title_is_its_apposition_however_it_is_parsed() -> None:
    reading = _read("""
    According accord    VERB  VBG 12 prep     -
    to        to        ADP   IN  1  prep     -
    Millbrook Millbrook PROPN NNP 6  poss     GPE
    's        's        PART  POS 3  case     -
    first     first     ADJ   JJ  6  amod     -
    selectman selectman NOUN  NN  2  pobj     -
    ,         ,         PUNCT ,   12 punct    -
    Tom       Tom       PROPN NNP 9  compound PERSON
    Reyes     Reyes     PROPN NNP 12 dep      I-PERSON
    ,         ,         PUNCT ,   12 punct    -
    there     there     PRON  EX  12 expl     -
    were      be        VERB  VBD 0  ROOT     -
    ten       ten       NUM   CD  14 nummod   -
    people    people    NOUN  NNS 12 attr     -
    aboard    aboard    ADV   RB  14 advmod   -
    .         .         PUNCT .   12 punct    -
    """)
    assert roles(reading) == {("Tom Reyes", "first selectman of", "Millbrook")}


def test_the_party_s_nominee_is_the_nominee_of_the_party_named_before_in_the_sentence() -> None:
    reading = _read(
        """
    On           on           ADP   IN  7  prep     -
    Saturday     Saturday     PROPN NNP 1  pobj     -
    ,            ,            PUNCT ,   7  punct    -
    the          the          DET   DT  6  det      ORG
    Green        Green        PROPN NNP 6  compound I-ORG
    Party        Party        PROPN NNP 7  nsubj    I-ORG
    nominated    nominate     VERB  VBD 0  ROOT     -
    Ohio         Ohio         PROPN NNP 9  compound ORG
    University   University   PROPN NNP 10 compound I-ORG
    psychologist psychologist NOUN  NN  12 compound -
    Jo           Jo           PROPN NNP 12 compound PERSON
    Smith        Smith        PROPN NNP 7  dobj     I-PERSON
    ,            ,            PUNCT ,   12 punct    -
    the          the          DET   DT  15 det      -
    party        party        NOUN  NN  20 poss     -
    's           's           PART  POS 15 case     -
    1996         1996         NUM   CD  20 nummod   -
    vice         vice         NOUN  NN  20 nmod     -
    presidential presidential ADJ   JJ  20 amod     -
    nominee      nominee      NOUN  NN  12 appos    -
    ,            ,            PUNCT ,   12 punct    -
    for          for          ADP   IN  7  prep     -
    president    president    NOUN  NN  22 pobj     -
    .            .            PUNCT .   7  punct    -
    """,
        day="2020-05-23",
    )
    assert ("Jo Smith", "former vice presidential nominee of", "Green Party") in roles(reading)
    # the title does not take the clause's object: the party still nominates the person
    assert ("Green Party", "nominate", "Jo Smith") in facts(reading, "svo")


def test_a_nominee_whose_party_name_the_tagger_broke_is_the_nominee_of_the_choosing_parties() -> None:
    # "Party for Unity" is no entity here: the title before the name has no owner, and the parties
    # that chose the person, not the article's state, give the nomination
    reading = _read(
        USA,
        """
    The          the          DET   DT  3  det      ORG
    Peace        Peace        PROPN NNP 3  compound I-ORG
    Party        Party        PROPN NNP 8  nsubj    I-ORG
    and          and          CCONJ CC  3  cc       -
    the          the          DET   DT  7  det      ORG
    Liberty      Liberty      PROPN NNP 7  compound I-ORG
    Party        Party        PROPN NNP 3  conj     I-ORG
    chose        choose       VERB  VBD 0  ROOT     -
    Party        Party        PROPN NNP 8  dobj     -
    for          for          ADP   IN  9  prep     -
    Unity        Unity        PROPN NNP 13 nmod     -
    presidential presidential ADJ   JJ  13 amod     -
    nominee      nominee      NOUN  NN  15 compound -
    Ann          Ann          PROPN NNP 15 compound PERSON
    Ray          Ray          PROPN NNP 10 pobj     I-PERSON
    .            .            PUNCT .   8  punct    -
    """,
    )
    assert roles(reading) == {
        ("Ann Ray", "presidential nominee of", "Peace Party"),
        ("Ann Ray", "presidential nominee of", "Liberty Party"),
    }


def test_an_aside_between_dashes_stands_between_a_title_and_its_owner() -> None:
    reading = _read("""
    The       the       DET   DT   3  det      ORG
    Liberty   Liberty   PROPN NNP  3  compound I-ORG
    Party     Party     PROPN NNP  4  nsubj    I-ORG
    chose     choose    VERB  VBD  0  ROOT     -
    Ohio      Ohio      PROPN NNP  7  compound ORG
    Taxpayers Taxpayers PROPN NNPS 7  compound I-ORG
    Party     Party     PROPN NNP  4  dobj     I-ORG
    —         —         PUNCT :    7  punct    -
    its       its       PRON  PRP$ 11 poss     -
    state     state     NOUN  NN   11 compound -
    affiliate affiliate NOUN  NN   7  appos    -
    —         —         PUNCT :    11 punct    -
    chairman  chairman  NOUN  NN   15 compound -
    Bill      Bill      PROPN NNP  15 compound PERSON
    Moss      Moss      PROPN NNP  11 appos    I-PERSON
    .         .         PUNCT .    4  punct    -
    """)
    assert ("Bill Moss", "chairperson of", "Ohio Taxpayers Party") in roles(reading)


def test_a_participle_between_the_organisation_and_the_title_does_not_hide_the_owner() -> None:
    reading = _read("""
    Reuters     Reuters   PROPN NNP 2 npadvmod ORG
    accredited  accredit  VERB  VBN 3 amod     -
    reporter    reporter  NOUN  NN  5 compound -
    Tom         Tom       PROPN NNP 5 compound PERSON
    Hale        Hale      PROPN NNP 6 nsubj    I-PERSON
    interviewed interview VERB  VBD 0 ROOT     -
    the         the       DET   DT  8 det      -
    candidate   candidate NOUN  NN  6 dobj     -
    .           .         PUNCT .   6 punct    -
    """)
    assert roles(reading) == {("Tom Hale", "reporter of", "Reuters")}


def test_an_office_is_not_held_at_the_venue_named_after_the_name() -> None:
    reading = _read(
        USA,
        """
    President President PROPN NNP 3 compound -
    Tom       Tom       PROPN NNP 3 compound PERSON
    Hale      Hale      PROPN NNP 8 nsubj    I-PERSON
    at        at        ADP   IN  3 prep     -
    the       the       DET   DT  7 det      ORG
    White     White     PROPN NNP 7 compound I-ORG
    House     House     PROPN NNP 4 pobj     I-ORG
    spoke     speak     VERB  VBD 0 ROOT     -
    .         .         PUNCT .   8 punct    -
    """,
    )
    assert not any(predicate.endswith(" at") for _, predicate, _ in roles(reading))


def test_a_qualifier_before_the_first_of_two_titles_is_said_of_the_second() -> None:
    reading = _read("""
    Former       former       ADJ   JJ   3  amod      -
    Texas        Texas        PROPN NNP  3  compound  GPE
    governor     governor     NOUN  NN   10 nsubj     -
    and          and          CCONJ CC   3  cc        -
    US           US           PROPN NNP  6  compound  GPE
    Senator      Senator      PROPN NNP  8  compound  -
    Paul         Paul         PROPN NNP  8  compound  PERSON
    Hart         Hart         PROPN NNP  3  conj      I-PERSON
    will         will         AUX   MD   10 aux       -
    run          run          VERB  VB   0  ROOT      -
    .            .            PUNCT .    10 punct     -
    """)
    assert ("Paul Hart", "former senator of", "United States") in roles(reading)
    assert not any(predicate == "senator of" for _, predicate, _ in roles(reading))


def test_a_qualifier_of_two_titles_in_apposition_is_said_of_both() -> None:
    reading = _read("""
    Paul         Paul         PROPN NNP  2  compound  PERSON
    Hart         Hart         PROPN NNP  13 nsubj     I-PERSON
    ,            ,            PUNCT ,    2  punct     -
    a            a            DET   DT   6  det       -
    former       former       ADJ   JJ   6  amod      -
    minister     minister     NOUN  NN   2  appos     -
    and          and          CCONJ CC   6  cc        -
    ambassador   ambassador   NOUN  NN   6  conj      -
    to           to           ADP   IN   8  prep      -
    Peru         Peru         PROPN NNP  9  pobj      GPE
    ,            ,            PUNCT ,    2  punct     -
    will         will         AUX   MD   13 aux       -
    run          run          VERB  VB   0  ROOT      -
    .            .            PUNCT .    13 punct     -
    """)
    assert roles(reading) == {("Paul Hart", "former ambassador to", "Peru")}


DATED_NOMINEE = """
    In           in           ADP   IN   11 prep      -
    2012         2012         NUM   CD   1  pobj      DATE
    ,            ,            PUNCT ,    11 punct     -
    the          the          DET   DT   6  det       ORG
    Green        Green        PROPN NNP  6  compound  I-ORG
    Party        Party        PROPN NNP  8  poss      I-ORG
    's           's           PART  POS  6  case      I-ORG
    nominee      nominee      NOUN  NN   10 compound  -
    Jo           Jo           PROPN NNP  10 compound  PERSON
    Marsh        Marsh        PROPN NNP  11 nsubj     I-PERSON
    won          win          VERB  VBD  0  ROOT      -
    2            2            NUM   CD   13 nummod    PERCENT
    percent      percent      NOUN  NN   11 dobj      I-PERCENT
    .            .            PUNCT .    11 punct     -
"""


def test_a_nominee_in_a_clause_dated_by_an_earlier_year_is_a_former_nominee() -> None:
    assert roles(_read(DATED_NOMINEE, day="2015-03-01")) == {("Jo Marsh", "former nominee of", "Green Party")}
    # the election's own year: the title is current
    assert roles(_read(DATED_NOMINEE, day="2012-10-01")) == {("Jo Marsh", "nominee of", "Green Party")}


def test_a_state_s_title_before_a_name_of_a_state_is_its_office_not_citizenship() -> None:
    found = roles(
        _read("""
    At           at           ADP   IN   12 prep      -
    the          the          DET   DT   3  det       -
    summit       summit       NOUN  NN   1  pobj      -
    ,            ,            PUNCT ,    12 punct     -
    EU           EU           PROPN NNP  6  compound  ORG
    chairperson  chairperson  NOUN  NN   7  compound  -
    President    President    PROPN NNP  9  compound  -
    Ana          Ana          PROPN NNP  9  compound  PERSON
    Ruiz         Ruiz         PROPN NNP  12 nsubj     I-PERSON
    of           of           ADP   IN   9  prep      -
    Peru         Peru         PROPN NNP  10 pobj      GPE
    spoke        speak        VERB  VBD  0  ROOT      -
    .            .            PUNCT .    12 punct     -
    """)
    )
    assert ("Ana Ruiz", "president of", "Peru") in found
    assert ("Ana Ruiz", "citizen of", "Peru") not in found


def test_a_company_s_title_before_a_name_of_a_state_leaves_citizenship() -> None:
    found = roles(
        _read("""
    Yesterday    yesterday    NOUN  NN   8  npadvmod  DATE
    Prime        Prime        PROPN NNP  3  compound  -
    Minister     Minister     PROPN NNP  5  compound  -
    Ana          Ana          PROPN NNP  5  compound  PERSON
    Ruiz         Ruiz         PROPN NNP  8  nsubj     I-PERSON
    of           of           ADP   IN   5  prep      -
    Peru         Peru         PROPN NNP  6  pobj      GPE
    met          meet         VERB  VBD  0  ROOT      -
    Chairman     Chairman     PROPN NNP  11 compound  -
    Leo          Leo          PROPN NNP  11 compound  PERSON
    Park         Park         PROPN NNP  8  dobj      I-PERSON
    of           of           ADP   IN   11 prep      -
    Japan        Japan        PROPN NNP  12 pobj      GPE
    .            .            PUNCT .    8  punct     -
    """)
    )
    assert ("Ana Ruiz", "prime minister of", "Peru") in found
    assert ("Ana Ruiz", "citizen of", "Peru") not in found
    assert ("Leo Park", "citizen of", "Japan") in found


def test_ousted_before_a_title_says_the_office_is_over() -> None:
    # "Ousted President Marta Ruiz of Chile fled."
    reading = _read("""
        Ousted     oust       VERB  VBN  4  amod     -
        President  President  PROPN NNP  4  compound -
        Marta      Marta      PROPN NNP  4  compound PERSON
        Ruiz       Ruiz       PROPN NNP  7  nsubj    I-PERSON
        of         of         ADP   IN   4  prep     -
        Chile      Chile      PROPN NNP  5  pobj     GPE
        fled       flee       VERB  VBD  0  ROOT     -
        .          .          PUNCT .    7  punct    -
    """)
    assert roles(reading) == {("Marta Ruiz", "former president of", "Chile")}


# "Marta Ruiz, head of {body} for the {tail}, spoke."
HEAD_OF = """
    Marta      Marta      PROPN NNP  2  compound PERSON
    Ruiz       Ruiz       PROPN NNP  12 nsubj    I-PERSON
    ,          ,          PUNCT ,    2  punct    -
    head       head       NOUN  NN   2  appos    -
    of         of         ADP   IN   4  prep     -
    {body}     {body}     PROPN NNPS 5  pobj     {body_ent}
    for        for        ADP   IN   4  prep     {for_ent}
    the        the        DET   DT   10 det      {for_ent}
    {first}    {first}    {pos}      {tag} 10 {dep} {first_ent}
    {tail}     {tail}     PROPN NNP  7  pobj     {tail_ent}
    ,          ,          PUNCT ,    2  punct    -
    spoke      speak      VERB  VBD  0  ROOT     -
    .          .          PUNCT .    12 punct    -
"""


def test_a_for_inside_a_body_s_name_is_no_second_object_of_the_title() -> None:
    # the tagger takes "Friends for the Open Sea" whole
    named = HEAD_OF.format(
        body="Friends", body_ent="ORG", for_ent="I-ORG", first="Open", pos="PROPN", tag="NNP",
        dep="compound", first_ent="I-ORG", tail="Sea", tail_ent="I-ORG",
    )  # fmt: skip
    assert roles(_read(named)) == {("Marta Ruiz", "head of", "Friends for the Open Sea")}
    # "People for the Chilean Way", no entity: no "head for Chile"
    unnamed = HEAD_OF.format(
        body="People", body_ent="-", for_ent="-", first="Chilean", pos="ADJ", tag="JJ",
        dep="compound", first_ent="NORP", tail="Way", tail_ent="-",
    )  # fmt: skip
    assert not {r for r in roles(_read(unnamed)) if r[1] == "head for"}


def test_a_for_after_a_body_s_whole_name_is_the_title_s_own() -> None:
    # "Marta Ruiz, head of Acme for the Chilean Coast, spoke.": the body's name ends before "for"
    apart = HEAD_OF.format(
        body="Acme", body_ent="ORG", for_ent="-", first="Chilean", pos="ADJ", tag="JJ",
        dep="compound", first_ent="NORP", tail="Coast", tail_ent="-",
    )  # fmt: skip
    assert roles(_read(apart)) == {("Marta Ruiz", "head of", "Acme"), ("Marta Ruiz", "head for", "Chile")}


# "Marta Ruiz, {det} Gaza {words}, spoke."
PLACE_BEFORE_TITLE = """
    Marta      Marta      PROPN NNP  2  compound PERSON
    Ruiz       Ruiz       PROPN NNP  {verb} nsubj I-PERSON
    ,          ,          PUNCT ,    2  punct    -
    {det}      {det}      DET   DT   {title} det -
    Gaza       Gaza       PROPN NNP  {title} compound GPE
    {words}
    ,          ,          PUNCT ,    2  punct    -
    spoke      speak      VERB  VBD  0  ROOT     -
    .          .          PUNCT .    {verb} punct -
"""


def _place_before_title(det: str, words: list[str]) -> str:
    title = 6 + next(n for n, w in enumerate(words) if w.split()[5] == "appos")
    rows = "\n".join(words)
    return PLACE_BEFORE_TITLE.format(det=det, words=rows, title=title, verb=7 + len(words))


def test_a_place_before_a_title_of_a_named_body_says_where_not_whose() -> None:
    # "the Gaza leader of Acme": Acme's leader, serving in Gaza
    of_acme = _place_before_title(
        "the",
        [
            "leader leader NOUN NN 2 appos -",
            "of of ADP IN 6 prep -",
            "Acme Acme PROPN NNP 7 pobj ORG",
        ],
    )
    assert roles(_read(of_acme)) == {("Marta Ruiz", "leader of", "Acme")}
    # "a Gaza militia leader": a militia's leader, not Gaza's
    militia = _place_before_title(
        "a", ["militia militia NOUN NN 7 compound -", "leader leader NOUN NN 2 appos -"]
    )
    assert not {r for r in roles(_read(militia)) if r[2] == "Gaza"}
    alone = _place_before_title("a", ["leader leader NOUN NN 2 appos -"])
    assert roles(_read(alone)) == {("Marta Ruiz", "leader of", "Gaza")}


TROOPS = """
    American   American   ADJ   JJ   2  amod     NORP
    troops     troop      NOUN  NNS  3  nsubj    -
    patrolled  patrol     VERB  VBD  0  ROOT     -
    the        the        DET   DT   5  det      -
    city       city       NOUN  NN   3  dobj     -
    .          .          PUNCT .    3  punct    -
"""

IRAQ = """
    Iraq       Iraq       PROPN NNP  2  nsubj    GPE
    protested  protest    VERB  VBD  0  ROOT     -
    .          .          PUNCT .    2  punct    -
"""

# "Lt. Col. Marta Ruiz spoke.", the tokenizer's split dots and all
LT_COL = """
    Lt         Lt         PROPN NNP  6  compound -
    .          .          PUNCT .    6  punct    -
    Col        Col        PROPN NNP  6  compound -
    .          .          PUNCT .    6  punct    -
    Marta      Marta      PROPN NNP  6  compound PERSON
    Ruiz       Ruiz       PROPN NNP  7  nsubj    I-PERSON
    spoke      speak      VERB  VBD  0  ROOT     -
    .          .          PUNCT .    7  punct    -
"""


def test_an_abbreviated_rank_serves_in_the_story_s_forces_not_where_they_serve() -> None:
    abroad = _read(IRAQ, IRAQ, TROOPS, LT_COL)
    assert country_of(abroad, "Marta Ruiz") == "USA"
    assert ("Marta Ruiz", "lieutenant colonel of", "United States") in roles(abroad)
    # no forces named: the rank is the story's state's
    assert country_of(_read(IRAQ, IRAQ, LT_COL), "Marta Ruiz") == "IRQ"


def test_a_qualifier_before_a_town_s_name_is_said_of_the_title_after_it() -> None:
    # "former New York Police Commissioner X": the tagger names the town apart from the force
    reading = _read(
        USA,
        """
    The          the          DET   DT   2  det       -
    nominee      nominee      NOUN  NN   13 nsubj     -
    ,            ,            PUNCT ,    2  punct     -
    former       former       ADJ   JJ   9  amod      -
    New          New          PROPN NNP  6  compound  GPE
    York         York         PROPN NNP  7  compound  I-GPE
    City         City         PROPN NNP  9  compound  I-GPE
    Police       Police       PROPN NNP  9  compound  -
    Commissioner Commissioner PROPN NNP  11 compound  -
    Ann          Ann          PROPN NNP  11 compound  PERSON
    Ray          Ray          PROPN NNP  2  appos     I-PERSON
    ,            ,            PUNCT ,    2  punct     -
    spoke        speak        VERB  VBD  0  ROOT      -
    .            .            PUNCT .    13 punct     -
    """,
    )
    assert {predicate for holder, predicate, _ in roles(reading) if holder == "Ann Ray"} == {
        "former commissioner of"
    }


def test_a_chairman_elect_in_apposition_is_the_body_s_incoming_chairman() -> None:
    # "X, chairman-elect of Y": the parser heads the title with "elect"; the office is one to come
    reading = _read("""
    Ada      Ada      PROPN NNP 2  compound PERSON
    Lind     Lind     PROPN NNP 10 nsubj    I-PERSON
    ,        ,        PUNCT ,   2  punct    -
    chairman chairman NOUN  NN  6  compound -
    -        -        PUNCT HYPH 6 punct    -
    elect    elect    NOUN  NN  2  appos    -
    of       of       ADP   IN  6  prep     -
    Nordbank Nordbank PROPN NNP 7  pobj     ORG
    ,        ,        PUNCT ,   2  punct    -
    spoke    speak    VERB  VBD 0  ROOT     -
    .        .        PUNCT .   10 punct    -
    """)
    assert roles(reading) == {("Ada Lind", "incoming chairperson of", "Nordbank")}


def test_a_president_designate_in_apposition_is_the_body_s_incoming_president() -> None:
    reading = _read("""
    Ada       Ada       PROPN NNP 2  compound PERSON
    Lind      Lind      PROPN NNP 11 nsubj    I-PERSON
    ,         ,         PUNCT ,   2  punct    -
    president president NOUN  NN  6  compound -
    -         -         PUNCT HYPH 6 punct    -
    designate designate NOUN  NN  2  appos    -
    of        of        ADP   IN  6  prep     -
    the       the       DET   DT  9  det      -
    Guild     Guild     PROPN NNP 7  pobj     ORG
    ,         ,         PUNCT ,   2  punct    -
    spoke     speak     VERB  VBD 0  ROOT     -
    .         .         PUNCT .   11 punct    -
    """)
    assert roles(reading) == {("Ada Lind", "incoming president of", "Guild")}
