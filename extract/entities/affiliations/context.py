"""The state the affiliation sources share: the article, its clusters and the role findings they
complete, with the questions every source asks (whose state is this entity's, which state is the article's).

`AffiliationContext(doc, clusters, found, day).state_of(cluster)` -> "IRQ" for a cluster of an Iraqi
minister the roles gave Iraq."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from geokg.extract.entities.actors import STATE_SECTORS, dominant_state
from geokg.extract.entities.affiliations.described import foreign_evidence
from geokg.extract.entities.clusters import Cluster, MentionClusters, is_firm
from geokg.extract.entities.countries import sovereign_of
from geokg.extract.entities.mentions import Mention, head_words
from geokg.extract.entities.organisations import lookup_organisation
from geokg.extract.entities.roles import RoleFindings
from geokg.extract.io.turns import paragraphs
from geokg.extract.io.wire import DATELINE_MAX_TOKENS, HEAD_PARAGRAPHS, ends_dateline
from geokg.extract.lexicon.entity_words import BROADCAST_NAME_WORDS, PARTY_NOUNS
from geokg.extract.lexicon.syntax import PLACE_LABELS
from geokg.extract.lexicon.words import CHAMBER_STATES, DIPLOMATIC_MISSION_NOUNS
from spacy.tokens import Doc, Token


def _mission_abroad(cl: Cluster) -> bool:
    """ "the Soviet embassy", "the U.S. consulate in Hong Kong": a state's mission stands in another state."""
    return bool(head_words(cl.label) & DIPLOMATIC_MISSION_NOUNS)


def is_party_name(name: str) -> bool:
    return bool(head_words(name) & PARTY_NOUNS)


class _Told(NamedTuple):
    """A mention that tells of a state: in the title or not, whether of a news outlet, of a person or in
    a description ("a French bank"), and whether it counts for the article's setting."""

    state: str
    title: bool
    outlet: bool
    person: bool
    described: bool
    counts: bool = True
    trading: bool = False  # a state's businesses named as a group ("Japanese steelmakers")
    at: int = -1  # the mention's first token
    firm: bool = False  # a firm by its name with a legal form ("Toyota Motor Corp")


def opens_with_a_word_of(cl: Cluster, words: frozenset[str]) -> bool:
    """Does the body's name, of two words or more after any "the", open with one of `words` ("National
    Energy Board", "the Federal Reserve": national_name_words)?"""
    named = [w for w in cl.label.split() if w.lower() != "the"]
    return len(named) >= 2 and named[0].lower() in words


def is_news_outlet(name: str) -> bool:
    """A news outlet the tables know, or a broadcaster its name says is one ("Tehran Radio")."""
    org = lookup_organisation(name)
    if org is not None:
        return org.kind == "media"
    return any(word in BROADCAST_NAME_WORDS for word in name.lower().split())


