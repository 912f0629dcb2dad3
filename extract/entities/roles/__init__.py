"""Roles and affiliations from titles, appositions and clauses: one module per kind of evidence.

- records: `Role`, `RoleFindings` (by cluster key), `RoleFacts` (by entity id);
- context: the state the readers share (the article, its clusters, the findings so far);
- before_name: titles before a name, "Iraqi Foreign Minister Hoshyar Zebari"; ranks abbreviated, "Lt. Col. X";
- descriptions: no title before a name, "Abu Dhabi TV photojournalist X", "Iranian chess arbiter Y";
- appositions: "Angela Merkel, the Chancellor of Germany", "A member of the Kenyan Parliament, Jane Doe";
- nouns: the role one title noun states and whom it ties the holder to (used by the two above and clauses);
- clauses: offices stated by a verb, "X served as the US ambassador to the UN";
- of_phrases: "Yvette Cooper of the Labour Party", "Senator X from Vermont", "during X's presidency";
- peoples: nationality and origin, "X, a Turkish national", "Ethiopians A and B", "X's compatriot Y";
- lists: lists of names and states, "counterparts X, Y and Z of A, B and C respectively";
- pronouns: titles a possessive pronoun owns, once coreference resolves it, "his former lawyer X".
"""

from __future__ import annotations

from geokg.extract.entities.clusters import MentionClusters
from geokg.extract.entities.roles.appositions import apposition, office_before
from geokg.extract.entities.roles.before_name import rank_before, title_before
from geokg.extract.entities.roles.clauses import office_clause
from geokg.extract.entities.roles.context import RoleContext
from geokg.extract.entities.roles.lists import respective_offices
from geokg.extract.entities.roles.of_phrases import member_of, term_of
from geokg.extract.entities.roles.peoples import (
    compatriot,
    nationality_clause,
    one_of_a_people,
    people_of_a_state,
)
from geokg.extract.entities.roles.pronouns import pronoun_roles
from geokg.extract.entities.roles.records import Role, RoleFacts, RoleFindings
from geokg.extract.entities.titles import office_of
from geokg.extract.token_arrays import with_pos
from spacy.tokens import Doc

__all__ = ["Role", "RoleFacts", "RoleFindings", "find_roles", "pronoun_roles"]


def find_roles(doc: Doc, clusters: MentionClusters, day: str | None = None) -> RoleFindings:
    """Titles, appositions and "X of Y" among the clusters: roles and the affiliations they imply; `day`
    (the article's date) dates the titles written with a year."""
    ctx = RoleContext(doc, clusters, day)
    for mention in ctx.clusters.mentions:
        title_before(ctx, mention)
        rank_before(ctx, mention)
        office_before(ctx, mention)
        apposition(ctx, mention)
        member_of(ctx, mention)
        term_of(ctx, mention)
        one_of_a_people(ctx, mention)
        people_of_a_state(ctx, mention)
        compatriot(ctx, mention)
    for token in ctx.doc:
        if token.lower_ == "respectively":
            respective_offices(ctx, token)
    for token in with_pos(ctx.doc, ("VERB", "AUX")):
        office_clause(ctx, token)
        nationality_clause(ctx, token)
    _body_titles_over_headline(ctx)
    _memberships_under_offices(ctx)
    return ctx.found


def _memberships_under_offices(ctx: RoleContext) -> None:
    """ "X, director-general of the Federation of Y" and later "said X of the Federation": the bare "of"
    makes X a member of the body, which his office there already says more exactly; the membership is
    dropped where the story gives the holder another role in the same body."""
    found = ctx.found
    offices = {(r.holder, r.target) for r in found.roles if r.role != "member"}
    for r in [r for r in found.roles if r.role == "member" and (r.holder, r.target) in offices]:
        found.roles.remove(r)


def _body_titles_over_headline(ctx: RoleContext) -> None:
    """ "CHILE PRES ROE SEES ..." over "Vice President Ann Roe met ...": the story's own title beats the
    headline's, which clips it ("president" for the vice president). A title the headline gives a holder
    whom the story gives a longer title ending in it is dropped, and the story's title, written without
    an owner, takes the owner the headline wrote ("vice president of Chile")."""
    end = ctx.clusters.title_end
    if not end:
        return
    found = ctx.found
    for holder, titles in list(found.titles.items()):
        body = [(office_of(role), role, token) for role, token, _ in titles if token >= end]
        for r in [r for r in found.roles if r.holder == holder and r.token < end and r.prep == "of"]:
            clipped = office_of(r.role)
            longer = [(role, token) for office, role, token in body if office.endswith(f" {clipped}")]
            if not longer:
                continue
            found.roles.remove(r)
            found.titles[holder] = [t for t in found.titles[holder] if t[1] >= end or t[0] != r.role]
            for role, token in longer:
                owned = any(o.holder == holder and o.role == role and o.token == token for o in found.roles)
                if not owned:
                    found.roles.append(Role(holder, role, "of", r.target, token))
