"""Whom the article's people and organisations act for, where titles and appositions (roles/) left it open.

Runs after roles, before entity ids are fixed (an institution's id names its state). Each source is a small
function that proposes affiliations (cluster key -> ISO-3) and role facts; what the text states always
stands, and a source only fills what is still open. One module per kind of evidence:
- offices: the table of who held which office when (entities/offices.py), by name and the article's date,
  and the role a title written in the text names ("Prime Minister X" -> prime minister of the United
  Kingdom); people with a state's title and no state ("Defence Secretary X") are of the article's state,
  or of the place's where the title is held "in" a named place ("X, economics minister in Bonn");
  a person a government is named after ("the Blair government") heads the state the table knows them of;
- party_tags: "Sen." and "Rep." before a name are a legislator's title, and a party-state tag after the name
  ("Sen. X, D-Calif.") gives the United States; "Representative X" of the United States is a member of its
  House (house_members, once every step has given its roles);
- places: the country a city, region, landmark, institution, street or named farm or village ("the X farm in
  Y") lies in (entities/places.py);
- described: a state's word in a description said of a name ("two American retail icons, A and B", "the
  German carmaker X") gives the named its state, and is no evidence of the article's state; a region's
  ("X, a European consortium") gives it none; "the U.S. company said" after a sentence whose one
  organisation subject it describes gives that firm its state (firms_described_after); a place before a
  firm's noun said of a name ("X Holdings, a Tokyo insurer") gives it the place's state, as `located`
  does for organisations, whatever type the tagger gave the name (firms_described_by_a_place);
- organisations: international bodies (none), state bodies, parties, armed groups, media and companies
  (entities/organisations.py), a state word in an organisation's own name ("Syrian Democratic Forces",
  "Socialist Party USA", "White House Task Force") or a place there ("Ohio Department of Health"), and
  a name's legal form ("Acme KK": a business, Japan's when nothing else places it), a state's word the
  tagger left outside the name ("the UK Hadley Centre"), an agency "of" a state's body
  ("the X Service of the U.S. Agriculture Department"), and the article's state for
  unnamed actors and institutions no state word names ("the police", "Parliament"), before it the one state
  whose forces a bare "the Navy" stands beside, and a speaker's state for a bare chamber addressed ("a
  speech to Parliament") and, in a story whose one state only a bare body of it tells ("Congress" with a
  senator's party tag), that state for its other bare bodies ("the Treasury", "the administration";
  bodies_of_one_state);
- along_roles: a holder acts for the state of what they hold office in ("the mayor of London"); a relative
  named beside a title's possessive ("the president's wife, X") is of the title's state (kin_of_titled);
- offices (ministries_spoken_for): a state's ministry named with no state ("the International Trade and
  Industry Ministry") whose officers speak for one state ("X, its vice minister, said Japan would ...") is
  that state's, where the story's setting gave it none;
- offices (titles_after_a_state_title): a person first titled as a named state's officer ("Iran's war
  spokesman X") holds the titles written later with no owner ("X, the parliamentary speaker") in that state;
- listed: a title and its state shared along a list of names ("Representatives A, B, and C");
- elections: whom a party nominates acts for the party's state, parties that take part in the article's
  elections and committees of its chambers are of its state, a party's bodies ("Democratic National
  Committee") are of the party's, and a ticket ("Hawkins/Walker") is of the state its two candidates share;
- story_state: the people and the organisations no table places of a story whose places and bodies are all
  of one state are of it ("HARTFORD, Conn. -- X ... a judge ruled"), and so are the people who argue over
  the parties of the state a story is about and no other's ("Mr X accused the Tories");
- context: the state the sources share, the article's state where one dominates (`setting`) and where it
  is the only one (`sole_state`).
"""

from __future__ import annotations

