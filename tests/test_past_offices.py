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
