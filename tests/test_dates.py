"""Article dates and event dates (extract/dates.py), on dates and sentences written for these tests.

Event-date tests build their Doc by hand (words, heads, dependency labels, lemmas, tags, DATE entities),
so a model update does not move them.
"""

from __future__ import annotations

import json

import pytest
import spacy
from geokg.extract.dates import (
    article_date,
    date_bounds,
    date_from_file_name,
    dateline_date,
    event_date,
    normalize_date,
    parse_bound,
    resolve_expression,
    stamp_dates,
    within,
)
from geokg.extract.io.reader import read_articles
from geokg.extract.triples import Triple
from spacy.tokens import Doc

WEDNESDAY = "2019-01-23"
VOCAB = spacy.blank("en").vocab


# --- one expression at a time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Monday", None, "2019-01-21"),
        ("Wednesday", None, WEDNESDAY),  # the article's own weekday is the article's day
        ("Friday", "future", "2019-01-25"),
        ("Monday night", None, "2019-01-21"),
        ("last Wednesday", None, "2019-01-16"),
        ("next Monday", None, "2019-01-28"),
        ("yesterday", None, "2019-01-22"),
        ("last night's", None, "2019-01-22"),
        ("this morning", None, WEDNESDAY),
        ("tomorrow", None, "2019-01-24"),
        ("last week", None, "2019-01"),  # Jan 14-20: a week is kept as the month that holds it
        ("earlier this month", None, "2019-01"),
        ("earlier in the month", None, "2019-01"),
        ("last month", None, "2018-12"),
        ("Last year", None, "2018"),
        ("three years ago", None, "2016"),
        ("two months ago", None, "2018-11"),
        ("five days ago", None, "2019-01-18"),
        ("December 28", "past", "2018-12-28"),
        ("October 14,", "future", "2019-10-14"),
        ("in March", "past", "2018-03"),
        ("March of this year", None, "2019-03"),
        ("March 20 last year", None, "2018-03-20"),
        ("early September", "past", "2018-09"),
        ("Thursday, March 28, 2019", None, "2019-03-28"),
        ("June 23, 2016", None, "2016-06-23"),
        ("23 June 2016", None, "2016-06-23"),
        ("Oct. 31, 2019", None, "2019-10-31"),
        ("January 2019", None, "2019-01"),
        ("mid-2018", None, "2018"),
        ("2011", None, "2011"),
    ],
)
def test_expressions_resolve_against_the_article_date_with_their_granularity(text, tense, expected):
    assert resolve_expression(text, WEDNESDAY, tense) == expected


@pytest.mark.parametrize(
    "text",
    ["two days", "decades", "the 1990s", "the same day", "the past week", "the past year", "a decade ago",
     "for several weeks", "the 21st century", "daily", "48-year-old", "the last", "this"],
)  # fmt: skip
def test_durations_eras_and_anaphora_name_no_date(text):
    assert resolve_expression(text, WEDNESDAY) is None


def test_relative_expressions_need_an_article_date_and_absolute_ones_do_not():
    assert resolve_expression("Monday", None) is None
    assert resolve_expression("last year", None) is None
    assert resolve_expression("March 3, 2014", None) == "2014-03-03"
    assert resolve_expression("2014", None) == "2014"


# --- the article's date ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2019-01-23", WEDNESDAY),
        ("2019-01-23T22:15:00+05:00", WEDNESDAY),  # the publisher's own day, not converted to UTC
        ("2019-01-23T10:00:00Z", WEDNESDAY),
        ("Wed, 23 Jan 2019 10:00:00 +0000", WEDNESDAY),
        ("January 23, 2019", WEDNESDAY),
        ("23 January 2019", WEDNESDAY),
        ("2019-02-30", None),
        ("2019-01", None),
        ("yesterday", None),
        (20190123, None),
        (None, None),
    ],
)
def test_feed_dates_are_normalized_to_a_day(given, expected):
    assert normalize_date(given) == expected


