"""US congressional style: "Sen. X", "Rep. Y" hold a seat in a legislature, and a party-state tag after a
name ("Rep. X, R-N.Y., said", "Sen. Y (D-Calif.)") says the person sits in the United States Congress,
whatever state the article is set in."""

from __future__ import annotations

from geokg.extract.entities.affiliations.context import AffiliationContext
from geokg.extract.entities.affiliations.offices import state_offices
from geokg.extract.entities.mentions import Mention
from geokg.extract.entities.titles import congress_title, is_party_state_tag

_UNITED_STATES = "USA"
_OPENERS = frozenset({",", "("})
_CLOSERS = frozenset({",", ")", ";", "--", "—"})
_LONGEST_TAG = 6  # tokens: "R", "-", "W.", "Va", "."


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
