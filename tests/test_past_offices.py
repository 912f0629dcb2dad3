"""Offices of the past written without "former": the table knows the term ended before the article, or the
clause of the title is dated long before it (sentences of our own, parses written by hand)."""

from __future__ import annotations

from geokg.extract.entities.offices import ended_before
from geokg.extract.pipeline import read_doc
from hand_docs import facts, parse

# "Justice Ana Lopez was nominated to the court in {year} by Chilean President Marta Ruiz."
NOMINATED = """
    Justice    Justice    PROPN NNP  3  compound -
    Ana        Ana        PROPN NNP  3  compound PERSON
    Lopez      Lopez      PROPN NNP  5  nsubjpass I-PERSON
    was        be         AUX   VBD  5  auxpass  -
    nominated  nominate   VERB  VBN  0  ROOT     -
    to         to         ADP   IN   5  prep     -
    the        the        DET   DT   8  det      -
    court      court      NOUN  NN   6  pobj     -
    in         in         ADP   IN   5  prep     -
    {year}     {year}     NUM   CD   9  pobj     DATE
    by         by         ADP   IN   5  agent    -
    Chilean    Chilean    ADJ   JJ   15 amod     NORP
    President  President  PROPN NNP  15 compound -
    Marta      Marta      PROPN NNP  15 compound PERSON
    Ruiz       Ruiz       PROPN NNP  11 pobj     I-PERSON
    .          .          PUNCT .    5  punct    -
"""

# "Senator Marta Ruiz, who was born in 1950, spoke."
BORN = """
    Senator    Senator    PROPN NNP  3  compound -
    Marta      Marta      PROPN NNP  3  compound PERSON
    Ruiz       Ruiz       PROPN NNP  11 nsubj    I-PERSON
    ,          ,          PUNCT ,    3  punct    -
    who        who        PRON  WP   7  nsubjpass -
    was        be         AUX   VBD  7  auxpass  -
    born       bear       VERB  VBN  3  relcl    -
    in         in         ADP   IN   7  prep     -
    1950       1950       NUM   CD   8  pobj     DATE
    ,          ,          PUNCT ,    3  punct    -
    spoke      speak      VERB  VBD  0  ROOT     -
    .          .          PUNCT .    11 punct    -
"""


def _roles(table: str, day: str) -> set[tuple[str, str, str]]:
    reading = read_doc(parse(table), scope="hand-built", day=day)
    return {fact for fact in facts(reading, "title") if fact[0] == "Marta Ruiz"}


def test_a_title_in_a_clause_dated_long_ago_is_a_former_office() -> None:
    past = _roles(NOMINATED.format(year="1975"), "2019-07-17")
    assert past == {("Marta Ruiz", "former president of", "Chile")}


def test_an_office_dated_long_ago_is_former_also_where_the_title_is_repeated() -> None:
    # then "Chilean President Marta Ruiz spoke.", undated (as a caption repeats a title): one office, over
    again = """
    Chilean    Chilean    ADJ   JJ   20 amod     NORP
    President  President  PROPN NNP  20 compound -
    Marta      Marta      PROPN NNP  20 compound PERSON
    Ruiz       Ruiz       PROPN NNP  21 nsubj    I-PERSON
    spoke      speak      VERB  VBD  0  ROOT     -
    .          .          PUNCT .    21 punct    -
    """
    twice = NOMINATED.format(year="1975") + again
    assert _roles(twice, "2019-07-17") == {("Marta Ruiz", "former president of", "Chile")}
    assert _roles(NOMINATED.format(year="2012") + again, "2019-07-17") == {
        ("Marta Ruiz", "president of", "Chile")
    }


def test_a_recent_date_leaves_the_office_as_written() -> None:
    # a term may run on since: only a date further back than any term tells an office of the past
    assert _roles(NOMINATED.format(year="2012"), "2019-07-17") == {("Marta Ruiz", "president of", "Chile")}


def test_a_birth_year_dates_no_office() -> None:
    assert {role for _, role, _ in _roles(BORN, "2019-07-17")} <= {"senator of"}


def test_the_table_tells_a_term_ended_before_the_article() -> None:
    assert ended_before({"Michelle Bachelet"}, "president", "2019-05-01")
    assert not ended_before({"Michelle Bachelet"}, "president", "2016-05-01")  # in office then
    assert not ended_before({"Ana Lopez"}, "president", "2019-05-01")  # unknown to the table
    assert not ended_before({"Michelle Bachelet"}, "foreign minister", "2019-05-01")  # not that office


# "Marta Ruiz, formerly the mayor of Santiago, spoke on Monday." (the model's parse, entities corrected)
FORMERLY = """
    Marta      Marta      PROPN NNP  2  compound PERSON
    Ruiz       Ruiz       PROPN NNP  10 nsubj    I-PERSON
    ,          ,          PUNCT ,    2  punct    -
    {adverb}   {adverb}   ADV   RB   6  advmod   -
    the        the        DET   DT   6  det      -
    mayor      mayor      NOUN  NN   2  appos    -
    of         of         ADP   IN   6  prep     -
    Santiago   Santiago   PROPN NNP  7  pobj     GPE
    ,          ,          PUNCT ,    2  punct    -
    spoke      speak      VERB  VBD  0  ROOT     -
    on         on         ADP   IN   10 prep     -
    Monday     Monday     PROPN NNP  11 pobj     DATE
    .          .          PUNCT .    10 punct    -
"""

