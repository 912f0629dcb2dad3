"""Dates: when an article was published, and when the event a triple reports took place.

Dates are ISO strings whose length is their granularity: "2019-01-21" (day), "2019-01" (month) or
"2019" (year). An article's date comes from the `.jsonl` `date` field, else a `YYYY-MM-DD` prefix of the
file name, else a dateline near the top of the text ("Wednesday, January 23, 2019"). A triple's
`event_date` comes only from a time expression attached to the triple's own verb or event noun
("Germany on Monday banned ...", "in last night's attack", "three years ago"), resolved against the
article date where it is relative. What the text does not fix stays None: the article date is never
passed off as the date of an event.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from geokg.extract.token_arrays import doc_text
from geokg.extract.triples import Triple

if TYPE_CHECKING:  # spaCy only for its types: the reader uses this module before any model loads
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "article_date",
    "date_bounds",
    "date_from_file_name",
    "dateline_date",
    "event_date",
    "fact_date",
    "normalize_date",
    "parse_bound",
    "resolve_expression",
    "stamp_dates",
    "within",
]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
DAY_NAMES = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS = dict(DAY_NAMES)
WEEKDAYS.update({name.lower(): i for i, name in enumerate(calendar.day_abbr)})
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip
# Years outside this window are ages, counts or codes, not dates in the news.
MIN_YEAR, MAX_YEAR = 1000, 2999
# Lines of an article's head searched for a dateline (title, blank line, dateline, first paragraph...).
DATELINE_LINES = 6
# A dateline line may carry a place ("BAGHDAD, ") or a time zone after the date, but not a sentence.
DATELINE_SLACK = 40

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_FULL_DATE_PATTERNS = (
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
)
# What may stand before a dateline's date ("BAGHDAD, ", "By Jane Doe | ") and after it ("(Wire) - ").
_DATELINE_LEAD = re.compile(r"(?:[A-Z][A-Za-z.'’ -]{0,40}[,|:—–-]\s*)?")
_DATELINE_DASH = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?[-–—:|]")
# A batch's running number may come first ("001_1987-03-02_story.txt" keeps the files in reading order).
_FILE_NAME_DATE = re.compile(r"(?:\d{1,6}[_-])?(\d{4})-(\d{2})-(\d{2})(?!\d)")
# Words around a time expression that do not change which day, month or year it names.
_NOISE = re.compile(
    r"\b(?:on|in|at|of|the|early|mid|late|around|about|the end of|the beginning of|the start of|"
    r"the middle of|morning|afternoon|evening|night|overnight|local time|"
    r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?=\W|$)|[,'’]s?\b|\.$",
    re.IGNORECASE,
)
_PART_OF_DAY = re.compile(r"(?:early |late )?(?P<which>this|last) (?:morning|afternoon|evening|night)")
_AGO = re.compile(r"^(?P<n>\d+|[a-z]+)\s+(?P<unit>day|week|month|year)s?\s+ago$")
_RELATIVE_UNIT = re.compile(
    r"^(?P<which>last|this|next|past|previous|coming|earlier this|later this|earlier|later|this past)"
    r"\s+(?P<unit>week|weekend|month|year)$"
)
_WEEKDAY_ALONE = re.compile(r"^(?:(?P<which>last|this|next|this past|past)\s+)?(?P<weekday>[a-z]+)\.?$")
# The preposition before a time expression says whether it dates the event or bounds it.
DATING_PREPOSITIONS = frozenset({"on", "in", "at", "during", "over"})
# How a time expression hangs on an event word: "met Monday", "Monday's attack", "the July 25 meeting".
DATING_DEPS = frozenset(
    {"npadvmod", "advmod", "tmod", "obl", "obl:tmod", "nmod:tmod", "poss", "nmod", "compound"}
)
# Verbs whose infinitive happens when they do: "in July he helped facilitate a meeting".
SAME_TIME_GOVERNORS = frozenset({"help", "manage", "begin", "start"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
PAST_AUXILIARIES = frozenset({"had", "has", "have", "did", "was", "were"})
FUTURE_GOVERNORS = frozenset({"plan", "schedule", "expect", "intend", "set", "due", "go", "prepare"})
# Leading words of a predicate that are not its event word ("be airlifted to" is an airlift).
_LIGHT_WORDS = frozenset({"be", "have", "not", "get"})
# Rules whose facts are states reported on a date, not events that happened on one.
STATE_RULES = ("title",)


# --- article dates -----------------------------------------------------------------------------------


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat() if MIN_YEAR <= year <= MAX_YEAR else None
    except ValueError:
        return None


def _month_number(name: str) -> int | None:
    if name.isdigit():
        return int(name) if 1 <= int(name) <= 12 else None
    return MONTHS.get(name.lower().rstrip("."))


def _full_date(text: str, *, whole: bool) -> str | None:
    for pattern in _FULL_DATE_PATTERNS:
        match = pattern.fullmatch(text) if whole else pattern.search(text)
        if match:
            month = _month_number(match["month"])
            if month:
                return _iso_day(int(match["year"]), month, int(match["day"]))
    return None


def normalize_date(value: object) -> str | None:
    """A publication date as given by a feed ("2019-01-23", "2019-01-23T10:00:00Z", "Wed, 23 Jan 2019
    10:00:00 +0000", "January 23, 2019") -> "2019-01-23"; None when it is not a full date. The date is
    kept as written, in the publisher's time zone."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        return _iso_day(*datetime.fromisoformat(text).timetuple()[:3])
    except ValueError:
        pass
    found = _full_date(text, whole=True)
    if found:
        return found
    try:
        return _iso_day(*parsedate_to_datetime(text).timetuple()[:3])
    except (TypeError, ValueError, IndexError):
        return None


def date_from_file_name(name: str) -> str | None:
    """ "2019-01-23_Germany_bans.txt" -> "2019-01-23"; a prefix only (after a running number at most:
    "017_2019-01-23_x.txt"), and only a real calendar day."""
    match = _FILE_NAME_DATE.match(PurePath(name).name)
    return _iso_day(*(int(g) for g in match.groups())) if match else None


def dateline_date(text: str) -> str | None:
    """The date of a dateline among the first lines of an article: a line that is a date ("Wednesday,
    January 23, 2019"), or that opens with one after a place and goes on after a dash ("KABUL, Jan. 23,
    2019 (Wire) - ..."). A date inside a sentence of the body does not count."""
    lines = [line.strip() for line in text.lstrip().splitlines()[: DATELINE_LINES + 1]]
    for line in lines[1:]:  # the first line is the title
        for pattern in _FULL_DATE_PATTERNS:
            match = pattern.search(line)
            if not match or not _DATELINE_LEAD.fullmatch(line[: match.start()]):
                continue
            rest = line[match.end() :]
            if len(rest) <= DATELINE_SLACK or _DATELINE_DASH.match(rest):
                return _full_date(match[0], whole=True)
    return None


def article_date(given: object, source: str, text: str) -> str | None:
    """The article's publication day: the given (feed) date, else a YYYY-MM-DD prefix of a `.txt` file
    name, else a dateline near the top of the text, else None."""
    found = normalize_date(given)
    if found is None and source and not source.lower().endswith(".jsonl"):
        found = date_from_file_name(source)
    return found or dateline_date(text)


# --- resolving one time expression ----------------------------------------------------------------


def _coarsest_common(first: date, last: date) -> str:
    """A stretch of days as the finest unit that holds all of it: one day, one month, else one year."""
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else ""


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _pick(options: list[tuple[int, str]], tense: str | None) -> str | None:
    """Of the readings of a date named without its year (each with its distance from the article date,
    negative before it): in a past-tense clause the latest one not after the article, in a future one
    the earliest not before it, otherwise the nearest."""
    if tense == "past":
        options = [o for o in options if o[0] <= 0]
    elif tense == "future":
        options = [o for o in options if o[0] >= 0]
    return min(options, key=lambda o: (abs(o[0]), o[0] > 0))[1] if options else None


def _month_without_year(month: int, anchor: date, tense: str | None) -> str | None:
    here = anchor.year * 12 + anchor.month
    return _pick(
        [((y * 12 + month) - here, f"{y:04d}-{month:02d}") for y in range(anchor.year - 1, anchor.year + 2)],
        tense,
    )


def _day_without_year(month: int, day: int, anchor: date, tense: str | None) -> str | None:
    options = [d for d in (_iso_day(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    return _pick([((date.fromisoformat(d) - anchor).days, d) for d in options], tense)


def _weekday(weekday: int, which: str | None, anchor: date, future: bool) -> date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if which == "last" or which in ("past", "this past"):
        return anchor - timedelta(days=back or 7)
    if which == "next":
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead) if future else anchor - timedelta(days=back)


def _relative_unit(which: str, unit: str, anchor: date) -> str | None:
    step = {"last": -1, "previous": -1, "past": -1, "this past": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "year":
        return None if which == "past" else f"{anchor.year + step:04d}"  # "the past year": 12 months
    if unit == "month":
        if which == "past":
            return None
        year, month = _shift_months(anchor, step)
        return f"{year:04d}-{month:02d}"
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
    if unit == "weekend":
        return _coarsest_common(monday + timedelta(days=5), monday + timedelta(days=6)) or None
    if which == "past":
        return None  # "the past week": the seven days up to now, not a calendar week
    return _coarsest_common(monday, monday + timedelta(days=6)) or None


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").strip().lower()
    text = re.sub(r"\b(?:early|mid|late)-", "", text)
    text = re.sub(r"^(?:the|on|in|at|by)\s+", "", text)
    text = _NOISE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip(" ,.")


def resolve_expression(text: str, anchor: str | None, tense: str | None = None) -> str | None:
    """One time expression as an ISO date of its own granularity, or None when it names no single day,
    month or year ("for two weeks", "the 1990s", "that day") or is relative with no article date.

    `anchor` is the article date (YYYY-MM-DD); `tense` ("past", "future" or None) is the clause's, so
    that "on Friday" in "will meet on Friday" is the next Friday rather than the last one.
    """
    raw = " ".join(text.split())
    found = _full_date(raw, whole=False)
    if found:
        return found
    plain = _clean(raw)
    month_year = re.fullmatch(rf"{_MONTH}\s+(?:of\s+)?{_YEAR}", plain)
    if month_year and _month_number(month_year["month"]):
        return f"{int(month_year['year']):04d}-{_month_number(month_year['month']):02d}"
    year = re.fullmatch(r"(?:year\s+)?(\d{4})", plain)
    if year:
        return year[1] if MIN_YEAR <= int(year[1]) <= MAX_YEAR else None
    iso_month = re.fullmatch(r"(\d{4})-(\d{2})", plain)
    if iso_month and 1 <= int(iso_month[2]) <= 12:
        return plain
    if anchor is None:
        return None
    day0 = date.fromisoformat(anchor)
    part_of_day = _PART_OF_DAY.fullmatch(raw.lower().rstrip(".").removesuffix("'s").removesuffix("’s"))
    if part_of_day:  # "this morning", "last night's"
        return (day0 - timedelta(days=part_of_day["which"] == "last")).isoformat()
    return _resolve_relative(plain, day0, tense)


def _resolve_relative(plain: str, day0: date, tense: str | None) -> str | None:
    shifts = {"today": 0, "tonight": 0, "earlier today": 0, "later today": 0, "yesterday": -1, "tomorrow": 1,
              "day before yesterday": -2, "day after tomorrow": 2}  # fmt: skip
    if plain in shifts:
        return (day0 + timedelta(days=shifts[plain])).isoformat()
    of_year = re.fullmatch(r"(?P<rest>.+?)\s+(?P<which>this|last|next) year", plain)
    if of_year:  # "March of this year", "March 20 last year"
        year = day0.year + {"this": 0, "last": -1, "next": 1}[of_year["which"]]
        return resolve_expression(f"{of_year['rest']} {year}", None)
    month_day = re.fullmatch(rf"{_MONTH}\s+{_DAY}", plain) or re.fullmatch(rf"{_DAY}\s+{_MONTH}", plain)
    if month_day:
        month = _month_number(month_day["month"])
        return _day_without_year(month, int(month_day["day"]), day0, tense) if month else None
    month_only = re.fullmatch(rf"(?:(?P<which>last|this|next)\s+)?{_MONTH}", plain)
    if month_only and _month_number(month_only["month"]):
        month = _month_number(month_only["month"]) or 0
        which = month_only["which"]
        if which == "last":
            return f"{day0.year - (month >= day0.month):04d}-{month:02d}"
        if which == "next":
            return f"{day0.year + (month <= day0.month):04d}-{month:02d}"
        return _month_without_year(month, day0, tense)
    weekday = _WEEKDAY_ALONE.fullmatch(plain)
    if weekday and weekday["weekday"] in WEEKDAYS:
        return _weekday(WEEKDAYS[weekday["weekday"]], weekday["which"], day0, tense == "future").isoformat()
    relative = _RELATIVE_UNIT.fullmatch(plain)
    if relative:
        which = relative["which"]
        which = "this" if which.startswith(("earlier", "later")) else which
        return _relative_unit(which, relative["unit"], day0)
    ago = _AGO.fullmatch(plain)
    if ago:
        count = int(ago["n"]) if ago["n"].isdigit() else NUMBER_WORDS.get(ago["n"])
        return _ago(count, ago["unit"], day0) if count else None
    return None


def _ago(count: int, unit: str, day0: date) -> str | None:
    if unit == "day":
        return (day0 - timedelta(days=count)).isoformat()
    if unit == "week":
        monday = day0 - timedelta(days=day0.weekday(), weeks=count)
        return _coarsest_common(monday, monday + timedelta(days=6)) or None
    if unit == "month":
        year, month = _shift_months(day0, -count)
        return f"{year:04d}-{month:02d}"
    return f"{day0.year - count:04d}"


# --- which time expression dates which event -------------------------------------------------------


def _temporal_spans(sent: Span) -> list[Span]:
    """DATE and TIME entities of the sentence, and bare day words the entity recogniser missed."""
    # Read from the sentence's own tokens: `Span.ents` scans every entity of the document, which made
    # dating a long article quadratic in its length.
    doc = sent.doc
    spans: list[Span] = []
    bare: list[Span] = []
    for token in sent:
        if token.ent_iob_ == "B" and token.ent_type_ in ("DATE", "TIME"):
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= sent.end:  # an entity running past the sentence is not the sentence's
                spans.append(doc[token.i : end])
        elif not token.ent_type_ and (
            token.lower_ in DAY_NAMES or token.lower_ in ("yesterday", "today", "tonight", "tomorrow")
        ):
            bare.append(doc[token.i : token.i + 1])
    return spans + bare


def _attached_to(span: Span, anchor: Token, spans: Sequence[Span]) -> bool:
    root = span.root
    if root.dep_ == "conj":  # "in 2015 and 2016": the second year dates what the first dates
        first = next((s for s in spans if root.head in s), None)
        return first is not None and _attached_to(first, anchor, spans)
    if root.dep_ in DATING_DEPS and root.head == anchor:
        return True
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in DATING_PREPOSITIONS
        and prep.head == anchor
    )


def _tense(anchor: Token, modality: str | None) -> str | None:
    """ "future", "past" or None (present, or a noun) for the clause of an event word."""
    if modality == "will":
        return "future"
    verbs = (anchor, anchor.head) if anchor.dep_ == "conj" else (anchor,)
    for token in verbs:
        auxiliaries = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & FUTURE_AUXILIARIES or (
            token.dep_ == "xcomp" and token.head.lemma_.lower() in FUTURE_GOVERNORS
        ):
            return "future"
        if token.tag_ == "VBD" or auxiliaries & PAST_AUXILIARIES:
            return "past"
    return None


def _quoted(span: Span) -> bool:
    """Whether a span sits inside a quotation opened earlier in its paragraph."""
    text = doc_text(span.doc)
    before = text[text.rfind("\n", 0, span.start_char) + 1 : span.start_char]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _dates_on(anchor: Token, spans: Sequence[Span], when: str | None, tense: str | None) -> list[str]:
    attached = [s for s in spans if _attached_to(s, anchor, spans)]
    head = anchor.head
    if not attached and anchor.dep_ == "conj":
        # "Germany on Monday banned X and revoked Y": a date before the first verb spans the coordination.
        attached = [s for s in spans if s.end <= head.i and _attached_to(s, head, spans)]
    if not attached and anchor.dep_ == "xcomp" and head.lemma_.lower() in SAME_TIME_GOVERNORS:
        attached = [s for s in spans if _attached_to(s, head, spans)]
    # Inside a quotation "yesterday" counts from the day the words were said, which the text rarely
    # gives: only dates that need no reference day are read there.
    values = (resolve_expression(s.text, None if _quoted(s) else when, tense) for s in attached)
    return [v for v in values if v]


def _consistent(values: Iterable[str]) -> str | None:
    """Several readings of one event's date: the finest, when every other one contains it."""
    distinct = sorted(set(values), key=len, reverse=True)
    if not distinct:
        return None
    finest = distinct[0]
    return finest if all(finest.startswith(v) for v in distinct[1:]) else None


def _event_words(predicate: str) -> list[str]:
    words = predicate.lower().split()
    while len(words) > 1 and words[0] in _LIGHT_WORDS:
        words = words[1:]
    return words[:1]


def event_date(sent: Span, predicate: str, when: str | None, modality: str | None = None) -> str | None:
    """The date of the event `predicate` names in `sent`: from time expressions attached to its verb or
    event noun, resolved against the article date `when`; None when the sentence does not fix one or
    when two readings disagree."""
    words = _event_words(predicate)
    anchors = [t for t in sent if words and words[0] in (t.lemma_.lower(), t.lower_)]
    if not anchors:
        return None
    spans = _temporal_spans(sent)
    if not spans:
        return None
    readings = [_consistent(_dates_on(a, spans, when, _tense(a, modality))) for a in anchors]
    return readings[0] if len(set(readings)) == 1 else None


def stamp_dates(
    doc: Doc, article_day: str | None, article_url: str | None, triples: Sequence[Triple]
) -> list[Triple]:
    """The triples of one parsed article with article_date, article_url and event_date filled in."""
    stamped: list[Triple] = []
    # Facts of one sentence often share their predicate: its date is read once.
    dates: dict[tuple[int, int, str, str | None], str | None] = {}
    for t in triples:
        when = None
        if not t.extractor.startswith(tuple(f"geokg.{rule}/" for rule in STATE_RULES)):
            key = (t.start, t.end, t.predicate, t.modality)
            if key not in dates:
                sent = doc.char_span(t.start, t.end, alignment_mode="expand")
                dates[key] = None if sent is None else event_date(sent, t.predicate, article_day, t.modality)
            when = dates[key]
        stamped.append(replace(t, article_date=article_day, article_url=article_url, event_date=when))
    return stamped


# --- filtering by date ----------------------------------------------------------------------------


def fact_date(t: Triple) -> str | None:
    """The date a fact is filed under: when it happened, else when it was reported."""
    return t.event_date or t.article_date


def date_bounds(iso: str) -> tuple[date, date]:
    """The first and last day an ISO date of any granularity covers ("2019-02" -> Feb 1 .. Feb 28)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return day, day
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def parse_bound(text: str) -> str:
    """A --since / --until value: YYYY, YYYY-MM or YYYY-MM-DD; raises ValueError otherwise."""
    value = text.strip()
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value):
        raise ValueError(f"{text!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    date_bounds(value)  # raises ValueError for a month 13 or a February 30
    return value


def within(iso: str | None, since: str | None = None, until: str | None = None) -> bool:
    """Whether a fact dated `iso` may fall between `since` and `until` (both inclusive, any granularity).
    Undated facts are outside every bounded range."""
    if since is None and until is None:
        return True
    if not iso:
        return False
    first, last = date_bounds(iso)
    after_since = since is None or last >= date_bounds(since)[0]
    return after_since and (until is None or first <= date_bounds(until)[1])
