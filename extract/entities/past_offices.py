"""Offices of the past written without "former": a role fact says "former" when the holder no longer held
the office on the article's date.

Titles are written as they were at the time told of: "President Gerald Ford nominated him in 1975",
"the citizenship of President Barack Obama" (in a 2020 article). Two signs say the office is over:
- the office table (offices.tsv) knows the person's terms of that office, and all ended before the article;
- the clause the title stands in is dated long before the article ("was impeached in 1868"): a dating
  phrase "in/during YEAR" on a verb that governs the holder's mention, at least `LONG_AGO` years back, so
  that an office still held (a long-serving senator, a monarch) is not made former by a recent date.
"""

from __future__ import annotations

from dataclasses import replace

from geokg.extract.entities.clusters import MentionClusters
from geokg.extract.entities.offices import ended_before
from geokg.extract.entities.roles import RoleFindings
from geokg.extract.entities.titles import is_occupation, office_of, qualify
from geokg.extract.lexicon.entity_words import KIN_NOUNS, MEMBERSHIP_NOUNS
from spacy.tokens import Doc, Token

# Years before the article from which a dated clause tells of an office no longer held: longer than the
# terms of the offices titles name (a president's eight years, a senator's or a prime minister's decade+).
LONG_AGO = 20
DATING_PREPS = frozenset({"in", "during"})
# Verbs whose dating phrase is no time of the office ("born in 1950").
UNDATING_VERBS = frozenset({"bear"})


def _year(token: Token) -> int | None:
    text = token.text
    return int(text) if len(text) == 4 and text.isdigit() and text[:2] in ("17", "18", "19", "20") else None


def _dated_long_ago(doc: Doc, token: int, article_year: int) -> bool:
    """Is the clause governing the mention at `token` dated `LONG_AGO` years or more before the article?"""
    holder = doc[token]
    governors = {a.i for a in holder.ancestors}
    for word in holder.sent:
        year = _year(word)
        if year is None or word.ent_type_ != "DATE" or year > article_year - LONG_AGO:
            continue
        # "in 1868", "in March 1974": the year (or the month it dates) is the object of a dating preposition
        head = word if word.dep_ == "pobj" else word.head
        prep = head.head if head.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in DATING_PREPS or prep.dep_ != "prep":
            continue
        verb = prep.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in UNDATING_VERBS and verb.i in governors:
            return True
    return False


def mark_past_offices(found: RoleFindings, clusters: MentionClusters, doc: Doc, day: str | None) -> None:
    """Write "former" before the roles of people whose office ended before the article's `day`."""
    if not day or not day[:4].isdigit():
        return
    article_year = int(day[:4])
    people = {cl.key: cl for cl in clusters.clusters if cl.type == "PERSON"}
    past: set[tuple[str, str]] = set()  # (holder, office) over by the article's day
    offices = []
    for n, role in enumerate(found.roles):
        holder = people.get(role.holder)
        if holder is None or office_of(role.role) != role.role:
            continue  # not a person's, or already qualified ("former", "late", "acting", "then")
        last = role.role.split()[-1]
        if last in KIN_NOUNS or last in MEMBERSHIP_NOUNS or is_occupation(role.role):
            continue  # kinship and membership last; an occupation is no office with a term
        offices.append(n)
        names = {m.text for m in holder.mentions}
        if ended_before(names, role.role, day) or _dated_long_ago(doc, role.token, article_year):
            past.add((role.holder, role.role))
    # one sentence dating the office tells of it wherever the article repeats the title (a caption's
    # "President X (center)" under a story of 1905)
    for n in offices:
        role = found.roles[n]
        if (role.holder, role.role) in past:
            found.roles[n] = replace(role, role=qualify(role.role, "former"))