# "Marta Ruiz, who served as President of Chile for eight years, spoke on Monday."
SERVED = """
    Marta      Marta      PROPN NNP  2  compound PERSON
    Ruiz       Ruiz       PROPN NNP  {root} nsubj    I-PERSON
    ,          ,          PUNCT ,    2  punct    -
    who        who        PRON  WP   {verb} nsubj    -
    {aux}
    served     serve      VERB  {tag}  2  relcl    -
    as         as         ADP   IN   {verb} prep     -
    President  President  PROPN NNP  {as_} pobj     -
    of         of         ADP   IN   {pres} prep     -
    Chile      Chile      PROPN NNP  {of_} pobj     GPE
    for        for        ADP   IN   {verb} prep     -
    eight      eight      NUM   CD   {years} nummod   DATE
    years      year       NOUN  NNS  {for_} pobj     I-DATE
    ,          ,          PUNCT ,    2  punct    -
    spoke      speak      VERB  VBD  0  ROOT     -
    .          .          PUNCT .    {root} punct    -
"""


def _served(has: bool) -> str:
    # token numbers shift by one where "has" stands before "served"
    k = 1 if has else 0
    return SERVED.format(
        root=14 + k,
        verb=5 + k,
        aux=f"has        have       AUX   VBZ  {5 + k}  aux      -" if has else "",
        tag="VBN" if has else "VBD",
        as_=6 + k,
        pres=7 + k,
        of_=8 + k,
        years=12 + k,
        for_=10 + k,
    )


# "The dam was built under Chilean President Marta Ruiz in the {decade}."
DECADE = """
    The        the        DET   DT   2  det      -
    dam        dam        NOUN  NN   4  nsubjpass -
    was        be         AUX   VBD  4  auxpass  -
    built      build      VERB  VBN  0  ROOT     -
    under      under      ADP   IN   4  prep     -
    Chilean    Chilean    ADJ   JJ   9  amod     NORP
    President  President  PROPN NNP  9  compound -
    Marta      Marta      PROPN NNP  9  compound PERSON
    Ruiz       Ruiz       PROPN NNP  5  pobj     I-PERSON
    in         in         ADP   IN   9  prep     -
    {det}      {det}      {pos} {tag} 12 {dep}   -
    {decade}   {decade}   NOUN  NNS  10 pobj     DATE
    .          .          PUNCT .    4  punct    -
"""


def _decade(decade: str, det: str = "the") -> str:
    if det == "the":
        return DECADE.format(decade=decade, det="the", pos="DET", tag="DT", dep="det")
    return DECADE.format(decade=decade, det=det, pos="PRON", tag="PRP$", dep="poss")


def test_formerly_before_an_apposed_title_makes_it_a_former_office() -> None:
    assert _roles(FORMERLY.format(adverb="formerly"), "2020-03-14") == {
        ("Marta Ruiz", "former mayor of", "Santiago")
    }
    assert _roles(FORMERLY.format(adverb="now"), "2020-03-14") == {("Marta Ruiz", "mayor of", "Santiago")}


def test_who_served_as_with_a_term_is_a_former_office_who_has_served_is_not() -> None:
    assert _roles(_served(has=False), "2019-09-26") == {("Marta Ruiz", "former president of", "Chile")}
    assert _roles(_served(has=True), "2019-09-26") == {("Marta Ruiz", "president of", "Chile")}


def test_a_decade_long_ago_dates_the_title_as_a_year_does() -> None:
    former = {("Marta Ruiz", "former president of", "Chile")}
    assert _roles(_decade("1960s"), "2019-09-26") == former
    assert _roles(_decade("sixties"), "2019-09-26") == former
    # a recent decade may run on into a term still held; "her sixties" is an age
    assert _roles(_decade("2010s"), "2021-09-26") == {("Marta Ruiz", "president of", "Chile")}
    assert _roles(_decade("sixties", det="her"), "2019-09-26") == {("Marta Ruiz", "president of", "Chile")}


# "Marta Ruiz {verb} {particle} as chairman of Acme." (an undated article)
LEFT = """
    Marta      Marta      PROPN NNP  2  compound PERSON
    Ruiz       Ruiz       PROPN NNP  3  nsubj    I-PERSON
    {verb}     {lemma}    VERB  VBD  0  ROOT     -
    {particle}
    as         as         ADP   IN   3  prep     -
    chairman   chairman   NOUN  NN   {as_} pobj  -
    of         of         ADP   IN   {chair} prep -
    Acme       Acme       PROPN NNP  {of} pobj   ORG
    .          .          PUNCT .    3  punct    -
"""


