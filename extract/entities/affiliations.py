"""Whom the article's people and organisations act for, where titles and appositions (roles.py) left it open.

Runs after roles, before entity ids are fixed (an institution's id names its state). Each source is a small
function that proposes affiliations (cluster key -> ISO-3) and role facts; what the text states always
stands, and a source only fills what is still open:
- offices: the table of who held which office when (offices.py), by name and the article's date, and the
  role a title written in the text names ("Prime Minister X" -> prime minister of the United Kingdom);
- places: the country a city, region or landmark lies in (places.py);
- organisations: international bodies (none), state bodies, parties, armed groups, media and companies
  (organisations.py), and a state word in an organisation's own name ("Syrian Democratic Forces",
  "Socialist Party USA", "White House Task Force") or a place there ("Ohio Department of Health");
- roles: a holder acts for the state of what they hold office in ("the mayor of London");
- the article's state, where one dominates: unnamed actors and institutions no state word names ("the
  police", "protesters", "Parliament") belong to it, and so do people with a state's title and no state
  ("Defence Secretary X"), parties that take part in its elections, committees of its chambers and
  candidates "for president";
- elections: whom a party nominates acts for the party's state, a party's bodies ("Democratic National
  Committee") are of it, and a ticket ("Hawkins/Walker") is of the state its two candidates share.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from geokg.extract.entities.actors import STATE_SECTORS, dominant_state
from geokg.extract.entities.clusters import Cluster, MentionClusters
from geokg.extract.entities.countries import country_of_institution, is_demonym, lookup_country, sovereign_of
from geokg.extract.entities.igos import igo_by_key, lookup_igo
from geokg.extract.entities.mentions import Mention, doctrine_or_notion, fold
from geokg.extract.entities.offices import COLUMNS as OFFICE_COLUMNS
from geokg.extract.entities.offices import holding
from geokg.extract.entities.organisations import body_sector, lookup_organisation
from geokg.extract.entities.places import division_type, place_country
from geokg.extract.entities.retyping import named_in_full_as_person
from geokg.extract.entities.roles import Role, RoleFindings
from geokg.extract.entities.titles import (
    is_corporate_title,
    is_election_title,
    is_role_word,
    is_title_modifier,
    office_of,
)
from geokg.extract.lexicon.entity_words import (
    AWARD_HEADS,
    AWARD_NAMES,
    BODY_KINDS,
    BODY_LEVELS,
    CANDIDACY_NOUNS,
    CANDIDACY_VERBS,
    CHAMBER_BODY_NOUNS,
    CHAMBER_NOUNS,
    DIVISION_NOUNS,
    DIVISIONAL_TITLES,
    ELECTION_NOUNS,
    ELECTIVE_OFFICES,
    FACILITY_NOUNS,
    KIN_NOUNS,
    LOCAL_INSTITUTION_NOUNS,
    LOCAL_TITLE_WORDS,
    LOCATED_VERBS,
    LOCATIVE_PREPS,
    MEMBERSHIP_VERBS,
    MONARCH_TITLES,
    NATIONAL_TITLES,
    NOMINATION_NOUNS,
    OFFICE_BODIES,
    OFFICE_OBJECT_VERBS,
    PARTY_BODY_NOUNS,
    PARTY_NOUNS,
    PLACE_KIND_NOUNS,
    PLACE_VERBS,
    PRESS_HEADS,
    REGIONAL_BODY_NOUNS,
    ROYAL_BODIES,
    SITE_PREPS,
    STAFF_TITLES,
    STREET_NOUNS,
    US_JUDICIAL_CIRCUITS,
    VENUE_NOUNS,
)
from geokg.extract.lexicon.loader import read_table
from geokg.extract.lexicon.syntax import PLACE_LABELS
from geokg.extract.lexicon.words import DIRECTIONS, GENERIC_INSTITUTIONS, SOVEREIGN_INSTITUTIONS
from spacy.tokens import Doc, Token

_OF_A_PLACE = re.compile(r"\s(?:of|in)\s+(?:the\s+)?(?P<place>[A-Z].*)$")
# "Hawkins/Walker", "Biden-Harris", "Jorgensen–Cohen": two candidates' surnames make a ticket.
_CAMPUS = re.compile(r"\s(?:at|in)\s|,\s")
_COUNTY = re.compile(r"\s(?:County|Parish|Shire)$")
_TICKET = re.compile(r"(?P<first>[A-Z][\w'’.]+)\s?[/\-–]\s?(?P<second>[A-Z][\w'’.]+)")


def _national(role: str) -> bool:
    if is_corporate_title(role):
        return False  # "Senior vice president X" is a company's
    # "former national security adviser": the office without its qualifier; not a past candidacy ("then-
    # Libertarian presidential nominee X"), whose party the text may name in a way no owner is read from
    office = office_of(role)
    qualified = office in NATIONAL_TITLES and not is_election_title(office)
    return role in NATIONAL_TITLES or qualified or role.split()[-1] in NATIONAL_TITLES


@cache
def _monarchies() -> dict[str, int]:
    """Each state the office table gives a reigning monarch (a head of state titled king, sultan, emir ...),
    with how many states that monarch reigns over: a king of several realms (the Commonwealth's) is the
    sovereign of each, but an untitled "King X" in an Australian story is no Australian."""
    realms: dict[str, set[str]] = defaultdict(set)
    states: dict[str, set[str]] = defaultdict(set)
    for row in read_table("offices.tsv", OFFICE_COLUMNS):
        if row["office"] == "head_of_state" and row["title"] in MONARCH_TITLES and row["country"]:
            realms[row["holder"]].add(row["country"])
    for holder, countries in realms.items():
        for country in countries:
            states[country].add(holder)
    return {country: max(len(realms[h]) for h in holders) for country, holders in states.items()}


def _head_words(name: str) -> set[str]:
    """The name's words in lower case, possessives dropped ("Sheriff's Office" -> sheriff, office)."""
    return {w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()}


def _is_party(name: str) -> bool:
    return bool(_head_words(name) & PARTY_NOUNS)


def _country_in_name(name: str) -> str | None:
    """The state a name carries: in a closing "of/in [country]", else in its first words ("Syrian
    Democratic Forces", "Cyprus Mail"), or a state's own institution there ("White House Task Force"), or
    in its last ("Sustainable Australia");
    a party's name anywhere ("Socialist Party USA"); never from a name that is all country ("South
    Sudan")."""
    located = _OF_A_PLACE.search(name)
    country = lookup_country(located["place"]) if located else None
    if country is not None:
        return country.iso3
    words = name.split()
    for size in (3, 2, 1):
        if len(words) > size:
            prefix = " ".join(words[:size])
            country = lookup_country(prefix) or country_of_institution(prefix)
            if country is not None:
                return country.iso3
    for size in (2, 1):
        # a state's name closing the name: "Sustainable Australia", "Radio Canada", "Amnesty International UK"
        if len(words) > size and words[-size - 1][:1].isupper() and lookup_country(name) is None:
            suffix = " ".join(words[-size:])
            country = lookup_country(suffix)
            if country is not None and not is_demonym(suffix):
                return country.iso3
    if _is_party(name):
        # a state's name or code, not its demonym: "the Hungarian Coalition Party" is Slovakia's
        named = {
            found.iso3
            for size in (3, 2, 1)
            for start in range(1, len(words) - size + 1)
            if (found := lookup_country(" ".join(words[start : start + size])))
            and not is_demonym(" ".join(words[start : start + size]))
        }
        if len(named) == 1:
            return named.pop()
    return None


def _us_circuit_court(name: str) -> str | None:
    """ "the Second Circuit Court of Appeals", "the Court of Appeals for the Third Circuit", "the D.C.
    Circuit": the United States' federal courts of appeals are named by their circuits."""
    words = [fold(w).replace(".", "") for w in name.split()]
    named = any(word == "circuit" and before in US_JUDICIAL_CIRCUITS for before, word in pairwise(words))
    return "USA" if named else None


class Affiliations:
    def __init__(self, doc: Doc, clusters: MentionClusters, found: RoleFindings, day: str | None) -> None:
        self.doc = doc
        self.clusters = clusters
        self.found = found
        self.day = day

    def state_of(self, cluster: Cluster) -> str | None:
        return cluster.country or self.found.affiliations.get(cluster.key) or cluster.affiliation

    def _article_countries(self) -> set[str]:
        return {cl.country for cl in self.clusters.clusters if cl.country}

    def _igo_cluster(self, key: str) -> Cluster | None:
        igo = igo_by_key(key)
        for cl in self.clusters.clusters:
            if igo is not None and cl.type == "ORG" and lookup_igo(cl.label) == igo:
                return cl
        return None

    def offices(self) -> None:
        """People the office table knows: their state, and the role of each title the text writes for them
        without saying whose office it is."""
        named = self._article_countries()
        for cl in list(self.clusters.clusters):
            if cl.type != "PERSON" or cl.country:
                continue
            untied = [
                (role, token) for role, token, target in self.found.titles.get(cl.key, ()) if not target
            ]
            names = {m.text for m in cl.mentions}
            # a former office chooses the term as a current one does ("former President X" -> his term)
            held = holding(names, self.day, [office_of(role) for role, _ in untied], named)
            if held is None:
                continue
            stated = self.state_of(cl)
            if stated and held.country and stated != held.country:
                continue  # the text says otherwise: a namesake, or a table gap
            if held.country and not stated:
                self.found.affiliations[cl.key] = held.country
            for role, token in untied:
                term = held.term_for(office_of(role))
                if term is None:
                    continue
                if term.country:
                    target: Cluster | None = self.clusters.country_cluster(term.country)
                else:
                    target = self._igo_cluster(term.org or "")
                if target is not None:
                    self.found.roles.append(Role(cl.key, role, "of", target.key, token))
                    self.found.affiliated_people[target.key].append(cl.key)

    def places(self) -> None:
        """Cities, regions and landmarks lie in a country (places.py): "Omsk" -> Russia, "London" (as a
        place, not acting for the state) -> the United Kingdom. A name the tagger took for an organisation
        or a person is a place when the gazetteer knows it and the text uses it as one ("flew from Omsk",
        "the storm hit the Azores")."""
        named = self._article_countries()
        for cl in self.clusters.clusters:
            if cl.country or cl.actor or self.state_of(cl) or cl.key in self.found.affiliations:
                continue
            if cl.type not in PLACE_LABELS and (cl.titled or not self._used_as_place(cl)):
                continue
            if named_in_full_as_person(cl.mentions):
                continue  # "John Horton Conway ... dedicated to Conway": a town's name as surname
            stated = self._country_after_comma(cl) if cl.type in PLACE_LABELS else None
            if stated and self._may_lie_in(cl, stated):
                self.found.affiliations[cl.key] = stated  # "Mokha, Yemen", "Paris, Texas"
                continue
            for name in sorted({m.text for m in cl.mentions}, key=len, reverse=True):
                found = place_country(name, named)
                if found.known:
                    if found.country:
                        self.found.affiliations[cl.key] = found.country
                    if cl.type not in PLACE_LABELS:
                        self.found.types[cl.key] = "GPE"
                    break
            else:
                if cl.type in PLACE_LABELS:
                    self._within_a_known_place(cl)
                if cl.key in self.found.affiliations:
                    continue
                if any(state := self._place_it_is_located_in(m) for m in cl.mentions):
                    self.found.affiliations[cl.key] = state  # "Groom is located in the state of Queensland"
                    if cl.type not in PLACE_LABELS:
                        self.found.types[cl.key] = "GPE"

    def _place_it_is_located_in(self, m: Mention) -> str | None:
        """ "X is located in Queensland", "X is centred around the city of Toowoomba": that place's state."""
        root = self.doc[m.start : m.end].root
        verb = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in LOCATED_VERBS:
            return None
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                named = [pobj]
                if pobj.lemma_.lower() in PLACE_KIND_NOUNS | DIVISION_NOUNS:  # "the state of Queensland"
                    named = [
                        o for p in pobj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                    ]
                for token in named:
                    place = self.clusters.cluster_at(token.i)
                    if place is not None and place is not self.clusters.cluster_at(root.i):
                        state = self._state_of_token(token)  # a place the loop has not reached yet too
                        if state:
                            return state
        return None

    def _within_a_known_place(self, cl: Cluster) -> None:
        """ "Dolgellau in Gwynedd": a village the gazetteer lacks, written as lying in a place it knows."""
        doc = self.doc
        for m in cl.mentions:
            if m.end < len(doc) and doc[m.end].lower_ == "in":
                state = self._state_of_place_after(m.end, hops=1)
                if state:
                    self.found.affiliations[cl.key] = state
                    return

    @staticmethod
    def _may_lie_in(cl: Cluster, country: str) -> bool:
        """A place the gazetteer does not know may lie anywhere; a known one only where one of its namesakes
        does ("Seoul, China" in a list of capitals is no Chinese Seoul)."""
        names = {m.text for m in cl.mentions}
        known = [place_country(name, [country]) for name in names]
        return not any(k.known for k in known) or any(k.country == country for k in known)

    def _country_after_comma(self, cl: Cluster) -> str | None:
        """ "the port town of Mokha, Yemen", "Springfield, Illinois": a place written with the country or
        the state's part it lies in after a comma lies in that country, whatever the gazetteer says."""
        doc = self.doc
        for m in cl.mentions:
            if m.end + 1 >= len(doc) or doc[m.end].text != ",":
                continue
            after = self.clusters.mention_at(m.end + 1)
            if after is None or after.start != m.end + 1 or after.label not in PLACE_LABELS:
                continue
            if after.end < len(doc) and doc[after.end].is_alpha and doc[after.end].text[:1].isupper():
                continue  # "Mokha, Yemen Airways": the name goes on
            if after.country is not None:
                return after.country.iso3
            if division_type(after.text) is not None:
                return place_country(after.text).country  # "Springfield, Illinois": Illinois's country
        return None

    def _used_as_place(self, cl: Cluster) -> bool:
        for m in cl.mentions:
            root = self.doc[m.start : m.end].root
            if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
                return True
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in PLACE_KIND_NOUNS:
                return True  # "the city of Omsk"
            if root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_VERBS:
                return True
            if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in LOCATED_VERBS:
                return True  # "X is located in Y"
            said_to_be = (
                [c for c in root.head.children if c.dep_ == "attr"] if root.head.lemma_ == "be" else []
            )
            if root.dep_ == "nsubj" and any(a.lemma_.lower() in DIVISION_NOUNS for a in said_to_be):
                return True  # "X is the most populous Australian state"
        return False

    def located(self) -> None:
        """A hospital, university or foundation belongs to the country of the place it is in or based in:
        "a hospital in Berlin, Charité", "the Berlin-based non-profit X", "X, a clinic in Omsk"."""
        for cl in self.clusters.clusters:
            if (
                cl.country
                or cl.actor
                or cl.type not in ("ORG", "FAC", "GPE")
                or self.state_of(cl)
                or cl.key in self.found.affiliations
            ):
                continue
            for m in cl.mentions:
                if cl.type == "GPE":
                    # "a hospital in Berlin, Charité": a name the tagger took for a place, which the
                    # gazetteer does not know, in apposition to the institution's place
                    state = self._institution_named_after_its_place(m.start, m.end)
                    if state:
                        self.found.types[cl.key] = "ORG"
                else:
                    state = self._place_of_institution(m.start, m.end)
                if state:
                    self.found.affiliations[cl.key] = state
                    break

    def sites(self) -> None:
        """A building or venue written with the place it stands in or near lies in that place's country:
        "stabbed people at X Hall in London", "a fire at Y Hall near Dolgellau in Gwynedd, Wales". Only
        names the tagger took for facilities or that end in a building's noun: "a protest by Amnesty in
        London" does not make Amnesty British."""
        for cl in self.clusters.clusters:
            if cl.country or cl.actor or cl.type not in ("ORG", "FAC"):
                continue
            if self.state_of(cl) or cl.key in self.found.affiliations or not self._is_site(cl):
                continue
            for m in cl.mentions:
                state = self._state_of_place_after(m.end)
                if state:
                    self.found.affiliations[cl.key] = state
                    break

    @staticmethod
    def _is_site(cl: Cluster) -> bool:
        for m in cl.mentions:
            words = m.text.split()
            last = words[-1].lower()
            if m.label == "FAC" or last in FACILITY_NOUNS or last in LOCAL_INSTITUTION_NOUNS:
                return True
            if len(words) > 1 and last in VENUE_NOUNS:
                return True
        return False

    def _state_of_place_after(self, end: int, hops: int = 2) -> str | None:
        """The state of the place named right after `end` by "in", "near" or "outside" (or a comma, after a
        place): "in London", "near Dolgellau in Gwynedd" (a village the gazetteer lacks, in a county it
        knows)."""
        doc = self.doc
        if end + 1 >= len(doc) or doc[end].lower_ not in SITE_PREPS:
            return None
        start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        place = self.clusters.cluster_at(start)
        mention = self.clusters.mention_at(start)
        if place is None or mention is None or mention.start != start or mention.label not in PLACE_LABELS:
            return None  # "dressed as the Grim Reaper in Whitehall": an untagged word is no sure place
        if place.type not in PLACE_LABELS and self.found.types.get(place.key) not in PLACE_LABELS:
            return None
        state = self.state_of(place) or place_country(place.label, self._article_countries()).country
        if state or hops <= 1:
            return state
        return self._state_of_place_after(mention.end, hops - 1)

    def _place_of_institution(self, start: int, end: int) -> str | None:
        doc = self.doc
        root = doc[start:end].root
        nouns = (
            [root]
            + [t for t in (root.head,) if root.dep_ == "appos"]
            + [c for c in root.children if c.dep_ == "appos"]
        )
        for noun in nouns:
            # "X, a Berlin-based non-profit": "based" with its place
            for based in noun.children:
                if based.lower_ == "based":
                    for place in based.children:
                        state = self._state_of_token(place)
                        if state:
                            return state
            if noun.i != root.i and noun.lemma_.lower() not in LOCAL_INSTITUTION_NOUNS:
                continue
            if noun.i == root.i and not any(
                w.lower() in LOCAL_INSTITUTION_NOUNS for w in doc[start:end].text.split()
            ):
                continue
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                    for pobj in prep.children:
                        state = self._state_of_token(pobj)
                        if state:
                            return state
        state = self._institution_named_after_its_place(start, end)
        if state:
            return state
        # "the Berlin non-profit X Foundation": a place the tagger marks, and what the name is, before it
        # (not "London CBD", a part of the place)
        for place in root.children:
            described = place.i + 1 < start and all(
                t.is_lower or t.text == "-" for t in doc[place.i + 1 : start]
            )
            if place.dep_ in ("compound", "nmod") and described and place.ent_type_ in PLACE_LABELS:
                state = self._state_of_token(place)
                if state:
                    return state
        # "the Berlin-based non-profit X": a place, a hyphen and "based" just before the name.
        window = doc[max(0, start - 6) : start]
        for i, tok in enumerate(window):
            if tok.lower_ == "based" and i >= 2 and window[i - 1].text == "-":
                return self._state_of_token(window[i - 2])
        return None

    def _institution_named_after_its_place(self, start: int, end: int) -> str | None:
        """ "a hospital in Berlin, X": the parser hangs the name on the place, not on the institution."""
        root = self.doc[start:end].root
        place = root.head
        misattached = root.dep_ == "appos" and place.dep_ == "pobj" and place.head.lower_ in ("in", "at")
        if misattached and place.head.head.lemma_.lower() in LOCAL_INSTITUTION_NOUNS:
            return self._state_of_token(place)
        return None

    def _state_of_token(self, token: Token) -> str | None:
        cl = self.clusters.cluster_at(token.i)
        if cl is None:
            return None
        state = self.state_of(cl)
        if state:
            return state
        found = place_country(cl.label, self._article_countries())
        return found.country

    def organisations(self) -> None:
        """Organisations the tables know (organisations.py): international bodies belong to no state,
        state bodies, parties, armed groups, media and companies to theirs; and a state body's sector."""
        named = self._article_countries()
        for cl in self.clusters.clusters:
            if cl.country or cl.actor or cl.type not in ("ORG", "NORP", "FAC", "PERSON"):
                continue
            names = sorted({m.text for m in cl.mentions} | {cl.label}, key=len, reverse=True)
            if len(names[0].split()) > 1:
                # "Massachusetts Institute of Technology (MIT)": the full name decides, not the acronym
                names = [n for n in names if not n.isupper()]
            if cl.type == "PERSON":
                # "Greek daily Kathimerini" tagged as a person: the table knows the paper, and no title or
                # second name says it is someone.
                org = lookup_organisation(cl.label, named)
                if org is None or cl.titled or len(cl.label.split()) > 1 or self.state_of(cl):
                    continue
                self.found.types[cl.key] = "ORG"
            if any(lookup_igo(name) for name in names):
                self.found.affiliations[cl.key] = ""  # "a union of states" is none of its members
                continue
            org = next((o for o in (lookup_organisation(n, named) for n in names) if o), None)
            sector = org.sector if org else next((s for s in map(body_sector, names) if s), None)
            if sector:
                self.found.sectors.setdefault(cl.key, sector)
                if cl.type == "NORP" and org is None:
                    # "Belarusian KGB": the tagger took the demonym for a group, the body's name says a body
                    self.found.types[cl.key] = "ORG"
            if org is not None and not self.state_of(cl):
                self.found.affiliations[cl.key] = org.country or ""

    def names_with_a_country(self) -> None:
        """An organisation whose name says its state: "Federal Aviation Office of Germany", "Democratic
        Rally in Cyprus", "Syrian Democratic Forces", "Cyprus Mail"."""
        for cl in self.clusters.clusters:
            if (
                cl.country
                or cl.actor
                or self.found.types.get(cl.key, cl.type) != "ORG"
                or cl.key in self.found.affiliations
                or self.state_of(cl)
            ):
                continue
            state = (
                _country_in_name(cl.label)
                or _us_circuit_court(cl.label)
                or self._place_in_name(cl.label)
                or self._place_after(cl)
            )
            if state and self._site_named_for_elsewhere(cl.label, state):
                continue
            if state:
                self.found.affiliations[cl.key] = state

    def _site_named_for_elsewhere(self, label: str, state: str) -> bool:
        """A site named after a state the article is not about ("Japan Friendship Hospital" in a story
        from Dhaka): donors and twinned cities lend their names, so the name does not place the site."""
        return label.split()[-1].lower() in FACILITY_NOUNS and state not in self._article_countries()

    def _place_after(self, cl: Cluster) -> str | None:
        """ "the Peace Party of Ohio", "the Sheriff's Office of Dade County" where the tagger ended the name
        before "of": a party or a regional body, and the place its name goes on with."""
        if not _head_words(cl.label) & (PARTY_NOUNS | REGIONAL_BODY_NOUNS):
            return None
        for m in cl.mentions:
            root = self.doc[m.start : m.end].root
            for prep in root.children:
                if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != m.end:
                    continue
                for pobj in prep.children:
                    place = self.clusters.cluster_at(pobj.i)
                    if pobj.dep_ == "pobj" and place is not None and place.type in PLACE_LABELS:
                        state = self.state_of(place)
                        if state:
                            return state
        return None

    def _place_in_name(self, name: str) -> str | None:
        """ "Haifa University", "University of Haifa", "Omsk Emergency Hospital": an institution named
        after the place it is in; so are the bodies of a region, county or city ("Ohio Department of
        Health", "Sheriff of Dade County") and a party "of" a region ("the Liberty Party of Ohio"; not
        "Unity Party", whose first word is also a place's name)."""
        words = name.split()
        heads = _head_words(name)
        institution = bool(heads & LOCAL_INSTITUTION_NOUNS)
        body = bool(heads & REGIONAL_BODY_NOUNS)
        # "the Jakarta Post", "the Baltimore Sun": a paper named after its town (not "the Northern Echo": a
        # direction names no town)
        press = len(words) > 1 and words[-1].lower() in PRESS_HEADS
        if not institution and not body and not press and not heads & PARTY_NOUNS:
            return None
        located = _OF_A_PLACE.search(name)
        candidates = [located["place"]] if located else []
        if located and _CAMPUS.search(located["place"]):
            # "University of Hawaii at Mānoa": a campus named after its town inside the place named
            candidates.append(_CAMPUS.split(located["place"])[0])
        # an institution's own noun is never its place ("University College London" is not in the town
        # of University, Florida): first words with one are no candidates
        kinds = LOCAL_INSTITUTION_NOUNS | REGIONAL_BODY_NOUNS | PARTY_NOUNS
        first = [
            " ".join(words[:size])
            for size in (2, 1)
            if len(words) > size and not _head_words(" ".join(words[:size])) & kinds
        ]
        if institution:
            candidates += first
            # "University College London", "King's College London": the place written after the noun
            last = max(i for i, w in enumerate(words) if _head_words(w) & LOCAL_INSTITUTION_NOUNS)
            tail = words[last + 1 :]
            if 1 <= len(tail) <= 2 and all(w[:1].isupper() for w in tail):
                candidates.append(" ".join(tail))
        elif press:
            candidates += [c for c in first if c.lower() not in DIRECTIONS]
        elif body:
            # "Superior Court", "North Wales Police": a body's first word is a place only where the
            # article names that place on its own ("... in Kamloops. Kamloops Police said").
            places = self._place_names()
            candidates += [words for words in first if fold(words) in places]
            # a state's or province's whole name is no town's or person's ("California Air Resources Board",
            # "Queensland Police"), so it places the body without being named on its own
            named_now = self._article_countries()
            candidates += [words for words in first if division_type(words, named_now)]
        named = self._article_countries()
        for candidate in candidates:
            found = place_country(candidate, named)
            if found.known:
                return found.country
        return None

    def _place_names(self) -> set[str]:
        """The folded names the article writes for places."""
        return {
            fold(m.text)
            for cl in self.clusters.clusters
            if cl.type in PLACE_LABELS or self.found.types.get(cl.key) in PLACE_LABELS
            for m in cl.mentions
        }

    def setting(self) -> str | None:
        """The state the article is about (actors.dominant_state), from every mention of a state, of an
        entity acting for one, or of a place in one, as far as the evidence above has settled them."""
        title_end = next((t.i for t in self.doc if "\n" in t.text), 0)  # no title line, no title
        evidence: list[tuple[str, bool]] = []
        for cl in self.clusters.clusters:
            state = self.state_of(cl)
            if state and not cl.bare:
                evidence += [(state, m.start < title_end) for m in cl.mentions]
        # A dependent territory and its sovereign make one setting, which the headline decides: "American
        # Samoa ... the US Supreme Court" under a headline naming the US is the sovereign's story, while one
        # headlined on the territory alone ("Puerto Rico's governor resigns") is set in the territory, whose
        # own legislature, governor and secretaries the article's bare "Senate" and "Secretary" are.
        named = {state for state, _ in evidence}
        headline = {state for state, title in evidence if title}
        merged: dict[str, str] = {}  # a state's evidence -> the state it counts for
        for state in named:
            sovereign = sovereign_of(state)
            if sovereign not in named:
                continue
            if state in headline and sovereign not in headline:
                merged[sovereign] = state
            else:
                merged.setdefault(state, sovereign)
        evidence = [(merged.get(state, state), title) for state, title in evidence]
        return dominant_state(evidence)

    def article_actors(self) -> None:
        """Unnamed actors and institutions no state word names ("the police", "protesters", "Parliament",
        "the government") belong to the article's state, where it has one."""
        setting = self.setting()
        for cl in self.clusters.clusters:
            if cl.country or self.state_of(cl) or cl.key in self.found.affiliations:
                continue
            generic = not cl.actor and cl.type == "ORG" and fold(cl.label) in GENERIC_INSTITUTIONS
            if not cl.bare and not cl.named_bare and not generic and cl.type != "EVENT":
                continue  # events happen in the article's state too ("the bombings", "Brexit")
            if cl.type == "EVENT" and cl.label.split()[-1].lower() in AWARD_HEADS | AWARD_NAMES:
                continue  # but a prize is given, not held anywhere ("the Nobel Prize" in a US story)
            if cl.type == "EVENT" and doctrine_or_notion(cl.label):
                continue  # nor is a scripture or a notion ("the Qur'an", "Islamophobia") of any one state
            # "US troops … the troops": the one state the article gives this actor, else the article's.
            same = [o for o in self.clusters.clusters if o.actor == cl.actor and o.type == cl.type != "EVENT"]
            named = {self.state_of(other) for other in same}
            named.discard(None)
            state = named.pop() if cl.actor and len(named) == 1 else setting
            if state and fold(cl.label) in SOVEREIGN_INSTITUTIONS:
                # "Congress" in a story set in Puerto Rico is still the US Congress: a territory has none
                state = sovereign_of(state) or state
            if state:
                self.found.affiliations[cl.key] = state

    def streets(self) -> None:
        """A street or square the article names without its town ("Southbank Boulevard", "Elm Street") lies
        in the article's state, where it has one: news names the streets of the place it reports from."""
        setting = self.setting()
        if not setting:
            return
        for cl in self.clusters.clusters:
            if cl.country or cl.actor or self.state_of(cl) or cl.key in self.found.affiliations:
                continue
            words = cl.label.split()
            if cl.type in PLACE_LABELS and len(words) > 1 and words[-1].lower() in STREET_NOUNS:
                self.found.affiliations[cl.key] = setting

    def parties_in_elections(self) -> None:
        """A party of no known state that holds someone's office or membership ("X, leader of the Unity
        Party"), nominates ("the Unity Party chose X"), or is named with an election, a nomination or a
        ticket, takes part in the elections the article reports on: those of the article's state."""
        setting = self.setting()
        if not setting:
            return
        holding_offices = {role.target for role in self.found.roles if role.prep == "of"}
        for cl in self.clusters.clusters:
            if cl.type != "ORG" or cl.country or cl.actor or not _is_party(cl.label):
                continue
            if self.state_of(cl) or cl.key in self.found.affiliations:
                continue
            if any(self._other_state_near(m.start, setting) for m in cl.mentions):
                continue  # "a party of Ruritania's opposition": whose elections is not said
            if cl.key in holding_offices or any(self._in_elections(m.start, m.end) for m in cl.mentions):
                self.found.affiliations[cl.key] = setting

    def party_bodies(self) -> None:
        """A body named by a party's first word ("Democratic National Committee", "Green National
        Convention"; not "Republican Study Committee") is of the party's state: the party the article
        names so, else the table's."""
        named = self._article_countries()
        parties: dict[str, set[str]] = defaultdict(set)
        for cl in self.clusters.clusters:
            state = self.state_of(cl)
            if cl.type == "ORG" and state and _is_party(cl.label):
                for m in cl.mentions:
                    # "US Green Party" is the Green Party: its name opens after the state's
                    words = [w for w in fold(m.text).split() if not lookup_country(w.upper())]
                    if words and words[0] not in PARTY_NOUNS:
                        parties[words[0]].add(state)
        for cl in self.clusters.clusters:
            words = fold(cl.label).split()
            if cl.type != "ORG" or cl.country or cl.actor or len(words) < 2 or _is_party(cl.label):
                continue
            if (
                " ".join(words[1:]) not in PARTY_BODY_NOUNS
                or self.state_of(cl)
                or cl.key in self.found.affiliations
            ):
                continue
            states = parties.get(words[0], set())
            if not states:
                org = lookup_organisation(cl.label.split()[0], named)
                states = {org.country} if org is not None and org.kind == "party" and org.country else set()
            if len(states) == 1:
                self.found.affiliations[cl.key] = states.pop()

    def _other_state_near(self, token: int, setting: str) -> bool:
        """Whether the sentence of `token` names a state, or someone of a state, other than `setting`."""
        for t in self.doc[token].sent:
            other = self.clusters.cluster_at(t.i)
            if other is not None and (state := self.state_of(other)) and state != setting:
                return True
        return False

    def _in_elections(self, start: int, end: int) -> bool:
        root = self.doc[start:end].root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in OFFICE_OBJECT_VERBS:
            return True
        return any(t.lemma_.lower() in ELECTION_NOUNS for t in root.sent)

    def chamber_bodies(self) -> None:
        """A committee named after a chamber ("House Intelligence Committee", "Senate Judiciary Committee")
        is of the state of the chamber the article names with that word, else of the article's state."""
        setting = self.setting()
        for cl in self.clusters.clusters:
            words = fold(cl.label).split()
            if cl.type != "ORG" or cl.country or cl.actor or len(words) < 2:
                continue
            if words[0] not in CHAMBER_NOUNS or words[-1] not in CHAMBER_BODY_NOUNS:
                continue
            if self.state_of(cl) or cl.key in self.found.affiliations:
                continue
            chambers = {
                state
                for other in self.clusters.clusters
                if other is not cl
                and words[0] in fold(other.label).split()
                and (state := self.state_of(other))
            }
            state = chambers.pop() if len(chambers) == 1 else None if chambers else setting
            if state:
                self.found.affiliations[cl.key] = state

    def _stateless_people(self) -> Iterator[Cluster]:
        """People no earlier evidence gave a state: the ones the party and candidacy passes may place."""
        for cl in self.clusters.clusters:
            placed = cl.country or cl.actor or self.state_of(cl) or cl.key in self.found.affiliations
            if cl.type == "PERSON" and not placed:
                yield cl

    def nominees(self) -> None:
        """Whom a party of a known state nominates, chooses or elects acts for that state: "the Unity
        Party nominated X"."""
        for cl in self._stateless_people():
            for m in cl.mentions:
                root = self.doc[m.start : m.end].root
                verb = root.head
                if root.dep_ != "dobj" or verb.lemma_.lower() not in OFFICE_OBJECT_VERBS:
                    continue
                parties = [
                    party
                    for subject in verb.children
                    if subject.dep_ == "nsubj"
                    and (party := self.clusters.cluster_at(subject.i)) is not None
                    and party.type == "ORG"
                    and _is_party(party.label)
                ]
                state = next((s for s in map(self.state_of, parties) if s), None)
                if state:
                    self.found.affiliations[cl.key] = state
                    break

    def candidates(self) -> None:
        """ "X for president", "nominated Y for vice president", "Z, a candidate for governor": a candidate
        in the elections of the article's state, as a "presidential candidate X" is; "for governor of Ohio"
        in Ohio's state's; not "for president of the club"."""
        setting = self.setting()
        for cl in self._stateless_people():
            for m in cl.mentions:
                state = self._state_of_candidacy(m.start, m.end, setting)
                if state:
                    self.found.affiliations[cl.key] = state
                    break

    def contenders(self) -> None:
        """Whoever is in the race for, seeks or wins a party's or a state's nomination acts for its state:
        "Both X and Y remain in the race for the Democratic presidential nomination"."""
        for cl in self._stateless_people():
            for m in cl.mentions:
                state = self._state_of_nomination(self.doc[m.start : m.end].root)
                if state:
                    self.found.affiliations[cl.key] = state
                    break

    def memberships(self) -> None:
        """A person of no other state who joins, serves in or runs for a party or a state body ("X joined
        the police", "Y served in the US Army", "Z ran as a Republican") is a member of it and acts for its
        state, as "a member of the Labour Party" does."""
        for cl in self._stateless_people():
            for m in cl.mentions:
                bodies = self._bodies_joined(self.doc[m.start : m.end].root)
                state = next((s for body in bodies if (s := self.state_of(body))), None)
                if state:
                    self.found.affiliations[cl.key] = state
                    break

    def _bodies_joined(self, subject: Token) -> Iterator[Cluster]:
        """The parties and state bodies the clause of this subject makes it a member of."""
        while subject.dep_ == "conj":
            subject = subject.head
        # "X, who joined the Conservatives in 2005": the relative clause's subject is the name
        relative = [v for v in subject.children if v.dep_ == "relcl"]
        verbs = [subject.head] if subject.dep_ == "nsubj" else []
        verbs += [v for v in relative if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in v.children)]
        for verb in verbs:
            yield from self._bodies_of_verb(verb)

    def _bodies_of_verb(self, verb: Token) -> Iterator[Cluster]:
        preps = MEMBERSHIP_VERBS.get(verb.lemma_.lower())
        objects: list[Token] = []
        for child in verb.children:
            if child.dep_ == "dobj" and preps == "":
                objects.append(child)  # "joined the police"
            elif child.dep_ == "prep" and (child.lower_ == "as" or child.lower_ in (preps or "").split(";")):
                objects += [o for o in child.children if o.dep_ == "pobj"]
        for obj in objects:
            body = self.clusters.cluster_at(obj.i)
            if body is None or body.type == "PERSON":
                continue
            known = lookup_organisation(body.label)
            party = known is not None and known.kind == "party"
            # "as a Republican" names a party only; "in the army", "for the Senate" a party or state body
            if party or (obj.head.lower_ != "as" and self._state_body(body)):
                yield body

    def _state_of_nomination(self, subject: Token) -> str | None:
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
                owner = (
                    self.clusters.cluster_at(word.i) if word.dep_ in ("amod", "compound", "poss") else None
                )
                state = self.state_of(owner) if owner is not None and owner.type != "PERSON" else None
                if state:
                    return state
        return None

    def _state_of_candidacy(self, start: int, end: int, setting: str | None) -> str | None:
        doc = self.doc
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
                named = [self.clusters.cluster_at(o.i) for o in after.children if o.dep_ == "pobj"]
                places = [p for p in named if p is not None and p.type in PLACE_LABELS]
                state = self.state_of(places[0]) if places else None
                if state:
                    return state
                continue  # "for president of the club"
            if setting and not self._other_state_near(office.i, setting):
                return setting
        return None

    def tickets(self) -> None:
        """A ticket is its candidates' ("the Hawkins/Walker ticket", "Biden-Harris"): the state both of
        them act for, when the article gives it."""
        states: dict[str, set[str]] = defaultdict(set)
        for cl in self.clusters.clusters:
            state = self.state_of(cl)
            if cl.type == "PERSON" and state:
                for m in cl.mentions:
                    states[m.text.split()[-1]].add(state)
        for cl in self.clusters.clusters:
            if cl.type not in ("ORG", "PERSON") or cl.country or cl.actor or self.state_of(cl):
                continue
            if cl.key in self.found.affiliations:
                continue
            names = _TICKET.fullmatch(cl.label)
            if names is None:
                continue
            found = states.get(names["first"], set()) | states.get(names["second"], set())
            if len(found) == 1 and names["first"] in states and names["second"] in states:
                self.found.affiliations[cl.key] = found.pop()

    def along_roles(self) -> None:
        """A holder acts for the state of what they hold an office in or belong to: "the mayor of London"
        is British, "Trump's lawyer" American, "a member of the Labour Party" British; through chains
        (person -> party -> state), once each link is settled."""
        by_key = {cl.key: cl for cl in self.clusters.clusters}
        changed = True
        while changed:
            changed = False
            for role in self.found.roles:
                holder, target = by_key.get(role.holder), by_key.get(role.target)
                if holder is None or target is None or holder.country:
                    continue
                # "a spokeswoman for the police", "an adviser to the ministry", "a scientist at NASA" act for
                # its state; not "a professor at Harvard": a university's staff come from anywhere. Who speaks
                # for or runs any other organisation acts for it ("a spokesperson for the party").
                for_a_body = role.prep in ("for", "to", "at") and self._state_body(target)
                if role.prep != "of" and not for_a_body and not self._speaks_for_or_runs(role, target):
                    continue
                if self.state_of(holder) or holder.key in self.found.affiliations or holder.actor:
                    continue
                state = self.state_of(target)
                if state:
                    self.found.affiliations[holder.key] = state
                    changed = True
            for holder_key, place_key in self.found.origins.items():
                # "a California lawyer", "Professor X of Ohio": the person is of the place's state
                holder, place = by_key.get(holder_key), by_key.get(place_key)
                if holder is None or place is None or holder.country or holder.actor:
                    continue
                if self.state_of(holder) or holder.key in self.found.affiliations:
                    continue
                state = self.state_of(place)
                if state:
                    self.found.affiliations[holder.key] = state
                    changed = True

    @staticmethod
    def _speaks_for_or_runs(role: Role, target: Cluster) -> bool:
        """ "A spokesperson for the party", "vice president at the utility": who speaks for or runs an
        organisation acts for it, so for its state; not the head of a university, school or hospital
        ("director at the University of X"), which hire from anywhere."""
        if role.prep not in ("for", "at") or target.type != "ORG" or not role.role:
            return False
        if office_of(role.role).split()[-1] not in STAFF_TITLES:
            return False
        return not any(_head_words(word) & LOCAL_INSTITUTION_NOUNS for word in target.label.split())

    def pronoun_kin(self) -> None:
        """A relative a possessive pronoun owns ("his wife X", "her sister Y") in a story set in one state,
        where the pronoun's nearest named person before it is of that state: the relative is of it too.
        Whose the pronoun is is settled only after coreference, which runs after the entities are fixed;
        the nearest person named before it is who coreference takes it for, and the setting keeps a
        foreign visitor's family out (a visiting minister's wife in a French story is not made French)."""
        setting = self.setting()
        if not setting:
            return
        by_key = {cl.key: cl for cl in self.clusters.clusters}
        people = [(m.start, cl) for cl in self.clusters.clusters if cl.type == "PERSON" for m in cl.mentions]
        for holder_key, role, pronoun, _token in self.found.pronoun_owned:
            holder = by_key.get(holder_key)
            if holder is None or role.split()[-1] not in KIN_NOUNS or holder.key in self.found.affiliations:
                continue
            if self.state_of(holder) or holder.actor:
                continue
            before = [(start, cl) for start, cl in people if start < pronoun and cl.key != holder.key]
            if not before:
                continue
            _, owner = max(before, key=lambda pair: pair[0])
            if self.state_of(owner) == setting:
                self.found.affiliations[holder.key] = setting

    def _state_body(self, cl: Cluster) -> bool:
        """A body of a state's government, forces, police, courts or legislature (its CAMEO sector)."""
        return (self.found.sectors.get(cl.key) or cl.sector) in STATE_SECTORS

    def national_titles(self) -> None:
        """A person with a state's title and no state of their own ("Defence Secretary X", "Senator Y",
        "X, a member of parliament") holds that office in the article's state, where it has one."""
        setting = self.setting()
        for cl in self.clusters.clusters:
            if cl.type != "PERSON" or cl.country or self.state_of(cl) or cl.key in self.found.affiliations:
                continue
            titles = self.found.titles.get(cl.key, ())
            if any(target for _, _, target in titles):
                continue  # an owner the text names ("LTDH president X"), of no state we know
            if not any(_national(role) for role, _, _ in titles):
                continue
            if self._owner_of_the_first_title(cl, titles):
                continue
            # "Israeli prime minister X and energy minister Y": the state word is said for both.
            state = self._coordinated_state(cl) or setting
            if not state:
                continue
            self.found.affiliations[cl.key] = state
            # "X, the Defence Secretary, said": the office, in that state
            country = self.clusters.country_cluster(state)
            for role, token, _ in titles:
                # "regional governor", "opposition leader": held in the state, but not an office of it
                local = set(role.split()) & LOCAL_TITLE_WORDS or role == "opposition leader"
                local = local or (cl.key, token) in self.found.local_titles
                # "Premier X" in a federation whose premiers head its states: no office of the federation
                local = local or state in DIVISIONAL_TITLES.get(role.split()[-1], "").split()
                # "Judge X" of a county court, "MP Y" of a state parliament: the part's office
                local = local or self._in_a_regional_body(cl, role)
                if _national(role) and not local:
                    self.found.roles.append(Role(cl.key, role, "of", country.key, token))

    def monarchy_titles(self) -> None:
        """A person with a monarch's title and no state ("Sultan X", "Crown Prince Y", "X became King") in a
        story set in a monarchy is of that monarchy, and so are its royal council and court: news of a
        kingdom names its own king and princes without the kingdom. Not where the sentence names another
        state ("King X of ... met Saudi ministers"), nor in a realm whose monarch reigns elsewhere too."""
        setting = self.setting()
        reigns = _monarchies().get(setting or "")
        if not setting or reigns is None:
            return
        for cl in self.clusters.clusters:
            if cl.country or self.state_of(cl) or cl.key in self.found.affiliations:
                continue
            if cl.type == "PERSON" and reigns == 1:
                titles = self.found.titles.get(cl.key, ())
                monarch = [t for role, t, owner in titles if not owner and office_of(role) in MONARCH_TITLES]
            elif cl.type == "ORG" and fold(cl.label) in ROYAL_BODIES:
                monarch = [m.start for m in cl.mentions]
            else:
                continue
            if monarch and not any(self._other_state_near(token, setting) for token in monarch):
                self.found.affiliations[cl.key] = setting

    def _in_a_regional_body(self, cl: Cluster, role: str) -> bool:
        """Whether the body a title sits in ("judge": a court, "MP": a parliament) is a state's part's: the
        one the title's sentence names ("in California's Riverside County court, Judge X"), else every one
        the article names ("the Parliament of New South Wales ... MP Y")."""
        kind = OFFICE_BODIES.get(role.split()[-1])
        if kind is None:
            return False
        for m in cl.mentions:
            levels = {
                self._body_level(t)
                for t in self.doc[m.start].sent
                if BODY_KINDS.get(t.lemma_.lower()) == kind
            }
            levels.discard(None)
            if levels:
                return levels == {"regional"}
        levels = {self._body_level(t) for t in self.doc if BODY_KINDS.get(t.lemma_.lower()) == kind}
        levels.discard(None)
        return levels == {"regional"}

    def _body_level(self, body: Token) -> str | None:
        """ "regional" for a body named with a state's part (a county, a US state, a province) or a level
        word ("county court"), "national" for one named with a state or "federal", None when unsaid."""
        modifiers = [c for c in body.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
        modifiers += [
            o
            for p in body.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        modifiers += [g for m in list(modifiers) for g in m.children if g.dep_ in ("compound", "nmod")]
        own = self.clusters.cluster_at(body.i)
        named = self._article_countries()
        levels: set[str] = set()
        for word in modifiers:
            if word.lower_ in BODY_LEVELS:
                levels.add(BODY_LEVELS[word.lower_])
                continue
            place = self.clusters.cluster_at(word.i)
            if place is not None and place is not own:
                name, is_place = place.label, place.type in PLACE_LABELS and not place.country
                if place.country:
                    levels.add("national")
            else:
                # "the Parliament of New South Wales": the place is inside the body's own name
                words = [c for c in word.children if c.dep_ in ("compound", "nmod") and c.i < word.i]
                name = self.doc[min([word.i, *(c.i for c in words)]) : word.i + 1].text
                is_place = lookup_country(name) is None
                if not is_place:
                    levels.add("national")
            if is_place and (division_type(name, named) or _COUNTY.search(name)):
                levels.add("regional")
        if len(levels) == 1:
            return levels.pop()
        return "national" if "national" in levels else None

    def listed_under_a_title(self) -> None:
        """ "Representatives A, B, and C": a plural title before a list is each one's, and so is its state
        (the tagger may take a listed name for an organisation)."""
        doc = self.doc
        for cl in self.clusters.clusters:
            if cl.type not in ("PERSON", "ORG") or cl.country or cl.actor or self.state_of(cl):
                continue
            if cl.key in self.found.affiliations:
                continue
            for m in cl.mentions:
                head = doc[m.start : m.end].root
                if head.dep_ != "conj":
                    continue
                while head.dep_ == "conj":
                    head = head.head
                first, mention = self.clusters.cluster_at(head.i), self.clusters.mention_at(head.i)
                if first is None or mention is None or first.type != "PERSON" or mention.start == 0:
                    continue
                title = doc[mention.start - 1]
                plural = title.tag_ in ("NNS", "NNPS") and is_role_word(title.lower_.removesuffix("s"))
                state = self.state_of(first) if plural else None
                if state:
                    self.found.affiliations[cl.key] = state
                    break

    def stacked_titles(self) -> None:
        """A state's title stacked after a party's ("the party's candidate Congressman X") is held in the
        holder's state, which the party may have given (national_titles skips holders with a state)."""
        for key, role, token in self.found.stacked_titles:
            cl = next((c for c in self.clusters.clusters if c.key == key), None)
            state = self.state_of(cl) if cl is not None and _national(role) else None
            country = self.clusters.country_cluster(state) if state else None
            if country is None or any(r.holder == key and r.role == role for r in self.found.roles):
                continue
            self.found.roles.append(Role(key, role, "of", country.key, token))

    def _owner_of_the_first_title(self, cl: Cluster, titles: list[tuple[str, int, str | None]]) -> bool:
        """ "Prohibition Party presidential nominee X and vice presidential nominee Y": a title listed after
        one its owner is written before (a party's, a company's) is that owner's too, not the state's
        office; the role and the owner's state are given here. True when one was."""
        by_key = {c.key: c for c in self.clusters.clusters}
        for other in self._listed_before(cl):
            for role, token, _ in titles:
                noun = role.split()[-1]
                owners = {
                    t for r, _, t in self.found.titles.get(other.key, ()) if t and r.split()[-1] == noun
                }
                owner = by_key.get(owners.pop()) if len(owners) == 1 else None
                if owner is None or owner.type != "ORG":
                    continue
                self.found.roles.append(Role(cl.key, role, "of", owner.key, token))
                state = self.state_of(owner)
                if state:
                    self.found.affiliations[cl.key] = state
                return True
        return False

    def _listed_before(self, cl: Cluster) -> Iterator[Cluster]:
        """The titled people this one is listed after: "X and energy minister Y" -> X."""
        doc = self.doc
        for m in cl.mentions:
            i = m.start - 1
            while i >= 0 and (is_role_word(doc[i].lower_) or is_title_modifier(doc[i].lower_)):
                i -= 1
            if i < 1 or i == m.start - 1 or doc[i].lower_ != "and":
                continue
            other = self.clusters.cluster_at(i - 1)
            if other is not None and other is not cl and other.type == "PERSON":
                yield other

    def _coordinated_state(self, cl: Cluster) -> str | None:
        """The state of the titled person this one is listed after ("X and energy minister Y")."""
        return next((self.state_of(other) for other in self._listed_before(cl)), None)

    def descriptions(self) -> None:
        """What a definite description can call a body: "the ministry" is the foreign ministry named
        before, "the court" the Kenyan court (coref.py resolves it to the latest such entity)."""
        for cl in self.clusters.clusters:
            if cl.actor and cl.actor != "state":
                self.found.descriptions[cl.key].add(cl.actor.split()[-1])
            elif cl.type == "ORG" and (cl.key in self.found.sectors or cl.sector):
                self.found.descriptions[cl.key].add(cl.label.split()[-1].lower())

    def run(self) -> RoleFindings:
        self.offices()
        self.places()
        self.organisations()
        self.located()
        self.sites()
        self.names_with_a_country()
        self.along_roles()
        self.article_actors()
        self.streets()
        self.national_titles()
        self.monarchy_titles()
        self.listed_under_a_title()
        self.parties_in_elections()
        self.party_bodies()
        self.chamber_bodies()
        self.nominees()
        self.candidates()
        self.contenders()
        self.memberships()
        self.stacked_titles()
        self.along_roles()
        self.tickets()
        self.pronoun_kin()
        self.descriptions()
        return self.found


def find_affiliations(
    doc: Doc, clusters: MentionClusters, found: RoleFindings, day: str | None
) -> RoleFindings:
    """Complete what roles found with the article's other evidence of whom each entity acts for."""
    return Affiliations(doc, clusters, found, day).run()
