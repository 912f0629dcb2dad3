"""US congressional style: "Sen. X", "Rep. Y" hold a seat in a legislature, and a party-state tag after a
name ("Rep. X, R-N.Y., said", "Sen. Y (D-Calif.)") says the person sits in the United States Congress,
whatever state the article is set in."""

from __future__ import annotations

from geokg.extract.entities.affiliations.context import AffiliationContext
from geokg.extract.entities.affiliations.offices import state_offices
from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.mentions import Mention, fold
from geokg.extract.entities.roles import Role
from geokg.extract.entities.titles import congress_title, is_party_state_tag, office_of

_UNITED_STATES = "USA"
_OPENERS = frozenset({",", "("})
_CLOSERS = frozenset({",", ")", ";", "--", "—"})
_LONGEST_TAG = 6  # tokens: "R", "-", "W.", "Va", "."
_HOUSE_SEAT = "representative"
_HOUSE = "House of Representatives"
# the words a story names the US lower chamber by, after a state's word ("the U.S. House")
_HOUSE_NAMES = frozenset({"house", "house of representatives"})
_US_WORDS = ("us ", "united states ")
# "Representative(s) X", "Rep. X": the title written before a name (the plural before a list of names)
_HOUSE_TITLE_WORDS = frozenset({"representative", "representatives", "rep", "reps"})


def legislator_honorifics(ctx: AffiliationContext) -> None:
    """ "Sen. X", "Rep. Y": the roles pass skips an honorific before a name, but these abbreviate a
    legislator's title, which is the person's title wherever the article's state has that seat
    (national_titles) or a tag says it is the US Congress's (party_state_tags)."""
    for cl in ctx.clusters.clusters:
        if cl.type != "PERSON":
            continue
        for m in cl.mentions:
            seat = congress_title(ctx.doc[m.start - 1].text) if m.start else None
            if seat and not any(role == seat for role, _, _ in ctx.found.titles.get(cl.key, ())):
                ctx.found.titles[cl.key].append((seat, m.start, None))


def party_state_tags(ctx: AffiliationContext) -> None:
    """A person whose name a party-state tag follows is of the United States, and a state's title the
    text gives them ("Sen.", "Rep.") is a US office."""
    for cl in ctx.clusters.clusters:
        if cl.type != "PERSON" or ctx.state_of(cl) or cl.key in ctx.found.affiliations:
            continue
        if any(_tagged(ctx, m) for m in cl.mentions):
            ctx.found.affiliations[cl.key] = _UNITED_STATES
            state_offices(ctx, cl, _UNITED_STATES)


def _tagged(ctx: AffiliationContext, mention: Mention) -> bool:
    """Whether "R-Ohio" stands between commas or brackets right after the mention."""
    doc = ctx.doc
    if mention.end >= len(doc) or doc[mention.end].text not in _OPENERS:
        return False
    sentence_end = doc[mention.start].sent.end
    text = ""
    for token in doc[mention.end + 1 : min(sentence_end, mention.end + 1 + _LONGEST_TAG)]:
        if token.text in _CLOSERS:
            break
        text += token.text_with_ws
    return is_party_state_tag(text)


def house_members(ctx: AffiliationContext) -> None:
    """ "Representative X", "Rep. Y" before a name, with no owner written but the United States (the story's
    state, or "U.S." before it): a member of the US House of Representatives, no envoy "representative of"
    the state; "Trade Representative Z" and "the U.S. representative to the IMF" are other titles. The House
    is the one the story names ("the U.S. House"), else the chamber itself (a legislature of the USA)."""
    people = {cl.key for cl in ctx.clusters.clusters if ctx.found.types.get(cl.key, cl.type) == "PERSON"}
    house: Cluster | None = None
    # "U.S. IMF Representative X" is also "representative to" the IMF: a body's envoy, no member of the House
    envoys = {
        role.holder
        for role in ctx.found.roles
        if office_of(role.role) == _HOUSE_SEAT and role.target != f"country:{_UNITED_STATES}"
    }
    for k, role in enumerate(ctx.found.roles):
        if role.holder not in people or role.prep != "of" or role.target != f"country:{_UNITED_STATES}":
            continue
        if role.holder in envoys:
            continue
        if office_of(role.role) != _HOUSE_SEAT or not _titled_before(ctx, role.token):
            continue
        house = house or _house(ctx)
        qualifier = role.role.removesuffix(_HOUSE_SEAT)  # "former "
        ctx.found.roles[k] = Role(role.holder, f"{qualifier}member", "of", house.key, role.token)


def _titled_before(ctx: AffiliationContext, token: int) -> bool:
    """Is a capitalised "Representative" or "Rep." written right before the name at `token`, or before the
    first of a list of names it is in ("Representatives A, B and C")?"""
    doc = ctx.doc
    mention = ctx.clusters.mention_at(token)
    if mention is not None:
        head = doc[mention.start : mention.end].root
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        first = ctx.clusters.mention_at(head.i)
        token = first.start if first is not None else mention.start
    if token == 0:
        return False
    word = doc[token - 1].text
    return word[:1].isupper() and word.rstrip(".").lower() in _HOUSE_TITLE_WORDS


def _house(ctx: AffiliationContext) -> Cluster:
    """The story's US House ("the House", "the U.S. House of Representatives"), made (without mentions) when
    the story never names it, as a state's own cluster is."""
    for cl in ctx.clusters.clusters:
        if ctx.found.types.get(cl.key, cl.type) != "ORG" or ctx.state_of(cl) not in (None, _UNITED_STATES):
            continue
        name = fold(cl.label).removeprefix("the ")
        name = next((name.removeprefix(us) for us in _US_WORDS if name.startswith(us)), name)
        if name in _HOUSE_NAMES:
            ctx.found.affiliations.setdefault(cl.key, _UNITED_STATES)  # the House of a US member's story
            return cl
    cl = Cluster(key=fold(_HOUSE), canonical=_HOUSE, scope=ctx.clusters.scope, sector="LEG")
    ctx.clusters.clusters.append(cl)
    ctx.found.affiliations[cl.key] = _UNITED_STATES
    return cl