class AffiliationContext:
    """The article, its clusters and the role findings the sources complete."""

    def __init__(self, doc: Doc, clusters: MentionClusters, found: RoleFindings, day: str | None) -> None:
        self.doc = doc
        self.clusters = clusters
        self.found = found
        self.day = day

    def state_of(self, cluster: Cluster) -> str | None:
        return cluster.country or self.found.affiliations.get(cluster.key) or cluster.affiliation

    def named_after_of(self, m: Mention) -> Iterator[Cluster]:
        """The entities of the "of" phrase right after a mention ("the Grain Service [of the Agriculture
        Department]"), where the tagger ended the name before "of"."""
        root = self.doc[m.start : m.end].root
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != m.end:
                continue
            for pobj in prep.children:
                found = self.clusters.cluster_at(pobj.i) if pobj.dep_ == "pobj" else None
                if found is not None:
                    yield found

    def named_in(self, verb: Token) -> Iterator[Cluster]:
        """The entities of the verb's "in" phrases ("said in Tokyo")."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in prep.children:
                found = self.clusters.cluster_at(place.i) if place.dep_ == "pobj" else None
                if found is not None:
                    yield found

    def dateline_state(self) -> str | None:
        """The state of the place an article's dateline names ("MANILA, April 13 - ..."): where the copy was
        filed, the host of a visiting officer's talks."""
        doc = self.doc
        for paragraph in paragraphs(doc)[:HEAD_PARAGRAPHS]:
            end = min(paragraph.end, paragraph.start + DATELINE_MAX_TOKENS)
            dash = next(
                (t for t in doc[paragraph.start : end] if ends_dateline(doc, paragraph.start, t)), None
            )
            if dash is None:
                continue
            for i in range(paragraph.start, dash.i):
                where = self.clusters.cluster_at(i)
                if where is not None and self.found.types.get(where.key, where.type) in PLACE_LABELS:
                    return self.state_of(where)
            return None
        return None

    def headline_subject_state(self) -> str | None:
        """The state a headline opens with ("VENEZUELA TO LEND ECUADOR CRUDE", "Peru Seeks Talks"): the doer
        the story is told about."""
        end = self.clusters.title_end
        first = self.clusters.cluster_at(0) if end else None
        if first is None or self.found.types.get(first.key, first.type) != "GPE":
            return None
        return first.country

    def host_state(self) -> str | None:
        """The state whose offices a story's bare titles are when it is datelined in another state's city
        than the one it is about, and that one's only actors are its visiting officers ("MANILA - U.S.
        Commerce Secretary X arrived on Monday. The foreign minister accused the United States ..."): the
        dateline's, the host's. None where the story names a body or a place of the state it is about."""
        dateline = self.dateline_state()
        setting = self.setting()
        if not dateline or not setting or dateline == setting:
            return None
        visitors = 0
        for cl in self.clusters.clusters:
            if cl.country or self.state_of(cl) != setting:
                continue  # (the state named as such, "the United States", is no actor of its own)
            if self.found.types.get(cl.key, cl.type) != "PERSON":
                return None
            visitors += 1
        return dateline if visitors else None

    def article_countries(self) -> set[str]:
        return {cl.country for cl in self.clusters.clusters if cl.country}

    def correspondents(self) -> set[str]:
        """The staff of the news outlets the article names ("The BBC's X in Cairo says"): a correspondent
        tells who reports the story, not where it happens, so is no evidence of the article's state. (The
        outlet itself still is: a state's news agency mostly reports on its state.)"""
        clusters = self.clusters.clusters
        outlets = {cl.key for cl in clusters if any(is_news_outlet(m.text) for m in cl.mentions)}
        return {person for key in outlets for person in self.found.affiliated_people.get(key, ())}

    def setting(self, apart: frozenset[int] = frozenset()) -> str | None:
        """The state the article is about (actors.dominant_state), from every mention of a state, of an
        entity acting for one, or of a place in one, as far as the evidence above has settled them; not
        from a state only a description names ("a French bank, X": described.py), and from firms' states
        only where the rest names no state the article is about. `apart`: tokens whose mentions do not
        count (a borrower's, "its loans to Brazil": story_state.money_flows)."""
        evidence = [told for told in self._evidence() if told.counts and told.at not in apart]
        # Firms trade abroad: a story of a foreign firm's deal in a state ("Toyota of Japan is expected to
        # get approval from a Philippine agency") is set where the deal is, which the other evidence tells;
        # the firms' own states decide only where nothing else does.
        untraded = [(told.state, told.title) for told in evidence if not (told.trading or told.firm)]
        return dominant_state(untraded) or dominant_state((told.state, told.title) for told in evidence)

    def chamber_state(self, chamber: str, state: str | None) -> str | None:
        """The state whose chamber a word names ("senate", "congress"; words.tsv chamber_states): `state`
        where it has such a chamber (or its sovereign does); with no `state`, the dateline's state where it
        has one; else the one state the article names that has one, else none; `state` unchanged for a word
        of no such chamber."""
        having = CHAMBER_STATES.get(chamber)
        if having is None or (state is not None and (state in having or sovereign_of(state) in having)):
            return state
        dateline = self.dateline_state() if state is None else None
        if dateline in having:
            return dateline  # "WASHINGTON - ... the Senate": the chamber of the state the copy is filed in
        named = self.article_countries() & having
        return named.pop() if len(named) == 1 else None

    def sole_state(self, least: int = 2, apart: frozenset[int] = frozenset()) -> str | None:
        """The one state a story's places and bodies point to, two mentions at least, where nothing in it
        names another: "HARTFORD, Conn. -- ... a judge ruled" is set in the United States, and so are its
        people. A person's state and a description's ("French inventor X crosses the Channel to Dover") can
        only stand against it: people travel; so can a state's businesses named as a group ("sold coal to
        Japan's steel mills", "Japanese buyers"): firms trade abroad. A news outlet and its correspondents
        tell where the copy is written from ("SYDNEY (AP)"), not where the story is. `least`: the mentions
        of places needed; `apart`: tokens whose mentions do not count (the sides of one person's own
        clauses)."""
        evidence = [told for told in self._evidence() if not told.outlet and told.at not in apart]
        places = [told.state for told in evidence if not (told.person or told.described or told.trading)]
        named = {told.state for told in evidence}
        return places[0] if places and len(places) >= least and named == {places[0]} else None

    def _evidence(self) -> list[_Told]:
        """Every mention that tells of a state, and what kind of evidence it is."""
        title_end = self.clusters.title_end
        foreign = foreign_evidence(self.doc, self.clusters, self.found.types)
        reporting = self.correspondents()
        evidence: list[_Told] = []
        for cl in self.clusters.clusters:
            state = self.state_of(cl)
            if state and not cl.bare and cl.key not in reporting and not _mission_abroad(cl):
                outlet = any(is_news_outlet(m.text) for m in cl.mentions)
                person = self.found.types.get(cl.key, cl.type) == "PERSON"
                trading = (
                    cl.actor not in (None, "state") and (self.found.sectors.get(cl.key) or cl.sector) == "BUS"
                )
                firm = is_firm(cl)
                # a person the headline names and the body names again ("Bolt urges rate plan" over "French
                # Prime Minister Jan Bolt urged ..."): the body's mention tells the state; the headline's
                # tells whose words the story reports, not where it is set, and would count the person twice
                told_in_body = person and any(m.start >= title_end for m in cl.mentions)
                for m in cl.mentions:
                    if told_in_body and m.start < title_end:
                        continue
                    told = _Told(
                        state, m.start < title_end, outlet, person, foreign.get(m.start) == state, at=m.start
                    )
                    evidence.append(told._replace(trading=trading, firm=firm))
        # A state the article names only to say where a body is from is not the article's; one it also
        # names otherwise ("Iran ... Iranian news agency X") is, and the description counts for it.
        otherwise = {told.state for told in evidence if not told.described}
        evidence = [told._replace(counts=told.state in otherwise) for told in evidence]
        # A dependent territory and its sovereign make one setting, which the headline decides: "American
        # Samoa ... the US Supreme Court" under a headline naming the US is the sovereign's story, while one
        # headlined on the territory alone ("Puerto Rico's governor resigns") is set in the territory, whose
        # own legislature, governor and secretaries the article's bare "Senate" and "Secretary" are.
        named = {told.state for told in evidence if told.counts}
        headline = {told.state for told in evidence if told.counts and told.title}
        merged: dict[str, str] = {}  # a state's evidence -> the state it counts for
        for state in named:
            sovereign = sovereign_of(state)
            if sovereign not in named:
                continue
            if state in headline and sovereign not in headline:
                merged[sovereign] = state
            else:
                merged.setdefault(state, sovereign)
        return [told._replace(state=merged.get(told.state, told.state)) for told in evidence]

    def other_state_near(self, token: int, setting: str) -> bool:
        """Whether the sentence of `token` names a state, or someone of a state, other than `setting`."""
        for t in self.doc[token].sent:
            other = self.clusters.cluster_at(t.i)
            if other is not None and (state := self.state_of(other)) and state != setting:
                return True
        return False

    def stateless_people(self) -> Iterator[Cluster]:
        """People no earlier evidence gave a state: the ones the party and candidacy passes may place."""
        for cl in self.clusters.clusters:
            placed = cl.country or cl.actor or self.state_of(cl) or cl.key in self.found.affiliations
            if cl.type == "PERSON" and not placed:
                yield cl

    def state_body(self, cl: Cluster) -> bool:
        """A body of a state's government, forces, police, courts or legislature (its CAMEO sector)."""
        return (self.found.sectors.get(cl.key) or cl.sector) in STATE_SECTORS