def test_file_name_prefix_dateline_and_their_order():
    assert date_from_file_name("corpus/2019-01-23_Germany_bans_an_airline.txt") == WEDNESDAY
    assert date_from_file_name("2019-13-01_x.txt") is None
    assert date_from_file_name("notes-2019-01-23.txt") is None
    assert date_from_file_name("batch/017_2019-01-23_Germany_bans.txt") == WEDNESDAY
    assert date_from_file_name("3-2019-01-23.txt") == WEDNESDAY
    assert date_from_file_name("2019_2019-01-23.txt") == WEDNESDAY
    assert date_from_file_name("1234567_2019-01-23.txt") is None
    head = "Germany bans an airline\n\nWednesday, January 23, 2019\n\nGermany on Monday banned it.\n"
    assert dateline_date(head) == WEDNESDAY
    assert dateline_date("Title\n\nKABUL, Jan. 23, 2019 (Wire) - Officials said on Monday ...") == WEDNESDAY
    # A date inside the first sentence of the body is an event's date, not a dateline.
    body = "Title\n\nOn March 3, 2014, troops crossed the border into the region and held the town for days."
    assert dateline_date(body) is None
    assert article_date("2020-05-05", "2019-01-01_a.txt", head) == "2020-05-05"
    assert article_date(None, "2019-01-01_a.txt", head) == "2019-01-01"
    assert article_date(None, "a.txt", head) == WEDNESDAY
    # A .jsonl file holds many articles: its name dates none of them.
    assert article_date(None, "2019-01-01_feed.jsonl", "Title\n\nNo dateline here.") is None


def test_reader_fills_in_article_date_and_url(tmp_path):
    (tmp_path / "2019-01-23_talks.txt").write_text("Talks\n\nThe talks ended.\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a", "text": "Body.", "date": "Wed, 23 Jan 2019 09:00:00 GMT",
                    "url": " https://x.example/a "})
        + "\n"
        + json.dumps({"id": "b", "title": "T", "text": "Body.", "date": 7, "url": 5})
        + "\n",
        encoding="utf-8",
    )
    articles = {a.id: a for a in read_articles([tmp_path])}
    assert articles["2019-01-23_talks"].date == WEDNESDAY
    assert (articles["a"].date, articles["a"].url) == (WEDNESDAY, "https://x.example/a")
    assert (articles["b"].date, articles["b"].url) == (None, None)


# --- which expression dates which event -----------------------------------------------------------------


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """One sentence from (word, head index, dep, lemma, tag, IOB entity) rows."""
    words, heads, deps, lemmas, tags, ents = (list(column) for column in zip(*rows, strict=True))
    return Doc(VOCAB, words=words, heads=heads, deps=deps, lemmas=lemmas, tags=tags, ents=ents)


# "Germany on Monday banned the airline and fined its owner."
BANNED = _doc([
    ("Germany", 3, "nsubj", "Germany", "NNP", "B-GPE"),
    ("on", 3, "prep", "on", "IN", "O"),
    ("Monday", 1, "pobj", "Monday", "NNP", "B-DATE"),
    ("banned", 3, "ROOT", "ban", "VBD", "O"),
    ("the", 5, "det", "the", "DT", "O"),
    ("airline", 3, "dobj", "airline", "NN", "O"),
    ("and", 3, "cc", "and", "CC", "O"),
    ("fined", 3, "conj", "fine", "VBD", "O"),
    ("its", 9, "poss", "its", "PRP$", "O"),
    ("owner", 7, "dobj", "owner", "NN", "O"),
    (".", 3, "punct", ".", ".", "O"),
])  # fmt: skip

# "Officials said on Monday that rebels attacked the town."
SAID = _doc([
    ("Officials", 1, "nsubj", "official", "NNS", "O"),
    ("said", 1, "ROOT", "say", "VBD", "O"),
    ("on", 1, "prep", "on", "IN", "O"),
    ("Monday", 2, "pobj", "Monday", "NNP", "B-DATE"),
    ("that", 6, "mark", "that", "IN", "O"),
    ("rebels", 6, "nsubj", "rebel", "NNS", "O"),
    ("attacked", 1, "ccomp", "attack", "VBD", "O"),
    ("the", 8, "det", "the", "DT", "O"),
    ("town", 6, "dobj", "town", "NN", "O"),
    (".", 1, "punct", ".", ".", "O"),
])  # fmt: skip


