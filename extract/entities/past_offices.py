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

import re
from dataclasses import replace

from geokg.extract.clauses.quotes import hearsay
from geokg.extract.clauses.voice import is_negated, modal_of, scheduled_by_time
from geokg.extract.entities.clusters import Cluster, MentionClusters
from geokg.extract.entities.offices import ended_before
from geokg.extract.entities.roles import RoleFindings
from geokg.extract.entities.titles import RULING_VERBS, is_occupation, office_of, qualify, role_phrase
from geokg.extract.lexicon.entity_words import (
    DATING_PREPS,
    DECADE_WORDS,
    KIN_NOUNS,
    MEMBERSHIP_NOUNS,
    OFFICE_LEAVING_VERBS,
    PAST_ADVERBS,
    TERM_PREPS,
    TERM_UNITS,
    UNDATING_VERBS,
)
from geokg.extract.lexicon.syntax import first_conjunct, written_year, year_of_day
from spacy.tokens import Doc, Token

# Relative pronouns that stand for a person as their clause's subject ("X, who resigned as …").
RELATIVE_PERSON_PRONOUNS = frozenset({"who", "that"})
# Years before the article from which a dated clause tells of an office no longer held: longer than the
# terms of the offices titles name (a president's eight years, a senator's or a prime minister's decade+).
LONG_AGO = 20
DECADE = re.compile(r"(1[789]|20)(\d)0s")  # "1980s"


def _name_head(doc: Doc, token: int) -> Token:
    """The head word of the name the word at `token` is part of ("Ford" of "Gerald Ford")."""
    holder = doc[token]
    while holder.dep_ in ("compound", "flat") and holder.head.i != holder.i:
        holder = holder.head
    return holder


def _dated_long_ago(doc: Doc, token: int, article_year: int) -> bool:
    """Is the clause governing the mention at `token` dated `LONG_AGO` years or more before the article?"""
    holder = doc[token]
    governors = {a.i for a in holder.ancestors}
    for word in holder.sent:
        year = written_year(word)
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


def _decade_end(word: Token, article_year: int) -> int | None:
    """The last year of the decade `word` names ("the 1980s", "the eighties"), if it ended before the article;
    a decade needs its article ("in his eighties" is an age)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return None
    digits = DECADE.fullmatch(word.text)
    if digits is not None:
        end = int(word.text[:3]) * 10 + 9
        return end if end < article_year else None
    tens = DECADE_WORDS.get(word.lower_)
    if tens is None:
        return None
    end = (article_year // 100) * 100 + int(tens) * 10 + 9  # the last century in which it had ended
    return end if end < article_year else end - 100


def _decade_long_ago(doc: Doc, token: int, article_year: int) -> bool:
    """Is the holder's mention at `token` dated by a decade `LONG_AGO` years before the article: "under
    President X in the seventies" (on the name) or "in the eighties under President Y" (governing it)?"""
    holder = _name_head(doc, token)  # the name's head word carries its modifiers
    governors = {a.i for a in holder.ancestors}
    for word in holder.sent:
        end = _decade_end(word, article_year)
        if end is None or end > article_year - LONG_AGO or word.dep_ != "pobj":
            continue
        prep = word.head
        if prep.lower_ not in DATING_PREPS:
            continue
        if word.i in governors or prep.head.i == holder.i:
            return True
        verb = prep.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in UNDATING_VERBS and verb.i in governors:
            return True
    return False


def _closes_term(verb: Token, article_year: int) -> bool:
    """Does "served as X" say how long or until when ("for twelve years", "from 2009 until 2017")?"""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in TERM_PREPS:
            continue
        for word in prep.subtree:
            year = written_year(word)
            # "from 1973 to 1990": the parser hangs "to" on "from"; the year's own preposition ends the term
            own = word.head.lower_ if word.dep_ == "pobj" else prep.lower_
            if year is not None and own != "from" and year < article_year:
                return True  # "until 2017"
            if prep.lower_ == "for" and word.ent_type_ == "DATE" and word.lemma_.lower() in TERM_UNITS:
                return True  # "for twelve years"
    return False


def _said_past(doc: Doc, token: int, title: str, article_year: int) -> bool:
    """Is the title `title` (its head noun) said of the holder at `token` as one held in the past?"""
    holder = _name_head(doc, token)
    for child in holder.children:
        past_adverb = any(c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS for c in child.children)
        if child.dep_ == "appos" and child.lower_ == title and past_adverb:
            return True  # "X, formerly the director of Y"
        if child.dep_ == "relcl" and child.lemma_.lower() == "serve" and child.tag_ == "VBD":
            # "X, who served as president for twelve years"; "who has served as" is still serving
            if any(c.dep_ == "aux" for c in child.children):
                continue
            titles = {
                w.lower_ for p in child.children if p.dep_ == "prep" and p.lower_ == "as" for w in p.children
            }
            if title in titles and _closes_term(child, article_year):
                return True
    return False


def _left(doc: Doc, token: int, title: str) -> bool:
    """Is the title `title` (its head noun) the office the holder at `token` is told to leave: "X resigned
    as chairman of Y", "X stepped down as chief executive", "X was ousted as leader"?"""
    holder = _name_head(doc, token)
    if holder.dep_ in ("nsubj", "nsubjpass") and _leaves(holder.head, title):
        return True
    removed = first_conjunct(holder)  # "sacked Prime Minister X and President Y": Y too
    if removed.dep_ == "dobj" and _removes(removed.head):
        return True  # "Parliament sacked Prime Minister X": the title he is removed from, before his name
    # "X, who resigned as chairman last month, said …": a relative clause of the name, in a past tense
    return any(
        clause.dep_ == "relcl"
        and clause.tag_ in ("VBD", "VBN")
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PERSON_PRONOUNS for c in clause.children
        )
        and _leaves(clause, title)
        for clause in holder.children
    )


