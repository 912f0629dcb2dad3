"""Titles and states shared along a list of names.

"Representatives A, B, and C" -> each of A's state; "Prohibition Party presidential nominee X and vice
presidential nominee Y" -> Y is the party's nominee too, not a state's."""

from __future__ import annotations

from collections.abc import Iterator

from geokg.extract.entities.affiliations.context import AffiliationContext
from geokg.extract.entities.clusters import Cluster
from geokg.extract.entities.roles import Role
from geokg.extract.entities.titles import is_role_word, is_title_modifier


def listed_under_a_title(ctx: AffiliationContext) -> None:
    """ "Representatives A, B, and C": a plural title before a list is each one's, and so is its state
    (the tagger may take a listed name for an organisation)."""
    doc = ctx.doc
    for cl in ctx.clusters.clusters:
        if cl.type not in ("PERSON", "ORG") or cl.country or cl.actor or ctx.state_of(cl):
            continue
        if cl.key in ctx.found.affiliations:
            continue
        for m in cl.mentions:
            head = doc[m.start : m.end].root
            if head.dep_ != "conj":
                continue
            while head.dep_ == "conj":
                head = head.head
            first, mention = ctx.clusters.cluster_at(head.i), ctx.clusters.mention_at(head.i)
            if first is None or mention is None or first.type != "PERSON" or mention.start == 0:
                continue
            title = doc[mention.start - 1]
            plural = title.tag_ in ("NNS", "NNPS") and is_role_word(title.lower_.removesuffix("s"))
            state = ctx.state_of(first) if plural else None
            if state:
                ctx.found.affiliations[cl.key] = state
                break


def owner_of_the_first_title(
    ctx: AffiliationContext, cl: Cluster, titles: list[tuple[str, int, str | None]]
) -> bool:
    """ "Prohibition Party presidential nominee X and vice presidential nominee Y": a title listed after
    one its owner is written before (a party's, a company's) is that owner's too, not the state's
    office; the role and the owner's state are given here. True when one was."""
    by_key = {c.key: c for c in ctx.clusters.clusters}
    for other in _listed_before(ctx, cl):
        for role, token, _ in titles:
            noun = role.split()[-1]
            owners = {t for r, _, t in ctx.found.titles.get(other.key, ()) if t and r.split()[-1] == noun}
            owner = by_key.get(owners.pop()) if len(owners) == 1 else None
            if owner is None or owner.type != "ORG":
                continue
            ctx.found.roles.append(Role(cl.key, role, "of", owner.key, token))
            state = ctx.state_of(owner)
            if state:
                ctx.found.affiliations[cl.key] = state
            return True
    return False


def _listed_before(ctx: AffiliationContext, cl: Cluster) -> Iterator[Cluster]:
    """The titled people this one is listed after: "X and energy minister Y" -> X."""
    doc = ctx.doc
    for m in cl.mentions:
        i = m.start - 1
        while i >= 0 and (is_role_word(doc[i].lower_) or is_title_modifier(doc[i].lower_)):
            i -= 1
        if i < 1 or i == m.start - 1 or doc[i].lower_ not in ("and", ","):
            continue
        comma = doc[i].text == ","
        if doc[i].lower_ == "and" and doc[i - 1].text == ",":  # "A, B, and energy minister C"
            i -= 1
        other = ctx.clusters.cluster_at(i - 1)
        if other is None or other is cl or other.type != "PERSON":
            continue
        # "British finance minister A, foreign minister B and ...": a comma lists titled names too, where
        # the name before it has a title of its own (else the title may open an apposition)
        if comma and not ctx.found.titles.get(other.key):
            continue
        yield other


def coordinated_state(ctx: AffiliationContext, cl: Cluster) -> str | None:
    """The state of the titled person this one is listed after ("X and energy minister Y")."""
    return next((ctx.state_of(other) for other in _listed_before(ctx, cl)), None)
