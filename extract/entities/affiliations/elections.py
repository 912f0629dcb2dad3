"""Elections: parties, their bodies, nominees, candidates and tickets.

"the Green Party nominated X" -> X acts for the party's state; "Democratic National Committee" -> of the
party's state; "Hawkins/Walker" -> a ticket of the state its two candidates share."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from geokg.extract.entities.affiliations.context import AffiliationContext, is_party_name
from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.mentions import fold
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.titles import is_occupation, is_role_word, is_unit_noun
from geokg.extract.lexicon.entity_words import (
    CANDIDACY_NOUNS,
    CANDIDACY_VERBS,
    CHAMBER_BODY_NOUNS,
    CHAMBER_NOUNS,
    ELECTION_NOUNS,
    ELECTIVE_OFFICES,
    MEMBERSHIP_NOUNS,
    MEMBERSHIP_VERBS,
    NOMINATION_NOUNS,
    OFFICE_OBJECT_VERBS,
    PARTY_BODY_NOUNS,
    PARTY_NOUNS,
)
from geokg.extract.lexicon.syntax import PLACE_LABELS
from spacy.tokens import Token

# "Hawkins/Walker", "Biden-Harris", "Jorgensen–Cohen": two candidates' surnames make a ticket.
_TICKET = re.compile(r"(?P<first>[A-Z][\w'’.]+)\s?[/\-–]\s?(?P<second>[A-Z][\w'’.]+)")


def parties_in_elections(ctx: AffiliationContext) -> None:
    """A party of no known state that holds someone's office or membership ("X, leader of the Unity
    Party"), nominates ("the Unity Party chose X"), or is named with an election, a nomination or a
    ticket, takes part in the elections the article reports on: those of the article's state."""
    setting = ctx.setting()
    if not setting:
        return
    holding_offices = {role.target for role in ctx.found.roles if role.prep == "of"}
    for cl in ctx.clusters.clusters:
        if cl.type != "ORG" or cl.country or cl.actor or not is_party_name(cl.label):
            continue
        if ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        if any(ctx.other_state_near(m.start, setting) for m in cl.mentions):
            continue  # "a party of Ruritania's opposition": whose elections is not said
        if cl.key in holding_offices or any(_in_elections(ctx, m.start, m.end) for m in cl.mentions):
            ctx.found.affiliations[cl.key] = setting


def party_bodies(ctx: AffiliationContext) -> None:
    """A body named by a party's first word ("Democratic National Committee", "Green National
    Convention"; not "Republican Study Committee") is of the party's state: the party the article
    names so, else the table's."""
    named = ctx.article_countries()
    parties: dict[str, set[str]] = defaultdict(set)
    for cl in ctx.clusters.clusters:
        state = ctx.state_of(cl)
        if cl.type == "ORG" and state and is_party_name(cl.label):
            for m in cl.mentions:
                # "US Green Party" is the Green Party: its name opens after the state's
                words = [w for w in fold(m.text).split() if not lookup_country(w.upper())]
                if words and words[0] not in PARTY_NOUNS:
                    parties[words[0]].add(state)
    for cl in ctx.clusters.clusters:
        words = fold(cl.label).split()
        if cl.type != "ORG" or cl.country or cl.actor or len(words) < 2 or is_party_name(cl.label):
            continue
        if (
            " ".join(words[1:]) not in PARTY_BODY_NOUNS
            or ctx.state_of(cl)
            or cl.key in ctx.found.affiliations
        ):
            continue
        states = parties.get(words[0], set())
        if not states:
            org = lookup_organisation(cl.label.split()[0], named)
            states = {org.country} if org is not None and org.kind == "party" and org.country else set()
        if len(states) == 1:
            ctx.found.affiliations[cl.key] = states.pop()


def _in_elections(ctx: AffiliationContext, start: int, end: int) -> bool:
    root = ctx.doc[start:end].root
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in OFFICE_OBJECT_VERBS:
        return True
    return any(t.lemma_.lower() in ELECTION_NOUNS for t in root.sent)