def test_a_date_on_the_verb_dates_its_event():
    assert event_date(BANNED[:], "ban", WEDNESDAY) == "2019-01-21"


def test_a_date_before_the_first_of_two_coordinated_verbs_dates_both():
    assert event_date(BANNED[:], "fine", WEDNESDAY) == "2019-01-21"


def test_a_date_after_the_first_verb_does_not_date_the_second():
    # "Germany banned the airline on Monday and fined its owner."
    doc = _doc([
        ("Germany", 1, "nsubj", "Germany", "NNP", "B-GPE"),
        ("banned", 1, "ROOT", "ban", "VBD", "O"),
        ("the", 3, "det", "the", "DT", "O"),
        ("airline", 1, "dobj", "airline", "NN", "O"),
        ("on", 1, "prep", "on", "IN", "O"),
        ("Monday", 4, "pobj", "Monday", "NNP", "B-DATE"),
        ("and", 1, "cc", "and", "CC", "O"),
        ("fined", 1, "conj", "fine", "VBD", "O"),
        ("its", 9, "poss", "its", "PRP$", "O"),
        ("owner", 7, "dobj", "owner", "NN", "O"),
        (".", 1, "punct", ".", ".", "O"),
    ])  # fmt: skip
    assert event_date(doc[:], "ban", WEDNESDAY) == "2019-01-21"
    assert event_date(doc[:], "fine", WEDNESDAY) is None


def test_the_date_of_a_report_is_not_the_date_of_what_it_reports():
    assert event_date(SAID[:], "say", WEDNESDAY) == "2019-01-21"
    assert event_date(SAID[:], "attack", WEDNESDAY) is None


def test_no_article_date_leaves_a_relative_date_unresolved():
    assert event_date(BANNED[:], "ban", None) is None


def test_a_future_clause_reads_a_weekday_forward():
    # "The ministers will meet on Friday."
    doc = _doc([
        ("The", 1, "det", "the", "DT", "O"),
        ("ministers", 3, "nsubj", "minister", "NNS", "O"),
        ("will", 3, "aux", "will", "MD", "O"),
        ("meet", 3, "ROOT", "meet", "VB", "O"),
        ("on", 3, "prep", "on", "IN", "O"),
        ("Friday", 4, "pobj", "Friday", "NNP", "B-DATE"),
        (".", 3, "punct", ".", ".", "O"),
    ])  # fmt: skip
    assert event_date(doc[:], "meet", WEDNESDAY) == "2019-01-25"


def test_a_bounding_preposition_gives_no_event_date():
    # "The troops must leave by October."
    doc = _doc([
        ("The", 1, "det", "the", "DT", "O"),
        ("troops", 3, "nsubj", "troop", "NNS", "O"),
        ("must", 3, "aux", "must", "MD", "O"),
        ("leave", 3, "ROOT", "leave", "VB", "O"),
        ("by", 3, "prep", "by", "IN", "O"),
        ("October", 4, "pobj", "October", "NNP", "B-DATE"),
        (".", 3, "punct", ".", ".", "O"),
    ])  # fmt: skip
    assert event_date(doc[:], "leave", WEDNESDAY) is None


def test_two_different_dates_on_one_event_give_none():
    # "The rebels attacked the town in 2015 and 2016."
    doc = _doc([
        ("The", 1, "det", "the", "DT", "O"),
        ("rebels", 2, "nsubj", "rebel", "NNS", "O"),
        ("attacked", 2, "ROOT", "attack", "VBD", "O"),
        ("the", 4, "det", "the", "DT", "O"),
        ("town", 2, "dobj", "town", "NN", "O"),
        ("in", 2, "prep", "in", "IN", "O"),
        ("2015", 5, "pobj", "2015", "CD", "B-DATE"),
        ("and", 6, "cc", "and", "CC", "O"),
        ("2016", 6, "conj", "2016", "CD", "B-DATE"),
        (".", 2, "punct", ".", ".", "O"),
    ])  # fmt: skip
    assert event_date(doc[:], "attack", WEDNESDAY) is None


