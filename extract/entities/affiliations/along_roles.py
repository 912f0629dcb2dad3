"""Affiliations along the roles found: one acts for the state of what one holds office in.

"the mayor of London" -> the United Kingdom; "her son, X" -> the mother's state; "the ministry" as a
description of the foreign ministry named before."""

from __future__ import annotations

from geokg.extract.entities.affiliations.context import AffiliationContext, head_words, opens_with_a_word_of
from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.countries import lookup_country
from geokg.extract.entities.roles import Role
from geokg.extract.entities.titles import heads_a_body, is_former, office_of
from geokg.extract.lexicon.entity_words import (
    DIPLOMATIC_TITLES,
    KIN_NOUNS,
    LOCAL_INSTITUTION_NOUNS,
    STAFF_TITLES,
)
from geokg.extract.lexicon.words import NATIONAL_NAME_WORDS
from spacy.tokens import Token


def along_roles(ctx: AffiliationContext) -> None:
    """A holder acts for the state of what they hold an office in or belong to: "the mayor of London"
    is British, "Trump's lawyer" American, "a member of the Labour Party" British; through chains
    (person -> party -> state), once each link is settled."""
    by_key = {cl.key: cl for cl in ctx.clusters.clusters}
    changed = True
    while changed:
        changed = False
        for role in ctx.found.roles:
            holder, target = by_key.get(role.holder), by_key.get(role.target)
            if holder is None or target is None or holder.country:
                continue
            # "a spokeswoman for the police", "an adviser to the ministry", "a scientist at NASA" act for
            # its state; not "a professor at Harvard": a university's staff come from anywhere. Who speaks
            # for or runs any other organisation acts for it ("a spokesperson for the party").
            for_a_body = role.prep in ("for", "to", "at") and ctx.state_body(target)
            acts_for = role.prep == "of" or for_a_body or _serves_state(ctx, role, target)
            if not acts_for and not _speaks_for_or_runs(role, target):
                continue
            if ctx.state_of(holder) or holder.key in ctx.found.affiliations or holder.actor:
                continue
            if holder.key in ctx.found.origins and target.type != "GPE":
                continue  # "Acme's Philippine agent X": the state he is of or works in, not his employer's
            state = ctx.state_of(target)
            if state:
                ctx.found.affiliations[holder.key] = state
                changed = True
        for holder_key, place_key in ctx.found.origins.items():
            # "a California lawyer", "Professor X of Ohio": the person is of the place's state
            holder, place = by_key.get(holder_key), by_key.get(place_key)
            if holder is None or place is None or holder.country or holder.actor:
                continue
            if ctx.state_of(holder) or holder.key in ctx.found.affiliations:
                continue
            state = ctx.state_of(place)
            if state:
                ctx.found.affiliations[holder.key] = state
                changed = True


# the words that open the name of a state's own body ("State Administration of X", "National X Board")
_STATE_OWN_WORDS = NATIONAL_NAME_WORDS | {"state"}


def bodies_of_their_heads(ctx: AffiliationContext) -> None:
    """ "State Administration of Taxation head X", where X is placed (the office table, a state's title): a
    body whose name says it is a state's own ("State ...", "National ...", "Federal ...") and that nothing
    else places is of the state of whoever the text says heads it now; all its heads must agree."""
    by_key = {cl.key: cl for cl in ctx.clusters.clusters}
    states: dict[str, set[str]] = {}
    for role in ctx.found.roles:
        body, holder = by_key.get(role.target), by_key.get(role.holder)
        if body is None or holder is None or role.prep != "of" or holder.type != "PERSON":
            continue
        if not heads_a_body(role.role) or is_former(role.role):
            continue
        if body.country or body.actor or ctx.found.types.get(body.key, body.type) != "ORG":
            continue
        if body.key in ctx.found.affiliations or ctx.state_of(body):
            continue
        if not opens_with_a_word_of(body, _STATE_OWN_WORDS):
            continue
        state = ctx.state_of(holder)
        states.setdefault(body.key, set()).add(state or "")
    for key, found in states.items():
        if len(found) == 1 and (state := next(iter(found))):
            ctx.found.affiliations[key] = state


def _serves_state(ctx: AffiliationContext, role: Role, target: Cluster) -> bool:
    """ "Commercial counselor for the Soviet Union", "a delegate for Brazil": a diplomatic title's "for"
    phrase names the state its holder serves, as "of" does; not where the holder's title is also "of" a
    body ("the U.N. envoy for Syria" serves the U.N., not Syria)."""
    if role.prep != "for" or target.type != "GPE" or not role.role:
        return False
    if office_of(role.role).split()[-1] not in DIPLOMATIC_TITLES:
        return False
    return not any(r.holder == role.holder and r.prep == "of" for r in ctx.found.roles)