def chamber_bodies(ctx: AffiliationContext) -> None:
    """A committee named after a chamber ("House Intelligence Committee", "Senate Judiciary Committee")
    is of the state of the chamber the article names with that word, else of the article's state."""
    setting = ctx.setting()
    for cl in ctx.clusters.clusters:
        words = fold(cl.label).split()
        if cl.type != "ORG" or cl.country or cl.actor or len(words) < 2:
            continue
        if words[0] not in CHAMBER_NOUNS or words[-1] not in CHAMBER_BODY_NOUNS:
            continue
        if ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        chambers = {
            state
            for other in ctx.clusters.clusters
            if other is not cl and words[0] in fold(other.label).split() and (state := ctx.state_of(other))
        }
        # a committee of a chamber the story's state does not have ("Senate Banking Committee" in a story
        # set in Japan) is of the one state the story names that has it
        if chambers:
            state = chambers.pop() if len(chambers) == 1 else None
        else:
            state = ctx.chamber_state(words[0], setting)
        if state:
            ctx.found.affiliations[cl.key] = state


def nominees(ctx: AffiliationContext) -> None:
    """Whom a party of a known state nominates, chooses or elects acts for that state: "the Unity
    Party nominated X"."""
    for cl in ctx.stateless_people():
        for m in cl.mentions:
            root = ctx.doc[m.start : m.end].root
            verb = root.head
            if root.dep_ != "dobj" or verb.lemma_.lower() not in OFFICE_OBJECT_VERBS:
                continue
            parties = [
                party
                for subject in verb.children
                if subject.dep_ == "nsubj"
                and (party := ctx.clusters.cluster_at(subject.i)) is not None
                and party.type == "ORG"
                and is_party_name(party.label)
            ]
            state = next((s for s in map(ctx.state_of, parties) if s), None)
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def candidates(ctx: AffiliationContext) -> None:
    """ "X for president", "nominated Y for vice president", "Z, a candidate for governor": a candidate
    in the elections of the article's state, as a "presidential candidate X" is; "for governor of Ohio"
    in Ohio's state's; not "for president of the club"."""
    setting = ctx.setting()
    for cl in ctx.stateless_people():
        for m in cl.mentions:
            state = _state_of_candidacy(ctx, m.start, m.end, setting)
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def contenders(ctx: AffiliationContext) -> None:
    """Whoever is in the race for, seeks or wins a party's or a state's nomination acts for its state:
    "Both X and Y remain in the race for the Democratic presidential nomination"."""
    for cl in ctx.stateless_people():
        for m in cl.mentions:
            state = _state_of_nomination(ctx, ctx.doc[m.start : m.end].root)
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def memberships(ctx: AffiliationContext) -> None:
    """A person of no other state who joins, serves in, runs for or leads a party or a state body ("X
    joined the police", "Y served in the US Army", "Z ran as a Republican", "W, who leads the Green
    Party") or whom the clause makes its officer or member ("X was reelected as leader of the Unity
    Party", "Y is a member of the Ruritanian parliament") is a member of it and acts for its state, as
    "a member of the Labour Party" does."""
    for cl in ctx.stateless_people():
        for m in cl.mentions:
            bodies = _bodies_joined(ctx, ctx.doc[m.start : m.end].root)
            state = next((s for body in bodies if (s := ctx.state_of(body))), None)
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def _bodies_joined(ctx: AffiliationContext, subject: Token) -> Iterator[Cluster]:
    """The parties and state bodies the clause of this subject makes it a member of."""
    while subject.dep_ == "conj":
        subject = subject.head
    # "X, who joined the Conservatives in 2005": the relative clause's subject is the name
    relative = [v for v in subject.children if v.dep_ == "relcl"]
    verbs = [subject.head] if subject.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [v for v in relative if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in v.children)]
    for verb in verbs:
        yield from _bodies_of_verb(ctx, verb)