from geokg.extract.entities.affiliations.along_roles import (
    along_roles,
    bodies_of_their_heads,
    descriptions,
    kin_of_titled,
    pronoun_kin,
)
from geokg.extract.entities.affiliations.context import AffiliationContext
from geokg.extract.entities.affiliations.described import (
    described,
    firms_described_after,
    firms_described_by_a_place,
    firms_of_a_town,
)
from geokg.extract.entities.affiliations.elections import (
    candidates,
    chamber_bodies,
    contenders,
    memberships,
    nominees,
    parties_in_elections,
    party_bodies,
    tickets,
)
from geokg.extract.entities.affiliations.listed import listed_under_a_title
from geokg.extract.entities.affiliations.offices import (
    bodies_in_holders_titles,
    bodies_of_titled_holders,
    ministries_spoken_for,
    monarchy_titles,
    named_governments,
    national_titles,
    offices,
    paragraph_states,
    royal_kin,
    stacked_titles,
    titles_after_a_state_title,
    titles_owned_unnamed,
)
from geokg.extract.entities.affiliations.organisations import (
    agencies_of_bodies,
    article_actors,
    bodies_of_one_state,
    creditor_committees,
    firms_after_a_states_noun,
    firms_by_legal_form,
    firms_of_owners_and_sites,
    laws_of_a_state,
    ministries_in_capitals,
    names_with_a_country,
    organisations,
    states_before_names,
)
from geokg.extract.entities.affiliations.party_tags import (
    house_members,
    legislator_honorifics,
    party_state_tags,
)
from geokg.extract.entities.affiliations.places import located, places, settlements, sites, streets
from geokg.extract.entities.affiliations.story_state import national_bodies, party_voices, story_state
from geokg.extract.entities.clusters import MentionClusters
from geokg.extract.entities.roles import RoleFindings
from spacy.tokens import Doc


def find_affiliations(
    doc: Doc, clusters: MentionClusters, found: RoleFindings, day: str | None
) -> RoleFindings:
    """Complete what roles found with the article's other evidence of whom each entity acts for."""
    ctx = AffiliationContext(doc, clusters, found, day)
    offices(ctx)
    legislator_honorifics(ctx)
    party_state_tags(ctx)
    places(ctx)
    # (from the states the clusters name, which no step below changes, once places has given the dateline
    # its state: read by article_actors and national_titles, and by the argument resolver after)
    ctx.found.paragraph_states = paragraph_states(ctx)
    creditor_committees(ctx)
    described(ctx)
    firms_described_after(ctx)
    organisations(ctx)
    located(ctx)
    firms_described_by_a_place(ctx)
    firms_of_a_town(ctx)
    sites(ctx)
    settlements(ctx)
    names_with_a_country(ctx)
    states_before_names(ctx)
    firms_after_a_states_noun(ctx)
    ministries_in_capitals(ctx)
    agencies_of_bodies(ctx)
    national_bodies(ctx)
    laws_of_a_state(ctx)
    along_roles(ctx)
    article_actors(ctx)
    bodies_of_one_state(ctx)
    ministries_spoken_for(ctx)
    streets(ctx)
    titles_owned_unnamed(ctx)
    named_governments(ctx)
    national_titles(ctx)
    titles_after_a_state_title(ctx)
    monarchy_titles(ctx)
    royal_kin(ctx)
    listed_under_a_title(ctx)
    parties_in_elections(ctx)
    party_bodies(ctx)
    chamber_bodies(ctx)
    nominees(ctx)
    candidates(ctx)
    contenders(ctx)
    memberships(ctx)
    stacked_titles(ctx)
    along_roles(ctx)
    bodies_of_their_heads(ctx)
    tickets(ctx)
    bodies_of_titled_holders(ctx)
    kin_of_titled(ctx)
    story_state(ctx)
    firms_by_legal_form(ctx)  # last: a form is no evidence of where a story is set
    firms_of_owners_and_sites(ctx)  # (nor are a firm's owners and sites)
    bodies_in_holders_titles(ctx)
    party_voices(ctx)
    pronoun_kin(ctx)
    descriptions(ctx)
    house_members(ctx)
    # (a story datelined abroad about the visit of another state's officers: the host's bare offices)
    ctx.found.setting = ctx.host_state() or ctx.setting()
    return ctx.found
