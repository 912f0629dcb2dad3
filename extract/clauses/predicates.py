"""Canonical predicates: one lemma phrase per relation type, whatever words the sentence used.

"met", "met with", "held talks with" and "a meeting between" all say `meet with`; "imposed sanctions on" and
"U.S. sanctions on" say `sanction`. The phrases live in data/predicates.tsv: verb phrases and their
canonical phrase, and event nouns with their preposition and the verb they name. A support verb before an
event noun ("held", "imposed", "carried out") adds nothing and is dropped; a verb that means something
of its own ("arranged a meeting", "announced a withdrawal") is kept. A governing chain stays in front
("refuse to meet with"). The words as written are kept beside it (`Triple.predicate_text`).
"""

from __future__ import annotations

from functools import cache

from geokg.extract.lexicon.cameo import has_particle
from geokg.extract.lexicon.loader import read_table
from geokg.extract.lexicon.words import SUPPORT_VERBS

TABLE_FILE = "predicates.tsv"
COLUMNS = ("form", "phrase", "canonical")
SUPPORT_PARTICLES = frozenset({"out", "up"})  # "carry out", "take up"


@cache
def _table() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for row in read_table(TABLE_FILE, COLUMNS, COLUMNS):
        if row["form"] not in ("verb", "noun"):
            raise row.error(f"form is verb or noun, not {row['form']!r}")
        key = (row["form"], " ".join(row["phrase"].split()))
        if key in table and table[key] != row["canonical"]:
            raise row.error(f"{key[1]!r} has two canonical phrases")
        table[key] = " ".join(row["canonical"].split())
    return table


def canonical(predicate: str, noun: str | None = None) -> str:
    """The canonical phrase of a predicate; `noun` is the event noun the predicate ends in, if any
    ("hold talk with" with noun "talk")."""
    words = predicate.split()
    table = _table()
    if noun:
        found = _through_noun(words, noun, table)
        if found is None and " " in noun:
            # "had a phone conversation with X" is written "have conversation with": the event's head noun
            found = _through_noun(words, noun.split()[-1], table)
        if found is not None:
            return found
    for start in range(len(words)):
        if start and words[start - 1] != "to":
            continue  # a verb phrase starts the predicate or follows a chain's "to"
        phrase = " ".join(words[start:])
        if ("verb", phrase) in table:
            return " ".join([*words[:start], table[("verb", phrase)]])
    return predicate


def _through_noun(words: list[str], noun: str, table: dict[tuple[str, str], str]) -> str | None:
    """ "hold talk with" -> "meet with", "sanction on" -> "sanction": the noun and what follows it (at most
    its preposition, or a longer phrase the table lists: "application for membership in") name the relation
    when nothing but a support verb stands before the noun."""
    where = [
        i
        for i, word in enumerate(words)
        if word == noun and (len(words) - i <= 2 or ("noun", " ".join(words[i:])) in table)
    ]
    if not where:
        return None
    at = where[-1]
    phrase = table.get(("noun", " ".join(words[at:])))
    if phrase is None:
        return None
    before = words[:at]
    if not before:
        return phrase
    if before[-1] in SUPPORT_VERBS:
        return " ".join([*before[:-1], phrase])
    if len(before) >= 2 and before[-1] in SUPPORT_PARTICLES and before[-2] in SUPPORT_VERBS:
        return " ".join([*before[:-2], phrase])
    return None


@cache
def phrasal_verb(lemma: str, particle: str) -> bool:
    """Is "lemma particle" a phrasal verb we know: a verb phrase of predicates.tsv ("meet up with") or a
    CAMEO sense ("step down", "call off")?"""
    phrase = f"{lemma} {particle}"
    known = any(form == "verb" and (p == phrase or p.startswith(phrase + " ")) for form, p in _table())
    return known or has_particle(lemma, particle)