def _bodies_of_verb(ctx: AffiliationContext, verb: Token) -> Iterator[Cluster]:
    preps = MEMBERSHIP_VERBS.get(verb.lemma_.lower())
    objects: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj" and preps == "":
            objects.append(child)  # "joined the police"
        elif child.dep_ == "prep" and (child.lower_ == "as" or child.lower_ in (preps or "").split(";")):
            objects += [o for o in child.children if o.dep_ == "pobj"]
    # "was reelected as leader of", "is a member of", "became chairman of": the office the clause gives
    # its subject, in the body it is "of"
    offices = [o for o in objects if o.head.lower_ == "as"]
    offices += [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    held = [body for office in offices if _office_noun(office) for body in _bodies_of_office(ctx, office)]
    yield from held
    for obj in objects:
        body = ctx.clusters.cluster_at(obj.i)
        if body is None and obj.dep_ == "dobj" and is_unit_noun(obj.lemma_):
            # "X, who heads the Bank of England's exchange department": a unit of the body it belongs to
            owners = [
                c for c in obj.children if c.dep_ == "poss" and ctx.clusters.cluster_at(c.i) is not None
            ]
            body = ctx.clusters.cluster_at(owners[0].i) if owners else None
        if body is None or body.type == "PERSON":
            continue
        known = lookup_organisation(body.label)
        # "joined the Unity Party": a party's name says it is one where the table does not know it
        party = (
            known.kind == "party" if known is not None else body.type == "ORG" and is_party_name(body.label)
        )
        # "as a Republican" names a party only; "in the army", "for the Senate" a party or state body
        if party or (obj.head.lower_ != "as" and ctx.state_body(body)):
            yield body


def _office_noun(noun: Token) -> bool:
    """An office or seat in a body ("leader", "chairman", "member"); not an occupation, which says what
    one does about the body rather than for it ("a critic of the party", "a lawyer of the ministry")."""
    lemma = noun.lemma_.lower()
    return lemma in MEMBERSHIP_NOUNS or (is_role_word(noun.lower_) and not is_occupation(lemma))


def _bodies_of_office(ctx: AffiliationContext, office: Token) -> Iterator[Cluster]:
    """The party or state body an office noun is "of" ("leader of the Unity Party")."""
    for prep in office.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            body = ctx.clusters.cluster_at(obj.i) if obj.dep_ == "pobj" else None
            if (
                body is not None
                and body.type == "ORG"
                and (is_party_name(body.label) or ctx.state_body(body))
            ):
                yield body


def _state_of_nomination(ctx: AffiliationContext, subject: Token) -> str | None:
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ != "nsubj":
        return None
    verb = subject.head
    for noun in verb.subtree:
        if noun.lemma_.lower() not in NOMINATION_NOUNS:
            continue
        path = [a for a in noun.ancestors if a.i != verb.i and verb.is_ancestor(a)]
        if any(a.dep_ not in ("prep", "pobj", "dobj") for a in [noun, *path]):
            continue  # "X said Y won the nomination": another clause's nomination
        for word in noun.children:
            owner = ctx.clusters.cluster_at(word.i) if word.dep_ in ("amod", "compound", "poss") else None
            state = ctx.state_of(owner) if owner is not None and owner.type != "PERSON" else None
            if state:
                return state
    return None


def _state_of_candidacy(ctx: AffiliationContext, start: int, end: int, setting: str | None) -> str | None:
    doc = ctx.doc
    preps = [doc[end]] if end < len(doc) and doc[end].lower_ == "for" else []
    root = doc[start:end].root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    nouns += [root.head] if root.dep_ == "appos" else []
    for noun in nouns:
        if noun.lemma_.lower() in CANDIDACY_NOUNS:
            preps += [p for p in noun.children if p.lower_ == "for"]
    # "X ran for governor of Florida", "X, who is running for president": the verb of the candidacy
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [c for n in (root, *nouns) for c in n.children if c.dep_ == "relcl"]
    for verb in verbs:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in CANDIDACY_VERBS:
            preps += [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "for"]
    for office in (o for p in preps for o in p.children if o.dep_ == "pobj"):
        # the office's head noun: "vice president", "Lieutenant Governor", "governor of Ohio"
        if office.lower_ not in ELECTIVE_OFFICES:
            continue
        after = doc[office.i + 1] if office.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ("'s", "’s"):
            continue
        if after is not None and after.lower_ == "of":
            named = [ctx.clusters.cluster_at(o.i) for o in after.children if o.dep_ == "pobj"]
            places = [p for p in named if p is not None and p.type in PLACE_LABELS]
            state = ctx.state_of(places[0]) if places else None
            if state:
                return state
            continue  # "for president of the club"
        if setting and not ctx.other_state_near(office.i, setting):
            return setting
    return None


def tickets(ctx: AffiliationContext) -> None:
    """A ticket is its candidates' ("the Hawkins/Walker ticket", "Biden-Harris"): the state both of
    them act for, when the article gives it."""
    states: dict[str, set[str]] = defaultdict(set)
    for cl in ctx.clusters.clusters:
        state = ctx.state_of(cl)
        if cl.type == "PERSON" and state:
            for m in cl.mentions:
                states[m.text.split()[-1]].add(state)
    for cl in ctx.clusters.clusters:
        if cl.type not in ("ORG", "PERSON") or cl.country or cl.actor or ctx.state_of(cl):
            continue
        if cl.key in ctx.found.affiliations:
            continue
        names = _TICKET.fullmatch(cl.label)
        if names is None:
            continue
        found = states.get(names["first"], set()) | states.get(names["second"], set())
        if len(found) == 1 and names["first"] in states and names["second"] in states:
            ctx.found.affiliations[cl.key] = found.pop()