def _speaks_for_or_runs(role: Role, target: Cluster) -> bool:
    """ "A spokesperson for the party", "vice president at the utility": who speaks for or runs an
    organisation acts for it, so for its state; not the head of a university, school or hospital
    ("director at the University of X"), which hire from anywhere."""
    if role.prep not in ("for", "at") or target.type != "ORG" or not role.role:
        return False
    if office_of(role.role).split()[-1] not in STAFF_TITLES:
        return False
    return not head_words(target.label) & LOCAL_INSTITUTION_NOUNS


def pronoun_kin(ctx: AffiliationContext) -> None:
    """A relative a possessive pronoun owns ("his wife X", "her sister Y") in a story set in one state,
    where the pronoun's nearest named person before it is of that state: the relative is of it too.
    Whose the pronoun is is settled only after coreference, which runs after the entities are fixed;
    the nearest person named before it is who coreference takes it for, and the setting keeps a
    foreign visitor's family out (a visiting minister's wife in a French story is not made French)."""
    setting = ctx.setting()
    if not setting:
        return
    by_key = {cl.key: cl for cl in ctx.clusters.clusters}
    people = [(m.start, cl) for cl in ctx.clusters.clusters if cl.type == "PERSON" for m in cl.mentions]
    for holder_key, role, pronoun, _token in ctx.found.pronoun_owned:
        holder = by_key.get(holder_key)
        if holder is None or role.split()[-1] not in KIN_NOUNS or holder.key in ctx.found.affiliations:
            continue
        if ctx.state_of(holder) or holder.actor:
            continue
        before = [(start, cl) for start, cl in people if start < pronoun and cl.key != holder.key]
        if not before:
            continue
        _, owner = max(before, key=lambda pair: pair[0])
        if ctx.state_of(owner) == setting:
            ctx.found.affiliations[holder.key] = setting


def kin_of_titled(ctx: AffiliationContext) -> None:
    """A relative named beside a title's possessive ("the president's wife, Ana Ruiz", "Luis Ruiz, the
    prime minister's son") is of the state of the one the title names: the state word of the title
    ("the Peruvian president's wife"), else the one state of the people the story gives that title
    ("President Tomas Ruiz ... the president's wife"). A relative takes no office by kinship, but the
    family of a state's office holder belongs to that state, as "the son of X" takes X's."""
    for cl in ctx.clusters.clusters:
        if cl.type != "PERSON" or cl.actor or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        for m in cl.mentions:
            owner = _title_owning_kin(ctx.doc[m.start : m.end].root)
            state = _state_of_title(ctx, cl, owner) if owner is not None else None
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def _title_owning_kin(name: Token) -> Token | None:
    """The common-noun title that owns the kin noun a name stands in apposition with: "minister" in "the
    prime minister's daughter, X" and in "X, the prime minister's daughter"."""
    nouns = [name.head] if name.dep_ == "appos" else []
    nouns += [t for t in name.children if t.dep_ == "appos"]
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in KIN_NOUNS:
            continue
        for owner in noun.children:
            if owner.dep_ == "poss" and owner.pos_ == "NOUN":
                return owner
    return None


def _state_of_title(ctx: AffiliationContext, relative: Cluster, owner: Token) -> str | None:
    """The state a possessive title names: its own state word ("the Peruvian president's"), else the one
    state of the story's other people written with that title."""
    modifiers = [t for t in owner.lefts if t.dep_ in ("amod", "compound", "nmod")]
    for word in modifiers:
        country = lookup_country(word.text)
        if country is not None:
            return country.iso3
    words = [owner.lower_]
    while (before := owner.doc[owner.i - len(words)]).head == owner and before in modifiers:
        words.insert(0, before.lower_)  # "prime minister", "foreign minister"
    office = office_of(" ".join(words))
    states: set[str | None] = set()
    for other in ctx.clusters.clusters:
        if other.type != "PERSON" or other.key == relative.key:
            continue
        if any(office_of(role.lower()) == office for role, _, _ in ctx.found.titles.get(other.key, ())):
            states.add(ctx.state_of(other))
    return states.pop() if len(states) == 1 else None


def descriptions(ctx: AffiliationContext) -> None:
    """What a definite description can call a body: "the ministry" is the foreign ministry named
    before, "the court" the Kenyan court (coref.py resolves it to the latest such entity)."""
    for cl in ctx.clusters.clusters:
        if cl.actor and cl.actor != "state":
            ctx.found.descriptions[cl.key].add(cl.actor.split()[-1])
        elif cl.type == "ORG" and (cl.key in ctx.found.sectors or cl.sector):
            ctx.found.descriptions[cl.key].add(cl.label.split()[-1].lower())