def _left(verb: str, lemma: str, particle: str = "") -> set[tuple[str, str, str]]:
    row = f"{particle} {particle} ADV RB 3 advmod -" if particle else ""
    shift = 1 if particle else 0
    table = LEFT.format(verb=verb, lemma=lemma, particle=row, as_=4 + shift, chair=5 + shift, of=6 + shift)
    reading = read_doc(parse(table), scope="hand-built", day=None)
    return facts(reading, "title")


def test_the_office_one_resigns_or_steps_down_as_is_over_even_in_an_undated_article() -> None:
    assert _left("resigned", "resign") == {("Marta Ruiz", "former chairperson of", "Acme")}
    assert _left("stepped", "step", "down") == {("Marta Ruiz", "former chairperson of", "Acme")}
    assert _left("served", "serve") == {("Marta Ruiz", "chairperson of", "Acme")}


# "Chilean President Marta Ruiz spoke." then a sentence of her term (an article of 2004)
PRESIDENT = """
    Chilean    Chilean    ADJ   JJ   4  amod     NORP
    President  President  PROPN NNP  4  compound -
    Marta      Marta      PROPN NNP  4  compound PERSON
    Ruiz       Ruiz       PROPN NNP  5  nsubj    I-PERSON
    spoke      speak      VERB  VBD  0  ROOT     -
    .          .          PUNCT .    5  punct    -
"""

# "Ruiz {verb} Chile from 1971 to 1989."
RULED = """
    Ruiz       Ruiz       PROPN NNP  8  nsubj    PERSON
    {verb}     {lemma}    VERB  VBD  0  ROOT     -
    Chile      Chile      PROPN NNP  8  dobj     GPE
    from       from       ADP   IN   8  prep     -
    1971       1971       NUM   CD   10 pobj     DATE
    to         to         ADP   IN   10 prep     -
    1989       1989       NUM   CD   12 pobj     -
    .          .          PUNCT .    8  punct    -
"""

# "Ruiz was president when the army took power in {year}."
WHEN = """
    Ruiz       Ruiz       PROPN NNP  8  nsubj    PERSON
    was        be         AUX   VBD  0  ROOT     -
    president  president  NOUN  NN   8  attr     -
    when       when       SCONJ WRB  13 advmod   -
    the        the        DET   DT   12 det      -
    army       army       NOUN  NN   13 nsubj    -
    took       take       VERB  VBD  8  advcl    -
    power      power      NOUN  NN   13 dobj     -
    in         in         ADP   IN   13 prep     -
    {year}     {year}     NUM   CD   15 pobj     DATE
    .          .          PUNCT .    8  punct    -
"""


def test_ruling_the_state_over_a_closed_span_makes_its_office_former_elsewhere() -> None:
    ruled = PRESIDENT + RULED.format(verb="ruled", lemma="rule")
    assert _roles(ruled, "2004-06-01") == {("Marta Ruiz", "former president of", "Chile")}
    visited = PRESIDENT + RULED.format(verb="visited", lemma="visit")
    assert _roles(visited, "2004-06-01") == {("Marta Ruiz", "president of", "Chile")}


# "Ruiz was the first president since 1971.": a record, no date of her term
SINCE = """
    Ruiz       Ruiz       PROPN NNP  8  nsubj    PERSON
    was        be         AUX   VBD  0  ROOT     -
    the        the        DET   DT   11 det      -
    first      first      ADJ   JJ   11 amod     -
    president  president  NOUN  NN   8  attr     -
    since      since      ADP   IN   11 prep     -
    1971       1971       NUM   CD   12 pobj     DATE
    .          .          PUNCT .    8  punct    -
"""


def test_was_the_title_in_a_clause_dated_long_ago_makes_the_office_former_elsewhere() -> None:
    assert _roles(PRESIDENT + WHEN.format(year="1971"), "2004-06-01") == {
        ("Marta Ruiz", "former president of", "Chile")
    }
    assert _roles(PRESIDENT + WHEN.format(year="2001"), "2004-06-01") == {
        ("Marta Ruiz", "president of", "Chile")
    }
    assert _roles(PRESIDENT + SINCE, "2004-06-01") == {("Marta Ruiz", "president of", "Chile")}


# "Acme denied reports that Marta Ruiz resigned as chairman of Acme."
REPORTED_LEAVING = """
    Acme       Acme       PROPN NNP  2  nsubj    ORG
    denied     deny       VERB  VBD  0  ROOT     -
    reports    report     NOUN  NNS  2  dobj     -
    that       that       SCONJ IN   7  mark     -
    Marta      Marta      PROPN NNP  6  compound PERSON
    Ruiz       Ruiz       PROPN NNP  7  nsubj    I-PERSON
    resigned   resign     VERB  VBD  3  acl      -
    as         as         ADP   IN   7  prep     -
    chairman   chairman   NOUN  NN   8  pobj     -
    of         of         ADP   IN   9  prep     -
    Acme       Acme       PROPN NNP  10 pobj     ORG
    .          .          PUNCT .    2  punct    -
"""


def test_reports_that_one_resigned_do_not_end_the_office() -> None:
    reading = read_doc(parse(REPORTED_LEAVING), scope="hand-built", day=None)
    assert facts(reading, "title") == {("Marta Ruiz", "chairperson of", "Acme")}