def test_an_event_noun_takes_a_possessive_date():
    # "Officials condemned Monday's attack."
    doc = _doc([
        ("Officials", 1, "nsubj", "official", "NNS", "O"),
        ("condemned", 1, "ROOT", "condemn", "VBD", "O"),
        ("Monday", 4, "poss", "Monday", "NNP", "B-DATE"),
        ("'s", 2, "case", "'s", "POS", "I-DATE"),
        ("attack", 1, "dobj", "attack", "NN", "O"),
        (".", 1, "punct", ".", ".", "O"),
    ])  # fmt: skip
    assert event_date(doc[:], "attack", WEDNESDAY) == "2019-01-21"
    assert event_date(doc[:], "condemn", WEDNESDAY) is None


def test_facts_of_one_sentence_are_each_dated_by_their_own_predicate():
    # Stamping reads a sentence's date once per predicate: "Officials condemned Monday's attack."
    doc = _doc([
        ("Officials", 1, "nsubj", "official", "NNS", "O"),
        ("condemned", 1, "ROOT", "condemn", "VBD", "O"),
        ("Monday", 4, "poss", "Monday", "NNP", "B-DATE"),
        ("'s", 2, "case", "'s", "POS", "I-DATE"),
        ("attack", 1, "dobj", "attack", "NN", "O"),
        (".", 1, "punct", ".", ".", "O"),
    ])  # fmt: skip
    end = doc[:].end_char
    attack, condemn = (
        Triple("A", "ORG", predicate, "B", "ORG", start=0, end=end, extractor="geokg.svo/1")
        for predicate in ("attack", "condemn")
    )
    stamped = stamp_dates(doc, WEDNESDAY, None, [attack, condemn, attack, condemn])
    assert [t.event_date for t in stamped] == ["2019-01-21", None, "2019-01-21", None]


def test_relative_dates_inside_a_quotation_are_left_unresolved():
    # '"We signed it yesterday," he said.' — yesterday counts from a day the text does not give.
    doc = _doc([
        ('"', 3, "punct", '"', "``", "O"),
        ("We", 2, "nsubj", "we", "PRP", "O"),
        ("signed", 7, "ccomp", "sign", "VBD", "O"),
        ("it", 2, "dobj", "it", "PRP", "O"),
        ("yesterday", 2, "npadvmod", "yesterday", "NN", "B-DATE"),
        (",", 7, "punct", ",", ",", "O"),
        ('"', 7, "punct", '"', "''", "O"),
        ("he", 7, "nsubj", "he", "PRP", "O"),
        ("said", 7, "ROOT", "say", "VBD", "O"),
        (".", 7, "punct", ".", ".", "O"),
    ])  # fmt: skip
    assert event_date(doc[:], "sign", WEDNESDAY) is None


def test_stamping_fills_every_triple_and_leaves_roles_undated():
    sentence = BANNED[:]
    ban = Triple("Germany", "GPE", "ban", "airline", "ORG", start=sentence.start_char, end=sentence.end_char,
                 extractor="geokg.svo/1")  # fmt: skip
    role = Triple("X", "PERSON", "minister of", "Germany", "GPE", start=sentence.start_char,
                  end=sentence.end_char, extractor="geokg.title/1")  # fmt: skip
    stamped = stamp_dates(BANNED, WEDNESDAY, "https://x.example/a", [ban, role])
    assert [(t.article_date, t.article_url) for t in stamped] == [(WEDNESDAY, "https://x.example/a")] * 2
    assert [t.event_date for t in stamped] == ["2019-01-21", None]


# --- filtering ------------------------------------------------------------------------------------------


def test_date_ranges_compare_whole_periods():
    assert date_bounds("2019-02") == (date_bounds("2019-02-01")[0], date_bounds("2019-02-28")[0])
    assert within("2019-01", since="2019-01-15")
    assert not within("2019-01", since="2019-02")
    assert within("2019-03-04", until="2019-03")
    assert not within("2019", until="2018-12-31")
    assert not within(None, since="2019")
    assert within(None)
    assert parse_bound(" 2019-03 ") == "2019-03"
    for bad in ("2019-13", "2019-02-30", "March", "19"):
        with pytest.raises(ValueError):
            parse_bound(bad)