def _removes(verb: Token) -> bool:
    """Does the verb remove its object from office as a fact told ("sacked", "has dismissed", "ousts" in a
    headline), not one threatened, wished or reported by hearsay ("threatened to sack", "may dismiss")?"""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OFFICE_LEAVING_VERBS or hearsay(verb):
        return False
    done = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    )
    return done and _told_as_done(verb)


def _told_as_done(verb: Token) -> bool:
    """Not denied, nor wished, nor set for a later day ("did not resign", "will step down", "steps down next
    month", "may dismiss"): the holder is out of office as the text tells it."""
    return not (is_negated(verb) or modal_of(verb) is not None or scheduled_by_time(verb))


def _leaves(verb: Token, title: str) -> bool:
    """Does the verb leave the office of the title after its "as", as a fact of the past or the present?"""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    # "stepped down": the parser makes the particle a particle or an adverb
    phrases = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod"))}
    if not phrases & OFFICE_LEAVING_VERBS or hearsay(verb):
        return False  # "rumours that X stepped down": what reports say, not a fact
    if not _told_as_done(verb):
        return False  # "did not resign as", "will step down as", "steps down next month": still in office
    offices = [w for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for w in p.children]
    # "dismissed the plan as a farce": a word after "as" that names no role leaves no office
    roles = (role_phrase([w.lower_]) for w in offices)
    return any(role is not None and role.split()[-1] == title for role in roles)


def _past_tense(verb: Token) -> bool:
    """A simple past ("ruled", "was"), not "has ruled" (a term still running) nor "had been"."""
    return verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _dated_in_clause(verb: Token, article_year: int) -> bool:
    """Is a year `LONG_AGO` years or more before the article written in the verb's clause, its own or that of
    a clause telling when ("X was president when the army seized power in 1973"; not "the first president to
    do so since 1976", which dates no term)?"""
    for word in verb.subtree:
        year = written_year(word)
        if year is None or word.ent_type_ != "DATE" or year > article_year - LONG_AGO:
            continue
        head = word if word.dep_ == "pobj" else word.head  # "in 1973", "in March 1973"
        if head.dep_ == "pobj" and head.head.lower_ in DATING_PREPS:
            return True
    return False


def _terms_told_over(doc: Doc, starts: list[int], article_year: int) -> tuple[set[str], set[int]]:
    """The titles and the ruled bodies' tokens whose office the holder's own past-tense clauses tell is over:
    "X was president when the army seized power in 1973" (a title, long ago), "X ruled Chile from 1973 to
    1990" (the state ruled, over a closed span). Not "X has ruled since 1973": a term still running."""
    titles: set[str] = set()
    ruled: set[int] = set()
    for start in starts:
        holder = _name_head(doc, start)
        verb = holder.head
        if holder.dep_ != "nsubj" or not _past_tense(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma == "be" and (_dated_in_clause(verb, article_year) or _closes_term(verb, article_year)):
            titles |= {
                (role_phrase([c.lower_]) or c.lower_).split()[-1] for c in verb.children if c.dep_ == "attr"
            }
        elif lemma in RULING_VERBS and (
            _closes_term(verb, article_year) or _dated_long_ago(doc, start, article_year)
        ):
            ruled |= {c.i for c in verb.children if c.dep_ == "dobj"}
    return titles, ruled


def _told_over(doc: Doc, clusters: MentionClusters, holder: Cluster, year: int) -> tuple[set[str], set[str]]:
    """The titles and the keys of the bodies the holder's own clauses tell they held in the past."""
    titles, ruled = _terms_told_over(doc, [m.start for m in holder.mentions], year)
    bodies = {body.key for i in ruled if (body := clusters.cluster_at(i)) is not None}
    return titles, bodies


def mark_past_offices(found: RoleFindings, clusters: MentionClusters, doc: Doc, day: str | None) -> None:
    """Write "former" before the roles of people whose office ended before the article's `day`."""
    year = year_of_day(day)
    people = {cl.key: cl for cl in clusters.clusters if cl.type == "PERSON"}
    past: set[tuple[str, str]] = set()  # (holder, office) over by the article's day
    offices = []
    over: dict[str, tuple[set[str], set[str]]] = {}  # holder -> titles and bodies its clauses tell are over
    for n, role in enumerate(found.roles):
        holder = people.get(role.holder)
        if holder is None or office_of(role.role) != role.role:
            continue  # not a person's, or already qualified ("former", "late", "acting", "then")
        last = role.role.split()[-1]
        if last in KIN_NOUNS or last in MEMBERSHIP_NOUNS or is_occupation(role.role):
            continue  # kinship and membership last; an occupation is no office with a term
        offices.append(n)
        names = {m.text for m in holder.mentions}
        if year is not None and role.holder not in over:
            over[role.holder] = _told_over(doc, clusters, holder, year)
        titles, bodies = over.get(role.holder, (set(), set()))
        if _left(doc, role.token, last):
            past.add((role.holder, role.role))  # an office one leaves, whatever the day
        elif year is not None and (
            ended_before(names, role.role, day)
            or _dated_long_ago(doc, role.token, year)
            or _decade_long_ago(doc, role.token, year)
            or _said_past(doc, role.token, last, year)
            or last in titles
            or role.target in bodies
        ):
            past.add((role.holder, role.role))
    # one sentence dating the office tells of it wherever the article repeats the title (a caption's
    # "President X (center)" under a story of 1905)
    for n in offices:
        role = found.roles[n]
        if (role.holder, role.role) in past:
            found.roles[n] = replace(role, role=qualify(role.role, "former"))
